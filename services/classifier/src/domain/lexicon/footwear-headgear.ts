/**
 * Section XII — footwear (64), headgear (65), umbrellas and walking sticks (66), feathers, artificial
 * flowers and wigs (67). Footwear goes by the material of the upper (and outer sole): rubber/plastics
 * 6401/6402, leather 6403, textile 6404, other 6405; subheadings by sports use, ankle cover, toe posts.
 */
import type { Condition, LexiconEntry } from "../types.js";
import { e, m, same, to } from "./helpers.js";

type Split = NonNullable<LexiconEntry["splits"]>[number];

const LEATHER: Condition["material"] = ["leather"];
const COMPO: Condition["material"] = ["composition_leather"];
const TEXTILE: Condition["material"] = ["textile", "cotton", "wool", "fine_animal_hair", "silk", "flax", "jute", "other_vegetable_fibre", "synthetic", "artificial"];
const RUBBER_PLASTIC: Condition["material"] = ["rubber", "plastic"];
const OTHER: Condition["material"] = ["wood", "bamboo", "cork", "straw", "fur", "paper", "feather"];

type ShoeKind = "sports" | "athletic" | "boot" | "thong" | "plain" | "ski";

/**
 * Footwear splits by upper material. `kind` picks the subheadings within each heading:
 * sports (6402 19 / 6403 19 / 6404 11), athletic (sneakers: 6402 99 / 6403 99 / 6404 11), boot (covering the ankle: 6402 91 / 6403 91), thong (toe post 6402 20),
 * plain (6402 99 / 6403 99 / 6404 19).
 */
/**
 * Rain boots, rubber boots and wellingtons are the waterproof footwear of heading 6401 (outer soles and uppers of
 * rubber or plastics, the upper neither stitched nor riveted to the sole): a title that also calls them "boots",
 * "shoes" or "water shoes" does not move them to 6402, which excludes waterproof footwear of 6401.
 */
const RAIN_BOOTS = ["rain boots", "rain boot", "rainboots", "rainboot", "rubber boots", "rubber rain boots", "wellington boots", "wellingtons", "wellies", "gumboots", "gum boots", "rain booties"];
const RAIN_BOOT_SPLITS: Split[] = [
  to({ words: RAIN_BOOTS, allOf: [["steel toe", "toe cap", "safety"]], unless: ["leather", "canvas", "knit"] }, "640110"),
  to({ words: RAIN_BOOTS, allOf: [["knee high", "knee-high", "thigh", "over the knee"]], unless: ["leather", "canvas", "knit"] }, "640199"),
  to({ words: RAIN_BOOTS, unless: ["leather", "canvas", "knit"] }, "640192"),
];

function shoeSplits(kind: ShoeKind): Split[] {
  const rp = { sports: "640219", athletic: "640299", boot: "640291", thong: "640220", plain: "640299", ski: "640212" }[kind];
  const le = { sports: "640319", athletic: "640399", boot: "640391", thong: "640399", plain: "640399", ski: "640312" }[kind];
  const tx = { sports: "640411", athletic: "640411", boot: "640419", thong: "640419", plain: "640419", ski: "640411" }[kind];
  return [
    ...RAIN_BOOT_SPLITS,
    // Leather-upper footwear incorporating a protective metal toe-cap is 6403.40 whatever its kind.
    to({ words: ["steel toe", "steel toes", "steel toecap", "steel toe cap", "steel capped", "steel cap", "metal toe", "metal toecap", "metal toe cap"], material: LEATHER }, "640340"),
    to({ material: LEATHER }, le),
    to({ material: COMPO }, "640510"),
    to({ material: TEXTILE }, tx),
    to({ material: RUBBER_PLASTIC }, rp),
    to({ material: OTHER }, "640590"),
  ];
}

function shoe(terms: string, kind: ShoeKind, defaultCode: string, note: string, extra: Split[] = []): LexiconEntry {
  return e(terms, defaultCode, { splits: [...extra, ...shoeSplits(kind)], decisive: ["material"], note });
}

