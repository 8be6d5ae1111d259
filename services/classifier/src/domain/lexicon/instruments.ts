/**
 * Section XVIII — optical, photographic, measuring, medical instruments (90), clocks and watches (91),
 * musical instruments (92).
 */
import type { LexiconEntry } from "../types.js";
import { e, m, to } from "./helpers.js";

const optical: LexiconEntry[] = [
  e("optical fiber|optical fibre|fiber optic bundle|fibre optic strand|fiber optic lamp fibers|light guide|polarizing film|polarising film|polarizer sheet|contact lenses|contact lens|colored contact lenses|coloured contacts|color contacts|daily contact lenses|monthly contact lenses|toric lenses|spectacle lenses|eyeglass lenses|prescription lenses|optical lens|optical lenses|lens blank|prism|optical prism|optical mirror|beam splitter|optical filter|lens element", "9001", {
    splits: [
      to({ words: ["contact"] }, "900130"),
      to({ words: ["spectacle", "eyeglass", "prescription"], material: ["glass"] }, "900140"),
      to({ words: ["spectacle", "eyeglass", "prescription"] }, "900150"),
      to({ words: ["polariz", "polarizing", "polarising", "polarizer"] }, "900120"),
      to({ words: ["fiber", "fibre", "light guide"] }, "900110"),
      to({}, "900190"),
    ],
    note: "unmounted optical elements → 9001 (contact lenses 900130, spectacle lenses glass 900140 / other 900150, other elements 900190)",
  }),
  e("camera lens|camera lenses|lens for camera|dslr lens|mirrorless lens|telephoto lens|zoom lens|prime lens|wide angle lens|macro lens|fisheye lens|phone lens|phone camera lens|clip on lens|lens kit phone|projector lens|lens filter|camera filter|uv filter|nd filter|cpl filter|polarizing filter|lens hood|teleconverter|lens adapter|camera lens adapter", "9002", {
    splits: [
      to({ words: ["filter"] }, "900220"),
      to({ words: ["lens hood", "lens adapter"] }, "900691"),
      to({ words: ["projector lens", "phone lens", "clip on lens", "lens kit phone", "phone camera lens"] }, "900219"),
      to({}, "900211"),
    ],
    note: "mounted lenses and filters as parts of instruments → 9002 (camera objective lenses 900211, filters 900220)",
  }),
  m("glasses frame|glasses frames|eyeglass frame|eyeglass frames|spectacle frame|spectacle frames|optical frame|optical frames|frames for glasses|rimless frame|glasses temple|eyeglass hinge|nose pads|glasses nose pads", "9003",
    { plastic: "900311", other: "900319" }, "frames and mountings for spectacles: plastics 900311, other (metal) 900319; parts 900390"),
  e("sunglasses|sun glasses|polarized sunglasses|polarised sunglasses|aviator sunglasses|kids sunglasses|sports sunglasses|cycling glasses|clip on sunglasses|fit over sunglasses|eyeglasses|spectacles|reading glasses|prescription glasses|blue light glasses|blue light blocking glasses|computer glasses|gaming glasses|safety glasses|safety goggles|protective glasses|protective goggles|goggles|ski goggles|snow goggles|swim goggles|swimming goggles|diving goggles|motorcycle goggles|welding goggles|welding glasses|auto darkening helmet|auto-darkening welding helmet|lab goggles|night driving glasses|3d glasses|vr glasses cardboard|costume glasses|novelty glasses|party glasses|eye protection", "9004", {
    splits: [
      to({ words: ["novelty", "party glasses", "costume glasses"] }, "9505"),
      // "Safety glass" read as the plural of the eyewear: toughened or laminated sheet, a pane or a window is safety
      // glass of heading 7007 (of a size and shape for vehicles 7007.11 / 7007.21).
      to({ allOf: [["tempered", "toughened", "laminated"], ["car", "vehicle", "vehicles", "automotive", "truck", "aircraft", "windshield", "windscreen"]], unless: ["goggles", "spectacles", "eyewear", "lens", "lenses", "frame", "frames"] }, "700711"),
      to({ words: ["tempered", "toughened", "laminated", "window", "pane", "panes", "sheet", "sheets", "windshield", "windscreen"], unless: ["goggles", "spectacles", "eyewear", "lens", "lenses", "frame", "frames", "anti-fog", "anti fog"] }, "7007"),
      to({ words: ["sunglasses", "sun glasses", "polarized", "polarised", "aviator", "clip on sunglasses", "fit over"] }, "900410"),
      to({}, "900490"),
    ],
    note: "spectacles and goggles: sunglasses 900410; other (reading, safety, swimming, ski, welding) 900490",
  }),
  e("binoculars|binocular|monocular|monoculars|telescope|telescopes|astronomical telescope|refractor telescope|reflector telescope|spotting scope|kids telescope|telescope mount|telescope tripod mount|equatorial mount|star tracker|opera glasses|bird watching binoculars|night vision binoculars|night vision monocular|night vision goggles|thermal monocular|rangefinder binoculars", "9005", {
    splits: [
      to({ words: ["digital night vision", "infrared digital", "ir digital"] }, "852583"),
      to({ words: ["thermal"] }, "852589"),
      to({ words: ["binoculars", "binocular", "opera glasses", "bird watching"] }, "900510"),
      to({ words: ["mount", "star tracker"] }, "900590"),
      to({}, "900580"),
    ],
    note: "binoculars 900510 (image-intensifier night vision binoculars too); monoculars, night vision monoculars and goggles, telescopes 900580; mountings 900590; digital night vision devices are night vision cameras 852583, thermal imagers 852589",
  }),
  e("film camera|35mm camera|analog camera|disposable camera|single use camera|instant camera|instax camera|polaroid camera|underwater camera|waterproof film camera|large format camera|medium format camera|camera flash|speedlight|speedlite|flash unit|ring flash|ring light flash|studio flash|strobe flash|flash trigger|wireless flash trigger|hot shoe adapter|camera battery grip|camera grip|cage camera|camera cage|camera strap mount|camera body cap|lens cap|lens caps|camera lens cap|camera lens caps|lens cover|camera accessories|camera shutter|shutter release|remote shutter|camera remote|quick release plate|camera plate|softbox|photo softbox|light stand|reflector photography|photography umbrella|photo studio kit|light tent|photo light box|lightbox photography|backdrop stand|green screen|photo background stand", "9006", {
    splits: [
      to({ words: ["instant", "instax", "polaroid"] }, "900640"),
      to({ words: ["underwater", "waterproof film"] }, "900630"),
      to({ words: ["35mm", "disposable", "single use"] }, "900653"),
      to({ words: ["flash", "speedlight", "speedlite", "flash unit", "ring flash", "studio flash", "strobe flash"] }, "900661"),
      to({ words: ["flash trigger", "wireless flash trigger", "hot shoe"] }, "900699"),
      to({ words: ["softbox", "light stand", "reflector", "umbrella", "studio kit", "light tent", "light box", "lightbox", "backdrop stand", "green screen", "background stand"] }, "900699"),
      to({ words: ["lens cap", "camera accessories", "body cap", "battery grip", "camera grip", "cage", "shutter", "remote", "quick release", "camera plate"] }, "900691"),
      to({}, "900659"),
    ],
    note: "photographic (film) cameras 9006 (instant 900640, 35 mm 900653), flash apparatus 90066x, parts and accessories 90069x; digital cameras 8525",
  }),
  e("cine camera|movie camera film|film projector|slide projector|overhead projector|photo enlarger|darkroom equipment|film developing tank|film scanner darkroom|microfilm reader|projection screen|projector screen|portable projector screen|motorized projector screen|tripod screen", "9010", {
    splits: [
      to({ words: ["cine camera", "movie camera"] }, "9007"),
      to({ words: ["film projector"] }, "9007"),
      to({ words: ["slide projector", "overhead projector", "photo enlarger", "microfilm"] }, "9008"),
      to({ words: ["screen"] }, "901060"),
      to({}, "901050"),
    ],
    note: "cinematographic cameras/projectors 9007; image projectors and enlargers 9008; darkroom apparatus 901050, projection screens 901060",
  }),
  e("microscope|microscopes|compound microscope|stereo microscope|biological microscope|student microscope|kids microscope|pocket microscope|digital microscope lcd|microscope slides|prepared slides|microscope slide|cover slips|microscope objective", "9011", {
    splits: [to({ words: ["slides", "slide", "cover slips"] }, "7017"), to({ words: ["stereo", "stereoscopic", "dissecting"] }, "901110"), to({ words: ["objective"] }, "901190"), to({}, "901180")],
    note: "compound optical microscopes 9011 (stereoscopic 901110, for photomicrography 901120, other 901180); glass slides 7017",
  }),
  e("magnifying glass|magnifier|magnifiers|hand magnifier|loupe|jeweler loupe|jewelers loupe|reading magnifier|magnifying lamp|magnifier lamp|led magnifier|head magnifier|headband magnifier|magnifying glasses|helping hands magnifier|rifle scope|riflescope|red dot sight|holographic sight|laser sight|gun scope|periscope|kaleidoscope|door viewer lens|laser projector stage|laser light show|stage laser|laser engraver module|laser pointer|laser pen|green laser pointer|fiber optic light|optical instrument|night vision device", "9013", {
    splits: [
      to({ words: ["laser level"] }, "901580"),
      to({ words: ["magnifying lamp", "magnifier lamp", "led magnifier"] }, "9405"),
      to({ words: ["kaleidoscope"] }, "950300"),
      to({ words: ["rifle scope", "riflescope", "scope", "red dot", "holographic sight", "gun scope", "periscope"] }, "901310"),
      to({ words: ["laser pointer", "laser pen", "laser", "lasers", "laser light show", "stage laser", "laser projector"] }, "901320"),
      to({}, "901380"),
    ],
    note: "telescopic sights 901310; lasers (not laser diodes) 901320; other optical appliances (magnifiers, loupes) 901380",
  }),
  e("compass|compasses|hiking compass|magnetic compass|navigation compass|marine compass|altimeter|barometric altimeter|depth sounder|echo sounder|fish finder sonar|sonar|gyroscope navigation|sextant", "9014", {
    splits: [to({ words: ["compass", "compasses"], use: ["office", "school"] }, "901720"), to({ words: ["compass", "compasses"] }, "901410"), to({ words: ["sonar", "echo sounder", "depth sounder", "fish finder"] }, "901480"), to({}, "901480")],
    note: "navigational instruments: compasses 901410, other (sonar, echo sounders) 901480; drawing compasses 9017",
  }),
  e("line laser|rotary laser|self leveling laser|theodolite|total station|surveying instrument|level instrument|auto level|dumpy level|laser distance meter|laser measure|laser rangefinder|rangefinder|golf rangefinder|hunting rangefinder|distance meter|measuring wheel|surveyor wheel|gps surveying|rain gauge|anemometer|wind meter|weather station|weather station wireless|seismometer|hydrological instrument", "9015", {
    splits: [
      to({ words: ["rain gauge"] }, "901580"),
      to({ words: ["weather station", "anemometer", "wind meter"] }, "901580"),
      to({ words: ["theodolite", "total station"] }, "901520"),
      to({ words: ["level instrument", "auto level", "dumpy level"] }, "901530"),
      to({ words: ["rangefinder", "laser distance", "laser measure", "distance meter"] }, "901510"),
      to({ words: ["measuring wheel", "surveyor wheel"] }, "903180"),
      to({}, "901580"),
    ],
    note: "surveying, hydrographic, meteorological instruments → 9015 (rangefinders 901510, theodolites 901520, levels 901530, other incl. laser levels and weather stations 901580)",
  }),
  e("analytical balance|precision balance|lab balance|laboratory balance|milligram scale|carat scale", "901600", { note: "balances of a sensitivity of 5 cg or better → 901600" }),
  e("ruler|rulers|steel ruler|metal ruler|scale ruler|straight edge|tape measure|measuring tape|tape measures|measure tape|sewing tape measure|body tape measure|retractable tape measure|folding rule|yardstick|meter stick|set square|triangle ruler|protractor|t-square|drafting tools|drawing instruments|drafting set|geometry set|math set|compass drawing|drawing compass|divider drawing|caliper|calipers|vernier caliper|digital caliper|dial caliper|micrometer|micrometers|height gauge|depth gauge|bore gauge|dial indicator|dial gauge|feeler gauge|thread gauge|radius gauge|gauge block|gauge blocks|pin gauge|plug gauge|thickness gauge|angle finder|digital angle finder|protractor digital|spirit level|bubble level|torpedo level|level tool|angle ruler|square tool|carpenter square|speed square|combination square|try square|marking tool|center finder|plotting scale", "9017", {
    splits: [
      // Spirit levels are levels of heading 9015 (9015.30), not measuring instruments n.e.s. of 9031.
      to({ words: ["spirit level", "bubble level", "torpedo level", "level tool"] }, "901530"),
      to({ words: ["caliper", "calipers", "vernier", "micrometer", "micrometers", "height gauge", "depth gauge", "bore gauge", "dial indicator", "dial gauge", "feeler gauge", "thread gauge", "radius gauge", "gauge block", "gauge blocks", "pin gauge", "plug gauge", "thickness gauge"] }, "901730"),
      to({ words: ["set square", "triangle ruler", "protractor", "t-square", "drafting", "drawing instruments", "geometry set", "math set", "compass drawing", "drawing compass", "divider", "plotting scale"] }, "901720"),
      to({}, "901780"),
    ],
    note: "drawing and measuring instruments for length → 9017 (drafting 901720, callipers/micrometers/gauges 901730, rules and tape measures 901780)",
  }),
];

