/**
 * Section XIII — articles of stone, plaster, cement, asbestos, mica (68), ceramic products (69),
 * glass and glassware (70).
 */
import type { LexiconEntry } from "../types.js";
import { e, to } from "./helpers.js";

export const STONE_GLASS_CERAMICS: LexiconEntry[] = [
  e("paving stone|paving stones|pavers|cobblestones|setts|kerb stone|curb stone|flagstone|flagstones|stone tiles|marble tiles|granite tiles|slate tiles|travertine tiles|mosaic tiles stone|stone mosaic", "6802", {
    splits: [to({ words: ["slate"] }, "6803"), to({ words: ["mosaic"] }, "680210"), to({ words: ["cobblestones", "setts", "kerb", "curb", "flagstone", "flagstones", "paving stone", "paving stones"] }, "6801"), to({}, "680291")],
    note: "setts, kerbstones and flagstones 6801; worked monumental or building stone (tiles, slabs) 6802; slate 6803",
  }),
  e("marble slab|granite slab|quartz countertop|countertop stone|stone countertop|kitchen countertop|worktop stone|marble countertop|granite countertop|stone sink|marble sink|stone basin|marble statue|stone statue|stone carving|garden statue stone|stone lantern|stone bowl|marble bowl|marble tray|marble coaster|marble coasters|stone coaster|slate coaster|slate coasters|marble board|marble cutting board|marble rolling pin|mortar and pestle|pestle and mortar|molcajete|gravestone|headstone|tombstone|memorial stone|grave marker|stone plaque|stone sign|stepping stones|garden stone|onyx decor|alabaster|soapstone|soapstone carving|stone figurine|crystal ball stone|jade roller|gua sha|face roller|rose quartz roller|massage stones|hot stones|whetstone|sharpening stone|knife sharpening stone|oilstone|honing stone|grinding wheel|grinding wheels|abrasive wheel|grinding disc|flap disc|flap discs|polishing wheel stone|cut off disc|cutting wheel|diamond grinding wheel|millstone|grindstone|sandpaper|sand paper|abrasive paper|emery paper|emery cloth|sanding paper|sanding discs|sanding sheets|sanding belt|sanding belts|sanding sponge|sanding block|wet and dry paper|abrasive cloth|scouring pad abrasive|steel wool abrasive|abrasive powder|rock wool|mineral wool|glass wool|insulation wool|stone wool|insulation batts|acoustic panel|acoustic panels|sound absorbing panel|acoustic foam|soundproof foam|plasterboard|drywall|gypsum board|gypsum panel|plaster board|ceiling tiles gypsum|plaster cornice|plaster moulding|plaster statue|plaster cast|fiber cement board|cement board|fibre cement|concrete block|concrete blocks|cinder block|breeze block|concrete paver|concrete tiles|precast concrete|concrete planter|cement planter|concrete statue|concrete garden ornament|terrazzo|artificial stone|engineered stone|cultured stone|stone veneer|faux stone panel|mica sheet|mica plate|asbestos sheet|friction material|brake lining material|carbon fiber sheet|basalt fiber", "6802", {
    splits: [
      to({ words: ["marble slab", "granite slab"] }, "680221"),
      to({ words: ["granite"] }, "680293"),
      to({ words: ["soapstone", "steatite"] }, "680299"),
      to({ words: ["jade roller", "gua sha", "face roller", "rose quartz roller", "massage stones", "hot stones", "crystal ball"] }, "7116"),
      to({ words: ["whetstone", "sharpening stone", "knife sharpening stone", "oilstone", "honing stone"] }, "680430"),
      to({ words: ["grinding wheel", "grinding wheels", "abrasive wheel", "grinding disc", "flap disc", "flap discs", "polishing wheel", "cut off disc", "cutting wheel", "diamond grinding", "millstone", "grindstone"] }, "680422"),
      to({ words: ["diamond grinding"] }, "680421"),
      to({ words: ["sandpaper", "sand paper", "abrasive paper", "emery paper", "sanding paper", "sanding discs", "sanding sheets", "wet and dry"] }, "680520"),
      to({ words: ["emery cloth", "abrasive cloth", "sanding belt", "sanding belts"] }, "680510"),
      to({ words: ["sanding sponge", "sanding block", "scouring pad abrasive"] }, "680530"),
      to({ words: ["abrasive powder"] }, "2513"),
      // Glass wool is no "similar mineral wool" of 6806.10: glass fibres and articles of glass wool are 7019 (7019.80).
      to({ words: ["glass wool", "insulation batts", "insulation wool"], allOf: [["glass wool", "fiberglass", "fibreglass", "glass fibre", "glass fiber"]] }, "701980"),
      to({ words: ["rock wool", "mineral wool", "stone wool", "insulation batts"] }, "680610"),
      to({ words: ["insulation wool"] }, "7019"),
      to({ words: ["acoustic foam", "soundproof foam"] }, "392113"),
      to({ words: ["acoustic panel", "acoustic panels", "sound absorbing"] }, "680690"),
      to({ words: ["plasterboard", "drywall", "gypsum board", "gypsum panel", "plaster board", "ceiling tiles gypsum"] }, "680911"),
      to({ words: ["plaster"] }, "680990"),
      to({ words: ["fiber cement", "fibre cement", "cement board"] }, "6811"),
      to({ words: ["concrete", "cement", "cinder block", "breeze block", "terrazzo", "artificial stone", "engineered stone", "cultured stone", "stone veneer", "faux stone"] }, "6810"),
      to({ words: ["mica"] }, "6814"),
      to({ words: ["asbestos"] }, "6812"),
      to({ words: ["friction material", "brake lining"] }, "6813"),
      to({ words: ["carbon fiber", "carbon fibre", "basalt fiber", "carbon fiber sheet"] }, "6815"),
      to({}, "680299"),
    ],
    note: "worked stone articles 6802 (marble 680291, granite 680293, other 680299); grinding wheels 6804, abrasive paper/cloth 6805; mineral wools 6806; plaster articles 6809; concrete/artificial stone 6810; carbon fibre articles 6815",
  }),
  e("bricks|brick|clay bricks|fire bricks|firebrick|refractory bricks|kiln shelf|roof tiles|roof tile|clay roof tile|terracotta tiles|chimney pot|drain pipe clay|ceramic pipe", "6904", {
    splits: [
      // Toy bricks ("Building Blocks Toys Creative Bricks", "bricks compatible with …") are construction sets of 9503.
      to({ words: ["brick", "bricks"], allOf: [["toy", "toys", "kids", "children", "child", "educational", "lego", "compatible", "building blocks", "minifigures", "moc"]] }, "950300"),
      to({ words: ["fire", "firebrick", "refractory", "kiln shelf"] }, "6902"),
      to({ words: ["roof tile", "roof tiles", "clay roof", "chimney pot"] }, "6905"),
      to({ words: ["pipe"] }, "6906"),
    ],
    note: "building bricks 6904; refractory bricks 6902; roofing tiles 6905; ceramic pipes 6906",
  }),
  e("ceramic tile|ceramic tiles|porcelain tile|porcelain tiles|floor tile|floor tiles|wall tile|wall tiles|kitchen tiles|bathroom tiles|subway tile|subway tiles|mosaic tile|mosaic tiles|tile mosaic|glass mosaic|terracotta floor tiles|quarry tiles|glazed tiles|backsplash tiles|decorative tiles|encaustic tiles|tiles|tile", "6907", {
    splits: [
      to({ words: ["glass mosaic", "glass tile", "glass tiles"] }, "701610"),
      to({ words: ["mosaic"] }, "690730"),
      to({ words: ["trim", "border", "skirting", "listello", "finishing"] }, "690740"),
      to({ words: ["porcelain"] }, "690721"),
      to({ material: ["plastic"] }, "3918"),
      // Floor tiles of vulcanized rubber are floor coverings of rubber (4016.91), not ceramic.
      to({ material: ["rubber"] }, "401691"),
      to({ material: ["stone"] }, "6802"),
      to({}, "690722"),
    ],
    note: "ceramic flags and paving, hearth or wall tiles → 6907 by water absorption (≤ 0.5 % porcelain 690721, 0.5–10 % 690722, > 10 % 690723), mosaic 690730",
  }),
  e("ceramic toilet|ceramic sink|ceramic basin|porcelain sink|ceramic wash basin|ceramic bathtub|ceramic bidet|ceramic urinal|ceramic pedestal|sanitary ware|sanitaryware|bathroom suite ceramic", "6910", {
    splits: [to({ material: ["porcelain"] }, "691010"), to({ words: ["porcelain", "vitreous china"] }, "691010"), to({}, "691090")],
    note: "ceramic sanitary fixtures → 6910 (porcelain or china 691010, other 691090)",
  }),
  e("ceramic mug|ceramic mugs|porcelain mug|stoneware mug|ceramic cup|porcelain cup|ceramic plate|ceramic plates|porcelain plate|ceramic bowl|ceramic bowls|porcelain bowl|ceramic dinnerware|porcelain dinnerware|stoneware dinnerware|ceramic tableware|porcelain tableware|fine china|bone china|china set|tea set|tea set ceramic|coffee set|ceramic teapot|porcelain teapot|ceramic planter|ceramic plant pot|ceramic flower pot|terracotta pot|terracotta pots|clay pot|ceramic jar|ceramic canister|ceramic baking dish|ceramic casserole|ceramic ramekin|ceramic soap dish|ceramic bathroom set|ceramic tumbler|ceramic butter dish|ceramic spoon rest|ceramic utensil holder|ceramic cookware|ceramic knife block|pottery|handmade pottery", "6912", {
    splits: [
      // Toilet articles (soap dishes, bathroom sets) and household articles that are neither tableware nor kitchenware
      // (planters) of porcelain are 6911.90, not the tableware and kitchenware of 6911.10.
      to({ words: ["soap dish", "bathroom set", "planter", "plant pot", "flower pot"], material: ["porcelain"] }, "691190"),
      to({ words: ["soap dish", "bathroom set", "planter", "plant pot", "flower pot"], allOf: [["porcelain", "fine china", "bone china"]] }, "691190"),
      to({ words: ["porcelain", "fine china", "bone china", "china set"] }, "691110"),
      to({ material: ["porcelain"] }, "691110"),
      to({}, "691200"),
    ],
    note: "ceramic tableware, kitchenware, household and toilet articles: porcelain or china 6911 (tableware and kitchenware 691110, toilet and other household articles 691190), other ceramics 691200",
  }),
  e("ceramic figurine|ceramic figurines|porcelain figurine|porcelain figurines|ceramic statue|ceramic sculpture|ceramic ornament|ceramic ornaments|porcelain doll|ceramic decor|ceramic animal|ceramic angel|ceramic christmas ornament|ceramic wall art|ceramic art|ceramic craft|pottery figurine|ceramic money box|piggy bank|piggy bank ceramic|coin bank|money box|ceramic bead|ceramic beads|ceramic insulator|ceramic ring industrial|ceramic heater plate|ceramic crucible|laboratory ceramic|mortar porcelain lab", "6913", {
    splits: [
      to({ words: ["piggy bank", "coin bank", "money box"], material: ["plastic"] }, "392640"),
      to({ words: ["piggy bank", "coin bank", "money box"], material: ["iron_steel", "base_metal", "zinc"] }, "830629"),
      to({ words: ["ceramic christmas ornament"] }, "950510"),
      to({ words: ["ceramic bead", "ceramic beads"] }, "691490"),
      to({ words: ["insulator"] }, "854620"),
      to({ words: ["crucible", "laboratory", "lab", "industrial", "heater plate"] }, "6909"),
      to({ material: ["porcelain"] }, "691310"),
      to({ words: ["porcelain"] }, "691310"),
      to({}, "691390"),
    ],
    note: "ceramic statuettes and ornamental articles → 6913 (porcelain 691310, other 691390); technical ceramics 6909; other ceramic articles 6914",
  }),
  e("glass sheet|glass pane|window glass|float glass|sheet glass|glass panel|glass shelf|glass shelves|glass table top|glass tabletop|stained glass panel|leaded glass|glass block|glass blocks|glass brick|glass bricks|double glazing|insulated glass unit|glass door panel|shower glass|shower screen|shower door glass|glass partition|glass balustrade|glass railing panel|car windshield glass|rear window car glass", "7005", {
    splits: [
      to({ words: ["car windshield", "rear window car"] }, "870822"),
      to({ words: ["tempered", "toughened", "safety glass", "shower screen", "shower door", "glass door panel", "glass balustrade", "glass railing", "glass partition"] }, "700719"),
      to({ words: ["laminated"] }, "700729"),
      to({ words: ["double glazing", "insulated glass"] }, "700800"),
      to({ words: ["glass block", "glass blocks", "glass brick", "glass bricks"] }, "701690"),
      to({ words: ["stained glass", "leaded glass"] }, "7016"),
      to({ words: ["glass shelf", "glass shelves", "glass table top", "glass tabletop"] }, "7006"),
      to({}, "7005"),
    ],
    note: "flat glass: float 7005, worked 7006, safety glass 7007 (tempered 70071x, laminated 70072x), insulating units 7008",
  }),
  e("mirror|mirrors|wall mirror|wall mirrors|full length mirror|floor mirror|standing mirror|bathroom mirror|vanity mirror|makeup mirror|cosmetic mirror|led mirror|lighted mirror|led makeup mirror|magnifying mirror|compact mirror|pocket mirror|hand mirror|travel mirror|round mirror|decorative mirror|sunburst mirror|mirror tiles|mirror sheet|mirror stickers|acrylic mirror|convex mirror|safety mirror|shatterproof mirror|dressing mirror|door mirror|arched mirror|framed mirror|frameless mirror", "7009", {
    splits: [
      to({ words: ["acrylic mirror", "mirror stickers", "mirror sheet", "shatterproof"], material: ["plastic"] }, "392690"),
      to({ words: ["acrylic mirror", "mirror stickers"] }, "392690"),
      to({ words: ["led mirror", "lighted mirror", "led makeup mirror"] }, "9405"),
      to({ words: ["convex", "safety mirror"] }, "700991"),
      to({ words: ["framed", "wall mirror", "wall mirrors", "full length", "floor mirror", "standing mirror", "decorative", "sunburst", "arched", "dressing mirror", "vanity mirror", "makeup mirror", "cosmetic mirror", "compact mirror", "pocket mirror", "hand mirror", "travel mirror", "magnifying mirror"] }, "700992"),
      to({ material: ["iron_steel", "stainless_steel", "aluminium", "base_metal"] }, "830630"),
      to({}, "700991"),
    ],
    note: "glass mirrors → 7009 (framed 700992, unframed 700991; vehicle rear-view 700910); base metal mirrors 830630; LED-lit mirrors are luminaires",
  }),
  e("glass bottle|glass bottles|glass jar|glass jars|mason jar|mason jars|canning jar|canning jars|preserving jar|jam jar|glass container|glass containers|glass vial|glass vials|glass ampoule|ampoules|perfume bottle empty|empty perfume bottle|glass dropper bottle|amber glass bottle|amber bottle|wine bottle empty|empty wine bottles|glass milk bottle|glass spice jar|candle jar|candle jars|glass candle jar|apothecary jar|glass storage jar|glass canister|glass stopper|glass lid|message in a bottle", "7010", {
    splits: [
      to({ words: ["ampoule", "ampoules"] }, "701010"),
      to({ words: ["stopper", "lid"] }, "701020"),
      to({ words: ["glass storage jar", "glass canister", "glass spice jar", "apothecary"] }, "701349"),
      // A jar for keeping food in the kitchen or pantry is kitchen glassware (7013), a preserving jar a container of 7010.
      to({ words: ["jar", "jars", "canister", "canisters"], allOf: [["kitchen", "pantry", "countertop", "store", "storage"]], unless: ["preserving", "canning", "mason"] }, "701349"),
      to({}, "701090"),
    ],
    note: "glass containers for conveyance or packing (bottles, jars, vials) 701090; ampoules 701010; closures 701020; kitchen storage jars 7013",
  }),
  e("drinking glass|drinking glasses|glass cup|glass cups|glass mug|glass mugs|glass tumbler|tumbler glass|water glass|juice glass|highball glass|rocks glass|old fashioned glass|whiskey glass|whisky glass|whiskey glasses|shot glass|shot glasses|beer glass|beer glasses|pint glass|wine glass|wine glasses|champagne glass|champagne flute|champagne flutes|cocktail glass|martini glass|margarita glass|goblet|stemware|crystal glasses|crystal glassware|coupe glass|glassware|glass set|double wall glass|glass teapot|glass kettle stovetop|glass pitcher|glass jug|glass carafe|glass decanter|whiskey decanter|glass bowl|glass bowls|glass plate|glass plates|glass dish|glass baking dish|pyrex dish|glass food container|glass lunch box|glass salad bowl|glass cake stand|glass vase|glass vases|crystal vase|bud vase glass|glass candle holder|glass candlestick|glass terrarium|terrarium|glass cloche|glass dome|cloche dome|glass paperweight|paperweight|crystal paperweight|glass ornament|glass ornaments|glass figurine|glass sculpture|glass art|murano glass|blown glass|hand blown glass|glass bird|crystal figurine|crystal ornament|crystal award|crystal trophy|glass trophy|glass award|glass ashtray|glass coaster|glass coasters|glass soap dispenser|glass bathroom set|glass straws|glass straw|glass water bottle|glass bottle drinking|aquarium|aquariums|fish tank|fish tanks|fish bowl|glass fish bowl|betta tank|nano tank|hourglass glass|sand timer glass|glass jar candle holder|hurricane glass|lantern glass|glass lamp shade", "7013", {
    splits: [
      to({ words: ["glass ornament", "glass ornaments"], use: ["christmas"] }, "950510"),
      to({ words: ["glass figurine", "glass sculpture", "glass art", "murano", "blown glass", "glass bird", "crystal figurine", "crystal ornament", "glass ornament", "glass ornaments"] }, "701890"),
      to({ words: ["crystal award", "crystal trophy", "glass trophy", "glass award", "paperweight", "glass paperweight", "crystal paperweight"] }, "701399"),
      to({ words: ["aquarium", "aquariums", "fish tank", "fish tanks", "betta tank", "nano tank", "terrarium", "glass cloche", "glass dome", "cloche dome"] }, "702000"),
      to({ words: ["fish bowl", "glass fish bowl"] }, "701399"),
      to({ words: ["lamp shade"] }, "940591"),
      to({ words: ["wine glass", "wine glasses", "champagne glass", "champagne flute", "champagne flutes", "martini", "margarita", "goblet", "stemware", "coupe glass"] }, "701328"),
      // Drinking glasses that are stemware are 7013.2x, whatever else the text calls them.
      to({ words: ["drinking glass", "drinking glasses", "wine glasses", "glasses"], allOf: [["stemware", "stemmed", "goblet", "goblets"]] }, "701328"),
      to({ words: ["drinking glass", "drinking glasses", "glass cup", "glass cups", "glass mug", "glass mugs", "tumbler", "water glass", "juice glass", "highball", "rocks glass", "old fashioned", "whiskey glass", "whisky glass", "whiskey glasses", "shot glass", "shot glasses", "beer glass", "beer glasses", "pint glass", "double wall glass", "crystal glasses"] }, "701337"),
      to({ words: ["pyrex", "borosilicate", "glass teapot", "glass kettle", "glass baking dish"] }, "701342"),
      to({ words: ["pitcher", "jug", "carafe", "decanter", "french press", "cafetiere", "coffee press", "coffee pot", "teapot", "tea pot", "measuring cup", "mixing bowl", "canister", "storage container", "storage containers", "bowl", "bowls", "plate", "plates", "dish", "food container", "lunch box", "cake stand", "glass straws", "glass straw", "glass water bottle", "glass bottle drinking"] }, "701349"),
      to({}, "701399"),
    ],
    note: "glassware for table, kitchen, toilet, office, decoration → 7013 (stemware 701328, other drinking glasses 701337, kitchen glassware 70134x, other 701399); lamp-worked ornaments 701890; aquaria 7020",
  }),
  e("glass beads|glass bead|crystal beads|czech glass beads|seed beads|seed bead|bugle beads|glass pearls|imitation pearls|faux pearls|pearl beads imitation|lampwork beads|millefiori beads|glass cabochon|glass cabochons|glass rhinestones|crystal rhinestones|glass gems|glass stones|glass marbles|glass pebbles|sea glass|beach glass|glass microspheres|glass eyes|doll eyes glass|taxidermy eyes|reflective glass beads|glass eye", "7018", {
    splits: [to({ words: ["microspheres", "reflective glass beads"] }, "701820"), to({ words: ["glass marbles"] }, "950300"), to({ words: ["glass eyes", "doll eyes", "taxidermy eyes", "glass eye"] }, "701890"), to({}, "701810")],
    note: "glass beads, imitation pearls and stones, glass smallwares 701810; microspheres 701820; other lamp-worked articles 701890; toy marbles 9503",
  }),
  // A drinking beaker is a cup (tableware by material), not laboratory ware: the word "beaker" alone is the lab vessel.
  e("drinking beaker|drinking beakers|children's beaker|childrens beaker|kids beaker|toddler beaker|baby beaker|beaker cup|beaker cups|melamine beaker|plastic beaker|bamboo beaker|enamel beaker|picnic beaker", "392410", {
    m: { plastic: "392410", glass: "701337", porcelain: "691110", ceramic: "691200", stainless_steel: "732393", "iron_steel,base_metal": "732399", aluminium: "761510", copper: "741810", bamboo: "441919", wood: "441990", paper: "482369" },
    note: "drinking beakers are table cups by material: plastics 392410, glass 701337, porcelain 691110, other ceramic 691200, steel 7323, bamboo 441919; laboratory beakers 7017 / 3926",
  }),
  e("laboratory glassware|lab glassware|beaker|beakers|test tube|test tubes|flask lab|erlenmeyer flask|volumetric flask|round bottom flask|graduated cylinder|measuring cylinder|pipette|pipettes|glass pipette|burette|petri dish|petri dishes|glass funnel|condenser glass|glass slides|microscope slide glass|culture tube|reagent bottle|specimen jar", "7017", {
    splits: [
      to({ material: ["plastic"] }, "392690"),
      // Pipette tips and disposable transfer or serological pipettes are moulded plastics (3926.90) unless said glass.
      to({ words: ["pipette tip", "pipette tips", "transfer pipette", "transfer pipettes", "disposable pipette", "disposable pipettes", "serological"], unless: ["glass"] }, "392690"),
      to({ words: ["borosilicate", "quartz"] }, "701720"),
      to({}, "701790"),
    ],
    note: "laboratory, hygienic or pharmaceutical glassware → 7017 (fused quartz 701710, low-expansion borosilicate 701720, other 701790); plastic labware 3926",
  }),
  e("fiberglass cloth|fiberglass mat|chopped strand mat|fiberglass roving|fiberglass mesh|fibreglass mesh|fiberglass insulation|fiberglass tape|drywall tape mesh|fiberglass rod|fiberglass pole|fiberglass sheet|frp sheet|frp panel|glass fibre reinforced", "7019", {
    splits: [to({ words: ["rod", "pole", "sheet", "panel", "frp"] }, "3926"), to({ words: ["insulation"] }, "701990")],
    note: "glass fibres and articles (mats, rovings, woven fabrics, mesh) → 7019; GRP/FRP articles of resin 3926",
  }),
  e("glass article|glass articles|glass product|glass tube|glass rod|glass tubing|glass wool filter|glass float|glass buoy|glass sign|glass nameplate|glass insulator decor|glass chopping board|glass cutting board|glass memo board|glass whiteboard|glass dry erase board|glass lamp|glass crystal ball|crystal ball|glass sphere|glass prism decor|suncatcher|sun catcher|crystal suncatcher|hanging crystals|chandelier prisms|glass prisms hanging", "7020", {
    splits: [
      to({ words: ["glass whiteboard", "glass dry erase", "glass memo board"] }, "961000"),
      to({ words: ["glass chopping board", "glass cutting board"] }, "701349"),
      to({ words: ["suncatcher", "sun catcher", "crystal suncatcher", "hanging crystals", "chandelier prisms", "glass prisms hanging", "glass prism"] }, "701890"),
      to({ words: ["glass tube", "glass rod", "glass tubing"] }, "7002"),
      to({}, "702000"),
    ],
    note: "other articles of glass → 702000; glass in rods/tubes 7002; crystal suncatchers and lamp-worked articles 701890",
  }),
  // Glass fibres and articles thereof (7019) by form: chopped strands ≤ 50 mm 7019.11, rovings 7019.12, yarns 7019.13,
  // chopped strand mat (powder or emulsion bound) 7019.15, needled mat 7019.14, glass wool 7019.80.
  e("glass fibre roving|glass fiber roving|fiberglass roving|fibreglass roving|direct roving|assembled roving|e-glass roving|glass fibre chopped strand|glass fiber chopped strand|chopped strand|chopped strands|chopped strand mat|glass fibre yarn|glass fiber yarn|fiberglass yarn", "7019", {
    splits: [
      to({ words: ["chopped strand mat", "csm"] }, "701915"),
      to({ words: ["needled mat", "needle mat"] }, "701914"),
      to({ words: ["roving", "rovings"] }, "701912"),
      to({ words: ["chopped strand", "chopped strands"] }, "701911"),
      to({ words: ["yarn", "yarns"] }, "701913"),
    ],
    note: "glass fibres → 7019 (chopped strands 7019.11, rovings 7019.12, yarns 7019.13, chemically bonded mat 7019.15, glass wool 7019.80)",
  }),
];