const footwear: LexiconEntry[] = [
  // Subheading note 1 to ch. 64: "sports footwear" (6402.19, 6403.19, 6404.11) is footwear designed for a sport with spikes,
  // sprigs, stops, clips or bars, and skating, ski, wrestling, boxing and cycling footwear. Sneakers, running and training
  // shoes are that only where 6404.11 names them ("tennis shoes, basketball shoes, gym shoes, training shoes"): with
  // uppers of rubber, plastics or leather they are "other" footwear (6402.99, 6403.99).
  shoe("sneakers|sneaker|trainers|running shoes|running shoe|athletic shoes|sports shoes|sport shoes|gym shoes|training shoes|tennis shoes|basketball shoes|walking shoes|jogging shoes|cross training shoes|high top sneakers|low top sneakers|chunky sneakers|platform sneakers|dad sneakers|running sneakers|tennis sneakers|walking sneakers|court shoes sports|volleyball shoes|badminton shoes|skate shoes|skateboard shoes|hiking shoes|trail running shoes|approach shoes|soccer shoes|bowling shoes|dance sneakers|climbing shoes|indoor court shoes", "athletic", "6404",
    "sneakers and training shoes: textile upper 640411 (named there); rubber/plastics 640299, leather 640399 (not sports footwear under subheading note 1 to ch. 64)"),
  shoe("golf shoes|cycling shoes|football boots|soccer cleats|rugby boots|baseball cleats|track spikes|wrestling shoes|boxing shoes", "sports", "6404",
    "sports footwear: textile upper 640411, leather 640319, rubber/plastic 640219 (Subheading Note 1 to ch. 64)"),
  shoe("canvas shoes|canvas sneakers|slip-on shoes|slip on shoes|espadrilles|espadrille|vulcanized shoes|plimsolls|plimsoll|deck shoes canvas|mesh shoes|knit shoes|sock shoes|water shoes|aqua shoes|beach shoes|barefoot shoes", "plain", "6404",
    "non-sports footwear with textile uppers → 640419; rubber/plastic uppers 640299"),
  shoe("shoes|shoe|footwear|casual shoes|ballet flats|flat shoes|loafers|loafer|moccasins|moccasin|boat shoes|oxford shoes|oxfords|derby shoes|brogues|dress shoes|formal shoes|leather shoes|office shoes|work shoes|mary janes|mary jane shoes|pump shoes|high heel pumps|mule shoes|high heels|heels|stilettos|stiletto heels|platform shoes|wedge shoes|kitten heels|court shoes|clogs|clog|nursing shoes|chef shoes|dance shoes|ballet shoes|ballet slippers|tap shoes|tap dance shoes|jazz shoes|pointe shoes|latin dance shoes|school shoes|baby shoes|toddler shoes|kids shoes|prewalker shoes|crib shoes|orthopedic shoes|diabetic shoes|elevator shoes|driving shoes|jelly shoes|garden shoes|eva clogs|croc clogs|hospital clogs|mules|mule|slip-ons|slip ons|house shoes|indoor shoes|home shoes|ballerinas|ballet pumps|ballerina flats|pointed toe flats|block heels|block heel shoes|heeled shoes|slingback heels|slingbacks|d'orsay heels|ankle strap heels|t-strap shoes|stiletto pumps|platform heels|wedge heels|kitten heel pumps|peep toe heels|bridal shoes|wedding shoes|prom shoes|party shoes|work clogs|nurse clogs|chef clogs|wooden clogs|sabots", "plain", "6402",
    "footwear by upper: rubber/plastics 6402 99, leather 6403 99, textile 6404 19, composition leather 640510, other 640590"),
  shoe("boots|boot|ankle boots|chelsea boots|combat boots|desert boots|chukka boots|hiking boots|trekking boots|work boots|cowboy boots|western boots|knee high boots|knee boots|thigh high boots|over the knee boots|riding boots|motorcycle boots|biker boots|snow boots|winter boots|ugg boots|sheepskin boots|booties|martin boots|platform boots|military boots|tactical boots|hunting boots|lace-up boots|sock boots|fashion boots|duck boots|mid calf boots|calf boots|wide calf boots|heeled boots|heel boots|stiletto boots|block heel boots|slouch boots|moon boots|apres ski boots|western booties|hiker boots|hiking booties|snow booties|winter booties|ankle booties|platform booties|lace up booties|jodhpur boots|paddock boots|engineer boots|logger boots|wedge boots", "boot", "6402",
    "boots covering the ankle: rubber/plastic 640291, leather 640391 (leather sole 640351), textile 640419"),
  shoe("sandals|sandal|slide sandals|slippers|slipper|house slippers|bedroom slippers|home slippers|indoor slippers|fuzzy slippers|plush slippers|cotton slippers|fluffy slippers|bath slippers|shower slides|pool slides|beach sandals|gladiator sandals|platform sandals|wedge sandals|sport sandals|hiking sandals|strappy sandals|open toe shoes|peep toe shoes|heeled sandals|high heel sandals|block heel sandals|ankle strap sandals|slingback sandals|flat sandals|leather sandals|fisherman sandals|jelly sandals|cork sandals|footbed sandals|slide slippers|slipper slides|open toe slippers|clog slippers|scuff slippers|moccasin slippers|bootie slippers|slipper boots|memory foam slippers|spa slippers|hotel slippers|disposable slippers|kids slippers|men's slippers", "plain", "6402",
    "sandals and slippers by upper: rubber/plastic 640299, leather 640399 (leather soles with straps 640320), textile 640419"),
  shoe("flip flops|flip-flops|flip flop|thongs sandals|thong sandals|thong sandal|toe post sandals|toe post slippers|thong slippers|flip flop slippers|flip flop sandals|zori|jandals|havaianas style sandals|beach flip flops|pool flip flops", "thong", "6402",
    "rubber/plastic footwear with toe-post straps plugged into the sole → 640220"),
  e("rain boots|rainboots|rubber boots|wellies|wellington boots|wellingtons|gumboots|galoshes|waterproof boots|overshoes|rain shoe covers|fishing waders|waders|muck boots|pvc boots|rain booties", "6401", {
    splits: [to({ words: ["steel toe", "toe cap", "safety"] }, "640110"), to({ words: ["knee", "thigh", "waders", "wader"] }, "640199"), to({ material: TEXTILE }, "640419"), to({}, "640192")],
    note: "waterproof rubber/plastic footwear, uppers not stitched to the sole → 6401 (ankle 640192, knee/thigh 640199)",
  }),
  e("safety shoes|safety boots|steel toe boots|steel toe shoes|steel toe cap boots|composite toe boots|protective footwear|work safety shoes|industrial boots", "6403", {
    splits: [to({ material: LEATHER }, "640340"), to({ material: RUBBER_PLASTIC }, "6402"), to({ material: TEXTILE }, "6404")],
    decisive: ["material"], note: "footwear with protective metal toe-cap, leather uppers → 640340",
  }),
  shoe("ski boots|ski boot|snowboard boots|cross-country ski boots|ski shoes", "ski", "6402",
    "ski-boots and snowboard boots → 640212 (rubber/plastic), 640312 (leather)"),
  e("shoe uppers|uppers|vamps|outsole|outsoles|shoe soles|soles|heels replacement|heel tips|heel caps|shoe heels|rubber soles", "6406", {
    splits: [to({ words: ["upper", "uppers", "vamp"] }, "640610"), to({ material: RUBBER_PLASTIC }, "640620")],
    note: "parts of footwear: uppers 640610, outer soles and heels of rubber/plastics 640620",
  }),
  e("insoles|insole|shoe insoles|orthotic insoles|arch support insoles|gel insoles|heel cushions|heel pads|heel grips|shoe inserts|heel cups|shoe pads|ball of foot cushions|forefoot pads|toe inserts|shoe liners|gaiters|leg gaiters|snow gaiters|hiking gaiters|spats|shin gaiters", "640690", {
    note: "removable insoles, heel cushions, gaiters and similar → 640690",
  }),
];

