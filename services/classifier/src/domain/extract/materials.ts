/**
 * Material vocabulary (words → HS material classes), composition parsing ("60% cotton 40% polyester")
 * and material extraction from a product's fields. Pure functions, no I/O.
 *
 * HS points the vocabulary encodes:
 * - "PU leather" / "faux leather" / "vegan leather" are plastics (or plastic-coated textiles), not leather;
 *   "bonded leather" is composition leather (4115); "genuine leather", "cowhide", "suede" are leather.
 *   A bare "patent leather" names a glossy lacquered finish that marketplace goods almost always have on
 *   PU / PVC: plastics, unless it is called genuine, real or cow / calf patent leather.
 * - Plated / "tone" / "color" precious metals are not precious metal (chapter 71 note 9 / 7117: imitation
 *   jewellery is of base metal "whether or not plated with precious metal"); "gold filled", "rolled gold",
 *   "gold clad" are metal clad with precious metal (chapter 71 note 7), which counts as precious metal.
 * - "Tibetan silver", "nickel silver", "German silver" contain no silver.
 * - Acrylic, polypropylene, polyethylene and acetate are fibres in a textile context, plastics otherwise;
 *   nylon is a fibre unless the article is a hard plastic one (cable ties, gears).
 * - Gold / silver / jade / ruby / turquoise / diamond... are also colours and shapes: in free text they
 *   count only with a qualifier ("18k gold", "sterling silver", "natural jade", "ruby stone").
 */
import { memoByKey, memoByText } from "@openhs/shared";
import type { Material, MaterialShare, ProductInput } from "../types.js";
import { normalizeText, words } from "./normalize.js";

/**
 * Word tokens with separators. Short texts (attribute values, vocabulary look-ups) recur: their tokens are
 * remembered and shared, so they are read only here.
 */
const wordsSepMemo = memoByText((s): readonly string[] => words(s, true));
function wordsSep(s: string): readonly string[] {
  return s.length > 200 ? words(s, true) : wordsSepMemo(s);
}

// ---------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------

/** Only from fields (material, composition, attributes), never from free text ("poly", "pet", "tin"). */
const F_FIELD = 1;
/** Also a colour / shape ("gold", "jade", "diamond"): in free text it needs a qualifier. */
const F_COLOUR = 2;
/** A precious metal: "plated" / "tone" / "color" after it changes its meaning. */
const F_PRECIOUS = 4;
/** A fibre in a textile context, the `alt` plastic otherwise (acrylic, PP, PE, acetate). */
const F_DUAL = 8;
/** Generic class word ("metal", "alloy", "fabric"): dropped when a specific material is also found. */
const F_GENERIC = 16;
/** Decoration (rhinestone, crystal, cubic zirconia): ranked after the structural materials. */
const F_DECOR = 32;
/** Fibre unless the article is a hard plastic one (nylon, polyamide). */
const F_NYLON = 64;

interface TermDef {
  /** null: a phrase that blocks a material reading ("lace up", "iron on", "quartz movement"). */
  material: Material | null;
  flags: number;
  /** The material in a non-textile (F_DUAL) or hard-plastic (F_NYLON) context. */
  alt?: Material;
}

type VocabRow = [Material | null, number, string, Material?];

const KARATS = ["9", "10", "14", "18", "22", "24"];
const karatTerms = (suffixes: string[]): string =>
  KARATS.flatMap((k) => [`${k}k`, `${k}kt`, `${k} k`].flatMap((kk) => suffixes.map((s) => `${kk} ${s}`))).join("|");

