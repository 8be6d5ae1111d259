/**
 * Chapter 85 — electrical machinery and equipment: motors and generators, transformers and chargers,
 * batteries, domestic appliances, shavers, vehicle electrics, portable lamps, heating appliances,
 * phones and network gear, audio, video, media, cameras, displays, signalling, components,
 * switches and connectors, lamps and LEDs, semiconductors, e-cigarettes, cables.
 */
import type { LexiconEntry } from "../types.js";
import { e, to } from "./helpers.js";

/** Words for cookware heated on a stove, not by a heating element of its own. */
/**
 * Relays of a vehicle's electrical system, which switch its 12 or 24 V circuits (a voltage not exceeding 60 V). A coil
 * rating alone ("5V relay module") says nothing of the voltage the contacts switch.
 */
const LOW_VOLTAGE = ["automotive", "car", "vehicle", "truck", "motorcycle", "auto"];

/** Words that say a cooker heats itself. */
const ELECTRIC_COOKER = ["electric", "electrical", "programmable", "digital", "instant pot", "multi cooker", "multicooker", "multi-cooker", "watt", "watts", "plug"];

const STOVETOP = ["stovetop", "stove top", "for gas stoves", "for gas stove", "non-electric", "induction compatible", "for induction hobs"];

/** Integrated circuits by kind (subheadings 8542.31-.33): processors and controllers, memories, amplifiers. */
const IC_PROCESSOR = ["cpu", "processor", "microprocessor", "microcontroller", "mcu", "arm processor", "fpga", "asic", "soc"];
const IC_MEMORY = ["memory chip", "flash memory", "eeprom", "dram", "nand", "sram"];
const IC_AMPLIFIER = ["op amp", "operational amplifier", "amplifier ic"];

/** Words naming the battery of a phone, tablet or laptop, or a lithium-ion/polymer cell: accumulators (8507.60). */
const DEVICE_BATTERY = ["phone", "iphone", "smartphone", "cell phone", "mobile phone", "laptop", "notebook", "tablet", "ipad", "macbook", "li-ion", "lithium ion", "lipo", "li-po", "lithium polymer", "drill", "power tool", "cordless", "dewalt", "makita", "milwaukee", "ryobi", "drone", "ebike", "e-bike", "scooter", "jump starter"];

/** Words naming the kind of a battery (8506.50 lithium, .40 silver oxide, .60 zinc-air; 8507.20 other lead-acid). */
const LEAD_ACID = ["lead acid", "lead-acid", "sealed lead", "sla", "agm", "vrla"];
const LITHIUM_PRIMARY = ["cr2032", "cr2025", "cr2016", "cr123a", "cr 2032", "cr 2025", "cr 2016", "cr 2450", "cr 123a", "lithium battery primary", "lithium coin", "coin cell", "lithium"];
const SILVER_OXIDE = ["silver oxide", "watch battery", "sr626", "sr44"];
/** Words naming a luminaire in a title (a sensor named with them is its switch). */
const LIT = ["flood light", "floodlight", "security light", "wall light", "spotlight", "spot light", "porch light", "night light", "led light", "solar light", "solar lights", "light fixture", "lamp"];

const ZINC_AIR = ["zinc air", "hearing aid"];

