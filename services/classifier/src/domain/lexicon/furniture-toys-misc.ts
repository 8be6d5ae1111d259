/**
 * Sections XIX–XXI and chapters 94–96: arms and ammunition (93); furniture, bedding, lighting,
 * prefabricated buildings (94); toys, games, sports and fishing equipment, festive articles (95);
 * miscellaneous manufactured articles (96: brushes, buttons, zips, pens, lighters, combs, hygiene
 * products, tripods); works of art and antiques (97).
 */
import type { LexiconEntry } from "../types.js";
import { e, to } from "./helpers.js";

type Split = NonNullable<LexiconEntry["splits"]>[number];
const UPHOLSTERED = ["upholstered", "padded", "cushioned", "cushion", "velvet", "fabric", "linen", "leather", "faux leather", "pu leather", "boucle", "tufted", "foam"];
const METAL = ["iron_steel", "stainless_steel", "aluminium", "base_metal", "copper", "zinc"] as const;

/** Seat splits (9401): rattan/bamboo/cane, wood or metal frame (upholstered or not), plastic/other 940180. */
function seatSplits(upholsteredByDefault: boolean): Split[] {
  const wood = upholsteredByDefault ? "940161" : "940169";
  const metal = upholsteredByDefault ? "940171" : "940179";
  return [
    to({ material: ["bamboo"] }, "940152"),
    to({ material: ["other_vegetable_fibre", "straw"], words: ["rattan", "wicker"] }, "940153"),
    to({ words: ["rattan"] }, "940153"),
    to({ words: ["wicker", "cane", "osier"] }, "940159"),
    to({ material: ["wood"], words: UPHOLSTERED }, "940161"),
    to({ material: ["wood"] }, wood),
    to({ material: [...METAL], words: UPHOLSTERED }, "940171"),
    to({ material: [...METAL] }, metal),
    to({ material: ["plastic", "rubber", "textile", "synthetic", "cotton", "leather", "composition_leather", "glass", "stone"] }, "940180"),
  ];
}

/** Furniture splits (9403) by material; `wood` is the wooden subheading for this kind (bedroom, kitchen, office, other). */
function furnitureSplits(wood: string, metal = "940320"): Split[] {
  return [
    to({ material: ["bamboo"] }, "940382"),
    to({ words: ["rattan"] }, "940383"),
    to({ words: ["wicker", "cane", "osier", "seagrass", "water hyacinth"] }, "940389"),
    to({ material: ["wood"] }, wood),
    to({ material: [...METAL] }, metal),
    to({ material: ["plastic"] }, "940370"),
    to({ material: ["glass", "stone", "textile", "synthetic", "cotton", "paper", "leather", "ceramic"] }, "940389"),
  ];
}