const headgear: LexiconEntry[] = [
  m("hat|hats|cap|caps|baseball cap|baseball hat|trucker hat|trucker cap|snapback|dad hat|fitted cap|bucket hat|fisherman hat|sun hat|beach hat|wide brim hat|fedora|trilby|beret|beanie|knit hat|knitted hat|winter hat|pom pom hat|bobble hat|toque|balaclava|ski mask|visor|sun visor|golf visor|cowboy hat|newsboy cap|flat cap|ivy cap|baker boy hat|cloche hat|boater hat|church hat|fascinator|headpiece|bridal headpiece|turban|head wrap|durag|du-rag|wave cap|bonnet|satin bonnet|sleep cap|hair bonnet|shower cap|chef hat|nurse cap|military cap|army cap|police cap|peaked cap|sailor hat|graduation cap|mortarboard|beanie hat|skull cap|kippah|yarmulke|kufi|taqiyah|baby hat|newborn hat|helmet liner|hairnet|hair net|swim cap|swimming cap|bathing cap|hunting cap|trapper hat|bomber hat|ushanka|earflap hat|panama hat|top hat|bowler hat|felt hat|wool hat|sombrero|pith helmet|cap with visor", "6505",
    { straw: "650400", woody: "650400", paper: "650400", plastic: "650691", rubber: "650691", leatherish: "650699", fur: "650699", metal: "650699", textiles: "650500" },
    "hats knitted or made up from textile fabric/felt → 650500; plaited (straw, paper braid) 650400; rubber/plastics 650691; leather/fur 650699"),
  e("straw hat|straw fedora|raffia hat|panama straw hat|seagrass hat|palm hat|wheat straw hat|straw sun hat|straw beach hat|straw cowboy hat|straw bucket hat|straw boater|straw visor|raffia sun hat", "650400", { note: "plaited hats → 650400" }),
  e("helmet|safety helmet|hard hat|hardhat|construction helmet|bike helmet|bicycle helmet|cycling helmet|motorcycle helmet|motorbike helmet|full face helmet|open face helmet|ski helmet|snowboard helmet|skate helmet|skateboard helmet|climbing helmet|riding helmet|equestrian helmet|horse riding helmet|hockey helmet|lacrosse helmet|football helmet|baseball helmet|batting helmet|kids helmet|welding helmet|firefighter helmet|bump cap|tactical helmet|military helmet|ballistic helmet|scooter helmet", "650610", {
    splits: [
      // A replacement lining, suspension, pad set or chinstrap sold for a helmet: heading 6507 names them.
      to({ isPart: true, words: ["lining", "linings", "liner", "liners", "suspension", "sweatband", "sweatbands", "headband", "padding", "pads", "pad set", "chin strap", "chinstrap"] }, "650700"),
      to({ words: ["welding"] }, "9004"),
      to({ words: ["ballistic", "bulletproof", "bullet proof", "kevlar"] }, "650610"),
    ],
    note: "safety headgear (incl. sports and motorcycle helmets) → 650610; auto-darkening welding helmets are protective goggles 9004; replacement linings, suspensions, pads and chinstraps for helmets → 650700",
  }),
  e("hat band|hatband|sweatband for hat|hat lining|helmet lining|hard hat suspension|helmet suspension|cap peak|chin strap|chinstrap|hat frame|hat foundation|hat liner", "650700", { note: "headbands, linings, peaks, chinstraps for headgear → 6507" }),
  e("hat body|felt hat body|hat form|hat blank", "650100", { note: "hat-forms and hat bodies of felt → 6501" }),
];