const medical: LexiconEntry[] = [
  e("ecg machine|ekg machine|electrocardiograph|ecg monitor|ultrasound machine|ultrasound scanner|portable ultrasound|fetal doppler|doppler fetal monitor|mri machine|patient monitor|vital signs monitor|pulse oximeter|oximeter|fingertip pulse oximeter|spo2 monitor|blood oxygen monitor|blood oxygen meter|oxygen saturation monitor|blood pressure monitor|blood pressure machine|sphygmomanometer|bp monitor|wrist blood pressure monitor|stethoscope|stethoscopes|otoscope|ophthalmoscope|dermatoscope|blood glucose meter|glucometer|glucose meter|glucose monitor|cgm sensor|lancets|lancet|lancing device|test strips glucose|syringe|syringes|disposable syringe|insulin syringe|oral syringe|feeding syringe|hypodermic needle|hypodermic needles|needles medical|injection needle|suture needle|suture|sutures|suture kit|catheter|catheters|urinary catheter|cannula|iv cannula|iv set|infusion set|infusion pump|iv bag|blood collection tube|vacutainer|scalpel|scalpels|surgical blade|surgical blades|surgical instruments|surgical scissors|forceps|surgical forceps|hemostat|retractor surgical|tongue depressor|speculum|dental instruments|dental mirror|dental scaler|dental pick|tooth scaler|dental drill|dental handpiece|dental lab equipment|ophthalmic instrument|eye chart|vision tester|tonometer|hearing test device|audiometer|endoscope medical|laryngoscope|medical laser|uv lamp therapy|infrared therapy lamp|red light therapy|red light therapy device|light therapy lamp|phototherapy|defibrillator|electrosurgical unit|veterinary instruments|ear thermometer|tens unit medical|electric stimulator medical|acupuncture needles|cupping set|cupping therapy set|scraping board gua sha|medical tweezers|ear wax removal kit|ear cleaner camera|earwax remover|ear pick|ear picks|nasal aspirator|baby nasal aspirator|enema|douche|breast pump|electric breast pump|manual breast pump|tourniquet|bandage scissors medical", "9018", {
    splits: [
      to({ words: ["ecg", "ekg", "electrocardiograph"] }, "901811"),
      to({ words: ["ultrasound", "fetal doppler", "doppler"] }, "901812"),
      to({ words: ["mri"] }, "901813"),
      to({ words: ["patient monitor", "vital signs", "pulse oximeter", "oximeter", "spo2", "blood oxygen", "oxygen saturation", "audiometer"] }, "901819"),
      to({ words: ["uv lamp therapy", "infrared therapy", "red light therapy", "light therapy", "phototherapy"] }, "901820"),
      to({ words: ["syringe", "syringes"] }, "901831"),
      to({ words: ["needle", "needles", "suture needle", "acupuncture", "lancet", "lancets"] }, "901832"),
      to({ words: ["catheter", "catheters", "cannula", "iv set", "infusion set"] }, "901839"),
      to({ words: ["dental drill", "dental handpiece"] }, "901841"),
      to({ words: ["dental chair"] }, "940210"),
      to({ words: ["dental"] }, "901849"),
      // "Tonometer" is also a seller's name for a blood pressure monitor: an ophthalmic tonometer measures eye pressure.
      to({ words: ["ophthalmic", "ophthalmoscope", "eye chart", "vision tester", "tonometer"], unless: ["blood pressure", "bp monitor", "sphygmomanometer", "arm", "wrist"] }, "901850"),
      to({ words: ["ear thermometer"] }, "902519"),
      to({ words: ["test strips"] }, "382219"),
      to({ words: ["gua sha", "scraping board"], material: ["stone", "gemstone"] }, "6802"),
      to({ words: ["ear pick", "ear picks"], material: ["plastic"] }, "392490"),
      to({ words: ["ear pick", "ear picks"] }, "901890"),
      // A blood glucose meter measures glucose by a chemical (enzyme-electrode) reaction on a test strip: an instrument
      // for chemical analysis (9027.89), not a medical instrument of 9018.
      to({ words: ["glucose meter", "glucometer", "blood sugar meter", "blood sugar monitor", "glucose monitor"] }, "902789"),
      to({ words: ["breast pump", "electric breast pump"], power: ["electric", "battery"] }, "901890"),
      to({}, "901890"),
    ],
    note: "medical, surgical, dental, veterinary instruments → 9018 (ECG 901811, ultrasound 901812, electro-diagnostic incl. oximeters 901819, UV/IR apparatus 901820, syringes 901831, needles 901832, catheters 901839, dental 90184x, ophthalmic 901850, other incl. BP monitors, stethoscopes 901890)",
  }),
  e("massager|massagers|massage gun|percussion massager|deep tissue massager|handheld massager|neck massager|shoulder massager|back massager|foot massager|foot massager machine|massager machine|massage machine|shiatsu massager|shiatsu pillow|shiatsu massage pillow|massager pillow|neck massager pillow|foot spa massager|leg massager|calf massager|eye massager|scalp massager|head massager|face massager|facial massager|body massager|massage chair|massage cushion|massage pillow|massage seat cushion|massage table electric|vibrating massager|wand massager|massage roller electric|electric gua sha|microcurrent device|ems facial device|physiotherapy equipment|traction device|cervical traction|neck traction device|spine decompression|inversion table|oxygen concentrator|portable oxygen concentrator|oxygen generator medical|cpap machine|cpap|bipap|ventilator|medical ventilator|nebulizer|nebuliser|inhaler device|spacer inhaler|aerosol therapy|oxygen mask|cpap mask|nasal cannula oxygen|resuscitator|ambu bag", "9019", {
    splits: [
      to({ words: ["massage chair"] }, "901910"),
      to({ words: ["inversion table"] }, "950691"),
      to({ words: ["oxygen concentrator", "oxygen generator", "cpap", "bipap", "ventilator", "nebulizer", "nebuliser", "inhaler", "spacer", "aerosol", "oxygen mask", "cpap mask", "nasal cannula", "resuscitator", "ambu bag"] }, "901920"),
      to({ words: ["massage cushion", "massage pillow", "massage seat cushion"], power: ["manual"] }, "940490"),
      to({ power: ["manual"], words: ["massage roller", "foam roller"] }, "950691"),
      to({}, "901910"),
    ],
    note: "massage and mechano-therapy apparatus 901910; therapeutic respiration (oxygen concentrators, CPAP, nebulizers) 901920",
  }),
  e("gas mask|respirator|full face respirator|half face respirator|half mask respirator|respirator mask with filter|respirator filter|respirator cartridge|filter cartridge respirator|breathing apparatus|scba|diving regulator|scuba regulator|snorkel regulator|escape hood|smoke hood", "902000", {
    splits: [to({ words: ["diving regulator", "scuba regulator"] }, "902000")],
    note: "breathing appliances and gas masks with mechanical parts or replaceable filters → 902000; simple filter masks 6307",
  }),
  e("knee brace|knee support|knee sleeve|ankle brace|ankle support|wrist brace|wrist support|wrist splint|carpal tunnel brace|elbow brace|elbow support|tennis elbow brace|back brace|back support belt|lumbar support belt|posture corrector|posture brace|shoulder brace|neck brace|cervical collar|arm sling|finger splint|splint|splints|hernia belt|truss|maternity belt|pregnancy support belt|postpartum belt|abdominal binder|compression sleeve|orthopedic insoles|orthotic|orthotics|bunion corrector|toe separator|hammer toe corrector|plantar fasciitis brace|night splint|walker boot|walking boot|moon boot medical|crutches|crutch|forearm crutch|underarm crutches|walking frame|walker|rollator|zimmer frame|quad cane|knee scooter|prosthesis|prosthetic leg|prosthetic arm|artificial limb|artificial eye|breast prosthesis|breast form|hearing aid|hearing aids|hearing amplifier medical|cochlear implant|pacemaker|dentures|denture|false teeth|artificial teeth|dental implant|dental crown|veneers teeth|snap on veneers|clip on veneers|orthodontic retainer|retainer|dental aligner|clear aligner|braces dental|orthodontic braces|mouth guard medical|night guard teeth|teeth grinding guard|bite splint|stent|artificial joint|hip implant|knee implant|bone plate|bone screw|intraocular lens|ostomy bag|colostomy bag|ostomy pouch|incontinence device", "9021", {
    splits: [
      to({ words: ["hearing aid", "hearing aids", "cochlear"] }, "902140"),
      to({ words: ["pacemaker"] }, "902150"),
      // Cleansers and fixatives for dentures are dental-hygiene preparations (3306.90), not the dentures.
      to({ words: ["dentures", "denture"], allOf: [["cleanser", "cleansers", "cleansing", "cleaning", "cleaner", "tablets", "adhesive", "fixative", "cream", "paste"]] }, "330690"),
      to({ words: ["dentures", "denture", "false teeth", "artificial teeth", "snap on veneers", "clip on veneers"] }, "902121"),
      to({ words: ["dental implant", "dental crown", "veneers teeth"] }, "902129"),
      to({ words: ["artificial joint", "hip implant", "knee implant"] }, "902131"),
      to({ words: ["prosthesis", "prosthetic", "artificial limb", "artificial eye", "breast prosthesis", "breast form", "intraocular lens", "stent"] }, "902139"),
      to({ words: ["ostomy", "colostomy"] }, "3926"),
      to({ words: ["walker", "walking frame", "rollator", "zimmer frame", "knee scooter"] }, "902190"),
      to({ words: ["mouth guard", "night guard", "teeth grinding", "bite splint"] }, "902110"),
      to({ words: ["compression sleeve", "knee sleeve"], material: ["textile", "synthetic", "cotton"] }, "6307"),
      to({}, "902110"),
    ],
    note: "orthopaedic and fracture appliances (braces, splints, crutches, posture correctors) 902110; dental fittings 90212x; artificial body parts 90213x; hearing aids 902140; pacemakers 902150",
  }),
  e("x-ray machine|x ray machine|xray machine|dental x-ray|portable x-ray|x-ray scanner|baggage scanner|ct scanner|radiography equipment|x-ray film viewer|lead apron|x-ray protective apron", "9022", {
    splits: [to({ words: ["lead apron", "protective apron"] }, "9022"), to({ words: ["baggage scanner"] }, "902219"), to({ words: ["dental"] }, "902213"), to({}, "902214")],
    note: "X-ray apparatus (medical 90221x, other 902219) → 9022",
  }),
  e("anatomical model|anatomy model|human skeleton model|skeleton model|torso model|teaching model|educational model|demonstration model|cpr manikin|cpr dummy|training manikin|medical manikin|globe model educational|molecular model kit", "902300", {
    splits: [to({ words: ["globe"] }, "490590")],
    note: "instruments and models for demonstration (anatomical models, CPR manikins) → 902300",
  }),
  e("hardness tester|tensile tester|universal testing machine|material testing machine|impact tester|textile tester|paper tester", "9024", { note: "machines for testing hardness, strength etc. of materials → 9024" }),
  e("thermometer|thermometers|digital thermometer|clinical thermometer|fever thermometer|forehead thermometer|infrared thermometer|non-contact thermometer|ir thermometer|baby thermometer|meat thermometer|cooking thermometer|food thermometer|candy thermometer|oven thermometer|bbq thermometer|wireless meat thermometer|probe thermometer|fridge thermometer|aquarium thermometer|pool thermometer|room thermometer|indoor thermometer|outdoor thermometer|thermometer hygrometer|hygrometer|humidity meter|hygrometer thermometer|temperature humidity monitor|barometer|pyrometer|thermocouple|temperature probe|hydrometer|refractometer|salinity meter|brix meter|alcohol meter|wine hydrometer|soil thermometer|data logger temperature", "9025", {
    splits: [
      to({ words: ["refractometer", "brix", "salinity"] }, "902750"),
      to({ words: ["mercury", "liquid filled", "glass thermometer", "alcohol thermometer"] }, "902511"),
      to({ words: ["hygrometer", "humidity", "barometer", "hydrometer", "alcohol meter", "wine hydrometer"] }, "902580"),
      to({ words: ["thermocouple", "temperature probe"] }, "902590"),
      to({}, "902519"),
    ],
    note: "thermometers (liquid-filled 902511, other incl. digital/infrared 902519), hygrometers, barometers, hydrometers 902580",
  }),
  e("flow meter|flowmeter|water flow meter|air flow meter|flow sensor industrial|level gauge|water level gauge|tank level gauge|liquid level sensor|level transmitter|fuel gauge|pressure gauge|tire pressure gauge|tyre pressure gauge|manometer|pressure transmitter|pressure transducer|vacuum gauge|boost gauge|oil pressure gauge|differential pressure gauge|gas pressure gauge|water pressure gauge|digital pressure gauge|heat meter|tpms|tire pressure monitoring system", "9026", {
    splits: [
      to({ words: ["flow meter", "flowmeter", "flow sensor", "level gauge", "water level", "tank level", "liquid level", "level transmitter", "fuel gauge"] }, "902610"),
      to({ words: ["pressure", "manometer", "vacuum gauge", "boost gauge", "tpms"] }, "902620"),
      to({}, "902680"),
    ],
    note: "instruments for flow, level, pressure of liquids or gases → 9026 (flow/level 902610, pressure 902620, other 902680); meters of consumption 9028",
  }),
  e("gas analyzer|gas analyser|exhaust gas analyzer|co2 meter|co2 monitor|air quality monitor|air quality meter|formaldehyde detector|pm2.5 monitor|smoke analyzer|breathalyzer|breathalyser|alcohol tester|breath alcohol tester|ph meter|ph tester|ph pen|tds meter|tds tester|water quality tester|conductivity meter|ec meter|orp meter|dissolved oxygen meter|chlorine meter|water hardness tester|soil tester|soil ph meter|soil moisture meter|moisture meter|wood moisture meter|grain moisture meter|colorimeter|spectrophotometer|spectrometer|photometer|lux meter|light meter|uv meter|sound level meter|decibel meter|noise meter|viscometer|polarimeter|chromatograph|gas chromatograph|mass spectrometer|particle counter|gemstone tester|diamond tester|gold tester|lab analyzer|blood analyzer|urine analyzer|biochemistry analyzer|hematology analyzer|microtome", "9027", {
    splits: [
      to({ words: ["gas analyzer", "gas analyser", "exhaust gas", "co2 meter", "co2 monitor", "air quality", "formaldehyde", "pm2.5", "smoke analyzer", "breathalyzer", "breathalyser", "alcohol tester", "breath alcohol"] }, "902710"),
      to({ words: ["chromatograph"] }, "902720"),
      to({ words: ["spectrophotometer", "spectrometer"] }, "902730"),
      to({ words: ["colorimeter", "photometer", "lux meter", "light meter", "uv meter"] }, "902750"),
      to({ words: ["mass spectrometer"] }, "902781"),
      to({ words: ["microtome"] }, "902790"),
      to({ words: ["sound level", "decibel", "noise meter"] }, "902789"),
      to({ words: ["diamond tester", "gemstone tester", "gold tester"] }, "903180"),
      to({}, "902789"),
    ],
    note: "instruments for physical or chemical analysis → 9027 (gas/smoke 902710, spectrometers 902730, optical 902750, other incl. pH, TDS, moisture meters 902789)",
  }),
  e("gas meter|water meter|electricity meter|energy meter|kwh meter|smart meter|power meter plug|watt meter|plug power meter|prepaid meter|din rail energy meter", "9028", {
    splits: [to({ words: ["gas meter"] }, "902810"), to({ words: ["water meter"] }, "902820"), to({}, "902830")],
    note: "gas, liquid or electricity supply or production meters → 9028",
  }),
  e("odometer|tachometer|speedometer|rev counter|pedometer|step counter|taximeter|counter clicker|tally counter|hand counter|production counter|stroboscope|gps speedometer|motorcycle speedometer|car speedometer|digital speedometer|hour meter|hour meter engine", "9029", {
    splits: [to({ words: ["speedometer", "tachometer", "rev counter"] }, "902920"), to({ words: ["stroboscope"] }, "902920"), to({}, "902910")],
    note: "revolution/production counters, taximeters, pedometers 902910; speed indicators and tachometers 902920",
  }),
  e("multimeter|digital multimeter|clamp meter|clamp multimeter|voltmeter|ammeter|voltage tester|voltage detector|non-contact voltage tester|circuit tester|continuity tester|test pen|electrical tester|insulation tester|megger|earth tester|oscilloscope|oscilloscopes|logic analyzer|spectrum analyzer|network analyzer|signal analyzer|lcr meter|capacitance meter|battery tester|battery analyzer|battery capacity tester|usb tester|usb power meter|cable tester|network cable tester|lan tester|outlet tester|socket tester|rcd tester|power analyzer|geiger counter|radiation detector|dosimeter|emf meter|emf detector", "9030", {
    splits: [
      to({ words: ["geiger", "radiation", "dosimeter"] }, "903010"),
      to({ words: ["oscilloscope", "oscilloscopes"] }, "903020"),
      to({ words: ["multimeter", "clamp meter", "clamp multimeter"] }, "903031"),
      to({ words: ["spectrum analyzer", "network analyzer", "signal analyzer"] }, "903040"),
      to({ words: ["logic analyzer", "cable tester", "network cable tester", "lan tester"] }, "903089"),
      to({}, "903033"),
    ],
    note: "instruments for measuring electrical quantities or radiation → 9030 (radiation 903010, oscilloscopes 903020, multimeters 903031, other without recording 903033, telecom 903040)",
  }),
  e("measuring instrument|measuring tool|measurement tool|test equipment|testing instrument|inspection gauge|vibration meter|tachometer laser|balancing machine|wheel balancer|test bench|dynamometer|force gauge|torque meter|torque tester|coating thickness gauge|paint thickness gauge|ultrasonic thickness gauge|metal detector handheld|pinpointer|stud sensor|wire tracer|borescope measuring|profile projector|cmm|coordinate measuring machine|optical comparator|level sensor measuring|load cell sensor|strain gauge sensor|weighing sensor|gas detector handheld|leak detector|refrigerant leak detector|obd2 scanner|obd scanner|car diagnostic tool|diagnostic scanner|code reader|obd2 code reader|diagnostic tool car", "9031", {
    splits: [
      to({ words: ["balancing machine", "wheel balancer"] }, "903110"),
      to({ words: ["test bench", "dynamometer"] }, "903120"),
      to({ words: ["profile projector", "optical comparator"] }, "903149"),
      to({ words: ["gas detector", "leak detector", "refrigerant leak"] }, "902710"),
      to({}, "903180"),
    ],
    note: "measuring or checking instruments n.e.c. → 903180 (balancing machines 903110, test benches 903120, optical 90314x); OBD scanners 903180",
  }),
  e("thermostat|thermostats|smart thermostat|wifi thermostat|room thermostat|digital thermostat|temperature controller|thermostat controller|pid controller|temperature control switch|humidistat|humidity controller|pressure controller|pressure switch controller|water pump controller|automatic pump controller|manostat|voltage regulator automatic|automatic voltage regulator|aquarium controller|greenhouse controller|irrigation controller|sprinkler timer|water timer|hose timer|garden water timer|smart water timer", "9032", {
    splits: [
      to({ words: ["thermostat", "thermostats", "temperature controller", "pid controller", "temperature control"] }, "903210"),
      to({ words: ["pressure controller", "manostat", "pressure switch controller", "water pump controller", "automatic pump controller"] }, "903220"),
      to({ words: ["sprinkler timer", "water timer", "hose timer", "garden water timer", "smart water timer"] }, "848180"),
      to({}, "903289"),
    ],
    note: "automatic regulating or controlling instruments → 9032 (thermostats 903210, manostats 903220, other 903289); hose water timers with valve 8481",
  }),
];