const furniture: LexiconEntry[] = [
  e("chair|chairs|dining chair|dining chairs|kitchen chair|side chair|accent chair|armchair|arm chair|lounge chair|club chair|wingback chair|occasional chair|reading chair|rocking chair|rocker chair|glider chair|folding chair|folding chairs|stacking chair|stackable chair|plastic chair|wooden chair|metal chair|garden chair|patio chair|outdoor chair|camping chair|camp chair|beach chair|lawn chair|director chair|directors chair|deck chair|deckchair|sun lounger|chaise lounge|chaise longue|lounger|stool|stools|bar stool|bar stools|counter stool|step stool|footstool|foot stool|ottoman|bench|benches|dining bench|entryway bench|shoe bench|storage bench|garden bench|park bench|piano chair|vanity stool|makeup stool|kids chair|children's chair|high chair|highchair|baby high chair|booster chair|feeding chair|bean bag|bean bag chair|beanbag|floor chair|floor cushion chair|meditation chair|gaming chair|egg chair|hanging chair|swing chair|hanging egg chair|papasan chair|butterfly chair|ghost chair|tulip chair|saddle stool|drafting chair|church chair|banquet chair|chiavari chair|throne chair|wheel chair seat", "9401", {
    splits: [
      to({ words: ["gaming chair", "drafting chair"] }, "940139"),
      to({ words: ["bean bag", "beanbag", "floor cushion chair", "pouf", "pouffe"], material: ["textile", "synthetic", "cotton", "leather", "composition_leather", "plastic"] }, "940180"),
      to({ words: ["bean bag", "beanbag"] }, "940180"),
      ...seatSplits(false),
    ],
    decisive: ["material"],
    note: "seats → 9401 by frame material: bamboo 940152, rattan 940153, wooden frame upholstered 940161 / not 940169, metal frame upholstered 940171 / not 940179, other (plastic, bean bags) 940180",
  }),
  e("office chair|office chairs|desk chair|computer chair|executive chair|task chair|ergonomic chair|ergonomic office chair|swivel chair|mesh chair|mesh office chair|conference chair|boss chair|salon chair|barber chair|styling chair|hydraulic chair|drafting stool|swivel stool|adjustable stool|lab stool|saddle chair", "9401", {
    splits: [
      to({ words: ["barber chair", "salon chair", "styling chair", "hydraulic chair"] }, "940210"),
      to({ material: ["wood"] }, "940131"),
      to({}, "940139"),
    ],
    note: "swivel seats with variable height adjustment → 940131 (wood) / 940139 (other); barbers' chairs 940210",
  }),
  e("sofa|sofas|couch|couches|loveseat|love seat|sectional|sectional sofa|corner sofa|l shaped sofa|sofa set|recliner|recliners|recliner chair|reclining sofa|power recliner|lift chair|chesterfield|futon|sofa bed|sofa beds|sleeper sofa|daybed|chaise sofa|modular sofa|settee|divan sofa|two seater sofa|three seater sofa|couch bed|click clack sofa|futon mattress sofa", "9401", {
    splits: [
      to({ words: ["sofa bed", "sofa beds", "sleeper", "futon", "couch bed", "click clack", "daybed"], material: ["wood"] }, "940141"),
      to({ words: ["sofa bed", "sofa beds", "sleeper", "futon", "couch bed", "click clack", "daybed"] }, "940149"),
      ...seatSplits(true),
    ],
    decisive: ["material"], note: "upholstered seats: wooden frame 940161, metal frame 940171; convertible into beds 94014x",
  }),
  e("car seat frame|seat frame|chair base|chair legs|chair seat|chair back|seat cushion replacement|chair gas cylinder|chair gas lift|office chair cylinder|office chair base|chair arms|sofa legs|sofa cushion covers", "9401", {
    splits: [to({ words: ["sofa legs", "chair legs"], material: ["wood"] }, "940191"), to({ material: ["wood"] }, "940191"), to({}, "940199")],
    note: "parts of seats: wood 940191, other 940199",
  }),
  // Floor-standing racks, stands and shelving are furniture (ch. 94 note 2: made for placing on the floor
  // or fixed to the wall, incl. single shelves with supports) → 9403 by material, not 7326/3926.
  e("clothes rack|clothing rack|garment rack|clothes rail|clothing rail|garment rail|rolling rack|coat stand|coat tree|hall tree|hat stand|hat and coat stand|shoe rack metal|shoe shelf|shoe stand|shoe organizer rack|wire shelving|wire shelving unit|wire shelf|metal shelf|metal shelving|metal shelves|shelving unit|storage shelving|storage rack|storage shelf|garage shelving|boltless shelving|rivet shelving|warehouse racking|pallet racking|display rack|display shelf|retail display rack|gondola shelving|floating shelf metal|easel|display easel|floor easel|painting easel|art easel|easel stand|floor standing display|floor display stand|exhibition stand|trade show stand|bakers rack|kitchen rack floor|microwave stand|utility shelf|corner shelf unit|ladder shelf|wall shelf|wall shelves|floating shelf|floating shelves", "940320", {
    splits: [
      to({ material: ["wood"] }, "940360"),
      to({ material: ["bamboo"] }, "940382"),
      to({ material: ["straw"] }, "940383"),
      to({ material: ["plastic"] }, "940370"),
      to({ material: ["glass", "stone", "textile", "cotton", "synthetic", "paper"] }, "940389"),
    ],
    decisive: ["material"],
    note: "floor-standing or wall-fixed racks, shelving, garment rails, coat stands and easels are furniture → 9403 (metal 940320, wood 940360, plastics 940370, bamboo 940382, rattan 940383)",
  }),
  e("table|tables|dining table|dining tables|kitchen table|coffee table|coffee tables|side table|end table|console table|accent table|nightstand|night stand|bedside table|bedside cabinet|nesting tables|folding table|folding tables|camping table|picnic table|garden table|patio table|outdoor table|bistro table|bar table|pub table|high table|cocktail table|round table|extendable table|drop leaf table|gateleg table|trestle table|tv stand|tv cabinet|tv unit|media console|entertainment center|sideboard|buffet cabinet|credenza|cabinet|cabinets|storage cabinet|display cabinet|curio cabinet|china cabinet|accent cabinet|bathroom cabinet|medicine cabinet|wall cabinet|vanity cabinet|bathroom vanity|shoe cabinet|shoe rack|shoe organizer|shoe storage|shoe shelf|bookshelf|bookshelves|bookcase|book case|shelf|shelves|shelving|shelving unit|storage shelf|storage shelves|wall shelf|floating shelf|floating shelves|corner shelf unit|ladder shelf|display shelf|cube storage|cube shelf|cubby|storage unit|storage rack|utility shelf|garage shelving|metal shelving|wire shelving unit|rack shelving|kitchen rack stand|plant shelf|room divider|folding screen|privacy screen|partition screen|coat rack stand|hall tree|entryway organizer|hallway table|side cabinet|storage chest|toy chest|toy box|toy storage|blanket chest|trunk furniture|bench storage chest|kids table|children's table|kids table and chair set|play table|activity table|changing table|baby changing table|dresser changing table|pet furniture|cat tree|cat tower|cat condo|cat scratching post|scratching post|cat scratcher|dog crate furniture|pet gate|baby gate|safety gate|stair gate|playpen|play yard|baby playpen|pet playpen|dog pen|exercise pen|furniture|furnitures|home furniture|living room furniture|outdoor furniture|garden furniture|patio furniture|patio set|garden set|bistro set|balcony furniture|furniture set|dining set|dining table set|table and chairs|wooden furniture|metal furniture|plastic furniture|rattan furniture|wicker furniture|bamboo furniture|kitchen island|kitchen cart|kitchen trolley furniture|microwave stand|pantry cabinet|kitchen cabinet|kitchen cabinets|kitchen cupboard|cupboard|cupboards|sink cabinet|bar cabinet|wine cabinet|wine rack furniture|bar unit|vanity table|dressing table|makeup vanity|makeup table|vanity desk|mirror cabinet|jewelry armoire|jewelry cabinet", "9403", {
    splits: [
      to({ words: ["baby gate", "safety gate", "stair gate", "pet gate"], material: [...METAL] }, "732690"),
      to({ words: ["baby gate", "safety gate", "stair gate", "pet gate"], material: ["wood"] }, "442199"),
      to({ words: ["playpen", "play yard", "baby playpen"], material: ["textile", "synthetic", "plastic"] }, "940389"),
      to({ words: ["cat tree", "cat tower", "cat condo", "scratching post", "cat scratcher"], material: ["paper"] }, "482390"),
      to({ words: ["cat tree", "cat tower", "cat condo", "scratching post", "cat scratcher"] }, "940389"),
      to({ words: ["kitchen", "pantry", "cupboard", "sink cabinet"], material: ["wood"] }, "940340"),
      to({ words: ["nightstand", "night stand", "bedside", "dresser", "vanity table", "dressing table", "makeup vanity", "makeup table", "vanity desk", "jewelry armoire", "chest", "changing table"], material: ["wood"] }, "940350"),
      ...furnitureSplits("940360"),
    ],
    decisive: ["material"],
    note: "other furniture → 9403 by material: wood (kitchen 940340, bedroom 940350, other 940360), metal 940320, plastic 940370, bamboo 940382, rattan 940383, other 940389",
  }),
  e("desk|desks|office desk|computer desk|writing desk|study desk|standing desk|sit stand desk|height adjustable desk|gaming desk|corner desk|l shaped desk|executive desk|reception desk|desk table|student desk|school desk|laptop desk|lap desk|bed table|overbed table|desk riser|standing desk converter|office table|conference table|meeting table|filing cabinet|file cabinet|filing cabinets|office cabinet|office storage|mobile pedestal|office furniture|workstation desk|cubicle|office partition|locker|lockers|metal locker|storage locker|gym locker|school locker|workbench|work bench|tool bench|tool cabinet|tool chest|rolling tool cabinet|garage cabinet|lab bench|lab furniture|display counter|shop counter|checkout counter|retail display shelf|display rack retail|gondola shelving|supermarket shelf|warehouse rack|pallet racking|heavy duty rack|drawing table|drafting table|easel table", "9403", {
    splits: [
      to({ words: ["tool chest", "tool cabinet", "rolling tool cabinet", "garage cabinet", "workbench", "work bench", "tool bench"], material: [...METAL] }, "940320"),
      to({ words: ["lap desk"], material: ["plastic"] }, "940370"),
      ...furnitureSplits("940330", "940310"),
    ],
    decisive: ["material"],
    note: "office furniture: wood 940330, metal 940310; other materials by 9403 subheading",
  }),
  e("bed|beds|bed frame|bed frames|platform bed|bunk bed|bunk beds|loft bed|trundle bed|canopy bed|four poster bed|storage bed|captain bed|kids bed|toddler bed|single bed|double bed|queen bed|king bed|twin bed|wooden bed|metal bed|upholstered bed|murphy bed|wall bed|folding bed|rollaway bed|guest bed|headboard|headboards|footboard|bed slats|slatted bed base|bed base|divan base|box spring|bed rails|bed legs|wardrobe|wardrobes|armoire|closet|closet organizer|closet system|portable closet|fabric wardrobe|clothes wardrobe|dresser|dressers|chest of drawers|drawers|drawer unit|drawer chest|tallboy|lowboy|bedroom set|bedroom furniture|crib|cribs|cot|baby cot|baby crib|bassinet|bedside crib|co-sleeper|moses basket|cradle|baby cradle|rocking cradle|travel cot", "9403", {
    splits: [
      to({ words: ["box spring", "slatted bed base", "bed slats", "bed base", "divan base"] }, "940410"),
      to({ words: ["moses basket"] }, "4602"),
      to({ words: ["portable closet", "fabric wardrobe", "travel cot"], material: ["textile", "synthetic"] }, "940389"),
      to({ words: ["bed legs", "bed rails", "headboard", "footboard"], material: ["wood"] }, "940391"),
      to({ words: ["bed legs", "bed rails"] }, "940399"),
      ...furnitureSplits("940350"),
    ],
    decisive: ["material"],
    note: "bedroom furniture: wood 940350, metal 940320, plastic 940370; mattress supports (box springs, slatted bases) 940410",
  }),
  e("furniture legs|table legs|table leg|cabinet legs|table top|tabletop|table base|desk frame|shelf board|drawer|drawer box|cabinet door|cabinet doors|furniture panel|countertop wooden|furniture feet", "9403", {
    splits: [to({ material: ["wood", "bamboo"] }, "940391"), to({ material: ["stone"] }, "6802"), to({}, "940399")],
    note: "parts of furniture: wood 940391, other 940399",
  }),
  e("medical bed|hospital bed|examination table|exam table|massage table|massage bed|treatment table|operating table|dental chair|gynecological chair|veterinary table|hospital furniture|medical cart|medical trolley|bedside cabinet hospital|patient lift|commode chair|shower chair|bath chair|shower stool|toilet safety frame|raised toilet seat|transfer bench", "9402", {
    splits: [
      to({ words: ["dental chair", "barber"] }, "940210"),
      to({ words: ["shower chair", "bath chair", "shower stool", "commode", "transfer bench", "raised toilet seat", "toilet safety frame"] }, "9401"),
      to({ words: ["massage table", "massage bed"], material: ["wood"] }, "940360"),
      to({ words: ["patient lift"] }, "842890"),
      to({}, "940290"),
    ],
    note: "medical, surgical, dental or veterinary furniture → 9402 (dentists' chairs 940210, other 940290)",
  }),
  e("pouffe|pouffes|pouf|poufs|floor pouf|knitted pouf|moroccan pouf|leather pouf|footstool pouf|ottoman pouf|floor cushion|floor cushions|meditation cushion|zafu|seat pad cushion|chair pad|chair pads|chair cushion|seat cushion|bench cushion|outdoor cushion|patio cushion", "940490", {
    note: "pouffes and cushions, stuffed, without a frame, are articles of bedding and similar furnishing → 940490 (Explanatory Note to 94.04); a pouffe with a rigid frame is a seat (9401)",
  }),
  e("above ground pool|swimming pool above ground|frame pool|steel frame pool|inflatable swimming pool|family pool|swimming pool|pool for adults", "950699", {
    splits: [to({ age: ["child", "baby"] }, "950300")],
    note: "swimming and paddling pools → 950699 (Explanatory Note to 95.06); toy pools for young children 9503",
  }),
  e("swim armbands|swimming armbands|swim arm bands|arm bands swimming|swim float|kickboard|swim kickboard|pull buoy|swim noodle|pool noodle|pool noodles|swim vest kids|swim belt|swim training belt", "950629", {
    note: "swimming aids (armbands, rings, kickboards, noodles, pull buoys) are articles for swimming → 950629",
  }),
  e("clay pigeon|clay pigeons|clay target|clay targets|clay thrower|clay pigeon thrower|skeet thrower|trap thrower", "950699", {
    note: "clay targets and their throwers are equipment for outdoor games/shooting sports → 950699",
  }),
  e("mattress|mattresses|foam mattress|memory foam mattress|spring mattress|pocket spring mattress|hybrid mattress|latex mattress|crib mattress|baby mattress|mattress topper|mattress pad|topper|futon mattress|camping mattress foam|sleeping mat foam|foam pad|roll up mattress|folding mattress|tatami mattress|pillow|pillows|bed pillow|memory foam pillow|neck pillow|travel pillow|body pillow|pregnancy pillow|maternity pillow|wedge pillow|bolster|bolster pillow|lumbar pillow|back pillow|knee pillow|leg pillow|throw pillow|decorative pillow|cushion|cushions|seat cushion|chair cushion|chair pad|floor cushion|sofa cushion|outdoor cushion|patio cushion|bench cushion|donut cushion|coccyx cushion|meditation cushion|zafu|kneeling pad cushion|pet bed|dog bed|cat bed|pet cushion|dog mattress|orthopedic dog bed|cat cave|pet sofa|nursing pillow|baby nest|baby lounger|sleeping bag|sleeping bags|mummy sleeping bag|kids sleeping bag|baby sleeping bag|sleep sack|wearable blanket|quilt|quilts|duvet|duvets|comforter|comforters|down comforter|duvet insert|eiderdown|coverlet quilted|summer quilt|weighted blanket|down blanket", "9404", {
    splits: [
      to({ words: ["sleeping bag", "sleeping bags", "mummy", "sleep sack", "wearable blanket"] }, "940430"),
      to({ words: ["quilt", "quilts", "duvet", "duvets", "comforter", "comforters", "duvet insert", "eiderdown", "down blanket", "weighted blanket"] }, "940440"),
      to({ words: ["mattress", "mattresses", "topper", "mattress pad", "futon", "foam pad", "sleeping mat", "tatami"], material: ["rubber", "plastic"] }, "940421"),
      // Foam or latex makes a mattress 940421, not a pillow, cushion or pet bed: those stay 940490 ("Memory Foam Pillow").
      to({ words: ["pillow", "pillows", "cushion", "cushions", "bolster", "pet bed", "dog bed", "cat bed"] }, "940490"),
      to({ words: ["memory foam", "foam", "latex"] }, "940421"),
      to({ words: ["mattress", "mattresses", "topper", "mattress pad", "futon", "sleeping mat", "tatami"] }, "940429"),
      to({}, "940490"),
    ],
    note: "articles of bedding stuffed or of cellular material → 9404 (mattresses of cellular rubber/plastics 940421, other 940429, sleeping bags 940430, quilts and duvets 940440, pillows, cushions, pet beds 940490)",
  }),
  e("lamp|lamps|light fixture|luminaire|ceiling light|ceiling lights|ceiling lamp|flush mount light|semi flush mount|pendant light|pendant lights|pendant lamp|chandelier|chandeliers|crystal chandelier|wall light|wall lights|wall lamp|wall sconce|sconce|sconces|picture light|vanity light|bathroom light|mirror light|track light|track lighting|spotlight|spotlights|spot light|downlight|downlights|recessed light|recessed lighting|can light|panel light|led panel|led panel light|batten light|tube light fixture|linear light|strip light|led strip|led strips|led strip light|led strip lights|led tape|light strip|rgb strip|neon strip|neon light|neon sign|led neon sign|neon flex|rope light|fairy lights|string lights|christmas lights|led string lights|curtain lights|icicle lights|net lights|twinkle lights|bistro lights|festoon lights|globe string lights|patio lights|table lamp|table lamps|desk lamp|desk lamps|reading lamp|study lamp|led desk lamp|bedside lamp|night light|nightlight|night lights|baby night light|kids night light|moon lamp|galaxy projector|star projector|sunset lamp|floor lamp|floor lamps|standing lamp|arc lamp|torchiere|tripod lamp|lava lamp|salt lamp|himalayan salt lamp|crystal lamp|led lamp|smart lamp|touch lamp|usb lamp|clip lamp|clamp lamp|ring light|ring lights|selfie ring light|video light|led video light|photography light|studio light|fill light|grow light|grow lights|led grow light|plant light|aquarium light|aquarium lamp|flood light|floodlight|floodlights|led flood light|security light|motion sensor light|outdoor light|outdoor lights|outdoor wall light|porch light|garden light|garden lights|landscape light|pathway light|path lights|bollard light|post light|lamp post|street light|street lamp|high bay light|warehouse light|industrial light|stage light|stage lights|par light|moving head light|disco light|disco ball light|party light|dj light|laser light stage|strobe|solar light|solar lights|solar garden light|solar lamp|solar flood light|solar wall light|solar string lights|solar lantern|pool light|underwater light|cabinet light|under cabinet light|closet light plug|puck light|stair light|step light|deck light|emergency exit sign|exit sign|illuminated sign|light box sign|led sign board|marquee letters|light up letters|lamp shade|lampshade|lamp shades|lamp base|light cover|light shade|glass shade|chandelier crystals|ceiling canopy|light fitting|light fittings|lamp holder fitting|oil lamp|kerosene lamp|hurricane lamp|paraffin lamp|gas lamp|candle lamp|tealight lamp|lantern light", "9405", {
    splits: [
      // An LED "lamp" with its own lamp cap (E27, B22, GU10 ...) is an LED lamp of 8539.52 (HS 2022: a light source
      // fitted into a luminaire's holder), not the luminaire; a luminaire with such a socket or holder stays 9405.
      to({ words: ["e27", "e26", "e14", "e12", "b22", "b15", "gu10", "gu5.3", "mr16", "screw cap", "bayonet cap", "edison screw", "lamp cap"], allOf: [["led"]], unless: ["socket", "holder", "lampholder", "lamp holder", "shade", "lampshade", "table lamp", "desk lamp", "floor lamp", "pendant", "chandelier", "bulb not included", "bulbs not included"] }, "853952"),
      to({ words: ["oil lamp", "kerosene lamp", "hurricane lamp", "paraffin lamp", "gas lamp", "candle lamp", "tealight lamp"] }, "940550"),
      to({ words: ["lamp shade", "lampshade", "lamp shades", "light cover", "light shade", "glass shade", "lamp parts", "chandelier crystals", "chandelier parts", "ceiling canopy", "lamp base"], material: ["glass"] }, "940591"),
      to({ words: ["lamp shade", "lampshade", "lamp shades", "light cover", "light shade", "lamp parts", "chandelier parts", "ceiling canopy", "lamp base"], material: ["plastic"] }, "940592"),
      to({ words: ["lamp shade", "lampshade", "lamp shades", "light cover", "light shade", "glass shade", "lamp parts", "chandelier crystals", "chandelier parts", "ceiling canopy", "lamp base"] }, "940599"),
      to({ words: ["exit sign", "illuminated sign", "light box sign", "led sign", "neon sign", "led neon sign", "marquee letters", "light up letters"] }, "940561"),
      to({ words: ["solar"] }, "940541"),
      // Patio, café and festoon strings of globe or Edison bulbs light a terrace, not a Christmas tree: other LED
      // luminaires (9405.42), not the lighting strings "of a kind used for Christmas trees" of 9405.31.
      to({ words: ["bistro lights", "festoon", "globe string", "patio lights", "patio string", "cafe lights", "edison bulbs", "edison bulb", "g40", "s14"], unless: ["christmas", "xmas"] }, "940542"),
      to({ words: ["fairy", "string lights", "christmas lights", "string of lights", "christmas tree", "christmas trees", "curtain lights", "icicle", "net lights", "twinkle"], unless: ["bistro lights", "festoon", "globe string", "patio lights", "patio string", "cafe lights", "edison bulbs", "edison bulb"] }, "940531"),
      to({ words: ["chandelier", "chandeliers", "ceiling", "flush mount", "pendant", "wall light", "wall lights", "wall lamp", "sconce", "sconces", "picture light", "vanity light", "bathroom light", "mirror light", "track", "downlight", "recessed", "can light", "panel light", "led panel"] }, "940511"),
      to({ words: ["table lamp", "table lamps", "desk lamp", "desk lamps", "reading lamp", "study lamp", "bedside", "floor lamp", "floor lamps", "standing lamp", "arc lamp", "torchiere", "tripod lamp", "touch lamp", "clip lamp", "clamp lamp"] }, "940521"),
      to({ words: ["halogen", "incandescent", "fluorescent", "cfl", "e27 bulb", "metal halide"] }, "940549"),
      to({}, "940542"),
    ],
    note: "luminaires and light fittings → 9405 (HS 2022 split by LED-only: ceiling/wall 940511, table/floor 940521, light strings 940531, solar 940541, other LED incl. strips, floodlights 940542, non-LED 94051x/949; non-electric 940550; illuminated signs 940561; parts by material 94059x)",
  }),
];