const umbrellas: LexiconEntry[] = [
  e("umbrella|umbrellas|rain umbrella|folding umbrella|compact umbrella|travel umbrella|automatic umbrella|golf umbrella|windproof umbrella|parasol|sun umbrella|uv umbrella|stick umbrella|clear umbrella|bubble umbrella|kids umbrella|inverted umbrella|reverse umbrella", "6601", {
    splits: [to({ words: ["patio", "garden", "beach", "market", "cantilever", "offset", "outdoor", "table"] }, "660110"), to({ words: ["folding", "compact", "telescopic", "foldable", "travel", "collapsible", "3 fold", "three fold", "pocket"] }, "660191"), to({}, "660199")],
    decisive: ["use"], note: "umbrellas: garden/patio 660110, telescopic shaft 660191, other (stick) 660199",
  }),
  e("patio umbrella|garden umbrella|beach umbrella|market umbrella|cantilever umbrella|offset umbrella|outdoor umbrella|table umbrella|pool umbrella|sunshade umbrella", "660110", { note: "garden and similar umbrellas → 660110" }),
  e("umbrella frame|umbrella ribs|umbrella handle|umbrella cover|umbrella tip|umbrella canopy replacement", "6603", {
    splits: [to({ words: ["frame", "ribs"] }, "660320"), to({}, "660390")], note: "parts of umbrellas → 6603",
  }),
  e("walking stick|walking cane|hiking stick|walking pole|trekking pole|trekking poles|hiking poles|nordic walking poles|seat stick|shooting stick|riding crop|horse whip|dressage whip|crop whip", "660200", {
    splits: [to({ words: ["white cane", "blind", "quad cane", "crutch", "forearm"] }, "9021")],
    note: "walking sticks, seat-sticks, whips, riding crops → 660200 (trekking poles included); mobility crutches 9021",
  }),
];

/** Words of a hair piece that is not a complete wig (6704.19 when synthetic). */
const NOT_A_COMPLETE_WIG = ["ponytail", "braiding", "bundle", "bundles", "hairpiece", "hair piece", "topper", "chignon", "weft", "crochet hair", "faux locs", "clip-in", "tape-in", "halo"];
/** The trade's names for synthetic wig fibre. */
const SYNTHETIC_HAIR = ["synthetic", "kanekalon", "toyokalon", "modacrylic", "heat resistant fiber", "heat resistant fibre", "high temperature fiber", "high temperature fibre", "low temperature fiber", "futura fiber"];