const VOCAB: VocabRow[] = [
  // --- blocking phrases (not a material) ---
  [null, 0,
    "lace up|lace ups|shoe lace|shoe laces|shoelace|shoelaces|iron on|flat iron|curling iron|hair iron|soldering iron|" +
    "steam iron|iron man|cotton candy|silk screen|silk screened|quartz movement|quartz watch|quartz watches|quartz clock|" +
    "crystal oscillator|crystal clear|pearl white|mother of pearl|stone wash|stone washed|stonewash|stonewashed|" +
    "bed linen|table linen|kitchen linen|felt tip|felt pen|drinking straw|drinking straws|antique bronze|gun metal|" +
    "gunmetal|platinum blonde|steel blue|silver fox|leather care|leather cleaner|" +
    "diamond painting|diamond art|diamond shape|diamond shaped|glass cleaner|plastic surgery|cubic zirconia free|" +
    "nickel free|lead free|bpa free|cadmium free|wood burning|paper cut|tin removal|jersey number|liquid crystal|" +
    "liquid crystals|crystal display|crystal oscillator|crystal radio|crystal ball lens|" +
    // Yarn weights (thickness classes), not the worsted wool the name comes from: "Acrylic Yarn … Worsted Weight".
    "worsted weight|aran weight|dk weight|sport weight|fingering weight|bulky weight"],
  // --- textiles: fibres ---
  ["cotton", 0,
    "cotton|cottons|organic cotton|pure cotton|combed cotton|egyptian cotton|pima cotton|supima|supima cotton|" +
    "mercerized cotton|ring spun cotton|brushed cotton|cotton blend|100 cotton|denim|chambray|muslin|calico|cotton fleece|" +
    "cotton yarn|cotton thread|cotton fabric|cotton canvas|cotton twill|cotton linen|long staple cotton|bci cotton"],
  ["cotton", F_FIELD, "cvc"],
  ["wool", 0,
    "wool|wools|woolen|woollen|wool blend|merino|merino wool|lambswool|lamb wool|lambs wool|virgin wool|boiled wool|" +
    "wool felt|sheep wool|worsted|worsted wool|tweed|shetland wool|new wool|pure wool|wool yarn|wool fabric"],
  ["fine_animal_hair", 0,
    "cashmere|pure cashmere|cashmere wool|angora|angora wool|alpaca|alpaca wool|baby alpaca|mohair|kid mohair|camel hair|" +
    "camel wool|yak wool|yak hair|vicuna|llama wool|rabbit hair|rabbit wool|cashgora|guanaco|qiviut"],
  ["silk", 0,
    "silk|silks|mulberry silk|pure silk|natural silk|raw silk|real silk|silk satin|silk chiffon|silk charmeuse|habotai|" +
    "silk crepe|crepe de chine|tussah|tussah silk|spun silk|silk yarn|silk fabric|charmeuse silk"],
  ["flax", 0, "linen|linens|flax|pure linen|linen blend|linen fabric|linen yarn|french linen|belgian linen|ramie linen"],
  ["jute", 0, "jute|burlap|hessian|gunny|jute fiber|jute fibre|jute yarn"],
  ["other_vegetable_fibre", 0,
    "hemp|ramie|sisal|abaca|manila hemp|coir|coconut fiber|coconut fibre|kenaf|banana fiber|banana fibre|pineapple fiber|" +
    "pineapple fibre|nettle fiber|kapok|hemp fabric|hemp yarn|hemp rope|sisal rope|jute hemp"],
  ["synthetic", 0,
    "polyester|polyesters|polyster|terylene|dacron|polyester fiber|polyester fibre|polyester fabric|polyester yarn|" +
    "recycled polyester|chinlon|spandex|elastane|lycra|elasthane|olefin|aramid|kevlar|nomex|microfiber|microfibre|" +
    "micro fiber|micro fibre|chemical fiber|chemical fibre|chemical fibers|synthetic fiber|synthetic fibre|" +
    "synthetic fibers|synthetic fabric|synthetic fabrics|synthetic yarn|man-made fiber|man-made fibre|man-made fibers|man-made fibres|" +
    "man-made fabric|man-made fabrics|man-made yarn|manmade fiber|manmade fibre|manmade fabric|man made fiber|man made fibre|" +
    "man made fabric|synthetic hair|heat resistant fiber|heat resistant fibre|high temperature fiber|" +
    "high temperature fibre|kanekalon|toyokalon|modacrylic|polar fleece|coral fleece|sherpa|minky|velboa|crystal velvet|" +
    "faux fur|fake fur|artificial fur|synthetic fur|imitation fur|faux mink|faux rabbit fur|faux fox fur|faux suede|" +
    "micro suede|microsuede|suedette|ice silk|milk silk|space cotton|pp cotton|air mesh|scuba|cordura|ripstop nylon|" +
    "dyneema|acrylic fiber|acrylic fibre|acrylic yarn|acrylic fabric|acrylic wool|nylon fabric|nylon yarn|" +
    "polyamide fiber|polypropylene fiber|polypropylene fibre|pp fiber|pe fiber|uhmwpe fiber|faux silk|imitation silk|" +
    "silk flower|silk flowers|polyester cotton|poly cotton|polycotton|poly blend|spandex blend|polyester taffeta|nylon taffeta|polyester pongee|pongee|tricot|neoprene fabric"],
  ["synthetic", F_FIELD, "synthetic|synthetics|poly|tc|spandex cotton"],
  ["synthetic", F_NYLON, "nylon|nylons|polyamide|polyamid|nylon 6|nylon 66", "plastic"],
  ["synthetic", F_DUAL, "acrylic|acrylics|polypropylene|pp|polyethylene|pe|hdpe|uhmwpe|olefin fiber", "plastic"],
  ["artificial", 0,
    "rayon|viscose|viscose rayon|modal|micro modal|lyocell|tencel|cupro|bemberg|triacetate|bamboo fiber|bamboo fibre|" +
    "bamboo viscose|bamboo rayon|bamboo fabric|artificial silk|art silk|cellulose fiber|cellulose fibre|ecovero|" +
    "acetate fiber|acetate fibre|acetate satin|acetate fabric|vegetable silk"],
  ["artificial", F_DUAL, "acetate|cellulose acetate", "plastic"],
  // --- textiles: fabrics named without a fibre (generic) ---
  ["textile", F_GENERIC,
    "fabric|fabrics|cloth|cloths|textile|textiles|non woven|nonwoven|non woven fabric|nonwoven fabric|non wovens|felt|" +
    "felts|felt fabric|needle felt|canvas|chiffon|satin|sateen|velvet|velour|velveteen|corduroy|tulle|lace|lace fabric|" +
    "organza|georgette|crepe|twill|flannel|flannelette|fleece|terry|terry cloth|terrycloth|french terry|gauze|voile|" +
    "taffeta|gabardine|poplin|broadcloth|oxford cloth|oxford fabric|knit fabric|knitted fabric|woven fabric|webbing|" +
    "percale|damask|brocade|jacquard|jacquard fabric|chenille|plush|plush fabric|spacer fabric|interlock|pique|batiste|" +
    "cambric|dobby|boucle|seersucker|charmeuse|jersey fabric|rib fabric|waffle fabric|spunbond|spunlace|meltblown|" +
    "textile fabric|woven cloth|knitted cloth|shell fabric|stretch fabric|elastic fabric"],
  ["textile", F_GENERIC | F_FIELD, "mesh|jersey|oxford|thread|yarn|waffle|knit|knitted|woven|flyknit|fly knit|fly knitted|flyweave"],
  // --- leather, fur, feathers ---
  ["leather", 0,
    "leather|leathers|genuine leather|real leather|natural leather|full grain leather|full grain|top grain leather|" +
    "top grain|cowhide|cow hide|cow leather|cowhide leather|cow split|cow split leather|split leather|split cowhide|" +
    "pig suede|pigskin|pig skin|pig split|pig leather|sheepskin|sheep skin|sheepskin leather|lambskin|lamb skin|" +
    "lambskin leather|goatskin|goat skin|goat leather|calfskin|calf skin|calf leather|deerskin|deer leather|" +
    "buffalo leather|crocodile leather|alligator leather|ostrich leather|python leather|snake leather|genuine patent leather|" +
    "real patent leather|cow patent leather|patent cowhide|patent calfskin|patent calf leather|" +
    "nubuck|nubuck leather|suede|suede leather|cow suede|kid suede|horsehide|horse leather|crazy horse leather|" +
    "oil wax leather|vegetable tanned leather|veg tan leather|saddle leather|chamois|chamois leather|kangaroo leather|" +
    "genuine cowhide|first layer cowhide|second layer cowhide|leather upper|sheepskin suede|nappa|nappa leather"],
  ["composition_leather", 0,
    "bonded leather|reconstituted leather|recycled leather|leather fiber|leather fibre|leatherboard|leather board|" +
    "composition leather|regenerated leather"],
  ["fur", 0,
    "fur|furs|real fur|genuine fur|natural fur|mink fur|fox fur|rabbit fur|raccoon fur|raccoon dog fur|sheepskin fur|" +
    "shearling|lamb fur|mouton|rex rabbit|rex rabbit fur|chinchilla fur|sable fur|coyote fur|fur skin|furskin"],
  ["fur", F_FIELD, "mink|fox|rabbit"],
  ["feather", 0,
    "feather|feathers|goose down|duck down|down feather|down feathers|white duck down|white goose down|ostrich feather|" +
    "ostrich feathers|peacock feather|peacock feathers|marabou|down filled|down filling|goose feather|duck feather"],
  ["feather", F_FIELD, "down"],
  // --- plastics and rubber ---
  ["plastic", 0,
    "plastic|plastics|hard plastic|soft plastic|hardside|hard side|hardshell|hard shell|abs|abs plastic|pvc|soft pvc|upvc|cpvc|vinyl|polyvinyl chloride|ldpe|" +
    "lldpe|epe|pearl cotton|epe foam|eva|eva foam|pu|polyurethane|pu leather|pu foam|faux leather|vegan leather|" +
    "synthetic leather|artificial leather|imitation leather|leatherette|pleather|eco leather|microfiber leather|" +
    "microfibre leather|pvc leather|faux nubuck|faux patent leather|patent leather|patent pu|faux croc|pu suede|tpu|tpe|pet film|pet plastic|" +
    "pet sheet|polyethylene terephthalate|petg|pla|polycarbonate|polystyrene|styrofoam|eps|eps foam|pmma|plexiglass|" +
    "plexiglas|perspex|lucite|acrylic sheet|acrylic sheets|acrylic board|acrylic plate|acrylic panel|acrylic plastic|" +
    "acrylic crystal|acrylic glass|resin|resins|epoxy|epoxy resin|uv resin|polyresin|poly resin|synthetic resin|" +
    "melamine|bakelite|pom|acetal|delrin|ptfe|teflon|nylon plastic|silicone|silicon|silicones|food grade silicone|" +
    "liquid silicone|silicone rubber|polymer|polymer clay|foam|memory foam|sponge|cellophane|celluloid|peva|cpe|xpe|" +
    "ixpe|pbt|pps|peek|frp|fiberglass reinforced plastic|pp plastic|pe plastic|imitation wood|faux wood|faux marble|" +
    "imitation pearl|imitation pearls|faux pearl|faux pearls|simulated pearl|simulated pearls|fake pearl|fake pearls|" +
    "artificial pearl|abs pearl|abs pearls|plastic pearl|plastic pearls|acrylic beads|resin beads|pu coated|pvc coated|" +
    "vinyl coated|wheat straw plastic|plastic alloy|thermoplastic|polyolefin|pa6|pa66|tritan|copolyester"],
  ["plastic", F_FIELD, "pet|pc|ps|pa|pp pe"],
  ["plastic", 0, "polyethylene vinyl acetate|ethylene vinyl acetate|polyvinyl acetate|vinyl acetate|polyvinyl alcohol|" +
    "glass filled nylon|glass filled|glass fiber reinforced|glass fibre reinforced|fiberglass reinforced|" +
    "glass fiber reinforced plastic|glass reinforced plastic|grp|carbon fiber reinforced"],
  ["base_metal", 0, "woven wire cloth|wire cloth|wire mesh|metal mesh|woven wire|wire netting|metal wire"],
  ["iron_steel", 0, "steel mesh|iron mesh|steel wire mesh|chain link|barbed wire"],
  ["rubber", F_FIELD, "butyl"],
  ["rubber", 0,
    "rubber|rubbers|natural rubber|latex|nitrile|nitrile rubber|nbr|neoprene|epdm|sbr|butyl rubber|foam rubber|" +
    "sponge rubber|hard rubber|ebonite|tpr|vulcanized rubber|crepe rubber|chloroprene|viton|fkm|synthetic rubber|" +
    "rubber sole|latex rubber|gum rubber|silicone free rubber|fluororubber"],
  // --- wood, bamboo, cork, plaiting materials, paper ---
  ["wood", 0,
    "wood|woods|wooden|solid wood|hardwood|softwood|plywood|mdf|hdf|particleboard|particle board|chipboard|osb|" +
    "fiberboard|fibreboard|density board|pine|pinewood|pine wood|oak|oak wood|walnut|walnut wood|black walnut|beech|" +
    "beech wood|beechwood|birch|birch wood|birch plywood|maple|maple wood|teak|teak wood|mahogany|rosewood|sandalwood|" +
    "ebony|ebony wood|cedar|cedar wood|cherry wood|ash wood|rubberwood|rubber wood|poplar|poplar wood|paulownia|acacia|" +
    "acacia wood|mango wood|olive wood|timber|lumber|balsa|balsa wood|basswood|driftwood|wood veneer|veneer|fir|" +
    "spruce|elm|elm wood|wenge|zebrawood|sapele|bubinga|natural wood|log|logs|wood board|wood fiber|wood fibre|" +
    "jujube wood|peach wood|camphor wood|agarwood|nanmu|padauk|bloodwood|koa|burl wood"],
  ["bamboo", 0, "bamboo|moso bamboo|bamboo wood|natural bamboo|bamboo charcoal|bamboo board|bamboo slat|bamboo cane"],
  ["cork", 0, "cork|corks|cork board|corkboard|corkwood|natural cork|cork wood|cork leather|cork fabric"],
  ["straw", 0,
    "straw hat|straw hats|straw bag|raffia|raffia straw|rattan|wicker|seagrass|sea grass|water hyacinth|willow|" +
    "willow wicker|palm leaf|palm leaves|corn husk|wheat straw|toquilla|toquilla straw|panama straw|lafite|lafite straw|" +
    "bulrush|cattail|rush|rushes|paper rope|natural straw|straw woven"],
  ["straw", F_FIELD, "straw"],
  ["paper", 0,
    "paper|papers|paperboard|paper board|cardboard|card board|card stock|cardstock|kraft|kraft paper|corrugated|" +
    "corrugated paper|corrugated board|corrugated cardboard|paper pulp|pulp|parchment|parchment paper|tissue paper|" +
    "rice paper|washi|washi paper|coated paper|art paper|grey board|greyboard|honeycomb paper|papier mache|" +
    "paper straw|paper straws|paper cord|paper yarn|pulp board|duplex board|ivory board|white cardboard|copperplate paper|" +
    "offset paper|paper card"],
  ["paper", F_FIELD, "carton|card"],
  // --- glass, ceramics, stone, gems, pearls ---
  ["glass", 0,
    "glass|glassware|tempered glass|toughened glass|borosilicate|borosilicate glass|high borosilicate|" +
    "high borosilicate glass|k9 crystal|k9 glass|lead crystal|crystal glass|murano glass|stained glass|frosted glass|" +
    "sea glass|glass fiber|glass fibre|fiberglass|fibreglass|fiber glass|glass wool|soda lime glass|lampwork|" +
    "lampwork glass|glass beads|art glass|quartz glass|fused quartz|opalite|cat eye glass|goldstone"],
  ["glass", F_DECOR, "crystal|crystals|rhinestone|rhinestones|austrian crystal|czech crystal|austrian crystals|diamante|k9"],
  ["ceramic", 0,
    "ceramic|ceramics|stoneware|earthenware|terracotta|terra cotta|zirconia ceramic|ceramic tile|fired clay|faience|" +
    "majolica|pottery|glazed ceramic|ceramic glaze|fine ceramic|alumina ceramic"],
  ["ceramic", F_FIELD, "clay"],
  ["porcelain", 0, "porcelain|bone china|fine china|fine porcelain|porcelain enamel|chinaware"],
  ["stone", 0,
    "stone|stones|natural stone|marble|natural marble|granite|slate|lava stone|lava rock|lava|basalt|sandstone|limestone|" +
    "travertine|soapstone|alabaster|terrazzo|artificial stone|quartz stone|rock wool|" +
    "mineral wool|pumice|stone powder|river stone|pebble|pebbles|stone beads|natural stone beads|bluestone|" +
    "quartzite|sintered stone|engineered stone|cultured marble|onyx marble|rock slab"],
  ["stone", F_FIELD, "concrete|cement|gypsum|plaster"],
  ["stone", 0, "concrete block|cement board|gypsum board|plaster board|plasterboard|reinforced concrete|precast concrete|fiber cement|fibre cement"],
  ["gemstone", 0,
    "gemstone|gemstones|gem stone|semi precious stone|semi precious stones|semiprecious stone|precious stone|" +
    "precious stones|agate|amethyst|aquamarine|citrine|garnet|jadeite|nephrite|jasper|lapis lazuli|lapis|malachite|" +
    "moonstone|obsidian|opal|opals|peridot|rhodonite|rose quartz|quartz|tiger eye|tigers eye|tiger's eye|topaz|" +
    "tourmaline|moissanite|moissanites|lab grown diamond|lab grown diamonds|lab created diamond|lab diamond|" +
    "created diamond|synthetic diamond|simulated diamond|natural diamond|natural diamonds|real diamond|" +
    "genuine diamond|labradorite|amazonite|aventurine|carnelian|chalcedony|fluorite|hematite|howlite|kunzite|" +
    "morganite|prehnite|sodalite|spinel|tanzanite|onyx|black onyx|crystal quartz|rock crystal|natural crystal|" +
    "healing crystal|healing crystals|clear quartz|smoky quartz|strawberry quartz|rutilated quartz|chrysoprase|" +
    "apatite|iolite|larimar|lepidolite|rhodochrosite|sunstone|unakite|zoisite|chrysocolla|dumortierite|kyanite|" +
    "natural jade|jade stone|jade beads|hetian jade|ruby stone|natural ruby|natural sapphire|sapphire stone|" +
    "natural emerald|emerald stone|natural turquoise|turquoise stone|turquoise beads|natural gemstone|lab ruby|" +
    "lab sapphire|lab emerald|created ruby|created sapphire|created emerald"],
  ["gemstone", F_COLOUR, "jade|ruby|rubies|sapphire|sapphires|emerald|emeralds|turquoise|diamond|diamonds|gem|gems"],
  ["gemstone", F_DECOR, "zircon|zircons|cubic zirconia|cubic zircon|cubic zirconium|zirconia|cz|aaa cz|aaaaa cz|cz stone"],
  ["pearl", F_COLOUR, "pearl|pearls"],
  ["pearl", 0,
    "freshwater pearl|freshwater pearls|cultured pearl|cultured pearls|natural pearl|natural pearls|akoya|" +
    "akoya pearl|akoya pearls|baroque pearl|baroque pearls|south sea pearl|tahitian pearl|keshi pearl|seed pearl|" +
    "real pearl|genuine pearl|sea pearl"],
  ["glass", 0, "glass pearl|glass pearls|crystal pearl|crystal pearls"],
  // --- metals ---
  ["iron_steel", 0,
    "steel|steels|iron|irons|cast iron|wrought iron|carbon steel|high carbon steel|alloy steel|spring steel|tool steel|" +
    "galvanized steel|galvanised steel|galvanized iron|galvanised iron|mild steel|chrome vanadium|chrome vanadium steel|" +
    "chromium vanadium|cr v|crv|cr v steel|manganese steel|high speed steel|hss|d2 steel|damascus steel|damascus|" +
    "tinplate|tin plate|tinned steel|steel wire|iron wire|steel wool|cold rolled steel|sheet steel|pig iron|" +
    "ductile iron|blued steel|carbon fiber steel|iron sheet|steel sheet|steel plate|steel pipe|steel tube|" +
    "copper clad steel|sk5|sk2|65mn|q235|s45c|45 steel|chrome molybdenum|chromoly|cr mo|crmo|iron art|metal iron"],
  ["stainless_steel", 0,
    "stainless steel|stainless|stainless steels|304 stainless steel|304 stainless|304 steel|316 stainless steel|" +
    "316 stainless|316 steel|316l|316l stainless steel|316l steel|316l surgical steel|201 stainless steel|201 stainless|" +
    "410 stainless|420 stainless|420 steel|440c|440c steel|440 steel|sus304|sus 304|sus316|sus 316|sus316l|sus 316l|" +
    "sus201|surgical steel|surgical stainless steel|titanium steel|inox|stainless iron|18 8 stainless|18 10 stainless|" +
    "9cr18mov|8cr13mov|5cr15mov|3cr13|4cr13|7cr17mov|aus8|aus10|aus10a|vg10|m390|s30v|d2 stainless"],
  ["stainless_steel", F_FIELD, "ss|304|316|201"],
  ["aluminium", 0,
    "aluminum|aluminium|aluminum alloy|aluminium alloy|anodized aluminum|anodized aluminium|cast aluminum|" +
    "cast aluminium|die cast aluminum|die cast aluminium|aviation aluminum|aviation aluminium|6061 aluminum|" +
    "7075 aluminum|aluminum foil|aluminium foil|aluminum magnesium alloy|aluminium magnesium alloy|copper clad aluminum|" +
    "cca|alumium|aluminium sheet|aluminum sheet|aluminum profile|aluminium profile|space aluminum|tin foil"],
  ["aluminium", F_FIELD, "alu"],
  ["copper", 0,
    "copper|pure copper|red copper|brass|bronze|phosphor bronze|beryllium copper|copper alloy|cupronickel|nickel silver|" +
    "german silver|white copper|oxygen free copper|ofc|solid brass|brass alloy|bronze alloy|tin bronze|aluminum bronze|" +
    "aluminium bronze|gilding metal|alpaca silver|copper wire|copper foil|brass wire|tinned copper|copper core|" +
    "enameled copper|phosphor copper|purple copper|yellow copper"],
  ["zinc", 0, "zinc|zinc alloy|zinc alloys|zamak|zamac|zinc die cast|zinc based alloy|zinc alloy die cast|zinc aluminum alloy"],
  ["tin", 0, "pewter|tin alloy|pure tin|solder"],
  ["tin", F_FIELD, "tin"],
  ["nickel", 0, "nickel|nickel alloy|pure nickel|monel|inconel|nichrome"],
  ["lead", 0, "lead alloy|pure lead"],
  ["lead", F_FIELD, "lead"],
  ["titanium", 0, "titanium|pure titanium|titanium alloy|grade 5 titanium|g5 titanium|tc4|titanium metal|gr5 titanium"],
  ["titanium", F_FIELD, "ti"],
  ["precious_metal", 0, "gold filled|rolled gold|gold clad|precious metal|precious metals|palladium|gold fill"],
  ["precious_metal", F_PRECIOUS, "rhodium"],
  ["gold", 0,
    "solid gold|pure gold|fine gold|real gold|genuine gold|au750|au585|au999|au375|750 gold|585 gold|999 gold|" +
    "24 karat gold|18 karat gold|14 karat gold|gold 750|gold 585|" +
    karatTerms(["gold", "yellow gold", "white gold", "rose gold", "solid gold", "real gold", "pure gold"])],
  ["gold", F_PRECIOUS | F_COLOUR, "gold|yellow gold|white gold|rose gold|champagne gold|golden"],
  ["gold", F_FIELD, KARATS.flatMap((k) => [`${k}k`, `${k}kt`]).join("|")],
  ["silver", 0,
    "sterling silver|sterling silvers|925 silver|925 sterling silver|925 sterling|s925|s925 silver|s925 sterling silver|" +
    "silver 925|sterling silver 925|solid silver|fine silver|pure silver|999 silver|fine silver 999|s999|argentium|" +
    "argentium silver|thai silver|real silver|genuine silver|990 silver|coin silver|sterling|solid 925 sterling silver|" +
    "solid sterling silver|silver s925|925 solid silver"],
  ["silver", F_PRECIOUS | F_COLOUR, "silver|silvers|silvery"],
  ["silver", F_FIELD, "925|s 925"],
  ["platinum", 0, "pt950|pt900|pt999|950 platinum|solid platinum|pure platinum|platinum 950"],
  ["platinum", F_PRECIOUS | F_COLOUR, "platinum"],
  ["base_metal", 0,
    "tibetan silver|tibetan bronze|tungsten|tungsten carbide|tungsten steel|chromium|magnesium|magnesium alloy|" +
    "molybdenum|manganese|cobalt chrome|base metal|base metals|sheet metal|alloy metal|white metal|beryllium|" +
    "bismuth|antimony|cadmium|niobium|tantalum|zirconium|chrome steel"],
  ["base_metal", F_GENERIC, "metal|metals|alloy|alloys|metal alloy|mixed metal|die cast|diecast|die casting|metallic alloy|hardware metal"],
  ["base_metal", F_FIELD, "chrome|cobalt"],
];