const toys: LexiconEntry[] = [
  e("toy|toys|kids toy|kids toys|children's toys|baby toy|baby toys|toddler toy|toddler toys|educational toy|educational toys|learning toy|learning toys|montessori toy|montessori toys|stem toy|stem toys|sensory toy|sensory toys|fidget toy|fidget toys|fidget spinner|pop it toy|push pop bubble|pop it fidget|squishy|squishies|stress ball|stress toy|slime|slime kit|putty toy|kinetic sand|play sand|play dough set|playdough set|doll|dolls|baby doll|fashion doll|rag doll|reborn doll|reborn baby doll|bjd doll|doll house|dollhouse|doll clothes|doll accessories|doll stroller|doll pram|toy stroller|plush|plush toy|plush toys|plushie|plushies|stuffed animal|stuffed animals|stuffed toy|soft toy|soft toys|teddy bear|teddy bears|plush doll|cuddly toy|action figure|action figures|figure toy|figurine toy|anime figure|anime figures|pvc figure|collectible figure|model figure|figure model|vinyl figure|funko pop|blind box|mystery box toy|building blocks|building block|building bricks|bricks toy|lego|lego compatible|construction toy|construction set|magnetic blocks|magnetic tiles|wooden blocks|stacking toy|stacking blocks|shape sorter|puzzle|puzzles|jigsaw|jigsaw puzzle|jigsaw puzzles|3d puzzle|wooden puzzle|puzzle box|brain teaser|rubik's cube|rubiks cube|magic cube|speed cube|toy car|toy cars|diecast car|die cast car|diecast model|model car|model cars|scale model|model kit|model kits|plastic model kit|gundam model|model airplane|model train|model trains|train set|toy train|toy truck|toy vehicle|pull back car|rc car|rc cars|remote control car|remote control toy|rc truck|rc boat|rc plane|rc helicopter|rc airplane|remote control helicopter|remote control plane|remote control airplane|remote control boat|remote control truck|toy drone|kids drone|remote control drone toy|robot toy|toy robot|robot kit|coding robot|transforming robot|toy gun|water gun|water guns|squirt gun|nerf gun|foam dart blaster|blaster toy|toy sword|toy weapon|bubble machine|bubble gun|bubble wand|bubble blower|bubbles toy|kite|kites|yo-yo|yoyo|spinning top|beyblade|fidget cube|toy kitchen|play kitchen|pretend play|play food|toy food|kitchen play set|doctor kit toy|tool set toy|toy tools|tea set toy|play tent kids|ball pit|ball pit balls|play balls|baby gym|play gym|activity gym|play mat baby|activity cube|busy board|busy book|rattle|rattles|baby rattle|teether toy|bath toy|bath toys|rubber duck|squeaky toy|musical toy|toy piano|toy guitar|toy drum|toy microphone|karaoke toy|walkie talkie toy|toy phone|toy camera|toy watch|magic kit|magic set|magic tricks kit|science kit|chemistry set|crystal growing kit|experiment kit|craft kit kids|kids craft kit|art set kids|painting kit kids|coloring kit|sand art|clay kit kids|bead kit kids|jewelry kit kids|diamond painting|diamond painting kit|full drill|partial drill|paint by numbers|paint by number kit|5d diamond painting|spirograph|etch a sketch|drawing board kids|magnetic drawing board|lcd writing tablet|doodle board|balloon|balloons|latex balloons|foil balloons|helium balloons|balloon arch kit|balloon garland|balloon set|water balloons|punching balloon|tricycle|kids tricycle|toddler tricycle|kick scooter|kids scooter|scooter kids|push scooter|ride on car|ride-on car|ride on toy|ride-on toy|electric ride on|kids electric car|rocking horse|spring rider|wagon toy|push walker|baby walker|sit to stand walker|wooden toy|wooden toys|pull toy|push toy|marble run|marbles|toy blocks|dominoes toy|toy animals|animal figures|dinosaur toy|dinosaur toys|dinosaur figure|farm toys|toy soldiers|army men|finger puppet|hand puppet|puppet|puppets|marionette|dress up clothes kids|dress up set|pretend costume toy|toy jewelry|kids makeup kit toy|nail polish kids toy|slap bracelet|glow sticks|glow stick|light up toy|led toy|spinning toy|gyro toy|top toy|toy parachute|flying toy|flying disc toy|boomerang|catapult toy|slingshot toy|stomp rocket|toy rocket|sand toys|beach toys|sandbox toys|bucket and spade|pool toys|inflatable toy|inflatable toys|pool float|pool floats|swim ring|swimming ring|inflatable ring|float ring|arm floats|water wings|kiddie pool|inflatable pool|paddling pool|splash pad|sprinkler toy|water table|rc car parts|rc parts|rc upgrade parts|rc accessories|rc car accessories|rc tires|rc car tires|rc truck parts|rc crawler|rc crawler parts|rc car body|rc car shell|minifigure|minifigures|mini figures|building block set|building blocks set|brick set|nesting doll|nesting dolls|matryoshka|russian doll|toy figure|toy figures|plush figure|toy", "9503", {
    splits: [
      // A jigsaw with a power source is the power saw (8467.22), not a jigsaw puzzle.
      to({ words: ["jigsaw", "jig saw"], power: ["electric", "battery"] }, "846722"),
      // A tricycle for adults is a cycle (8712), not a toy; children's tricycles are toys (9503).
      to({ words: ["tricycle", "tricycles", "trike"], allOf: [["adult", "adults", "for adults", "senior", "seniors"]] }, "871200"),
      to({ words: ["inflatable pool", "paddling pool", "kiddie pool"], material: ["plastic"] }, "950300"),
      to({ words: ["balloon arch", "balloon garland"] }, "950300"),
      to({ words: ["glow sticks", "glow stick"] }, "950590"),
      to({ words: ["swim ring", "swimming ring", "arm floats", "water wings"] }, "950629"),
      to({ words: ["pool float", "pool floats", "inflatable ring", "float ring"], age: ["adult"] }, "950629"),
      // "Full drill" and "partial drill" say how much of a diamond painting's canvas takes rhinestones (its "drills"): no tool.
      to({ words: ["diamond painting", "paint by number", "paint by numbers", "5d diamond", "full drill", "partial drill"] }, "950300"),
    ],
    note: "toys, dolls, plush, puzzles, models, construction sets, wheeled toys (scooters, tricycles), toy balloons → 950300 (HS 2017+: single subheading)",
  }),
  e("game|games|board game|board games|card game|card games|family game|party game|party games|strategy game|dice game|trivia game|drinking game|chess|chess set|chess board|chess pieces|checkers|draughts|backgammon|go game|mahjong|mahjong set|dominoes|domino set|dice|dice set|d20|poker chips|poker set|casino chips|roulette|roulette wheel|bingo|bingo cage|bingo set|jenga|tumbling tower|connect four|monopoly|scrabble|cribbage board|tabletop game|dart board|dartboard|darts|dart set|electronic dartboard|soft tip darts|steel tip darts|dart flights|foosball|foosball table|table football|air hockey|air hockey table|pool table|billiard table|billiards|snooker table|pool cue|pool cues|cue stick|billiard cue|billiard balls|pool balls|cue chalk|billiard chalk|cue case|bridge cue|pool table cover|shuffleboard|table shuffleboard|pinball|pinball machine|arcade machine|arcade cabinet|arcade game|claw machine|coin operated game|slot machine|video game console|game console|games console|gaming console|handheld game console|handheld console|retro game console|retro console|portable game console|nintendo switch|playstation|ps5|ps4|xbox|xbox series x|gaming handheld|steam deck|video game|video games|game controller|controller|gamepad|joystick controller|wireless controller|ps5 controller|xbox controller|switch controller|joy-con|joycon|arcade stick|fight stick|racing wheel|steering wheel gaming|sim racing wheel|gaming steering wheel|flight stick|vr headset|virtual reality headset|vr glasses|vr goggles|oculus|meta quest|console accessories|controller charger|charging dock controller|thumb grips|controller skin|console skin|console stand|playing cards|playing card|deck of cards|poker cards|plastic playing cards|card deck|uno|uno cards|tarot card game|card shuffler|automatic card shuffler|game table|card table|poker table|escape room game|puzzle game|magic cards|casino game|game projector|game projectors|projector game console|game stick|game sticks|tv game stick|video game stick|retro game stick|tv game console|retro video game console|handheld game player|handheld game|retro handheld|plug and play game console|mini arcade console|sim racing pedals|racing pedals|gaming pedals|sim pedals|load cell pedals|sim racing shifter|gaming shifter|sim racing handbrake|racing wheel stand|sim racing cockpit|racing simulator cockpit|sim racing wheel base|wheel base sim|flight yoke|flight simulator yoke|hotas|throttle quadrant|gaming wheel|racing wheel and pedals", "9504", {
    splits: [
      to({ words: ["playing cards", "playing card", "deck of cards", "poker cards", "plastic playing cards", "card deck", "uno", "tarot card game", "magic cards"] }, "950440"),
      to({ words: ["pool table", "billiard", "billiards", "snooker", "pool cue", "pool cues", "cue", "pool balls", "cue chalk", "billiard chalk", "pool table cover"] }, "950420"),
      to({ words: ["arcade machine", "arcade cabinet", "claw machine", "coin operated", "slot machine", "pinball machine"] }, "950430"),
      to({ words: ["video game console", "game console", "games console", "gaming console", "handheld game console", "handheld console", "retro game console", "retro console", "portable game console", "nintendo switch", "playstation", "ps5", "ps4", "xbox", "gaming handheld", "steam deck", "game controller", "controller", "gamepad", "wireless controller", "joy-con", "joycon", "arcade stick", "fight stick", "racing wheel", "steering wheel gaming", "sim racing", "gaming steering wheel", "flight stick", "console accessories", "thumb grips", "controller skin", "console skin", "console stand", "controller charger", "charging dock controller", "game projector", "game projectors", "projector game console", "game stick", "game sticks", "tv game", "handheld game", "retro handheld", "plug and play game", "mini arcade console", "racing pedals", "gaming pedals", "sim pedals", "load cell pedals", "sim racing", "gaming shifter", "racing wheel stand", "racing simulator", "wheel base sim", "flight yoke", "flight simulator yoke", "hotas", "throttle quadrant", "gaming wheel", "racing wheel"] }, "950450"),
      to({ words: ["vr headset", "virtual reality", "vr glasses", "vr goggles", "oculus", "meta quest"] }, "852862"),
      to({ words: ["video game", "video games"] }, "852349"),
      to({ words: ["game table", "card table", "poker table"] }, "950490"),
      to({}, "950490"),
    ],
    note: "games → 9504 (billiards 950420, coin-operated 950430, playing cards 950440, video game consoles and controllers 950450, other table/parlour games incl. board games, chess, darts, dice 950490); VR headsets 8528; game discs 8523",
  }),
  e("christmas tree|artificial christmas tree|christmas trees|christmas decoration|christmas decorations|christmas ornament|christmas ornaments|christmas baubles|baubles|bauble|tree topper|christmas tree topper|christmas star|tinsel|garland christmas|christmas garland|christmas wreath|wreath|wreaths|advent wreath|christmas stocking|christmas stockings|santa hat|nativity set|nativity scene|christmas village|advent calendar|christmas tree skirt|tree skirt|christmas gnome|christmas figurine|snow globe|snowglobe|christmas crackers|christmas pick|christmas snowflake|fake snow|artificial snow|christmas inflatable|reindeer decoration|santa decoration|xmas decoration|xmas ornaments|halloween decoration|halloween decorations|halloween props|halloween prop|halloween mask|halloween costume accessories|skeleton decoration|fake spider web|spider web decoration|jack o lantern|pumpkin decoration|easter decoration|easter eggs plastic|easter basket|party decorations|party decoration|party supplies|party favor|party favors|party pack|birthday decorations|birthday party supplies|birthday banner|happy birthday banner|cake topper|cake toppers|cupcake toppers|party banner|bunting banner party|party blower|party horn|noisemaker|confetti cannon|party popper|party poppers|pinata|piñata|photo booth props|tassel garland|paper garland party|backdrop party|balloon weights|party masks|masquerade mask|masquerade masks|carnival mask|venetian mask|costume mask|latex mask|halloween masks|face mask party|fake blood|costume wig accessory|clown nose|fake mustache party|prank toy|prank|joke toy|whoopee cushion|gag gift|novelty gift|magic trick|magic tricks|card trick|conjuring trick|wedding decoration|wedding decorations|wedding favor|wedding favors|centerpiece|table centerpiece|baby shower decorations|gender reveal|graduation decorations|festival decoration|diwali decoration|eid decoration|ramadan decoration|chinese new year decoration|lantern festival|hanukkah decoration|st patricks decoration", "9505", {
    splits: [
      to({ words: ["christmas", "xmas", "advent", "tree topper", "tinsel", "bauble", "baubles", "nativity", "santa", "reindeer", "snow globe", "snowglobe", "fake snow", "artificial snow", "tree skirt", "stocking", "stockings"] }, "950510"),
      to({}, "950590"),
    ],
    note: "festive, carnival and entertainment articles → 9505 (Christmas 950510, other incl. Halloween, party supplies, masks, conjuring tricks 950590); textile costumes are garments (ch. 61/62)",
  }),
  e("treadmill|treadmills|walking pad|under desk treadmill|exercise bike|stationary bike|spin bike|spinning bike|indoor cycling bike|recumbent exercise bike|elliptical|elliptical trainer|cross trainer|rowing machine|rower|stepper|stair stepper|mini stepper|step machine|home gym|multi gym|weight bench|workout bench|adjustable bench|power rack|squat rack|pull up bar|pull-up bar|chin up bar|dip station|dip bars|power tower|smith machine|cable machine|lat pulldown|leg press|dumbbell|dumbbells|adjustable dumbbells|kettlebell|kettlebells|barbell|barbells|weight plates|weight plate|bumper plates|olympic bar|ez curl bar|weights|ankle weights|wrist weights|weighted vest|resistance band|resistance bands|exercise bands|loop bands|booty bands|pull up assist band|tube resistance band|yoga mat|yoga mats|exercise mat|fitness mat|pilates mat|gym mat|yoga block|yoga blocks|yoga strap|yoga wheel|yoga ball|exercise ball|stability ball|swiss ball|gym ball|balance ball|bosu ball|balance board|wobble board|foam roller|foam rollers|massage roller|massage ball|lacrosse ball massage|jump rope|skipping rope|speed rope|ab roller|ab wheel|push up board|push up bars|push up handles|hand grip|hand gripper|grip strengthener|forearm exerciser|hula hoop|weighted hula hoop|pilates ring|pilates reformer|trampoline|mini trampoline|fitness trampoline|rebounder|gymnastics mat|tumbling mat|crash mat|balance beam|gymnastics bar|gymnastic rings|climbing holds|climbing wall|parallettes|agility ladder|speed ladder|cones training|training cones|agility cones|hurdles training|battle rope|battle ropes|slam ball|medicine ball|wall ball|sandbag training|suspension trainer|trx straps|doorway pull up bar|exercise equipment|fitness equipment|gym equipment|workout equipment|boxing bag|punching bag|heavy bag|speed bag|free standing punching bag|reflex bag|punching ball|boxing gloves|boxing glove|mma gloves|kickboxing gloves|focus mitts|punch mitts|kick pad|kick shield|hand wraps|boxing hand wraps|headgear boxing|mouthguard|mouth guard|gum shield|shin guards|shin guard|shin pads|knee pads|knee pad|elbow pads|elbow pad|wrist guards|protective gear|skate pads|chest protector|cup protector|groin guard|martial arts equipment|karate pads|taekwondo protector|fencing sword|fencing foil|archery|archery set|bow and arrow|recurve bow|compound bow|crossbow|arrows|archery arrows|arrow heads|broadheads|archery target|shooting target|dart target|sports equipment|sporting goods|soccer goal|football goal|basketball hoop|basketball stand|basketball net|basketball ring|volleyball net set|badminton set|tennis net|net post|goal post|rugby tackle bag|cricket bat|cricket bats|cricket stumps|cricket set|baseball bat|baseball bats|softball bat|hockey stick|hockey sticks|ice hockey stick|field hockey stick|hockey puck|puck|lacrosse stick|golf club|golf clubs|golf club set|driver golf|golf driver|putter|golf putter|golf irons|wedge golf|golf wedge|golf tee|golf tees|golf trolley|golf cart trolley|golf push cart|golf bag stand|golf training aid|golf mat|putting mat|golf net practice|golf balls|golf ball|tennis racket|tennis rackets|tennis racquet|squash racket|badminton racket|badminton rackets|badminton racquet|pickleball paddle|pickleball paddles|padel racket|table tennis racket|table tennis bat|ping pong paddle|ping pong paddles|table tennis table|ping pong table|ping pong balls|table tennis balls|table tennis net|shuttlecock|shuttlecocks|tennis ball|tennis balls|pickleball balls|ball|balls|football|soccer ball|basketball|volleyball|rugby ball|american football|handball|netball|beach ball|water polo ball|dodgeball|kickball|playground ball|baseball|baseballs|softball|cricket ball|hockey ball|lacrosse ball|squash ball|racquetball|bowling ball|bowling pins|petanque|boules|bocce ball|croquet set|cornhole|cornhole boards|cornhole bags|bean bag toss|ladder toss|frisbee|flying disc|disc golf|disc golf disc|skis|ski|ski poles|ski bindings|snowboard|snowboards|snowboard bindings|snow sled|sled|sledge|toboggan|snow tube|snowshoes|ice skates|figure skates|hockey skates|roller skates|quad skates|inline skates|rollerblades|skate shoes wheels|skateboard|skateboards|longboard|cruiser board|penny board|skateboard deck|skateboard wheels|skateboard trucks|skateboard bearings|surfboard|surfboards|bodyboard|boogie board|skimboard|wakeboard|water skis|kneeboard|kitesurf kite|kiteboard|windsurf board|sailboard|swim fins|flippers|diving fins|snorkel|snorkel set|snorkel mask|diving mask|scuba mask|dive mask|kickboard|swim kickboard|pull buoy|swim float|pool noodle|pool noodles|wetsuit gloves|dive weights|scuba gear|bcd|climbing harness|climbing rope dynamic|belay device|ascender|chalk bag|climbing chalk|camping equipment|hiking gear|trekking gear|tennis ball machine|ball pump needle|sports bottle holder|referee card|scoreboard|stopwatch sports|starting block|javelin|discus|shot put|hammer throw|high jump bar|pole vault|relay baton|hurdle|hurdles|gym rings|horse vault|parallel bars|playground equipment|swing set|swing|swings|baby swing|tree swing|slide|playground slide|kids slide|climbing frame|jungle gym|seesaw|merry go round|sandbox|sand pit|trampoline net|trampoline enclosure|outdoor play equipment|play structure|playhouse|kids playhouse", "9506", {
    splits: [
      to({ words: ["skis", "ski", "ski poles"] }, "950611"),
      to({ words: ["ski bindings"] }, "950612"),
      // Snowboards are skis of 9506.11 (US statistical line "Snowboards"); their bindings and snowshoes are other snow-ski equipment.
      to({ words: ["snowboard", "snowboards"], unless: ["binding", "bindings", "boots", "bag", "wax"] }, "950611"),
      to({ words: ["snowboard", "snowboards", "snowboard bindings", "snowshoes"] }, "950619"),
      to({ words: ["sled", "sledge", "toboggan", "snow sled", "snow tube"] }, "950699"),
      to({ words: ["windsurf board", "sailboard"] }, "950621"),
      to({ words: ["surfboard", "surfboards", "bodyboard", "boogie board", "skimboard", "wakeboard", "water skis", "kneeboard", "kitesurf", "kiteboard", "swim fins", "flippers", "diving fins", "snorkel", "diving mask", "scuba mask", "dive mask", "kickboard", "pull buoy", "swim float", "pool noodle", "pool noodles", "dive weights", "scuba gear", "bcd"] }, "950629"),
      to({ words: ["golf balls", "golf ball"] }, "950632"),
      to({ words: ["golf club", "golf clubs", "golf club set", "driver golf", "golf driver", "putter", "golf putter", "golf irons", "golf wedge", "wedge golf"] }, "950631"),
      to({ words: ["golf"] }, "950639"),
      to({ words: ["table tennis", "ping pong"] }, "950640"),
      to({ words: ["tennis racket", "tennis rackets", "tennis racquet"] }, "950651"),
      to({ words: ["squash racket", "badminton racket", "badminton rackets", "badminton racquet", "pickleball paddle", "pickleball paddles", "padel racket"] }, "950659"),
      to({ words: ["tennis ball", "tennis balls"] }, "950661"),
      // Bowling balls and pins are bowling alley equipment of 9504.90 (US 9504.90.90.40 "Bowling balls").
      to({ words: ["bowling ball", "bowling balls", "bowling pins", "bowling pin"] }, "950490"),
      to({ words: ["inflatable", "football", "soccer ball", "basketball", "volleyball", "rugby ball", "american football", "handball", "netball", "beach ball", "water polo", "dodgeball", "kickball", "playground ball", "exercise ball", "stability ball", "swiss ball", "gym ball", "yoga ball", "balance ball", "bosu"], unless: ["hoop", "hoops", "goal", "goals", "net", "nets", "rim", "backboard", "system", "post", "posts"] }, "950662"),
      to({ words: ["ball", "balls", "baseball", "baseballs", "softball", "cricket ball", "hockey ball", "lacrosse ball", "squash ball", "racquetball", "bowling ball", "pickleball balls", "medicine ball", "slam ball", "wall ball"] }, "950669"),
      to({ words: ["ice skates", "figure skates", "hockey skates", "roller skates", "quad skates", "inline skates", "rollerblades"] }, "950670"),
      to({ words: ["treadmill", "walking pad", "exercise bike", "stationary bike", "spin bike", "spinning bike", "indoor cycling", "elliptical", "cross trainer", "rowing machine", "rower", "stepper", "step machine", "home gym", "multi gym", "weight bench", "workout bench", "adjustable bench", "power rack", "squat rack", "pull up bar", "pull-up bar", "chin up", "dip", "power tower", "smith machine", "cable machine", "lat pulldown", "leg press", "dumbbell", "dumbbells", "kettlebell", "kettlebells", "barbell", "barbells", "weight plate", "weight plates", "bumper plates", "olympic bar", "curl bar", "weights", "ankle weights", "wrist weights", "weighted vest", "resistance band", "resistance bands", "exercise bands", "loop bands", "booty bands", "yoga", "exercise mat", "fitness mat", "pilates", "gym mat", "foam roller", "jump rope", "skipping rope", "speed rope", "ab roller", "ab wheel", "push up", "hand grip", "gripper", "hula hoop", "trampoline", "rebounder", "gymnastics", "tumbling", "crash mat", "balance beam", "gymnastic rings", "climbing holds", "parallettes", "agility", "battle rope", "suspension trainer", "trx", "punching bag", "boxing bag", "heavy bag", "speed bag", "reflex bag", "exercise equipment", "fitness equipment", "gym equipment", "workout equipment", "javelin", "discus", "shot put", "relay baton", "hurdle", "hurdles", "starting block", "high jump", "pole vault", "parallel bars", "horse vault", "gym rings", "balance board", "wobble board"] }, "950691"),
      to({}, "950699"),
    ],
    decisive: ["use"],
    note: "sports equipment → 9506 (skis 95061x, water sports 95062x, golf 95063x, table tennis 950640, rackets 95065x, balls 95066x, skates 950670, gymnastics/fitness 950691, other incl. protective gear, boxing, playground 950699)",
  }),
  e("fishing rod|fishing rods|fishing pole|fishing poles|spinning rod|casting rod|fly rod|fly fishing rod|telescopic fishing rod|ice fishing rod|surf rod|carp rod|fishing rod combo|rod and reel combo|fishing reel|fishing reels|spinning reel|baitcasting reel|baitcaster|fly reel|trolling reel|spincast reel|fishing hook|fishing hooks|fish hook|fish hooks|treble hooks|circle hooks|jig hooks|fishing lure|fishing lures|lure|lures|soft bait|soft plastic bait|crankbait|jerkbait|spinnerbait|spoon lure|jig|jigs|metal jig|popper lure|frog lure|minnow lure|swimbait|fishing fly|fishing flies|fly tying|artificial bait|fishing bait artificial|fishing tackle|tackle box|fishing tackle box|fishing line|braided fishing line|monofilament fishing line|fluorocarbon line|fishing leader|fishing sinker|fishing sinkers|fishing weights|fishing float|fishing floats|bobber|bobbers|fishing swivel|swivels fishing|snap swivel|split shot|landing net|fish landing net|fishing rod holder|rod holder|rod pod|bite alarm|bite indicator|fishing bell|fishing gloves|fish gripper|lip gripper|hook remover|fishing pliers|butterfly net|insect net|decoy|duck decoy|hunting decoy|bird decoy", "9507", {
    splits: [
      to({ words: ["rod and reel", "rod combo", "fishing rod combo"] }, "950710"),
      to({ words: ["rod", "rods", "fishing pole", "fishing poles"] }, "950710"),
      to({ words: ["reel", "reels", "baitcaster"] }, "950730"),
      to({ words: ["hook", "hooks"] }, "950720"),
      // Lures and artificial baits are "other" fishing tackle (9507.90), hooks on them or not: a lure kit named as such
      // is lures (its hooks are part of the set, GRI 3(b)).
      to({ words: ["lure", "lures", "fishing lure", "fishing lures", "bait", "baits", "crankbait", "crankbaits", "minnow", "spinnerbait", "soft bait", "soft baits"] }, "950790"),
      to({ words: ["fishing line", "braided fishing line", "monofilament", "fluorocarbon", "fishing leader"] }, "950790"),
      to({ words: ["fishing pliers", "fish scale", "fishing gloves"] }, "950790"),
      to({}, "950790"),
    ],
    note: "line fishing tackle → 9507 (rods 950710, hooks 950720, reels 950730, other incl. lures, sinkers, floats, nets, decoys 950790)",
  }),
  e("amusement ride|carousel|merry-go-round ride|roller coaster|bumper cars|dodgem|inflatable bouncer|bounce house|bouncy castle|inflatable castle|water slide inflatable|inflatable slide|water park slide|shooting gallery|funfair game|motion simulator", "9508", {
    splits: [
      to({ words: ["bounce house", "bouncy castle", "inflatable castle", "inflatable bouncer", "inflatable slide", "water slide inflatable"] }, "950829"),
      to({ words: ["roller coaster"] }, "950821"),
      to({ words: ["carousel", "merry-go-round"] }, "950822"),
      to({ words: ["bumper cars", "dodgem"] }, "950823"),
      to({ words: ["motion simulator"] }, "950824"),
      to({ words: ["water park slide"] }, "950826"),
      to({ words: ["shooting gallery", "funfair"] }, "950830"),
    ],
    note: "amusement park rides and water park amusements → 95082x; fairground amusements 950830",
  }),
  e("pool lounger|pool raft|inflatable raft|inflatable lounger|inflatable pool lounger|pool float lounger|floating lounger|water hammock|inflatable water hammock|floating mat|floating water mat|water mat float|lily pad float|inflatable island|floating island|swimming aid|swim aid|swim trainer|swimming trainer|swim belt|swimming belt|swim float belt|swim board|puddle jumper|swim arm bands|swimming arm bands|armbands swimming", "950629", {
    splits: [to({ words: ["pool lounger", "pool raft", "inflatable raft", "inflatable lounger", "floating lounger", "water hammock", "floating mat", "lily pad", "inflatable island", "floating island"], age: ["child", "baby"] }, "950300")],
    note: "water-sport equipment → 950629: swimming aids (arm bands, swim belts, swim boards) and adult pool loungers/rafts; pool toys designed for children 9503",
  }),
  e("drink float|drink floats|inflatable cup holder|inflatable cup holders|inflatable drink holder|floating drink holder|floating cup holder|pool drink holder|beverage float|beverage boat float|inflatable coaster", "392690", {
    note: "inflatable floating drink/cup holders of plastics → 392690 (not toys or water-sport equipment)",
  }),
  e("glow bracelet|glow bracelets|glow necklace|glow necklaces|light up bracelet|light up bracelets|led bracelet|led bracelets|glow in the dark bracelet|led foam stick|foam glow stick|light up foam stick|cheer stick|cheering stick|light up glasses|led party glasses|led rave glasses", "950590", {
    note: "light-up and glow party articles (glow bracelets, foam sticks, party glasses) → festive articles 950590",
  }),
  e("ab trainer|abdominal trainer|ab machine|sit up bench|sit-up bench|sit up bar|sit up assistant|situp bench|twist board|twister board|waist twisting disc|waist twister|twisting disc|thigh trainer|thigh master|thighmaster|hip trainer|leg trainer|pelvic floor trainer|finger exerciser|grip trainer|stretching strap|leg stretcher|core trainer|aerobic step|aerobic stepper|fitness stepper|step platform fitness|push up stand|arm exerciser|chest expander|spring chest expander|wrist roller", "950691", {
    note: "articles and equipment for general physical exercise and gymnastics → 950691",
  }),
  e("skates|skate blades|ice skate blades|skate wheels|roller skate wheels|inline skate wheels|skate frame|inline skate frame|skate toe stop|adjustable skates|kids skates", "950670", {
    note: "ice skates and roller skates, incl. their blades, wheels and frames → 950670",
  }),
  e("racket|rackets|racquet|racquets|racket set|racquet set|racket strings|racquet strings|racket grip|overgrip|racket grip tape", "950659", {
    splits: [
      to({ words: ["table tennis", "ping pong"] }, "950640"),
      to({ words: ["tennis"] }, "950651"),
    ],
    note: "rackets → 9506 5x (lawn-tennis 950651, other incl. badminton, squash, padel 950659); table-tennis bats 950640",
  }),
];