/** A radio-controlled clock sets itself by a time signal; a clock with a radio is a receiver combined with a clock (8527.92). */
const RADIO_CONTROLLED = ["radio controlled", "radio-controlled", "radio control", "atomic"];

const clocks: LexiconEntry[] = [
  e("watch|watches|wrist watch|wristwatch|wristwatches|men's watch|women's watch|ladies watch|quartz watch|analog watch|digital watch|automatic watch|mechanical watch|self-winding watch|skeleton watch|diver watch|dive watch|chronograph|chronograph watch|sports watch|military watch|luxury watch|fashion watch|couple watches|kids watch|children's watch|led watch|pocket watch|pocket watches|nurse watch|fob watch|stopwatch|stop watch|gold watch|silver watch|titanium watch|ceramic watch|wooden watch|solar watch", "9102", {
    splits: [
      to({ words: ["smartwatch", "smart watch", "fitness tracker"] }, "851762"),
      to({ material: ["gold", "silver", "platinum", "precious_metal"], words: ["automatic", "self-winding", "mechanical"] }, "910121"),
      to({ material: ["gold", "silver", "platinum", "precious_metal"] }, "9101"),
      to({ words: ["pocket watch", "pocket watches", "nurse watch", "fob watch", "stopwatch", "stop watch"] }, "9102"),
      to({ words: ["automatic", "self-winding"] }, "910221"),
      // An automatic watch is a mechanical one that winds itself: "Automatic Mechanical Watch" is 9102.21.
      to({ words: ["mechanical", "hand-wound", "manual wind"], unless: ["automatic", "self-winding", "self winding", "automatic winding"] }, "910229"),
      // Hands and a digital display both ("ana-digi"): neither "mechanical display only" nor "opto-electronic only".
      to({ words: ["digital", "lcd", "led display", "digital display"], allOf: [["analog", "analogue", "hands"]], power: ["electric", "battery"] }, "910219"),
      to({ words: ["ana-digi", "anadigi", "analog-digital", "analog digital", "analogue digital"] }, "910219"),
      // An LCD or LED face shows the time opto-electronically (9102.12 "with opto-electronic display only").
      to({ words: ["digital", "led watch", "lcd", "led display", "digital display", "opto-electronic", "optoelectronic"], unless: ["analog", "analogue", "hands"] }, "910212"),
      to({ words: ["quartz", "analog", "analogue"] }, "910211"),
    ],
    decisive: ["material"],
    note: "watches: case of precious metal 9101, other 9102 (electric analogue 910211, digital 910212, automatic 910221, other mechanical 910229, pocket/stop-watches 91029x); smartwatches 851762",
  }),
  e("clock|clocks|wall clock|wall clocks|alarm clock|alarm clocks|digital clock|digital alarm clock|led clock|table clock|desk clock|mantel clock|mantle clock|grandfather clock|floor clock|cuckoo clock|kitchen clock|silent clock|projection clock|sunrise alarm clock|wake up light|radio controlled clock|atomic clock|travel alarm clock|kids alarm clock|car clock|dashboard clock|clock kit|clock mechanism|clock movement|quartz clock movement|clock hands|clock face|clock dial|timer|kitchen timer|egg timer|countdown timer|visual timer|sand timer|hourglass|time switch mechanical", "9105", {
    splits: [
      to({ words: ["hourglass", "sand timer"] }, "701399"),
      to({ words: ["clock kit", "clock mechanism", "clock movement", "quartz clock movement"] }, "9109"),
      to({ words: ["clock hands", "clock face", "clock dial"] }, "911430"),
      to({ words: ["car clock", "dashboard clock"] }, "910400"),
      // A timer measures intervals of time; it registers or records no time of day (9106.10 time-registers, time-recorders).
      to({ words: ["timer", "kitchen timer", "egg timer", "countdown timer", "visual timer"] }, "910690"),
      to({ words: ["time switch"] }, "9106"),
      // A clock with a radio receiver is a radio-broadcast receiver combined with a clock (8527.92).
      to({ words: ["alarm"], allOf: [RADIO_CONTROLLED] }, "910511"),
      to({ words: ["radio"], unless: RADIO_CONTROLLED }, "852792"),
      to({ words: ["alarm"], power: ["electric", "battery"], unless: ["radio"] }, "910511"),
      to({ words: ["alarm", "sunrise", "wake up light"], unless: ["radio"] }, "910511"),
      to({ words: ["wall clock", "wall clocks", "kitchen clock", "cuckoo"], power: ["manual"] }, "910529"),
      // Cuckoo clocks are weight-driven wall clocks (other than electrically operated), unless said to be quartz.
      to({ words: ["cuckoo"], unless: ["quartz", "battery", "batteries", "electric"] }, "910529"),
      to({ words: ["wall clock", "wall clocks", "kitchen clock", "silent clock", "radio controlled", "atomic clock"] }, "910521"),
      to({ power: ["manual"] }, "910599"),
      to({}, "910591"),
    ],
    note: "clocks → 9105 (alarm 91051x, wall 91052x, other 91059x); clocks with watch movements 9103; vehicle clocks 9104; time registers and timers 9106; movements 9109",
  }),
  e("time recorder|time clock machine|attendance recorder|parking timer|process timer|industrial timer|time register", "9106", {
    splits: [to({ words: ["time recorder", "time clock", "attendance"] }, "910610"), to({}, "910690")],
    note: "time of day recording apparatus 910610; other time measuring apparatus (timers) 910690",
  }),
  e("watch strap|watch straps|watch band|watch bands|replacement wristband|replacement wristbands|replacement band|replacement bands|smartwatch bands|fitbit band|fitbit bands|sport loop|sport loop band|watchband|watchbands|watch bracelet|watch bracelets|smartwatch band|smart watch strap|apple watch band|apple watch strap|replacement watch band|leather watch strap|silicone watch band|nylon watch strap|nato strap|mesh watch band|milanese loop|metal watch band|stainless steel watch band|watch link|watch clasp|watch buckle|deployment clasp|spring bars|watch pins", "9113", {
    splits: [
      to({ material: ["gold", "silver", "platinum", "precious_metal"] }, "911310"),
      to({ material: ["iron_steel", "stainless_steel", "aluminium", "titanium", "base_metal", "zinc", "copper"] }, "911320"),
      // A strap of leather, plastics, rubber or textile stays 9113.90 though its buckle or spring bars are of steel.
      to({ material: ["leather", "composition_leather", "plastic", "rubber", "textile", "cotton", "synthetic", "artificial", "silk", "wool"] }, "911390"),
      to({ words: ["mesh", "milanese", "metal", "stainless steel", "watch link", "spring bars", "watch pins", "deployment clasp"] }, "911320"),
      to({}, "911390"),
    ],
    decisive: ["material"],
    note: "watch straps, bands and bracelets → 9113 (precious metal 911310, base metal 911320, other incl. leather, silicone, textile 911390)",
  }),
  e("watch movement|watch movements|quartz movement|automatic movement|mechanical movement watch|nh35 movement|watch case|watch cases|watch crystal|watch glass|sapphire crystal watch|watch dial|watch dials|watch hands|watch crown|watch bezel|bezel insert|watch chapter ring|watch gasket|watch back|case back|mainspring|hairspring|balance wheel|watch jewel", "9114", {
    splits: [
      to({ words: ["movement", "movements"] }, "9108"),
      to({ words: ["watch case", "watch cases", "case back", "watch back"] }, "9111"),
      to({ words: ["dial", "dials"] }, "911430"),
      to({ words: ["plates", "bridges"] }, "911440"),
      to({ words: ["crystal", "watch glass"] }, "7015"),
      to({}, "911490"),
    ],
    note: "watch movements 9108, watch cases 9111, dials 911430, other clock/watch parts 911490; watch glasses 7015",
  }),
  e("watch repair tool|watch repair kit|watch tool kit|case opener|watch case opener|strap remover|spring bar tool|link remover|watch press|watch holder repair|movement holder", "8205", {
    splits: [to({ words: ["watch repair kit", "watch tool kit"] }, "820600")], note: "hand tools for watch repair → 8205/8206",
  }),
];