/** Words after which a precious-metal word names a coating or a colour, not the metal. */
const PLATED = new Set(["plated", "plating", "plate", "electroplated", "coated", "dipped", "flash", "layered", "gp", "ep", "overlaid"]);
const TONE = new Set(["tone", "toned", "color", "colour", "colored", "coloured", "finish", "finished", "look", "effect", "style", "shade", "hue", "colors", "colours"]);
const CLAD = new Set(["filled", "fill", "clad", "overlay", "rolled"]);
/** Words after any material word that make it a look-alike, not the material ("wood grain", "leather look"). */
const LOOKALIKE = new Set([
  "color", "colour", "colored", "coloured", "colors", "colours", "tone", "toned", "look", "looking", "like", "effect",
  "style", "texture", "textured", "pattern", "patterned", "grain", "feel", "free", "shade", "hue", "imitation", "print",
]);
/** Words before a material word that negate it ("faux marble", "non-leather", "no plastic"). */
const NEGATING = new Set(["non", "no", "not", "without", "imitation", "faux", "fake", "simulated", "mock", "vegan", "artificial", "pseudo"]);
/** Qualifiers that make a colour-like gem/metal word a material in free text. */
const QUAL_BEFORE = new Set(["natural", "genuine", "real", "solid", "lab", "created", "cultured", "raw", "rough", "loose", "faceted", "polished", "pure", "fine", "sterling", "authentic", "precious", "gemstone"]);
const QUAL_AFTER_GEM = new Set([
  "stone", "stones", "gemstone", "gemstones", "bead", "beads", "gem", "gems", "crystal", "cabochon", "inlay", "inlaid",
  "jewelry", "jewellery", "ring", "rings", "pendant", "pendants", "earring", "earrings", "necklace", "necklaces",
  "bracelet", "bracelets", "brooch", "strand", "strands", "stud", "studs", "drop", "drops",
]);
/** Metals in free text: only bullion words qualify ("gold ring" is as often gold-coloured as gold). */
const QUAL_AFTER_METAL = new Set(["bar", "bars", "bullion", "ingot", "ingots", "nugget", "nuggets", "coin", "coins", "leaf", "foil", "wire", "grain", "grains"]);
/** Component nouns: a material right before them is a secondary part ("wood handle", "rubber sole"). */
const COMPONENT = new Set([
  "handle", "handles", "grip", "grips", "lining", "trim", "trims", "cap", "caps", "lid", "lids", "base", "bases", "button",
  "buttons", "zipper", "zip", "buckle", "buckles", "sole", "soles", "outsole", "insole", "footbed", "footbeds", "midsole", "strap", "straps", "clasp", "accent",
  "accents", "decoration", "decorations", "decor", "inlay", "tip", "tips", "knob", "knobs", "feet", "legs", "cover", "covers",
  "coating", "edge", "edging", "pad", "pads", "stud", "studs", "rivet", "rivets", "charm", "charms", "bristles", "bristle",
  "bead", "beads", "pendant", "detail", "details", "applique", "patch", "logo", "lace", "insert", "inserts",
  "toe", "toes", "toecap", "toecaps", "shank",
]);
const TEXTILE_CONTEXT = new Set(
  (
    "fabric fabrics cloth cloths textile textiles yarn yarns fibre fiber fibres fibers thread threads knit knitted knitting " +
    "knitwear woven weave weaving crochet crocheted sweater sweaters cardigan cardigans pullover pullovers jumper scarf " +
    "scarves shawl beanie beanies sock socks blanket blankets throw rug rugs carpet carpets rope ropes twine cordage " +
    "webbing garment garments apparel clothing clothes shirt shirts tshirt tshirts tee tees dress dresses skirt skirts " +
    "trousers pants jeans jacket jackets coat coats hoodie hoodies sweatshirt vest underwear lingerie bra bras legging " +
    "leggings towel towels curtain curtains bedding bedsheet duvet pillowcase upholstery lining tulle lace felt nonwoven " +
    "wig wigs hair gloves mittens hat hats cap beret tights stockings pajamas romper jumpsuit suit suits uniform blouse " +
    "shorts swimwear swimsuit bikini robe gown costume tracksuit polo cardigan knitwear sewing quilt quilted cushion " +
    "tablecloth napkin embroidery embroidered tapestry netting poncho ponchos cape capes scarf wrap wraps kimono " +
    "cotton polyester spandex elastane lycra wool viscose rayon linen cashmere modal mohair angora"
  ).split(/\s+/),
);
/** Articles usually made of textile when of nylon (webbing, bag fabric), but of film or moulding when of PP / PE. */
const SOFT_TEXTILE_CONTEXT = new Set(
  (
    "harness harnesses strap straps bag bags backpack backpacks pouch tent tents umbrella flag flags banner lanyard " +
    "lanyards leash leashes sling belt belts tarp awning hammock parachute sail sails net nets"
  ).split(/\s+/),
);
const HARD_PLASTIC_CONTEXT = new Set(
  (
    "tie ties zip gear gears bushing bushings washer washers spacer spacers standoff standoffs screw screws nut nuts " +
    "buckle buckles wheel wheels pulley pulleys filament spatula spatulas turner ladle utensil utensils plastic injection " +
    "moulded molded rod rods sheet sheets bar bars block blocks pa66 pa6 clip clips hinge hinges bracket brackets " +
    "bearing bearings gasket valve fitting fittings connector handle handles knife knives blade blades tool tools " +
    "housing brush brushes cutting board comb combs"
  ).split(/\s+/),
);