const misc96: LexiconEntry[] = [
  e("carved bone|bone carving|horn carving|horn comb|antler carving|mother of pearl inlay|mother of pearl|shell carving|coral carving|carved shell|ivory carving|resin shell craft|seashell craft|seashells craft|shell ornament", "9601", {
    splits: [to({ words: ["ivory"] }, "960110"), to({}, "960190")], note: "worked ivory 960110; bone, horn, antler, coral, mother-of-pearl articles 960190",
  }),
  e("carved jet|amber carving|meerschaum|vegetable ivory|tagua|wax sculpture|modelled wax|carved wax|gelatin capsules empty|empty capsules|empty gelatin capsules|capsule shells", "960200", { note: "worked vegetable or mineral carving material (tagua, jet, amber), moulded wax articles, empty gelatin capsules → 960200" }),
  e("broom|brooms|push broom|besom|corn broom|twig broom|mop|mops|spin mop|spray mop|flat mop|microfiber mop|floor mop|string mop|sponge mop|string mop head|string mop heads|mop head|mop heads|mop refill|mop pads|squeegee|window squeegee|floor squeegee|shower squeegee|feather duster|duster|microfiber duster|carpet sweeper|floor sweeper manual|brush|brushes|cleaning brush|scrub brush|scrubbing brush|toilet brush|bottle cleaning brush|dish brush plastic|grout brush|wire brush|steel brush|brass brush|detail brush|car wash brush|wheel brush|tire brush|drain brush|shoe brush|clothes brush|lint brush|pet brush|dog brush|cat brush|grooming brush|deshedding brush|slicker brush|horse brush|toothbrush|toothbrushes|manual toothbrush|bamboo toothbrush|kids toothbrush|interdental brush|tongue scraper|tongue brush|hair brush|hairbrush|paddle brush|detangling brush|round brush|boar bristle brush|teasing brush|edge brush|beard brush|shaving brush|nail brush|makeup brush|makeup brushes|makeup brush set|foundation brush|powder brush|blush brush|eyeshadow brush|eyeliner brush|lip brush|kabuki brush|contour brush|eyebrow brush|spoolie|mascara wand|brow brush|blending brush|paint brush|paint brushes|paintbrush|artist brush|artist brushes|watercolor brush|oil paint brush|acrylic brush|calligraphy brush|chinese brush|nail art brush|detail paint brush|house paint brush|wall paint brush|paint roller|paint rollers|roller brush|paint pad|varnish brush|pastry brush silicone|bbq brush|machine brush|roller brush machine|sweeper brush|strip brush|brush seal|road brush|industrial brush|cylinder brush|wheel brush machine|polishing brush", "9603", {
    splits: [
      to({ words: ["besom", "twig broom", "corn broom"] }, "960310"),
      to({ words: ["toothbrush", "toothbrushes", "manual toothbrush", "bamboo toothbrush", "kids toothbrush", "interdental"] }, "960321"),
      to({ words: ["electric toothbrush"] }, "850980"),
      // Brushes for applying cosmetics (foundation, powder, eyeshadow, lip, kabuki) are named in 9603.30 with artists'
      // brushes; 9603.29 keeps toilet brushes for the person (hair, nail, shaving, eyelash/brow brushes).
      to({ words: ["makeup brush", "makeup brushes", "make up brush", "make up brushes", "cosmetic brush", "cosmetic brushes", "foundation brush", "powder brush", "blush brush", "eyeshadow brush", "eyeliner brush", "lip brush", "kabuki", "contour brush", "concealer brush"] }, "960330"),
      to({ words: ["hair brush", "hairbrush", "paddle brush", "detangling", "round brush", "boar bristle", "teasing", "edge brush", "beard brush", "shaving brush", "nail brush", "makeup brush", "makeup brushes", "foundation brush", "powder brush", "blush brush", "eyeshadow brush", "eyeliner brush", "lip brush", "kabuki", "contour brush", "eyebrow brush", "spoolie", "mascara wand", "brow brush", "blending brush"] }, "960329"),
      to({ words: ["artist brush", "artist brushes", "watercolor brush", "oil paint brush", "acrylic brush", "calligraphy brush", "chinese brush", "nail art brush", "detail paint brush"] }, "960330"),
      to({ words: ["paint brush", "paint brushes", "paintbrush", "house paint", "wall paint", "paint roller", "paint rollers", "roller brush", "paint pad", "varnish brush"] }, "960340"),
      to({ words: ["machine brush", "roller brush machine", "sweeper brush", "strip brush", "brush seal", "road brush", "industrial brush", "cylinder brush", "wheel brush machine"] }, "960350"),
      to({ words: ["tongue scraper"], material: ["stainless_steel", "copper", "iron_steel"] }, "732393"),
      // A mop head or pad sold alone is no mop (9603 has no parts subheading): of yarn (string mops) an article of
      // yarn 560900, of fabric (microfibre, non-woven, sponge cloth) a floor cloth 630710.
      to({ words: ["mop head", "mop heads", "mop refill", "mop refills", "mop pads", "mop pad"], allOf: [["string", "strings", "yarn", "cotton yarn", "strip", "strips"]] }, "560900"),
      to({ words: ["mop head", "mop heads", "mop refill", "mop refills", "mop pads", "mop pad"], material: ["rubber", "plastic"] }, "960390"),
      to({ words: ["mop head", "mop heads", "mop refill", "mop refills", "mop pads", "mop pad"] }, "630710"),
      to({}, "960390"),
    ],
    note: "brooms and brushes → 9603 (twig brooms 960310, toothbrushes 960321, toilet/hair/makeup brushes 960329, artists' brushes 960330, paint brushes/rollers 960340, machine brushes 960350, other incl. mops, squeegees, cleaning brushes 960390)",
  }),
  e("sieve|sieves|sifter|flour sifter|flour sieve|icing sugar sifter|powder sifter|hand sieve|flour sieve hand|riddle sieve|sifter hand|tamis", "960400", { note: "hand sieves and hand riddles → 9604" }),
  e("travel set|travel kit|toiletry kit|grooming travel kit|sewing kit|travel sewing kit|mini sewing kit|shoe shine kit|shoe care kit|shoe cleaning kit|clothes brush kit|manicure travel set", "960500", {
    splits: [to({ words: ["manicure"] }, "821420")], note: "travel sets for personal toilet, sewing, shoe or clothes cleaning → 960500",
  }),
  e("button|buttons|sewing buttons|shirt buttons|coat buttons|jacket buttons|wooden buttons|metal buttons|plastic buttons|resin buttons|pearl buttons|shank buttons|toggle buttons|button assortment|craft buttons|snap buttons|snap fastener|snap fasteners|press studs plastic|kam snaps|plastic snaps|button blanks|cover buttons|self cover buttons", "9606", {
    splits: [
      to({ words: ["snap", "snaps", "press studs", "kam snaps"] }, "960610"),
      to({ words: ["button blanks", "cover buttons", "self cover"] }, "960630"),
      to({ material: ["plastic"] }, "960621"),
      to({ material: ["iron_steel", "stainless_steel", "aluminium", "base_metal", "copper", "zinc"] }, "960622"),
      to({}, "960629"),
    ],
    decisive: ["material"], note: "buttons → 9606 (press-fasteners 960610; buttons of plastics 960621, base metal 960622, other 960629; blanks 960630)",
  }),
  e("zipper|zippers|zip|zips|zip fastener|slide fastener|metal zipper|brass zipper|nylon zipper|plastic zipper|coil zipper|invisible zipper|separating zipper|two way zipper|zipper roll|zipper by the yard|zipper pull|zipper pulls|zipper slider|zipper sliders|zipper head|zipper repair kit|zip puller", "9607", {
    splits: [
      to({ words: ["pull", "pulls", "slider", "sliders", "head", "repair kit", "puller"] }, "960720"),
      to({ words: ["metal", "brass"], material: ["copper", "iron_steel", "aluminium", "base_metal", "zinc"] }, "960711"),
      to({ words: ["metal zipper", "brass zipper"] }, "960711"),
      to({}, "960719"),
    ],
    note: "slide fasteners → 9607 (metal teeth 960711, other 960719, parts/sliders 960720)",
  }),
  e("pen|pens|chisel tip|chisel tips|chisel point|bullet tip|brush tip|ballpoint pen|ballpoint pens|ball pen|biro|gel pen|gel pens|rollerball pen|rollerball|ink pen|click pen|retractable pen|luxury pen|metal pen|promotional pen|multicolor pen|fountain pen|fountain pens|calligraphy pen|dip pen|brush pen|brush pens|marker|markers|marker pen|permanent marker|sharpie|whiteboard marker|dry erase marker|highlighter|highlighters|fineliner|fine liner|felt tip pen|felt-tip pen|felt pens|art markers|alcohol markers|paint marker|paint pens|acrylic markers|chalk marker|fabric marker|tattoo marker|pen refill|pen refills|ballpoint refill|gel pen refill|ink refill|ink cartridge pen|fountain pen ink cartridge|pen nib|pen nibs|nib|mechanical pencil|mechanical pencils|propelling pencil|pen set|pen and pencil set|pen gift set|stylus pen|stylus|touch pen|active stylus|apple pencil|digital pen|capacitive stylus|penholder", "9608", {
    splits: [
      to({ words: ["stylus", "touch pen", "active stylus", "apple pencil", "digital pen", "capacitive stylus"], power: ["battery", "electric"] }, "847160"),
      to({ words: ["apple pencil", "active stylus", "digital pen"] }, "847160"),
      to({ words: ["stylus", "touch pen", "capacitive stylus"] }, "960899"),
      to({ words: ["pen holder", "pencil holder", "pen cup", "pen stand", "penholder"], material: ["plastic"] }, "392610"),
      to({ words: ["pen holder", "pencil holder", "pen cup", "pen stand", "penholder"] }, "960899"),
      to({ words: ["fountain pen ink cartridge", "ink cartridge pen"] }, "3215"),
      to({ words: ["marker", "markers", "highlighter", "highlighters", "chisel tip", "chisel tips", "chisel point", "bullet tip", "brush tip", "fineliner", "fine liner", "felt", "art markers", "alcohol markers", "paint marker", "paint pens", "acrylic markers", "chalk marker", "fabric marker", "tattoo marker", "sharpie", "brush pen", "brush pens", "dry erase", "whiteboard marker"] }, "960820"),
      to({ words: ["fountain", "calligraphy pen", "dip pen"] }, "960830"),
      to({ words: ["mechanical pencil", "mechanical pencils", "propelling"] }, "960840"),
      // 9608.50 is sets of articles of two or more of the subheadings; a set of fountain (or ball-point) pens alone is those pens.
      to({ words: ["pen and pencil set"] }, "960850"),
      to({ words: ["pen set", "pen gift set"], unless: ["fountain", "ballpoint", "ball point", "gel pen", "gel pens", "rollerball", "roller ball"] }, "960850"),
      to({ words: ["refill", "refills"] }, "960860"),
      to({ words: ["nib", "nibs"] }, "960891"),
      to({}, "960810"),
    ],
    note: "pens → 9608 (ball-point 960810, felt-tipped and markers 960820, fountain 960830, propelling pencils 960840, sets 960850, refills 960860, nibs 960891, other incl. holders, passive styluses 960899)",
  }),
  e("pencil|pencils|graphite pencil|wooden pencil|hb pencil|drawing pencils|sketching pencils|colored pencils|coloured pencils|colour pencils|color pencils|watercolor pencils|carpenter pencil|crayon|crayons|wax crayons|oil pastel|oil pastels|pastels|soft pastels|chalk pastels|charcoal pencil|charcoal sticks|drawing charcoal|chalk|chalks|sidewalk chalk|blackboard chalk|tailors chalk|tailor's chalk|dustless chalk|pencil lead|pencil leads|lead refills|graphite leads|eyebrow pencil|eyeliner pencil|lip liner pencil|kajal pencil", "9609", {
    splits: [
      // Make-up pencils are cosmetics by the part they are for: eye (brows, liner, kajal) 3304.20, lips 3304.10.
      to({ words: ["eyebrow pencil", "eyeliner pencil", "brow pencil", "eye pencil", "kajal"] }, "330420"),
      to({ words: ["lip liner", "lip pencil"] }, "330410"),
      to({ words: ["lead", "leads", "graphite leads"] }, "960920"),
      to({ words: ["pastel", "pastels", "charcoal sticks", "drawing charcoal", "chalk", "chalks"] }, "960990"),
      // Crayons without a sheath are "other" (9609.90); 9609.10 covers pencils and crayons with leads encased in a sheath.
      to({ words: ["crayon", "crayons", "wax crayon", "wax crayons"], unless: ["pencil", "pencils"] }, "960990"),
      to({}, "960910"),
    ],
    note: "pencils and crayons with encased leads 960910; leads 960920; pastels, drawing charcoals, chalks 960990; cosmetic pencils 3304",
  }),
  e("whiteboard|whiteboards|dry erase board|magnetic whiteboard|chalkboard|chalkboards|blackboard|blackboards|slate board|chalkboard sign|a-frame chalkboard|menu board|letter board|felt letter board|message board|memo board|writing board|kids drawing board|lcd board", "961000", {
    splits: [to({ words: ["lcd board", "lcd writing"] }, "847290"), to({ words: ["felt letter board", "letter board"] }, "961000")],
    note: "slates and boards with writing or drawing surfaces → 961000; cork boards 4504",
  }),
  e("rubber stamp|rubber stamps|stamp|stamps|custom stamp|self inking stamp|self-inking stamp|self inking|self-inking|date stamp|dater stamp|numbering stamp|address stamp|name stamp|signature stamp|seal stamp|wax seal stamp|wax seal kit|embosser|embossing seal|clear stamps|acrylic stamps|stamp set|craft stamps|scrapbooking stamps|ink pad|ink pads|stamp pad|stamp pads|inkpad|fingerprint pad|typewriter ribbon cartridge|ink ribbon|thermal transfer ribbon roll|printer ribbon cassette", "9611", {
    splits: [
      to({ words: ["ink pad", "ink pads", "stamp pad", "stamp pads", "inkpad", "fingerprint pad"] }, "961220"),
      to({ words: ["ribbon"] }, "961210"),
      to({ words: ["wax seal kit"], isSet: true }, "961100"),
      to({}, "961100"),
    ],
    note: "hand-operated date, numbering, sealing stamps and the like → 961100; ink pads 961220; inked ribbons 961210",
  }),
  e("butane refill|butane gas refill|lighter refill|lighter gas|lighter fluid|lighter|lighters|cigarette lighter|gas lighter|butane lighter|refillable lighter|disposable lighter|torch lighter|jet lighter|windproof lighter|flint lighter|zippo|petrol lighter|oil lighter|kitchen lighter|candle lighter|bbq lighter|long lighter|utility lighter|electric lighter|rechargeable lighter|lighter insert|lighter flint|lighter flints|lighter wick|butane refill|lighter fluid", "9613", {
    splits: [
      // Liquid or liquefied-gas fuels in containers for refilling lighters, of ≤ 300 cm³, are 3606.10.
      to({ words: ["butane refill", "butane gas refill", "lighter refill", "lighter gas", "lighter fluid"] }, "360610"),
      to({ words: ["lighter flint", "lighter flints"] }, "3606"),
      to({ words: ["lighter insert", "lighter wick"] }, "961390"),
      to({ words: ["disposable", "non-refillable"] }, "961310"),
      to({ words: ["refillable", "zippo", "torch", "jet", "windproof"] }, "961320"),
      to({}, "961380"),
    ],
    note: "lighters → 9613 (non-refillable pocket gas 961310, refillable pocket gas 961320, other incl. electric, kitchen/candle lighters 961380, parts 961390); flints 3606",
  }),
  e("smoking pipe|tobacco pipe|pipe tobacco pipe|wooden pipe|briar pipe|meerschaum pipe|corn cob pipe|glass pipe|hand pipe|bong|bongs|hookah|hookahs|shisha|shisha pipe|hookah hose|hookah bowl|cigarette holder|cigar holder|one hitter|dugout|pipe screens|pipe cleaners|rolling papers|cigarette papers|cigarette filters|filter tips|cigarette tubes|empty cigarette tubes|rolling tray|grinder tobacco|cigar cutter|cigar humidor|humidor|ashtray pipe", "9614", {
    splits: [
      to({ words: ["rolling papers", "cigarette papers"] }, "4813"),
      to({ words: ["cigarette filters", "filter tips", "cigarette tubes", "empty cigarette tubes"] }, "4813"),
      to({ words: ["pipe cleaners"] }, "960390"),
      to({ words: ["rolling tray"] }, "7326"),
      to({ words: ["grinder tobacco"] }, "8210"),
      to({ words: ["cigar cutter"] }, "8214"),
      to({ words: ["humidor", "cigar humidor"], material: ["wood"] }, "442090"),
      to({}, "961400"),
    ],
    note: "smoking pipes (incl. water pipes, hookahs) and cigar/cigarette holders → 961400; cigarette papers 4813",
  }),
  e("comb|combs|hair comb|wide tooth comb|fine tooth comb|beard comb|pocket comb|detangling comb|tail comb|rat tail comb|lice comb|nit comb|flea comb|pet comb|hair slide|hair slides|hair clip|hair clips|claw clip|claw clips|hair claw|hair claws|barrette|barrettes|snap clips|alligator clip hair|duckbill clips|bobby pin|bobby pins|hair pin|hair pins|hairpin|hairpins|u pins|hair grips|kirby grips|hair stick|hair sticks|hair fork|bun maker|hair donut|hair roller|hair rollers|curlers|velcro rollers|flexi rods|perm rods|heatless curler|heatless curls|curling rod headband|hair accessories|hair accessory|hair jewelry clips|hair band plastic|plastic headband|alice band|tiara comb|hair comb clip|side comb|hair crown plastic", "9615", {
    splits: [
      to({ words: ["comb", "combs", "hair slide", "hair slides", "hair clip", "hair clips", "claw", "barrette", "barrettes", "snap clips", "alligator", "duckbill", "side comb", "hair comb clip", "hair band plastic", "plastic headband", "alice band", "tiara comb"], material: ["plastic", "rubber"] }, "961511"),
      to({ words: ["comb", "combs", "hair slide", "hair slides", "hair clip", "hair clips", "claw", "barrette", "barrettes", "snap clips", "alligator", "duckbill", "side comb", "alice band"] }, "961519"),
      to({}, "961590"),
    ],
    decisive: ["material"], note: "combs and hair slides: of hard rubber/plastics 961511, other 961519; hairpins, curlers and the like 961590",
  }),
  e("perfume atomizer|perfume atomiser|refillable perfume bottle|travel perfume atomizer|spray bottle perfume|perfume spray bottle|scent sprayer|powder puff|powder puffs|makeup sponge|makeup sponges|beauty blender|beauty sponge|blending sponge|cosmetic sponge|foundation sponge|makeup puff|air cushion puff|silicone sponge makeup|cosmetic pad applicator", "9616", {
    splits: [to({ words: ["atomizer", "atomiser", "refillable perfume", "spray bottle", "scent sprayer"] }, "961610"), to({}, "961620")],
    note: "scent sprays and mounts 961610; powder puffs and pads for applying cosmetics (incl. makeup sponges) 961620",
  }),
  e("vacuum flask refill|thermos refill|flask inner|glass vacuum liner|vacuum jug|thermal carafe|vacuum insulated carafe|food vacuum jar|vacuum vessel", "961700", { note: "vacuum flasks and other vacuum vessels complete with cases → 961700" }),
  e("mannequin|mannequins|dress form|dress forms|tailor's dummy|tailors dummy|sewing mannequin|mannequin head|wig head|wig stand head|display mannequin|torso mannequin|hand mannequin|foot mannequin|animated display|animatronic|shop window display figure|cosmetology head|training head|practice head", "961800", {
    splits: [to({ words: ["wig stand"], material: ["iron_steel", "aluminium"] }, "7326")],
    note: "tailors' dummies, mannequins and animated displays → 961800",
  }),
  e("diaper|diapers|nappy|nappies|baby diapers|disposable diapers|pull ups|pull-ups|training pants|swim diapers|adult diapers|incontinence pads|incontinence briefs|bed pads disposable|underpads|puppy pads|pet pads|pee pads|dog pee pads|sanitary pad|sanitary pads|sanitary napkin|sanitary napkins|sanitary towel|sanitary towels|menstrual pad|panty liner|panty liners|pantyliner|tampon|tampons|maternity pads|postpartum pads|breast pads|nursing pads|cloth diaper|cloth diapers|reusable diaper|diaper insert|diaper liners|reusable menstrual pad|cloth pad", "961900", {
    splits: [to({ words: ["puppy pads", "pet pads", "pee pads", "dog pee pads"] }, "961900")],
    note: "sanitary towels, tampons, napkins (diapers) and similar articles of any material → 961900",
  }),
  e("tripod|tripods|camera tripod|phone tripod|selfie stick|selfie stick tripod|monopod|monopods|bipod|bipods|gorillapod|flexible tripod|tripod stand|light tripod|tripod head|ball head|gimbal stabilizer manual|rifle bipod|spotting scope tripod", "962000", {
    splits: [to({ words: ["tripod head", "ball head"] }, "900691")],
    note: "monopods, bipods, tripods and similar (incl. selfie sticks) → 962000",
  }),
  e("candle|candles|scented candle|scented candles|pillar candle|taper candle|taper candles|tealight|tealights|tea light|tea lights|tea light candles|votive candle|votive candles|jar candle|soy candle|beeswax candle|birthday candle|birthday candles|number candles|candle set|floating candles|led candle|led candles|flameless candle|flameless candles|electric candle|battery candle|wax melts|wax cubes|candle making kit|candle making supplies", "3406", {
    splits: [
      to({ words: ["led candle", "led candles", "flameless", "electric candle", "battery candle"] }, "940542"),
      // Checked on the term first: "Scented Candles Soy Wax Jar Candle" is a candle of soy wax, not the wax (3406 over 3404).
      to({ words: ["candle", "candles", "tealight", "tealights", "tea light", "tea lights"] }, "340600"),
      to({ words: ["wax melts", "wax cubes"] }, "340600"),
      to({}, "340600"),
    ],
    note: "candles, tapers and the like → 340600; LED candles are luminaires 9405; waxes 1521/2712/3404",
  }),
  e("candle wax|soy wax|paraffin wax|beeswax|wax for candles", "3404", {
    splits: [
      // "Scented Candles … Soy Wax …": the wax a candle is made of is the candle's material; wax sold to make candles stays wax.
      to({ words: ["soy wax", "paraffin wax", "beeswax"], allOf: [["candle", "candles", "tealight", "tealights"]], unless: ["candle making", "making", "flakes", "pellets", "granules", "bulk"] }, "340600"),
      to({ words: ["paraffin wax"] }, "271220"),
      to({ words: ["beeswax"] }, "152190"),
    ],
    note: "waxes as such: paraffin wax 271220, beeswax 152190, prepared candle waxes 3404; a candle made of wax is a candle (3406), the wax being only its material",
  }),
];

