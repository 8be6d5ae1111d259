/**
 * Chapter 84 — nuclear reactors, boilers, machinery and mechanical appliances: engines, pumps,
 * compressors and fans, climate and refrigeration, filters, dishwashers and packing machines, scales,
 * sprayers, lifting and earth-moving, agricultural, food, textile, printing and machine-tool
 * machinery, hand-held power tools, computers and office machines, taps and valves, bearings,
 * transmission parts, gaskets, 3D printers.
 */
import type { LexiconEntry } from "../types.js";
import { e, to } from "./helpers.js";

/** Words that make "pumps" shoes: uppers, soles, heels, toes, or who wears them. */
const PUMP_SHOE = ["upper", "uppers", "outer sole", "outer soles", "insole", "heel", "heels", "high heel", "stiletto", "pointed toe", "peep toe", "round toe", "ankle strap", "women", "womens", "ladies", "lady", "girls", "bridal", "wedding shoes", "dress shoes"];

/** Words naming a hose or pipe clamp whose tightening screw is a "worm gear" or "worm drive". */
const CLAMP_WORDS = ["hose clamp", "hose clamps", "pipe clamp", "pipe clamps", "clamp", "clamps", "clip", "clips"];
const ELECTRIC: NonNullable<LexiconEntry["splits"]>[number]["when"] = { power: ["electric", "battery"] };

/** Words saying a compressor is of a kind used in refrigerating or air-conditioning equipment (8414.30). */
const REFRIGERATING = ["refrigerator", "refrigerators", "refrigerating", "refrigeration", "fridge", "freezer", "air conditioner", "air conditioning", "hermetic", "refrigerant"];

/** Words naming a hair dryer (its attachments are parts of 8516.90). */
const HAIR_DRYER = ["hair dryer", "hairdryer", "blow dryer", "hair diffuser"];