const TERMS = new Map<string, TermDef>();
for (const [material, flags, list, alt] of VOCAB) {
  for (const raw of list.split("|")) {
    const key = words(normalizeText(raw)).join(" ");
    if (!key) continue;
    const def: TermDef = { material, flags };
    if (alt) def.alt = alt;
    if (!TERMS.has(key)) TERMS.set(key, def);
  }
}
/** First word of each phrase → the longest phrase length starting with it. */
const FIRST_WORD = new Map<string, number>();
/** The leading words (two or more) of every phrase: a longer phrase can only match where its start does. */
const PHRASE_PREFIXES = new Set<string>();
for (const k of TERMS.keys()) {
  const ws = k.split(" ");
  FIRST_WORD.set(ws[0]!, Math.max(FIRST_WORD.get(ws[0]!) ?? 0, ws.length));
  for (let n = 2; n <= ws.length; n++) PHRASE_PREFIXES.add(ws.slice(0, n).join(" "));
}

/** Number of terms in the material vocabulary (phrases and blocking phrases). */
export const MATERIAL_VOCABULARY_SIZE = TERMS.size;

/** All vocabulary terms with their material (null: blocking phrase), for inspection and tests. */
export function materialVocabulary(): Array<{ term: string; material: Material | null }> {
  return [...TERMS.entries()].map(([term, d]) => ({ term, material: d.material }));
}