const ch67: LexiconEntry[] = [
  e("feathers|feather|craft feathers|ostrich feathers|peacock feathers|goose feathers|feather boa|feather trim|marabou|down feathers|down filling|duck down|goose down|feather fan", "670100", {
    splits: [to({ words: ["down filling", "duck down", "goose down", "down feathers"] }, "0505")],
    note: "feathers and articles of feathers → 670100; raw down for stuffing 0505",
  }),
  m("artificial flowers|artificial flower|fake flowers|fake flower|silk flowers|silk flower|faux flowers|faux flower|artificial plant|artificial plants|fake plant|fake plants|faux plant|faux plants|artificial succulent|fake succulents|artificial tree|fake tree|artificial bonsai|artificial grass plant|artificial leaves|fake leaves|artificial vine|fake vine|ivy garland|greenery garland|flower garland|flower wall|flower arch|rose bouquet artificial|artificial bouquet|bridal bouquet|wedding bouquet|boutonniere|corsage|wrist corsage|flower crown|flower head|flower stems|artificial fruit|fake fruit|artificial berries|preserved flowers|eternal rose|forever rose|soap flowers|foam flowers|foam roses|paper flowers", "6702",
    { plastic: "670210", rubber: "670210", other: "670290" },
    "artificial flowers, foliage, fruit and articles thereof → 6702 (plastics 670210, other 670290); preserved natural flowers 0604"),
  e("wig|wigs|lace front wig|lace frontal wig|full lace wig|glueless wig|human hair wig|synthetic wig|cosplay wig|costume wig|party wig|bob wig|headband wig|u part wig|closure wig|hair topper|toupee|hairpiece|hair piece|hair extensions|hair extension|clip in hair extensions|tape in extensions|hair bundles|hair weave|lace closure|lace frontal|hair closure|ponytail extension|ponytail hairpiece|bangs hairpiece|clip-in bangs|braiding hair|crochet hair|crochet braids|twist hair|locs extensions|faux locs|hair switch|hair bun piece|chignon|false beard|fake beard|fake mustache|false mustache|false eyebrows|eyebrow wig|doll wig", "6704", {
    splits: [
      to({ words: ["human hair", "remy", "virgin hair", "brazilian", "peruvian", "malaysian", "indian hair", "vietnamese", "100% human"] }, "670420"),
      // A complete wig is a wig named as such: a ponytail, clip-in piece, braiding hair or bundle sold under a seller's
      // category "Hair Extensions & Wigs" is a hair piece of 6704.19, not a complete wig.
      to({ material: ["synthetic", "artificial", "plastic"], words: ["wig"], unless: NOT_A_COMPLETE_WIG }, "670411"),
      to({ material: ["synthetic", "artificial", "plastic"] }, "670419"),
      to({ material: ["wool", "fine_animal_hair", "fur", "cotton", "silk"] }, "670490"),
      // Wig fibres named by the trade ("synthetic", Kanekalon, "heat resistant fiber") are synthetic textile materials.
      to({ words: SYNTHETIC_HAIR, allOf: [["wig", "wigs"]], unless: NOT_A_COMPLETE_WIG }, "670411"),
      to({ words: SYNTHETIC_HAIR }, "670419"),
    ],
    decisive: ["material"], note: "wigs and hair pieces: human hair 670420; synthetic complete wigs 670411, other synthetic 670419; animal hair/other 670490",
  }),
  e("false eyelashes|fake eyelashes|false lashes|fake lashes|eyelash extensions|lash extensions|lashes|eyelashes|mink lashes|faux mink lashes|individual lashes|cluster lashes|lash clusters|strip lashes|magnetic lashes|magnetic eyelashes|bottom lashes|volume lashes|lash trays", "6704", {
    splits: [to({ words: ["mink", "horse hair", "horsehair", "fur"], material: ["fur", "fine_animal_hair"] }, "670490"), to({ words: ["human hair"] }, "670420"), to({}, "670419")],
    decisive: ["material"], note: "false eyelashes: synthetic fibre 670419; mink/animal hair 670490; human hair 670420",
  }),
  e("human hair|raw hair|hair bulk|hair for wigs|bulk human hair|hair weft raw", "670300", { note: "human hair dressed/worked, and materials prepared for wig making → 6703" }),
];

export const FOOTWEAR_HEADGEAR: LexiconEntry[] = [...footwear, ...headgear, ...umbrellas, ...ch67];
void same;
