/**
 * Chapter 84 — machines named by what they work on or make. Traders and rulings describe industrial
 * machinery as "<material or product> <operation> machine" ("potato peeling machine", "cheese vat",
 * "carton erector", "wire straightening machine"); the heading follows the industry or the material
 * worked (8434 dairy, 8437 milling, 8438 food, 8439–8441 paper, 8443 printing, 8444–8452 textiles
 * and sewing, 8453 leather, 8454–8463 metal, 8464 stone and glass, 8465 wood, 8474 minerals,
 * 8475 glass, 8477 rubber and plastics, 8478 tobacco, 8486 semiconductors), and machines with an
 * individual function not named elsewhere fall to 8479.
 *
 * The generic entry ("machine", "machinery", "production line") reads the industry from the words
 * of the text; the compound entries name machines whose heading their own words settle.
 */
import type { LexiconEntry } from "../types.js";
import { e, to } from "./helpers.js";

type Split = NonNullable<LexiconEntry["splits"]>[number];

/**
 * Industry words → heading/subheading for an otherwise unnamed machine, most specific first (a
 * "plastic bag making machine" is a plastics machine before it is a bag machine).
 */
export const MACHINE_BY_INDUSTRY: Split[] = [
  to({ words: ["semiconductor", "wafer", "wafers", "die bonder", "wire bonder", "photomask", "reticle"] }, "848620"),
  to({ words: ["flat panel display", "lcd panel manufacturing", "oled panel"] }, "848630"),
  to({ words: ["vending"] }, "847689"),
  to({ words: ["exercise", "fitness", "gym", "workout", "rowing", "elliptical"] }, "950691"),
  to({ words: ["arcade", "game", "claw"] }, "950490"),
  to({ words: ["washing", "laundry"], use: ["household"] }, "845011"),
  to({ words: ["milking"] }, "843410"),
  to({ words: ["dairy", "cheese", "butter", "milk processing", "yogurt", "yoghurt"] }, "843420"),
  to({ words: ["winery", "wine making", "cider", "grape crushing"] }, "843510"),
  to({ words: ["tobacco", "cigarette", "cigar"] }, "847810"),
  to({ words: ["injection molding", "injection moulding", "blow molding", "blow moulding", "thermoforming", "plastic", "plastics", "rubber", "pvc", "polyethylene", "pet bottle", "foam"] }, "847780"),
  to({ words: ["bakery", "bread", "dough", "biscuit", "cookie", "pasta", "noodle", "macaroni", "pastry", "cake"] }, "843810"),
  to({ words: ["chocolate", "confectionery", "candy", "cocoa", "sweets", "lollipop", "gum"] }, "843820"),
  to({ words: ["sugar cane", "sugar beet", "sugar manufacture"] }, "843830"),
  to({ words: ["brewery", "brewing", "beer", "malt"] }, "843840"),
  to({ words: ["meat", "poultry processing", "slaughter", "slaughtering", "sausage", "carcass", "plucking", "bone"] }, "843850"),
  to({ words: ["fruit", "vegetable", "vegetables", "veg", "veggie", "salad", "potato", "onion", "garlic", "nut", "nuts", "cashew", "almond", "peanut", "olive", "juice", "citrus", "mango", "coconut"] }, "843860"),
  to({ words: ["flour", "grain", "cereal", "rice", "wheat", "maize", "oat", "oats", "barley", "pulses", "lentil", "seed cleaning"] }, "843780"),
  to({ words: ["animal feed", "fodder", "silage", "feed pellet", "livestock feed"] }, "843610"),
  to({ words: ["poultry", "egg", "eggs", "hatching", "chick"] }, "843629"),
  to({ words: ["food", "fish", "seafood", "shrimp", "coffee", "tea", "tofu", "snack", "chips", "spice", "beverage", "drink", "soup", "sauce", "noodles"] }, "843880"),
  to({ words: ["agricultural", "agriculture", "farm", "horticultural", "forestry", "beekeeping", "tree"] }, "843680"),
  to({ words: ["pulp", "paper making", "papermaking", "paperboard making"] }, "843920"),
  to({ words: ["book binding", "bookbinding", "binding"] }, "844010"),
  to({ words: ["carton", "cardboard", "corrugated", "paper box", "box making", "paper cup", "paper bag", "envelope", "paper tube", "paper straw"] }, "844180"),
  to({ words: ["paper", "tissue", "napkin"] }, "844180"),
  to({ words: ["offset printing", "offset press"] }, "844313"),
  to({ words: ["flexographic", "flexo"] }, "844316"),
  to({ words: ["gravure"] }, "844317"),
  to({ words: ["printing", "printer", "screen printing", "pad printing", "letterpress"] }, "844319"),
  to({ words: ["spinning", "yarn", "fibre", "fiber", "carding", "combing", "twisting", "winding yarn"] }, "844519"),
  to({ words: ["weaving", "loom"] }, "844630"),
  to({ words: ["knitting", "hosiery", "sock"] }, "844790"),
  to({ words: ["embroidery", "braiding", "lace", "tufting", "net making"] }, "844790"),
  to({ words: ["sewing", "stitching", "quilting", "overlock"] }, "845229"),
  to({ words: ["felt", "nonwoven", "non-woven"] }, "844900"),
  to({ words: ["laundry", "dry cleaning"] }, "845190"),
  to({ words: ["textile", "fabric", "cloth", "garment", "dyeing", "bleaching", "ironing press"] }, "845180"),
  to({ words: ["leather", "hide", "hides", "tanning", "tannery"] }, "845310"),
  to({ words: ["shoe", "shoes", "footwear", "boot making"] }, "845320"),
  to({ words: ["foundry", "metal casting", "die casting", "ingot", "ladle"] }, "845430"),
  to({ words: ["rolling mill", "metal rolling"] }, "845522"),
  to({ words: ["laser cutting", "laser engraving", "laser marking", "laser welding", "fiber laser", "co2 laser"] }, "845611"),
  to({ words: ["plasma cutting"] }, "845640"),
  to({ words: ["waterjet", "water jet"] }, "845650"),
  to({ words: ["edm", "spark erosion", "electro-discharge", "wire cut"] }, "845630"),
  to({ words: ["machining center", "machining centre", "vertical machining", "horizontal machining"] }, "845710"),
  to({ words: ["lathe", "turning center", "turning centre"] }, "845891"),
  to({ words: ["milling", "boring", "drilling", "tapping", "threading"] }, "845969"),
  to({ words: ["grinding", "honing", "lapping", "deburring", "sharpening", "polishing"] }, "846090"),
  to({ words: ["sawing", "gear cutting", "broaching", "planing", "shaping"] }, "846190"),
  to({ words: ["wire", "spring", "nail", "rivet", "chain making"] }, "846330"),
  to({ words: ["forging", "stamping", "punching", "press brake", "bending", "folding", "shearing", "notching", "roll forming", "sheet metal", "metal forming"] }, "846229"),
  to({ words: ["stone", "marble", "granite", "ceramic", "tile", "concrete block", "glass cutting", "glass edging", "glass grinding"] }, "846490"),
  to({ words: ["wood", "woodworking", "timber", "plywood", "veneer", "furniture making", "cork"] }, "846599"),
  to({ words: ["brick", "cement", "concrete", "mineral", "minerals", "ore", "ores", "coal", "sand", "gravel", "quarry", "mining", "clay", "asphalt", "aggregate"] }, "847480"),
  to({ words: ["glass", "glassware", "light bulb", "glass bottle"] }, "847529"),
  to({ words: ["oil press", "oil extraction", "oilseed", "vegetable oil", "edible oil"] }, "847920"),
  to({ words: ["rope", "cable making", "cable stranding"] }, "847940"),
  to({ words: ["robot", "robotic arm", "industrial robot", "manipulator"] }, "847950"),
  to({ words: ["welding"] }, "851580"),
  to({ words: ["soldering", "reflow", "wave soldering"] }, "851519"),
  to({ words: ["packaging", "packing", "wrapping", "filling", "capping", "sealing", "labeling", "labelling", "bottling", "bagging", "cartoning", "strapping"] }, "842240"),
  to({ words: ["road", "construction", "building", "public works", "asphalt paving"] }, "847910"),
  to({ words: ["electroplating", "galvanizing", "metal treatment", "coil winding", "winding machine"] }, "847981"),
  to({ words: ["mixing", "mixer", "kneading", "crushing", "grinding", "screening", "sifting", "sieving", "homogenizing", "homogenising", "emulsifying", "stirring", "pulverizing", "pulverising"] }, "847982"),
  to({ isPart: true }, "848790"),
];