const MATERIAL_IDS: ReadonlySet<string> = new Set<Material>([
  "cotton", "wool", "fine_animal_hair", "silk", "flax", "jute", "other_vegetable_fibre", "synthetic", "artificial",
  "leather", "composition_leather", "fur", "plastic", "rubber", "wood", "bamboo", "paper", "glass", "ceramic", "porcelain",
  "stone", "iron_steel", "stainless_steel", "aluminium", "copper", "zinc", "tin", "nickel", "lead", "titanium",
  "precious_metal", "gold", "silver", "platinum", "base_metal", "textile", "cork", "straw", "feather", "pearl", "gemstone",
]);

/** True when `s` is one of the `Material` identifiers. */
export function isMaterialId(s: string): s is Material {
  return MATERIAL_IDS.has(s);
}

// ---------------------------------------------------------------------------------------------
// Scanning
// ---------------------------------------------------------------------------------------------

export type ScanMode = "field" | "text";

export interface ScanOptions {
  /** "field": material/composition/attribute values (every term counts); "text": free text (qualified). */
  mode: ScanMode;
  /** The product is a textile one (acrylic/PP/PE are fibres); undefined: decide from the tokens scanned. */
  textile?: boolean;
  /** Webbing / bag / strap words present (nylon stays a fibre there). */
  softTextile?: boolean;
  /** Hard-plastic article words present (nylon → plastic when not textile). */
  hardPlastic?: boolean;
}

/** A material found in a token stream. */
export interface MaterialHit {
  material: Material;
  term: string;
  /** Token index of the first word. */
  index: number;
  /** Token index after the last word. */
  end: number;
  generic: boolean;
  /** Ranked after structural materials (decoration, or a named component such as a handle). */
  secondary: boolean;
  percent?: number;
}

function resolveDef(def: TermDef, opts: ScanOptions, toks: readonly string[]): Material {
  const m = def.material!;
  if (def.flags & F_DUAL) {
    const textile = opts.textile ?? toks.some((t) => TEXTILE_CONTEXT.has(t));
    return textile ? m : def.alt!;
  }
  if (def.flags & F_NYLON) {
    const textile = opts.textile || (opts.softTextile ?? toks.some((t) => TEXTILE_CONTEXT.has(t) || SOFT_TEXTILE_CONTEXT.has(t)));
    const hard = opts.hardPlastic ?? toks.some((t) => HARD_PLASTIC_CONTEXT.has(t));
    return !textile && hard ? def.alt! : m;
  }
  return m;
}

/** Base metals sold as a plating on another metal, and the words that say so. */
const BASE_PLATING = new Set<Material>(["zinc", "nickel", "tin", "copper"]);
const BASE_PLATED = new Set(["plated", "plating", "electroplated"]);

const PRECIOUS_MATERIALS = new Set<Material | null>(["gold", "silver", "platinum", "precious_metal"]);
function isPrecious(def: TermDef): boolean {
  return (def.flags & F_PRECIOUS) !== 0 || PRECIOUS_MATERIALS.has(def.material);
}

/** Decides what a vocabulary match at toks[i, end) means in its surroundings (undefined: no material). */
function judge(def: TermDef, key: string, i: number, end: number, toks: readonly string[], opts: ScanOptions): MaterialHit | undefined {
  if (def.material === null) return undefined;
  const flags = def.flags;
  const prev = i > 0 ? toks[i - 1]! : "";
  const next = end < toks.length ? toks[end]! : "";
  if (flags & F_FIELD && opts.mode === "text") return undefined;
  if (NEGATING.has(prev)) return undefined;
  const base = { index: i, generic: false, secondary: false };
  if (isPrecious(def)) {
    // Plated: some base metal under a coating — generic, dropped when the base metal is named ("gold plated zinc alloy").
    if (PLATED.has(next)) return { ...base, generic: true, material: "base_metal", term: `${key} ${next}`, end: end + 1 };
    if (next === "vermeil") return { ...base, material: "silver", term: `${key} vermeil`, end: end + 1 };
    if (CLAD.has(next)) return { ...base, material: "precious_metal", term: `${key} ${next}`, end: end + 1 };
    if (TONE.has(next) || prev === "plated" || prev === "plating") return undefined;
  }
  // "Zinc plated", "nickel plated": a base-metal finish on some other base metal (usually steel) — generic, dropped when
  // the body metal is named ("zinc plated steel bolts" are steel bolts; the plating is a surface treatment).
  if (def.material && BASE_PLATING.has(def.material) && BASE_PLATED.has(next)) return { ...base, generic: true, material: "base_metal", term: `${key} ${next}`, end: end + 1 };
  if (LOOKALIKE.has(next)) return undefined;
  if (flags & F_COLOUR && opts.mode === "text" && !QUAL_BEFORE.has(prev) && !(isPrecious(def) ? QUAL_AFTER_METAL : QUAL_AFTER_GEM).has(next)) return undefined;
  return {
    material: resolveDef(def, opts, toks),
    term: key,
    index: i,
    end,
    generic: (flags & F_GENERIC) !== 0,
    secondary: (flags & F_DECOR) !== 0 || COMPONENT.has(next) || (next === "gift" && toks[end + 1] === "box") || isCoating(key, i, end, toks),
  };
}

/** Words after a material that make it a coating on the article's body ("plastic-coated steel wire"). */
const COATING_AFTER = new Set(["coated", "coating", "covered", "dipped", "sprayed"]);
/** The word after "coated" that names the coating next ("coated with", "covered in", "coated by"). */
const COATED_BY = new Set(["with", "in", "by"]);

/**
 * A coating, not the body: "plastic-coated steel wire", "vinyl coated", "steel hooks coated with PVC", "dipped in
 * rubber". The article is of the material under the coating, which ranks first (a coated fabric stays a fabric).
 */
function isCoating(key: string, i: number, end: number, toks: readonly string[]): boolean {
  if (key.endsWith(" coated") || key.endsWith(" coating")) return true;
  // "vinyl coated" is a coating; "polyester fabric coated with polyurethane" names the body, then what covers it.
  if (COATING_AFTER.has(toks[end] ?? "") && !COATED_BY.has(toks[end + 1] ?? "")) return true;
  const p1 = toks[i - 1] ?? "";
  const p2 = toks[i - 2] ?? "";
  return (p1 === "with" || p1 === "in") && COATING_AFTER.has(p2);
}

/**
 * "hex bolts with rubber washers", "a tumbler with a bamboo lid": a material after "with" that names the material of an
 * accessory noun after it (a lid, a handle, washers, a hood) is the accessory's, not that of the goods named before
 * "with". Not after "lined with", "filled with", "laminated with" (a layer or a process of the goods themselves).
 */
function isAccessoryMaterial(h: MaterialHit, toks: readonly string[]): boolean {
  const next = toks[h.end];
  if (!next || !(COMPONENT.has(next) || ACCESSORY_NOUNS.has(next))) return false;
  for (let i = h.index - 1; i >= 1; i--) {
    const t = toks[i]!;
    if (t === "|" || t === "of" || t === "made") return false;
    if (t === "with") return toks[i - 1] !== "|" && !COATING_AFTER.has(toks[i - 1]!) && !/ed$/.test(toks[i - 1]!);
  }
  return false;
}
/** Accessory nouns besides the components (`COMPONENT`): fittings sold on or with the goods. */
const ACCESSORY_NOUNS = new Set([
  "washer", "washers", "stopper", "stoppers", "cork", "hood", "hoods", "collar", "cord", "cords", "chain", "chains",
  "wheel", "wheels", "stand", "stands", "seal", "seals", "gasket", "gaskets", "spout", "straw", "straws", "hanger",
  "hangers", "hook", "hooks", "ring", "rings", "clip", "clips", "tassel", "tassels", "ribbon", "ribbons", "bow", "bows",
  "fringe", "pocket", "pockets", "belt", "belts", "tray", "trays", "shelf", "shelves", "drawer", "drawers", "door", "doors",
  // a tent's or a stand's poles, pegs and stakes ("a tent of polyester … with fibreglass poles and steel pegs")
  "pole", "poles", "peg", "pegs", "stake", "stakes",
]);