/** Decorative articles and fashion / craft accessories classified by their material (chapters 39, 44, 67, 69, 70, 83, 95, 96). */
const decor: LexiconEntry[] = [
  e("figurine|figurines|statue|statues|statuette|statuettes|sculpture|sculptures|ornament|ornaments|decorative ornament|decorative figurine|desk ornament|table ornament|animal figurine|animal statue|garden statue|garden ornament|garden gnome|gnome|gnomes|buddha statue|angel figurine|miniature figurine|decorative sculpture|tabletop decor|shelf decor|car ornament|dashboard ornament|decorative statue|craft ornament|desktop ornament", "3926", {
    splits: [
      to({ words: ["christmas", "xmas"] }, "950510"),
      to({ material: ["porcelain"] }, "691310"),
      to({ material: ["ceramic"] }, "691390"),
      to({ material: ["glass"] }, "701890"),
      to({ material: ["silver"] }, "711411"),
      to({ material: ["gold", "platinum", "precious_metal"] }, "711419"),
      to({ material: ["iron_steel", "stainless_steel", "aluminium", "base_metal", "copper", "zinc", "tin", "nickel", "lead", "titanium"] }, "830629"),
      to({ material: ["wood", "bamboo"] }, "442019"),
      to({ material: ["stone"], words: ["marble", "alabaster", "travertine"] }, "680291"),
      to({ material: ["stone"] }, "680299"),
      to({ material: ["paper"] }, "482390"),
      to({ material: ["plastic", "rubber"] }, "392640"),
      to({}, "392640"),
    ],
    decisive: ["material"],
    note: "statuettes and other ornaments by material: plastics/resin 392640, porcelain 691310, other ceramics 691390, glass 701890, base metal 830629, wood 442019, stone 6802, precious metal 7114; Christmas ornaments 950510",
  }),
  e("resin fridge magnet|3d fridge magnet|ceramic fridge magnet|wooden fridge magnet|fridge decoration|refrigerator decoration|fridge decor|magnetic fridge sticker|fridge magnet souvenir|tourist fridge magnet|city fridge magnet", "3926", {
    splits: [
      to({ material: ["porcelain"] }, "691310"),
      to({ material: ["ceramic"] }, "691390"),
      to({ material: ["glass"] }, "701890"),
      to({ material: ["iron_steel", "stainless_steel", "aluminium", "base_metal", "copper", "zinc", "tin"] }, "830629"),
      to({ material: ["wood", "bamboo"] }, "442019"),
      to({}, "392640"),
    ],
    decisive: ["material"],
    note: "decorative fridge magnets take the heading of the ornament that gives them their character: plastics/resin 392640, ceramics 6913, glass 701890, base metal 830629, wood 442019; the bare magnet 8505",
  }),
  e("floral arrangement|flower arrangement|artificial flower arrangement|flower row|flower runner|floral runner|floral centerpiece|flower centerpiece|flower backdrop|floral backdrop|flower ball|kissing ball|fake bouquet|flower swag|floral swag|artificial flower heads|silk flower heads|artificial rose|artificial roses|fake roses|fake rose|silk roses|foam roses|rose bear|artificial peony|artificial hydrangea|artificial orchid|fake eucalyptus|artificial greenery|artificial foliage|fake greenery|artificial grass plant|flower arch decoration|floral garland", "6702", {
    splits: [to({ material: ["plastic", "rubber"] }, "670210"), to({ words: ["plastic", "pe", "pvc", "foam", "pu", "latex", "real touch"] }, "670210"), to({}, "670290")],
    decisive: ["material"],
    note: "artificial flowers, foliage and articles made up of them (arrangements, garlands, flower rows) → 6702: of plastics 670210, of other materials (silk, polyester, paper) 670290",
  }),
  e("hair bow|hair bows|bow clip|bow clips|hair bow clip|bow hair clip|bow barrette|jaw clip|jaw clips|banana clip|banana clips|french pin|french hair pin|hair claw clip|hair chopsticks|pearl hair clip|rhinestone hair clip|hair barrette|bridal hair comb|hair comb bridal|hair accessories set|hair clip set|snap hair clip|hair slide clip", "9615", {
    splits: [to({ material: ["plastic", "rubber"] }, "961511"), to({ words: ["french pin", "french hair pin", "hair chopsticks"] }, "961590"), to({}, "961519")],
    decisive: ["material"],
    note: "combs, hair slides and clips → 9615 (of hard rubber or plastics 961511, other incl. metal or textile-covered 961519); hairpins 961590; textile scrunchies 6117/6217",
  }),
  e("plastic keychain|plastic keyring|acrylic keyring|acrylic key ring|resin keychain|resin keyring|pvc keychain|pvc keyring|soft pvc keychain|rubber keychain|silicone keychain|silicone keyring|enamel keychain|metal keychain|metal keyring|alloy keychain|keychain charm|keyring charm|key charm|keychain ornament", "3926", {
    splits: [
      to({ material: ["rubber"] }, "401699"),
      to({ material: ["iron_steel", "stainless_steel", "base_metal", "nickel", "zinc", "copper", "aluminium"] }, "830629"),
      to({ words: ["metal", "alloy", "enamel"] }, "830629"),
      to({ material: ["leather"] }, "4205"),
      to({}, "392690"),
    ],
    decisive: ["material"],
    note: "keychains by the material of the decorative piece: plastics (acrylic, PVC, resin) 392690, rubber/silicone 401699, base-metal ornaments 830629, leather 4205",
  }),
  e("balloon arch|party backdrop|birthday backdrop|banner|banners|garland|garlands|streamers|party streamers|party hat|party hats|birthday hat|birthday hats|cake topper set|table confetti|balloon garland kit|party garland|hanging swirls|honeycomb decorations|party favours|goodie bags party", "9505", {
    splits: [to({ words: ["christmas", "xmas"] }, "950510"), to({}, "950590")],
    note: "festive and party articles (banners, garlands, streamers, party hats, backdrops) → 9505: Christmas 950510, other 950590",
  }),
  e("googly eyes|wiggle eyes|craft eyes|safety eyes|doll eyes plastic|chenille stems|fuzzy sticks|craft pom poms|pompoms|pom poms|pom pom balls|dream catcher|dreamcatcher|dream catchers|dreamcatchers", "3926", {
    splits: [
      to({ words: ["chenille", "fuzzy sticks"] }, "560600"),
      to({ words: ["pom poms", "pompoms", "pom pom balls", "craft pom poms"] }, "580890"),
      to({ words: ["dream catcher", "dreamcatcher", "dream catchers", "dreamcatchers"] }, "630790"),
      to({}, "392690"),
    ],
    note: "craft smallwares: plastic wiggle/safety eyes 392690, chenille yarn stems 560600, pompons of textile 580890, dream catchers (textile made-up articles) 630790",
  }),
];