export const MACHINES_BY_INDUSTRY: LexiconEntry[] = [
  e("machine|machinery|industrial machine|industrial machinery|industrial equipment|production machine|processing machine|making machine|manufacturing machine|production line|processing line|processing plant|machine line|mechanical appliance|mechanical device|automatic machine|special purpose machine|machinery and equipment|plant and machinery", "847989", {
    splits: MACHINE_BY_INDUSTRY,
    note: "a machine is classified by the industry or material it works (GRI 1: the heading texts of 8434–8478 and 8486); one with an individual function not named elsewhere in chapter 84 → 847989",
  }),
  e("machine component|machinery component|mechanical part|mechanical component|spare part machine|cnc machined part|cnc part|precision machined part|turned part|cnc turned part", "848790", {
    splits: [to({ material: ["plastic"] }, "392690"), to({ material: ["aluminium"] }, "761699"), to({ material: ["copper"] }, "741980")],
    note: "machinery parts without electrical features, not identifiable to a particular machine (Section XVI note 2(c) residual) → 848790; made-to-drawing parts of plastics or a base metal that are not machinery parts stay with their material",
  }),
  // ---- 8434 dairy, 8435 wine, 8436 other agricultural
  e("cheese vat|cheese press|cheese making machine|cheese mould press|butter churn machine|butter making machine|cream separator machine|milk homogenizer|milk homogeniser|milk pasteurizer machine|dairy equipment|yogurt making machine|curd making machine|bulk milk cooler", "843420", {
    splits: [to({ words: ["milk cooling tank", "bulk milk cooler"] }, "841869"), to({ words: ["pasteurizer", "pasteuriser"] }, "841950")],
    note: "dairy machinery → 843420 (milking machines 843410); milk pasteurisers by heat 8419; milk cooling tanks 8418",
  }),
  e("milking machine portable|milking cluster|teat cup|milking claw|milking pulsator|milking liner|vacuum milking machine", "843410", {
    splits: [to({ words: ["teat cup", "milking claw", "milking pulsator", "milking liner"] }, "843490")],
    note: "milking machines 843410; their parts (teat cups, claws, pulsators, liners) 843490",
  }),
  e("grape crusher|grape destemmer|crusher destemmer|wine making machinery|winemaking equipment|apple grinder cider|fruit mill cider", "843510", { note: "presses, crushers and similar machinery for wine, cider, fruit juice → 843510" }),
  e("feed pellet machine|pellet machine|feed pelletizer|animal feed pellet machine|fodder cutter|hay cutter|straw cutter|forage chopper|feed crusher|feed mill machine|grass chopper", "843610", {
    splits: [to({ words: ["wood pellet", "biomass pellet", "sawdust pellet"] }, "847930")],
    note: "machinery for preparing animal feeding stuffs → 843610; wood/biomass pellet presses 847930",
  }),
  e("poultry hatcher|egg hatcher|hatching machine|egg incubator machine|automatic egg incubator|incubator for eggs|poultry brooder|chicken brooder|brooder heater", "843621", { note: "poultry incubators and brooders → 843621" }),
  e("poultry feeder|poultry drinker line|nipple drinker|chicken feeder|automatic chicken feeder|chicken waterer|feather plucker|chicken coop door opener|automatic coop door", "843629", {
    splits: [to({ words: ["plucker", "plucking"] }, "843850"), to({ words: ["coop door"] }, "843680")],
    note: "poultry-keeping machinery → 843629; plucking machines are poultry-processing machinery 843850",
  }),
  e("germination machine|seed germinator|sprouting machine|hydroponic system|hydroponic grow system|tree felling machine|stump remover|honey extractor machine|uncapping machine|animal clipper mechanical|sheep shears machine|manure scraper|barn cleaner", "843680", {
    splits: [to({ words: ["sheep shears", "sheep shearing", "animal clipper"] }, "851020"), to({ words: ["bee smoker"] }, "843680")],
    note: "other agricultural, horticultural, forestry, poultry-keeping or bee-keeping machinery → 843680",
  }),
  // ---- 8437 milling of cereals, 8438 food industry
  e("flour mill|wheat flour mill|maize mill machine|corn grinding mill|grain grinding mill|rice milling machine|rice huller machine|rice husker|rice whitener|rice polishing machine|rice destoner|grain destoner|destoner machine|seed cleaner machine|grain cleaning machine|grain sorter|color sorter|colour sorter|optical sorter grain|winnowing machine|winnower|plansifter|grain sifter|flour sifter machine|dehuller|dehulling machine|pulse splitting machine|dal mill|oat flaking machine|grain flaker", "843780", {
    splits: [to({ words: ["seed cleaner", "grain cleaning", "grain sorter", "color sorter", "colour sorter", "optical sorter", "winnow", "destoner"] }, "843710")],
    note: "machinery for milling or working cereals or dried leguminous vegetables 843780; cleaning, sorting or grading seed/grain 843710",
  }),
  e("dough mixer|spiral mixer|planetary mixer commercial|dough kneader|dough moulder|bread slicer|bread moulder|proofer|proofing cabinet|bakery oven|deck oven bakery|rotary rack oven|biscuit machine|cookie machine|cookie depositor|cake depositor|cake machine|pasta machine commercial|pasta making machine|noodle making machine|noodle machine commercial|dumpling machine|spring roll machine|tortilla machine|pizza dough press|croissant machine", "843810", {
    splits: [
      to({ words: ["bakery oven", "deck oven", "rotary rack oven", "tunnel oven"], power: ["electric"] }, "851419"),
      to({ words: ["bakery oven", "deck oven", "rotary rack oven", "tunnel oven"] }, "841720"),
      to({ words: ["proofer", "proofing"] }, "841981"),
    ],
    note: "machinery for bakery, pasta, biscuits → 843810; bakery ovens are furnaces (non-electric 841720, electric 851419)",
  }),
  e("chocolate melting machine|chocolate enrober|enrobing machine|chocolate conche|conching machine|chocolate refiner|candy making machine|hard candy machine|lollipop machine|gummy machine|gummy depositor|candy depositor|cotton candy machine commercial|sugar coating machine|coating pan|dragee pan|panning machine|cocoa bean roaster|cocoa grinder|cocoa butter press|chewing gum machine", "843820", {
    splits: [to({ words: ["cocoa bean roaster"] }, "841981"), to({ words: ["cotton candy"] }, "843820")],
    note: "machinery for confectionery, cocoa or chocolate → 843820",
  }),
  e("sugarcane crusher|sugarcane juicer|sugar cane juicer|cane juice machine|sugar mill machine|sugar centrifugal|sugar refinery equipment", "843830", {
    splits: [to({ words: ["sugar centrifugal"] }, "842119")],
    note: "machinery for sugar manufacture (cane crushers) → 843830; sugar centrifuges 8421",
  }),
  e("brew kettle|lauter tun|wort boiler|fermenting tank|fermenter|unitank|bright beer tank|beer fermenter|home brewing kit|homebrew kit|malt mill|grain mill brewing|brewing system", "843840", {
    splits: [
      to({ words: ["fermenting", "fermentation", "fermenter", "unitank", "bright beer"], material: ["plastic"] }, "392590"),
      to({ words: ["fermenting tank", "fermentation tank", "fermenter", "unitank", "bright beer tank", "beer fermenter"] }, "7309"),
      to({ words: ["brew kettle", "wort boiler", "mash tun"] }, "841981"),
    ],
    note: "brewery machinery → 843840; plain tanks without mechanical or thermal equipment are containers (7309/7310, plastics 3925)",
  }),
  e("industrial meat grinder|meat mincer industrial|meat slicer industrial|meat tenderizer machine|meat cutting machine|meat dicer|meat cuber|sausage making machine|sausage filling machine|sausage stuffer electric|sausage linker|vacuum tumbler|meat tumbler|meat mixer|meat injector machine|brine injector|bowl cutter|chopper bowl|skinning machine|fish scaler machine|fish filleting machine|shrimp peeling machine|chicken deboning machine|poultry scalder|slaughter line|hog scalder|dehairing machine", "843850", {
    splits: [
      to({ words: ["fish", "shrimp"] }, "843880"),
    ],
    note: "machinery for the industrial preparation of meat or poultry → 843850 (fish and shellfish 843880); domestic electro-mechanical grinders and slicers 850940/850980",
  }),
  e("vegetable cutter machine|vegetable slicer machine|vegetable dicer|vegetable washing machine|fruit washing machine|potato peeling machine|peeling machine|onion peeler|garlic peeler|garlic peeling machine|potato chips machine|french fries cutter machine|fruit juice extractor industrial|juice press machine|fruit pulper|fruit pitting machine|cherry pitter machine|destoning machine fruit|nut cracker machine|nut cracking machine|nut shelling machine|cashew shelling machine|walnut cracker machine|peanut sheller|nut roaster|almond slicer|coconut grater machine|coconut scraper machine|fruit dryer machine|vegetable dehydrator industrial|blanching machine|blancher", "843860", {
    splits: [
      to({ words: ["peanut roaster", "nut roaster", "fruit dryer", "vegetable dehydrator", "blanching", "blancher"] }, "841989"),
      to({ words: ["walnut cracker", "nut cracker"], power: ["manual"] }, "8205"),
    ],
    note: "machinery for preparing fruits, nuts or vegetables → 843860; heat treatment (roasting, drying, blanching) 8419",
  }),
  e("coffee bean roaster|industrial coffee grinder|coffee huller|coffee pulper|tea rolling machine|tea processing machine|tofu machine|soy milk machine commercial|rice cake machine|popcorn machine commercial|snack food machine|extruder food|food extruder|puffing machine|seafood processing machine|egg breaking machine|food production line|food processing line|food packaging line|samosa machine|momo machine", "843880", {
    splits: [to({ words: ["coffee roaster", "coffee roasting", "coffee bean roaster"] }, "841981")],
    note: "other machinery for the industrial preparation of food or drink → 843880; coffee roasters are heat treatment 841981",
  }),
  // ---- 8439 paper making, 8440 bookbinding, 8441 paper articles
  e("paper machine|papermaking machine|pulp molding machine|pulp moulding machine|egg tray machine|egg tray making machine|tissue paper machine|paper recycling machine|pulper|hydrapulper|paper pulp machine|paper coating machine|paper finishing machine|paper calender", "843920", {
    splits: [to({ words: ["pulp molding", "pulp moulding", "egg tray"] }, "844180"), to({ words: ["pulper", "hydrapulper", "pulp machine", "recycling"] }, "843910"), to({ words: ["coating", "finishing", "calender"] }, "843930")],
    note: "machinery for making pulp (843910) or paper and paperboard (843920), finishing paper (843930); moulded pulp articles 844180",
  }),
  e("bookbinding machine|book binding equipment|perfect binder|perfect binding machine|saddle stitcher|book sewing machine|case making machine|book cover machine|spiral binding machine|wire o binding machine|hardcover book machine", "844010", {
    splits: [to({ words: ["spiral binding", "wire o binding"], power: ["manual"] }, "847290")],
    note: "bookbinding machinery including book-sewing machines → 844010",
  }),
  e("paper cutting guillotine|guillotine cutter|paper guillotine|slitter rewinder|slitting machine|paper slitter|paper sheeter|sheeting machine|die cutter|die cutting press|creasing machine|paper creasing machine|corrugated box machine|carton box machine|box folder gluer|folder gluer|box erector|paper bag making machine|bag making machine|envelope machine|paper cup machine|paper cup making machine|paper plate machine|paper straw machine|paper tube machine|core making machine|napkin folding machine|tissue folding machine|toilet roll machine|corrugator|corrugated cardboard machine|honeycomb paper machine", "844180", {
    splits: [
      to({ words: ["guillotine", "slitter", "slitting", "sheeter", "sheeting"] }, "844110"),
      to({ words: ["plastic bag", "poly bag", "nylon bag"] }, "847780"),
      to({ words: ["bag making", "paper bag", "envelope"] }, "844120"),
      to({ words: ["corrugated", "carton", "box", "folder gluer", "erector", "corrugator"] }, "844130"),
      to({ words: ["paper cup", "paper plate", "pulp"] }, "844140"),
    ],
    note: "machinery for making up paper pulp, paper or paperboard: cutting 844110, sacks and envelopes 844120, cartons and boxes 844130, moulded articles 844140, other 844180",
  }),
  // ---- 8442 type-setting, plates; 8443 printing
  e("printing plate|offset plate|offset printing plate|flexo plate|photopolymer plate|printing cylinder|gravure cylinder|engraved cylinder|plate making machine|ctp machine|computer to plate|plate setter|platesetter|plate processor", "844250", {
    splits: [to({ words: ["plate making", "ctp", "computer to plate", "plate setter", "platesetter", "plate processor"] }, "844230")],
    note: "plates, cylinders and other printing components 844250; machinery for making them (CTP, platesetters) 844230",
  }),
  e("offset printer|sheet fed offset|web offset press|rotogravure machine|silk screen printing machine|pad printer|label printing machine|hot foil stamping machine|foil stamping machine|uv printer flatbed|flatbed printer|plotter printer|dtg printer|direct to garment printer|textile printer|eco solvent printer|solvent printer|cup printer|nail printer|inkjet coder|date coder|batch coder|expiry date printer|thermal transfer overprinter|cij printer", "844319", {
    splits: [
      to({ words: ["offset", "web offset", "sheet fed"] }, "844313"),
      to({ words: ["flexo", "flexographic"] }, "844316"),
      to({ words: ["gravure", "rotogravure"] }, "844317"),
      to({ words: ["uv printer", "flatbed printer", "large format", "wide format", "plotter", "dtf", "dtg", "direct to garment", "sublimation", "textile printer", "solvent", "cup printer", "nail printer", "inkjet coder", "date coder", "batch coder", "expiry date", "overprinter", "cij"] }, "844339"),
      to({ words: ["foil stamping", "hot foil"] }, "844319"),
    ],
    note: "printing machinery: offset 84431x, flexographic 844316, gravure 844317, other (screen, pad, letterpress) 844319; digital printers not connectable to an ADP machine 844339 (connectable ones 844332)",
  }),
  e("inkjet printhead|printhead replacement|laser toner|fuser assembly|printer paper tray|maintenance box printer|ink damper|ink pump printer|capping station|transfer belt printer|printer formatter board|printer mainboard|printer power board", "844399", {
    splits: [
      to({ words: ["printer ink", "ink bottle", "refill ink"] }, "3215"),
      to({ words: ["toner powder"] }, "370790"),
    ],
    note: "parts and accessories of printers and copiers (cartridges with print head or toner, drums, fusers, rollers, boards) → 844399",
  }),
  // ---- 8444–8449 textile machinery and parts
  e("spinning frame|ring spinning machine|open end spinning|rotor spinning machine|card machine textile|combing machine|drawing frame|roving frame|doubling machine|yarn winding machine|cone winder|bobbin winder industrial|reeling machine|hank reeling|fibre opener|bale opener|cotton gin|ginning machine|wool scouring machine|blowroom|scutcher|extruding machine man-made fibre|texturing machine|draw texturing machine", "844519", {
    splits: [
      to({ words: ["extruding machine", "man-made fibre"] }, "844400"),
      to({ words: ["cotton gin", "ginning"] }, "845290"),
      to({ words: ["carding", "card machine"] }, "844511"),
      to({ words: ["combing"] }, "844512"),
      to({ words: ["drawing frame", "roving"] }, "844513"),
      to({ words: ["spinning"] }, "844520"),
      to({ words: ["twisting", "doubling"] }, "844530"),
      to({ words: ["winding", "winder", "reeling"] }, "844540"),
      to({ words: ["texturing"] }, "844400"),
    ],
    note: "machines for preparing textile fibres 84451x, spinning 844520, doubling/twisting 844530, winding/reeling 844540; extruding/texturing man-made fibres 8444",
  }),
  e("weaving machine|power loom|air jet loom|water jet loom|rapier loom|shuttle loom|shuttleless loom|jacquard loom|narrow fabric loom|label weaving machine|ribbon loom|tape loom|hand loom|handloom|rigid heddle loom", "844630", {
    splits: [
      to({ words: ["hand loom", "handloom", "table loom", "tapestry loom", "rigid heddle"] }, "844610"),
      to({ words: ["narrow fabric", "label weaving", "ribbon loom", "tape loom"] }, "844610"),
      to({ words: ["shuttle loom"] }, "844621"),
      to({ words: ["air jet", "water jet", "rapier", "shuttleless", "jacquard"] }, "844630"),
    ],
    note: "weaving machines (looms): fabric ≤ 30 cm wide 844610, wider with shuttle 84462x, shuttleless 844630",
  }),
  e("hosiery machine|warp knitting machine|raschel machine|glove knitting machine|sweater knitting machine|multi head embroidery machine|net making machine|chenille machine|crochet machine", "844790", {
    splits: [
      to({ words: ["circular knitting", "sock knitting", "hosiery"] }, "844712"),
      to({ words: ["flat knitting", "warp knitting", "raschel", "glove knitting", "sweater knitting"] }, "844720"),
      to({ words: ["knitting machine"] }, "844720"),
    ],
    note: "knitting machines (circular 84471x, flat and warp 844720), embroidery, lace, braiding, tufting and net-making machines 844790",
  }),
  e("loom part|heald|heddle|weaving reed|loom shuttle|rapier gripper|dobby|jacquard machine|knitting needle machine|latch needle|sinker knitting|cylinder knitting machine|spindle for spinning|spinning spindle|ring traveller|traveller spinning|card wire|bobbin textile|spinning bobbin|yarn bobbin|spinning cone|textile machine spare|spinning machine spare|loom spare", "844859", {
    splits: [
      to({ words: ["dobby", "jacquard machine"] }, "844811"),
      to({ words: ["card clothing", "card wire"] }, "844831"),
      to({ words: ["spindle", "ring traveller", "traveller spinning"] }, "844833"),
      to({ words: ["spinning", "bobbin", "cone"] }, "844839"),
      to({ words: ["heald", "heddle", "reed", "shuttle", "rapier", "loom"] }, "844849"),
      to({ words: ["latch needle", "knitting needle"] }, "844851"),
    ],
    note: "parts and accessories of textile machinery → 8448 (dobbies and jacquards 844811, card clothing 844831, spindles and travellers 844833, loom parts 844849, knitting needles 844851, other 844859)",
  }),
  e("nonwoven machine|non woven machine|needle punching machine|felting machine|felt making machine|spunbond machine|meltblown machine|melt blown machine|mask fabric machine", "844900", { note: "machinery for making or finishing felt or nonwovens → 844900" }),
  // ---- 8450–8452 laundry, textile finishing, sewing
  e("commercial washing machine|industrial washing machine|washer extractor|laundry equipment|industrial dryer laundry|tumble dryer commercial|commercial dryer|flatwork ironer|ironing machine|rotary ironer|garment press|pressing machine garment|yarn dyeing machine|jigger dyeing|stenter|stenter machine|sanforizing machine|calender textile|fabric spreading machine|cloth spreading machine|fabric rolling machine|folding machine textile|garment finishing|coating machine textile|heat transfer press|t-shirt press|tshirt printing press|sublimation heat press", "845180", {
    splits: [
      to({ words: ["commercial washing", "industrial washing", "washer extractor", "laundry machine"] }, "845020"),
      to({ words: ["industrial dryer", "tumble dryer commercial", "commercial dryer"] }, "845129"),
      to({ words: ["dry cleaning"] }, "845110"),
      to({ words: ["flatwork ironer", "ironing machine", "rotary ironer", "garment press", "steam press", "pressing machine"] }, "845130"),
      to({ words: ["dyeing", "jigger", "bleaching"] }, "845140"),
      to({ words: ["fabric cutting", "cloth cutting", "fabric spreading", "cloth spreading", "fabric rolling", "inspection"] }, "845150"),
      to({ words: ["heat transfer press", "heat press", "t-shirt press", "tshirt printing press", "mug press", "hat press", "sublimation heat press"] }, "845130"),
    ],
    note: "laundry and textile-finishing machinery: washing > 10 kg 845020, dry-cleaning 845110, drying 84512x, ironing presses 845130, dyeing/bleaching 845140, reeling, folding, cutting fabric 845150, other 845180; heat transfer presses for textiles are presses of 845130",
  }),
  e("lockstitch machine|lockstitch sewing machine|cover stitch machine|buttonhole machine|button sewing machine|bartack machine|long arm quilting machine|portable bag sewing machine|leather sewing machine|shoe sewing machine|zigzag sewing machine industrial|walking foot sewing machine", "845229", {
    splits: [
      to({ words: ["serger", "overlocker", "coverstitch"], use: ["household"] }, "845210"),
      // Lockstitch is a kind of stitch, not an automatic unit: a lockstitch machine is 845229 unless said automatic.
      to({ words: ["automatic", "buttonhole", "button sewing", "bartack"] }, "845221"),
    ],
    note: "sewing machines other than household: automatic units 845221, other 845229; household 845210",
  }),
  e("sewing machine foot|walking foot|sewing bobbin|bobbins for sewing machine|sewing machine motor|servo motor sewing|sewing machine cabinet|feed dog|throat plate|needle plate|sewing machine belt", "845290", {
    splits: [
      to({ words: ["needle", "needles"] }, "845230"),
      to({ words: ["sewing machine motor", "servo motor"] }, "850140"),
      to({ words: ["sewing machine cover"], material: ["textile"] }, "630790"),
    ],
    note: "sewing machine needles 845230; furniture, bases, covers and other parts 845290",
  }),
  e("leather skiving machine|leather cutting machine|clicking press|leather embossing machine|leather edge painting machine|leather edge burnishing machine|leather shaving machine|tanning drum|leather tanning machine|hide fleshing machine|shoe lasting machine|lasting machine|shoe sole press|sole attaching machine|shoe finishing machine|shoe stretcher machine", "845320", {
    splits: [
      to({ words: ["tanning", "hide", "fleshing", "shaving"] }, "845310"),
      to({ words: ["leather splitting", "leather skiving", "skiving", "leather cutting", "clicking press", "leather embossing", "leather edge"] }, "845380"),
    ],
    note: "machinery for preparing or tanning hides and leather 845310, footwear 845320, other leather articles 845380",
  }),
  // ---- 8454–8463 metal
  e("converter steelmaking|ladle foundry|casting machine|pressure die casting machine|centrifugal casting machine|investment casting machine|jewelry casting machine|vacuum casting machine|sand casting machine|foundry equipment|lost wax casting machine", "845430", {
    splits: [to({ words: ["ladle", "converter"] }, "845410"), to({ words: ["ingot mould", "ingot mold"] }, "845420")],
    note: "converters, ladles, ingot moulds and casting machines of a kind used in metallurgy or metal foundries → 8454",
  }),
  e("jewelry rolling mill|rolling mill jewelry|wire rolling mill|work roll|backup roll", "845522", {
    splits: [to({ words: ["mill roll", "work roll", "backup roll", "rolling mill roll"] }, "845530"), to({ words: ["hot rolling"] }, "845521")],
    note: "metal-rolling mills 8455 (tube mills 845510, hot or combination 845521, cold 845522, rolls 845530)",
  }),
  e("fiber laser cutting machine|co2 laser cutter|co2 laser engraver|diode laser engraver|desktop laser engraver|handheld laser welder|laser cleaning machine|laser rust removal|cnc plasma table|edm drill|spark erosion machine|ultrasonic machining", "845611", {
    splits: [
      to({ words: ["laser welding", "laser welder"] }, "851580"),
      to({ words: ["plasma"] }, "845640"),
      to({ words: ["waterjet", "water jet"] }, "845650"),
      to({ words: ["edm", "spark erosion"] }, "845630"),
      to({ words: ["ultrasonic machining"] }, "845620"),
      to({ words: ["laser"] }, "845611"),
    ],
    note: "machine tools working any material by laser (845611, other light or photon beam 845612), ultrasonic 845620, electro-discharge 845630, plasma arc 845640, water jet 845650; laser welding 8515",
  }),
  e("cnc machining center|5 axis machining center|cnc machine tool|mini cnc|cnc engraver|cnc turning center|turning centre|bench lathe|engine lathe|swiss type lathe|bench mill|vertical milling machine|knee mill|bench drill press|boring mill|pipe threading machine|transfer machine", "845969", {
    splits: [
      to({ words: ["wood lathe", "cnc router", "cnc router machine", "desktop cnc", "mini cnc", "cnc engraving", "cnc engraver"], material: ["wood"] }, "846591"),
      to({ words: ["wood lathe"] }, "846591"),
      to({ words: ["cnc router", "desktop cnc", "mini cnc", "cnc engraver", "cnc engraving"] }, "846592"),
      to({ words: ["machining center", "machining centre"] }, "845710"),
      to({ words: ["transfer machine"] }, "845730"),
      to({ words: ["unit construction"] }, "845720"),
      to({ words: ["cnc lathe", "turning center", "turning centre", "swiss type"] }, "845811"),
      to({ words: ["lathe", "lathes", "mini lathe", "bench lathe", "engine lathe", "metal lathe"] }, "845819"),
      to({ words: ["cnc milling", "cnc machine", "cnc machines"] }, "845961"),
      to({ words: ["milling", "mill drill", "bench mill", "knee mill"] }, "845969"),
      to({ words: ["radial drilling", "bench drill", "drilling machine"] }, "845929"),
      to({ words: ["boring"] }, "845959"),
      to({ words: ["tapping", "threading"] }, "845970"),
    ],
    note: "metal-working machine tools: machining centres 845710, lathes 8458 (CNC 845811), drilling 84592x, boring 84595x, milling 84596x (CNC 845961), threading/tapping 845970; woodworking lathes and routers 8465",
  }),
  e("centreless grinder|cutter grinder|drill bit sharpener|drill sharpener|knife grinder machine|polishing machine metal|vibratory finisher|tumbler polisher|rotary tumbler|magnetic polisher|centrifugal barrel finisher|belt grinding machine|sanding machine metal|hobbing machine|gear shaper|planing machine metal|shaping machine|circular cold saw|cut off machine|abrasive cut off saw|chop saw metal|horizontal band saw", "846090", {
    splits: [
      to({ words: ["cnc"], isPart: false }, "846022"),
      to({ words: ["surface grinder"] }, "846012"),
      to({ words: ["cylindrical", "centerless", "centreless"] }, "846024"),
      to({ words: ["tool grinder", "cutter grinder", "drill bit sharpener", "drill sharpener", "knife sharpening", "knife grinder"] }, "846031"),
      to({ words: ["honing", "lapping"] }, "846040"),
      to({ words: ["gear cutting", "gear hobbing", "hobbing", "gear shaper"] }, "846140"),
      to({ words: ["broaching"] }, "846130"),
      to({ words: ["planing", "shaping", "slotting"] }, "846120"),
      to({ words: ["band saw", "cold saw", "cut off", "chop saw", "metal cutting saw", "metal band saw"] }, "846150"),
    ],
    note: "deburring, grinding, honing, lapping, polishing machines for metal 8460; planing, shaping, broaching, gear cutting, sawing and cutting-off machines 8461",
  }),
  e("rebar bending machine|profile bending machine|roll bending machine|hydraulic shear|turret punch|four column press|mechanical press|power hammer|cold roll forming machine|tile roll forming machine|rebar cutting machine|rebar cutter|iron worker machine|ironworker|notching machine|spinning lathe metal|metal spinning machine|swaging machine|hose crimping machine|hydraulic hose crimper|pipe crimping machine|hydraulic riveter", "846229", {
    splits: [
      to({ words: ["hose crimping", "hose crimper", "pipe crimping"] }, "846290"),
      to({ words: ["riveting", "rivet machine", "riveter"] }, "846390"),
      to({ words: ["forging press", "forging hammer", "power hammer", "swaging"] }, "846219"),
      to({ words: ["press brake", "bending", "plate rolling", "roll bending", "roll forming", "folding"] }, "846229"),
      to({ words: ["shearing", "shear", "rebar cutting", "rebar cutter", "notching", "ironworker", "iron worker"] }, "846239"),
      to({ words: ["punching", "punch press", "turret punch"] }, "846249"),
      to({ words: ["hydraulic press", "h frame press", "c frame press", "four column press"] }, "846261"),
      to({ words: ["power press", "stamping press", "mechanical press"] }, "846263"),
      to({ words: ["spinning lathe", "metal spinning"] }, "846390"),
    ],
    note: "metal forming machine tools 8462 (forging 84621x, bending/folding 84622x, shearing 84623x, punching/notching 84624x, presses 84626x, other 846290); riveting and spinning 846390",
  }),
  e("wire straightening machine|wire cutting and bending|cnc wire bender|spring coiling machine|spring machine|nail making machine|screw making machine|bolt making machine|cold heading machine|chain making machine|wire mesh machine|wire mesh welding machine|barbed wire machine|chain link fence machine|wire stripper machine|wire cutting stripping machine|wire crimping machine|cable cutting machine", "846390", {
    splits: [
      to({ words: ["wire drawing"] }, "846320"),
      to({ words: ["thread rolling"] }, "846320"),
      to({ words: ["wire straightening", "wire bending", "wire bender", "spring", "nail making", "wire mesh", "barbed wire", "chain link", "cutting and bending"] }, "846330"),
      to({ words: ["wire mesh welding"] }, "851521"),
    ],
    note: "other machine tools for metal without removing material: draw-benches 846310, thread rolling 846320, working wire 846330, other (riveting, crimping, stripping) 846390",
  }),
  // ---- 8464 stone/glass, 8465 wood
  e("stone cutter machine|granite cutting machine|bridge saw|tile saw|wet tile saw|ceramic tile cutter machine|glass edger|glass beveling machine|glass drilling machine|concrete saw|concrete cutter|wall saw|wire saw stone|core drilling machine concrete|stone splitter|block splitter|lapidary machine|gem faceting machine|cabbing machine|rock saw lapidary", "846490", {
    splits: [
      to({ words: ["concrete saw", "concrete cutter", "wall saw"], power: ["combustion"] }, "846789"),
      to({ words: ["stone cutting", "stone cutter", "marble cutting", "granite cutting", "bridge saw", "tile cutting", "tile saw", "wet tile saw", "glass cutting", "concrete saw", "concrete cutter", "wire saw", "rock saw"] }, "846410"),
      to({ words: ["polishing", "edging", "edger", "beveling", "grinding", "lapidary", "faceting", "cabbing"] }, "846420"),
    ],
    note: "machine tools for stone, ceramics, concrete, asbestos-cement or cold-working glass: sawing 846410, grinding/polishing 846420, other 846490",
  }),
  e("wood working machine|sliding table saw|band saw wood|compound miter saw|radial arm saw|thicknesser|wood shaper|dowel machine|tenoning machine|dovetail machine|wood sanding machine|drum sander|wide belt sander|veneer lathe|plywood press|hot press plywood|wood chipper machine|sawmill|portable sawmill|band sawmill|log saw|wood pellet machine|sawdust briquette machine", "846599", {
    splits: [
      to({ words: ["wood pellet", "briquette", "plywood press", "hot press plywood"] }, "847930"),
      to({ words: ["wood chipper"] }, "843680"),
      to({ words: ["sawmill", "band saw", "bandsaw", "scroll saw", "table saw", "panel saw", "mitre saw", "miter saw", "radial arm saw", "log saw"], isPart: false }, "846510"),
      to({ words: ["planer", "thicknesser", "jointer", "spindle moulder", "shaper", "router table"] }, "846592"),
      to({ words: ["sanding", "sander"] }, "846593"),
      to({ words: ["edge banding", "edge bander", "bending", "press"] }, "846594"),
      to({ words: ["drilling", "dowel", "mortis", "tenon", "dovetail"] }, "846595"),
      to({ words: ["veneer", "splitting", "slicing", "paring"] }, "846596"),
    ],
    note: "machine tools for wood, cork, bone, hard rubber or hard plastics 8465 (sawing 846591, planing/milling/moulding 846592, sanding 846593, bending/assembling 846594, drilling/mortising 846595, splitting/slicing/paring 846596, other 846599); bench saws for wood 8465, hand-held electric saws 8467",
  }),
  // ---- 8474 minerals, 8475 glass, 8477 rubber/plastics, 8478 tobacco
  e("hammer crusher|roll crusher|mobile crusher|crushing plant|raymond mill|vertical roller mill|grinding mill minerals|trommel|sand washer|gold wash plant|sluice box|shaking table|jig machine|flotation machine|flotation cell|magnetic separator|spiral classifier|concrete block machine|interlocking brick machine|clay brick machine|paver block machine|pipe making machine concrete|tile press|ceramic press|potters wheel|pottery wheel|clay extruder|pug mill|pugmill", "847480", {
    splits: [
      to({ words: ["sluice box"], power: ["manual"] }, "847410"),
      to({ words: ["vibrating screen", "trommel", "sand washer", "sand washing", "wash plant", "sluice", "shaking table", "jig machine", "flotation", "magnetic separator", "spiral classifier"] }, "847410"),
      to({ words: ["crusher", "crushing", "ball mill", "rod mill", "raymond mill", "roller mill", "grinding mill"] }, "847420"),
      to({ words: ["concrete mixer", "cement mixer", "mortar mixer", "batching plant"] }, "847431"),
      to({ words: ["asphalt mixing"] }, "847432"),
      to({ words: ["pug mill", "pugmill"] }, "847439"),
    ],
    note: "machinery for earth, stone, ores, minerals: sorting/screening/washing 847410, crushing/grinding 847420, mixing (concrete 847431, bitumen 847432, other 847439), agglomerating, shaping, moulding (bricks, blocks, potters' wheels) 847480",
  }),
  e("glass moulding machine|glass tempering furnace|glass tempering machine|insulating glass machine|glass bending furnace|light bulb making machine|glass fiber machine|glass fibre drawing", "847529", {
    splits: [to({ words: ["tempering", "bending furnace"] }, "847529"), to({ words: ["light bulb"] }, "847510"), to({ words: ["glass fiber", "glass fibre"] }, "847521")],
    note: "machines for making or hot-working glass 8475 (lamp assembly 847510, optical/glass fibres 847521, other 847529)",
  }),
  e("plastic injection molding machine|injection machine plastic|pet blow molding machine|stretch blow moulding machine|extrusion blow molding|plastic extruder machine|extrusion line|pipe extrusion line|film blowing machine|blown film machine|pelletizer plastic|plastic pelletizing machine|plastic crusher|plastic bag making machine|poly bag making machine|hot plate welding machine|rubber mixing mill|two roll mill|rubber kneader|internal mixer|banbury mixer|rubber vulcanizing press|vulcanizing machine|tyre vulcanizer|foam machine|pu foam machine|eps machine|polyurethane foam machine|plastic cutting machine", "847780", {
    splits: [
      to({ words: ["injection"] }, "847710"),
      to({ words: ["extrusion", "extruder", "film blowing", "blown film"] }, "847720"),
      to({ words: ["blow molding", "blow moulding"] }, "847730"),
      to({ words: ["thermoforming", "vacuum forming", "vacuum former"] }, "847740"),
      to({ words: ["vulcaniz", "vulcanizing", "vulcanising", "retreading", "tyre vulcanizer"] }, "847751"),
      to({ words: ["rubber mixing", "two roll mill", "rubber kneader", "internal mixer", "banbury"] }, "847780"),
    ],
    note: "machinery for working rubber or plastics: injection moulding 847710, extruders 847720, blow moulding 847730, vacuum/thermoforming 847740, moulding or retreading tyres 847751, other 847780",
  }),
  e("cigarette rolling machine electric|cigarette filling machine|cigarette injector machine|tobacco shredder|cigar machine|cigarette packing machine", "847810", {
    splits: [to({ words: ["cigarette rolling", "cigarette filling", "cigarette injector"], power: ["manual"] }, "847810")],
    note: "machinery for preparing or making up tobacco → 847810",
  }),
  // ---- 8479 individual functions
  e("asphalt paver|asphalt distributor|bitumen sprayer|road marking machine|line marking machine|line striper|line marker paint|slipform paver|concrete screed|power screed|power trowel|concrete trowel machine|concrete finishing machine|shotcrete machine|plastering machine|wall plastering machine|mortar spraying machine|putty spraying machine|gritting machine|salt spreader|road salt spreader", "847910", {
    splits: [to({ words: ["line marker paint"] }, "3208")],
    note: "machinery for public works, building or the like (pavers, road markers, trowels, plastering machines, gritters) → 847910",
  }),
  e("screw oil press|cold press oil machine|oil extraction machine|oil refinery machine edible|soybean oil press|peanut oil press|sesame oil press|coconut oil machine", "847920", { note: "machinery for extracting or preparing animal or vegetable fats and oils → 847920" }),
  e("particle board press|mdf press|fibreboard press|chipboard press|osb press|biomass briquette press|wood briquette press|cold isostatic press", "847930", {
    splits: [to({ words: ["isostatic"] }, "847983")], note: "presses for particle or fibre board and other wood or cork 847930; cold isostatic presses 847983",
  }),
  e("cable stranding machine|stranding machine|wire twisting machine|cable twisting machine|rope twisting machine|cable laying machine", "847940", { note: "rope or cable-making machines → 847940" }),
  e("robot arm industrial|scara robot|delta robot|painting robot|desktop robot arm|robot gripper|robot end effector", "847950", {
    splits: [to({ words: ["welding robot"] }, "851580"), to({ words: ["gripper", "end effector"] }, "847990"), to({ words: ["desktop robot arm", "educational"], use: ["toy", "education"] }, "9503")],
    note: "industrial robots n.e.s. → 847950 (a robot dedicated to a function of another heading goes there, e.g. welding 8515); grippers and end effectors are parts 847990",
  }),
  e("tower air cooler|mist air cooler|water air cooler|desert cooler|industrial air cooler|mini air cooler|personal air cooler|usb air cooler|arctic air cooler", "847960", {
    note: "evaporative air coolers → 847960 (no refrigerating unit: not air conditioning machines of 8415)",
  }),
  e("passenger boarding bridge|jet bridge|aerobridge|airport boarding bridge", "847971", { note: "passenger boarding bridges of a kind used in airports 847971" }),
  e("coil winder|transformer winding machine|motor winding machine|plating line|galvanizing line|hot dip galvanizing|anodizing line|metal pickling line|wire coating machine|electroforming machine", "847981", {
    note: "machines for treating metal, including electric wire coil-winders → 847981",
  }),
  e("mixing tank|agitator tank|agitator|paddle mixer|ribbon blender|ribbon mixer|v blender|double cone blender|powder mixer|powder mixing machine|high shear mixer|homogenizer mixer|emulsifier mixer|vacuum emulsifier|colloid mill|kneader|kneading machine|sigma mixer|dispersion machine|disperser|bead mill|three roll mill|pulverizer machine|universal grinder|spice grinder machine|herb grinder machine|powder grinder machine|fine powder mill|jet mill|pin mill|sieving machine|vibrating sieve|rotary sieve|tumbler mixer|drum mixer|paint mixer machine|paint shaker|ink mixer", "847982", {
    note: "machines for mixing, kneading, crushing, grinding, screening, sifting, homogenising, emulsifying or stirring, n.e.s. → 847982",
  }),
  e("ultrasonic bath|ultrasonic cleaning tank|dry ice blaster|dry ice blasting machine|floor scrubber dryer|scrubber dryer|ride on scrubber|floor sweeper|ride on sweeper|street sweeper machine|floor burnisher|floor polisher industrial|snow melting machine|air humidifier industrial|fog machine industrial|oil skimmer|grease trap automatic|waste compactor|baling press|waste baler|scrap baler|hydraulic baler|can crusher machine|bottle crusher|shoe polishing machine|shoe cover machine|vending locker|automatic door operator|door operator|chain actuator|actuator|electric valve actuator|pneumatic valve actuator|vibrator motor concrete|vibrating table|shaker table|orbital shaker|magnetic stirrer|lab shaker|lab mixer|vortex mixer|tube rotator|dispensing robot|glue dispenser|glue dispensing machine|fluid dispenser|automatic dispenser machine|cable pulling machine|cable puller|pipe cleaning machine|drain cleaning machine|drain cleaner machine|sewer jetter|aquarium wave maker|wave maker|automatic pool cleaner", "847989", {
    splits: [
      to({ words: ["floor scrubber", "scrubber dryer", "carpet extractor", "carpet cleaning", "floor burnisher", "floor polisher"], use: ["household"] }, "850980"),
      to({ words: ["gate opener", "garage door opener", "door operator", "automatic door operator", "window opener"] }, "847989"),
      to({ words: ["electric linear actuator", "linear actuator", "electric actuator", "chain actuator", "electric valve actuator"] }, "850140"),
      to({ words: ["pneumatic valve actuator"] }, "841231"),
      to({ words: ["valve actuator"] }, "848190"),
      to({ words: ["magnetic stirrer", "lab shaker", "orbital shaker", "vortex mixer", "tube rotator", "lab mixer"] }, "847982"),
      to({ words: ["wave maker"] }, "841370"),
    ],
    note: "machines and mechanical appliances having individual functions not named elsewhere in chapter 84 → 847989 (ultrasonic cleaners, scrubbers, compactors, balers, gate openers, dispensers, pool robots); electric linear actuators are motors 8501",
  }),
  // ---- 8486 semiconductor manufacturing
  e("wafer saw|dicing saw|wafer dicing machine|wafer grinder|wafer polisher|cmp machine|wafer cleaning machine|wafer prober|probe station wafer|stud bump bonder|flip chip bonder|ball bonder|wedge bonder|photolithography machine|stepper lithography|photoresist coater|spin coater|developer track|etching machine semiconductor|reactive ion etcher|sputter coater|pvd coating machine|cvd furnace|cvd system|diffusion furnace|epitaxy reactor|czochralski puller|ingot grower|wafer handling robot|wafer sorter|smt pick and place|chip mounter|stencil printer smt|flat panel display equipment|lcd repair machine|laminator oca|oca laminating machine|lcd separator machine", "848620", {
    splits: [
      to({ words: ["crystal puller", "czochralski", "ingot grower", "wafer grinder", "wafer polisher"] }, "848610"),
      to({ words: ["flat panel", "lcd repair", "oca", "lcd separator"] }, "848630"),
      to({ words: ["die bonder", "wire bonder", "stud bump", "flip chip", "ball bonder", "wedge bonder", "mask aligner", "wafer handling", "wafer sorter"] }, "848640"),
      to({ words: ["pick and place", "smt", "chip mounter"] }, "847950"),
      to({ words: ["solder paste printer", "stencil printer"] }, "844319"),
    ],
    note: "machines used solely or principally for making semiconductor boules and wafers 848610, devices and ICs 848620, flat panel displays 848630; note 11(C) machines (masks, assembly of devices, lifting/handling of boules, wafers) 848640; SMT placement machines for circuit boards are not 8486",
  }),
];