/** Finds material terms in word tokens (longest phrase first at each position). */
export function scanMaterialTokens(toks: readonly string[], opts: ScanOptions): MaterialHit[] {
  const hits: MaterialHit[] = [];
  let i = 0;
  while (i < toks.length) {
    const maxLen = FIRST_WORD.get(toks[i]!);
    if (maxLen === undefined) {
      i++;
      continue;
    }
    let def: TermDef | undefined;
    let len = 0;
    let key = "";
    // The phrases starting here: their leading words must be a phrase prefix, so stop extending at the first that is not.
    const keys: string[] = [toks[i]!];
    const upTo = Math.min(maxLen, toks.length - i);
    for (let n = 2; n <= upTo; n++) {
      const k = `${keys[n - 2]!} ${toks[i + n - 1]!}`;
      if (!PHRASE_PREFIXES.has(k)) break;
      keys.push(k);
    }
    for (let n = keys.length; n >= 1; n--) {
      key = keys[n - 1]!;
      const d = TERMS.get(key);
      if (d) {
        def = d;
        len = n;
        break;
      }
    }
    if (!def) {
      i++;
      continue;
    }
    const end = i + len;
    const h = judge(def, key, i, end, toks, opts);
    if (h) {
      hits.push(h);
      i = h.end;
    } else {
      // Blocked, negated or look-alike: skip the phrase (with its modifier, e.g. "gold color").
      const next = toks[end] ?? "";
      i = isPrecious(def) && (TONE.has(next) || PLATED.has(next)) ? end + 1 : end;
    }
  }
  return hits;
}

/** Finds material terms in raw text (normalized here). */
export function scanMaterials(text: string, opts: ScanOptions): MaterialHit[] {
  return scanMaterialTokens(wordsSep(normalizeText(text)), opts);
}

/** Looks one term up ("zinc alloy" → "zinc", "pu leather" → "plastic"); undefined when unknown. */
export function lookupMaterial(term: string, textile?: boolean): Material | undefined {
  const toks = wordsSep(normalizeText(term));
  const hits = scanMaterialTokens(toks, textile === undefined ? { mode: "field" } : { mode: "field", textile });
  return hits.length === 1 && hits[0]!.index === 0 && hits[0]!.end === toks.length ? hits[0]!.material : undefined;
}

// ---------------------------------------------------------------------------------------------
// Composition
// ---------------------------------------------------------------------------------------------

export interface CompositionPart {
  /** The part label as written ("shell", "lining"), "" when unlabeled. */
  part: string;
  /** The outer / shell / main fabric (the one that classifies the article). */
  main: boolean;
  shares: MaterialShare[];
}

const MAIN_LABELS = new Set([
  "shell", "outer", "outer shell", "outer fabric", "outer layer", "outer material", "main", "main fabric", "main material",
  "main body", "body", "face", "face fabric", "self", "self fabric", "fabric", "upper", "upper material", "exterior",
  "outside", "surface", "top", "material", "composition", "content", "fabric content", "shell fabric", "outer shell fabric",
]);
const PART_LABEL_RE = new RegExp(
  "(?<![a-z])(" +
    [
      "outer shell fabric", "outer shell", "outer fabric", "outer layer", "outer material", "outer", "shell fabric", "shell",
      "main fabric", "main material", "main body", "main", "body", "face fabric", "face", "self fabric", "self",
      "fabric content", "upper material", "upper", "exterior", "outside", "surface", "pocket lining", "sleeve lining",
      "lining fabric", "lining", "linings", "inner layer", "inner", "inside", "interlining", "filling", "fill", "filler",
      "padding", "wadding", "stuffing", "insulation", "trim", "trims", "contrast", "ribbing", "rib", "collar", "cuffs",
      "cuff", "pocket", "pockets", "sleeves", "sleeve", "mesh", "lace", "sole", "outsole", "insole", "backing", "hood",
      "embroidery", "yoke", "panel", "panels", "waistband", "gusset", "crotch",
    ].join("|") +
    ")\\s*(?:fabric|material)?\\s*(?:[:=]|-(?=\\s)|(?=\\s*\\d{1,3}(?:\\.\\d+)?%))",
  "g",
);

/** A share token ("60%"); only tokens ending in "%" can be one. */
const SHARE_TOKEN_RE = /^(\d{1,3}(?:\.\d+)?)%$/;

function pairPercents(toks: readonly string[], hits: MaterialHit[]): void {
  const pcts: Array<{ index: number; value: number }> = [];
  toks.forEach((t, index) => {
    const m = t.endsWith("%") ? SHARE_TOKEN_RE.exec(t) : null;
    if (m) pcts.push({ index, value: Number(m[1]) });
  });
  if (pcts.length === 0 || hits.length === 0) {
    // "65/35 polyester/cotton", "poly/cotton 65/35": ratios in listing order.
    return;
  }
  const percentFirst = pcts[0]!.index < hits[0]!.index;
  for (const p of pcts) {
    if (p.value <= 0 || p.value > 100) continue;
    if (percentFirst) {
      const h = hits.find((x) => x.index > p.index && x.percent === undefined && !x.generic);
      const nextPct = pcts.find((q) => q.index > p.index);
      if (h && (!nextPct || h.index < nextPct.index)) h.percent = p.value;
    } else {
      let best: MaterialHit | undefined;
      for (const x of hits) if (x.index < p.index && x.percent === undefined && !x.generic) best = x;
      const prevPct = [...pcts].reverse().find((q) => q.index < p.index);
      if (best && (!prevPct || best.index > prevPct.index)) best.percent = p.value;
    }
  }
}

/** Free text: only a share written right next to the material counts ("100% cashmere", "cotton 95%"). */
function pairAdjacent(toks: readonly string[], hits: MaterialHit[]): void {
  const pct = (t: string | undefined): number | undefined => {
    const m = t && t.endsWith("%") ? SHARE_TOKEN_RE.exec(t) : null;
    const v = m ? Number(m[1]) : undefined;
    return v !== undefined && v > 0 && v <= 100 ? v : undefined;
  };
  const before = hits.filter((h) => pct(toks[h.index - 1]) !== undefined).length;
  const after = hits.filter((h) => pct(toks[h.end]) !== undefined).length;
  for (const h of hits) {
    const v = before >= after ? pct(toks[h.index - 1]) : pct(toks[h.end]);
    if (v !== undefined) h.percent = v;
  }
}

/**
 * A share stated for a minor material only ("cotton knit fabric containing 5% spandex", "stainless steel containing 8%
 * nickel"): when the shares stated come to less than half and one other material is named, without a share, as the
 * body of the goods, that material is the rest, and the goods' main material.
 */
function remainderShare(hits: MaterialHit[]): void {
  const shared = hits.filter((h) => h.percent !== undefined);
  if (shared.length === 0) return;
  const total = shared.reduce((s, h) => s + h.percent!, 0);
  if (total >= 50) return;
  const rest = hits.filter((h) => h.percent === undefined && !h.generic && !h.secondary && !shared.some((x) => x.material === h.material));
  if (rest.length === 0 || rest.some((h) => h.material !== rest[0]!.material)) return;
  rest[0]!.percent = 100 - total;
}

const RATIO_RE = /(?<![\d.])(\d{1,3})\s*\/\s*(\d{1,3})(?:\s*\/\s*(\d{1,3}))?(?![\d.%])/;

function applyRatio(segment: string, hits: MaterialHit[]): void {
  if (hits.some((h) => h.percent !== undefined)) return;
  const m = RATIO_RE.exec(segment);
  if (!m) return;
  const vals = [m[1], m[2], m[3]].filter((v): v is string => v !== undefined).map(Number);
  if (vals.reduce((a, b) => a + b, 0) !== 100) return;
  const specific = hits.filter((h) => !h.generic);
  if (specific.length !== vals.length) return;
  specific.forEach((h, i) => (h.percent = vals[i]));
}

function toShares(hits: MaterialHit[], source: MaterialShare["source"]): MaterialShare[] {
  // Merge the same material (polyester + spandex → synthetic, shares summed).
  const out: MaterialShare[] = [];
  const byMat = new Map<Material, MaterialShare>();
  for (const h of hits) {
    const cur = byMat.get(h.material);
    if (cur) {
      if (h.percent !== undefined) cur.percent = (cur.percent ?? 0) + h.percent;
      if (!cur.term.split("+").includes(h.term) && h.percent !== undefined) cur.term += `+${h.term}`;
      continue;
    }
    const s: MaterialShare = { material: h.material, term: h.term, source };
    if (h.percent !== undefined) s.percent = h.percent;
    byMat.set(h.material, s);
    out.push(s);
  }
  return out;
}

function sortShares(shares: MaterialShare[]): MaterialShare[] {
  return shares
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (b.s.percent ?? -1) - (a.s.percent ?? -1) || a.i - b.i)
    .map((x) => x.s);
}

/** Splits unlabeled percent runs that add up to more than 100 ("100% polyester 100% cotton") into groups. */
function splitByTotal(hits: MaterialHit[]): MaterialHit[][] {
  const groups: MaterialHit[][] = [[]];
  let total = 0;
  for (const h of hits) {
    if (h.percent !== undefined && total + h.percent > 100.5 && groups[groups.length - 1]!.length > 0) {
      groups.push([]);
      total = 0;
    }
    groups[groups.length - 1]!.push(h);
    total += h.percent ?? 0;
  }
  return groups;
}