export const MACHINERY: LexiconEntry[] = [
  e("engine|engines|petrol engine|gasoline engine|gas engine small|small engine|outboard motor|outboard engine|boat motor petrol|inboard engine|marine engine|motorcycle engine|car engine|engine assembly|complete engine|engine block|long block|short block|short block assembly|long block assembly|remanufactured engine|crate engine|diesel engine|diesel motor|diesel generator engine|2 stroke engine|4 stroke engine|two stroke engine|four stroke engine|go kart engine|bicycle engine kit|motorized bike kit|rc engine nitro|model engine|stationary engine", "8407", {
    splits: [
      to({ words: ["engine block"], isPart: false }, "8409"),
      to({ words: ["diesel"], use: ["marine"] }, "840810"),
      to({ words: ["diesel marine", "marine diesel", "boat diesel", "diesel boat", "diesel outboard"] }, "840810"),
      to({ words: ["diesel car", "diesel truck", "diesel tractor", "tractor diesel", "truck diesel", "automotive diesel", "diesel vehicle"] }, "840820"),
      to({ words: ["diesel"] }, "840890"),
      to({ words: ["aircraft", "aviation", "airplane", "ultralight"] }, "840710"),
      to({ words: ["outboard"] }, "840721"),
      to({ words: ["inboard", "marine", "boat"] }, "840729"),
      to({ words: ["motorcycle", "scooter", "moped", "dirt bike", "go kart", "bicycle engine", "motorized bike"] }, "840732"),
      to({ words: ["car", "vehicle", "automotive", "truck"] }, "840734"),
      to({ power: ["electric", "battery"] }, "8501"),
      to({ words: ["generator", "lawn mower", "pump", "stationary", "small engine", "gas engine small", "2 stroke", "4 stroke", "two stroke", "four stroke", "model engine", "rc engine"] }, "840790"),
    ],
    note: "spark-ignition engines 8407 (aircraft 840710, outboard 840721, other marine 840729, vehicle engines 84073x by capacity (≤ 250 cc motorcycle-type 840732, > 1,000 cc car-type 840734), other incl. stationary and small engines 840790); diesel 8408 (marine 840810, vehicle 840820, other 840890); engine parts 8409; electric motors 8501",
  }),
  e("engine part|piston|pistons|piston ring|piston rings|cylinder head|cylinder liner|connecting rod|con rod|crankshaft engine|valve engine|engine valve|intake valve|exhaust valve|valve spring engine|rocker arm|lifter|tappet|timing chain|timing belt kit|timing gear|oil pan|sump|intake manifold|exhaust manifold|carburetor|carburettor|carb|throttle body|fuel injector|fuel injectors|injector nozzle|glow plug housing|head gasket|engine gasket|valve cover|valve cover gasket|oil cooler engine|turbo actuator|engine mount bracket", "8409", {
    splits: [
      to({ words: ["head gasket", "engine gasket", "valve cover gasket"] }, "848410"),
      to({ words: ["timing chain"] }, "731511"),
      to({ words: ["timing belt"] }, "4010"),
      to({ words: ["crankshaft", "camshaft"] }, "848310"),
      to({ words: ["diesel"] }, "840999"),
      to({}, "840991"),
    ],
    note: "parts for engines of 8407/8408 → 8409 (spark-ignition 840991, diesel 840999); gaskets 8484, shafts 8483",
  }),
  e("turbine|steam turbine|gas turbine|water turbine|hydro turbine|wind turbine|micro wind turbine|wind generator|jet engine|turbojet|turboprop", "8411", {
    splits: [
      to({ words: ["wind turbine", "wind generator", "micro wind"] }, "850231"),
      to({ words: ["water turbine", "hydro turbine"] }, "8410"),
      to({ words: ["steam turbine"] }, "8406"),
      to({ words: ["turbojet", "jet engine"] }, "841112"),
      to({ words: ["turboprop"] }, "841122"),
      to({}, "841182"),
    ],
    note: "turbines by type: steam 8406, hydraulic 8410, gas/jet 8411; wind turbine generating sets 850231",
  }),
  e("hydraulic cylinder|hydraulic cylinders|pneumatic cylinder|pneumatic cylinders|air cylinder|hydraulic motor|hydraulic ram|linear actuator hydraulic|gas strut|gas struts|gas spring lift|lift support strut|hood strut|tailgate strut|boot strut|air motor|pneumatic actuator", "8412", {
    splits: [
      to({ words: ["hydraulic"] }, "841221"),
      to({ words: ["pneumatic", "air cylinder", "air motor"] }, "841231"),
      to({ words: ["gas strut", "gas struts", "gas spring", "lift support", "hood strut", "tailgate strut", "boot strut"] }, "841290"),
    ],
    note: "hydraulic and pneumatic power engines and motors (linear 841221/841231); gas springs are parts 841290",
  }),
  e("pump|pumps|water pump|submersible pump|sump pump|well pump|borehole pump|centrifugal pump|booster pump|pressure pump|circulation pump|circulating pump|pool pump|pond pump|fountain pump|aquarium pump|water feature pump|solar pump|solar water pump|diaphragm pump|peristaltic pump|gear pump|hydraulic pump|fuel pump|oil pump|transfer pump|drum pump|barrel pump|hand pump water|siphon pump|fuel transfer pump|chemical pump|dosing pump|metering pump|concrete pump|sewage pump|trash pump|irrigation pump|fuel dispenser|petrol pump dispenser|bilge pump|mini water pump|12v water pump|brushless water pump|coolant pump|water pump car|vacuum pump|air pump|bike pump|bicycle pump|floor pump|hand pump|foot pump|tire inflator|tyre inflator|air inflator|electric pump inflator|balloon pump|ball pump|mattress pump|aquarium air pump|oxygen pump aquarium|air compressor|compressor|portable air compressor|tire compressor|car air compressor|oil-free compressor|refrigeration compressor|ac compressor|air conditioner compressor|fridge compressor|turbocharger|turbo charger|supercharger", "8413", {
    splits: [
      // Pumps are also a kind of shoe: pumps said to have uppers, soles or heels, or made for women, are footwear by
      // the material of the upper (ch. 64 note 4(a)).
      to({ words: PUMP_SHOE, material: ["leather"] }, "640399"),
      to({ words: PUMP_SHOE, material: ["composition_leather"] }, "640510"),
      to({ words: PUMP_SHOE, material: ["rubber", "plastic"] }, "640299"),
      to({ words: PUMP_SHOE, material: ["textile", "cotton", "synthetic", "artificial", "silk", "wool"] }, "640419"),
      to({ words: PUMP_SHOE }, "6403"),
      to({ words: ["vacuum pump"] }, "841410"),
      // A hand pump for a liquid (hydraulic oil, well water, fuel, drums) is a liquid pump (8413.20), not an air pump (8414.20).
      to({ words: ["hand pump", "hand pumps"], allOf: [["hydraulic", "water", "well", "oil", "fuel", "diesel", "transfer", "barrel", "drum", "siphon", "pitcher", "liquid", "chemical"]] }, "841320"),
      to({ words: ["bike pump", "bicycle pump", "floor pump", "hand pump", "foot pump", "balloon pump", "ball pump"], power: ["manual"] }, "841420"),
      to({ words: ["bike pump", "bicycle pump", "floor pump", "foot pump", "balloon pump", "ball pump"] }, "841420"),
      to({ words: ["refrigeration compressor", "ac compressor", "air conditioner compressor", "fridge compressor"] }, "841430"),
      // A compressor for a refrigerator, freezer or air conditioner is of a kind used in refrigerating equipment (8414.30).
      to({ allOf: [["compressor", "compressors"], REFRIGERATING] }, "841430"),
      // An air pump worked by hand or foot (bicycle pumps, foot pumps) is 8414.20, not "other" air pumps.
      to({ words: ["air pump", "tire inflator", "tyre inflator", "pump inflator", "air inflator"], allOf: [["hand operated", "hand-operated", "foot operated", "foot-operated", "manual", "manually operated"]] }, "841420"),
      to({ words: ["turbocharger", "turbo charger", "supercharger", "tire inflator", "tyre inflator", "air inflator", "pump inflator", "air compressor", "compressor", "aquarium air pump", "oxygen pump", "air pump", "mattress pump"], unless: REFRIGERATING }, "841480"),
      to({ words: ["fuel dispenser", "petrol pump dispenser"] }, "841311"),
      to({ words: ["hand pump water", "siphon", "drum pump", "barrel pump"], power: ["manual"] }, "841320"),
      to({ words: ["fuel pump", "oil pump", "coolant pump", "water pump car"] }, "841330"),
      // An engine's water pump circulates its cooling medium: pumps for internal combustion engines (8413.30).
      to({ allOf: [["water pump", "water pumps"], ["engine", "car", "automotive", "vehicle", "truck", "motorcycle"]] }, "841330"),
      to({ words: ["concrete pump"] }, "841340"),
      // A peristaltic pump squeezes a tube with a rotor's rollers: a rotary positive displacement pump (8413.60).
      to({ words: ["peristaltic"] }, "841360"),
      to({ words: ["diaphragm", "dosing", "metering"], unless: ["peristaltic"] }, "841350"),
      to({ words: ["gear pump", "hydraulic pump"] }, "841360"),
      to({ words: ["centrifugal", "submersible", "circulation", "circulating", "booster", "pool", "pond", "fountain", "aquarium", "sump", "well", "borehole", "sewage", "trash", "irrigation", "bilge"] }, "841370"),
      to({}, "841381"),
    ],
    decisive: ["use"],
    note: "liquid pumps 8413 (engine fuel/oil/coolant 841330, centrifugal 841370, other 841381); air/vacuum pumps and compressors 8414 (hand/foot 841420, other 841480)",
  }),
  e("fan|fans|electric fan|table fan|desk fan|floor fan|pedestal fan|stand fan|tower fan|wall fan|ceiling fan|box fan|window fan|usb fan|mini fan|handheld fan|portable fan|neck fan|clip fan|rechargeable fan|bladeless fan|misting fan|exhaust fan|extractor fan|ventilation fan|bathroom fan|inline fan|duct fan|blower fan|centrifugal fan|axial fan|industrial fan|cooling fan|computer fan|case fan|cpu fan|pc fan|radiator fan|fan blower|air circulator|circulator fan|range hood|cooker hood|kitchen hood|extractor hood|chimney hood|downdraft hood|fume hood", "8414", {
    splits: [
      to({ words: ["range hood", "cooker hood", "kitchen hood", "extractor hood", "chimney hood", "downdraft"] }, "841460"),
      to({ words: ["cpu fan", "pc fan", "computer fan", "case fan", "cpu cooler"] }, "841459"),
      to({ words: ["table", "desk", "floor", "pedestal", "stand", "tower", "wall", "ceiling", "box fan", "window", "usb", "mini", "handheld", "portable", "neck", "clip", "rechargeable", "bladeless", "circulator", "misting"] }, "841451"),
      to({}, "841459"),
    ],
    note: "fans: table/floor/wall/ceiling with motor ≤ 125 W 841451, other fans 841459; hoods with fan 841460",
  }),
  e("hand fan|folding fan|paper fan decorative|silk fan|bamboo fan|lace fan|spanish fan|chinese fan", "482390", {
    splits: [to({ material: ["paper"] }, "482390"), to({ material: ["textile", "silk", "synthetic", "cotton"] }, "630790"), to({ material: ["bamboo", "wood"] }, "460219"), to({ material: ["plastic"] }, "392690")],
    decisive: ["material"], note: "non-mechanical hand fans by material (paper 4823, textile 6307, plaiting 4602, plastics 3926)",
  }),
  e("air conditioner|air conditioners|aircon|air con|ac unit|split air conditioner|split ac|window air conditioner|window ac|portable air conditioner|portable ac|mini split|wall mounted air conditioner|inverter air conditioner|air conditioning unit|hvac unit|rooftop unit|car air conditioner|vehicle air conditioner|truck air conditioner|parking air conditioner", "8415", {
    splits: [
      to({ words: ["window", "wall mounted", "split", "mini split", "inverter", "portable"] }, "841510"),
      to({ words: ["car", "vehicle", "truck", "parking"] }, "841520"),
      to({}, "841582"),
    ],
    note: "air conditioning machines → 8415 (window/wall/split 841510, vehicle 841520, other with refrigerating unit 84158x)",
  }),
  e("refrigerator|refrigerators|ice maker|ice makers|ice machine|ice making machine|ice cube maker|ice cube machine|fridge|fridges|mini fridge|compact fridge|beverage fridge|wine fridge|wine cooler fridge|drinks fridge|fridge freezer|refrigerator freezer|side by side fridge|french door fridge|freezer|freezers|chest freezer|upright freezer|deep freezer|ice cream freezer|car fridge|car refrigerator|portable fridge|camping fridge|12v fridge|cosmetic fridge|skincare fridge|display fridge|display freezer|showcase fridge|bottle cooler fridge|blast freezer|cold room|walk-in cooler|ice maker|ice machine|ice maker machine|countertop ice maker|water dispenser cooling|water cooler|water cooler dispenser|heat pump|air source heat pump|heat pump water heater|dehumidifier compressor", "8418", {
    splits: [
      to({ words: ["fridge freezer", "refrigerator freezer", "side by side", "french door"] }, "841810"),
      to({ words: ["chest freezer", "deep freezer", "ice cream freezer"] }, "841830"),
      to({ words: ["upright freezer"] }, "841840"),
      to({ words: ["display", "showcase", "bottle cooler"] }, "841850"),
      to({ words: ["heat pump"] }, "841861"),
      to({ words: ["ice maker", "ice machine", "ice making machine", "ice cube machine", "water dispenser", "water cooler", "blast freezer", "cold room", "walk-in"] }, "841869"),
      to({ words: ["thermoelectric", "peltier", "car", "12v", "cosmetic", "skincare"] }, "841829"),
      // 8418.21/29 are household-type refrigerators: commercial cabinets (reach-in, under-counter, restaurant,
      // supermarket) are "other furniture … for storage and display, incorporating refrigerating equipment".
      to({ words: ["commercial", "restaurant", "catering", "supermarket", "reach-in", "undercounter", "under counter", "bar fridge commercial", "back bar"] }, "841850"),
      to({}, "841821"),
    ],
    note: "refrigerators and freezers → 8418 (combined 841810, household compression 841821, other household 841829, chest 841830, upright 841840, display 841850, ice makers/coolers 841869)",
  }),
  e("water heater|tankless water heater|instant water heater|gas water heater|solar water heater|storage water heater|boiler|gas boiler|combi boiler|central heating boiler|steam boiler|hot water boiler|wood boiler|pellet boiler|oil boiler", "8419", {
    splits: [
      to({ power: ["electric"], words: ["water heater", "instant", "tankless", "storage"] }, "851610"),
      to({ words: ["gas water heater", "tankless", "instant"] }, "841911"),
      to({ words: ["solar"] }, "841912"),
      to({ words: ["steam boiler"] }, "8402"),
      to({ words: ["central heating", "gas boiler", "combi", "oil boiler", "pellet boiler", "wood boiler", "hot water boiler"] }, "8403"),
      to({}, "841919"),
    ],
    decisive: ["power"], note: "non-electric water heaters 8419 1x; central heating boilers 8403; steam boilers 8402; electric water heaters 851610",
  }),
  e("commercial coffee machine|espresso machine commercial|commercial espresso machine|industrial oven|commercial oven|deck oven|conveyor oven|commercial fryer|deep fryer commercial|commercial griddle|food warmer|bain marie|chafing dish heated|steam table|commercial steamer|pasteurizer|sterilizer|autoclave|lab autoclave|steam sterilizer|uv sterilizer cabinet|dryer industrial|freeze dryer|home freeze dryer|spray dryer|food dehydrator industrial|grain dryer|lumber kiln|distiller|distillation apparatus|alcohol still|moonshine still|water distiller|essential oil distiller|heat exchanger|plate heat exchanger|shell and tube heat exchanger|intercooler|evaporator|condenser unit|cooling tower|lab oven|drying oven|incubator|egg incubator|laboratory incubator|hatchery incubator|chick brooder", "8419", {
    splits: [
      to({ words: ["chafing dish"], power: ["manual"] }, "7323"),
      // An electric baby-bottle steriliser is a domestic electro-thermic appliance (8516.79).
      to({ allOf: [["sterilizer", "steriliser", "sterilizers"], ["bottle", "bottles", "baby"]], unless: ["uv", "ultraviolet"] }, "851679"),
      to({ words: ["sterilizer", "autoclave", "steam sterilizer"], use: ["medical"] }, "841920"),
      to({ words: ["autoclave", "steam sterilizer", "uv sterilizer"] }, "841920"),
      to({ words: ["freeze dryer", "spray dryer"] }, "841933"),
      to({ words: ["grain dryer"] }, "841934"),
      to({ words: ["lumber kiln"] }, "841935"),
      to({ words: ["distiller", "distillation", "still", "alcohol still", "moonshine", "water distiller", "essential oil distiller"] }, "841940"),
      to({ words: ["heat exchanger", "intercooler", "evaporator", "condenser", "cooling tower"] }, "841950"),
      to({ words: ["coffee", "espresso", "oven", "fryer", "griddle", "food warmer", "bain marie", "steam table", "steamer"] }, "841981"),
      to({ words: ["egg incubator", "hatchery", "brooder"] }, "843621"),
      to({}, "841989"),
    ],
    note: "non-domestic machinery for treating materials by heat (sterilizers 841920, dryers 84193x, stills 841940, heat exchangers 841950, commercial cooking 841981); poultry incubators 8436",
  }),
  e("calender machine|laminating machine roll|rolling mill|roller press|heat press roll", "8420", { note: "calendering or other rolling machines (other than for metals or glass) → 8420" }),
  e("centrifuge|lab centrifuge|laboratory centrifuge|cream separator|milk separator|spin dryer|clothes spin dryer|salad spinner electric", "8421", {
    splits: [to({ words: ["cream", "milk separator"] }, "842111"), to({ words: ["spin dryer", "clothes"] }, "842112"), to({}, "842119")],
    note: "centrifuges → 8421 1x",
  }),
  e("air filter element|air filter elements|engine air filter element|cabin air filter element|cabin filter element|water filter|water filters|water purifier|water filtration system|reverse osmosis|ro system|ro filter|under sink filter|faucet filter|tap water filter|water filter pitcher|filter jug|shower filter|whole house filter|water softener|inline water filter|refrigerator water filter|fridge water filter|filter cartridge water|sediment filter|carbon filter water|uv water purifier|portable water filter|water filter straw|camping water filter|pool filter|sand filter|pond filter|aquarium filter|fish tank filter|canister filter|sponge filter|hang on back filter|oil filter|engine oil filter|car oil filter|spin-on oil filter|spin on oil filter|fuel filter|diesel filter|hydraulic filter|transmission filter|air filter|engine air filter|cabin air filter|cabin filter|pollen filter|intake filter|cold air intake|catalytic converter|dpf|diesel particulate filter|air purifier|air purifiers|air cleaner|hepa air purifier|hepa filter|hepa filters|replacement hepa filter|purifier filter|dust collector|fume extractor|smoke absorber|solder fume extractor|oil mist collector|air scrubber|range hood filter|grease filter|vacuum filter|vacuum cleaner filter|filter element|filter cartridge|filter housing|strainer filter|y strainer|beer filter|wine filter|juice filter|milk filter|oil filter machine|exhaust filter", "8421", {
    splits: [
      to({ words: ["water filter pitcher", "filter jug"], material: ["plastic"] }, "842121"),
      to({ words: ["oil filter", "fuel filter", "diesel filter", "hydraulic filter", "transmission filter"] }, "842123"),
      // A cabin (pollen) filter cleans the air let into the passenger compartment, not the engine's intake air: 842139.
      to({ words: ["cabin air filter", "cabin air filters", "cabin filter", "cabin filters", "pollen filter"] }, "842139"),
      to({ words: ["engine air filter", "intake filter", "cold air intake", "air filter"], use: ["vehicle"] }, "842131"),
      to({ words: ["engine air filter", "intake filter", "cold air intake"] }, "842131"),
      to({ words: ["catalytic converter", "dpf", "particulate"] }, "842132"),
      to({ words: ["beer", "wine", "juice", "milk"] }, "842122"),
      to({ words: ["water", "reverse osmosis", "ro system", "ro filter", "under sink", "faucet", "tap", "shower", "softener", "pool", "sand filter", "pond", "aquarium", "fish tank", "canister", "sponge filter", "hang on back"] }, "842121"),
      to({ words: ["filter element", "filter cartridge", "replacement", "vacuum filter", "vacuum cleaner filter", "hepa filter", "hepa filters", "purifier filter", "range hood filter", "grease filter", "filter housing"] }, "842199"),
      to({ words: ["y strainer", "strainer"] }, "842129"),
      to({}, "842139"),
    ],
    decisive: ["use"],
    note: "filtering or purifying machinery: water 842121, beverages 842122, engine oil/fuel 842123, other liquids 842129, engine air intake 842131, catalytic converters 842132, other gases (air purifiers, cabin filters) 842139, parts 842199",
  }),
  e("dishwasher|dish washer|dishwashers|dishwashing machine|dishwashing machines|dish washing machine|countertop dishwasher|portable dishwasher|built-in dishwasher|commercial dishwasher|glass washer|bottle washer machine|bottle washing machine|filling machine|bottle filling machine|liquid filling machine|capping machine|bottle capper|sealing machine|heat sealer|impulse sealer|bag sealer|vacuum sealer|vacuum sealing machine|food vacuum sealer|cup sealer|can sealer|can seamer|labeling machine|labelling machine|label applicator|packing machine|packaging machine|wrapping machine|shrink wrap machine|stretch wrap machine|pallet wrapper|strapping machine|carton sealer|box sealer|tape dispenser machine|blister packing machine|flow wrapper|bagging machine", "8422", {
    splits: [
      to({ words: ["commercial dishwasher", "glass washer"] }, "842219"),
      to({ words: ["dishwasher", "dish washer", "dishwashers", "dishwashing machine", "dishwashing machines", "dish washing machine"], unless: ["commercial", "industrial", "restaurant", "catering"] }, "842211"),
      to({ words: ["bottle washer", "bottle washing"] }, "842220"),
      to({ words: ["filling", "capping", "capper", "sealing", "sealer", "seamer", "labeling", "labelling", "label applicator", "vacuum sealer", "vacuum sealing", "heat sealer", "impulse sealer", "bag sealer", "carton sealer", "box sealer"] }, "842230"),
      to({}, "842240"),
    ],
    note: "dishwashers (household 842211), machinery for filling, sealing, capping, labelling (842230), packing and wrapping (842240)",
  }),
  e("scale|scales|weighing scale|weighing scales|bathroom scale|body scale|body weight scale|scale body weight|weight scale|digital weight scale|smart scale|body fat scale|personal scale|baby scale|kitchen scale|kitchen scales|food scale|digital kitchen scale|coffee scale|luggage scale|hanging scale|fishing scale|crane scale|postal scale|shipping scale|platform scale|bench scale|floor scale|truck scale|weighbridge|counting scale|price computing scale|retail scale|pocket scale|jewelry scale|gram scale|mini digital scale|weighing machine|load cell|weights calibration|calibration weight|test weights|weight set calibration", "8423", {
    splits: [
      to({ words: ["jewelry scale", "gram scale", "pocket scale", "mini digital scale", "analytical balance", "precision balance"] }, "842381"),
      to({ words: ["bathroom", "body", "smart scale", "body fat", "personal", "baby", "kitchen", "food scale", "coffee scale"] }, "842310"),
      to({ words: ["load cell"] }, "903180"),
      to({ words: ["calibration weight", "weights calibration", "test weights", "weight set calibration"] }, "842390"),
      to({ words: ["truck scale", "weighbridge", "crane scale", "floor scale", "platform scale"] }, "842382"),
      to({}, "842381"),
    ],
    note: "weighing machines: personal and household 842310, other ≤ 30 kg 842381, 30–5,000 kg 842382; balances of 5 cg sensitivity 9016",
  }),
  e("fire extinguisher|fire extinguishers|extinguisher|fire extinguishing ball|fire blanket extinguisher|spray gun|paint spray gun|paint sprayer|airless sprayer|hvlp spray gun|air spray gun|airbrush|airbrush kit|foam cannon|foam lance|snow foam lance|spray nozzle|spray nozzles|spray tip|pressure washer|power washer|jet washer|high pressure washer|car washer high pressure|pressure washer gun|sandblaster|sand blaster|sandblasting gun|soda blaster|steam cleaner|steam mop|garden sprayer|pump sprayer|pressure sprayer|backpack sprayer|knapsack sprayer|hand sprayer|electric sprayer|sprayer|sprayers|fogger|mist sprayer|sprinkler|sprinklers|lawn sprinkler|garden sprinkler|oscillating sprinkler|impact sprinkler|sprinkler head|drip irrigation kit|drip irrigation|irrigation system|micro irrigation|drip emitter|irrigation sprinkler|pivot irrigation|hose nozzle|garden hose nozzle|spray nozzle hose|hose sprayer|watering wand|water gun garden|misting system|mist cooling system|agricultural drone sprayer|seed spreader|fertilizer spreader|dust gun|air blow gun|blow gun|grease gun", "8424", {
    splits: [
      to({ words: ["fire extinguisher", "extinguisher", "extinguishing"] }, "842410"),
      to({ words: ["spray gun", "paint sprayer", "airless", "hvlp", "airbrush", "foam cannon", "foam lance", "grease gun", "dust gun", "blow gun"] }, "842420"),
      to({ words: ["pressure washer", "power washer", "jet washer", "high pressure", "sandblaster", "sand blaster", "sandblasting", "soda blaster", "steam cleaner", "steam mop"] }, "842430"),
      to({ words: ["garden sprayer", "pump sprayer", "pressure sprayer", "backpack sprayer", "knapsack sprayer", "hand sprayer", "electric sprayer"] }, "842441"),
      to({ words: ["agricultural drone", "boom sprayer"] }, "842449"),
      to({ words: ["sprinkler", "sprinklers", "drip", "irrigation", "emitter", "pivot", "seed spreader", "fertilizer spreader"] }, "842482"),
      to({ words: ["hose nozzle", "garden hose nozzle", "pistol grip nozzle", "spray nozzle hose"] }, "848180"),
      to({ words: ["hose sprayer", "watering wand", "water gun garden"] }, "842489"),
      to({ words: ["spray nozzle", "spray nozzles", "spray tip", "sprinkler head"] }, "842490"),
      to({}, "842489"),
    ],
    note: "appliances for spraying liquids/powders → 8424 (extinguishers 842410, spray guns 842420, pressure washers/steam/sand blasting 842430, portable agricultural sprayers 842441, irrigation 842482, other 842489); hose nozzles with a shut-off valve are taps/valves 848180",
  }),
  e("pulley block|chain block|chain hoist|hoist|electric hoist|winch|winches|electric winch|hand winch|boat winch|atv winch|capstan|car jack|floor jack|trolley jack|bottle jack|scissor jack|hydraulic jack|jack stand|jack stands|axle stands|transmission jack|motorcycle lift|car lift|vehicle lift|car ramp|engine hoist|engine crane|shop crane|forklift|fork lift|forklift truck|pallet jack|pallet truck|hand pallet truck|stacker|pallet stacker|reach truck|crane|tower crane|mobile crane|overhead crane|gantry crane|jib crane|truck crane|lifting equipment|elevator|lift passenger|passenger elevator|home elevator|dumbwaiter|escalator|moving walkway|conveyor|conveyor belt system|belt conveyor|roller conveyor|screw conveyor|bucket elevator|stair lift|stairlift|wheelchair lift|platform lift|scissor lift|aerial work platform|boom lift|cherry picker|dock leveler|tail lift|hand truck|sack truck|dolly cart", "8425", {
    splits: [
      // Hand trucks and sack trucks are vehicles not mechanically propelled, "other" than trailers and carts of 8716.10-.40.
      to({ words: ["hand truck", "sack truck", "dolly cart"] }, "871680"),
      to({ words: ["pulley block", "chain block", "chain hoist", "hoist", "electric hoist", "engine hoist"] }, "842519"),
      // Winches and capstans powered by an electric motor 8425.31; other (hand, hydraulic) 8425.39.
      to({ words: ["winch", "winches", "capstan"], power: ["electric", "battery"] }, "842531"),
      to({ words: ["electric winch", "electric capstan"] }, "842531"),
      to({ words: ["winch", "winches", "capstan"] }, "842539"),
      to({ words: ["car lift", "vehicle lift", "motorcycle lift", "two post lift", "four post lift"] }, "842541"),
      to({ words: ["jack", "floor jack", "trolley jack", "bottle jack", "scissor jack", "hydraulic jack", "transmission jack"] }, "842542"),
      to({ words: ["jack stand", "jack stands", "axle stands", "car ramp"] }, "842549"),
      to({ words: ["crane", "tower crane", "mobile crane", "overhead crane", "gantry", "jib crane", "truck crane", "engine crane", "shop crane"] }, "8426"),
      // Self-propelled fork-lift trucks split by the motor: powered by an electric motor 842710, other 842720.
      to({ words: ["forklift", "fork lift", "stacker", "reach truck"], power: ["electric", "battery"] }, "842710"),
      to({ words: ["forklift", "fork lift", "stacker", "reach truck"] }, "8427"),
      to({ words: ["pallet jack", "pallet truck", "hand pallet"] }, "842790"),
      to({ words: ["elevator", "lift passenger", "dumbwaiter", "home elevator"] }, "842810"),
      to({ words: ["escalator", "moving walkway"] }, "842840"),
      // Continuous-action conveyors by kind: bucket 8428.32, belt 8428.33 ("belt conveyor", "conveyor belt system",
      // "belt type"), other 8428.39.
      to({ words: ["bucket elevator", "bucket conveyor"] }, "842832"),
      to({ words: ["conveyor"], allOf: [["belt", "belts", "belt type", "belt conveyor"]] }, "842833"),
      to({ words: ["conveyor", "bucket elevator"] }, "842839"),
      to({ words: ["stair lift", "stairlift", "wheelchair lift", "platform lift", "scissor lift", "aerial work platform", "boom lift", "cherry picker", "dock leveler", "tail lift"] }, "842890"),
    ],
    note: "lifting and handling: hoists/winches/jacks 8425, cranes 8426, forklifts 8427, lifts, conveyors, other handling 8428; hand trucks 8716",
  }),
  e("excavator|mini excavator|digger|backhoe|backhoe loader|bulldozer|dozer|wheel loader|front loader|skid steer|skid steer loader|compact loader|motor grader|grader|road roller|compactor|plate compactor|tamping rammer|trencher|pile driver|drilling rig|rock drill|snow plough|snow plow|snowblower|snow blower|snow thrower|excavator bucket|loader bucket|excavator attachment|hydraulic breaker|hydraulic hammer|ripper attachment|bucket teeth|excavator teeth", "8429", {
    splits: [
      to({ words: ["bulldozer", "dozer"] }, "842911"),
      to({ words: ["grader"] }, "842920"),
      to({ words: ["road roller"] }, "842940"),
      to({ words: ["plate compactor", "tamping rammer", "compactor"] }, "843061"),
      to({ words: ["wheel loader", "front loader", "skid steer", "compact loader"] }, "842951"),
      to({ words: ["excavator", "mini excavator", "digger"] }, "842952"),
      to({ words: ["backhoe"] }, "842959"),
      to({ words: ["pile driver"] }, "843010"),
      to({ words: ["snow plough", "snow plow", "snowblower", "snow blower", "snow thrower"] }, "843020"),
      to({ words: ["drilling rig", "rock drill"] }, "843041"),
      to({ words: ["trencher"] }, "843069"),
      to({ words: ["bucket", "attachment", "breaker", "hydraulic hammer", "ripper", "teeth"] }, "843141"),
    ],
    note: "earth-moving machinery (bulldozers, graders, rollers, loaders, excavators) 8429; other excavating/boring 8430; buckets and parts 8431",
  }),
  e("tractor|tractors|farm tractor|compact tractor|walking tractor|two wheel tractor|lawn tractor|garden tractor|ride on mower|riding mower|ride-on mower|zero turn mower", "8701", {
    splits: [to({ words: ["lawn tractor", "garden tractor", "ride on mower", "riding mower", "ride-on mower", "riding", "zero turn"] }, "843311"), to({ words: ["walking", "two wheel", "pedestrian"] }, "870110")],
    note: "tractors 8701; ride-on mowers with cutting device 843311",
  }),
  e("plough|plow|disc plough|harrow|disc harrow|cultivator|rotary tiller|tiller|rototiller|garden tiller|power tiller|seeder|seed drill|planter machine|transplanter machine|fertilizer distributor|manure spreader|lawn mower|lawnmower|push mower|cordless lawn mower|electric lawn mower|robot lawn mower|robotic mower|reel mower|cylinder mower|brush cutter|string trimmer|grass trimmer|strimmer|weed eater|weed wacker|edge trimmer|lawn edger|scarifier|lawn scarifier|dethatcher|aerator|lawn aerator|hay baler|baler|combine harvester|harvester|forage harvester|mower conditioner|rake tedder|hay rake|potato harvester|threshing machine|thresher|rice harvester|grain cleaner|seed cleaner|egg grader|fruit grader|milking machine|milking equipment|dairy machine|feed mixer|feed grinder|hammer mill feed|animal feed machine|poultry equipment|chicken feeder automatic|automatic waterer|poultry drinker|beekeeping equipment|honey extractor|chaff cutter|wood chipper|garden shredder|leaf shredder|leaf blower|leaf vacuum|garden vacuum", "8432", {
    splits: [
      to({ words: ["lawn mower", "lawnmower", "push mower", "cordless lawn mower", "electric lawn mower", "robot lawn mower", "robotic mower"] }, "843311"),
      to({ words: ["reel mower", "cylinder mower"] }, "843319"),
      to({ words: ["brush cutter", "string trimmer", "grass trimmer", "strimmer", "weed eater", "weed wacker", "edge trimmer", "lawn edger"] }, "8467"),
      // Hand-held blowers and trimmers with a self-contained petrol engine are tools of 8467.89, electric ones 8467.29.
      to({ words: ["leaf blower", "leaf vacuum", "garden vacuum"], allOf: [["gasoline", "petrol", "gas powered", "gas-powered", "two-stroke", "2-stroke", "four-stroke", "4-stroke", "engine"]] }, "846789"),
      to({ words: ["leaf blower", "leaf vacuum", "garden vacuum"] }, "846729"),
      to({ words: ["hay baler", "baler"] }, "843340"),
      to({ words: ["combine harvester"] }, "843351"),
      to({ words: ["harvester", "potato harvester", "rice harvester", "forage", "threshing", "thresher"] }, "843359"),
      to({ words: ["mower conditioner"] }, "843320"),
      to({ words: ["rake tedder", "hay rake"] }, "843330"),
      to({ words: ["grain cleaner", "seed cleaner", "egg grader", "fruit grader"] }, "843360"),
      to({ words: ["milking", "dairy"] }, "843410"),
      to({ words: ["feed mixer", "feed grinder", "hammer mill", "animal feed"] }, "843610"),
      to({ words: ["poultry", "chicken feeder", "waterer", "drinker"] }, "843629"),
      to({ words: ["beekeeping", "honey extractor", "chaff cutter", "wood chipper", "garden shredder", "leaf shredder"] }, "843680"),
      to({ words: ["plough", "plow"] }, "843210"),
      // An aquarium or pond "aerator" is an air pump (8414.80), not a soil aerator.
      to({ words: ["aerator"], allOf: [["aquarium", "fish tank", "fish", "pond", "oxygen", "air pump"]] }, "841480"),
      to({ words: ["harrow", "cultivator", "tiller", "rototiller", "power tiller", "scarifier", "dethatcher", "aerator"] }, "843229"),
      to({ words: ["seeder", "seed drill", "planter", "transplanter"] }, "843239"),
      to({ words: ["fertilizer", "manure"] }, "843242"),
    ],
    note: "agricultural, horticultural and lawn machinery: soil preparation 8432, harvesting and mowing 8433, dairy 8434, other (poultry, feed, beekeeping) 8436; hand-held trimmers and blowers 8467",
  }),
  e("wine press|fruit press|cider press|juice press commercial|oil press|oil expeller|olive oil press", "8435", {
    splits: [to({ words: ["oil press", "oil expeller", "olive oil"] }, "847920")], note: "presses for wine, cider, fruit juice → 8435; oil expellers 847920",
  }),
  e("grain mill|flour mill machine|rice mill|rice huller|rice polisher|corn mill|maize mill|grain grinder|hammer mill|grinding mill", "8437", {
    splits: [to({ words: ["hammer mill"], use: ["agriculture"] }, "843610")], note: "machinery for milling cereals or dried leguminous vegetables → 8437",
  }),
  e("bakery machine|dough mixer commercial|dough sheeter|bread making machine industrial|confectionery machine|chocolate machine|chocolate tempering machine|candy machine|pasta extruder|noodle machine|meat processing machine|meat grinder commercial|bone saw machine|sausage filler|sausage stuffer|meat slicer commercial|food processing machine|vegetable cutting machine|fruit processing machine|juice extractor industrial|sugar mill|brewing equipment|brewery equipment|beer brewing system|commercial meat mincer|bread slicer machine|dough divider|cotton candy machine|popcorn machine|ice cream machine commercial|soft serve machine|slush machine|frozen yogurt machine|commercial blender", "8438", {
    splits: [
      to({ words: ["cotton candy", "popcorn"] }, "8438"),
      to({ words: ["ice cream", "soft serve", "slush", "frozen yogurt"] }, "841869"),
      to({ words: ["bakery", "dough", "bread"] }, "843810"),
      to({ words: ["confectionery", "chocolate", "candy"] }, "843820"),
      to({ words: ["sugar"] }, "843830"),
      to({ words: ["brewing", "brewery", "beer"] }, "843840"),
      to({ words: ["meat", "bone saw", "sausage", "mincer"] }, "843850"),
      to({ words: ["vegetable", "fruit", "juice"] }, "843860"),
      to({}, "843880"),
    ],
    note: "industrial food and drink machinery → 8438 (bakery 843810, confectionery 843820, brewery 843840, meat 843850, fruit/vegetable 843860, other 843880)",
  }),
  e("paper making machine|pulp machine|paper cutter|paper cutting machine|guillotine paper cutter|paper trimmer|rotary paper trimmer|book binding machine|binding machine|comb binding machine|coil binding machine|thermal binding machine|hole punch machine|paper creaser|envelope making machine|box making machine|carton making machine|paper bag machine|die cutting machine|die cut machine|cutting machine craft|vinyl cutter|cutting plotter|cricut|craft cutting machine|embossing machine", "8441", {
    splits: [
      to({ words: ["book binding", "binding machine", "comb binding", "coil binding", "thermal binding"] }, "8440"),
      to({ words: ["pulp", "paper making"] }, "8439"),
      to({ words: ["vinyl cutter", "cutting plotter", "cricut", "craft cutting", "die cut machine", "die cutting machine", "embossing machine"] }, "847290"),
      to({ words: ["paper cutter", "paper cutting", "guillotine", "paper trimmer", "rotary paper trimmer"] }, "844110"),
      to({ words: ["paper bag", "envelope", "box making", "carton making"] }, "844130"),
      to({}, "844180"),
    ],
    note: "machinery for making up paper pulp, paper or paperboard 8441 (cutting 844110); bookbinding 8440; office paper cutters 8441/8472",
  }),
  e("printer|printers|inkjet printer|laser printer|photo printer|label printer|thermal printer|receipt printer|barcode printer|mini printer|portable printer|pocket printer|sticker printer|sublimation printer|dtf printer|uv printer|large format printer|wide format printer|plotter|dot matrix printer|3d pen|all-in-one printer|multifunction printer|mfp|copier|photocopier|copy machine|fax machine|fax|scanner printer combo|printing press|offset press|screen printing machine|pad printing machine|digital printing machine|t-shirt printing machine|heat press|heat press machine|mug press|hat press|printhead|print head|printer head|ink cartridge|ink cartridges|printer cartridge|printer ink|toner cartridge|toner cartridges|drum unit|imaging drum|fuser|fuser unit|printer roller|pickup roller|ink tank|refill ink|ciss system|ribbon cartridge|thermal transfer ribbon|printer ribbon|typewriter ribbon", "8443", {
    splits: [
      to({ words: ["all in one printer", "all-in-one printer", "multifunction", "mfp", "scanner printer"] }, "844331"),
      to({ words: ["printing press", "offset", "screen printing", "pad printing", "digital printing machine", "t-shirt printing"] }, "8443"),
      to({ words: ["heat press", "mug press", "hat press"] }, "845130"),
      to({ words: ["printer ink", "refill ink", "ink bottle"] }, "3215"),
      // An ink cartridge that is only a reservoir filled with ink, said to have no print head, chip or electrical part, is
      // ink in a container (3215); with them it is a part of the printer (8443.99, HS EN to 84.43).
      // Printer ink is printing ink of 3215.1x (black 3215.11, other colours 3215.19), not the writing inks of 3215.90.
      to({ words: ["ink cartridge", "ink cartridges"], allOf: [["filled with", "ink filled", "ink-filled", "reservoir"], ["black"]], unless: ["print head", "printhead", "chip", "chips", "electrical", "electronic", "circuit", "nozzle plate", "colour", "color", "cyan", "magenta", "yellow", "tri-colour", "tri-color"] }, "321511"),
      to({ words: ["ink cartridge", "ink cartridges"], allOf: [["filled with", "ink filled", "ink-filled", "reservoir"]], unless: ["print head", "printhead", "chip", "chips", "electrical", "electronic", "circuit", "nozzle plate"] }, "321519"),
      to({ words: ["printer ribbon", "typewriter ribbon", "ribbon cartridge", "thermal transfer ribbon"] }, "961210"),
      to({ words: ["printhead", "print head", "printer head", "ink cartridge", "ink cartridges", "printer cartridge", "toner cartridge", "toner cartridges", "drum unit", "imaging drum", "fuser", "printer roller", "pickup roller", "ink tank", "ciss", "roller", "rollers", "toner", "drum", "fuser", "cleaning blade", "developer unit", "transfer belt", "separation pad", "paper tray", "toner chip", "cartridge chip"] }, "844399"),
      to({ isPart: true }, "844399"),
      to({ words: ["3d pen"] }, "847780"),
      // A printer that also copies, scans or faxes performs two or more of the functions of 8443.31.
      to({ allOf: [["printer"], ["copier", "copy", "scanner", "scan", "fax"]] }, "844331"),
      to({}, "844332"),
    ],
    note: "printers, copiers and fax machines: multifunction 844331, single-function 844332; printing machinery 84431x; printer parts and accessories (cartridges, heads) 844399",
  }),
  e("textile machinery|spinning machine|spinning wheel|yarn winder|knitting machine|circular knitting machine|flat knitting machine|sock knitting machine|loom|weaving loom|table loom|tapestry loom|embroidery machine|computerized embroidery machine|quilting machine|tufting machine|tufting gun|carding machine|fabric cutting machine|fabric cutter|cloth cutting machine|textile printing machine|dyeing machine|fabric inspection machine|lace machine|braiding machine|rope making machine|yarn spinning machine|drum carder|hand carder", "8445", {
    splits: [
      to({ words: ["knitting machine", "circular knitting", "flat knitting", "sock knitting", "embroidery machine", "quilting machine", "tufting", "lace machine", "braiding machine"] }, "8447"),
      to({ words: ["loom", "weaving"] }, "8446"),
      to({ words: ["fabric cutting", "fabric cutter", "cloth cutting"] }, "845150"),
      to({ words: ["dyeing", "textile printing"] }, "845140"),
      to({ words: ["rope making"] }, "847940"),
      to({ words: ["drum carder", "hand carder"], power: ["manual"] }, "8445"),
    ],
    note: "textile machinery: preparing and spinning 8445, weaving 8446, knitting/embroidery/tufting 8447, finishing 8451",
  }),
  e("washing machine|washing machines|washer machine|clothes washer|front loader washer|top load washer|twin tub washing machine|mini washing machine|portable washing machine|washer dryer|washer-dryer|laundry machine|commercial washer|tumble dryer|clothes dryer|dryer machine|laundry dryer|heat pump dryer|condenser dryer|vented dryer|dry cleaning machine|ironing press|steam press|commercial ironer|garment steamer industrial|fabric folding machine|clothes folding machine", "8450", {
    splits: [
      to({ words: ["dry cleaning"] }, "845110"),
      to({ words: ["tumble dryer", "clothes dryer", "dryer machine", "laundry dryer", "heat pump dryer", "condenser dryer", "vented dryer"] }, "845121"),
      to({ words: ["ironing press", "steam press", "commercial ironer"] }, "845130"),
      to({ words: ["folding machine"] }, "845150"),
      to({ words: ["commercial washer"] }, "845020"),
      to({ words: ["twin tub", "semi-automatic", "semi automatic"] }, "845012"),
      // A mini or portable washer is "other" (8450.19) unless it says it is fully automatic (8450.11) or a twin tub (8450.12).
      to({ words: ["mini", "portable", "bucket"], unless: ["fully automatic", "full automatic", "fully-automatic", "full-automatic", "twin tub", "semi-automatic", "semi automatic"] }, "845019"),
      to({}, "845011"),
    ],
    note: "household washing machines 8450 (fully automatic ≤ 10 kg 845011); dryers 845121; ironing presses 845130",
  }),
  e("sewing machine|sewing machines|portable sewing machine|mini sewing machine|household sewing machine|industrial sewing machine|overlock machine|overlocker|serger|coverstitch machine|blind stitch machine|bag closer|bag closing machine|handheld sewing machine|sewing machine needles|sewing machine needle|presser foot|presser feet|bobbin case|sewing machine bobbins|bobbins sewing|sewing machine table|sewing machine cover", "8452", {
    splits: [
      to({ words: ["needle", "needles"] }, "845230"),
      to({ words: ["presser", "bobbin", "bobbins", "table", "cover"] }, "845290"),
      to({ isPart: true }, "845290"),
      to({ words: ["industrial", "overlock", "overlocker", "serger", "coverstitch", "blind stitch", "bag closer", "bag closing"] }, "845229"),
      to({}, "845210"),
    ],
    note: "sewing machines: household 845210, other 84522x; needles 845230; furniture and parts 845290",
  }),
  e("leather working machine|shoe making machine|shoe repair machine|leather splitting machine|skiving machine", "8453", { note: "machinery for preparing/working hides, skins, leather or for making footwear → 8453" }),
  e("metal lathe|lathe|mini lathe|wood lathe|cnc lathe|milling machine|cnc milling machine|mill drill|cnc machine|cnc router|cnc router machine|desktop cnc|cnc engraving machine|engraving machine|laser engraver|laser engraving machine|laser cutter|laser cutting machine|co2 laser|fiber laser|fiber laser marking machine|laser marking machine|laser welder|laser welding machine|plasma cutter|plasma cutting machine|cnc plasma|waterjet cutter|edm machine|wire edm|drill press|bench drill|pillar drill|radial drill|tapping machine|grinding machine|surface grinder|bench grinder|belt grinder|belt sander stationary|polishing machine|buffing machine|honing machine|sharpening machine|knife sharpening machine|band saw|bandsaw|band saw machine|table saw|miter saw|mitre saw|chop saw|cut off saw|sliding miter saw|panel saw|scroll saw|metal cutting band saw|cold saw|press brake|bending machine|pipe bending machine|shearing machine|punch press|hydraulic press|shop press|arbor press|stamping press|forging press|rolling machine|plate rolling machine|roll forming machine|spring making machine|wire bending machine|thread rolling machine|jointer|planer thicknesser|thickness planer|wood planer machine|spindle moulder|router table|mortiser|dovetail jig|woodworking machine|stone cutting machine|tile cutting machine|glass cutting machine|wire cutting machine|cable stripping machine|wire stripping machine|crimping machine|terminal crimping machine", "8458", {
    splits: [
      to({ words: ["laser", "plasma", "waterjet", "edm", "wire edm", "fiber laser", "co2"] }, "8456"),
      to({ words: ["laser welder", "laser welding"] }, "851580"),
      to({ words: ["milling", "mill drill", "cnc machine", "cnc engraving", "engraving machine"] }, "8459"),
      to({ words: ["cnc router", "desktop cnc", "router table", "wood lathe", "jointer", "planer", "thicknesser", "spindle moulder", "mortiser", "woodworking", "scroll saw", "panel saw", "table saw", "miter saw", "mitre saw", "chop saw", "sliding miter", "band saw", "bandsaw"], material: ["wood"] }, "8465"),
      to({ words: ["cnc router", "desktop cnc", "router table", "wood lathe", "jointer", "planer", "thicknesser", "spindle moulder", "mortiser", "woodworking", "scroll saw", "panel saw", "table saw", "miter saw", "mitre saw", "chop saw", "sliding miter"] }, "8465"),
      to({ words: ["metal cutting band saw", "cold saw", "cut off saw"] }, "8461"),
      to({ words: ["band saw", "bandsaw"] }, "8465"),
      to({ words: ["drill press", "bench drill", "pillar drill", "radial drill", "tapping machine"] }, "8459"),
      to({ words: ["grinding", "surface grinder", "bench grinder", "belt grinder", "belt sander", "polishing", "buffing", "honing", "sharpening"] }, "8460"),
      to({ words: ["press brake", "bending", "pipe bending", "shearing", "shear", "punch press", "hydraulic press", "shop press", "arbor press", "stamping", "forging", "rolling machine", "plate rolling", "roll forming", "spring making", "wire bending", "thread rolling"] }, "8462"),
      to({ words: ["stone cutting", "tile cutting", "glass cutting"] }, "8464"),
      to({ words: ["wire cutting", "cable stripping", "wire stripping", "crimping machine", "terminal crimping"] }, "846390"),
    ],
    note: "machine tools: lathes 8458, laser/plasma/EDM 8456, drilling/milling 8459, grinding/polishing 8460, sawing metal 8461, forging/bending/pressing 8462, stone/glass 8464, wood 8465",
  }),
  e("drill|drills|electric drill|cordless drill|power drill|drill driver|hammer drill|rotary hammer|sds drill|impact driver|impact drill|impact wrench|cordless impact wrench|electric screwdriver|cordless screwdriver|power screwdriver|magnetic drill|core drill machine|drywall screw gun|circular saw|cordless circular saw|jigsaw|jig saw|reciprocating saw|sabre saw|saber saw|oscillating tool|oscillating multi tool|multi-tool oscillating|chainsaw|chain saw|electric chainsaw|cordless chainsaw|mini chainsaw|pole saw|angle grinder|grinder|die grinder|straight grinder|rotary tool|dremel|mini grinder|sander|orbital sander|random orbital sander|palm sander|belt sander|detail sander|drywall sander|polisher|buffer polisher|dual action polisher|planer electric|power planer|wood router|trim router|plunge router|biscuit joiner|nail gun|nailer|brad nailer|framing nailer|finish nailer|staple gun electric|electric stapler tool|heat gun|hot air gun|glue gun electric|glue gun|hot glue gun|hot melt glue gun|cordless glue gun|hedge trimmer|hedge cutter|cordless hedge trimmer|electric shears|metal shears electric|nibbler|tile cutter electric|wall chaser|concrete vibrator|demolition hammer|jackhammer|jack hammer|breaker hammer|air hammer|pneumatic hammer|air ratchet|pneumatic wrench|air impact wrench|air drill|air grinder|air sander|air nailer|pneumatic nailer|pneumatic stapler|needle scaler|power tool|power tools|cordless tool kit|power tool combo kit|power tool battery|tool battery|battery pack tool|power tool charger", "8467", {
    splits: [
      to({ words: ["power tool battery", "tool battery", "battery pack tool"] }, "850760"),
      to({ words: ["power tool charger"] }, "850440"),
      to({ words: ["glue gun"] }, "851580"),
      // Hot-air guns are electro-thermic appliances (8516.79), not smoothing irons (8516.40).
      to({ words: ["heat gun", "hot air gun"] }, "851679"),
      to({ words: ["air ratchet", "pneumatic wrench", "air impact", "air drill", "air grinder", "air sander", "air hammer", "pneumatic hammer", "needle scaler", "jackhammer", "jack hammer", "breaker hammer"], power: ["combustion", "manual"] }, "846711"),
      to({ words: ["air ratchet", "pneumatic wrench", "air impact", "air drill", "air grinder", "air sander"] }, "846711"),
      to({ words: ["air nailer", "pneumatic nailer", "pneumatic stapler", "air hammer", "pneumatic hammer", "needle scaler"] }, "846719"),
      // Any other tool said to be pneumatic (air-powered) and rotary — wrenches, drills, grinders, screwdrivers — is 8467.11.
      to({ words: ["pneumatic", "air powered", "air-powered", "compressed air"], unless: ["nailer", "stapler", "hammer", "chisel", "scaler", "riveter"] }, "846711"),
      to({ words: ["chainsaw", "chain saw", "pole saw"], power: ["combustion"] }, "846781"),
      to({ power: ["combustion"] }, "846789"),
      to({ words: ["drill", "drills", "drill driver", "hammer drill", "rotary hammer", "sds", "impact drill", "magnetic drill", "core drill"] }, "846721"),
      to({ words: ["saw", "circular saw", "jigsaw", "jig saw", "reciprocating", "sabre", "saber", "chainsaw", "chain saw", "pole saw"] }, "846722"),
      to({}, "846729"),
    ],
    decisive: ["power"],
    note: "tools for working in the hand, power-operated → 8467 (pneumatic 84671x, electric drills 846721, saws 846722, other electric incl. grinders, sanders, impact wrenches 846729; petrol chain saws 846781)",
  }),
  e("soldering iron|soldering station|soldering gun|solder iron|desoldering station|desoldering pump|hot air rework station|rework station|welding machine|welder|arc welder|mig welder|tig welder|stick welder|spot welder|spot welding machine|inverter welder|plasma welder|ultrasonic welder|plastic welder|hot air welder|welding torch|mig torch|tig torch|welding gun|gas welding kit|oxy acetylene torch|cutting torch|brazing kit|battery spot welder", "8515", {
    splits: [
      to({ words: ["desoldering pump"], power: ["manual"] }, "8205"),
      to({ words: ["oxy acetylene", "cutting torch", "gas welding", "brazing kit"] }, "8468"),
      to({ words: ["soldering", "solder iron", "desoldering", "rework"] }, "851511"),
      to({ words: ["spot welder", "spot welding", "battery spot welder"] }, "851521"),
      to({ words: ["mig", "tig", "arc", "stick", "inverter welder", "plasma welder", "welding machine", "welder"] }, "851531"),
      to({ words: ["welding torch", "mig torch", "tig torch", "welding gun"] }, "851590"),
      to({}, "851580"),
    ],
    note: "electric soldering, brazing and welding machines → 8515 (soldering 851511, resistance 85152x, arc 85153x, other incl. ultrasonic/plastic 851580, parts 851590); gas-operated torches 8468",
  }),
  e("calculator|calculators|scientific calculator|graphing calculator|financial calculator|desk calculator|printing calculator|pocket calculator|cash register|cash registers|pos terminal|pos system|point of sale terminal|electronic cash register|ticket machine|ticket vending machine|postage meter|franking machine", "8470", {
    splits: [
      to({ words: ["pos terminal", "pos system", "point of sale"] }, "8470"),
      to({ words: ["cash register", "cash registers", "electronic cash register"] }, "847050"),
      to({ words: ["printing calculator"] }, "847021"),
      to({ words: ["ticket machine", "ticket vending", "postage meter", "franking"] }, "847090"),
      to({}, "847010"),
    ],
    note: "calculators (electronic, without external power 847010), cash registers 847050, other machines with calculating device 847090",
  }),
  e("laptop|laptops|automatic data processing machine|automatic data processing machines|portable automatic data processing machine|adp machine|notebook computer|notebook pc|notebook laptop|laptop computer|ultrabook|chromebook|macbook|gaming laptop|2 in 1 laptop|convertible laptop|netbook|tablet pc|android tablet|ipad|drawing tablet screen|kids tablet|e-reader|ereader|ebook reader|e-book reader|electronic book reader|electronic reader|kindle|handheld computer|rugged tablet|pda|desktop computer|desktop pc|computer|computers|gaming pc|all-in-one pc|all-in-one computer|mini pc|mini computer|nuc|barebone pc|thin client|workstation|server|rack server|tower server|computer server|blade server|single board computer|raspberry pi|industrial computer|industrial pc|panel pc|embedded computer|computer tower|cpu tower|desktop tower|system unit", "8471", {
    splits: [
      to({ words: ["e-reader", "ereader", "ebook reader", "e-book reader", "electronic book reader", "electronic reader", "kindle"] }, "847130"),
      to({ words: ["laptop", "laptops", "notebook", "ultrabook", "chromebook", "macbook", "netbook", "tablet", "tablets", "ipad", "handheld", "pda", "2 in 1", "convertible"] }, "847130"),
      to({ words: ["all in one pc", "all-in-one pc", "all in one computer", "all-in-one computer", "aio pc", "panel pc"] }, "847141"),
      to({ words: ["server", "rack server", "tower server", "blade server"] }, "847150"),
      to({ words: ["single board", "raspberry pi"] }, "847150"),
      to({ words: ["desktop", "gaming pc", "mini pc", "mini computer", "nuc", "barebone", "thin client", "workstation", "computer tower", "cpu tower", "desktop tower", "system unit", "industrial"] }, "847150"),
    ],
    note: "automatic data processing machines: portable ≤ 10 kg (laptops, tablets) 847130; CPU + I/O in one housing 847141; processing units (desktops, servers, SBCs) 847150",
  }),
  e("keyboard|keyboards|computer keyboard|mechanical keyboard|gaming keyboard|wireless keyboard|bluetooth keyboard|usb keyboard|keyboard and mouse|keyboard mouse combo|mouse|computer mouse|wireless mouse|gaming mouse|bluetooth mouse|optical mouse|trackball|trackpad|touchpad|graphics tablet|drawing tablet|pen tablet|stylus pen tablet|joystick|game controller pc|scanner|document scanner|flatbed scanner|photo scanner|film scanner|barcode scanner|barcode reader|qr code scanner|handheld scanner|card reader|smart card reader|rfid reader|nfc reader|magnetic card reader|fingerprint reader|fingerprint scanner|biometric reader|pos scanner|keypad numeric|numeric keypad|macro keypad|stream deck|presenter remote|presentation clicker", "8471", {
    splits: [
      to({ words: ["game controller", "joystick"], use: ["game", "toy"] }, "950450"),
      to({ words: ["presenter remote", "presentation clicker"] }, "852692"),
      to({ words: ["barcode", "qr code", "rfid", "nfc", "magnetic card", "smart card", "card reader"] }, "847190"),
      to({}, "847160"),
    ],
    note: "input/output units of ADP machines (keyboards, mice, scanners, graphics tablets) 847160; barcode and card readers 847190; game controllers for consoles 9504",
  }),
  e("hard drive|hard disk|hard disk drive|hdd|external hard drive|portable hard drive|ssd|solid state drive|external ssd|portable ssd|m.2 ssd|nvme ssd|sata ssd|network attached storage|nas storage|raid array|disk array|storage server|tape drive|optical drive|dvd drive|blu-ray drive|cd drive|dvd writer|external dvd drive|disk enclosure|hard drive enclosure|ssd enclosure|hdd enclosure|hard drive dock|docking station hdd", "8471", {
    splits: [
      to({ words: ["enclosure", "dock", "docking station"] }, "847330"),
      to({}, "847170"),
    ],
    note: "storage units of ADP machines (HDD, SSD, NAS, optical drives) → 847170; enclosures/docks are parts and accessories 847330",
  }),
  e("motherboard|motherboards|mainboard|graphics card|video card|gpu|graphics processing unit|sound card|network card|lan card|wifi card|wireless card|capture card|video capture card|ram|ram stick|ram sticks|ram module|ram memory|memory module|ddr4|ddr5|ddr4 ram|ddr5 ram|ddr3 ram|sodimm|memory stick ram|computer memory|laptop memory|pc case|computer case|atx case|itx case|laptop battery|laptop keyboard replacement|laptop screen replacement|laptop hinge|laptop fan|cpu cooler|cpu heatsink|heatsink|heat sink|thermal paste|thermal pad|liquid cooler|aio cooler|water cooling kit|pc water cooling|riser cable|gpu riser|pcie riser|expansion card|pcie card|usb expansion card|raid card|keyboard keycaps|keycaps|keycap set|mechanical switches keyboard|mouse feet|mouse skates|laptop cooling pad|cooling pad|laptop cooler|docking station|laptop docking station|usb hub|usb-c hub|usb c hub|type-c hub|multiport adapter|usb docking station|kvm switch|port replicator|pc components|computer components", "8473", {
    splits: [
      to({ words: ["laptop battery"] }, "850760"),
      to({ words: ["thermal paste", "thermal compound"] }, "3824"),
      to({ words: ["thermal pad"] }, "3824"),
      to({ words: ["kvm switch"] }, "847180"),
      to({ words: ["usb hub", "usb-c hub", "usb c hub", "type-c hub", "multiport adapter", "usb docking station", "docking station", "laptop docking station", "port replicator"] }, "847180"),
      to({ words: ["network card", "lan card", "wifi card", "wireless card"] }, "851762"),
      to({ words: ["laptop cooling pad", "cooling pad", "laptop cooler"] }, "847330"),
      to({}, "847330"),
    ],
    note: "parts and accessories of ADP machines → 847330 (motherboards, graphics cards, memory modules, cases, coolers); hubs and docks are ADP units 847180; network cards 851762; laptop batteries 8507",
  }),
  e("paper shredder|shredder|document shredder|cross cut shredder|laminating machine|laminator|laminators|thermal laminator|pouch laminator|binding machine office|stapler|staplers|electric stapler|heavy duty stapler|desktop stapler|stapler remover|staple remover|hole punch|hole puncher|paper punch|three hole punch|single hole punch|label maker|embosser label|money counter|money counting machine|bill counter|banknote counter|coin counter|coin sorter|coin counting machine|counterfeit detector|currency detector|money detector|check writer|envelope sealer|letter opener electric|pencil sharpener electric|electric pencil sharpener|typewriter|typewriters|braille typewriter|atm|cash dispenser|atm machine|vending machine|snack vending machine|drink vending machine|coffee vending machine|ticket dispenser|stamp machine|numbering machine|time clock|punch clock|attendance machine|fingerprint attendance|voting machine|duplicator|risograph|stencil duplicator|mail sorter|letter folding machine", "8472", {
    splits: [
      to({ words: ["stapler", "staplers", "heavy duty stapler", "desktop stapler", "stapler remover", "staple remover", "hole punch", "hole puncher", "paper punch", "three hole punch", "single hole punch"], power: ["manual"] }, "847290"),
      to({ words: ["typewriter", "typewriters", "braille typewriter"] }, "847290"),
      to({ words: ["vending machine", "snack vending", "drink vending", "coffee vending", "ticket dispenser", "stamp machine"] }, "8476"),
      to({ words: ["time clock", "time recorder", "punch clock", "attendance"] }, "910610"),
      to({ words: ["atm", "cash dispenser"] }, "847290"),
      to({ words: ["duplicator", "risograph", "stencil duplicator"] }, "847210"),
      to({ words: ["mail sorter", "letter folding", "envelope sealer", "coin sorter", "coin counter", "coin counting"] }, "847230"),
      to({}, "847290"),
    ],
    note: "other office machines (shredders, staplers, hole punches, laminators, money counters, label makers, ATMs) → 847290; vending machines 8476; typewriters 8469",
  }),
  e("coin acceptor|coin mechanism|bill acceptor|bill validator|banknote acceptor", "8476", {
    splits: [to({ words: ["coin acceptor", "coin mechanism", "bill acceptor", "bill validator", "banknote acceptor"] }, "847690")],
    note: "parts of vending machines (coin/bill acceptors) 847690",
  }),
  e("injection molding machine|injection moulding machine|plastic injection machine|blow molding machine|blow moulding machine|extruder|plastic extruder|filament extruder|thermoforming machine|vacuum forming machine|vacuum former|plastic welding machine|pvc machine|rubber machine|tire retreading machine|plastic recycling machine|plastic shredder machine|3d printer|3d printers|fdm printer|resin printer|sla printer|dlp printer|metal 3d printer|sls printer|3d printer nozzle|3d printer hotend|hotend|extruder 3d printer|print bed|3d printer bed|build plate|3d printer enclosure", "8477", {
    splits: [
      to({ words: ["metal 3d printer", "slm", "dmls"] }, "848510"),
      to({ isPart: true, words: ["3d printer"] }, "848590"),
      to({ words: ["nozzle", "hotend", "extruder 3d printer", "print bed", "build plate", "3d printer bed", "3d printer enclosure"] }, "848590"),
      to({ words: ["3d printer", "3d printers", "fdm", "resin printer", "sla", "dlp", "sls"] }, "848520"),
      to({ words: ["injection"] }, "847710"),
      to({ words: ["extruder", "filament extruder"] }, "847720"),
      to({ words: ["blow molding", "blow moulding"] }, "847730"),
      to({ words: ["thermoforming", "vacuum forming", "vacuum former"] }, "847740"),
      to({}, "847780"),
    ],
    note: "machinery for working rubber or plastics 8477 (injection 847710, extruders 847720); additive manufacturing machines (3D printers) 8485: plastics 848520, metal 848510, parts 848590",
  }),
  e("tobacco machine|cigarette rolling machine|cigarette maker|cigarette injector|tobacco cutter|rolling machine cigarette", "8478", {
    splits: [to({ power: ["manual"] }, "8478")], note: "machinery for preparing or making up tobacco (incl. cigarette rolling machines) → 8478",
  }),
  e("industrial robot|robot arm|robotic arm|collaborative robot|cobot|welding robot|palletizing robot|pick and place robot|evaporative air cooler|evaporative cooler|swamp cooler|air cooler|portable air cooler|humidifier industrial|concrete mixer|cement mixer|mortar mixer|asphalt mixer|mixing machine|planetary mixer industrial|industrial mixer|homogenizer|emulsifier machine|ball mill|crusher|jaw crusher|stone crusher|rock crusher|grinder machine industrial|pulverizer|sieve shaker|vibrating screen|sifter machine|ultrasonic cleaner|ultrasonic cleaning machine|jewelry cleaner ultrasonic|car wash machine|car washing machine|floor scrubber|floor cleaning machine|industrial floor polisher|carpet cleaning machine|carpet extractor|road sweeper|street sweeper|oil press machine|cable making machine|coil winding machine|wire winding machine|trash compactor|garbage compactor|baler machine|cardboard baler|automatic door opener|gate opener|sliding gate opener|swing gate opener|garage door opener|window opener|electric actuator|linear actuator|mist maker|fog machine|smoke machine|snow machine|confetti machine|haze machine|humidifier|humidifiers|ultrasonic humidifier|cool mist humidifier|diffuser|aroma diffuser|essential oil diffuser|oil diffuser|car diffuser|car humidifier|dehumidifier|dehumidifiers|air dehumidifier|mini dehumidifier", "8479", {
    splits: [
      to({ words: ["industrial robot", "robot arm", "robotic arm", "cobot", "collaborative robot", "welding robot", "palletizing", "pick and place"] }, "847950"),
      to({ words: ["evaporative", "swamp cooler", "air cooler"] }, "847960"),
      to({ words: ["concrete mixer", "cement mixer", "mortar mixer", "asphalt mixer"] }, "847431"),
      to({ words: ["crusher", "jaw crusher", "stone crusher", "rock crusher", "ball mill", "pulverizer"] }, "847420"),
      to({ words: ["sieve shaker", "vibrating screen"] }, "847410"),
      to({ words: ["mixing machine", "planetary mixer", "industrial mixer", "homogenizer", "emulsifier", "sifter"] }, "847982"),
      to({ words: ["coil winding", "wire winding"] }, "847981"),
      to({ words: ["cable making"] }, "847940"),
      to({ words: ["oil press"] }, "847920"),
      // A hair dryer's diffuser attachment is a part of the hair dryer (8516.90), not an aroma diffuser.
      to({ allOf: [["diffuser", "diffusers"], HAIR_DRYER] }, "851690"),
      to({ words: ["humidifier", "humidifiers", "mist maker", "diffuser", "aroma", "essential oil"], power: ["electric", "battery"] , unless: HAIR_DRYER }, "850980"),
      to({ words: ["humidifier", "humidifiers", "ultrasonic humidifier", "cool mist", "diffuser", "aroma diffuser", "essential oil diffuser", "oil diffuser", "car diffuser", "car humidifier"] , unless: HAIR_DRYER }, "850980"),
      to({ words: ["dehumidifier", "dehumidifiers"] }, "847989"),
      to({ words: ["fog machine", "smoke machine", "haze machine", "bubble machine", "snow machine", "confetti machine"] }, "847989"),
      to({ words: ["floor scrubber", "floor cleaning machine", "floor polisher", "carpet cleaning", "carpet extractor"] }, "847989"),
      to({ words: ["garage door opener", "gate opener", "sliding gate", "swing gate", "automatic door opener", "window opener", "linear actuator", "electric actuator"] }, "847989"),
      to({}, "847989"),
    ],
    note: "machines with individual functions n.e.c. → 8479 (industrial robots 847950, evaporative coolers 847960, mixers/grinders 847982, other 847989); domestic electromechanical humidifiers/diffusers 850980; crushers/mixers for minerals 8474",
  }),
  e("injection mould|injection mold|plastic mold|plastic mould|die casting mold|metal mold|casting mold|mould base|mold base|sand casting mould|glass mould|rubber mould|compression mould|blow mold|concrete mold|concrete mould|paver mold|brick mold", "8480", {
    splits: [
      to({ words: ["mould base", "mold base"] }, "848020"),
      to({ words: ["glass"] }, "848050"),
      to({ words: ["concrete", "paver", "brick", "mineral"] }, "848060"),
      to({ words: ["injection", "compression", "rubber", "plastic", "blow"] }, "848071"),
      to({ words: ["die casting", "metal mold", "casting"] }, "848041"),
    ],
    note: "moulds for metal, glass, minerals, rubber or plastics → 8480 (injection/compression for plastics 848071); kitchen silicone moulds are 3924/4016",
  }),
  e("faucet|faucets|tap|taps|kitchen faucet|kitchen tap|faucet with pull down sprayer|pull down sprayer faucet|pull down sprayer|pull-down sprayer|pull out sprayer|pull-out sprayer|bathroom faucet|basin faucet|basin tap|sink faucet|mixer tap|mixer faucet|pull out faucet|pull down faucet|touchless faucet|sensor faucet|wall mounted faucet|bib tap|outdoor faucet|garden tap|hose bib|water tap|bathtub faucet|bidet faucet|bidet sprayer|shattaf|valve|valves|ball valve|gate valve|globe valve|check valve|non return valve|butterfly valve|solenoid valve|pressure reducing valve|pressure regulator water|pressure relief valve|safety valve|float valve|angle valve|stop valve|stop cock|stopcock|shut off valve|needle valve|control valve|motorized valve|thermostatic valve|trv|radiator valve|mixing valve|gas valve|air valve|tyre valve|tire valve|valve stem|schrader valve|presta valve|hydraulic valve|pneumatic valve|directional control valve|brake valve|brake valves|proportioning valve|brake proportioning valve|brake relay valve|air brake valve|brake control valve|metering valve brake|load sensing valve|air solenoid valve|irrigation valve|water valve|flush valve|fill valve|toilet fill valve|toilet flush valve|drain valve|foot valve|pressure regulator gas|gas regulator|propane regulator|co2 regulator|oxygen regulator|faucet aerator|aerator faucet|tap aerator|faucet cartridge|valve cartridge|tap cartridge|valve body|valve seat|faucet handle|tap handle", "8481", {
    splits: [
      to({ words: ["pressure reducing", "pressure regulator", "gas regulator", "propane regulator", "co2 regulator", "oxygen regulator"] }, "848110"),
      to({ words: ["hydraulic valve", "pneumatic valve", "directional control", "air solenoid", "brake valve", "proportioning valve", "brake relay", "air brake", "load sensing valve"] }, "848120"),
      to({ words: ["check valve", "non return", "foot valve"] }, "848130"),
      to({ words: ["safety valve", "pressure relief", "relief valve"] }, "848140"),
      to({ words: ["cartridge", "valve body", "valve seat", "faucet handle", "tap handle", "valve stem"] }, "848190"),
      to({}, "848180"),
    ],
    note: "taps, cocks, valves → 8481 (pressure-reducing 848110, hydraulic/pneumatic 848120 incl. brake-system valves, which work a hydraulic or air-brake transmission, check 848130, safety 848140, other incl. faucets and mixers 848180, parts 848190)",
  }),
  e("ball bearing|ball bearings|deep groove ball bearing|roller bearing|roller bearings|tapered roller bearing|taper roller bearing|needle bearing|needle roller bearing|spherical roller bearing|cylindrical roller bearing|thrust bearing|thrust ball bearing|angular contact bearing|linear bearing|wheel bearing|hub bearing|pillow block bearing|pillow block|flange bearing|bearing housing|bearing unit|plain bearing|bushing|bushings|bronze bushing|sleeve bearing|bearing cage|bearing rollers", "8482", {
    splits: [
      // "Drawer Slides Full Extension Ball Bearing": the ball bearing is how the slide runs; the goods are furniture
      // mountings of base metal (8302.42).
      to({ words: ["drawer slide", "drawer slides", "drawer runner", "drawer runners", "drawer rail", "drawer rails", "drawer glide", "drawer glides"] }, "830242"),
      to({ words: ["pillow block", "flange bearing", "bearing housing", "bearing unit"] }, "848320"),
      to({ words: ["plain bearing", "bushing", "bushings", "bronze bushing", "sleeve bearing"] }, "848330"),
      to({ words: ["bearing balls", "bearing rollers"] }, "848291"),
      to({ words: ["bearing cage"] }, "848299"),
      to({ words: ["tapered", "taper"] }, "848220"),
      to({ words: ["spherical roller"] }, "848230"),
      to({ words: ["needle"] }, "848240"),
      to({ words: ["cylindrical roller"] }, "848250"),
      to({ words: ["wheel bearing", "hub bearing"] }, "870899"),
      to({ words: ["roller bearing", "roller bearings"] }, "848280"),
      to({}, "848210"),
    ],
    note: "ball or roller bearings → 8482 (ball 848210, tapered 848220, needle 848240, cylindrical 848250); bearing housings and plain bearings 8483",
  }),
  e("shaft|drive shaft|driveshaft|propeller shaft|crankshaft|camshaft|transmission shaft|linear shaft|linear rod|optical axis|cardan shaft|pto shaft|crank|gearbox|gear box|reduction gear|speed reducer|gear reducer|gear wheel|worm gear|worm gearbox|planetary gearbox|spur gear|helical gear|bevel gear|rack and pinion|gear rack|pinion gear|sprocket|sprockets|chain sprocket|toothed wheel|timing pulley|pulley|pulleys|v-belt pulley|belt pulley|idler pulley|tensioner pulley|flywheel|electromagnetic clutch|centrifugal clutch|shaft coupling|coupling|couplings|flexible coupling|jaw coupling|universal joint|u joint|cv joint|ball screw|ball screws|lead screw|leadscrew|screw jack|linear guide|linear rail|linear slide|linear module|linear motion|torque converter|gear motor housing", "8483", {
    splits: [
      to({ words: ["cv joint", "drive shaft", "driveshaft", "propeller shaft", "cardan"], use: ["vehicle"] }, "870850"),
      to({ words: ["torque converter"] }, "848340"),
      // "Worm gear" in a clamp's title names its tightening screw: a worm-drive hose clamp is an article of base metal
      // (7326.90; aluminium 7616.99), not transmission gearing of 8483.
      to({ words: ["worm gear", "worm drive"], allOf: [CLAMP_WORDS], material: ["aluminium"] }, "761699"),
      to({ words: ["worm gear", "worm drive"], allOf: [CLAMP_WORDS], unless: ["gearbox", "reducer", "motor"] }, "732690"),
      // Gear boxes of motor vehicles are named in 8708.40 (Section XVII note 2(e) leaves 8483 only to engine parts).
      to({ words: ["gearbox", "gear box"], use: ["vehicle"] }, "870840"),
      to({ words: ["shaft", "crankshaft", "camshaft", "linear shaft", "linear rod", "optical axis", "pto shaft", "crank"] }, "848310"),
      to({ words: ["gearbox", "gear box", "reduction", "reducer", "worm", "planetary", "ball screw", "ball screws", "lead screw", "leadscrew", "screw jack", "linear guide", "linear rail", "linear slide", "linear module", "linear motion"] }, "848340"),
      to({ words: ["pulley", "pulleys", "flywheel", "idler", "tensioner"] }, "848350"),
      to({ words: ["clutch", "coupling", "couplings", "universal joint", "u joint"] }, "848360"),
      // A sprocket for a motorcycle or a bicycle is a part of that vehicle (8714.10; bicycle chain wheels 8714.96), not a
      // transmission element of 8483 (not an integral part of an engine: Section XVII note 2(e)).
      to({ words: ["sprocket", "sprockets"], allOf: [["motorcycle", "motorbike", "dirt bike", "pit bike", "scooter", "atv"]] }, "871410"),
      to({ words: ["sprocket", "sprockets"], allOf: [["bicycle", "bike", "mtb", "cycling"]] }, "871496"),
      to({ words: ["gear", "gears", "spur", "helical", "bevel", "rack", "pinion", "sprocket", "sprockets", "toothed wheel", "timing pulley"] }, "848390"),
    ],
    note: "transmission shafts and cranks 848310; gearing, gearboxes, ball screws 848340; pulleys, flywheels 848350; clutches and couplings 848360; gears and sprockets presented separately 848390",
  }),
  e("gasket|gaskets|gasket set|gasket kit|metal gasket|spiral wound gasket|mechanical seal|mechanical seals|pump seal|shaft seal|oil seal|oil seals|lip seal|seal kit|o-ring|o-rings|o ring|o rings|o-ring kit|o ring kit|rubber gasket|rubber seal|silicone gasket|fiber gasket|copper gasket|copper washer sealing|sealing washer|crush washer|bonded seal|dowty seal", "8484", {
    splits: [
      to({ words: ["mechanical seal", "mechanical seals", "pump seal"] }, "848420"),
      // 8484.90 is for sets of gaskets dissimilar in composition; an O-ring kit all of rubber is rubber seals (4016.93).
      to({ words: ["o-ring kit", "o ring kit", "o-ring set", "o ring set", "o-ring assortment", "o ring assortment"], material: ["rubber"] }, "401693"),
      to({ words: ["gasket set", "gasket kit", "seal kit", "o-ring kit", "o ring kit"] }, "848490"),
      to({ material: ["rubber"] }, "401693"),
      to({ words: ["o-ring", "o-rings", "o ring", "o rings", "rubber gasket", "rubber seal", "silicone gasket", "oil seal", "oil seals", "lip seal", "shaft seal", "bonded seal", "dowty"] }, "401693"),
      to({ material: ["copper"], words: ["washer", "crush"] }, "741521"),
      to({ material: ["plastic"] }, "392690"),
      to({}, "848410"),
    ],
    decisive: ["material"],
    note: "gaskets of metal sheeting combined with other material 848410, mechanical seals 848420, assorted gasket sets 848490; rubber O-rings and seals 401693",
  }),
  e("semiconductor equipment|wafer processing machine|lithography machine|photolithography|wafer dicing saw|wire bonder|die bonder|pcb assembly machine|smt machine|pick and place machine|reflow oven|wave soldering machine|solder paste printer|pcb drilling machine", "8486", {
    splits: [to({ words: ["smt", "pick and place", "reflow", "wave soldering", "solder paste printer", "pcb assembly"] }, "847989"), to({}, "848620")],
    note: "machines solely or principally for semiconductor/flat panel manufacture → 8486; PCB assembly lines (SMT) 8479/8515",
  }),
  e("boat propeller|ship propeller|marine propeller|propeller blade|outboard propeller|prop boat", "848710", { note: "ships' or boats' propellers and blades → 848710" }),
  e("grease nipple|grease fitting|zerk fitting|lubrication fitting|oil cup|lubricator|machine part|oil level gauge glass|sight glass|hand wheel|handwheel|machine handle|leveling feet machine|machine feet|adjustable feet|leveling mount|anti vibration mount|vibration damper", "848790", {
    splits: [to({ words: ["anti vibration", "vibration damper"], material: ["rubber"] }, "401699")],
    note: "non-electrical machinery parts n.e.c. → 848790",
  }),
  e("nuclear reactor|fuel elements nuclear|isotope separator", "8401", { note: "nuclear reactors and fuel elements → 8401" }),
  e("vending coffee machine|coffee machine industrial|beverage dispenser|juice dispenser|drink dispenser machine|beer dispenser|beer tap system|kegerator|draft beer machine|soda fountain|post mix dispenser|water vending machine", "8479", {
    splits: [to({ words: ["kegerator", "beer dispenser", "draft beer"] }, "841869"), to({ words: ["beverage dispenser", "juice dispenser", "drink dispenser"] }, "841869"), to({}, "8476")],
    note: "beverage dispensers with cooling 841869; automatic vending 8476",
  }),

  // ---- machine parts, tool accessories and shop equipment as importers name them -----------------
  e("forklift attachment|forklift attachments|forklift safety cage|forklift cage|forklift work platform|forklift platform|forklift fork|forklift forks|fork extension|fork extensions|forklift extension|pallet fork extension|fork positioner|side shifter|forklift side shift|forklift clamp|forklift jib|forklift boom|forklift hook|forklift seat|forklift mast|forklift spreader|carton clamp|bale clamp", "843120", {
    note: "parts and attachments suitable solely or principally for fork-lift trucks of 8427 → 843120",
  }),
  e("drill chuck|keyless drill chuck|keyless chuck|chuck key|sds chuck|chuck adapter|drill chuck adapter|quick change chuck|quick release chuck|collet chuck|er collet|collet set|tool holder|lathe tool holder|boring bar holder|bit extension holder|magnetic bit extension|drill socket adapter|impact socket adapter|hex shank socket adapter|square drive adapter drill|socket adapter set|power drill socket adapter|nut driver bit|drill extension|flexible drill extension|flexible shaft extension|right angle drill attachment|right angle drill adapter|angle drill attachment|drill attachment|drill brush attachment|drill pump attachment|drill saw attachment|dividing head|milling vise|rotary table", "8466", {
    splits: [
      to({ words: ["dividing head", "milling vise", "machine vise", "rotary table"] }, "846620"),
      to({ words: ["right angle", "angle drill", "drill attachment", "brush attachment", "pump attachment", "saw attachment", "flexible"] }, "846799"),
      to({}, "846610"),
    ],
    note: "tool holders and chucks (incl. socket/bit adapters held in the chuck) 846610, work holders and dividing heads 846620; attachments that work as parts of a hand-held power tool 846799; interchangeable cutting tools (drill bits, blades) stay in 8207/8202",
  }),
  e("grinder gear|armature for drill|carbon brush holder|drill switch|trigger switch drill|tool battery adapter|battery adapter for tools|tool battery converter|battery converter adapter|jigsaw blade holder|saw blade clamp|grinder guard|angle grinder guard|grinder flange|side handle drill", "846799", {
    splits: [to({ words: ["battery adapter", "battery converter"] }, "853690")],
    note: "parts of hand-held tools with self-contained motor → 846799 (pneumatic 846792; chain-saw parts 846791); battery adapters between tool systems are connectors 853690",
  }),
  e("pressure relief valve|hydraulic relief valve|relief valves|pressure reducing valve|pressure regulating valve|water pressure regulator|pressure regulator valve|air pressure regulator|propane regulator|gas pressure regulator|lpg regulator|co2 regulator|fuel pressure regulator|solenoid valves|pneumatic valve|pneumatic solenoid valve|air valve|directional control valve|hydraulic valve|hydraulic control valve|spool valve|flow control valve|needle valve|gate valve|globe valve|butterfly valve|angle valve|foot valve|float valve|mixing valve|thermostatic mixing valve|radiator valve|thermostatic radiator valve|zone valve|motorized valve|motorised ball valve|electric ball valve|water valve|gas valve|gas control valve|drain valve|air release valve|manifold valve|hose shut off valve|hose splitter valve|garden hose splitter|hose y connector valve|y valve|beer faucet|beer tap|keg tap|keg coupler|drink dispenser tap|water dispenser tap|dispenser tap|dispenser spigot|spigot|barrel tap|wine barrel tap|pistol grip nozzle|trigger nozzle|grease gun valve", "848180", {
    splits: [
      to({ words: ["pressure reducing", "pressure regulating", "pressure regulator", "regulator"] }, "848110"),
      to({ words: ["hydraulic", "pneumatic", "air valve", "directional control", "spool valve"] }, "848120"),
      to({ words: ["relief valve", "relief valves", "safety valve"] }, "848140"),
      to({ words: ["foot valve"] }, "848130"),
    ],
    note: "taps, cocks and valves → 8481: pressure-reducing 848110, for oleohydraulic/pneumatic transmissions 848120, check 848130, safety/relief 848140, other (incl. dispenser taps, hose shut-offs, splitters with valves) 848180",
  }),
  e("valve spool|valve seat|valve stem|valve disc|valve bonnet|valve handle|valve actuator|pneumatic actuator valve|valve repair kit|valve cartridge|faucet cartridge|ceramic cartridge|tap cartridge|ceramic disc cartridge|diverter cartridge|valve diaphragm|solenoid valve coil|solenoid coil", "848190", {
    splits: [to({ words: ["solenoid coil", "solenoid valve coil"] }, "850590")],
    note: "parts of taps, cocks and valves (bodies, spools, seats, stems, cartridges, actuators) → 848190; solenoid coils are electro-magnets 8505",
  }),
  e("gear set|gear kit|gear assembly|gears|metal gear|brass gear|steel gear|helical gear|bevel gear|pinion gear|ring gear|rack and pinion|gear rack|gear wheel set|planetary gear set|sun gear|timing pulley|timing belt pulley|gt2 pulley|v belt pulley|pulley wheel|idler pulley|sprocket|sprockets|chain sprocket|shaft coupling|flexible coupling|jaw coupling|rigid coupling|universal joint|u joint|clutch assembly industrial|electromagnetic clutch|torque limiter|flywheel|ball screw|lead screw|trapezoidal screw|linear guide|linear rail|bearing block", "8483", {
    splits: [
      to({ words: ["linear bearing", "pillow block bearing", "flange bearing"] }, "848330"),
      to({ words: ["pillow block", "bearing housing", "bearing block", "linear guide", "linear rail"] }, "848330"),
      to({ words: ["ball screw", "lead screw", "trapezoidal"] }, "848340"),
      to({ words: ["pulley", "flywheel"] }, "848350"),
      to({ words: ["coupling", "universal joint", "u joint", "clutch", "torque limiter"] }, "848360"),
      // A sprocket for a motorcycle or a bicycle is a part of that vehicle (8714.10; bicycle chain wheels 8714.96), not a
      // transmission element of 8483 (not an integral part of an engine: Section XVII note 2(e)).
      to({ words: ["sprocket", "sprockets"], allOf: [["motorcycle", "motorbike", "dirt bike", "pit bike", "scooter", "atv"]] }, "871410"),
      to({ words: ["sprocket", "sprockets"], allOf: [["bicycle", "bike", "mtb", "cycling"]] }, "871496"),
      to({ words: ["gear", "gears", "pinion", "rack", "sprocket"] }, "848390"),
    ],
    note: "transmission parts → 8483: bearing housings/plain shaft bearings 848330, gearing, ball/roller screws 848340, pulleys and flywheels 848350, clutches and couplings 848360, toothed wheels and sprockets presented separately 848390",
  }),
  e("tablet press|pill press|tablet press machine|rosin press|rosin press machine|oil press machine|briquette press|briquette machine|brick making machine|block making machine|brick press|hydraulic block machine|cement brick machine|brake pad press|friction material press|powder compacting press|pellet press|pellet mill|feed pellet mill|wood pellet mill|power press|c frame press|h frame press|bearing press|hydraulic shop press|bench press machine", "8479", {
    splits: [
      to({ words: ["brick", "block making", "block machine", "brake pad", "friction material"] }, "847480"),
      to({ words: ["feed pellet", "pellet mill"], use: ["agriculture"] }, "843680"),
      to({ words: ["power press", "stamping press"] }, "846262"),
      to({ words: ["briquette", "wood pellet"] }, "847930"),
      to({ words: ["oil press"] }, "847920"),
      to({}, "847989"),
    ],
    note: "presses: for shaping mineral products (bricks, blocks, friction materials) 847480; metal-forming presses 8462; presses for wood particle board/briquettes 847930; oil presses 847920; other presses with individual function (tablet, rosin, shop/arbor presses) 847989",
  }),
  e("log splitter|electric log splitter|hydraulic log splitter|wood splitter|firewood splitter|firewood processor|stump grinder|tree harvester|harvester head|harvesting head|feller buncher|forestry mulcher|forestry machine|forestry machinery|bale processor|bale shredder|straw chopper|straw spreader|silage cutter|poultry incubator|chicken incubator|chicken plucker|poultry plucker|egg candler|automatic feeder poultry|livestock feeder|cow milking machine|goat milking machine|bee smoker", "8436", {
    splits: [
      to({ words: ["milking"] }, "843410"),
      to({ words: ["incubator", "candler"] }, "843621"),
      to({ words: ["plucker", "poultry", "chicken"] }, "843629"),
      to({ words: ["bee smoker"] }, "843680"),
      to({}, "843680"),
    ],
    note: "agricultural, horticultural, forestry, poultry and bee-keeping machinery → 8436 (fodder preparation 843610, incubators 843621, other poultry 843629, other incl. log splitters and forestry harvesters 843680); milking machines 843410",
  }),
  e("compressor valve plate|compressor head|compressor piston|compressor pressure switch|compressor check valve|compressor filter|pump impeller|impeller|pump housing|pump seal kit|pump diaphragm|fan blade|fan blades|fan impeller|blower wheel|squirrel cage fan|fan guard|fan grill", "8414", {
    splits: [
      to({ words: ["pump part", "pump impeller", "impeller", "pump housing", "pump seal", "pump diaphragm"] }, "841391"),
      to({ words: ["pressure switch"] }, "853650"),
      to({ words: ["check valve"] }, "848130"),
      to({}, "841490"),
    ],
    note: "parts of air/vacuum pumps, compressors and fans → 841490; parts of liquid pumps 841391; pressure switches 8536; check valves 848130",
  }),
  e("axial fan|axial flow fan|inline duct fan|duct fan|inline fan|centrifugal fan|centrifugal blower|industrial fan|cooling fan 12v|dc cooling fan|pc case fan|case fan|cpu fan|cpu cooler fan|radiator fan|blower fan|turbo blower fan|ec fan|roof exhaust fan", "8414", {
    splits: [
      to({ words: ["cpu cooler", "cpu fan", "case fan", "pc case", "dc cooling", "12v", "axial", "inline", "duct fan", "radiator fan"] }, "841459"),
      to({}, "841459"),
    ],
    note: "fans with self-contained electric motor ≤ 125 W: table/floor/wall/ceiling 841451, other (axial, duct, case, blower fans) 841459",
  }),
  e("vacuum filter|vacuum cleaner filter|replacement vacuum filter|cartridge filter|filter element|oil filter element|hydraulic filter|hydraulic oil filter|fuel filter element|inline fuel filter|air compressor filter|compressed air filter|air dryer filter|dust collector filter|bag filter|filter bag dust|cyclone separator|dust separator|cyclone dust collector|dust collector|shop dust collector|fume extractor|solder fume extractor|air purifier filter|replacement air purifier filter|carbon filter air|activated carbon air filter|pool filter cartridge|spa filter|hot tub filter", "8421", {
    splits: [
      to({ words: ["hydraulic", "oil filter", "fuel filter"] }, "842123"),
      to({ words: ["pool filter", "spa filter", "hot tub filter"] }, "842121"),
      to({ words: ["cyclone", "dust collector", "fume extractor", "dust separator"] }, "842139"),
      to({ words: ["compressor", "compressed air", "air dryer"] }, "842139"),
      to({}, "842199"),
    ],
    note: "filtering machinery 8421 (liquids: water 842121, oil/fuel for engines 842123; gases: other 842139); filter elements and cartridges presented as parts 842199",
  }),
  e("welding torch|tig torch|mig torch|mig gun|welding gun|plasma torch|plasma cutter torch|welding electrode holder|electrode holder|earth clamp|ground clamp welding|welding ground clamp|welding tip|contact tip|welding nozzle|mig nozzle|tig cup|collet body|welding consumables kit|welding wire feeder|wire feeder|stud welder|tab welder|battery spot welder|plastic welder|hot air welder|ultrasonic welder|ultrasonic welding machine|induction brazing machine", "8515", {
    splits: [
      to({ words: ["torch", "gun", "holder", "clamp", "tip", "nozzle", "cup", "collet", "consumables", "feeder"] }, "851590"),
      to({ words: ["laser", "ultrasonic", "plastic welder", "hot air welder"] }, "851580"),
      to({ words: ["battery spot", "tab welder", "stud welder"] }, "851521"),
      to({ words: ["brazing"] }, "851519"),
      to({}, "851580"),
    ],
    note: "electric/laser/ultrasonic welding and brazing machines 8515 (resistance welding 85152x, arc 85153x, other 851580); torches, guns, holders, tips and feeders as parts 851590",
  }),

  // ---- chapter 84 machines as rulings describe them ("a … used in the manufacture of …") ----------
  e("internal combustion engine|internal combustion piston engine|reciprocating piston engine|reciprocating engine|spark-ignition engine|spark ignition engine|spark-ignition piston engine|rotary internal combustion engine|wankel engine|compression-ignition engine|compression ignition engine|compression-ignition piston engine", "8407", {
    splits: [
      to({ words: ["compression", "diesel"] }, "8408"),
      to({ words: ["rotary", "wankel"] }, "840710"),
      to({ words: ["outboard"] }, "840721"),
      to({ words: ["marine", "inboard"] }, "840729"),
    ],
    note: "spark-ignition piston engines 8407 (vehicle engines by cc 84073x), compression-ignition (diesel) 8408",
  }),
  e("cylinder block|engine cylinder block|crankcase|engine crankcase|thermostat housing|engine thermostat housing|rocker cover|oil sump pan|piston pin|wrist pin|gudgeon pin|valve guide|valve seat insert|cylinder sleeve|engine cylinder liner|cylinder head assembly|engine cylinder head|injector body|exhaust outlet connection", "8409", {
    splits: [to({ words: ["diesel", "compression"] }, "840999"), to({}, "840991")],
    note: "parts suitable solely or principally for piston engines of 8407/8408 → 8409 (spark-ignition 840991, diesel 840999); short and long blocks are incomplete engines with their essential character, classified as engines (GRI 2(a))",
  }),
  e("positive displacement pump|reciprocating pump|piston pump|plunger pump|rotary pump|rotary vane pump|vane pump|screw pump|lobe pump|progressive cavity pump|liquid elevator|master cylinder|slave cylinder|clutch slave cylinder|concentric slave cylinder|grease pump|lubricating pump|water pumping system", "8413", {
    splits: [
      to({ words: ["liquid elevator"] }, "841382"),
      to({ words: ["reciprocating", "piston pump", "plunger"] }, "841350"),
      to({ words: ["rotary", "vane", "screw pump", "lobe", "progressive cavity"] }, "841360"),
      to({ words: ["lubricating", "grease pump"] }, "841330"),
      to({}, "841381"),
    ],
    note: "pumps for liquids 8413: reciprocating positive displacement 841350, rotary positive displacement 841360, other pumps (incl. hydraulic master/slave cylinders) 841381, liquid elevators 841382",
  }),
  e("pump casing|pump shaft|pump body", "841391", { note: "parts of pumps for liquids → 841391" }),
  e("reciprocating compressor|screw compressor|rotary screw compressor|scroll compressor|centrifugal compressor|gas compressor|air blower|roots blower|regenerative blower|side channel blower|ring blower|vacuum blower", "841480", {
    splits: [to({ words: ["vacuum blower"] }, "841410")],
    note: "air or gas compressors and blowers (other than fans ≤ 125 W) → 841480; vacuum pumps 841410",
  }),
  e("blower housing|fan housing|turbine nozzle|compressor wheel", "841490", { note: "parts of air/vacuum pumps, compressors, fans and hoods → 841490" }),
  e("air handling unit|air handler|fan coil unit|fan coil|packaged terminal air conditioner|ptac unit|heat pump air conditioner|air conditioning machine", "8415", {
    splits: [
      to({ isPart: true }, "841590"),
      to({ words: ["air handling", "air handler", "fan coil"] }, "841583"),
      to({ words: ["packaged terminal", "ptac"] }, "841510"),
      // 8415.10 (fixed to a window, wall, ceiling or floor, self-contained or split-system) comes before the reversible
      // heat pumps of 8415.81: a wall-mounted split unit with a heat-pump function stays 8415.10.
      to({ words: ["split system", "split-system", "split type", "wall mounted", "wall-mounted", "window type", "wall type", "ceiling mounted", "floor standing", "floor mounted"] }, "841510"),
      to({}, "841581"),
    ],
    note: "air conditioning machines 8415 (with refrigerating unit and reversing valve 841581; without refrigerating unit, e.g. air handlers and fan coils 841583; parts 841590)",
  }),
  e("oil burner|industrial gas burner|furnace burner|pellet burner|dual fuel burner|mechanical stoker|burner for furnaces", "8416", {
    splits: [to({ words: ["stoker"] }, "841630"), to({ words: ["oil burner"] }, "841610"), to({}, "841620")],
    note: "furnace burners: liquid fuel 841610, other incl. combination burners 841620; mechanical stokers 841630",
  }),
  e("heat treating furnace|annealing furnace|smelting furnace|ceramic kiln|industrial kiln|incinerator|waste incinerator|tunnel oven|bakery tunnel oven|laboratory furnace|vacuum furnace", "8417", {
    splits: [
      to({ words: ["induction furnace"] }, "851420"),
      to({ power: ["electric"] }, "8514"),
      to({ words: ["tunnel oven", "bakery"] }, "841720"),
      to({}, "841780"),
    ],
    decisive: ["power"],
    note: "non-electric industrial or laboratory furnaces and ovens 8417 (bakery ovens 841720, other 841780); electric ones 8514",
  }),
  e("refrigerating equipment|refrigeration equipment|refrigeration unit|refrigeration condensing unit|chiller unit|industrial chiller|water chiller|cryocooler|refrigerated display case|ice cube machine", "8418", {
    splits: [
      to({ isPart: true }, "841899"),
      to({ words: ["display case"] }, "841850"),
      to({}, "841869"),
    ],
    note: "other refrigerating or freezing equipment (condensing units, chillers, cryocoolers, ice machines) 841869; parts 841899",
  }),
  e("brewery machinery|beer brewing equipment|beer brewing machine|brewhouse|mash tun|wort kettle|malting machinery", "843840", { note: "brewery machinery → 843840" }),
  e("coffee roaster|coffee roasting machine|nut roasting machine|peanut roaster|pasteurizing machine|heat treatment machinery|drying machine industrial|industrial dryer", "8419", {
    splits: [to({ words: ["coffee", "nut", "peanut"] }, "841981"), to({ words: ["dryer", "drying"] }, "841939"), to({}, "841989")],
    note: "machinery for treating materials by a change of temperature 8419 (hot drinks/cooking 841981, dryers 84193x, other 841989)",
  }),
  e("decanter centrifuge|industrial centrifuge|disc stack centrifuge|oil water separator|fuel water separator|gas liquid separator|air purification system|gas scrubber|exhaust scrubber", "8421", {
    splits: [
      to({ isPart: true }, "842191"),
      to({ words: ["centrifuge"] }, "842119"),
      to({ words: ["oil water", "fuel water"] }, "842129"),
      to({}, "842139"),
    ],
    note: "centrifuges 842119 (parts 842191); filtering or purifying machinery for liquids 842129, for gases 842139",
  }),
  e("packaging machinery|shrink wrapping machine|stretch wrapper|stretch wrapping machine|carton erector|cartoning machine|form fill seal machine|banding machine", "842240", {
    splits: [to({ words: ["form fill seal", "labeling", "labelling"] }, "842230")],
    note: "packing or wrapping machinery 842240; filling, sealing, capsuling and labelling machinery 842230",
  }),
  e("weighing machinery|checkweigher|check weigher|belt scale|conveyor scale|weigh feeder|hopper scale|batch weigher|multihead weigher|weighing machine weights", "8423", {
    splits: [
      to({ words: ["checkweigher", "check weigher", "belt scale", "conveyor scale", "weigh feeder"] }, "842320"),
      to({ words: ["hopper", "batch", "multihead"] }, "842330"),
      to({ words: ["weights"] }, "842390"),
      to({}, "842389"),
    ],
    note: "weighing machinery: continuous (conveyor) 842320, constant weight and bagging 842330, other 84238x; weights 842390",
  }),
  e("agricultural sprayer|crop sprayer|orchard sprayer|field sprayer|mist blower|thermal fogger|shot blasting machine|sand blasting machine|abrasive blasting machine|grit blaster|dispensing valve gun", "8424", {
    splits: [
      to({ isPart: true }, "842490"),
      to({ words: ["shot blasting", "sand blasting", "abrasive blasting", "grit blaster"] }, "842430"),
      to({ words: ["agricultural", "crop", "orchard", "field", "mist blower"] }, "842449"),
      to({}, "842489"),
    ],
    note: "mechanical appliances for projecting, dispersing or spraying: blasting machines 842430, agricultural sprayers 84244x, other 842489, parts 842490",
  }),
  e("lifting jack|automotive jack|service jack|hydraulic bottle jack|air jack|pneumatic jack|mechanical jack|ratchet jack|lift kit jack|wire rope hoist|lever hoist|come along hoist|overhead hoist|hoisting machinery|windlass|anchor windlass|cable winch", "8425", {
    splits: [
      to({ words: ["hydraulic", "air jack", "pneumatic jack", "service jack", "automotive jack", "lift kit"] }, "842542"),
      to({ words: ["jack"] }, "842549"),
      to({ words: ["hoist"], power: ["electric"] }, "842511"),
      to({ words: ["hoist"] }, "842519"),
      to({ words: ["windlass", "winch"], power: ["electric"] }, "842531"),
      to({ words: ["windlass", "winch"] }, "842539"),
    ],
    note: "pulley tackle and hoists (electric 842511), winches and capstans (electric 842531), jacks (hydraulic 842542, other 842549)",
  }),
  e("overhead travelling crane|overhead traveling crane|bridge crane|crawler crane|knuckle boom crane|loader crane|truck mounted crane|derrick crane|straddle carrier|portal crane", "8426", {
    splits: [
      to({ words: ["overhead", "bridge crane"] }, "842611"),
      to({ words: ["straddle", "gantry", "portal"] }, "842612"),
      to({ words: ["truck mounted", "loader crane", "knuckle boom"] }, "842630"),
      to({ words: ["crawler"] }, "842649"),
      to({}, "842699"),
    ],
    note: "derricks and cranes 8426: overhead travelling 842611, gantry/straddle carriers 842612, designed for mounting on vehicles 842630, self-propelled 84264x, other 842699",
  }),
  e("pneumatic conveyor|chain conveyor|overhead conveyor|conveyor system|conveying equipment|material handling equipment|bucket conveyor|stacker reclaimer|conveyor roller|conveyor idler", "842839", {
    splits: [
                        to({ words: ["roller", "idler"] }, "843139"),
      to({ words: ["pneumatic conveyor"] }, "842820"),
      to({ words: ["bucket"] }, "842832"),
      to({ words: ["belt conveyor"] }, "842833"),
      to({ words: ["stacker reclaimer", "material handling"] }, "842890"),
    ],
    note: "continuous-action elevators and conveyors 84283x (pneumatic 842820, bucket 842832, belt 842833, other 842839); other handling machinery 842890; parts 8431",
  }),
  e("crawler excavator|hydraulic excavator|wheeled excavator|track loader|crawler loader|crawler dozer|tunnel boring machine|horizontal directional drill|mining machinery|coal cutter|continuous miner|rock breaking machine|earth moving machinery|earthmoving machinery|earth moving equipment", "8429", {
    splits: [
      to({ words: ["tunnel boring", "coal cutter", "continuous miner"] }, "843031"),
      to({ words: ["horizontal directional", "rock breaking"] }, "843049"),
      to({ words: ["crawler dozer"] }, "842911"),
      to({ words: ["track loader", "crawler loader"] }, "842951"),
      to({ words: ["excavator"] }, "842952"),
    ],
    note: "self-propelled earth-moving machinery 8429 (excavators with 360° superstructure 842952); tunnelling, mining and boring machinery 8430",
  }),
  e("harvesting machine|harvesting machinery|round baler|square baler|tedder|root harvester|egg grading machine|fruit grading machine|fruit sorting machine|dairy machinery|milk cooling tank|fodder mixer|lawn dethatcher|soil cultivator", "8433", {
    splits: [
                  to({ words: ["dethatcher", "aerator"] }, "843280"),
      to({ words: ["scarifier", "cultivator"] }, "843229"),
      to({ words: ["dairy", "milk cooling"] }, "843420"),
      to({ words: ["feed mixer", "fodder", "chaff", "feed grinder"] }, "843610"),
      to({ words: ["combine"] }, "843351"),
      to({ words: ["threshing", "thresher"] }, "843352"),
      to({ words: ["potato", "root harvester"] }, "843353"),
      to({ words: ["baler"] }, "843340"),
      to({ words: ["rake", "tedder"] }, "843330"),
      to({ words: ["mower conditioner"] }, "843320"),
      to({ words: ["egg", "fruit"] }, "843360"),
      to({}, "843359"),
    ],
    note: "harvesting and threshing machinery 8433 (combines 843351, balers 843340, egg/fruit grading 843360); soil preparation 8432; dairy 843420; fodder preparation 843610",
  }),
  e("food processing machinery|industrial food processing machine|vegetable processing machine|fruit peeling machine|meat processing machinery|poultry processing machine|fish processing machine|sugar manufacturing machinery|sugar cane crusher|dough rounder", "8438", {
    splits: [
      to({ words: ["sugar"] }, "843830"),
      to({ words: ["dough"] }, "843810"),
      to({ words: ["meat", "poultry"] }, "843850"),
      to({ words: ["fruit", "vegetable"] }, "843860"),
      to({}, "843880"),
    ],
    note: "industrial food preparation machinery 8438 (bakery 843810, sugar 843830, meat/poultry 843850, fruit/vegetables 843860, other 843880)",
  }),
  e("printing machine|printing machinery|offset printing machine|offset printing press|flexographic printing machine|flexo printing machine|gravure printing machine|rotogravure press|letterpress machine|digital printing press", "8443", {
    splits: [
      to({ isPart: true }, "844391"),
      to({ words: ["offset"] }, "844319"),
      to({ words: ["flexographic", "flexo"] }, "844316"),
      to({ words: ["gravure", "rotogravure"] }, "844317"),
      to({ words: ["digital printing"] }, "844339"),
      to({}, "844319"),
    ],
    note: "printing machinery using plates, cylinders and other printing components 84431x (flexographic 844316, gravure 844317, other 844319); parts 844391",
  }),
  e("spindle textile|heald frame|reed for loom|card clothing|yarn texturing machine|twisting machine|yarn twisting machine|warping machine|fabric dyeing machine|textile dyeing machine|textile finishing machine|fabric finishing machine|textile bleaching machine", "8448", {
    splits: [
      to({ words: ["texturing"] }, "844400"),
      to({ words: ["twisting", "warping"] }, "844540"),
      to({ words: ["dyeing", "bleaching", "finishing"] }, "845140"),
      to({ words: ["fabric cutting"] }, "845150"),
      to({ words: ["textile printing"] }, "844319"),
      to({ words: ["loom", "heald", "reed"] }, "844849"),
      to({ words: ["knitting"] }, "844859"),
      to({ words: ["card clothing"] }, "844831"),
      to({ words: ["spinning", "spindle"] }, "844833"),
      to({}, "844839"),
    ],
    note: "textile machinery: extruding/texturing 8444, preparing/twisting/winding 8445, finishing/dyeing 8451; parts and accessories 8448",
  }),
  e("die casting machine|continuous casting machine|metal casting machine|foundry ladle|casting ladle|ingot mould|ingot mold|metallurgical converter", "8454", {
    splits: [to({ words: ["converter"] }, "845410"), to({ words: ["ladle", "ingot"] }, "845420"), to({}, "845430")],
    note: "converters, ladles, ingot moulds and casting machines of a kind used in metallurgy or metal foundries → 8454",
  }),
  e("metal rolling mill|steel rolling mill|hot rolling mill|cold rolling mill|tube mill|pipe mill|rolling mill roll|mill roll", "8455", {
    splits: [to({ words: ["tube", "pipe"] }, "845510"), to({ words: ["hot"] }, "845521"), to({ words: ["cold"] }, "845522"), to({ words: ["mill roll"] }, "845530")],
    note: "metal-rolling mills and rolls therefor → 8455",
  }),
  e("waterjet cutting machine|water jet cutting machine|water jet cutter|electrical discharge machine|electro discharge machine|sinker edm|cnc plasma cutter|ultrasonic machining machine|electron beam machine", "8456", {
    splits: [
      to({ words: ["waterjet", "water jet"] }, "845650"),
      to({ words: ["edm", "discharge"] }, "845630"),
      to({ words: ["plasma"] }, "845640"),
      to({ words: ["ultrasonic"] }, "845620"),
      to({}, "845690"),
    ],
    note: "machine tools working by removal of material by laser, ultrasonic (845620), electro-discharge (845630), plasma arc (845640), water jet (845650) processes",
  }),
  e("machining center|machining centre|vertical machining center|horizontal machining center|unit construction machine|transfer machine machining", "8457", {
    splits: [to({ words: ["unit construction"] }, "845720"), to({ words: ["transfer"] }, "845730"), to({}, "845710")],
    note: "machining centres 845710, unit construction machines 845720, multi-station transfer machines 845730",
  }),
  e("boring machine|threading machine|drilling machine|radial drilling machine|knee type milling machine|boring-milling machine|tip dresser", "8459", {
    splits: [
      to({ words: ["drilling"] }, "845929"),
      to({ words: ["boring"] }, "845959"),
      to({ words: ["tapping", "threading"] }, "845970"),
      to({ words: ["milling"] }, "845969"),
      to({}, "845969"),
    ],
    note: "machine tools for drilling (84592x), boring (84595x), milling (84596x), threading or tapping (845970) by removing metal",
  }),
  e("surface grinding machine|cylindrical grinder|cylindrical grinding machine|centerless grinder|tool grinder|tool and cutter grinder|lapping machine|deburring machine|metal polishing machine", "8460", {
    splits: [
      to({ words: ["surface"] }, "846019"),
      to({ words: ["cylindrical", "centerless"] }, "846029"),
      to({ words: ["tool grinder", "tool and cutter", "sharpening"] }, "846039"),
      to({ words: ["honing", "lapping"] }, "846040"),
      to({}, "846090"),
    ],
    note: "machine tools for deburring, sharpening, grinding, honing, lapping, polishing metal → 8460",
  }),
  e("gear cutting machine|gear hobbing machine|gear shaping machine|broaching machine|metal planing machine|metal cutting saw|metal band saw|band saw for metal|sawing machine metal", "8461", {
    splits: [to({ words: ["gear"] }, "846140"), to({ words: ["saw", "sawing"] }, "846150"), to({ words: ["broaching"] }, "846190"), to({}, "846190")],
    note: "machine tools for planing, shaping, slotting, broaching, gear cutting (846140), sawing or cutting-off (846150) metal",
  }),
  e("cnc press brake|sheet metal bending machine|tube bending machine|tube bender machine|panel bender|metal shearing machine|guillotine shear|punching machine|cnc punching machine|turret punch press|forging machine|forging hammer|die forging press|servo press|metal forming machine", "8462", {
    splits: [
      to({ words: ["forging"] }, "846219"),
      to({ words: ["panel bender"] }, "846224"),
      to({ words: ["press brake"] }, "846223"),
      to({ words: ["roll forming"] }, "846225"),
      to({ words: ["bending", "bender", "spring making"] }, "846229"),
      to({ words: ["shearing", "shear"] }, "846239"),
      to({ words: ["punching", "punch"] }, "846249"),
      to({ words: ["hydraulic press"] }, "846261"),
      to({ words: ["servo"] }, "846263"),
      to({}, "846290"),
    ],
    note: "metal forming: forging 84621x, bending/folding 84622x, shearing 84623x, punching 84624x, presses 84626x, other 846290",
  }),
  e("wire drawing machine|riveting machine|rivet machine|draw bench", "8463", {
    splits: [to({ words: ["draw bench"] }, "846310"), to({ words: ["thread rolling"] }, "846320"), to({ words: ["wire"] }, "846330"), to({}, "846390")],
    note: "other machine tools working metal without removing material: draw-benches 846310, thread rolling 846320, for working wire 846330, other (riveting) 846390",
  }),
  e("stone saw machine|marble cutting machine|stone polishing machine|granite polishing machine|concrete cutting machine|glass edging machine|glass grinding machine", "8464", {
    splits: [to({ words: ["polishing", "grinding", "edging"] }, "846420"), to({ words: ["cutting", "saw"] }, "846410"), to({}, "846490")],
    note: "machine tools for working stone, ceramics, concrete or cold-working glass: sawing 846410, grinding/polishing 846420, other 846490",
  }),
  e("woodworking machinery|wood planer|jointer planer|edge bander|edge banding machine|wood router machine|mortising machine|wood drilling machine|veneer peeling machine|wood splitting machine", "8465", {
    splits: [
      to({ words: ["panel saw"] }, "846591"),
      to({ words: ["planer", "jointer", "spindle moulder", "router"] }, "846592"),
      to({ words: ["mortising", "drilling"] }, "846595"),
      to({ words: ["veneer", "splitting"] }, "846596"),
      to({}, "846599"),
    ],
    note: "machine tools for working wood, cork, bone, hard rubber or hard plastics → 8465 (saws 846591, planing/milling 846592, drilling/mortising 846595, splitting/slicing/paring 846596)",
  }),
  e("oxy-acetylene torch|oxyacetylene torch|gas welding torch|gas cutting torch|gas soldering torch|gas welding equipment", "8468", {
    splits: [to({ words: ["gas welding equipment"] }, "846880"), to({}, "846820")],
    note: "gas-operated machinery for soldering, brazing, welding or tempering: hand-held blow pipes 846810, other gas-operated 846820",
  }),
  e("currency counter|currency counting machine|automated teller machine|cash dispenser machine|mail sorting machine|envelope stuffing machine|cheque writing machine", "847290", {
    splits: [to({ words: ["mail sorting", "envelope stuffing", "letter folding"] }, "847230")],
    note: "other office machines (banknote/coin counting and sorting, ATMs, cheque writers) 847290; mail sorting, folding, inserting 847230",
  }),
  e("computer component|server rack rail", "847330", { note: "parts and accessories of automatic data-processing machines of 8471 → 847330" }),
  e("concrete batching plant|asphalt mixing plant|asphalt plant|cone crusher|impact crusher|ore crusher|screening machine|trommel screen|sand washing machine|rod mill|mineral processing machine|drill cuttings dryer|brick machine", "8474", {
    splits: [
      to({ words: ["asphalt"] }, "847432"),
      to({ words: ["concrete", "cement", "mortar"] }, "847431"),
      to({ words: ["crusher", "ball mill", "rod mill"] }, "847420"),
      to({ words: ["screen", "screening", "washing", "cuttings"] }, "847410"),
      to({ words: ["brick"] }, "847480"),
      to({}, "847480"),
    ],
    note: "machinery for sorting, screening, washing (847410), crushing, grinding (847420), mixing (concrete 847431, bitumen 847432) and shaping mineral products (847480)",
  }),
  e("glass blowing machine|glass forming machine|glass bottle making machine|glassware making machine|optical fibre drawing machine|lamp assembling machine", "8475", {
    splits: [to({ words: ["lamp assembling"] }, "847510"), to({ words: ["optical fibre"] }, "847521"), to({}, "847529")],
    note: "machines for assembling lamps 847510; for manufacturing or hot-working glass 84752x",
  }),
  e("beverage vending machine|automatic vending machine|change machine|coin changer machine", "8476", {
    splits: [to({ words: ["drink", "beverage", "coffee"] }, "847621"), to({ words: ["change machine", "coin changer"] }, "847689"), to({}, "847689")],
    note: "automatic goods-vending machines: beverages (with heating/cooling 847621), other 847689; money-changing 847689",
  }),
  e("plastic extrusion machine|extrusion machine|rubber mixing machine|rubber moulding machine|tire vulcanizing machine|plastic shredder|plastics machinery|rubber machinery", "8477", {
    splits: [
      to({ words: ["injection"] }, "847710"),
      to({ words: ["extruder", "extrusion"] }, "847720"),
      to({ words: ["blow"] }, "847730"),
      to({ words: ["thermoforming", "vacuum forming"] }, "847740"),
      to({ words: ["vulcanizing", "rubber moulding"] }, "847751"),
      to({}, "847780"),
    ],
    note: "machinery for working rubber or plastics: injection moulding 847710, extruders 847720, blow moulding 847730, vacuum/thermoforming 847740, tyre moulding 847751, other 847780",
  }),
  e("cigarette making machine|tobacco processing machine|tobacco processing machinery|tobacco cutting machine|cigar making machine", "847810", { note: "machinery for preparing or making up tobacco → 8478" }),
  e("industrial robotic arm|industrial ultrasonic cleaner|car wash system|automatic car wash|wire stranding machine|electroplating equipment|mixing tank with agitator|emulsifying machine|kneading machine industrial|isostatic press|machine with individual function", "8479", {
    splits: [
      to({ isPart: true }, "847990"),
      to({ words: ["robot", "robotic"] }, "847950"),
      to({ words: ["evaporative", "swamp"] }, "847960"),
      to({ words: ["rope", "cable making", "stranding"] }, "847940"),
      to({ words: ["electroplating"] }, "847981"),
      to({ words: ["mixer", "mixing", "homogenizer", "emulsifying", "kneading"] }, "847982"),
      to({ words: ["isostatic"] }, "847983"),
      to({}, "847989"),
    ],
    note: "machines having individual functions n.e.c. 8479 (robots 847950, evaporative coolers 847960, mixing/kneading 847982, other 847989, parts 847990)",
  }),
  e("plastic injection mold|plastic injection mould|die casting mould|die casting die|moulding box|molding box|foundry pattern|casting pattern|blow mould|compression mold|glass mold|rubber mold industrial|tire mold|tyre mould", "8480", {
    splits: [
      to({ words: ["moulding box", "molding box"] }, "848010"),
      to({ words: ["mold base", "mould base"] }, "848020"),
      to({ words: ["pattern"] }, "848030"),
      to({ words: ["die casting"] }, "848041"),
      to({ words: ["glass"] }, "848050"),
      to({ words: ["injection", "compression"] }, "848071"),
      to({}, "848079"),
    ],
    note: "moulding boxes 848010, mould bases 848020, patterns 848030, moulds for metal (injection/compression 848041), glass 848050, rubber or plastics (injection/compression 848071, other 848079)",
  }),
  e("needle roller|needle rollers|tapered roller|bearing roller|bearing race|bearing ring|bearing inner ring|bearing outer ring|guide wheel bearing", "8482", {
    splits: [
      to({ words: ["guide wheel"] }, "848210"),
      to({ words: ["ball", "balls", "needle", "roller"] }, "848291"),
      to({}, "848299"),
    ],
    note: "parts of ball or roller bearings: balls, needles and rollers 848291, other (cages, races, rings) 848299",
  }),
  e("additive manufacturing machine|additive manufacturing machinery|resin 3d printer|3d printer extruder", "8485", {
    splits: [
      to({ isPart: true }, "848590"),
      to({ words: ["metal"] }, "848510"),
      to({ words: ["resin"] }, "848520"),
      to({}, "848580"),
    ],
    note: "additive manufacturing machines by material deposited: metal 848510, plastics/rubber 848520, plaster/cement/ceramics/glass 848530, other 848580; parts 848590",
  }),
  e("chemical vapor deposition|cvd equipment|physical vapor deposition|pvd equipment|sputtering system|sputtering equipment|ion implanter|plasma etcher|etching equipment semiconductor|wafer cleaning equipment|wafer polishing machine|crystal puller|crystal growing furnace|mask aligner|wafer stepper|semiconductor manufacturing equipment|flat panel display manufacturing equipment", "8486", {
    splits: [
      to({ isPart: true }, "848690"),
      to({ words: ["crystal"] }, "848610"),
      to({ words: ["flat panel"] }, "848630"),
      to({}, "848620"),
    ],
    note: "machines for the manufacture of semiconductor boules or wafers (848610), devices or integrated circuits (848620), flat panel displays (848630); parts 848690",
  }),
  e("watertube boiler|water tube boiler|water-tube boiler|fire tube boiler|firetube boiler|fire-tube boiler|steam generator boiler|steam generating boiler|three pass boiler|superheated water boiler|boiler economizer|economizer|superheater|soot blower|steam condenser", "8402", {
    splits: [
      to({ words: ["economizer", "superheater", "soot"] }, "840410"),
      to({ words: ["condenser"] }, "840420"),
      to({ words: ["superheated water"] }, "840220"),
      to({}, "840219"),
    ],
    note: "steam or other vapour generating boilers 8402 (other incl. hybrid 840219, superheated water 840220); auxiliary plant (economisers, superheaters) 840410, vapour condensers 840420",
  }),
];

void ELECTRIC;