const arms: LexiconEntry[] = [
  e("pistol|pistols|handgun|revolver|rifle|rifles|shotgun|shotguns|hunting rifle|firearm|firearms|gun|guns|air gun|air guns|air rifle|air rifles|airsoft gun|airsoft guns|airsoft rifle|airsoft pistol|bb gun|pellet gun|co2 pistol|paintball gun|paintball marker|flare gun|starter pistol|blank gun|spear gun|speargun|harpoon gun|truncheon|baton police|expandable baton|pepper spray|pepper gel|tear gas spray|stun baton", "9303", {
    splits: [
      to({ words: ["water gun", "toy gun", "nerf"] }, "950300"),
      to({ words: ["air gun", "air guns", "air rifle", "air rifles", "airsoft", "bb gun", "pellet gun", "co2 pistol", "paintball", "spear gun", "speargun", "harpoon", "truncheon", "baton", "expandable baton", "stun baton"] }, "930400"),
      to({ words: ["pepper spray", "pepper gel", "tear gas"] }, "930400"),
      to({ words: ["pistol", "pistols", "handgun", "revolver"] }, "930200"),
      to({ words: ["shotgun", "shotguns"] }, "930320"),
      to({ words: ["rifle", "rifles", "hunting rifle"] }, "930330"),
      to({ words: ["flare gun", "starter pistol", "blank gun"] }, "930390"),
    ],
    note: "arms: revolvers and pistols 930200; sporting shotguns 930320, rifles 930330; air/spring/gas guns, truncheons, pepper sprays 930400; toy guns 9503",
  }),
  e("gun magazine|magazine gun|rifle magazine|pistol magazine|gun barrel|rifle barrel|gun stock|rifle stock|gun sling|rifle sling|picatinny rail|scope mount|scope rings|muzzle brake|flash hider|gun cleaning kit|gun cleaning rod|bore snake|choke tube|airsoft magazine|paintball hopper", "9305", {
    splits: [
      to({ words: ["gun cleaning kit", "gun cleaning rod", "bore snake"] }, "930599"),
      to({ words: ["pistol"] }, "930510"),
      to({ words: ["airsoft", "paintball"] }, "930599"),
      to({ words: ["rifle", "shotgun", "choke"] }, "930520"),
      to({}, "930599"),
    ],
    note: "parts and accessories of firearms → 9305 (pistols 930510, shotguns/rifles 930520, other 930599)",
  }),
  e("ammunition|ammo|cartridges ammunition|bullets|bullet|shotgun shells|shotgun cartridges|rifle cartridges|pistol cartridges|bb pellets|airgun pellets|air rifle pellets|airsoft bbs|bb balls|paintballs|paintball balls|blank cartridges|bullet casings|brass casings|empty casings|ammunition primers|grenade|grenades|smoke grenade|flare cartridge", "9306", {
    splits: [
      to({ words: ["shotgun shells", "shotgun cartridges"] }, "930621"),
      to({ words: ["airgun pellets", "air rifle pellets", "bb pellets", "airsoft bbs", "bb balls", "paintballs", "paintball balls"] }, "930690"),
      to({ words: ["primers", "bullet casings", "brass casings", "empty casings"] }, "930630"),
      to({ words: ["grenade", "grenades", "smoke grenade"] }, "930690"),
      to({}, "930630"),
    ],
    note: "ammunition → 9306 (shotgun cartridges 930621, other cartridges 930630, pellets and other 930690)",
  }),
  e("sword|swords|katana|katanas|samurai sword|sabre|saber|cutlass|rapier|longsword|broadsword|machete sword|bayonet|bayonets|spear|spears|lance|scabbard|sheath sword|sword stand|ninja sword|wooden sword|practice sword|bokken", "930700", {
    splits: [to({ words: ["wooden sword", "bokken", "practice sword", "foam sword"] }, "950699"), to({ words: ["toy sword"] }, "950300")],
    note: "swords, cutlasses, bayonets, lances and scabbards → 930700; wooden practice swords 9506",
  }),
];