/**
 * Parses a composition into parts ("shell: 100% nylon; lining: 100% polyester"): each part's materials
 * with their shares, the outer / shell / main part flagged `main` (first when no part is labeled main).
 */
export function parseCompositionParts(text: string, source: MaterialShare["source"] = "composition"): CompositionPart[] {
  const norm = normalizeText(text);
  const labels: Array<{ label: string; start: number; end: number }> = [];
  // exec from lastIndex 0, as matchAll would (without a clone per call); the pattern never matches an empty string.
  PART_LABEL_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PART_LABEL_RE.exec(norm)); ) labels.push({ label: m[1]!, start: m.index, end: m.index + m[0].length });
  const segments: Array<{ label: string; text: string }> = [];
  if (labels.length === 0) segments.push({ label: "", text: norm });
  else {
    const head = norm.slice(0, labels[0]!.start);
    if (/\d%|[a-z]{3}/.test(head) && scanMaterialTokens(wordsSep(head), { mode: "field", textile: true }).length) segments.push({ label: "", text: head });
    labels.forEach((l, i) => segments.push({ label: l.label, text: norm.slice(l.end, labels[i + 1]?.start ?? norm.length) }));
  }
  const parts: CompositionPart[] = [];
  for (const seg of segments) {
    const toks = wordsSep(seg.text);
    const hits = scanMaterialTokens(toks, { mode: "field", textile: true });
    if (hits.length === 0) continue;
    pairPercents(toks, hits);
    applyRatio(seg.text, hits);
    const groups = seg.label === "" ? splitByTotal(hits) : [hits];
    for (const g of groups) parts.push({ part: seg.label, main: false, shares: sortShares(toShares(g, source)) });
  }
  const main = parts.find((p) => MAIN_LABELS.has(p.part)) ?? parts.find((p) => p.part === "") ?? parts[0];
  if (main) main.main = true;
  // Main part first, others in the order written.
  return main ? [main, ...parts.filter((p) => p !== main)] : parts;
}

/**
 * Parses "60% cotton 40% polyester", "cotton 95%, spandex 5%", "100% Polyester", "65/35 poly/cotton",
 * "shell: 100% nylon; lining: 100% polyester" into the main (outer / shell) fabric's materials, highest
 * share first. Lining, filling and trim are left out (see `parseCompositionParts` for them).
 */
export function parseComposition(text: string, source: MaterialShare["source"] = "composition"): MaterialShare[] {
  return parseCompositionParts(text, source).find((p) => p.main)?.shares ?? [];
}

// ---------------------------------------------------------------------------------------------
// Extraction from a product
// ---------------------------------------------------------------------------------------------

/**
 * Attribute keys that state a material, most telling first. Lining / insole / filling / packaging are left out.
 * Part keys come before the generic "Material": the upper of footwear (with the shaft of boots, part of the upper)
 * and the shell / outer / main fabric of bags and garments are what classify the article (ch. 64 note 4(a);
 * section XI note 2 / ch. 42 by the outer surface), a bare "Material" may name any part.
 */
const ATTR_KEY_ORDER: Array<[RegExp, number]> = [
  [/composition|fabric content|fib(?:re|er) content|material content/, 0],
  [/\bupper\b|\bshaft\b|shell material|outer material|outer fabric|shell fabric|main material|main fabric|^(?:main|shell|outer|upper)$/, 0.5],
  [/^(?:primary |body |product )?material$|^materials?$|material type/, 1],
  [/metals? type|metal material|metal$/, 2],
  [/surface material|body material|frame material|blade material/, 3],
  [/fabric type|fabric material|fabric$|textile/, 4],
  [/handle material|case material|band material|strap material|stone|gem/, 5],
  [/material|fabric|fib(?:re|er)/, 6],
];
const ATTR_KEY_SKIP = /lining|insole|inner|interior|filling|filler|padding|stuffing|packag|box|brand|model|certif|origin|feature|decoration|technic|craft|weav|thickness|elastic|midsole|footbed|sock ?liner/;
/** Footwear parts that never give the upper: outer sole and heel. */
const SOLE_KEY = /\bout ?soles?\b|outer soles?|^soles?\b|\bsoles? material|\bheel material|^heels?$/;
/** Footwear upper (the shaft of a boot is part of the upper). */
const UPPER_KEY = /\bupper\b|\bshaft\b/;

const attrRank = memoByKey(attrRankOf);
/** Rank of an attribute key, -1 when it states no material of the article (lining, insole, packaging, brand). */
function attrRankOf(key: string): number {
  const k = key.toLowerCase();
  if (ATTR_KEY_SKIP.test(k)) return -1;
  if (SOLE_KEY.test(k)) return 7;
  for (const [re, rank] of ATTR_KEY_ORDER) if (re.test(k)) return rank;
  return -1;
}

type FootwearPart = "upper" | "sole" | "lining" | "insole" | undefined;
const footwearPartMemo = memoByKey(footwearPartOf);
/** The footwear part an attribute key names ("Upper Material" → upper, "Outsole Material" → sole). */
export function footwearPartOfKey(key: string): FootwearPart {
  return footwearPartMemo(key);
}
function footwearPartOf(key: string): FootwearPart {
  const k = key.toLowerCase();
  if (/lining/.test(k)) return "lining";
  if (/insole|midsole|footbed|sock ?liner/.test(k)) return "insole";
  if (SOLE_KEY.test(k)) return "sole";
  if (UPPER_KEY.test(k)) return "upper";
  return undefined;
}

const SPECIFIC_METALS = new Set<Material>([
  "iron_steel", "stainless_steel", "aluminium", "copper", "zinc", "tin", "nickel", "lead", "titanium", "precious_metal",
  "gold", "silver", "platinum",
]);
const SPECIFIC_TEXTILES = new Set<Material>([
  "cotton", "wool", "fine_animal_hair", "silk", "flax", "jute", "other_vegetable_fibre", "synthetic", "artificial",
]);

interface Ranked extends MaterialShare {
  generic: boolean;
  secondary: boolean;
  group: number;
  order: number;
}

function ranked(shares: MaterialShare[] | MaterialHit[], source: MaterialShare["source"], group: number, orderStart: number): Ranked[] {
  return shares.map((s, i) => {
    const r: Ranked = {
      material: s.material,
      term: s.term,
      source,
      generic: "generic" in s ? s.generic : s.material === "textile" || (s.material === "base_metal" && /^(?:metal|metals|alloy|alloys|metal alloy)$/.test(s.term)),
      secondary: "secondary" in s ? s.secondary : false,
      group,
      order: orderStart + i,
    };
    if (s.percent !== undefined) r.percent = s.percent;
    return r;
  });
}

const TEXTILE_KEY_RE = /fabric|craft of weaving|fib(?:re|er) content/i;
const isTextileKey = memoByKey((k: string): boolean => TEXTILE_KEY_RE.test(k));
const isUpperKey = memoByKey((k: string): boolean => UPPER_KEY.test(k.toLowerCase()));

/** The textile context of a product: a composition or fabric attribute, or textile words in its text. */
export function isTextileProduct(input: ProductInput, toks?: readonly string[]): boolean {
  if (input.composition && /%/.test(input.composition)) return true;
  for (const k of Object.keys(input.attributes ?? {})) if (isTextileKey(k)) return true;
  const t = toks ?? wordsSep(normalizeText(`${input.productName} ${input.description ?? ""} ${input.category ?? ""} ${input.material ?? ""}`));
  // "Hair" is a textile context for wigs and extensions (acrylic fibre), not for hair clips, claws or combs (acrylic plastics).
  let hair = false;
  for (const [i, w] of t.entries()) {
    if (!TEXTILE_CONTEXT.has(w)) continue;
    // What the goods are for storing or holding ("a box of polypropylene … for storing clothes") is no textile of theirs.
    if (STORES.has(t[i - 1] ?? "") || STORES.has(t[i - 2] ?? "")) continue;
    // ... nor what a holder is named after: a "clothes hanger", "towel rail" or "curtain rod" holds textiles.
    if (HOLDERS.has(t[i + 1] ?? "")) continue;
    if (w !== "hair") return true;
    hair = true;
  }
  return hair && !t.some((w) => HAIR_HARDWARE.has(w));
}

/** Verbs whose object is what the goods keep, not what they are made of. */
const STORES: ReadonlySet<string> = new Set(["storing", "store", "stores", "holding", "holds", "hanging", "organising", "organizing", "organise", "organize", "keeping", "protecting"]);