const music: LexiconEntry[] = [
  e("piano|pianos|upright piano|grand piano|acoustic piano|digital piano|electric piano|electronic piano|stage piano|keyboard piano|electronic keyboard|musical keyboard|midi keyboard|synthesizer|synth|organ|electronic organ|pipe organ|harmonium|accordion|accordions|melodica|harmonica|harmonicas|mouth organ|harp|lyre|lyre harp|guitar|guitars|acoustic guitar|classical guitar|electric guitar|bass guitar|electric bass|acoustic bass|ukulele|ukuleles|banjo|mandolin|violin|violins|viola|cello|cellos|double bass|contrabass|erhu|guzheng|sitar|zither|kalimba|thumb piano|mbira|flute|flutes|piccolo|recorder instrument|recorder flute|clarinet|oboe|bassoon|saxophone|sax|alto saxophone|tenor saxophone|trumpet|trumpets|cornet|trombone|french horn|tuba|euphonium|bugle|bagpipes|ocarina|pan flute|panpipes|tin whistle|penny whistle|kazoo|didgeridoo|drum|drums|drum kit|drum set|electronic drum kit|electronic drums|snare drum|bass drum|tom drum|djembe|bongo|bongos|conga|congas|cajon|tambourine|cymbal|cymbals|hi-hat|gong instrument|xylophone|glockenspiel|marimba|vibraphone|steel tongue drum|tongue drum|handpan|hang drum|triangle instrument|maracas|castanets|shaker instrument|claves|woodblock|cowbell instrument|chimes instrument|music box|musical box|metronome|tuning fork|pitch pipe|bird call|whistle|whistles|sports whistle|referee whistle|safety whistle|emergency whistle|dog whistle|duck call|game call", "9201", {
    splits: [
      to({ words: ["digital piano", "electric piano", "electronic piano", "stage piano", "keyboard piano", "electronic keyboard", "musical keyboard", "midi keyboard", "synthesizer", "synth", "electronic organ"] }, "920710"),
      to({ words: ["electric guitar", "bass guitar", "electric bass", "electronic drum", "electronic drums"] }, "920790"),
      to({ words: ["grand piano"] }, "920120"),
      to({ words: ["piano", "pianos", "upright piano", "acoustic piano"] }, "920110"),
      to({ words: ["violin", "violins", "viola", "cello", "cellos", "double bass", "contrabass", "erhu"] }, "920210"),
      to({ words: ["guitar", "guitars", "acoustic guitar", "classical guitar", "acoustic bass", "ukulele", "ukuleles", "banjo", "mandolin", "harp", "lyre", "guzheng", "sitar", "zither"] }, "920290"),
      to({ words: ["trumpet", "trumpets", "cornet", "trombone", "french horn", "tuba", "euphonium", "bugle"] }, "920510"),
      to({ words: ["organ", "pipe organ", "harmonium"] }, "920590"),
      to({ words: ["accordion", "accordions", "melodica", "harmonica", "harmonicas", "mouth organ", "flute", "flutes", "piccolo", "recorder", "clarinet", "oboe", "bassoon", "saxophone", "sax", "bagpipes", "ocarina", "pan flute", "panpipes", "tin whistle", "penny whistle", "didgeridoo"] }, "920590"),
      to({ words: ["drum", "drums", "drum kit", "drum set", "snare", "bass drum", "tom drum", "djembe", "bongo", "bongos", "conga", "congas", "cajon", "tambourine", "cymbal", "cymbals", "hi-hat", "gong", "xylophone", "glockenspiel", "marimba", "vibraphone", "steel tongue", "tongue drum", "handpan", "hang drum", "triangle", "maracas", "castanets", "shaker", "claves", "woodblock", "cowbell", "chimes", "kalimba", "thumb piano", "mbira"] }, "920600"),
      to({ words: ["music box", "musical box"] }, "920810"),
      to({ words: ["whistle", "whistles", "kazoo", "bird call", "duck call", "game call", "dog whistle", "referee", "sports whistle", "safety whistle", "emergency whistle"] }, "920890"),
      to({ words: ["metronome", "tuning fork", "pitch pipe"] }, "920999"),
    ],
    note: "musical instruments: pianos 9201, string 9202 (bowed 920210, other 920290), organs/accordions/wind 9203–9205, percussion 920600, electric 9207 (keyboards 920710), music boxes/whistles 9208; toy instruments 9503",
  }),
  e("guitar strings|guitar string|violin strings|ukulele strings|bass strings|piano strings|guitar pick|guitar picks|plectrum|plectrums|guitar capo|capo|guitar tuner|clip on tuner|guitar pickup|pickups guitar|guitar bridge|guitar nut|tuning pegs|machine heads|guitar tuners pegs|guitar neck|guitar body|fretboard|guitar strap button|violin bow|bow violin|rosin|violin rosin|chin rest|violin shoulder rest|reed saxophone|saxophone reed|clarinet reed|reeds|mouthpiece|trumpet mouthpiece|drumsticks|drum sticks|drum stick|drum brushes|drum pedal|drum heads|drumhead|drum skin|practice pad|drum throne|cymbal stand|snare stand|music stand folding|piano bench|piano stool|keyboard stand|guitar stand|guitar wall hanger|guitar hanger|ukulele stand|sustain pedal|guitar effects pedal|effects pedal|guitar pedal|looper pedal|music instrument accessories", "9209", {
    splits: [
      to({ words: ["strings", "string"] }, "920930"),
      to({ words: ["guitar tuner", "clip on tuner"] }, "903089"),
      to({ words: ["effects pedal", "guitar pedal", "looper pedal", "guitar effects"] }, "854370"),
      to({ words: ["guitar pickup", "pickups guitar"] }, "851829"),
      to({ words: ["piano bench", "piano stool", "drum throne"] }, "940180"),
      to({ words: ["guitar stand", "guitar wall hanger", "guitar hanger", "ukulele stand", "keyboard stand", "music stand", "cymbal stand", "snare stand"] }, "920999"),
      to({ words: ["rosin"] }, "3806"),
      to({ words: ["piano"] }, "920991"),
      to({ words: ["guitar", "violin", "ukulele", "capo", "bridge", "nut", "pegs", "machine heads", "neck", "fretboard", "bow", "chin rest", "shoulder rest"] }, "920992"),
      to({ words: ["sustain pedal"] }, "920994"),
      to({}, "920999"),
    ],
    note: "parts and accessories of musical instruments → 9209 (strings 920930, piano 920991, string-instrument parts 920992, electric-instrument parts 920994, other incl. drumsticks, reeds, picks 920999); effects pedals 854370",
  }),
];


