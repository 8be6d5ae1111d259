/**
 * Chapter 84 — parts and accessories as repair shops and marketplaces name them. Section XVI note
 * 2(b): a part suitable solely or principally for one kind of machine goes with that machine (its
 * own parts subheading or the parts headings 8409, 8431, 8448, 8466, 8473); note 2(a): a part that
 * is itself a good of a heading of ch. 84/85 (pumps, valves, motors, switches) stays in that
 * heading; parts of general use of Section XV (screws, springs, chains) stay there.
 */
import type { LexiconEntry } from "../types.js";
import { e, mats, to } from "./helpers.js";

export const MACHINE_PART_TERMS: LexiconEntry[] = [
  e("air conditioner part|ac part|aircon part|split ac part|indoor unit part|outdoor unit part|ac fan motor|ac louver|ac swing motor|ac evaporator|ac evaporator coil|evaporator coil|condenser coil|ac condenser coil|condensing unit part|hvac part|hvac damper|air damper|motorized damper|fire damper|air diffuser hvac|ceiling diffuser|air vent grille|supply air grille|return air grille|ahu|vav box|air curtain|heat recovery ventilator|hrv|erv|energy recovery ventilator", "841590", {
    splits: [
      to({ words: ["fan motor", "swing motor"] }, "850110"),
      to({ words: ["air damper", "motorized damper", "fire damper", "hvac damper"] }, "848180"),
      to({ words: ["air diffuser hvac", "ceiling diffuser", "air vent grille", "supply air grille", "return air grille"], material: ["plastic"] }, "392590"),
      to({ words: ["air diffuser hvac", "ceiling diffuser", "air vent grille", "supply air grille", "return air grille"] }, "830242"),
      to({ words: ["fan coil unit", "air handling unit", "ahu"] }, "841583"),
      to({ words: ["air curtain", "heat recovery", "hrv", "erv", "energy recovery"] }, "841459"),
      to({ words: ["vav box"] }, "848180"),
    ],
    note: "parts of air-conditioning machines 841590; fan-coil and air-handling units without refrigerating unit 841583; air curtains and recovery ventilators are fans 841459; dampers are valves 848180; grilles by material",
  }),
  e("refrigerator door seal|fridge gasket|fridge shelf|refrigerator shelf|fridge drawer|crisper drawer|fridge door bin|fridge thermostat|refrigerator thermostat|defrost timer|defrost heater|defrost sensor|fridge fan motor|evaporator fan motor|refrigerator compressor relay|ptc starter|overload protector compressor|start relay|filter drier|filter dryer refrigeration|capillary tube|refrigeration condenser|refrigeration evaporator|cold room panel|freezer part|refrigerator part|fridge part|ice maker part|water inlet valve fridge", "841899", {
    splits: [
      to({ words: ["door seal", "gasket"], material: ["rubber"] }, "841899"),
      to({ words: ["thermostat"] }, "903210"),
      to({ words: ["defrost timer"] }, "910700"),
      to({ words: ["defrost heater"] }, "851680"),
      to({ words: ["fan motor"] }, "850110"),
      to({ words: ["compressor relay", "ptc starter", "start relay"] }, "853649"),
      to({ words: ["overload protector"] }, "853630"),
      to({ words: ["water inlet valve"] }, "848180"),
      to({ words: ["defrost sensor"] }, "902519"),
      to({ words: ["cold room panel"] }, "841899"),
    ],
    note: "parts of refrigerating equipment 841899 (shelves, door seals made for the cabinet, driers, evaporators of the appliance); thermostats 903210, relays 8536, motors 8501, heating elements 851680, valves 8481 stay in their own headings (Section XVI note 2(a))",
  }),
  e("washing machine pump|drain pump|washing machine drain pump|washer drain pump|washing machine motor belt|washer belt|washing machine door seal|washer door gasket|washing machine door lock|door interlock washer|washing machine inlet valve|washer inlet valve|washing machine timer|washer shock absorber|washing machine damper|washing machine drum|washer drum|agitator washing machine|washing machine suspension rod|washing machine filter|washer lint filter|dryer belt|dryer drum roller|dryer heating element|dryer lint screen|dryer idler pulley|washing machine part|washer part|dryer part|dishwasher part|dishwasher basket|dishwasher rack|dishwasher spray arm|dishwasher pump|dishwasher door seal|dishwasher filter", "845090", {
    splits: [
      to({ words: ["dishwasher"] }, "842290"),
      to({ words: ["dryer belt", "dryer drum", "dryer heating", "dryer lint", "dryer idler", "dryer part"] }, "845190"),
      to({ words: ["drain pump", "washing machine pump", "washer drain pump"] }, "841370"),
      to({ words: ["inlet valve"] }, "848180"),
      to({ words: ["door lock", "door interlock"] }, "853650"),
      to({ words: ["timer"] }, "910700"),
      to({ words: ["motor belt", "washer belt"] }, "401039"),
    ],
    note: "parts of household washing machines 845090, of dryers 845190, of dishwashers 842290; drain pumps (8413), valves (8481), door interlocks (8536), timers (9107) and belts (4010) stay in their own headings",
  }),
  e("water pump impeller|impeller pump|pump repair kit|pump rebuild kit|pump head|pump part|pump spare|pressure tank|pressure tank pump|bladder tank|well pressure tank|expansion vessel|pump controller|foot valve pump|jet pump|shallow well pump|deep well pump|vortex blower|turbo blower|industrial blower|compressor part|compressor valve|compressor cylinder|air compressor part|compressor air tank|air receiver tank|air tank", "841391", {
    splits: [
      to({ words: ["pressure tank", "bladder tank", "well pressure", "expansion vessel", "air receiver", "air tank", "compressor air tank"] }, "731100"),
      to({ words: ["pump controller", "pump pressure control", "compressor pressure switch"] }, "903220"),
      to({ words: ["foot valve", "check valve"] }, "848130"),
      to({ words: ["jet pump", "shallow well", "deep well", "screw pump", "progressive cavity"] }, "841370"),
      to({ words: ["roots blower", "ring blower", "side channel", "regenerative blower", "vortex blower", "turbo blower", "air blower", "industrial blower", "centrifugal blower", "vacuum blower"] }, "841459"),
      to({ words: ["compressor part", "compressor head", "compressor piston", "compressor valve", "compressor cylinder", "air compressor part"] }, "841490"),
    ],
    note: "parts of liquid pumps 841391 (impellers, casings, diaphragms); parts of air pumps and compressors 841490; blowers are fans 841459; pressure vessels for compressed gas 7311; pressure switches 903220 (ch. 90 note 7), check valves 848130",
  }),
  e("carburetor kit|carburettor kit|carb kit|carburetor repair kit|carburetor rebuild kit|carburetor gasket|carb jet|main jet|pilot jet|carburetor float|float needle|choke cable|throttle cable|spark arrestor|spark arrester|recoil starter|pull starter|starter pulley|starter rope|primer bulb|fuel tank cap small engine|small engine part|engine rebuild kit|overhaul kit|piston kit|piston ring set|cylinder kit|big bore kit|cylinder barrel|valve lifter|hydraulic lifter|push rod|pushrod|rocker shaft|timing cover|oil pump gear|oil dipstick|dipstick|engine valve kit|cylinder head gasket kit|head bolt|injector seal|injector nozzle tip|glow plug engine|fuel injection pump|injection pump|diesel injection pump|common rail injector|diesel injector|unit injector|turbo cartridge|turbo chra|turbocharger cartridge|turbo wheel|turbine wheel turbo|wastegate|blow off valve|egr valve|egr cooler|pcv valve", "840991", {
    splits: [
      to({ words: ["diesel", "common rail", "unit injector", "injection pump"] }, "840999"),
      to({ words: ["throttle cable", "choke cable"] }, "870899"),
      to({ words: ["injection pump", "fuel injection pump"] }, "841330"),
      to({ words: ["turbo cartridge", "turbo chra", "turbocharger cartridge", "turbo wheel", "compressor wheel", "turbine wheel"] }, "841490"),
      to({ words: ["wastegate", "blow off valve", "egr valve", "pcv valve"] }, "848180"),
      to({ words: ["egr cooler"] }, "841950"),
      to({ words: ["glow plug"] }, "851180"),
      to({ words: ["head bolt"] }, "731815"),
      to({ words: ["starter rope"] }, "560790"),
    ],
    note: "parts suitable solely or principally for spark-ignition engines 840991, for diesel engines 840999 (carburettor kits, pistons, liners, valves, lifters, crankcases, injectors); fuel-injection pumps 841330, turbocharger cores 841490 and engine valves such as EGR or wastegates (8481) are goods of their own headings (Section XVI note 2(a))",
  }),
  e("trimmer head|bump feed head|brush cutter head|string trimmer head|trimmer spool|trimmer line spool|guide bar|chainsaw sprocket|chainsaw part|chainsaw carburetor|chainsaw clutch|hedge trimmer blade|mower deck|lawn mower part|lawn mower wheel|mower wheel|mower grass bag|grass catcher|mower belt|mower spindle|mower deck belt|mulching plug|tiller tine|cultivator tine|harrow disc|plough share|ploughshare|plow share|disc blade|seeder part|baler twine knotter|baler part|combine harvester part|harvester part|header reel|sickle section|knife section|mower knife|cutter bar|pto shaft cover|tractor part|tractor seat|tractor hitch|three point hitch|tractor linkage|top link|lift arm tractor|tractor mirror", "843390", {
    splits: [
      to({ words: ["chainsaw bar", "guide bar", "chainsaw sprocket", "chainsaw part", "chainsaw carburetor", "chainsaw clutch"] }, "846791"),
      to({ words: ["hedge trimmer blade", "brush cutter blade", "trimmer blade", "mower knife", "sickle section", "knife section", "cutter bar"] }, "820840"),
      to({ words: ["trimmer head", "bump feed", "brush cutter head", "string trimmer", "trimmer spool", "trimmer line spool"] }, "846799"),
      to({ words: ["tiller tine", "tiller tines", "cultivator tine", "harrow disc", "plough share", "ploughshare", "plow share", "disc blade", "seeder part"] }, "843290"),
      to({ words: ["tractor part", "tractor seat", "tractor hitch", "three point hitch", "tractor linkage", "top link", "lift arm", "tractor mirror", "pto shaft cover"] }, "870899"),
      to({ words: ["mower grass bag", "grass catcher"], material: ["textile", "synthetic"] }, "843390"),
    ],
    note: "parts of harvesting, mowing and threshing machinery 843390; of soil-working machinery 843290; of chain saws 846791 and other hand-held power tools 846799; blades and knives for agricultural machines are 820840 (ch. 82); tractor parts 8708",
  }),
  e("lathe chuck|3 jaw chuck|4 jaw chuck|three jaw chuck|four jaw chuck|self centering chuck|chuck jaws|soft jaws|collet|er collet set|er32 collet|er20 collet|r8 collet|5c collet|collet holder|tool post|quick change tool post|qctp|tool holder lathe|boring head|live center|revolving center|dead center|lathe center|tailstock chuck|steady rest|follow rest|faceplate lathe|lathe dog|magnetic base|magnetic stand|dial indicator stand|indexing head|tilting table|cross slide table|compound table|xy table|angle vise|precision vise|clamping kit|t slot clamping kit|step block|parallels set|v block|angle plate|magnetic v block|sine bar|sine plate|machine table|t slot table|tool changer|atc tool holder|bt30 tool holder|bt40 tool holder|cat40 tool holder|hsk tool holder|pull stud|retention knob|spindle cartridge|cnc spindle|spindle motor cnc|router spindle|machine tool part|lathe part|milling machine part|cnc spare|way cover|bellows cover|chip conveyor|coolant pump machine|coolant nozzle|machine lamp|machine work light", "846620", {
    splits: [
      to({ words: ["collet", "collets", "er collet", "er32", "er20", "r8", "5c", "collet holder", "tool post", "quick change tool post", "qctp", "tool holder", "boring head", "boring bar holder", "tool changer", "atc", "bt30", "bt40", "cat40", "hsk", "pull stud", "retention knob"] }, "846610"),
      to({ words: ["dial indicator stand", "magnetic base", "magnetic stand"] }, "846630"),
      to({ words: ["indexing head", "dividing plate"] }, "846630"),
      to({ words: ["cnc spindle", "spindle motor cnc", "router spindle", "spindle cartridge"] }, "850152"),
      to({ words: ["coolant pump"] }, "841370"),
      to({ words: ["machine lamp", "machine work light"] }, "940542"),
      to({ words: ["way cover", "bellows cover", "chip conveyor", "machine tool part", "lathe part", "milling machine part", "cnc part", "cnc spare", "machine table"] }, "846693"),
    ],
    note: "accessories of machine tools (8456–8465) → 8466: tool holders and collets 846610, work holders (chucks, vices, centres) 846620, dividing heads and other special attachments 846630; other parts of metal-cutting machine tools 846693; spindle motors 8501",
  }),
  e("crane part|hoist part|lifting equipment part|winch part|forklift part|forklift chain|pallet jack wheel|pallet truck wheel|elevator part|lift part|elevator door|elevator button|elevator cabin|lift cabin|escalator step|escalator handrail|idler roller|return roller|conveyor pulley|head pulley|tail pulley|conveyor belt cleaner|belt scraper|excavator part|excavator track|track roller|carrier roller|idler wheel excavator|sprocket excavator|track chain|track link|track shoe|track pad|bucket teeth adapter|cutting edge|grader blade|dozer blade|bucket pin|bucket bushing|quick coupler excavator|quick hitch|hydraulic thumb|excavator thumb|ripper tooth|earth auger|ground drill|drill rod|drill pipe|drill bit rock|dth hammer|button bit|tricone bit|pdc bit|core barrel", "843149", {
    splits: [
      to({ words: ["forklift tire", "rubber track"], material: ["rubber"] }, "401699"),
      to({ words: ["forklift tire"] }, "401180"),
      to({ words: ["rubber track"] }, "401699"),
      to({ words: ["forklift battery"] }, "850720"),
      to({ words: ["forklift chain", "conveyor chain", "track chain"] }, "731512"),
      to({ words: ["forklift fork", "forklift forks", "fork extension", "forklift seat", "forklift mast", "forklift part", "pallet jack wheel", "pallet truck wheel"] }, "843120"),
      to({ words: ["elevator", "lift part", "lift cabin", "escalator"] }, "843131"),
      to({ words: ["conveyor", "idler roller", "return roller", "head pulley", "tail pulley", "belt cleaner", "belt scraper"] }, "843139"),
      to({ words: ["crane part", "hoist part", "winch part", "lifting equipment part"] }, "843110"),
      to({ words: ["earth auger", "post hole digger", "ground drill"] }, "846789"),
      to({ words: ["drill rod", "drill pipe", "drill bit rock", "dth hammer", "button bit", "tricone", "pdc bit", "core barrel", "auger bit"] }, "820713"),
      to({ words: ["bucket", "cutting edge", "grader blade", "dozer blade", "ripper", "quick coupler", "quick hitch", "thumb"] }, "843141"),
      to({ words: ["track shoe", "track pad", "track link", "track roller", "carrier roller", "idler wheel", "sprocket"] }, "843149"),
    ],
    note: "parts of lifting, handling and earth-moving machinery → 8431 (of 8425 hoists 843110, of forklifts 843120, of lifts and escalators 843131, other 8428 conveyors 843139, buckets and blades 843141, other 843149); rock-drilling tools 8207; chains 7315; tyres 4011",
  }),
  e("computer accessory|computer accessories|pc accessories|computer part|laptop part|laptop screen|laptop lcd|laptop display|laptop bottom case|laptop palmrest|palmrest|laptop top cover|lcd back cover laptop|laptop bezel|laptop speaker|laptop dc jack|laptop power jack|laptop motherboard|laptop cpu fan|laptop touchpad|laptop webcam|laptop wifi card|laptop ram|laptop ssd|laptop charger port|keyboard replacement laptop|replacement keyboard|keyboard switches|keyboard stabilizers|keyboard pcb|keyboard plate|keyboard case|keyboard wrist rest|mouse pad|mousepad|mouse mat|gaming mouse pad|desk mat|desk pad|wrist rest|laptop holder|cpu holder|pc stand|printer stand", "847330", {
    splits: [
      // A keyboard made as a tablet's case ("keyboard case for iPad") is a keyboard, an input unit of 8471.60 (ch. 84
      // note 5(C)); the housing of a computer keyboard ("keyboard case" of a mechanical keyboard) stays a part.
      to({ words: ["keyboard case", "keyboard cover", "keyboard folio"], allOf: [["ipad", "tablet", "galaxy tab", "surface pro", "bluetooth", "wireless", "detachable"]] }, "847160"),
      to({ words: ["laptop screen", "laptop lcd", "laptop display"] }, "852411"),
      to({ words: ["laptop speaker"] }, "851829"),
      to({ words: ["laptop dc jack", "laptop power jack", "laptop charger port"] }, "853669"),
      to({ words: ["laptop cpu fan"] }, "841459"),
      to({ words: ["laptop webcam"] }, "852589"),
      to({ words: ["laptop wifi card"] }, "851762"),
      to({ words: ["laptop ssd"] }, "847170"),
      to({ words: ["mouse pad", "mousepad", "mouse mat", "gaming mouse pad", "desk mat", "desk pad", "wrist rest", "keyboard wrist rest"], material: ["rubber"] }, "401699"),
      to({ words: ["mouse pad", "mousepad", "mouse mat", "gaming mouse pad", "desk mat", "desk pad", "wrist rest", "keyboard wrist rest"], material: ["plastic"] }, "392690"),
      to({ words: ["mouse pad", "mousepad", "mouse mat", "gaming mouse pad", "desk mat", "desk pad", "wrist rest", "keyboard wrist rest"], material: ["leather", "composition_leather"] }, "420500"),
      // Of felt or other textile fabric (no rubber base stated): a made-up textile article → 630790.
      to({ words: ["mouse pad", "mousepad", "mouse mat", "gaming mouse pad", "desk mat", "desk pad", "wrist rest", "keyboard wrist rest"], material: mats("textiles") }, "630790"),
      to({ words: ["mouse pad", "mousepad", "mouse mat", "gaming mouse pad", "desk mat", "desk pad", "wrist rest", "keyboard wrist rest"] }, "401699"),
      to({ words: ["laptop stand", "laptop holder", "monitor arm", "monitor mount", "monitor stand", "monitor riser", "cpu holder", "pc stand", "printer stand"], material: ["wood", "bamboo"] }, "442199"),
      to({ words: ["laptop stand", "laptop holder", "monitor arm", "monitor mount", "monitor stand", "monitor riser", "cpu holder", "pc stand", "printer stand"], material: ["plastic"] }, "392690"),
      to({ words: ["laptop stand", "laptop holder", "monitor arm", "monitor mount", "monitor stand", "monitor riser", "cpu holder", "pc stand", "printer stand"] }, "830250"),
    ],
    note: "parts and accessories of ADP machines 847330 (housings, hinges, keyboards, palmrests); display modules 8524, speakers 8518, fans 8414, SSDs 847170 stay in their own headings (Section XVI note 2(a)); mouse pads, stands and mounts are not parts: classified by material (mouse pads of rubber 4016, metal mounts and stands 8302 50)",
  }),
  e("power steering cylinder|steering cylinder|hydraulic steering cylinder|tilt cylinder|lift cylinder|boom cylinder|arm cylinder|bucket cylinder|telescopic cylinder|single acting cylinder|double acting cylinder|hydraulic jack cylinder|hydraulic actuator|hydraulic power unit|hydraulic power pack|hydraulic motor orbital|cylinder seal kit|hydraulic seal kit", "841221", {
    splits: [
      to({ words: ["hydraulic power unit", "hydraulic power pack"] }, "841229"),
      to({ words: ["cylinder seal kit", "hydraulic seal kit"] }, "848420"),
      to({ words: ["hydraulic motor"] }, "841229"),
    ],
    note: "hydraulic power engines and motors, linear acting (cylinders) 841221, other (motors, power packs) 841229; a cylinder made for a vehicle's steering is still a hydraulic motor of 8412 (Section XVII note 2(e): machines of 8401–8479 are not vehicle parts); seal kits 8484",
  }),
  e("bearing|bearing kit|bearing set|miniature bearing|ceramic bearing|fidget bearing|ballscrew|ball screw assembly|cardan joint|pulleyblock|pulley tackle|davit|boat davit|goods lift|platform lift goods|passenger lift|palletiser|palletising machine|palletizing machine|depalletizer|windmill water pump|wind pump|piledriver|snowplough|rotovator|rotavator|lawn roller|garden roller|dust extractor|dust extraction system|woodworking dust collector|electrostatic precipitator|filter press|bag filter housing|bottle mould|bottle mold|glass bottle mould|moulding pattern|core box|guillotine|spring balance|spring scale|cd rom drive|cdrom drive|floppy drive|floppy disc drive|automatic till|self checkout kiosk|steriliser|sterilising equipment|laboratory steriliser|bottle steriliser|uv steriliser box|coffee percolator|percolator|pressure vessel|process vessel jacketed|jacketed kettle|steam jacketed kettle|gas burner|burner head|industrial burner|combination burner|wood pellet burner|fire hydrant|hydrant valve|standpipe|landing valve|fire hose valve|fire cock", "848210", {
    splits: [
      to({ words: ["ballscrew", "ballscrews", "ball screw assembly"] }, "848340"),
      to({ words: ["cardan joint", "cardan joints"] }, "848360"),
      to({ words: ["pulleyblock", "pulley tackle", "davit", "davits"] }, "842519"),
      to({ words: ["goods lift", "platform lift", "passenger lift"] }, "842810"),
      to({ words: ["palletiser", "palletising", "palletizing", "depalletizer"] }, "842890"),
      to({ words: ["windmill water pump", "wind pump"] }, "841280"),
      to({ words: ["piledriver", "piledrivers"] }, "843010"),
      to({ words: ["snowplough", "snowploughs"] }, "843020"),
      to({ words: ["rotovator", "rotavator"] }, "843229"),
      to({ words: ["lawn roller", "garden roller"] }, "843280"),
      to({ words: ["dust extractor", "dust extraction", "dust collector", "electrostatic precipitator"] }, "842139"),
      to({ words: ["filter press", "bag filter housing"] }, "842129"),
      to({ words: ["bottle mould", "bottle mold", "glass bottle mould"] }, "848050"),
      to({ words: ["moulding pattern", "foundry pattern", "core box"] }, "848030"),
      to({ words: ["guillotine"] }, "844110"),
      to({ words: ["spring balance", "spring scale"] }, "842381"),
      to({ words: ["cd rom", "cdrom", "floppy"] }, "847170"),
      to({ words: ["automatic till", "self checkout"] }, "847050"),
      to({ words: ["bottle steriliser", "uv steriliser box"], use: ["household"] }, "851679"),
      to({ words: ["steriliser", "sterilising", "laboratory steriliser", "bottle steriliser", "uv steriliser"] }, "841920"),
      to({ words: ["coffee percolator", "percolator"], power: ["electric"] }, "851671"),
      to({ words: ["coffee percolator", "percolator"] }, "732393"),
      to({ words: ["jacketed kettle", "steam jacketed", "process vessel jacketed"] }, "841981"),
      to({ words: ["pressure vessel"] }, "731100"),
      to({ words: ["gas burner", "gas burners", "burner head", "industrial burner", "combination burner"] }, "841620"),
      to({ words: ["pellet burner", "wood pellet burner"] }, "841620"),
      to({ words: ["mechanical stoker"] }, "841630"),
      to({ words: ["fire hydrant", "hydrant valve", "standpipe", "landing valve", "fire hose valve", "fire cock"] }, "848180"),
      to({ words: ["skateboard bearings", "fidget bearing", "miniature bearing", "ceramic bearing"] }, "848210"),
    ],
    note: "ball bearings 848210 (a bearing of no stated kind); other chapter 84 goods named in one word: ball screws 848340, cardan joints 848360, hoists and davits 842519, lifts 842810, wind engines 841280, pile-drivers 843010, snow ploughs 843020, dust extractors 842139, moulds for glass 848050, foundry patterns 848030, burners 8416, sterilisers 841920, hydrants and fire cocks 848180",
  }),
  // Section XVI note 1(m): brushes of a kind used as parts of machines are goods of heading 9603 (9603.50), not parts of
  // the appliance they fit (the side and roller brushes of a vacuum cleaner, the brush roll of a floor sweeper).
  e("side brush|side brushes|robot vacuum brush|robot vacuum side brush|vacuum side brush|main roller brush|main brush roller|vacuum roller brush|vacuum brush|brush roll|brushroll|beater brush|rolling brush|sweeper side brush|floor sweeper brush", "960350", {
    note: "brushes constituting parts of machines, appliances or vehicles → 960350 (Section XVI note 1(m))",
  }),
  // Parts of an espresso or coffee machine (8516.71) that are no machine of their own go with it (Section XVI note 2(b)).
  e("portafilter|portafilters|bottomless portafilter|naked portafilter|espresso portafilter|portafilter handle|portafilter basket|espresso filter basket|coffee machine filter basket|group head gasket|group gasket|shower screen espresso|steam wand|steam wand tip|coffee machine part|espresso machine part|coffee maker part|coffee maker carafe|replacement carafe", "851690", {
    note: "parts of electrothermic coffee makers of 8516.71 → 851690 (Section XVI note 2(b))",
  }),
  // A replaceable water filter cartridge is filtering apparatus for water in its own right (8421.21, Section XVI note
  // 2(a)), whatever appliance it fits (coffee machine, refrigerator, jug).
  e("water filter cartridge|water filter cartridges|replacement water filter|refrigerator water filter cartridge|fridge water filter cartridge|coffee machine water filter|water filter for coffee machine|water softener cartridge|water filter insert|water filter replacement", "842121", {
    note: "filter cartridges for filtering or purifying water → 842121 (Section XVI note 2(a))",
  }),
  // Interchangeable tools for hand or power tools stay in 8207 (Section XVI note 1(m)); masonry and hammer-drill bits
  // are tools for drilling other than rock drilling (8207.50), whatever machine they fit.
  e("sds drill bit|sds drill bits|sds plus drill bit|sds plus drill bits|sds plus bits|sds max drill bit|sds max bits|sds bit|sds bits|hammer drill bit|hammer drill bits|concrete drill bit|concrete drill bits|concrete drill bit set|masonry bit|masonry bits|masonry drill bits|masonry drill bit set|masonry drill bits set|sds drill bit set|sds plus drill bit set|sds plus bit set|hammer drill bit set", "820750", {
    note: "interchangeable tools for drilling (not rock drilling) → 820750 (Section XVI note 1(m))",
  }),
  // Parts of the domestic food mixers, blenders and juicers of 8509.40 go with them (Section XVI note 2(b)): jars, bowls,
  // lids, beaters and hooks, blade assemblies (a blade on its drive coupling and bearing). A bare knife or cutting blade
  // for a kitchen appliance is an article of ch. 82 (Section XVI note 1(k): 8208.30).
  e("blender jar|blender jars|blender container|blender pitcher|blender cup|blender cups|blender bottle replacement|blender lid|blender blade assembly|blender blade base|blender coupling|blender drive socket|mixer bowl|mixer bowls|stand mixer bowl|dough hook|dough hooks|flat beater|flex edge beater|wire whip|mixer whisk attachment|mixer beaters|hand mixer beaters|mixer attachment|stand mixer attachment|food processor bowl|food processor lid|juicer filter|juicer screen|juicer strainer|juicer auger", "850990", {
    note: "parts of electromechanical domestic appliances of 8509 → 850990 (Section XVI note 2(b))",
  }),
  // Parts of household dishwashers (8422.11) go with them (Section XVI note 2(b)): spray arms, racks and their wheels.
  e("spray arm|spray arms|lower spray arm|upper spray arm|dishwasher rack wheel|dishwasher rack wheels|dishwasher wheels|dish rack wheels dishwasher|dishwasher cutlery basket|dishwasher door spring", "842290", {
    note: "parts of dishwashing machines → 842290 (Section XVI note 2(b))",
  }),
  // Parts of 3D printers (additive manufacturing machines, 8485) go with them (Section XVI note 2(b)); a nozzle or a
  // heated bed is no tap of 8481 or article of copper, nor a bed of 9403.
  e("extruder nozzle|extruder nozzles|mk8 nozzle|volcano nozzle|hot end kit|hotend kit|extruder kit|direct drive extruder|dual gear extruder|heated bed|heatbed|magnetic build plate|pei sheet|spring steel build plate|3d printer part", "848590", {
    note: "parts of additive manufacturing machines → 848590 (Section XVI note 2(b))",
  }),
];