export const ELECTRICAL: LexiconEntry[] = [
  e("electric motor|electric motors|dc motor|ac motor|brushless motor|bldc motor|brushed motor|stepper motor|servo motor|servo|micro motor|mini motor|vibration motor|gear motor|geared motor|induction motor|three phase motor|single phase motor|fan motor|hub motor|ebike motor|e-bike motor|ebike conversion kit|drone motor|rc motor|outrunner motor|spindle motor|generator|generators|alternator|portable generator|inverter generator|diesel generator|petrol generator|gas generator|generator set|genset|standby generator|solar generator|dynamo|hand crank generator|wind generator kit|electric generator", "8501", {
    splits: [
      // Generating sets by their engine: compression-ignition (diesel) 8502.1x by output in kVA, spark-ignition 8502.20.
      to({ words: ["diesel generator", "diesel genset"] }, "8502"),
      to({ words: ["generator set", "generating set", "genset"], allOf: [["diesel", "compression-ignition", "compression ignition", "semi-diesel"]] }, "8502"),
      to({ words: ["portable generator", "inverter generator", "petrol generator", "gas generator", "gasoline generator", "standby generator", "generator set", "genset"], unless: ["diesel", "compression-ignition", "compression ignition"] }, "850220"),
      to({ words: ["solar generator", "portable power station"] }, "850760"),
      to({ words: ["alternator"], use: ["vehicle"] }, "851150"),
      // An alternator rated 12 or 24 V, or named for a vehicle, is a generator of an internal combustion engine (8511.50).
      to({ words: ["alternator", "alternators"], allOf: [["12v", "24v", "car", "auto", "automotive", "truck", "motorcycle", "tractor", "engine"]] }, "851150"),
      to({ words: ["ebike conversion kit", "e-bike conversion kit"] }, "871499"),
      to({ words: ["servo", "stepper", "micro motor", "mini motor", "vibration motor"] }, "850110"),
      to({ words: ["brushless", "bldc", "dc motor", "brushed", "gear motor", "geared motor", "hub motor", "ebike motor", "e-bike motor", "drone motor", "rc motor", "outrunner", "spindle motor", "motor 12v"] }, "850131"),
      to({ words: ["single phase"] }, "850140"),
      to({ words: ["three phase", "induction"] }, "850152"),
      to({ words: ["generator", "alternator", "dynamo"] }, "850161"),
    ],
    note: "electric motors and generators 8501 (≤ 37.5 W 850110, DC 85013x, AC single-phase 850140, multi-phase 85015x, AC generators 85016x); generating sets 8502; vehicle alternators 851150",
  }),
  e("solar panel|solar panels|solar module|pv module|photovoltaic panel|photovoltaic module|solar cell|solar cells|flexible solar panel|portable solar panel|foldable solar panel|solar charger panel|monocrystalline panel|polycrystalline panel|solar kit", "8541", {
    splits: [to({ words: ["solar cell", "solar cells"] }, "854142"), to({ words: ["solar kit", "inverter", "battery"] }, "8541"), to({}, "854143")],
    note: "photovoltaic cells assembled in modules or made up into panels → 854143 (cells not assembled 854142)",
  }),
  e("power transformer|step down transformer|step up transformer|voltage transformer|isolation transformer|toroidal transformer|current transformer|distribution transformer|ballast|electronic ballast|fluorescent ballast|inductor|inductors|choke coil|coil inductor|ferrite core|ferrite bead", "8504", {
    splits: [
      to({ words: ["ballast"] }, "850410"),
      to({ words: ["inductor", "inductors", "choke", "coil inductor"] }, "850450"),
      to({ words: ["ferrite core", "ferrite bead"] }, "850519"),
      // Liquid dielectric (oil-immersed) transformers 8504.2x; without a stated power, the smallest (≤ 650 kVA).
      to({ words: ["distribution transformer", "power transformer", "transformer"], allOf: [["liquid dielectric", "oil immersed", "oil-immersed", "oil filled", "oil-filled", "oil cooled", "oil-cooled", "onan"]] }, "850421"),
      to({ words: ["distribution transformer"] }, "8504"),
      to({}, "850431"),
    ],
    note: "transformers 8504 2x/3x (≤ 1 kVA dry 850431), ballasts 850410, inductors 850450",
  }),
  e("charger|chargers|phone charger|mobile charger|usb charger|wall charger|fast charger|quick charger|usb-c charger|type-c charger|pd charger|gan charger|laptop charger|notebook charger|charging adapter|charger adapter|power adapter|ac adapter|ac/dc adapter|dc adapter|adapter power|power supply|power supplies|switching power supply|psu|pc power supply|atx power supply|led driver|led power supply|led transformer|12v power supply|24v power supply|dc power supply|bench power supply|lab power supply|battery charger|car battery charger|smart charger|trickle charger|battery maintainer|charging station|multi charger|charging dock|charging stand|charger stand|wireless charger stand|wireless charging stand|wireless charger|wireless charging pad|qi charger|magsafe charger|car charger|car phone charger|cigarette lighter adapter|usb car charger|inverter|power inverter|car inverter|solar inverter|pure sine wave inverter|hybrid inverter|grid tie inverter|converter|dc dc converter|buck converter|boost converter|step down module|voltage regulator module|voltage converter|voltage stabilizer|voltage regulator|avr|rectifier|uninterruptible power supply|ev charger|electric vehicle charger|wallbox|ev charging station|frequency converter|vfd|variable frequency drive|inverter drive|motor controller|ebike controller|esc|electronic speed controller|charge controller|solar charge controller|mppt controller|pwm controller solar", "8504", {
    splits: [
      to({ words: ["led driver", "led power supply", "led transformer"] }, "850440"),
      to({ words: ["voltage stabilizer", "avr"] }, "850440"),
      to({ words: ["motor controller", "ebike controller", "esc", "electronic speed controller", "charge controller", "solar charge controller", "mppt", "pwm controller"] }, "850440"),
      to({}, "850440"),
    ],
    note: "static converters (chargers, adapters, power supplies, inverters, UPS, EV chargers) → 850440",
  }),
  e("battery|batteries|aa battery|aa batteries|aaa battery|aaa batteries|c battery|d battery|9v battery|alkaline battery|alkaline batteries|carbon zinc battery|zinc carbon battery|heavy duty battery|button cell|button cells|button battery|coin cell|coin cell battery|cr2032|cr2025|cr2016|cr123a|lr44|ag13|lithium battery primary|lithium coin battery|hearing aid battery|hearing aid batteries|zinc air battery|watch battery|silver oxide battery", "8506", {
    splits: [
      // A battery for a laptop, phone, tablet, camera, drone or power tool is a lithium-ion accumulator (8507.60).
      to({ words: ["battery", "batteries"], allOf: [["laptop", "notebook", "macbook", "chromebook", "phone", "iphone", "smartphone", "cellphone", "tablet", "ipad", "drone", "camera", "gopro", "power tool", "drill", "cordless tool", "e-bike", "ebike", "electric bike", "scooter", "vape", "smartwatch"]], unless: ["aa", "aaa", "coin", "button", "alkaline", "cr2032", "cr2025", "cr123a"] }, "850760"),
      to({ words: ["rechargeable"] }, "8507"),
      // Replacement batteries of phones, tablets and laptops are lithium-ion accumulators (8507.60), not primary cells.
      to({ words: DEVICE_BATTERY }, "850760"),
      // Lead-acid accumulators of a kind used for starting piston engines (car, truck, motorcycle: SLI) 8507.10.
      to({ words: ["car battery", "auto battery", "automotive", "starter battery", "sli", "truck battery", "motorcycle battery", "vehicle battery"] }, "850710"),
      to({ words: LEAD_ACID }, "850720"),
      to({ words: LITHIUM_PRIMARY }, "850650"),
      to({ words: SILVER_OXIDE }, "850640"),
      to({ words: ZINC_AIR }, "850660"),
      to({ words: ["alkaline", "carbon zinc", "zinc carbon", "heavy duty", "aa battery", "aa batteries", "aaa battery", "aaa batteries", "9v", "lr44", "ag13"] }, "850610"),
      // A battery of no stated kind is a primary cell of the common (alkaline) kind, unless it is a device's battery.
      to({ words: ["battery", "batteries"], unless: [...DEVICE_BATTERY, "rechargeable", ...LEAD_ACID, ...LITHIUM_PRIMARY, ...SILVER_OXIDE, ...ZINC_AIR] }, "850610"),
      to({}, "850680"),
    ],
    decisive: ["use"], note: "primary cells and batteries → 8506 (manganese dioxide/alkaline 850610, silver oxide 850640, lithium 850650, zinc-air 850660); rechargeable 8507",
  }),
  e("replacement battery|replacement batteries|battery replacement|li-ion cell|li ion cell|lithium ion cell|lithium-ion cell|18650 cell|21700 cell|rechargeable battery|rechargeable batteries|lithium ion battery|lithium-ion battery|li-ion battery|lithium battery|lithium batteries|lipo battery|li-po battery|lithium polymer battery|18650 battery|18650|21700 battery|26650 battery|14500 battery|lifepo4 battery|lifepo4|lithium iron phosphate battery|battery pack|battery packs|power bank|powerbank|portable charger|jump starter|jump starters|car jump starter|portable jump starter|battery jump starter|jump box|portable power bank|magnetic power bank|portable power station|power station portable|solar power station|home battery|energy storage battery|powerwall|battery storage|ebike battery|e-bike battery|electric bike battery|scooter battery|drone battery|rc battery|phone battery|replacement phone battery|cell phone battery|mobile battery|camera battery|laptop battery pack|tool battery pack|car battery|auto battery|vehicle battery|starter battery|motorcycle battery|lead acid battery|sla battery|agm battery|gel battery|deep cycle battery|marine battery|golf cart battery|nimh battery|ni-mh battery|nimh batteries|nicd battery|ni-cd battery|battery cell|battery cells|prismatic cell|pouch cell|battery module|battery separator", "8507", {
    splits: [
      // A lithium jump starter or booster pack names the car battery it starts, not its own kind (8507.60).
      to({ words: ["car battery", "auto battery", "vehicle battery", "starter battery", "motorcycle battery", "automotive", "starting", "sli", "truck battery"], unless: ["lithium", "li-ion", "lithium ion", "lifepo4", "jump starter", "booster pack", "power bank"] }, "850710"),
      to({ words: ["lead acid", "sla", "agm", "gel battery", "deep cycle", "ups battery", "marine battery", "golf cart"] }, "850720"),
      to({ words: ["nimh", "ni-mh"] }, "850750"),
      to({ words: ["nicd", "ni-cd"] }, "850730"),
      to({ words: ["separator"] }, "850790"),
      to({}, "850760"),
    ],
    note: "accumulators → 8507 (lead-acid starting 850710, other lead-acid 850720, NiCd 850730, NiMH 850750, lithium-ion incl. power banks and power stations 850760)",
  }),
  e("vacuum cleaner|vacuum cleaners|vacuum|hoover|cordless vacuum|stick vacuum|handheld vacuum|hand vacuum|car vacuum|mini vacuum|robot vacuum|robotic vacuum|robot vacuum cleaner|robot mop|wet dry vacuum|wet and dry vacuum|shop vac|shop vacuum|canister vacuum|upright vacuum|bagless vacuum|backpack vacuum|industrial vacuum|central vacuum|window vacuum|window cleaning robot|pool vacuum|pool cleaner robot|robotic pool cleaner|vacuum cleaner bags|vacuum bags|vacuum brush roll|vacuum attachment|vacuum hose|vacuum nozzle|vacuum accessories", "8508", {
    splits: [
      to({ words: ["pool vacuum", "pool cleaner"] }, "847989"),
      to({ words: ["window cleaning robot", "window vacuum"] }, "850980"),
      to({ words: ["vacuum bags", "vacuum cleaner bags", "brush roll", "attachment", "hose", "nozzle", "accessories"] }, "850870"),
      to({ isPart: true }, "850870"),
      // Wet-and-dry and industrial vacuums are mostly above 1,500 W or 20 l (8508.19); a handheld, car or cordless one is not.
      to({ words: ["industrial", "wet dry", "wet and dry", "shop vac", "shop vacuum", "central vacuum", "backpack"], unless: ["handheld", "hand held", "car vacuum", "cordless", "12v", "portable", "mini"] }, "850819"),
      to({ power: ["manual"] }, "850860"),
      to({}, "850811"),
    ],
    note: "vacuum cleaners with electric motor ≤ 1,500 W and ≤ 20 l 850811, other 850819; parts 850870",
  }),
  e("blender|blenders|personal blender|portable blender|smoothie blender|hand blender|immersion blender|stick blender|food processor|food processors|chopper electric|electric chopper|mini chopper|mixer|stand mixer|hand mixer|electric mixer|kitchen mixer|egg beater electric|electric whisk|juicer|juicers|juice extractor|slow juicer|masticating juicer|centrifugal juicer|citrus juicer electric|cold press juicer|electric citrus press|meat grinder|electric meat grinder|mincer electric|coffee grinder|electric coffee grinder|burr grinder|spice grinder|electric spice grinder|grain grinder electric|soy milk maker|soymilk maker|nut milk maker|ice crusher|ice shaver electric|shaved ice machine|dough maker|bread maker|bread machine|pasta maker electric|noodle maker|juicer cup", "8509", {
    splits: [
      // Without a motor, food grinders and mills worked by hand are hand-operated mechanical appliances (8210).
      to({ words: ["operated by hand", "hand operated", "hand-operated", "manually operated", "hand crank", "hand-crank", "hand cranked", "non-electric"] }, "821000"),
      to({ words: ["bread maker", "bread machine"] }, "851660"),
      to({ words: ["soy milk maker", "soymilk maker", "nut milk maker"] }, "851679"),
      to({}, "850940"),
    ],
    note: "domestic food grinders, processors, mixers, juicers, blenders with motor → 850940; bread makers (heating) 851660",
  }),
  e("electric toothbrush|electric toothbrushes|sonic toothbrush|toothbrush electric|kids electric toothbrush|toothbrush head|toothbrush heads|replacement brush heads|water flosser|oral irrigator|dental water jet|floss pick electric|electric nail file|nail drill|electric nail drill|manicure machine|pedicure machine|electric foot file|electric callus remover|face cleansing brush|facial cleansing brush|electric face brush|facial brush electric|massager electric face|electric scalp massager|lint remover|fabric shaver|lint shaver|pill remover|bobble remover|electric can opener|electric bottle opener|electric wine opener|electric pepper grinder|electric salt grinder|electric knife|carving knife electric|electric knife sharpener|knife sharpener electric|window cleaner robot|floor polisher|electric mop|spin mop electric|electric scrubber|spin scrubber|power scrubber|cleaning brush electric|shoe polisher electric|garbage disposal|waste disposer|food waste disposer|food waste disposal|kitchen waste disposer|composter electric|electric composter|ultrasonic jewelry cleaner|denture cleaner ultrasonic|glasses cleaner ultrasonic|bubble tea machine|milk frother|electric milk frother|frother|handheld frother|cotton candy maker|popcorn maker|ice cream maker|yogurt maker|sous vide|sous vide cooker|electric wok|egg boiler|egg cooker|chocolate fountain|fondue set electric|humidifier domestic|aroma diffuser electric|essential oil diffuser electric|air freshener machine|scent diffuser machine|automatic air freshener|automatic soap dispenser|touchless soap dispenser|foam soap dispenser automatic|electric fly swatter|bug zapper|mosquito killer lamp|insect killer|mosquito repellent machine|ultrasonic pest repeller|pest repeller", "8509", {
    splits: [
      to({ words: ["toothbrush head", "toothbrush heads", "replacement brush heads"] }, "850990"),
      to({ words: ["cotton candy", "popcorn", "ice cream", "yogurt", "sous vide", "electric wok", "egg boiler", "egg cooker", "chocolate fountain", "fondue"] }, "851679"),
      to({ words: ["milk frother", "electric milk frother", "frother", "handheld frother"] }, "850940"),
      to({ words: ["bug zapper", "mosquito killer", "insect killer", "electric fly swatter", "pest repeller", "ultrasonic pest", "mosquito repellent machine"] }, "854370"),
      to({ words: ["ultrasonic jewelry", "denture cleaner", "glasses cleaner"] }, "847989"),
      to({ words: ["electric knife", "carving knife electric"] }, "850980"),
      to({ words: ["electric nail file", "nail drill", "electric nail drill", "manicure machine", "pedicure machine"] }, "851030"),
      to({}, "850980"),
    ],
    note: "other domestic electro-mechanical appliances with motor → 850980 (electric toothbrushes, water flossers, lint shavers, floor polishers, waste disposers); heating appliances 8516",
  }),
  e("electric shaver|electric razor|shaver|shavers|foil shaver|rotary shaver|beard trimmer|trimmer|body trimmer|nose hair trimmer|ear hair trimmer|eyebrow trimmer electric|hair clipper|hair clippers|electric hair clipper|cordless hair clipper|barber clippers|hair trimmer|pet clipper|pet clippers|dog clippers|dog grooming clipper|epilator|epilators|ipl hair removal|ipl device|laser hair removal device|hair removal device|lady shaver|bikini trimmer|clipper blade|clipper blades|shaver head|shaver foil|trimmer blade|clipper guards|guide combs", "8510", {
    splits: [
      to({ words: ["ipl", "laser hair removal"] }, "854370"),
      to({ words: ["clipper blade", "clipper blades", "shaver head", "shaver foil", "trimmer blade", "clipper guards", "guide combs"] }, "851090"),
      to({ words: ["epilator", "epilators", "hair removal", "lady shaver", "bikini trimmer"] }, "851030"),
      to({ words: ["hair clipper", "hair clippers", "barber", "hair trimmer", "pet clipper", "pet clippers", "dog clippers", "dog grooming", "beard trimmer", "body trimmer"] }, "851020"),
      to({ power: ["manual"] }, "8214"),
      to({}, "851010"),
    ],
    note: "shavers 851010, hair clippers 851020, hair-removing appliances 851030 (with self-contained motor); IPL devices 854370",
  }),
  e("spark plug|spark plugs|glow plug|glow plugs|ignition coil|ignition coils|coil pack|distributor cap|ignition module|cdi unit|cdi box|magneto|starter motor|starter solenoid|starter relay|car alternator|alternator car|motorcycle alternator|voltage regulator alternator|rectifier regulator|ignition switch|ignition lock cylinder|spark plug wire|spark plug wires|ignition cables|plug leads|ht leads", "8511", {
    splits: [
      to({ words: ["spark plug wire", "spark plug wires", "ignition cables", "plug leads", "ht leads"] }, "854430"),
      to({ words: ["ignition switch", "ignition lock"] }, "853650"),
      to({ words: ["spark plug", "spark plugs"] }, "851110"),
      to({ words: ["magneto"] }, "851120"),
      to({ words: ["ignition coil", "ignition coils", "coil pack", "distributor"] }, "851130"),
      to({ words: ["starter"] }, "851140"),
      to({ words: ["alternator"] }, "851150"),
      to({}, "851180"),
    ],
    note: "ignition and starting equipment for engines → 8511 (spark plugs 851110, coils/distributors 851130, starters 851140, alternators 851150, other incl. glow plugs, CDI 851180)",
  }),
  e("headlight|headlights|headlamp car|car headlight|led headlight|led headlight bulb|headlight assembly|tail light|tail lights|taillight|brake light|third brake light|fog light|fog lights|fog lamp|turn signal|turn signals|indicator light car|side marker light|daytime running light|drl|reversing light|license plate light|interior car light|dome light|car led strip|car interior led|car interior light|car interior lights|car ambient light|car ambient lighting|car atmosphere light|car atmosphere lamp|footwell light|footwell lights|car led light strip|car neon strip|underglow|light bar|led light bar|work light car|offroad light|truck light|trailer light|trailer lights|motorcycle headlight|motorcycle light|bike light|bicycle light|bike lights|bicycle lights|bike tail light|bike headlight|rear bike light|spoke light|spoke lights|wheel spoke light|bike wheel light|bicycle wheel light|valve cap light|warning light|strobe light|beacon light|emergency light vehicle|police light|rotating beacon|car horn|air horn|electric horn|motorcycle horn|bike horn electric|windscreen wiper|windshield wiper|wiper blade|wiper blades|wiper motor|wiper arm|rear wiper|defroster|demister|rear window defroster", "8512", {
    splits: [
      to({ words: ["led headlight bulb", "led headlight bulbs"] }, "853952"),
      to({ words: ["headlight bulb", "h4", "h7", "h11", "9005"] }, "8539"),
      to({ words: ["bike light", "bicycle light", "bike lights", "bicycle lights", "bike tail", "bike headlight", "rear bike", "spoke light", "spoke lights", "bike wheel light", "bicycle wheel light", "valve cap light"] }, "851210"),
      to({ words: ["horn", "air horn", "electric horn"] }, "851230"),
      to({ words: ["air horn"], power: ["manual"] }, "8306"),
      to({ words: ["wiper", "wipers", "defroster", "demister"] }, "851240"),
      to({ words: ["wiper blade", "wiper blades", "wiper arm"] }, "851290"),
      to({}, "851220"),
    ],
    note: "electrical lighting/signalling for vehicles 851220 (bicycles 851210), horns 851230, wipers and demisters 851240; bulbs 8539",
  }),
  // Ambient ("atmosphere") light strips are sold for rooms and for car interiors: fitted in a motor vehicle (12 V,
  // footwell, dashboard) they are lighting equipment of a kind used for motor vehicles (8512.20), else LED luminaires.
  e("ambient light strip|ambient light strips|atmosphere lamp|atmosphere light|atmosphere lights|ambient lighting strip", "940542", {
    splits: [to({ use: ["vehicle"] }, "851220"), to({ words: ["car", "auto", "automotive", "vehicle", "footwell", "dashboard", "truck", "motorcycle"] }, "851220")],
    note: "ambient light strips: for motor vehicles 851220 (lighting equipment of a kind used for motor vehicles), else LED luminaires 940542",
  }),
  e("flashlight|flashlights|torch|torches|led flashlight|tactical flashlight|rechargeable flashlight|pocket flashlight|mini flashlight|keychain flashlight|penlight|pen light|headlamp|head lamp|headlight for running|head torch|led headlamp|camping lantern|lantern|led lantern|battery lantern|rechargeable lantern|camping light|tent light|emergency light|emergency lamp|work light|led work light|magnetic work light|inspection light|spotlight handheld|searchlight portable|uv flashlight|blacklight flashlight|dive light|diving torch|bike light portable|clip light|book light|reading light clip|night light portable|puck light battery|closet light|motion sensor light battery|cabinet light battery", "8513", {
    splits: [
      to({ power: ["electric"], words: ["work light", "emergency light", "closet light", "cabinet light"] }, "9405"),
      to({}, "851310"),
    ],
    note: "portable electric lamps with their own energy source (torches, headlamps, battery lanterns, work lights) → 851310; mains-powered luminaires 9405",
  }),
  e("furnace|industrial furnace|muffle furnace|induction furnace|melting furnace|kiln|electric kiln|pottery kiln|heat treatment furnace|induction heater|induction heating machine|microwave industrial|electric oven industrial", "8514", {
    splits: [to({ words: ["induction heater", "induction heating"] }, "851440"), to({ words: ["induction"] }, "851420"), to({}, "851419")], note: "industrial/laboratory electric furnaces and ovens, induction heating → 8514",
  }),
  e("electric kettle|kettle|kettles|cordless kettle|travel kettle|glass kettle|temperature control kettle|water boiler|hot water dispenser|instant hot water dispenser|water heater electric|electric water heater|immersion heater|immersion rod|tankless water heater electric|instant water heater electric|geyser|space heater|electric heater|heater|heaters|fan heater|ceramic heater|oil heater|oil filled radiator|convector heater|panel heater|infrared heater|patio heater electric|radiant heater|halogen heater|storage heater|underfloor heating|floor heating mat|heating cable|heating film|heating pad|electric heating pad|heating blanket pad|heated seat cushion|heated insoles|heated vest battery|hand warmer electric|rechargeable hand warmer|foot warmer|desk heater|mini heater|wall heater|hair dryer|hairdryer|hair drier|blow dryer|blow drier|hair dryer brush|hot air brush|hair straightener|flat iron|hair iron|straightening brush|curling iron|curling wand|hair curler|hair crimper|automatic curler|hot comb|heated brush|hood dryer|hand dryer|hand drier|jet hand dryer|clothes iron|steam iron|electric iron|travel iron|cordless iron|garment steamer|clothes steamer|handheld steamer|fabric steamer|steam generator iron|microwave|microwave oven|microwaves|oven|electric oven|toaster oven|countertop oven|mini oven|convection oven|air fryer|air fryers|air fryer oven|rice cooker|electric pressure cooker|pressure cooker|instant pot|multi cooker|multicooker|slow cooker|crock pot|electric cooker|induction cooktop|induction cooker|induction hob|electric hob|hot plate|hotplate|electric stove|electric range|electric grill|indoor grill|contact grill|panini press|electric griddle|waffle maker|waffle iron|pancake maker|crepe maker|sandwich maker|sandwich toaster|toaster|toasters|pop up toaster|electric skillet|electric frying pan|deep fryer|electric fryer|hot pot electric|electric hot pot|food steamer|electric steamer|egg steamer|food warmer tray|warming tray|plate warmer|bottle warmer|baby bottle warmer|baby food maker|coffee maker|coffee machine|espresso machine|espresso maker|drip coffee maker|capsule coffee machine|pod coffee machine|nespresso machine|coffee brewer|cold brew maker electric|tea maker|electric teapot|samovar|electric samovar|kettle teapot set electric|food dehydrator|dehydrator|electric roaster|rotisserie|electric smoker|pizza oven electric|pizza maker|electric pizza oven|bread toaster|raclette grill|takoyaki maker|electric lunch box|heated lunch box|mug warmer|cup warmer|candle warmer|wax warmer|wax melter|wax heater|paraffin bath|towel warmer|heated towel rack|electric towel warmer|soldering pot|heating element|heating elements|cartridge heater|band heater|heating resistor|ptc heater|thermal fuse heater", "8516", {
    splits: [
      // A pressure cooker or kettle heated on a stove has no heating element: a household article of its metal (7323 / 7615).
      to({ words: ["pressure cooker", "pressure cookers", "kettle", "kettles"], allOf: [STOVETOP], material: ["aluminium"] }, "761510"),
      to({ words: ["pressure cooker", "pressure cookers", "kettle", "kettles"], allOf: [STOVETOP] }, "7323"),
      // A pressure cooker said to be of a metal, with no word of electric heating, is the stovetop kind.
      to({ words: ["pressure cooker", "pressure cookers"], material: ["aluminium"], unless: ELECTRIC_COOKER }, "761510"),
      to({ words: ["pressure cooker", "pressure cookers"], material: ["iron_steel", "stainless_steel"], unless: ELECTRIC_COOKER }, "7323"),
      // An electric kettle or water boiler heats water by its element: "other" electro-thermic appliances (8516.79), not
      // the heating resistor it contains (8516.80); "water heater" in a kettle's title is a sales word, not a storage or
      // instantaneous water heater (8516.10), which has a tank or sits in the water supply line.
      to({ words: ["electric kettle", "kettle", "kettles", "cordless kettle", "travel kettle", "glass kettle", "temperature control kettle", "water boiler", "hot water dispenser"], unless: ["immersion", "tankless", "geyser", "storage water heater", "water tank"] }, "851679"),
      to({ words: ["water heater", "immersion heater", "immersion rod", "tankless", "instant water heater", "geyser"] }, "851610"),
      to({ words: ["storage heater"] }, "851621"),
      to({ words: ["hair dryer", "hairdryer", "hair drier", "blow dryer", "blow drier", "hood dryer"] }, "851631"),
      to({ words: ["straightener", "flat iron", "hair iron", "curling", "curler", "crimper", "hot comb", "heated brush", "hot air brush", "hair dryer brush", "straightening brush"] }, "851632"),
      to({ words: ["hand dryer", "hand drier"] }, "851633"),
      to({ words: ["garment steamer", "clothes steamer", "handheld steamer", "fabric steamer"] }, "851679"),
      to({ words: ["iron", "clothes iron", "steam iron", "electric iron", "travel iron", "cordless iron", "steam generator iron"] }, "851640"),
      to({ words: ["microwave", "microwaves", "microwave oven"] }, "851650"),
      // Coffee or tea makers brew; a kettle, water boiler or hot water dispenser only heats water: "other" (8516.79; CBP
      // classifies electric kettles there).
      to({ words: ["coffee", "espresso", "capsule", "pod coffee", "nespresso", "tea maker", "electric teapot", "samovar"] }, "851671"),
      to({ words: ["toaster", "toasters", "pop up toaster", "bread toaster", "sandwich maker", "sandwich toaster"] }, "851672"),
      to({ words: ["oven", "air fryer", "rice cooker", "pressure cooker", "instant pot", "multi cooker", "multicooker", "slow cooker", "crock pot", "cooker", "cooktop", "hob", "hot plate", "hotplate", "stove", "range", "grill", "panini", "griddle", "waffle", "pancake", "crepe", "skillet", "frying pan", "deep fryer", "fryer", "hot pot", "roaster", "rotisserie", "smoker", "pizza", "raclette", "takoyaki"] }, "851660"),
      to({ words: ["heating element", "heating elements", "cartridge heater", "band heater", "heating resistor", "ptc heater"] }, "851680"),
      to({ words: ["heater", "heaters", "space heater", "fan heater", "ceramic heater", "oil heater", "oil filled", "convector", "panel heater", "infrared heater", "patio heater", "radiant", "halogen heater", "underfloor", "floor heating", "heating cable", "heating film", "desk heater", "mini heater", "wall heater"] }, "851629"),
      to({}, "851679"),
    ],
    note: "electro-thermic appliances → 8516 (water heaters 851610, space heaters 851629, hair dryers 851631, stylers 851632, hand dryers 851633, irons 851640, microwaves 851650, ovens/cookers/grills/air fryers 851660, coffee/tea makers 851671, toasters 851672, other incl. kettles and water boilers 851679)",
  }),
  e("smartphone|smartphones|smart phone|mobile phone|mobile phones|cell phone|cellphone|cell phones|iphone|android phone|unlocked phone|5g phone|4g phone|rugged phone|gaming phone|foldable phone|flip phone|feature phone|senior phone|basic phone|kids phone|satellite phone|sat phone|landline phone|telephone|corded phone|cordless phone|dect phone|desk phone|ip phone|voip phone|office phone|conference phone|speakerphone|phone handset|intercom phone|hotel phone|payphone|retro phone", "8517", {
    splits: [
      to({ words: ["smartphone", "smartphones", "smart phone", "iphone", "android phone", "unlocked", "5g phone", "gaming phone", "foldable", "rugged phone"] }, "851713"),
      to({ words: ["feature phone", "flip phone", "senior phone", "basic phone", "kids phone", "mobile phone", "mobile phones", "cell phone", "cellphone", "cell phones", "satellite phone", "sat phone", "4g phone"] }, "851714"),
      to({ words: ["cordless phone", "dect phone"] }, "851711"),
      to({}, "851718"),
    ],
    note: "telephone sets: smartphones 851713, other cellular phones 851714, cordless line phones 851711, other 851718",
  }),
  e("router|wifi router|wi-fi router|wireless router|mesh wifi|mesh router|mesh system|4g router|5g router|lte router|mobile hotspot|mifi|pocket wifi|modem|dsl modem|cable modem|fiber modem|onu|ont|gpon onu|network switch|ethernet switch|gigabit switch|poe switch|managed switch|unmanaged switch|access point|wireless access point|wifi extender|wifi repeater|range extender|wifi booster|powerline adapter|network adapter|wifi adapter|usb wifi adapter|wifi dongle|bluetooth adapter|bluetooth dongle|bluetooth receiver|bluetooth transmitter|bluetooth 5.0 receiver|bluetooth 5.1 receiver|bluetooth 5.2 receiver|bluetooth 5.3 receiver|bluetooth aux adapter|bluetooth aux receiver|aux bluetooth adapter|aux bluetooth receiver|bluetooth audio adapter|wireless audio receiver|wireless audio adapter|bluetooth audio receiver|bluetooth module|wifi module|gsm module|4g module|lte module|zigbee hub|smart home hub|smart hub|gateway iot|media converter|fiber media converter|sfp module|sfp transceiver|optical transceiver|network card usb|ethernet adapter|usb ethernet adapter|print server|firewall appliance|firewall|vpn router|video intercom|video doorbell|smart doorbell|doorbell camera|wireless doorbell|intercom|intercom system|door phone|baby monitor audio|walkie talkie|walkie talkies|two way radio|two-way radio|ham radio|handheld radio transceiver|cb radio|radio transceiver|marine radio|pager|fax modem|smartwatch|smart watch|smartwatches|smart watches|fitness tracker|activity tracker|smart band|fitness band|smart bracelet|kids smartwatch|gps watch|smart ring|smart glasses|ai glasses|wireless presenter|bluetooth tracker|item tracker|airtag|key finder|gps tracker|gps tracking device|pet tracker|car gps tracker|vehicle tracker|obd tracker|signal booster|cell phone signal booster|mobile signal booster|repeater gsm|base station|femtocell|satellite terminal|starlink", "8517", {
    splits: [
      to({ words: ["base station", "femtocell"] }, "851761"),
      to({ words: ["walkie talkie", "walkie talkies", "two way radio", "two-way radio", "ham radio", "handheld radio transceiver", "cb radio", "radio transceiver", "marine radio"] }, "852560"),
      // A smart watch with a GPS tracker is still a smart watch (8517.62); trackers on their own 8526.91.
      to({ words: ["gps tracker", "gps tracking", "pet tracker", "car gps tracker", "vehicle tracker", "obd tracker", "bluetooth tracker", "item tracker", "airtag", "key finder"], unless: ["smart watch", "smartwatch", "watch phone"] }, "852691"),
      to({ words: ["video doorbell", "smart doorbell", "doorbell camera"] }, "852589"),
      // A doorbell (chime and push button) is other sound signalling apparatus (8531.80), not a burglar alarm (8531.10).
      to({ words: ["wireless doorbell"] }, "853180"),
      to({ words: ["wireless presenter"] }, "852692"),
      to({ words: ["firewall", "firewall appliance"] }, "851762"),
      to({}, "851762"),
    ],
    note: "apparatus for receiving/transmitting data or voice in networks (routers, modems, switches, Wi-Fi/Bluetooth adapters, smartwatches) → 851762; walkie-talkies 852560; GPS trackers 852691",
  }),
  e("antenna|antennas|tv antenna|tv aerial|indoor antenna|outdoor antenna|wifi antenna|4g antenna|lte antenna|gps antenna|car antenna|radio antenna|satellite dish|dish antenna|lnb|signal amplifier antenna|antenna booster", "8529", {
    splits: [to({ words: ["wifi antenna", "4g antenna", "lte antenna", "5g antenna"] }, "851771"), to({}, "852910")],
    note: "aerials and aerial reflectors → 852910 (for telecom apparatus 851771)",
  }),
  e("phone screen|phone lcd|replacement screen|lcd screen replacement|phone display|touch screen digitizer|phone back cover|back glass|phone housing|phone frame|charging port|charging port flex|flex cable|phone flex cable|phone camera lens replacement|phone speaker replacement|phone motherboard|sim tray|sim card tray|sim card adapter|sim ejector|phone button|volume button", "8517", {
    splits: [to({ words: ["lcd", "screen", "display", "digitizer"] }, "852412"), to({}, "851779")],
    note: "parts of telephones → 851779; display modules (LCD/OLED with touch) 8524",
  }),
  e("lcd module|lcd display module|oled display|oled module|tft display|tft lcd|lcd panel|display panel|e-ink display|epaper display|touch screen panel|touchscreen panel|lcd screen module|led display module|segment display|seven segment display|lcd character display|1602 lcd|oled screen", "8524", {
    splits: [
      to({ words: ["led display module", "segment display", "seven segment"] }, "853120"),
      to({ words: ["oled"] }, "852412"),
      to({ words: ["touch"] }, "852491"),
      to({}, "852411"),
    ],
    note: "flat panel display modules (HS 2022 heading 8524): without drivers 85241x, with drivers/touch 85249x; LED indicator panels 853120",
  }),
  e("microphone|microphones|mic|mics|usb microphone|condenser microphone|dynamic microphone|lavalier microphone|lapel mic|lavalier mic|wireless microphone|wireless mic|karaoke microphone|podcast microphone|streaming microphone|headset microphone|shotgun microphone|camera microphone|clip on mic|mic stand|microphone stand|boom arm|mic boom arm|pop filter|mic windscreen|shock mount", "8518", {
    splits: [to({ words: ["karaoke microphone"], use: ["toy"] }, "950300"), to({ words: ["pop filter", "windscreen", "shock mount"] }, "851890"), to({}, "851810")],
    note: "microphones and their stands → 851810",
  }),
  e("speaker|speakers|loudspeaker|loudspeakers|bluetooth speaker|wireless speaker|portable speaker|smart speaker|soundbar|sound bar|computer speakers|pc speakers|desktop speakers|bookshelf speakers|floor standing speakers|tower speakers|studio monitors|monitor speakers|subwoofer|sub woofer|car speaker|car speakers|car subwoofer|ceiling speaker|in-wall speaker|outdoor speaker|party speaker|karaoke speaker|pa speaker|column speaker|horn speaker|tweeter|woofer|speaker driver|full range speaker|speaker unit|mini speaker|shower speaker|pillow speaker|speaker box|speaker enclosure empty|speaker grill|speaker cabinet", "8518", {
    splits: [
      to({ words: ["smart speaker", "alexa", "echo dot", "google home", "homepod"] }, "851762"),
      to({ words: ["tweeter", "woofer", "speaker driver", "full range speaker", "speaker unit", "car speaker", "car speakers", "ceiling speaker", "in-wall"] }, "851829"),
      to({ words: ["speaker grill", "speaker enclosure", "speaker cabinet"] }, "851890"),
      to({ words: ["soundbar", "sound bar", "computer speakers", "pc speakers", "bookshelf", "floor standing", "tower", "studio monitors", "monitor speakers", "party speaker", "pa speaker"] }, "851822"),
      to({ words: ["amplifier", "amplified", "bluetooth", "wireless", "portable"] }, "851821"),
      to({}, "851821"),
    ],
    note: "loudspeakers: single in enclosure 851821, multiple in the same enclosure 851822, not mounted (drivers) 851829; smart speakers 851762",
  }),
  e("headphones|headphone|headset|headsets|earphones|earphone|earbuds|earbud|ear buds|wireless earbuds|true wireless earbuds|tws earbuds|bluetooth earbuds|bluetooth headphones|wireless headphones|noise cancelling headphones|over ear headphones|on ear headphones|in ear headphones|in-ear monitors|iem|gaming headset|usb headset|call center headset|bluetooth headset|wired earphones|sport earphones|bone conduction headphones|open ear headphones|sleep headphones|kids headphones|headphone amplifier|dac amp|headphone amp|earpads|ear pads|ear pads cushions|ear pad cushions|earpad cushions|ear cushions|replacement ear pads|headphone cushions|ear tips|eartips|headphone cable|earbud tips", "8518", {
    splits: [
      to({ words: ["earpads", "ear pads", "ear pad", "ear cushions", "headphone cushions", "ear tips", "eartips", "earbud tips"] }, "851890"),
      to({ words: ["headphone amplifier", "dac amp", "headphone amp"] }, "851840"),
      to({ words: ["headphone cable"] }, "854442"),
      to({}, "851830"),
    ],
    note: "headphones and earphones, with or without microphone → 851830",
  }),
  e("amplifier|amplifiers|audio amplifier|power amplifier|stereo amplifier|hifi amplifier|integrated amplifier|class d amplifier|amplifier board|amp board|car amplifier|guitar amplifier|guitar amp|bass amp|tube amplifier|preamp|preamplifier|mixer audio|audio mixer|mixing console|dj mixer|sound mixer|pa system|public address system|megaphone|bullhorn|loudhailer|voice amplifier|karaoke system|karaoke machine|sound card audio interface|audio interface|equalizer audio|crossover audio|hearing amplifier|personal sound amplifier", "8518", {
    splits: [
      to({ words: ["megaphone", "bullhorn", "loudhailer", "pa system", "public address", "karaoke system", "karaoke machine", "voice amplifier"] }, "851850"),
      to({ words: ["hearing amplifier", "personal sound amplifier"] }, "902140"),
      to({ words: ["audio interface", "sound card"] }, "847160"),
      to({ words: ["mixer audio", "audio mixer", "mixing console", "dj mixer", "sound mixer"] }, "854370"),
      to({}, "851840"),
    ],
    note: "audio-frequency amplifiers 851840; electric sound amplifier sets (PA, megaphones, karaoke) 851850; mixing consoles 854370",
  }),
  e("turntable|turntables|record player|vinyl player|gramophone|phonograph|cd player|portable cd player|mp3 player|mp4 player|music player|digital audio player|dap|voice recorder|digital voice recorder|dictaphone|audio recorder|cassette player|cassette recorder|walkman|tape recorder|boombox|jukebox|hi-fi system|hifi system|stereo system|micro system audio|bookshelf stereo|dvd player|blu-ray player|bluray player|video player|vcr|dvr|nvr|digital video recorder|network video recorder|media player|streaming device|streaming stick|tv stick|tv box|android tv box|set-top box|set top box|satellite receiver|iptv box|digital tv receiver|dvb-t2 receiver|freeview box|fire stick", "8519", {
    splits: [
      to({ words: ["turntable", "turntables", "record player", "vinyl player", "gramophone", "phonograph"] }, "851930"),
      to({ words: ["jukebox"] }, "851920"),
      to({ words: ["dvd", "blu-ray", "bluray", "video player", "vcr", "dvr", "nvr", "digital video recorder", "network video recorder"] }, "852190"),
      to({ words: ["media player", "streaming device", "streaming stick", "tv stick", "tv box", "android tv box", "set-top box", "set top box", "satellite receiver", "iptv", "digital tv receiver", "dvb-t2", "freeview", "fire stick"] }, "852871"),
      to({ words: ["boombox", "hi-fi", "hifi", "stereo system", "micro system", "bookshelf stereo"] }, "852792"),
      to({}, "851981"),
    ],
    note: "sound recording/reproducing apparatus 8519 (turntables 851930, semiconductor/optical media players and recorders 851981); video players/recorders 852190; TV receivers without screen (set-top boxes) 852871",
  }),
  e("usb flash drive|flash drive|usb drive|usb stick|thumb drive|pen drive|memory stick|usb memory stick|memory card|sd card|micro sd card|microsd card|tf card|cf card|compactfluid card|sdxc card|sdhc card|cfexpress card|blank cd|blank dvd|blank cds|blank dvds|cd-r|dvd-r|blank blu-ray|cd|cds|dvd|dvds|blu-ray disc|blu-ray movie|music cd|vinyl record|vinyl records|lp record|record album vinyl|audio cassette|cassette tape|blank cassette|vhs tape|video cassette|magnetic stripe card|hotel key card|rfid card|nfc card|nfc tag|nfc tags|rfid tag|rfid tags|rfid sticker|smart card|sim card|prepaid sim|esim card|ic card|proximity card|access card|key card|video game disc|game cartridge|game card|software license card|software on usb|digital download card", "8523", {
    splits: [
      to({ words: ["usb flash", "flash drive", "usb drive", "usb stick", "thumb drive", "pen drive", "memory stick", "memory card", "sd card", "micro sd", "microsd", "tf card", "cf card", "compactflash", "sdxc", "sdhc", "cfexpress", "game cartridge", "game card"] }, "852351"),
      to({ words: ["blank cd", "blank dvd", "blank cds", "blank dvds", "cd-r", "dvd-r", "blank blu-ray"] }, "852341"),
      to({ words: ["cd", "cds", "dvd", "dvds", "blu-ray disc", "blu-ray movie", "music cd", "video game disc"] }, "852349"),
      to({ words: ["magnetic stripe", "hotel key card"] }, "852321"),
      to({ words: ["audio cassette", "cassette tape", "blank cassette", "vhs", "video cassette"] }, "852329"),
      to({ words: ["smart card", "sim card", "prepaid sim", "esim", "ic card"] }, "852352"),
      to({ words: ["rfid", "nfc", "proximity card", "access card", "key card"] }, "852352"),
      to({ words: ["vinyl record", "vinyl records", "lp record", "record album"] }, "852380"),
      to({}, "852380"),
    ],
    note: "recording media: solid-state storage (USB sticks, memory cards) 852351, smart cards 852352, optical 85234x, magnetic 85232x, vinyl records 852380",
  }),
  e("camera|cameras|digital camera|compact camera|point and shoot camera|mirrorless camera|dslr|dslr camera|vlogging camera|action camera|action cam|sports camera|helmet camera|body camera|body cam|police body camera|camcorder|video camera|video camcorder|webcam|web camera|usb webcam|conference camera|ptz camera|security camera|security cameras|cctv camera|cctv|surveillance camera|ip camera|wifi camera|wireless camera|outdoor camera|indoor camera|home camera|pet camera|baby monitor|video baby monitor|spy camera|hidden camera|nanny cam|mini camera|dash cam|dashcam|dashboard camera|car camera|car dvr|backup camera|reversing camera|rear view camera|reverse camera|trail camera|game camera|hunting camera|wildlife camera|endoscope camera|borescope|inspection camera|snake camera|microscope camera|usb microscope|digital microscope|document camera|visualizer|thermal camera|thermal imaging camera|thermal imager|night vision camera|kids camera|children's camera|instant print camera|360 camera|panoramic camera|doorbell camera wired|camera module|raspberry pi camera|esp32 cam|broadcast camera|tv camera|streaming camera|4k camera", "8525", {
    splits: [
      to({ words: ["instant print camera", "instant camera", "instax", "polaroid"] }, "900640"),
      to({ words: ["thermal camera", "thermal imaging", "thermal imager"] }, "852589"),
      // Subheading note 3 to chapter 85: 8525.83 is photocathode (image-intensifier) night vision; the infrared "night
      // vision" of security, dash, trail and baby cameras is a feature of an ordinary digital camera (8525.89).
      to({ words: ["image intensifier", "photocathode"] }, "852583"),
      to({ words: ["night vision"], unless: ["security", "cctv", "surveillance", "ip camera", "wifi", "wi-fi", "wireless", "dash cam", "dashcam", "car dvr", "trail camera", "game camera", "hunting camera", "baby monitor", "pet camera", "doorbell", "webcam", "backup camera", "reversing camera", "ir led", "infrared led"] }, "852583"),
      to({ words: ["usb microscope", "digital microscope", "microscope camera"] }, "901190"),
      to({ words: ["endoscope", "borescope", "inspection camera", "snake camera"] }, "852589"),
      to({ words: ["camera module", "raspberry pi camera", "esp32"] }, "852589"),
      to({ words: ["kids camera", "children's camera"], use: ["toy"] }, "950300"),
      to({}, "852589"),
    ],
    note: "television cameras, digital cameras and video camera recorders → 852589 (night vision 852583); instant print cameras 900640; film cameras 9006",
  }),
  e("radar|radar detector|speed radar|parking sensor|parking sensors|reverse parking sensor|parking radar|backup sensor|gps|gps navigator|gps navigation|sat nav|satnav|car gps|handheld gps|marine gps|fish finder|fishfinder|sonar fish finder|chartplotter|remote control|remote controls|tv remote|universal remote|remote controller|rf remote|garage door remote|gate remote|remote switch|rc transmitter|rc controller|radio controller drone|drone remote|transmitter rc|receiver rc", "8526", {
    splits: [
      to({ words: ["radar detector", "speed radar", "radar"] }, "852610"),
      to({ words: ["parking sensor", "parking sensors", "parking radar", "backup sensor", "reverse parking"] }, "852610"),
      to({ words: ["fish finder", "fishfinder", "sonar"] }, "901480"),
      to({ words: ["gps", "gps navigator", "gps navigation", "sat nav", "satnav", "car gps", "handheld gps", "marine gps", "chartplotter"] }, "852691"),
      to({ words: ["tv remote", "universal remote", "ir remote", "infrared remote"] }, "854370"),
      to({}, "852692"),
    ],
    note: "radar 852610, radio navigation (GPS) 852691, radio remote controls 852692; infrared TV remotes 854370; sonar fish finders 9014",
  }),
  e("radio|radios|radio receiver|multi-media receiver|multimedia receiver|marine stereo|boat stereo|portable radio|fm radio|am fm radio|pocket radio|digital radio|dab radio|internet radio|clock radio|radio alarm clock|shower radio|emergency radio|crank radio|solar radio|weather radio|car radio|car stereo|car audio|head unit|car head unit|car multimedia player|android car stereo|car mp3 player|fm transmitter car|car fm transmitter|car bluetooth fm transmitter|bluetooth fm transmitter|car play adapter|carplay|carplay adapter|android auto adapter|carplay screen", "8527", {
    splits: [
      to({ words: ["fm transmitter"] }, "852560"),
      to({ words: ["carplay adapter", "android auto adapter", "car play adapter"] }, "851762"),
      to({ words: ["car radio", "car stereo", "car audio", "head unit", "car multimedia", "android car stereo", "car mp3", "carplay screen", "carplay", "marine stereo", "marine radio", "boat stereo", "marine receiver", "installed in boats", "motor vehicles", "motor vehicle"] }, "852721"),
      to({ words: ["clock radio", "radio alarm"] }, "852792"),
      to({ words: ["pocket radio"] }, "852712"),
      to({ words: ["cassette", "cd", "mp3", "sound recording", "recorder", "video playback", "usb playback", "sd card", "tf card"] }, "852713"),
      to({}, "852719"),
    ],
    note: "radio receivers: battery-capable 85271x (with sound recording or reproducing apparatus 852713), vehicle 85272x (car and marine head units play USB/CD/Bluetooth audio: 852721), mains 85279x; FM transmitters 852560",
  }),
  e("monitor|monitors|computer monitor|pc monitor|gaming monitor|lcd monitor|led monitor|4k monitor|curved monitor|portable monitor|usb monitor|touchscreen monitor|touch screen monitor|display monitor|cctv monitor|security monitor|car monitor|headrest monitor|reversing monitor|field monitor|camera monitor|medical monitor display|digital signage|signage display|advertising display|lcd advertising screen|video wall|kiosk display|television|televisions|tv|tvs|smart tv|led tv|lcd tv|oled tv|qled tv|4k tv|android tv|television set|portable tv|tv monitor|projector|projectors|mini projector|portable projector|home theater projector|4k projector|laser projector|pico projector|smart projector|led projector|business projector|digital photo frame|photo frame digital|digital picture frame", "8528", {
    splits: [
      to({ words: ["projector screen", "projection screen"] }, "9010"),
      to({ words: ["digital photo frame", "photo frame digital", "digital picture frame"] }, "852859"),
      to({ words: ["computer", "pc monitor", "gaming monitor", "4k monitor", "curved", "portable monitor", "usb monitor", "touchscreen monitor", "touch screen monitor", "monitor", "monitors"] }, "852852"),
      to({ words: ["cctv monitor", "security monitor", "car monitor", "headrest", "reversing monitor", "field monitor", "camera monitor", "digital signage", "signage", "advertising", "video wall", "kiosk"] }, "852859"),
      to({ words: ["projector", "projectors", "mini projector", "portable projector", "home theater", "4k projector", "laser projector", "pico", "smart projector", "led projector", "business projector"] }, "852862"),
      to({}, "852872"),
    ],
    note: "monitors for ADP machines 852852, other monitors 852859, projectors 85286x, TV receivers with screen 852872",
  }),
  e("doorbell|doorbells|door bell|door chime|doorbell chime|alarm|alarm system|burglar alarm|security alarm|home alarm system|intruder alarm|door alarm|window alarm|motion sensor alarm|pir sensor alarm|siren|electric siren|alarm siren|smoke detector|smoke alarm|fire alarm|heat detector|carbon monoxide detector|co detector|co alarm|gas detector|gas leak detector|water leak detector|water leak alarm|flood alarm|personal alarm|panic alarm|safety alarm keychain|car alarm|vehicle alarm|motorcycle alarm|bike alarm|anti-theft alarm|shop alarm|eas system|security tag alarm|doorbell|door bell|door chime|wireless chime|buzzer|buzzers|piezo buzzer|active buzzer|indicator light|indicator lamp|pilot light|signal light|led indicator|warning buzzer|call button|nurse call|pager system|restaurant pager|queue pager|tower light|stack light|traffic light|traffic signal|led sign|led display board|scrolling led sign|message board led", "8531", {
    splits: [
      to({ words: ["traffic light", "traffic signal"] }, "853080"),
      to({ words: ["car alarm", "vehicle alarm", "motorcycle alarm"] }, "853110"),
      to({ words: ["gas detector", "gas leak detector", "carbon monoxide detector", "co detector"] }, "902710"),
      to({ words: ["led sign", "led display board", "scrolling", "message board"] }, "853120"),
      to({ words: ["alarm", "burglar", "intruder", "smoke", "fire alarm", "heat detector", "co alarm", "water leak", "flood alarm", "personal alarm", "panic alarm", "safety alarm", "anti-theft", "shop alarm", "eas system", "security tag", "door alarm", "window alarm", "motion sensor alarm", "pir"] }, "853110"),
      to({}, "853180"),
    ],
    note: "electric sound or visual signalling apparatus → 8531 (burglar/fire alarms 853110, LED/LCD indicator panels 853120, other incl. doorbells, buzzers 853180); traffic lights 8530",
  }),
  e("capacitor|capacitors|electrolytic capacitor|ceramic capacitor|tantalum capacitor|film capacitor|supercapacitor|super capacitor|ultracapacitor|run capacitor|start capacitor|motor capacitor|ac capacitor|capacitor kit|capacitor assortment|resistor|resistors|resistor kit|resistor assortment|potentiometer|potentiometers|pot potentiometer|rheostat|trimmer potentiometer|thermistor|ntc thermistor|ptc thermistor|varistor|mov varistor|shunt resistor|load resistor|led resistor|printed circuit board|pcb|pcb board|circuit board|bare pcb|prototype board|perfboard|stripboard|pcb assembly|pcba|flexible pcb|fpc|breadboard|solderless breadboard", "8532", {
    splits: [
      to({ words: ["supercapacitor", "super capacitor", "ultracapacitor"] }, "853229"),
      to({ words: ["electrolytic"] }, "853222"),
      to({ words: ["tantalum"] }, "853221"),
      to({ words: ["ceramic"] }, "853224"),
      to({ words: ["film"] }, "853225"),
      to({ words: ["run capacitor", "start capacitor", "motor capacitor", "ac capacitor"] }, "853210"),
      to({ words: ["potentiometer", "potentiometers", "rheostat", "trimmer"] }, "853340"),
      to({ words: ["thermistor", "varistor", "mov"] }, "853340"),
      // Carbon composition or carbon film resistors have their own subheading (8533.10 "fixed carbon resistors").
      to({ words: ["resistor", "resistors"], allOf: [["carbon"]] }, "853310"),
      to({ words: ["resistor", "resistors"] }, "853321"),
      to({ words: ["pcba", "pcb assembly"] }, "854370"),
      to({ words: ["breadboard", "solderless"] }, "853690"),
      // An assembled control board (a printed circuit fitted with components) for controlling an appliance is a board for
      // electric control (8537.10), not a bare printed circuit (8534).
      to({ allOf: [["assembly", "pcba", "assembled", "populated"], ["control", "controlling", "controller"]] }, "853710"),
      to({ words: ["printed circuit", "pcb", "circuit board", "bare pcb", "prototype board", "perfboard", "stripboard", "flexible pcb", "fpc"] , unless: ["controlling", "control board", "controller board", "control pcb", "control pcba"] }, "853400"),
    ],
    note: "capacitors 8532, resistors and potentiometers 8533, bare printed circuits 853400; assembled boards are classified by function",
  }),
  e("switch|switches|light switch|wall switch|smart switch|wifi switch|dimmer switch|dimmer|toggle switch|rocker switch|push button switch|push button|tactile switch|micro switch|microswitch|limit switch|reed switch|slide switch|rotary switch|key switch|foot switch|foot pedal switch|pressure switch|float switch|timer switch|time switch|touch switch|remote control switch|relay|relays|relay module|solid state relay|ssr|contactor|contactors|magnetic contactor|circuit breaker|circuit breakers|mcb|rcd|rcbo|rccb|gfci|earth leakage breaker|fuse|fuses|fuse holder|blade fuse|car fuse|glass fuse|ceramic fuse|fuse box|fuse kit|surge protector|surge arrester|lightning arrester|overload protector|thermal protector|thermal fuse|socket outlet|power socket|wall socket|electrical outlet|outlet|usb outlet|usb wall socket|floor socket|plug|plugs|power plug|electrical plug|plug adapter|travel adapter|universal travel adapter|travel plug|plug converter|multi plug|multi socket|power strip|extension socket|extension lead|extension cord|power board|smart plug|wifi plug|smart socket|timer plug|plug timer|lamp holder|lampholder|light socket|bulb holder|e27 socket|e14 socket|bulb socket|batten holder|ceiling rose|connector|connectors|electrical connector|float switch|float switches|float level switch|wire connector|wire connectors|wire nut|wire nuts|twist on connector|twist on connectors|twist-on connector|twist-on connectors|twist on wire connectors|twist-on wire connectors|terminal|terminals|terminal block|terminal blocks|crimp terminals|spade terminals|ring terminals|butt connectors|heat shrink connectors|quick connector|wago connector|lever connector|pin header|header pins|jst connector|dupont connector|xt60|xt60 connector|xt90|anderson connector|mc4 connector|dc jack|dc connector|barrel jack|audio jack|headphone jack|rca connector|bnc connector|sma connector|n connector|rj45 connector|rj45|rj11|keystone jack|ethernet coupler|hdmi connector|usb connector|usb port|usb socket|type-c connector|battery connector|battery holder|battery box|battery clips|alligator clips|crocodile clips|test clips|banana plug|banana plugs|binding post|junction box|electrical box|switch box|socket box|wall plate|switch plate|outlet cover|blank plate|cable gland|fiber optic connector|fibre connector|fiber patch panel|patch panel|distribution board|consumer unit|electrical panel|control panel|control box|plc|programmable logic controller|motor starter|soft starter|control cabinet|switchgear|electrical cabinet|din rail|bus bar", "8536", {
    splits: [
      to({ words: ["plc", "programmable logic"] }, "853710"),
      to({ words: ["distribution board", "consumer unit", "electrical panel", "control panel", "control box", "control cabinet", "switchgear", "electrical cabinet", "motor starter", "soft starter"] }, "853710"),
      // A power strip with surge protection is classified as the protective apparatus (8536.30), not as its sockets.
      // An extension cord (a plug, a length of cable and a socket) is an insulated conductor fitted with connectors
      // (8544.42); a strip or block of several sockets is a socket (8536.69).
      to({ words: ["extension lead", "extension cord", "extension cords", "extension cable"], unless: ["power strip", "outlets", "sockets", "way", "gang", "surge", "power board", "multi plug", "multiplug"] }, "854442"),
      to({ words: ["power strip", "extension socket", "extension lead", "extension cord", "power board"], unless: ["surge protector", "surge protection", "surge suppressor"] }, "853669"),
      to({ words: ["fiber optic connector", "fibre connector"] }, "853670"),
      to({ words: ["fuse", "fuses", "blade fuse", "car fuse", "glass fuse", "ceramic fuse", "fuse kit"] }, "853610"),
      to({ words: ["circuit breaker", "circuit breakers", "mcb", "rcbo"] }, "853620"),
      to({ words: ["rcd", "rccb", "gfci", "earth leakage", "surge protector", "surge protection", "surge suppressor", "surge arrester", "lightning arrester", "overload", "thermal protector", "thermal fuse"] }, "853630"),
      // Relays for a voltage not exceeding 60 V (8536.41): a vehicle's relays.
      to({ words: ["relay", "relays", "relay module"], allOf: [LOW_VOLTAGE] }, "853641"),
      to({ words: ["relay", "relays", "relay module", "solid state relay", "ssr", "contactor", "contactors", "magnetic contactor"] }, "853649"),
      to({ words: ["lamp holder", "lampholder", "light socket", "bulb holder", "e27", "e14", "bulb socket", "batten holder"] }, "853661"),
      to({ words: ["socket outlet", "power socket", "wall socket", "electrical outlet", "outlet", "usb outlet", "usb wall socket", "floor socket", "plug", "plugs", "power plug", "electrical plug", "plug adapter", "travel adapter", "travel plug", "plug converter", "socket adapter", "multi plug", "multi socket", "smart plug", "wifi plug", "smart socket", "timer plug", "plug timer"] }, "853669"),
      to({ words: ["switch", "switches", "dimmer", "toggle", "rocker", "push button", "tactile", "micro switch", "microswitch", "limit switch", "reed switch", "slide switch", "rotary switch", "key switch", "foot switch", "pressure switch", "float switch", "timer switch", "time switch", "touch switch"] }, "853650"),
      // Junction boxes connect conductors (HSEN 85.36, apparatus for making connections) → 853690; empty back boxes,
      // plates and covers for the apparatus are its parts → 853890.
      to({ words: ["junction box", "junction boxes"] }, "853690"),
      to({ words: ["electrical box", "switch box", "socket box", "wall plate", "switch plate", "outlet cover", "blank plate", "cable gland", "din rail"] }, "853890"),
      to({ words: ["fiber patch panel", "patch panel"] }, "853890"),
      to({}, "853690"),
    ],
    note: "apparatus for switching, protecting or connecting circuits ≤ 1,000 V → 8536 (fuses 853610, breakers 853620, protectors 853630, relays 85364x, switches 853650, lamp-holders 853661, plugs and sockets 853669, other connectors 853690); boards and panels 8537",
  }),
  e("light bulb|light bulbs|bulb|bulbs|led bulb|led bulbs|led light bulb|led lamp bulb|smart bulb|smart light bulb|wifi bulb|rgb bulb|filament bulb|edison bulb|led filament bulb|vintage bulb|incandescent bulb|halogen bulb|halogen lamp bulb|gu10|mr16|g9 bulb|g4 bulb|e27 bulb|e14 bulb|b22 bulb|candle bulb|globe bulb|spot bulb|par bulb|corn bulb|led corn light|led tube|led tube light|t8 led tube|t5 led tube|fluorescent tube|fluorescent lamp|cfl|compact fluorescent|energy saving bulb|uv lamp|uv bulb|uvc lamp|germicidal lamp|black light bulb|infrared lamp|heat lamp|heat lamp bulb|reptile heat lamp|grow bulb|led grow bulb|hid bulb|xenon bulb|hid xenon|metal halide lamp|sodium lamp|car led bulb|t10 led|festoon bulb|sealed beam|led module|led modules|cob led|cob chip|led chip|led emitter|smd led|led diode|led beads|uv led", "8539", {
    splits: [
      to({ words: ["led chip", "led chips", "cob chip", "led emitter", "smd led", "led diode", "led diodes", "led beads", "uv led"] }, "854141"),
      to({ words: ["led module", "led modules", "cob led"] }, "853951"),
      to({ words: ["sealed beam"] }, "853910"),
      to({ words: ["led", "smart bulb", "smart light", "wifi bulb", "rgb bulb", "corn", "t10", "festoon"] }, "853952"),
      to({ words: ["halogen", "gu10", "mr16", "g9", "g4"] }, "853921"),
      to({ words: ["fluorescent", "cfl", "energy saving"] }, "853931"),
      to({ words: ["hid", "xenon", "metal halide", "sodium"] }, "853932"),
      to({ words: ["uv", "uvc", "germicidal", "black light", "infrared", "heat lamp", "reptile heat"] }, "853949"),
      to({ words: ["incandescent", "filament", "edison", "vintage bulb"] }, "853922"),
      to({ words: ["h4", "h7", "h11", "9005"] }, "853929"),
    ],
    note: "lamps: LED lamps 853952, LED modules 853951, halogen 853921, other filament 85392x, fluorescent 853931, HID 853932, UV/IR 853949; LED chips (diodes) 854141",
  }),
  // Vehicle bulbs named by their place, not their light source: the light source decides (the term itself names none,
  // so the words of the title do); a plain car bulb is a filament lamp 853929.
  e("car bulb|car bulbs|headlight bulb|headlight bulbs|h4 bulb|h7 bulb|h11 bulb|9005 bulb|indicator bulb|tail light bulb|brake light bulb|turn signal bulb|fog light bulb", "853929", {
    splits: [
      to({ words: ["led"] }, "853952"),
      to({ words: ["hid", "xenon"] }, "853932"),
      to({ words: ["halogen"] }, "853921"),
    ],
    note: "vehicle lamps (bulbs): LED 853952, HID/xenon discharge 853932, halogen 853921, other filament 853929",
  }),
  e("magnetron|vacuum tube|valve tube|electron tube|cathode ray tube|crt|x-ray tube|photomultiplier|nixie tube|klystron", "8540", {
    splits: [to({ words: ["magnetron"] }, "854071"), to({ words: ["x-ray tube"] }, "902230"), to({ words: ["cathode ray", "crt"] }, "854011")],
    note: "thermionic, cold cathode or photo-cathode tubes → 8540 (magnetrons 854071)",
  }),
  e("diode|diodes|rectifier diode|zener diode|schottky diode|transistor|transistors|mosfet|mosfets|igbt|igbt module|bjt|thyristor|thyristors|scr thyristor|triac|triacs|diac|bridge rectifier|rectifier bridge|photodiode|phototransistor|photocell|light sensor|ldr|optocoupler|laser diode|ir led|infrared led|hall sensor|hall effect sensor|crystal oscillator|quartz crystal oscillator|resonator|piezo element|piezoelectric crystal", "8541", {
    splits: [
      to({ words: ["transistor", "transistors", "mosfet", "mosfets", "igbt", "bjt"] }, "854129"),
      to({ words: ["thyristor", "thyristors", "scr", "triac", "triacs", "diac"] }, "854130"),
      to({ words: ["photodiode", "phototransistor", "photocell", "light sensor", "ldr", "optocoupler", "laser diode", "ir led", "infrared led"] }, "854149"),
      to({ words: ["hall sensor", "hall effect"] }, "854151"),
      to({ words: ["crystal oscillator", "quartz crystal", "resonator", "piezo element", "piezoelectric"] }, "854160"),
      to({}, "854110"),
    ],
    note: "semiconductor devices: diodes 854110, transistors 85412x, thyristors/triacs 854130, photosensitive devices 85414x, semiconductor transducers 85415x, mounted piezo crystals 854160",
  }),
  e("integrated circuit|integrated circuits|ic chip|ic chips|chip ic|microcontroller|mcu|microprocessor|cpu|processor|cpu processor|arm processor|fpga|asic|soc chip|memory chip|flash memory chip|eeprom|dram chip|nand flash chip|sram|op amp|operational amplifier|amplifier ic|voltage regulator ic|ldo regulator|power management ic|driver ic|motor driver ic|led driver ic|logic ic|timer ic|555 timer|audio ic|rf ic|sensor ic|arduino|arduino board|arduino uno|arduino nano|esp32|esp8266|stm32|development board|dev board|microcontroller board|electronic module|sensor module|arduino sensor|humidity sensor module|ultrasonic sensor module|motion sensor module|pir sensor|pir module|gyroscope module|accelerometer module|mpu6050|sound sensor module|rfid module|relay board|motor driver module|stepper driver|stepper motor driver|a4988|l298n|bluetooth module hc-05|lora module|gps module|oled module arduino|lcd module arduino|electronic kit|electronics kit|starter kit arduino|diy electronic kit|soldering kit electronics", "8542", {
    splits: [
      to({ words: ["current sensor", "current sensing", "current monitor", "power monitoring", "power monitor", "voltage sensor", "acs712", "acs758"] }, "903090"),
      to({ words: ["development board", "dev board", "microcontroller board", "arduino board", "arduino uno", "arduino nano", "breakout board"] }, "854370"),
      to({ words: IC_PROCESSOR }, "854231"),
      to({ words: IC_MEMORY }, "854232"),
      to({ words: IC_AMPLIFIER }, "854233"),
      // "Integrated circuit" names the class, not the kind: a processor, memory or amplifier IC is one of those first.
      to({ unless: [...IC_PROCESSOR, ...IC_MEMORY, ...IC_AMPLIFIER], words: ["integrated circuit", "integrated circuits", "ic chip", "ic chips", "chip ic", "regulator ic", "ldo", "power management", "driver ic", "logic ic", "timer ic", "555", "audio ic", "rf ic", "sensor ic"] }, "854239"),
      to({ words: ["gps module"] }, "852691"),
      to({ words: ["lora module", "bluetooth module"] }, "851762"),
      to({ words: ["temperature sensor", "humidity sensor", "gas sensor", "sound sensor", "gyroscope", "accelerometer", "mpu6050", "ultrasonic sensor"] }, "903180"),
      to({ words: ["electronic kit", "electronics kit", "starter kit", "diy electronic kit", "soldering kit"], use: ["toy", "education"] }, "950300"),
      to({}, "854370"),
    ],
    note: "integrated circuits 8542 (processors/controllers 854231, memories 854232, amplifiers 854233, other 854239); development boards and modules with an individual function 854370 or by function",
  }),
  e("electronic cigarette|electronic cigarettes|e-cigarette|e-cigarettes|e cigarette|ecig|e-cig|vape|vapes|vape pen|vape kit|vape mod|disposable vape|vaporizer|vaporiser|dry herb vaporizer|pod system|pod kit|vape pod|vape pods|empty pod|vape tank|atomizer|clearomizer|vape coil|vape coils|heated tobacco device|heat not burn device|iqos|e-hookah|e-shisha", "8543", {
    splits: [
      to({ words: ["vape coil", "vape coils", "atomizer", "clearomizer", "vape tank", "empty pod"] }, "854390"),
      to({ words: ["disposable vape", "prefilled", "pre-filled"] }, "240412"),
      to({}, "854340"),
    ],
    note: "electronic cigarettes and personal electric vaporising devices → 854340 (parts 854390); disposable prefilled vapes with nicotine liquid 240412",
  }),
  e("signal generator|function generator|electroplating machine|electrolysis machine|anodizing kit|electroporation|ozone generator|ozonator|ionizer|air ionizer|negative ion generator|plasma generator|electric fence energizer|fence charger|electric fence controller|stun gun|taser|electroshock|tens unit|tens machine|ems device|ems muscle stimulator|muscle stimulator|laser module|dmx decoder|dmx splitter|lighting controller|led controller|rgb controller|led strip controller|smart controller|audio processor|dsp processor|mixer dj controller|dj controller|midi controller|sound effect machine|voice changer|noise machine|white noise machine|sound machine|sleep sound machine|metal detector|stud finder|wall scanner|cable tracer|electronic dictionary|translator device|language translator|electronic translator|e-book reader dictionary|ir remote control|infrared remote|tv remote control|remote control ir|electric fly trap|uv sterilizer|uv sanitizer|uv light sanitizer|uv sterilizer box|phone sanitizer|electronic toothbrush sanitizer|electric lighter usb|plasma lighter|arc lighter|usb lighter|induction lighter", "8543", {
    splits: [
      to({ words: ["signal generator", "function generator"] }, "854320"),
      to({ words: ["electroplating", "electrolysis", "anodizing", "electroporation"] }, "854330"),
      to({ words: ["tens", "ems", "muscle stimulator"] }, "901890"),
      to({ words: ["stun gun", "taser", "electroshock"] }, "930400"),
      to({ words: ["metal detector", "stud finder", "wall scanner", "cable tracer"] }, "903180"),
      to({ words: ["laser pointer", "laser pen", "laser module"] }, "901320"),
      to({ words: ["electric lighter", "plasma lighter", "arc lighter", "usb lighter", "induction lighter"] }, "961380"),
      to({ words: ["midi controller", "dj controller", "mixer dj controller"] }, "854370"),
      to({}, "854370"),
    ],
    note: "electrical machines with individual functions n.e.c. → 854370 (signal generators 854320, electroplating 854330); TENS 9018; laser pointers 9013; stun guns 9304",
  }),
  e("cable|cables|usb cable|usb cables|charging cable|charger cable|phone cable|data cable|usb-c cable|usb c cable|type-c cable|type c cable|lightning cable|micro usb cable|magnetic cable|magnetic charging cable|retractable cable|3 in 1 cable|multi charging cable|hdmi cable|hdmi cables|displayport cable|dp cable|vga cable|dvi cable|ethernet cable|lan cable|network cable|patch cable|patch cord|cat5 cable|cat6 cable|cat7 cable|cat8 cable|rj45 cable|coaxial cable|coax cable|antenna cable|rf cable|tv cable|aux cable|audio cable|3.5mm cable|rca cable|speaker cable|speaker wire|microphone cable|xlr cable|instrument cable|guitar cable|optical audio cable|toslink cable|fiber optic cable|fibre optic cable|optical fiber cable|fiber patch cord|power cord|power cable|ac power cord|mains cable|iec cable|kettle lead|figure 8 cable|extension cable|usb extension cable|hdmi extension cable|adapter cable|otg cable|splitter cable|y cable|jumper wires|jumper cables dupont|dupont wire|dupont cables|ribbon cable|flat cable|ffc cable|sata cable|ide cable|printer cable|usb printer cable|serial cable|rs232 cable|obd cable|obd2 cable|diagnostic cable|jumper cables|booster cables|battery cables|battery cable|car battery cable|solar cable|pv cable|ev cable|charging cable ev|welding cable|electric wire|electrical wire|electrical cable|wire|wires|copper cable|insulated wire|silicone wire|hook up wire|hookup wire|stranded wire|solid core wire|single core wire|twin and earth|armoured cable|armored cable|flexible cable|multicore cable|control cable|shielded cable|thermocouple wire|heating wire insulated|wire harness|wiring harness|cable harness|cable assembly|cable loom|car wiring harness|trailer wiring harness|trailer wiring kit|led strip wire|extension wire|wire spool|cable reel electric|cord reel", "8544", {
    splits: [
      to({ words: ["fiber optic", "fibre optic", "optical fiber", "optical fibre", "fiber patch"] }, "854470"),
      to({ words: ["coaxial", "coax", "antenna cable", "rf cable", "tv cable"] }, "854420"),
      to({ words: ["wire harness", "wiring harness", "cable harness", "car wiring", "trailer wiring", "cable loom"], use: ["vehicle"] }, "854430"),
      to({ words: ["car wiring harness", "trailer wiring harness", "trailer wiring kit", "ignition"] }, "854430"),
      to({ words: ["high voltage", "medium voltage", "11kv", "33kv"] }, "854460"),
      // An extension lead has a plug and a socket at its ends: fitted with connectors.
      to({ words: ["extension cable", "extension lead", "extension cord", "extension wire"] }, "854442"),
      // Enamelled (magnet) wire is insulated winding wire (8544.11 of copper).
      to({ words: ["enameled", "enamelled", "magnet wire", "winding wire"], material: ["copper"] }, "854411"),
      to({ words: ["enameled", "enamelled", "magnet wire", "winding wire"] }, "854419"),
      to({ words: ["wire", "wires", "electric wire", "electrical wire", "electrical cable", "copper cable", "insulated wire", "silicone wire", "hook up wire", "hookup wire", "stranded wire", "solid core", "single core", "twin and earth", "armoured", "armored", "flexible cable", "multicore", "control cable", "shielded cable", "thermocouple wire", "speaker wire", "solar cable", "pv cable", "welding cable", "wire spool"] , unless: ["enameled", "enamelled", "magnet wire", "winding wire"] }, "854449"),
      to({}, "854442"),
    ],
    decisive: ["use"],
    note: "insulated conductors ≤ 1,000 V: fitted with connectors (USB, HDMI, power cords) 854442, not fitted 854449; coaxial 854420; vehicle wiring sets 854430; optical fibre cables 854470",
  }),
  e("carbon brush|carbon brushes|motor brushes|graphite electrode|carbon electrode|graphite rod|graphite sheet|graphite crucible|graphite mold|carbon rod", "8545", {
    splits: [to({ words: ["carbon brush", "carbon brushes", "motor brushes"] }, "854520"), to({ words: ["electrode"] }, "854519"), to({}, "854590")],
    note: "carbon brushes 854520, carbon electrodes 85451x, other graphite articles for electrical use 854590",
  }),
  e("insulator|insulators|electrical insulator|porcelain insulator|glass insulator|standoff insulator|cable tie mount|insulating tape electrical|electrical tape|insulation tape|pvc electrical tape|heat shrink tubing|heat shrink tube|heat shrink|shrink tubing|cable sleeve|braided cable sleeve|split loom tubing|conduit|electrical conduit|pvc conduit|cable trunking|cable raceway|cable duct|wire duct|cable management|cable tray|cable trays|cable ladder|cable ladders|cable clips|cable organizer|cable ties|cable tie|zip ties|zip tie|velcro cable ties|cable wrap|spiral wrap", "8546", {
    splits: [
      to({ words: ["glass insulator"] }, "854610"),
      to({ words: ["porcelain insulator", "ceramic insulator"] }, "854620"),
      to({ words: ["electrical tape", "insulating tape", "insulation tape", "pvc electrical tape"] }, "391910"),
      to({ words: ["heat shrink", "shrink tubing"] }, "391732"),
      // 8547.90 takes conduit tubing of base metal lined with insulating material; conduit pipe of plastics is a tube
      // of 3917 (rigid PVC 3917.23, flexible 3917.32).
      to({ words: ["conduit", "electrical conduit", "pvc conduit"], allOf: [["pvc", "upvc", "vinyl"]], unless: ["flexible", "corrugated"] }, "391723"),
      to({ words: ["conduit", "electrical conduit", "pvc conduit"], material: ["plastic"], allOf: [["flexible", "corrugated"]] }, "391732"),
      to({ words: ["conduit", "electrical conduit"], material: ["plastic"] }, "3917"),
      to({ words: ["conduit", "electrical conduit", "pvc conduit", "cable trunking", "cable raceway", "cable duct", "wire duct", "split loom"] }, "854790"),
      // Cable trays and ladders are structures (steel 730890, aluminium 761090); of plastics builders' ware 392590.
      to({ words: ["cable tray", "cable ladder"], material: ["aluminium"] }, "761090"),
      to({ words: ["cable tray", "cable ladder"], material: ["plastic"] }, "392590"),
      to({ words: ["cable tray", "cable ladder"] }, "730890"),
      to({ words: ["cable ties", "cable tie", "zip ties", "zip tie", "cable clips", "cable organizer", "cable management", "cable wrap", "spiral wrap", "cable sleeve", "braided cable sleeve", "velcro cable ties"], material: ["iron_steel", "stainless_steel"] }, "732690"),
      to({ words: ["velcro cable ties"] }, "580610"),
      to({ words: ["cable ties", "cable tie", "zip ties", "zip tie", "cable clips", "cable organizer", "cable management", "cable wrap", "spiral wrap", "cable sleeve", "braided cable sleeve", "cable tie mount"] }, "392690"),
      to({}, "854690"),
    ],
    note: "electrical insulators 8546; insulating fittings and conduit 8547; plastic cable ties and organizers 392690; insulating tape 3919; heat shrink tubing 3917",
  }),
  e("electronic components|electronic component|electrical part|electrical spare part|sensor|sensors|temperature sensor|pressure sensor|proximity sensor|photoelectric sensor|ultrasonic sensor|level sensor|flow sensor|humidity sensor|oxygen sensor|o2 sensor|lambda sensor|abs sensor|speed sensor|crankshaft sensor|camshaft sensor|map sensor|maf sensor|mass air flow sensor|knock sensor|tps sensor|throttle position sensor|coolant temperature sensor|tire pressure sensor|tpms sensor|parking sensor unit|rain sensor|motion sensor|occupancy sensor|pir motion sensor|door sensor|window sensor|contact sensor|vibration sensor|load sensor|strain gauge|encoder|rotary encoder|optical encoder", "8548", {
    splits: [
      to({ words: ["oxygen sensor", "o2 sensor", "lambda", "nox sensor"] }, "902710"),
      to({ words: ["tire pressure", "tpms", "map sensor", "manifold pressure", "oil pressure sensor", "fuel pressure sensor"] }, "902620"),
      to({ words: ["maf sensor", "mass air flow", "air flow sensor"] }, "902680"),
      to({ words: ["coolant temperature", "exhaust temperature", "intake air temperature"] }, "902519"),
      to({ words: ["abs sensor", "wheel speed sensor", "speed sensor", "crankshaft sensor", "camshaft sensor", "crankshaft position", "camshaft position", "knock sensor", "tps", "throttle position", "steering angle sensor", "ride height sensor"] }, "903180"),
      to({ words: ["humidity sensor"] }, "902580"),
      to({ words: ["temperature sensor"] }, "902519"),
      to({ words: ["pressure sensor"] }, "902620"),
      to({ words: ["level sensor", "flow sensor"] }, "902610"),
      to({ words: ["door sensor", "window sensor", "contact sensor"] }, "853190"),
      // "Motion Sensor Solar Powered LED Security Flood Light": a luminaire switched by its built-in sensor is the
      // luminaire (9405; photovoltaic LED 9405.41), the sensor only its switch; a sensor sold on its own stays 8536.50.
      to({ words: ["motion sensor", "pir", "occupancy"], allOf: [["solar"], LIT] }, "940541"),
      to({ words: ["motion sensor", "pir", "occupancy"], allOf: [LIT] }, "9405"),
      to({ words: ["proximity", "photoelectric", "motion sensor", "occupancy", "pir"] }, "853650"),
      to({ words: ["load sensor", "strain gauge", "encoder", "rotary encoder", "optical encoder", "ultrasonic sensor", "vibration sensor", "rain sensor"] }, "903180"),
      to({ words: ["electronic components", "electronic component", "electrical part", "electrical spare part"] }, "854800"),
      to({}, "903180"),
    ],
    note: "electrical parts n.e.c. → 854800; sensors go by function (measuring instruments 9025–9031, a sensor of no stated kind 903180; proximity and motion switches 853650; alarm contacts 853190); vehicle sensors by what they measure (oxygen 902710, pressure 902620, air mass flow 902680, temperature 902519, position/speed/knock 903180)",
  }),
  e("motor stator|stator|rotor|armature|commutator|motor housing", "8503", { note: "parts for motors and generators of 8501/8502 → 850300" }),
  e("electromagnet|electromagnets|solenoid|solenoids|electric solenoid|magnetic chuck|magnetic lifter|lifting magnet|magnetic coupling|electromagnetic brake", "8505", {
    splits: [to({ words: ["chuck", "lifter", "lifting magnet"] }, "850590"), to({ words: ["electromagnetic lock"] }, "830140"), to({}, "850590")],
    note: "electro-magnets, magnetic chucks, couplings and brakes → 8505 (850520 couplings/brakes, 850590 other)",
  }),

  // ---- electronics modules and parts as marketplaces name them ----------------------------------
  e("constant current driver|constant current led driver|constant current power supply|constant voltage led driver|dimmable led driver|waterproof led driver|led power driver|led driver module|switch mode power supply|smps|ac dc power module|ac-dc converter module|power supply module|power supply board|open frame power supply|din rail power supply|meanwell power supply|adapter 12v|12v adapter|5v adapter|charger module|battery charging module|lithium charger module|bms board|battery protection board|battery management system", "850440", {
    splits: [to({ words: ["bms", "protection board", "battery management"] }, "850490")],
    note: "LED drivers, switch-mode power supplies, adapters and charging modules are static converters → 850440; battery protection boards (BMS) as parts of converters/accumulators 850490",
  }),
  e("dmx console|dmx512 controller|dmx 512 controller|dmx controller|dmx lighting controller|lighting console|lighting desk|light console|stage light controller|stage lighting controller|light control console", "853710", {
    note: "lighting control desks and DMX controllers: boards/consoles with apparatus for electric control ≤ 1,000 V → 853710",
  }),
  e("dmx converter|artnet converter|art-net converter|artnet node|art-net node|dmx amplifier|dmx signal amplifier|dmx repeater|dmx booster|dmx interface|dmx signal converter|dmx optical isolator|dmx distributor", "854370", {
    note: "DMX/Art-Net signal converters, amplifiers and repeaters: electrical apparatus with an individual function → 854370",
  }),
  e("amplifier module|audio amplifier module|power amplifier module|digital amplifier board|audio amplifier board|power amplifier board|stereo amplifier board|class d amplifier board|subwoofer amplifier board|amplifier pcb|preamp board|preamplifier board|tone control board", "851840", {
    note: "audio-frequency amplifiers, incl. unhoused amplifier boards that amplify on their own → 851840",
  }),
  e("microwave turntable|microwave glass plate|microwave glass tray|microwave turntable plate|microwave roller ring|microwave waveguide cover|waveguide cover|microwave door switch|microwave door latch|microwave turntable motor|microwave fuse|microwave diode|high voltage capacitor microwave", "851690", {
    splits: [
      to({ words: ["turntable motor"] }, "850110"),
      to({ words: ["door switch"] }, "853650"),
      to({ words: ["fuse"] }, "853610"),
      to({ words: ["diode"] }, "854110"),
      to({ words: ["capacitor"] }, "853225"),
    ],
    note: "parts of microwave ovens → 851690 (Section XVI Note 2(b)); parts that are goods of their own heading keep it (motors 8501, switches/fuses 8536, diodes 8541, capacitors 8532; magnetrons 854071)",
  }),
  e("relay socket|relay base|relay holder|time relay|timer relay|time delay relay|delay relay|delay timer relay|automotive relay|car relay|power relay|signal relay|latching relay|reed relay|safety relay|overload relay|thermal overload relay|voltage protection relay|phase failure relay|monitoring relay", "8536", {
    splits: [
      to({ words: ["socket", "base", "holder"] }, "853690"),
      to({ words: ["overload relay", "thermal overload", "protection relay", "phase failure", "monitoring relay"] }, "853630"),
      to({ words: ["automotive", "car relay", "signal relay", "reed relay"] }, "853641"),
      to({ words: ["relay", "relays"], allOf: [LOW_VOLTAGE] }, "853641"),
      to({}, "853649"),
    ],
    note: "relays → 8536 (≤ 60 V 853641, other 853649); protective relays 853630; relay sockets 853690",
  }),
  e("speakon connector|powercon connector|xlr connector|xlr plug|xlr jack|aviation connector|aviation plug|gx12 connector|gx16 connector|m12 connector|m8 connector|circular connector|waterproof connector|ip68 connector|automotive connector|car connector|wire to board connector|board to board connector|ffc connector|fpc connector|sata connector|ide connector|pcie connector|ic socket|dip socket|jst plug|jst-xh connector|molex connector|deutsch connector|trailer plug|trailer socket|7 pin trailer plug|anderson plug|ec5 connector|xt30 connector|t plug connector|deans connector|bullet connector|banana connector|coaxial connector|f connector|tnc connector|u.fl connector|speaker connector|powercon coupler|connector plate|panel connector|socket panel|chassis connector", "853669", {
    splits: [
      to({ words: ["coaxial", "f connector", "tnc", "u.fl", "bnc"] }, "853669"),
      to({ words: ["ic socket", "dip socket"] }, "853669"),
    ],
    note: "plugs, sockets and connectors for ≤ 1,000 V (other than lamp-holders) → 853669; coaxial 853669 too; cables fitted with connectors are 854442",
  }),
  e("extension cable with plug|connector cable|pigtail cable|pigtail connector|connector pigtail|pigtail wire|plug with wire|plug with cable|cable with connector|lead with plug|battery lead|battery extension lead|servo extension cable|servo extension lead|y splitter cable|y harness|splitter harness|adapter harness|extension harness|cable assembly with connector|charging lead", "854442", {
    splits: [
      // "battery lead acid" is a lead-acid battery, not a battery lead (cable).
      to({ allOf: [["lead acid", "lead-acid"], ["car", "auto", "vehicle", "starter", "starting", "motorcycle"]] }, "850710"),
      to({ words: ["lead acid", "lead-acid"] }, "850720"),
      // Coaxial cable is 8544.20 whether or not fitted with connectors (its own subheading names it).
      to({ words: ["coaxial", "coax"] }, "854420"),
      to({ words: ["car", "vehicle", "automotive", "trailer", "motorcycle"], use: ["vehicle"] }, "854430"),
    ],
    note: "insulated conductors ≤ 1,000 V fitted with connectors → 854442 (coaxial 854420; wiring sets for vehicles 854430)",
  }),
  e("gps pet tracker|pet gps tracker|dog gps tracker|cat gps tracker|gps dog collar|gps pet collar|dog gps collar|gps collar|dog tracker collar|pet locator|gps locator|personal gps tracker|mini gps tracker|vehicle gps tracker|asset tracker|gps tag", "852691", {
    splits: [to({ words: ["fence", "boundary", "containment", "shock", "correction", "training"] }, "854370")],
    note: "GPS receivers/trackers are radio navigational aid apparatus → 852691; collars that also keep the animal inside a boundary by correction act as electric containment/training apparatus → 854370",
  }),
  e("dog fence collar|wireless dog fence|gps dog fence|electric dog fence|invisible dog fence|underground dog fence|pet containment system|pet fence system|dog training collar|remote training collar|shock collar|e-collar|electric collar|bark collar|anti bark collar|no bark collar|bark control device|ultrasonic bark deterrent|anti bark device", "854370", {
    note: "electric training, anti-bark and boundary collars for animals: electrical apparatus with an individual function → 854370",
  }),
  e("dash camera|car dash cam|front and rear dash cam|dual dash cam|mirror dash cam|mirror dashcam|rearview mirror camera|driving recorder|car driving recorder|car video recorder|vehicle dvr|vehicle black box camera|motorcycle dash cam", "852589", {
    note: "dash cams and driving recorders record video: television cameras/video camera recorders → 852589",
  }),
  e("brushless dc motor|bldc hub motor|nema 17|nema17|nema 23|nema23|nema 17 stepper|nema 34|hybrid stepper motor|stepping motor|stepper motor kit|28byj-48|gear reduction motor|worm gear motor|dc gear motor|micro dc motor|coreless motor|electric linear actuator|linear actuator motor|tubular motor|curtain motor|roller shutter motor|gate motor|garage door motor", "8501", {
    splits: [
      to({ words: ["linear actuator", "tubular motor", "curtain motor", "roller shutter motor", "gate motor", "garage door motor"] }, "850140"),
      to({ words: ["nema 34", "nema34", "nema 23", "nema23"] }, "850131"),
      to({ words: ["stepper", "stepping", "nema", "28byj", "micro", "coreless"] }, "850110"),
      to({}, "850131"),
    ],
    note: "electric motors 8501: ≤ 37.5 W 850110 (small steppers, micro motors), DC > 37.5 W ≤ 750 W 850131; AC-mains tubular/gate motors and actuators 850140",
  }),
];