// Electronic sensor modules, breakout boards and bench testers as marketplaces name them.
const sensing: LexiconEntry[] = [
  e("current sensor module|current sensor|hall current sensor|ac current sensor|dc current sensor|current sensing module|current detection module|current transducer|current monitor module|power monitor module|power monitoring module|voltage sensor module|voltage detection module|voltage sensor|voltmeter module|ammeter module|voltmeter ammeter|digital panel meter|panel meter|dc panel meter|ac panel meter|voltage current meter|watt meter module|usb power meter|usb tester|usb voltage tester|usb current tester|led tester|led lamp tester|led backlight tester|backlight tester|led bead tester|battery tester|battery capacity tester|battery analyzer|battery internal resistance tester|insulation tester|megger|earth resistance tester|loop tester|rcd tester|cable tester|network cable tester|lan tester|outlet tester|socket tester|transistor tester|component tester|esr meter|lcr meter|capacitance meter|frequency counter|logic analyzer|spectrum analyzer|signal analyzer|power analyzer|power quality analyzer", "9030", {
    splits: [
      to({ words: ["module", "breakout", "board", "sensor", "transducer"] }, "903090"),
      to({ words: ["network cable", "lan tester", "cable tester"] }, "903040"),
      to({ words: ["logic analyzer", "spectrum analyzer", "signal analyzer", "frequency counter"] }, "903089"),
      to({ words: ["usb power meter", "usb tester", "usb voltage", "usb current", "data logger", "recording"] }, "903039"),
      to({}, "903033"),
    ],
    note: "instruments for measuring or checking electrical quantities → 9030 (voltage/current/resistance/power without recording device 903033, with recording 903039, for telecommunication 903040, other 903089); sensor modules and breakout boards made for incorporation into such instruments → parts 903090",
  }),
  e("temperature sensor module|temperature sensor probe|ds18b20|ds18b20 sensor|ntc temperature sensor|pt100 sensor|pt100|pt1000|rtd sensor|rtd probe|k type thermocouple|thermocouple probe|thermocouple sensor|thermocouple module|max6675|temperature transmitter|temperature humidity sensor|temperature and humidity sensor|temp humidity sensor|dht11|dht22|am2302|sht30|sht31|hygrometer module|barometric pressure sensor|barometric sensor|barometer module|atmospheric pressure sensor|air pressure sensor module|bmp280|bme280", "9025", {
    splits: [
      to({ words: ["barometric", "barometer", "atmospheric pressure", "air pressure", "bmp280"] }, "902580"),
      to({ words: ["humidity", "hygrometer", "dht11", "dht22", "am2302", "sht30", "sht31", "bme280"] }, "902580"),
      to({}, "902519"),
    ],
    note: "thermometers and pyrometers not combined with other instruments (electronic temperature sensors, probes, thermocouples) 902519; barometers, hygrometers and combined temperature/humidity instruments 902580",
  }),
  e("gas sensor module|gas sensor|mq-2|mq2 sensor|mq-135|mq135|mq-7|mq-3|smoke sensor module|co2 sensor|co2 sensor module|air quality sensor|air quality sensor module|particulate sensor|pm2.5 sensor|dust sensor|oxygen analyzer|ph sensor|ph meter module|tds sensor|tds meter|ec meter|water quality tester|turbidity sensor|conductivity meter|colorimeter|spectrophotometer|moisture meter|grain moisture meter|wood moisture meter|soil moisture sensor|soil tester|soil ph meter", "9027", {
    splits: [
      to({ words: ["gas", "mq", "smoke", "co2", "air quality", "particulate", "pm2.5", "dust sensor", "oxygen analyzer"] }, "902710"),
      to({ words: ["spectrophotometer"] }, "902730"),
      to({ words: ["colorimeter"] }, "902750"),
      to({}, "902789"),
    ],
    note: "instruments for physical or chemical analysis → 9027 (gas or smoke analysis 902710, spectrometers/photometers 902730 (9027.30/50), other incl. pH, TDS, moisture meters 902789)",
  }),
  e("oscilloscope probe|scope probe|multimeter probe|test leads|multimeter test leads|test lead set|probe tip|alligator test leads|current clamp probe|multimeter case|multimeter fuse", "903090", {
    splits: [to({ words: ["fuse"] }, "853610")],
    note: "parts and accessories of electrical measuring instruments → 903090 (fuses 8536)",
  }),
];

export const INSTRUMENTS: LexiconEntry[] = [...optical, ...medical, ...clocks, ...music, ...sensing];