/** Holders named after what they hold ("clothes hanger", "towel rail", "curtain hooks"). */
const HOLDERS: ReadonlySet<string> = new Set(["hanger", "hangers", "peg", "pegs", "pin", "pins", "rack", "racks", "airer", "airers", "rail", "rails", "rod", "rods", "hook", "hooks", "ring", "rings", "holder", "holders", "stand", "stands", "clip", "clips", "dryer", "dryers"]);

/** Hair accessories of hard materials: with them "hair" says nothing of a textile. */
const HAIR_HARDWARE: ReadonlySet<string> = new Set(["clip", "clips", "claw", "claws", "pin", "pins", "hairpin", "hairpins", "comb", "combs", "barrette", "barrettes", "grip", "grips", "slide", "slides", "clamp", "clamps", "stick", "sticks"]);

function scanField(value: string, source: MaterialShare["source"], textile: boolean, softTextile: boolean, hardPlastic: boolean): MaterialShare[] | MaterialHit[] {
  if (/\d\s*%/.test(value)) {
    const parsed = parseComposition(value, source);
    if (parsed.length) return parsed;
  }
  const toks = wordsSep(normalizeText(value));
  const hits = scanMaterialTokens(toks, { mode: "field", textile, softTextile, hardPlastic });
  pairPercents(toks, hits);
  return hits;
}

/**
 * Materials of a product, deduplicated, in this order of evidence: context (earlier answers) >
 * composition > material field > material attributes ("Material", "Metals Type", "Fabric Type", ...) >
 * name / description words. Within each, the highest stated share first, then decorations and named
 * components ("wood handle") after the body material. Generic words ("metal", "fabric") are dropped
 * when a specific material of the same kind was found.
 *
 * `text` (optional) is the free text to scan; by default the product name and description.
 */
export function extractMaterials(input: ProductInput, text?: string): MaterialShare[] {
  const freeText = text ?? `${input.productName} ; ${input.description ?? ""}`;
  const freeToks = wordsSep(normalizeText(freeText));
  const ctxToks = input.category || input.material ? [...freeToks, ...wordsSep(normalizeText(`${input.category ?? ""} ${input.material ?? ""}`))] : freeToks;
  const textile = isTextileProduct(input, ctxToks);
  const hardPlastic = ctxToks.some((t) => HARD_PLASTIC_CONTEXT.has(t));
  const softTextile = ctxToks.some((t) => SOFT_TEXTILE_CONTEXT.has(t));
  const all: Ranked[] = [];
  let order = 0;
  const push = (items: MaterialShare[] | MaterialHit[], source: MaterialShare["source"], group: number): void => {
    const r = ranked(items, source, group, order);
    order += r.length;
    all.push(...r);
  };

  const ctx = input.context ?? {};
  for (const key of ["material", "materials", "composition", "main_material", "metal", "fabric"]) {
    const raw = ctx[key];
    if (raw === undefined || raw === null || String(raw).trim() === "") continue;
    const v = String(raw);
    const ids = v.split(/[,;/]+/).map((x) => x.trim().toLowerCase().replace(/\s+/g, "_"));
    if (ids.every(isMaterialId)) push(ids.map((m) => ({ material: m as Material, term: v, source: "context" as const })), "context", 0);
    else push(scanField(v, "context", textile, softTextile, hardPlastic), "context", 0);
  }
  if (input.composition) push(parseComposition(input.composition, "composition"), "composition", 1);
  if (input.material) push(scanField(input.material, "material", textile, softTextile, hardPlastic), "material", 2);
  const attrs = Object.entries(input.attributes ?? {})
    .map(([k, v]) => ({ k, v, rank: attrRank(k) }))
    .filter((a) => a.rank >= 0 && typeof a.v === "string" && a.v && a.v.length <= 200)
    .sort((a, b) => a.rank - b.rank);
  // Footwear (ch. 64 notes 3-4): the upper decides the heading and `footwearMaterials` takes `materials[0]` as the
  // upper when the text names none, so an "Upper Material" / "Shaft Material" outranks even the material field
  // (often the sole or a generic word), and the outer sole comes right after the upper. Without an upper key the
  // sole material goes after everything, text words included, so it is never read as the upper.
  const hasUpper = attrs.some((a) => isUpperKey(a.k));
  for (const a of attrs) {
    const part = footwearPartOfKey(a.k);
    if (part === "upper" || (part === "sole" && hasUpper)) {
      const hits = scanField(a.v, "attribute", textile, softTextile, hardPlastic);
      push(hits, "attribute", part === "upper" ? 1.8 : 1.85);
      continue;
    }
    if (part === "sole") {
      push(scanField(a.v, "attribute", textile, softTextile, hardPlastic), "attribute", 5);
      continue;
    }
    // The key says which part the value is about: "Handle Material: Nylon" is moulded, "Fabric Type: Acrylic" a fibre.
    const k = a.k.toLowerCase();
    const hard = hardPlastic || /handle|grip|case|frame|shell|housing|body|blade/.test(k);
    const fibre = textile || /fabric|fib(?:re|er)|yarn|textile|composition|content/.test(k);
    push(scanField(a.v, "attribute", fibre, softTextile && !/handle|grip/.test(k), hard), "attribute", 3 + a.rank / 10);
  }
  const textHits = scanMaterialTokens(freeToks, { mode: "text", textile, softTextile, hardPlastic }).filter((h) => !isAccessoryMaterial(h, freeToks));
  pairAdjacent(freeToks, textHits);
  remainderShare(textHits);
  // "100% cashmere" written in the name is a composition statement: it ranks with the composition field.
  push(textHits.filter((h) => h.percent !== undefined), "text", 1.5);
  push(textHits.filter((h) => h.percent === undefined), "text", 4);

  // "925 Silver Plated" in the text outweighs a bare "Silver" in a field: the seller's field names the colour
  // or the coating, not the metal of the article (chapter 71 note 9; imitation jewellery is of base metal).
  const platedTerms = textHits.filter((h) => h.material === "base_metal" && / (?:plated|plating|plate|electroplated|coated|dipped|flash|layered|gp|ep|overlaid)$/.test(h.term));
  if (platedTerms.length) {
    for (const s of all) {
      if (s.source === "text" || !(s.material === "gold" || s.material === "silver" || s.material === "platinum")) continue;
      if (!/^(?:gold|silver|platinum|golden|silvery|yellow gold|white gold|rose gold)$/.test(s.term)) continue;
      if (platedTerms.some((h) => h.term.includes(s.material === "gold" ? "gold" : s.material))) {
        s.material = "base_metal";
        s.term = `${s.term} (plated)`;
        s.generic = true;
      }
    }
  }

  // Same material twice in one group with shares ("54% cotton, 36% polyester, 10% spandex"): one entry, shares summed.
  for (let i = 0; i < all.length; i++) {
    const a = all[i]!;
    if (a.percent === undefined) continue;
    for (let j = i + 1; j < all.length; j++) {
      const b = all[j]!;
      if (b.group !== a.group || b.material !== a.material || b.percent === undefined) continue;
      a.percent += b.percent;
      a.term += `+${b.term}`;
      all.splice(j--, 1);
    }
  }

  // Rank: evidence group, then stated share, then body before decoration/components, then order.
  all.sort(
    (a, b) =>
      a.group - b.group ||
      (b.percent ?? -1) - (a.percent ?? -1) ||
      Number(a.secondary) - Number(b.secondary) ||
      a.order - b.order,
  );
  const hasMetal = all.some((s) => SPECIFIC_METALS.has(s.material));
  const hasFibre = all.some((s) => SPECIFIC_TEXTILES.has(s.material));
  // Porcelain is a ceramic and bamboo the "wood" of a bamboo board: "ceramic porcelain plate", "wooden cutting board
  // made of bamboo" are of porcelain (6911, not 6912) and of bamboo (4419.11, 9403.82), the kind named in the same place.
  const kindOf = (kind: Material, generic: RegExp): ((s: Ranked) => boolean) => {
    const groups = new Set(all.filter((s) => s.material === kind).map((s) => s.group));
    return (s) => groups.has(s.group) && generic.test(s.term);
  };
  const ceramicOfPorcelain = kindOf("porcelain", /^ceramics?$/);
  const woodOfBamboo = kindOf("bamboo", /^(?:wood|wooden)$/);
  const out: MaterialShare[] = [];
  const seen = new Map<Material, MaterialShare>();
  for (const s of all) {
    if (s.generic && s.material === "base_metal" && hasMetal) continue;
    if (s.generic && s.material === "textile" && hasFibre) continue;
    if ((s.material === "ceramic" && ceramicOfPorcelain(s)) || (s.material === "wood" && woodOfBamboo(s))) continue;
    const cur = seen.get(s.material);
    if (cur) {
      if (cur.percent === undefined && s.percent !== undefined && cur.source !== "composition") cur.percent = s.percent;
      continue;
    }
    const share: MaterialShare = { material: s.material, term: s.term, source: s.source };
    if (s.percent !== undefined) share.percent = s.percent;
    seen.set(s.material, share);
    out.push(share);
  }
  return out;
}