const art: LexiconEntry[] = [
  e("original painting|hand painted painting|hand-painted painting|canvas oil painting|original artwork|artwork original|drawing original|pastel drawing|mosaic art|collage art", "9701", {
    splits: [to({ words: ["mosaic"] }, "970192"), to({ words: ["collage"] }, "970199"), to({}, "970191")],
    note: "paintings, drawings and pastels executed entirely by hand → 9701 (≤ 100 years 970191); printed reproductions 4911",
  }),
  e("original print|original lithograph|original engraving|etching original|woodcut print original|screenprint original", "9702", { note: "original engravings, prints and lithographs → 9702" }),
  e("original sculpture|sculpture original|bronze sculpture original|statuary original|stone sculpture original", "9703", { note: "original sculptures and statuary → 9703" }),
  e("collectible stamps|stamp collection album|first day cover|first day covers|postal stationery used", "970400", { note: "postage stamps used or collectors' items, first-day covers → 9704" }),
  e("antique furniture|antique vase|antique clock|antique coin collection|fossil|fossils|meteorite|mineral specimen|taxidermy|taxidermy mount|skull specimen|insect specimen|butterfly specimen|archaeological artifact|collector's piece|collectors piece", "9705", {
    splits: [
      to({ words: ["antique", "antiques", "antique furniture", "antique vase", "antique clock"] }, "9706"),
      to({ words: ["fossil", "fossils", "meteorite", "mineral specimen"] }, "970529"),
      to({ words: ["taxidermy", "skull", "insect specimen", "butterfly specimen"] }, "970521"),
      to({ words: ["archaeological", "artifact"] }, "970510"),
    ],
    note: "collections and collectors' pieces 9705; antiques over 100 years 9706",
  }),
];

export const FURNITURE_TOYS_MISC: LexiconEntry[] = [...furniture, ...toys, ...misc96, ...decor, ...arms, ...art];
