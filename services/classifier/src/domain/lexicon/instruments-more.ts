/**
 * Chapter 90 (with 91–92 odds and ends) — optical elements, photographic and cinematographic
 * apparatus, surveying, meteorological and geophysical instruments, drawing and length-measuring
 * instruments, medical, dental, ophthalmic and veterinary apparatus, orthopaedic appliances,
 * radiation apparatus, testing machines, hydrometers and thermometers, flow/level/pressure
 * instruments, analysis instruments, meters, counters, electrical measuring, regulating apparatus.
 * Chapter 90 note 2: parts and accessories of these instruments go with them (their own "parts"
 * subheading) unless they are goods of a heading of their own.
 */
import type { LexiconEntry } from "../types.js";
import { e, to } from "./helpers.js";

export const INSTRUMENTS_MORE: LexiconEntry[] = [
  // ---- 9001–9002 optical elements
  e("glass lens|plano convex lens|biconvex lens|concave lens|convex lens|aspheric lens|cylindrical lens|fresnel lens|ball lens|achromatic lens|prism glass|right angle prism|dove prism|first surface mirror|concave mirror optical|optical window|optical flat|bandpass filter|interference filter|ir cut filter|diffraction grating|polariser|waveplate|optical element", "900190", {
    splits: [to({ words: ["polarizing sheet", "polarizer film", "polariser"] }, "900120"), to({ words: ["mounted"] }, "900290")],
    note: "unmounted optical elements (lenses, prisms, mirrors, filters, gratings) 900190 (polarising sheets 900120); mounted optical elements for instruments 9002",
  }),
  e("objective lens|eyepiece|microscope eyepiece|telescope eyepiece|barlow lens|focal reducer|lens mount adapter|macro extension tube|close up filter|step up ring|step down ring|filter adapter ring", "900290", {
    splits: [
      to({ words: ["lens adapter", "lens mount adapter", "macro extension tube", "step up ring", "step down ring", "filter adapter ring"] }, "900691"),
      to({ words: ["close up filter"] }, "900220"),
    ],
    note: "mounted lenses and other optical elements, parts of or fittings for instruments → 9002 (objectives for cameras 900211, filters 900220, other 900290); lens mount adapters and extension tubes are camera accessories 900691",
  }),
  // ---- 9003–9004 spectacles
  e("eyewear frame|titanium frames|acetate frames|spectacle hinge|nose pads glasses|temple tips|eyeglass screw|eyeglass repair kit", "900311", {
    splits: [
      to({ material: ["titanium", "aluminium", "iron_steel", "stainless_steel", "base_metal", "gold", "silver", "precious_metal", "copper", "nickel"] }, "900319"),
      to({ words: ["hinge", "nose pad", "temple tips", "glasses temple", "eyeglass screw", "repair kit"] }, "900390"),
      to({ words: ["titanium", "metal"] }, "900319"),
    ],
    decisive: ["material"],
    note: "frames and mountings for spectacles or goggles: of plastics 900311, of other materials (metal) 900319; parts 900390",
  }),
  e("snowboard goggles|cycling goggles|shooting glasses|anti fog goggles|tactical goggles|sleep goggles|anti glare glasses|pinhole glasses|magnifying eyeglasses|blue light blocking glasses kids", "900490", {
    splits: [
      to({ words: ["vr glasses"] }, "852862"),
      to({ words: ["welding goggles"] }, "900490"),
      to({ words: ["diving mask", "dive mask", "snorkel mask"] }, "900490"),
    ],
    note: "spectacles and goggles, corrective, protective or other → 900490 (sunglasses 900410); VR headsets with a display 8528",
  }),
  // ---- 9005–9008 optical instruments, photo and cine
  e("night vision scope|digital night vision monocular|infrared night vision|thermal scope|thermal imaging scope|thermal imaging monocular|thermal binoculars|fishing telescope|finder scope|finderscope|solar telescope|telescope accessories|telescope filter|moon filter|solar filter telescope|star diagonal|telescope diagonal|dew heater telescope", "900580", {
    splits: [
      to({ words: ["digital", "camera"] }, "852583"),
      to({ words: ["thermal"] }, "852589"),
      to({ words: ["telescope accessories", "telescope filter", "moon filter", "solar filter", "star diagonal", "telescope diagonal", "dew heater", "finder scope", "finderscope"] }, "900590"),
    ],
    note: "monoculars, telescopes and other astronomical instruments 900580 (image-intensifier night vision devices too); their parts and accessories 900590; digital night vision cameras 852583, thermal imagers 852589",
  }),
  e("photographic camera|still camera|view camera|rangefinder camera|twin lens reflex|slr camera|film slr|camera bellows|camera shutter unit|camera viewfinder|viewfinder|camera hood|flash bulb|flashbulb|flash diffuser|flash bracket|photographic enlarger|enlarger|film processor|photo processor|minilab|darkroom timer|darkroom safelight|film dryer|film reel|developing reel|cinematographic camera|super 8 camera|8mm camera|16mm camera|cinema projector|film projector 35mm|8mm projector|super 8 projector|slide viewer|film viewer|light table|negative viewer", "900659", {
    splits: [
      to({ words: ["slr", "twin lens reflex", "rangefinder", "view camera"] }, "900659"),
      to({ words: ["flash bulb", "flashbulb"] }, "900669"),
      to({ words: ["flash diffuser", "flash bracket", "camera bellows", "shutter unit", "viewfinder", "camera hood"] }, "900691"),
      to({ words: ["enlarger"] }, "900850"),
      to({ words: ["film processor", "photo processor", "minilab", "darkroom", "film dryer", "film reel", "developing reel"] }, "901010"),
      to({ words: ["cine camera", "cinematographic camera", "super 8 camera", "8mm camera", "16mm camera"] }, "900710"),
      to({ words: ["cinema projector", "film projector", "8mm projector", "super 8 projector"] }, "900720"),
      to({ words: ["slide viewer", "film viewer", "light table", "negative viewer"] }, "901090"),
    ],
    note: "photographic (film) cameras 9006, flash apparatus 90066x, camera parts and accessories 900691; cinematographic cameras and projectors 9007; enlargers and image projectors 9008; photographic laboratory apparatus 9010",
  }),
  // ---- 9011–9013 microscopes, lasers, other optical
  e("electron microscope|scanning electron microscope|sem microscope|transmission electron microscope|tem microscope|diffraction apparatus electron|metallurgical microscope|polarizing microscope|inverted microscope|fluorescence microscope|trinocular microscope|binocular microscope|monocular microscope|phase contrast microscope|dark field microscope|comparison microscope|surgical microscope|operating microscope|dental microscope|microscope stage|microscope light|microscope illuminator|microscope camera adapter", "901180", {
    splits: [
      to({ words: ["electron", "sem", "tem"] }, "901210"),
      to({ words: ["stereo"] }, "901110"),
      to({ words: ["microscope camera adapter", "microscope stage", "microscope light", "microscope illuminator"] }, "901190"),
      to({ words: ["surgical microscope", "operating microscope", "dental microscope"] }, "901180"),
    ],
    note: "compound optical microscopes 901180 (stereoscopic 901110, for photomicrography 901120); electron and proton microscopes 9012; parts and accessories 901190",
  }),
  e("laser|laser device|laser generator|laser source|fiber laser source|co2 laser tube|laser tube|laser head|laser diode pump|laser projector show|party laser|cat laser toy|laser level line|door eye|peep hole|door peephole|liquid crystal device|liquid crystal|liquid crystal element|lcd shutter|liquid crystal panel|magic mirror optical|optical sight|collimator sight|reflex sight|dot sight|laser bore sighter", "901320", {
    splits: [
      to({ words: ["laser level"] }, "901580"),
      to({ words: ["cat laser", "toy"] }, "950300"),
      to({ words: ["laser projector show", "stage laser", "laser light show", "party laser"] }, "901320"),
      to({ words: ["laser tube", "co2 laser tube", "laser head"] }, "901390"),
      to({ words: ["door viewer", "door eye", "peephole", "peep hole", "periscope", "kaleidoscope", "magic mirror"] }, "901380"),
      to({ words: ["liquid crystal", "lcd shutter"] }, "901380"),
      to({ words: ["optical sight", "collimator sight", "reflex sight", "dot sight", "bore sighter"] }, "901310"),
    ],
    note: "lasers other than laser diodes 901320; telescopic and other sights for arms 901310; other optical devices (door viewers, periscopes, liquid crystal devices n.e.s.) 901380; parts 901390",
  }),
  // ---- 9014–9015 navigation, surveying, meteorology
  e("navigation instrument|marine navigation instrument|ship compass|aircraft compass|aircraft instrument|flight instrument|artificial horizon|attitude indicator|airspeed indicator|variometer|vertical speed indicator|mach meter|gyrocompass|autopilot|marine autopilot|boat autopilot|inertial navigation system|log ship speed|ship log", "901480", {
    splits: [
      to({ words: ["aircraft", "flight", "artificial horizon", "attitude indicator", "airspeed", "variometer", "vertical speed", "mach meter"] }, "901420"),
      to({ words: ["ship compass", "gyrocompass"] }, "901410"),
    ],
    note: "direction-finding compasses 901410; instruments for aeronautical or space navigation 901420; other navigational instruments (autopilots, logs) 901480",
  }),
  e("wireless weather station|home weather station|digital weather station|weather forecast station|barograph|psychrometer|handheld anemometer|wind gauge|wind vane|weather vane electronic|rain meter|snow gauge|sunshine recorder|solar radiation meter|pyranometer|solarimeter|lightning detector|seismograph|geophone|gravimeter|gold detector|underground metal detector|pin pointer|wire detector|pipe locator|cable locator|ground penetrating radar|water detector underground|soil tester instrument|geological compass|clinometer|abney level|theodolite digital|digital theodolite|laser level|cross line laser|green laser level|self leveling laser level|box level|magnetic level|water level tool|builders level|plumb line|measuring staff|levelling staff|surveying rod|grade rod|prism pole|gps rtk|rtk gnss receiver|gnss surveying receiver|total station prism", "901580", {
    splits: [
      to({ words: ["metal detector", "metal detectors", "gold detector", "underground metal", "pinpointer", "pin pointer"] }, "903180"),
      to({ words: ["stud finder", "wall scanner", "wire detector", "pipe locator", "cable locator"] }, "903180"),
      to({ words: ["ground penetrating radar"] }, "852610"),
      to({ words: ["barometer", "barograph", "hygrometer", "psychrometer"] }, "902580"),
      to({ words: ["spirit level", "bubble level", "torpedo level", "box level", "magnetic level", "level tool", "builders level", "water level tool"] }, "901530"),
      to({ words: ["laser level", "laser levels", "cross line laser", "green laser level", "self leveling"] }, "901580"),
      to({ words: ["theodolite"] }, "901520"),
      to({ words: ["plumb bob", "plumb line", "measuring staff", "levelling staff", "surveying rod", "grade rod", "prism pole", "total station prism"] }, "901590"),
      to({ words: ["rtk", "gnss surveying"] }, "901580"),
    ],
    note: "surveying, hydrographic, oceanographic, hydrological, meteorological or geophysical instruments → 9015 (rangefinders 901510, theodolites 901520, levels 901530, other incl. weather stations, anemometers, laser levels 901580, parts 901590); barometers and hygrometers 9025; metal and stud detectors 903180",
  }),
  // ---- 9016–9017 balances, drawing and measuring
  e("outside micrometer|digital micrometer|calliper|vernier calliper|depth caliper|dial test indicator|thickness gauge mechanical|pitch gauge|screw pitch gauge|ring gauge|go no go gauge|welding gauge|tire tread depth gauge|tread depth gauge|drafting machine|drawing board|drafting board|technical pen set|pantograph|slide rule|scale ruler architect|ruler set|measuring tape fibreglass|measuring rod|folding ruler|sewing gauge|finger ring sizer|ring sizer|ring mandrel|bead gauge|circle template|stencil ruler|lettering template|planimeter", "901780", {
    splits: [
      to({ words: ["micrometer", "micrometers", "caliper", "calipers", "calliper", "callipers", "depth gauge", "height gauge", "dial indicator", "dial gauge", "dial test", "bore gauge", "feeler", "radius gauge", "thread gauge", "pitch gauge", "pin gauge", "gauge block", "ring gauge", "plug gauge", "go no go", "welding gauge", "tread depth", "thickness gauge"] }, "901730"),
      to({ words: ["drafting machine", "drawing board", "drafting board"] }, "901710"),
      to({ words: ["drawing compass", "compass drawing", "technical pen", "pantograph", "slide rule", "scale ruler", "circle template", "stencil ruler", "lettering template", "planimeter"] }, "901720"),
      to({ words: ["ring mandrel"] }, "820590"),
    ],
    note: "instruments for measuring length for use in the hand: micrometers, callipers and gauges 901730, other (rules, tapes, ring sizers) 901780; drafting tables and machines 901710; other drawing, marking-out or mathematical calculating instruments 901720",
  }),
  // ---- 9018–9022 medical, dental, orthopaedic, radiology
  e("electrocardiogram|holter monitor|eeg machine|electroencephalograph|emg machine|electromyograph|hearing tester|spirometer|peak flow meter electronic|capnograph|aed|automated external defibrillator|aed trainer|bladder scanner|bone densitometer|colposcope|gastroscope|colonoscope|bronchoscope|video laryngoscope|cystoscope|arthroscope|hysteroscope|laparoscope|laparoscopic instruments|endoscopy system|medical endoscope|otoscope digital|dermatoscope digital|digital stethoscope|electronic stethoscope|fetal monitor|ctg machine|cardiotocograph|holter|gamma camera|pet scanner|scintigraphy|nuclear medicine camera|mri system|magnetic resonance imaging|ultrasound probe|ultrasound transducer", "901819", {
    splits: [
      to({ words: ["electrocardiogram", "holter"] }, "901811"),
      to({ words: ["ultrasound probe", "ultrasound transducer"] }, "901812"),
      to({ words: ["ultrasound gel"] }, "300640"),
      to({ words: ["mri", "magnetic resonance"] }, "901813"),
      to({ words: ["gamma camera", "pet scanner", "scintigraphy", "nuclear medicine"] }, "901814"),
      to({ words: ["defibrillator", "aed"] }, "901890"),
      to({ words: ["endoscope", "gastroscope", "colonoscope", "bronchoscope", "laryngoscope", "cystoscope", "arthroscope", "hysteroscope", "laparoscope", "laparoscopic", "endoscopy"] }, "901890"),
      to({ words: ["spirometer", "peak flow"] }, "901819"),
    ],
    note: "electro-diagnostic apparatus → 9018 1x (ECG 901811, ultrasonic scanning 901812, MRI 901813, scintigraphic 901814, other incl. EEG, audiometers, monitors 901819); endoscopes and defibrillators 901890; ultrasound gel 3006",
  }),
  e("hemostatic forceps|needle holder|tissue forceps|surgical retractor|vaginal speculum|nasal speculum|bone saw surgical|surgical saw|surgical drill|bone drill|orthopedic drill|surgical stapler|skin stapler|staple remover surgical|trocar|biopsy needle|biopsy forceps|curette|bone curette|osteotome|periosteal elevator|surgical mallet|ear syringe|ear irrigation kit|enema kit|enema bag|stoma bag|urine bag|urine collection bag|drainage bag|blood pressure cuff|bp cuff|pulse oximeter probe|spo2 sensor|ecg electrode|tens electrode pads|electrode pads|ems unit|tens ems|electrotherapy device|hearing test|veterinary syringe|livestock syringe|drenching gun|castration tool|ear tag applicator|hoof knife|anesthesia machine|anaesthesia machine|anesthesia mask|surgical light|operating lamp|operating light|examination lamp|exam light|headlight surgical|surgical loupes|dental loupes|dialysis machine|hemodialysis machine|dialyzer|blood warmer|infusion warmer|suction machine|suction unit|aspirator medical|phlegm suction|nasal aspirator electric|electrocautery|cautery pen|diathermy machine|radiofrequency ablation|lithotripter|cryotherapy device|cryosurgery|liquid nitrogen sprayer|wart remover pen|plasma pen|skin tag remover device|microdermabrasion machine|hydrafacial machine|hifu machine|rf skin tightening|cavitation machine|lipo laser|laser hair removal machine|tattoo removal laser|picosecond laser|co2 fractional laser|ipl machine", "901890", {
    splits: [
      to({ words: ["tongue depressor", "tongue depressors"], material: ["wood"] }, "442199"),
      to({ words: ["stoma bag", "ostomy bag", "colostomy bag", "urine bag", "urine collection bag", "drainage bag"] }, "901890"),
      to({ words: ["bedpan", "urinal bottle"], material: ["plastic"] }, "392490"),
      to({ words: ["bedpan", "urinal bottle"], material: ["stainless_steel"] }, "732410"),
      to({ words: ["ecg electrode", "ecg electrodes", "tens electrode", "electrode pads"] }, "901890"),
      to({ words: ["ear tag applicator", "castration tool", "hoof knife"] }, "8201"),
      to({ words: ["surgical loupes", "dental loupes"] }, "901380"),
      to({ words: ["surgical light", "operating lamp", "operating light", "examination lamp", "exam light"] }, "940542"),
      to({ words: ["microdermabrasion", "hydrafacial", "hifu", "rf skin tightening", "cavitation", "lipo laser", "plasma pen", "skin tag remover", "wart remover"], use: ["household"] }, "854370"),
      to({ words: ["dental loupes"] }, "901380"),
    ],
    note: "other medical, surgical, dental or veterinary instruments and appliances → 901890 (forceps, retractors, endoscopes, electrosurgical and dialysis apparatus, TENS units, anaesthesia apparatus); operating lamps 9405 (LED 940542); beauty devices for home use 854370",
  }),
  e("high speed handpiece|low speed handpiece|contra angle|dental turbine|dental burs|carbide bur dental|diamond bur|ultrasonic scaler|piezo scaler|mouth mirror|dental probe|dental explorer|dental pliers|dental forceps|dental elevator|curing light|dental curing light|led curing light|apex locator|endo motor|dental implant motor|dental x ray sensor|intraoral camera|intraoral scanner|dental unit|dental chair unit|amalgamator|dental vibrator|dental furnace|articulator|dental articulator|dental impression tray|impression tray|orthodontic pliers|orthodontic brackets|braces brackets|orthodontic wire|arch wire|orthodontic elastics|orthodontic bands|dental bridge|zirconia crown|partial denture|denture base|implant abutment|healing abutment|teeth aligner|night guard|mouth guard bruxism|orthodontic appliance|orthodontic accelerator|teeth whitening light|teeth whitening kit led", "901849", {
    splits: [
      to({ words: ["handpiece", "contra angle", "dental turbine", "dental drill", "endo motor", "implant motor"] }, "901841"),
      to({ words: ["dental chair unit", "dental unit"] }, "901841"),
      to({ words: ["dental x ray sensor"] }, "902290"),
      to({ words: ["dental furnace"] }, "851419"),
      to({ words: ["dentures", "denture"], allOf: [["cleanser", "cleansers", "cleansing", "cleaning", "cleaner", "tablets", "adhesive", "fixative", "cream", "paste"]] }, "330690"),
      to({ words: ["crown", "crowns", "bridge", "denture", "dentures", "false teeth", "artificial teeth", "dental implant", "dental implants", "abutment"] }, "902121"),
      to({ words: ["orthodontic brackets", "braces brackets", "orthodontic wire", "arch wire", "orthodontic elastics", "orthodontic bands", "aligner", "aligners", "retainer", "orthodontic appliance", "orthodontic accelerator"] }, "902110"),
      to({ words: ["teeth whitening light", "teeth whitening kit"] }, "854370"),
    ],
    note: "dental instruments and appliances → 9018 4x (drill engines and chair units with dental equipment 901841, other 901849); artificial teeth and dental fittings 902121; other dental fittings 902129; orthodontic appliances (braces, aligners, retainers) are orthopaedic appliances 902110",
  }),
  e("ophthalmic equipment|slit lamp|slit lamp microscope|non contact tonometer|keratometer|ophthalmometer|autorefractor|auto refractometer|auto refractor keratometer|phoropter|refractor head|trial lens set|trial frame|lensmeter|lensometer|focimeter|fundus camera|retinal camera|ophthalmoscope indirect|retinoscope|perimeter visual field|visual field analyzer|visual acuity chart|vision chart|eye chart projector|chart projector|oct machine|optical coherence tomography|corneal topographer|pachymeter|synoptophore|eye testing equipment|optometry equipment", "901850", {
    note: "ophthalmic instruments and appliances (slit lamps, tonometers, refractometers, fundus cameras, trial lens sets, lensmeters) → 901850",
  }),
  e("orthopedic appliance|orthopaedic appliance|orthopedic brace|orthosis|arch supports|foot orthotic|bunion splint|hammer toe straightener|hernia truss|truss hernia|scoliosis brace|clavicle brace|maternity belt support|pregnancy belt|compression stockings medical|finger splint metal|leg splint|air cast|fracture boot|cast boot|prosthetic|prosthetic foot|prosthetic hand|ocular prosthesis|mastectomy prosthesis|joint replacement|orthopedic implant|spinal implant|intramedullary nail|external fixator|coronary stent|heart valve|vascular graft|bte hearing aid|cic hearing aid|rechargeable hearing aid|hearing aid dome|cardiac pacemaker|implantable defibrillator", "902110", {
    splits: [
      to({ words: ["walking cane", "quad cane"] }, "660200"),
      to({ words: ["rollator", "walking frame", "walker", "knee scooter"] }, "902110"),
      to({ words: ["compression stockings"] }, "611530"),
      to({ words: ["pregnancy belt", "maternity belt", "abdominal binder"] }, "621220"),
      to({ words: ["artificial joint", "hip implant", "knee implant", "joint replacement"] }, "902131"),
      to({ words: ["prosthesis", "prosthetic", "artificial limb", "artificial eye", "ocular prosthesis", "breast prosthesis", "mastectomy", "stent", "heart valve", "vascular graft"] }, "902139"),
      to({ words: ["hearing aid", "hearing aids", "bte", "cic hearing", "hearing aid dome"] }, "902140"),
      to({ words: ["cochlear implant", "implantable defibrillator"] }, "902190"),
      to({ words: ["pacemaker"] }, "902150"),
    ],
    note: "orthopaedic appliances, splints and fracture appliances 902110 (crutches, orthoses, arch supports; ch. 90 note 6: made to correct or support, custom or mass-produced for one condition); artificial joints 902131, other artificial body parts 902139; hearing aids 902140; pacemakers 902150; other implanted appliances 902190",
  }),
  e("x-ray apparatus|x-ray equipment|x-ray system|radiography system|digital radiography|dr panel|flat panel detector|x-ray detector|x-ray generator|c-arm|mammography|mammography system|ct scan machine|computed tomography|cbct|dental x-ray unit|portable x-ray machine|veterinary x-ray|x-ray inspection machine|security x-ray scanner|luggage x-ray|radiotherapy machine|linear accelerator medical|linac|gamma knife|cobalt therapy|brachytherapy|x-ray film viewer box|radiation shielding|thyroid shield|lead shield", "902214", {
    splits: [
      to({ words: ["computed tomography", "ct scan", "cbct"] }, "902212"),
      to({ words: ["dental x-ray"] }, "902213"),
      to({ words: ["x-ray inspection", "security x-ray", "luggage x-ray"] }, "902219"),
      to({ words: ["radiotherapy", "linear accelerator", "linac", "gamma knife", "cobalt", "brachytherapy"] }, "902221"),
      to({ words: ["flat panel detector", "x-ray detector", "dr panel", "x-ray generator", "x-ray film viewer"] }, "902290"),
      to({ words: ["lead glasses", "thyroid shield", "lead shield", "radiation shielding"] }, "902290"),
    ],
    note: "X-ray apparatus → 9022 1x (CT 902212, dental 902213, other medical 902214, other uses incl. inspection 902219); alpha, beta, gamma radiation apparatus 9022 2x; X-ray generators, detectors and accessories 902290",
  }),
  // ---- 9024–9027 testing, hydrometers, flow, analysis
  e("testing machine|tensile testing machine|compression testing machine|universal tester|fatigue testing machine|bend tester|torsion tester|peel tester|drop tester|abrasion tester|rubber testing machine|plastic testing machine|textile testing machine|fabric tester|yarn tester|paper testing|concrete testing machine|cement testing|hardness testing machine|rockwell hardness tester|vickers hardness tester|brinell hardness tester|durometer|shore hardness tester|leeb hardness tester|portable hardness tester|impact testing machine|charpy tester|melt flow indexer|rheometer|viscosity meter|viscosimeter|alcoholmeter|saccharometer|lactometer|brix refractometer|salinity refractometer|battery hydrometer|antifreeze tester|density meter|specific gravity meter", "902480", {
    splits: [
      to({ words: ["metal", "hardness", "rockwell", "vickers", "brinell", "leeb", "charpy"] }, "902410"),
      to({ words: ["durometer", "shore hardness"] }, "902480"),
      to({ words: ["hydrometer", "alcoholmeter", "alcohol meter", "saccharometer", "lactometer", "battery hydrometer", "antifreeze tester"] }, "902580"),
      to({ words: ["refractometer", "brix", "salinity refractometer"] }, "902750"),
      to({ words: ["viscometer", "viscosity meter", "viscosimeter", "rheometer", "melt flow", "density meter", "specific gravity"] }, "902789"),
      to({ words: ["salinity meter"] }, "902789"),
    ],
    note: "machines for testing the mechanical properties of materials → 9024 (metals 902410, other 902480); hydrometers and similar floating instruments 902580; refractometers 902750; viscometers and density meters 902780",
  }),
  e("flow gauge|flow gauges|flow controller|mass flow controller|mass flow meter|flow regulator|flow indicator|flow switch|rotameter|variable area flow meter|ultrasonic flow meter|electromagnetic flow meter|magnetic flow meter|turbine flow meter|vortex flow meter|coriolis flow meter|oval gear meter|fuel flow meter|diesel flow meter|water flow indicator|level indicator|level switch|tank gauge|fuel level sender|fuel sender|fuel level sensor|oil level sensor|water level indicator|level meter|radar level meter|ultrasonic level meter|pressure indicator|compound gauge|refrigerant gauge|manifold gauge|ac manifold gauge|hvac gauges|gauge set refrigeration|air pressure gauge|fuel pressure gauge|boost pressure gauge|gauge pod|car gauge|auto gauge|vacuum meter|pressure sensor transmitter|pressure transducer sensor|differential pressure transmitter", "902610", {
    splits: [
      to({ words: ["mass flow controller", "flow controller", "flow regulator"] }, "903289"),
      to({ words: ["flow switch", "level switch"] }, "902610"),
      to({ words: ["air flow", "gas flow"] }, "902680"),
      // A flow or level gauge for liquids is 902610 (the heading names flow and level before pressure).
      to({ words: ["flow gauge", "level gauge", "flow meter", "flowmeter", "water flow", "liquid flow", "oil flow", "fuel flow"] }, "902610"),
      to({ words: ["pressure", "manifold gauge", "compound gauge", "refrigerant gauge", "hvac gauges", "gauge set", "vacuum meter", "boost"] }, "902620"),
      to({ words: ["car gauge", "auto gauge", "gauge pod"] }, "902990"),
    ],
    note: "instruments for measuring or checking the flow or level of liquids 902610, pressure 902620, other (gas flow) 902680; flow controllers that regulate automatically 903289 (ch. 90 note 7)",
  }),
  e("spectrophotometer uv vis|uv vis spectrophotometer|gas chromatography|liquid chromatograph|hplc|hplc system|chromatography column|ion chromatograph|electrophoresis|electrophoresis apparatus|gel electrophoresis|pcr machine|thermal cycler|real time pcr|dna sequencer|sequencer|flow cytometer|cell counter|haematology analyser|chemistry analyzer|blood gas analyzer|immunoassay analyzer|elisa reader|microplate reader|plate reader|colony counter|particle size analyzer|moisture analyzer|moisture balance|karl fischer titrator|titrator|potentiometric titrator|calorimeter|bomb calorimeter|luxmeter|uv index meter|exposure meter|colorimeter handheld|gloss meter|glossmeter|color meter|turbidimeter|do meter|conductivity tester|chlorine tester|nitrate tester|radon detector|nuclear radiation detector", "902789", {
    splits: [
      to({ words: ["spectrometer", "spectrophotometer", "photometer", "luxmeter", "lux meter", "light meter", "uv meter", "uv index", "exposure meter", "colorimeter", "gloss", "color meter", "polarimeter", "flame photometer"] }, "902750"),
      to({ words: ["mass spectrometer"] }, "902781"),
      to({ words: ["gas chromatograph", "gas chromatography", "liquid chromatograph", "hplc", "chromatography", "ion chromatograph", "electrophoresis"] }, "902720"),
      to({ words: ["pcr", "thermal cycler", "dna sequencer", "sequencer", "flow cytometer", "cell counter", "hematology", "haematology", "biochemistry", "chemistry analyzer", "urine analyzer", "blood gas", "immunoassay", "elisa", "microplate", "plate reader", "colony counter"] }, "902789"),
      to({ words: ["sound level", "decibel", "noise meter"] }, "902789"),
      to({ words: ["geiger", "radiation detector", "dosimeter", "nuclear radiation", "radon"] }, "903010"),
      to({ words: ["emf meter", "emf detector"] }, "903033"),
      to({ words: ["particle counter", "particle size", "turbidimeter"] }, "902789"),
    ],
    note: "instruments for physical or chemical analysis → 9027 (gas/smoke analysis 902710, chromatographs and electrophoresis 902720, spectrometers and photometers using optical radiation 902750, mass spectrometers 902781, other incl. analyzers, PCR 902789, sound level and viscosity 902780); ionising radiation detectors 9030 10",
  }),
  // ---- 9029–9032 counters, electrical measuring, optical measuring, regulating
  e("revolution counter|production counter electronic|digital counter|counter module|counter meter|length counter|meter counter|stroke counter|hour counter|totalizer|totaliser|bicycle computer|gps bike computer|wireless bike computer|cadence sensor|speed cadence sensor|treadmill speed sensor|tachograph|digital tachograph|engine hour meter|tachometer gauge|rpm gauge|rpm meter", "902910", {
    splits: [
      to({ words: ["bike speedometer", "tachometer gauge", "rpm gauge", "rpm meter", "tachograph"] }, "902920"),
      to({ words: ["cadence sensor", "speed cadence", "treadmill speed sensor"] }, "902990"),
    ],
    note: "revolution, production and length counters, pedometers, cycle computers 902910; speed indicators, tachometers, tachographs 902920; parts and sensors 902990",
  }),
  e("vector network analyzer|vna|rf power meter|power meter rf|field strength meter|signal level meter|satellite finder|sat finder|satellite meter|tv signal meter|optical power meter|fiber optic power meter|visual fault locator|otdr|fiber tester|fiber optic tester|cable fault locator|tdr|bit error rate tester|protocol analyzer|semiconductor tester|wafer probe card|probe card|ic tester|chip tester|parametric tester|curve tracer|lcr tester|component analyzer|electrical test probe|test hook|probe needle|pogo pin test|test fixture|bed of nails", "903089", {
    splits: [
      to({ words: ["sat finder", "satellite finder", "satellite meter", "tv signal meter", "field strength", "signal level meter", "optical power meter", "fiber optic power meter", "visual fault locator", "otdr", "fiber tester", "fiber optic tester", "bit error", "protocol analyzer", "tdr", "cable fault"] }, "903040"),
      to({ words: ["semiconductor tester", "wafer probe", "probe card", "ic tester", "chip tester", "parametric tester"] }, "903082"),
      to({ words: ["electrical test probe", "test hook", "probe needle", "pogo pin", "test fixture", "bed of nails"] }, "903090"),
      to({ words: ["lcr tester", "component analyzer", "curve tracer", "in circuit tester"] }, "903089"),
    ],
    note: "instruments for measuring or checking electrical quantities → 9030 (for telecommunication 903040, for semiconductor wafers or devices 903082, other with recording 903084, other 903089, parts 903090)",
  }),
  e("measuring microscope|video measuring machine|vision measuring system|3d scanner|3d scanner handheld|laser scanner 3d|surface roughness tester|roughness tester|profilometer|roundness tester|flatness tester|autocollimator|interferometer|laser tracker|borescope inspection optical|optical inspection machine|aoi machine|automatic optical inspection|wafer inspection|mask inspection|photomask inspection|vision inspection system|machine vision camera|barcode verifier|moissanite tester|gold testing machine|precious metal tester|wheel alignment machine|wheel aligner|headlight aligner|tire balancer|wheel balancing machine|dynamic balancer|engine analyzer|car scanner|diagnostic tool|battery tester car|compression tester|cylinder leak down tester|stethoscope mechanic|timing light|smoke machine leak detector|thickness gauge ultrasonic|ultrasonic flaw detector|flaw detector|eddy current tester|magnetic particle tester|holiday detector|torque analyzer|force gauge digital|push pull gauge|spring tester|tension meter|tension gauge|belt tension meter|goniometer|template gauge", "903180", {
    splits: [
      to({ words: ["profile projector", "optical comparator", "measuring microscope", "video measuring", "vision measuring", "3d scanner", "laser scanner 3d", "autocollimator", "interferometer", "laser tracker", "optical inspection", "aoi", "vision inspection", "barcode verifier", "borescope inspection"] }, "903149"),
      to({ words: ["wafer inspection", "mask inspection", "photomask inspection"] }, "903141"),
      to({ words: ["coordinate measuring", "cmm"] }, "903120"),
      to({ words: ["balancing machine", "tire balancer", "wheel balancing", "dynamic balancer"] }, "903110"),
      to({ words: ["machine vision camera"] }, "852589"),
      to({ words: ["gas leak detector", "refrigerant leak detector"] }, "902710"),
      to({ words: ["compression tester"] }, "902620"),
      to({ words: ["timing light"] }, "903180"),
      to({ words: ["obd", "diagnostic", "code reader", "car scanner"] }, "903180"),
    ],
    note: "measuring or checking instruments n.e.s. in ch. 90 → 9031 (balancing machines 903110, test benches 903120, optical ones 9031 4x (semiconductor inspection 903141), other incl. OBD scanners, flaw detectors, leak detectors, gemstone testers 903180)",
  }),
  e("automatic regulator|automatic control instrument|regulating instrument|process controller|temperature regulator|humidity regulator|pressure regulator electronic|pressure control switch|pressure switch pump|pump pressure controller|water pressure switch|voltage stabilizer regulator|level controller|liquid level controller|water level controller|float controller|ph controller|orp controller|dosing controller|sprinkler controller|incubator controller|reptile thermostat|terrarium thermostat|heat mat thermostat|seedling heat mat thermostat|brewing thermostat|fermentation controller|smart thermostat valve|radiator thermostat|thermostatic radiator head|trv head|hvac controller|fan coil thermostat|boiler thermostat|oven thermostat|fryer thermostat|capillary thermostat|bimetal thermostat|thermal switch|thermostat switch|klixon|bimetallic thermostat", "903289", {
    splits: [
      to({ words: ["thermostat", "temperature regulator", "temperature controller", "trv", "radiator thermostat", "thermostatic radiator", "fermentation controller", "brewing thermostat", "reptile thermostat", "terrarium thermostat", "heat mat thermostat", "incubator controller"] }, "903210"),
      to({ words: ["capillary thermostat", "bimetal thermostat", "thermal switch", "thermostat switch", "klixon", "bimetallic"] }, "903210"),
      to({ words: ["pressure switch", "pressure control switch", "water pressure switch"] }, "903220"),
      to({ words: ["automatic voltage regulator", "voltage stabilizer"] }, "850440"),
      to({ words: ["sprinkler timer", "water timer", "hose timer", "garden water timer", "smart water timer", "irrigation controller", "sprinkler controller"] }, "848180"),
    ],
    note: "automatic regulating or controlling instruments → 9032 (thermostats 903210, manostats 903220, hydraulic/pneumatic 903281, other 903289); hose and irrigation timers with a valve are taps and valves 848180; voltage stabilisers are static converters 850440",
  }),
  // ---- 91 clocks and watches parts, 92 instruments
  e("pendulum movement|clock insert|clock fit up|mini clock insert|wall clock movement|silent clock movement|clock motor|synchronous clock motor|watch movement quartz|seiko movement|miyota movement|eta movement|nh35a|nh36|nh70|nh72|pt5000|watch stem|watch crown tube|watch case back|watch case tube|watch lug|watch spring bar|watch dial feet|watch hand set|lume watch hands", "911290", {
    splits: [
      to({ words: ["clock insert", "clock fit up", "mini clock insert"] }, "910591"),
      to({ words: ["clock kit", "quartz clock movement", "clock movement", "clock mechanism", "pendulum movement", "wall clock movement", "silent clock movement"] }, "910910"),
      to({ words: ["clock motor", "synchronous clock motor"] }, "910910"),
      to({ words: ["clock dial", "clock face"] }, "911430"),
      to({ words: ["clock hands"] }, "911490"),
      to({ words: ["quartz"] }, "910811"),
      to({ words: ["watch movement", "seiko movement", "miyota", "eta movement", "nh35a", "nh36", "nh70", "nh72", "pt5000"] }, "910820"),
      to({ words: ["watch stem", "crown tube", "spring bar", "spring bars", "watch pins", "dial feet", "watch lug"] }, "911490"),
      to({ words: ["watch hand", "lume watch hands"] }, "911490"),
      to({ words: ["watch case back", "watch case tube"] }, "911290"),
    ],
    note: "clock movements, complete and assembled 9109 (electric 910910); clock inserts are complete clocks 9105; watch movements 9108 (electrically operated 91081x, automatic winding 910820); cases 9111/9112; dials 911430; other clock and watch parts 911490",
  }),
  e("musical instrument|instrument kids musical|electric drum set|drum pad|tabla|hand drum|frame drum|shaker egg|chimes musical|crystal singing bowl|bell instrument|bass drum pedal|hi-hat stand|digital metronome|guitar wall mount|cello bow|shoulder rest violin|violin mute|mouthpiece saxophone|valve oil|mute trumpet|expression pedal|guitar amp head|pipa|flugelhorn|bamboo flute", "920600", {
    splits: [
      to({ words: ["electronic drum", "electric drum", "drum pad electronic"] }, "920790"),
      to({ words: ["xylophone", "glockenspiel", "marimba", "vibraphone", "kalimba", "thumb piano", "triangle", "maracas", "castanets", "shaker egg", "cymbal", "cymbals", "hi-hat", "gong", "singing bowl", "bell instrument", "handbell", "tongue drum", "handpan", "hang drum", "chimes musical"] }, "920600"),
      to({ words: ["wind chime"], material: ["bamboo", "wood"] }, "460290"),
      to({ words: ["wind chime"] }, "830610"),
      to({ words: ["drumsticks", "drum sticks", "drum brushes", "drum head", "drumhead", "drum pedal", "bass drum pedal", "hi-hat stand", "cymbal stand", "snare stand", "drum throne"] }, "920999"),
      to({ words: ["music stand", "sheet music stand", "guitar stand", "guitar hanger", "guitar wall mount"] }, "920999"),
      to({ words: ["metronome", "tuning fork", "pitch pipe"] }, "920999"),
      to({ words: ["guitar case", "gig bag", "violin case", "instrument case"] }, "420292"),
      to({ words: ["guitar strap"] }, "920992"),
      to({ words: ["violin bow", "cello bow", "chin rest", "shoulder rest", "violin mute"] }, "920992"),
      to({ words: ["rosin"] }, "380610"),
      to({ words: ["reed", "mouthpiece", "valve oil", "mute trumpet"] }, "920999"),
      to({ words: ["effects pedal", "guitar pedal", "looper pedal", "sustain pedal", "expression pedal", "guitar amp head"] }, "854370"),
      to({ words: ["ukulele", "ukuleles", "banjo", "mandolin", "violin", "viola", "cello", "double bass", "erhu", "guzheng", "pipa", "sitar", "acoustic guitar", "classical guitar"] }, "920290"),
      to({ words: ["electric guitar", "bass guitar"] }, "920790"),
      to({ words: ["guitar", "guitars"] }, "920290"),
      to({ words: ["saxophone", "clarinet", "flute", "piccolo", "oboe", "bassoon", "recorder", "ocarina", "pan flute", "bamboo flute", "tin whistle", "penny whistle", "bagpipes", "didgeridoo", "kazoo"] }, "920590"),
      to({ words: ["trumpet", "trombone", "french horn", "tuba", "cornet", "flugelhorn", "euphonium"] }, "920510"),
      to({ words: ["whistle", "sports whistle", "bird call", "duck call", "dog whistle", "referee whistle"] }, "920890"),
      to({ words: ["music box", "musical box"] }, "920810"),
      to({ words: ["drum kit", "drum set", "snare drum", "bass drum", "tom drum", "djembe", "bongo", "bongos", "conga", "cajon", "tabla", "tambourine", "hand drum", "frame drum", "practice pad"] }, "920600"),
      to({ use: ["toy"] }, "950300"),
    ],
    note: "musical instruments: string 9202 (bowed 920210), wind 9205 (brass 920510), percussion 9206, electric 9207 (keyboards 920710, other incl. electric guitars 920790), music boxes, whistles and calls 9208; parts and accessories (of string instruments 920992, other incl. metronomes and tuning forks 920999); effects pedals are electrical apparatus 854370; cases 4202; toy instruments 9503",
  }),
  e("hot tub|jacuzzi|spa bath|spa tub|whirlpool bath|whirlpool tub|hydromassage bathtub|massage bathtub|inflatable hot tub|portable spa|outdoor spa|swim spa|foot spa bath|foot bath massager|breathing appliance|oxygen therapy apparatus|oxygen therapy device|hyperbaric chamber|hyperbaric oxygen chamber|respiratory therapy device|steam inhaler|deaf aid|hearing amplifier aid|rupture appliance|auriscope|cardioscope|sight testing apparatus|vision screener|intensifying screen|x-ray cassette", "901910", {
    splits: [
      to({ words: ["breathing appliance", "oxygen therapy", "hyperbaric", "respiratory therapy", "inhalation device", "steam inhaler"] }, "901920"),
      to({ words: ["deaf aid", "hearing amplifier aid"] }, "902140"),
      to({ words: ["rupture appliance"] }, "902110"),
      to({ words: ["auriscope"] }, "901890"),
      to({ words: ["cardioscope"] }, "901819"),
      to({ words: ["sight testing", "vision screener"] }, "901850"),
      to({ words: ["intensifying screen", "x-ray cassette"] }, "902290"),
    ],
    note: "mechano-therapy appliances and massage apparatus incl. hydromassage baths and hot tubs 901910; oxygen, aerosol and respiration therapy apparatus 901920; hearing aids 902140; ophthalmic 901850; X-ray accessories 902290",
  }),
  e("meteorological instrument|geophysical instrument|hydrographic instrument|oceanographic instrument|current meter water|tide gauge|tide recorder|wave recorder|ceilometer|visibility meter|pyrheliometer|actinometer|radiosonde|weather balloon sonde|wind direction indicator|windsock|wind sock|tacheometer|gyrotheodolite|photogrammetric instrument|stereoplotter|stereo plotter|assay balance|gold balance precision|mathematical instrument|ammeter analog|amperemeter|ohmmeter|wattmeter|galvanometer|frequency meter|phase meter|oscillograph|milometer|mileage counter|odometer gauge|trip counter", "901580", {
    splits: [
      to({ words: ["windsock", "wind sock"], material: ["textile", "synthetic", "cotton"] }, "630790"),
      to({ words: ["tacheometer", "gyrotheodolite"] }, "901520"),
      to({ words: ["photogrammetric", "stereoplotter", "stereo plotter"] }, "901540"),
      to({ words: ["assay balance", "gold balance"] }, "901600"),
      to({ words: ["mathematical instrument", "geometry set", "math set", "maths set"] }, "901720"),
      to({ words: ["ammeter", "amperemeter", "ohmmeter", "wattmeter"] }, "903033"),
      to({ words: ["galvanometer", "frequency meter", "phase meter"] }, "903089"),
      to({ words: ["oscillograph"] }, "903020"),
      to({ words: ["milometer", "mileage counter", "odometer gauge", "trip counter"] }, "902910"),
    ],
    note: "hydrographic, oceanographic, hydrological, meteorological or geophysical instruments 901580; tacheometers 901520, photogrammetric 901540; balances of 5 cg sensitivity 9016; drawing and mathematical instruments 901720; electrical measuring 9030; revolution and distance counters 902910",
  }),
];
