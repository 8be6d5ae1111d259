/**
 * Sections VIII–X — hides, leather, saddlery, bags and cases (41–43); wood, cork, basketwork (44–46);
 * paper, paperboard and printed matter (47–49).
 *
 * Bags and cases (4202) go by type (trunks/suitcases/briefcases 4202 1x; handbags 4202 2x; articles
 * carried in the pocket or handbag 4202 3x; other bags and cases 4202 9x) and by outer surface:
 * leather/composition leather x1, sheeting of plastics or textile x2, other x9.
 */
import type { LexiconEntry } from "../types.js";
import { e, m, to } from "./helpers.js";

type BagTier = "case" | "handbag" | "pocket" | "other";
const TIER: Record<BagTier, [string, string, string]> = {
  case: ["420211", "420212", "420219"],
  handbag: ["420221", "420222", "420229"],
  pocket: ["420231", "420232", "420239"],
  other: ["420291", "420292", "420299"],
};
const TIER_NAME: Record<BagTier, string> = {
  case: "trunks, suitcases, briefcases, school satchels and similar containers (4202 1x)",
  handbag: "handbags (4202 2x)",
  pocket: "articles of a kind normally carried in the pocket or handbag (4202 3x)",
  other: "other bags and cases (4202 9x: travel, sports, tool, shopping bags, backpacks, cases)",
};

const TEXTILES = ["textile", "cotton", "wool", "fine_animal_hair", "silk", "flax", "jute", "other_vegetable_fibre", "synthetic", "artificial"] as const;

/**
 * A description that says the tier in the words of the subheadings decides it before the product type: a case
 * "designed to be carried in the pocket or handbag" is of 4202 3x; a tote "used for carrying groceries" is a
 * shopping bag of 4202 9x, not a handbag.
 */
const POCKET_WORDS = ["carried in the pocket", "carried in a pocket", "pocket or handbag", "pocket or in the handbag", "pocket or purse"];
const SHOPPING_WORDS = ["groceries", "grocery", "grocery shopping", "carrying shopping"];
function statedTier(tier: BagTier): NonNullable<LexiconEntry["splits"]> {
  const by = (words: string[], t: BagTier) => [
    to({ words, material: ["leather", "composition_leather"] }, TIER[t][0]),
    to({ words, material: ["plastic", ...TEXTILES] }, TIER[t][1]),
  ];
  return [...(tier !== "pocket" ? by(POCKET_WORDS, "pocket") : []), ...(tier === "handbag" ? by(SHOPPING_WORDS, "other") : [])];
}

/** A 4202 entry: tier by product type, subheading by outer-surface material. */
function bag(terms: string, tier: BagTier, opts: { mouldedPlastic?: boolean; extra?: NonNullable<LexiconEntry["splits"]> } = {}): LexiconEntry {
  const [leather, sheet, other] = TIER[tier];
  const plastic = opts.mouldedPlastic ? other : sheet;
  return e(terms, "4202", {
    splits: [
      ...statedTier(tier),
      ...(opts.extra ?? []),
      to({ material: ["leather", "composition_leather"] }, leather),
      to({ material: ["plastic"] }, plastic),
      to({ material: ["textile", "cotton", "wool", "fine_animal_hair", "silk", "flax", "jute", "other_vegetable_fibre", "synthetic", "artificial"] }, sheet),
      to({ material: ["paper", "rubber", "wood", "bamboo", "straw", "cork", "fur", "iron_steel", "stainless_steel", "aluminium", "base_metal", "glass", "ceramic", "stone", "copper", "zinc"] }, other),
    ],
    decisive: ["material"],
    note: `${TIER_NAME[tier]}; outer surface leather ${leather}, plastic sheeting/textile ${sheet}, other ${other}`,
  });
}

/**
 * A phone case made as a wallet (a folio with card slots, a "wallet case") holds cards and money as a wallet does:
 * an article of a kind normally carried in the pocket or handbag (4202 3x) by its outer surface, not a case of 4202 9x.
 */
function walletCaseSplits(): NonNullable<LexiconEntry["splits"]> {
  const words = ["wallet", "wallets", "card slot", "card slots", "card holder", "card pocket", "card pockets", "credit card"];
  return [
    to({ words, material: ["leather", "composition_leather"] }, "420231"),
    to({ words, material: ["plastic", ...TEXTILES] }, "420232"),
  ];
}

const bags: LexiconEntry[] = [
  bag("suitcase|suitcases|luggage|luggage set|carry-on luggage|carry on luggage|carry-on suitcase|cabin bag|cabin luggage|trolley case|trolley bag|rolling luggage|spinner luggage|hard shell suitcase|hardside luggage|softside luggage|travel trolley|trunk|steamer trunk|storage trunk|footlocker|briefcase|attache case|attaché case|executive case|document case|portfolio case|laptop bag|laptop case|laptop sleeve|notebook sleeve|computer bag|tablet sleeve|macbook sleeve|school bag|schoolbag|school satchel|satchel school|vanity case|train case|makeup train case|cosmetic case hard|beauty case|pilot case|luggage cover|flight case", "case"),
  bag("handbag|handbags|purse|ladies purse|women's purse|shoulder bag|crossbody bag|cross body bag|crossbody purse|tote bag|tote|leather tote|canvas tote|clutch|clutch bag|clutch purse|evening bag|party bag evening|envelope clutch|hobo bag|satchel|satchel bag|bucket bag|saddle bag purse|baguette bag|underarm bag|top handle bag|doctor bag|bowling bag|frame bag|kiss lock purse|straw bag|beach bag|woven bag|rattan bag|basket bag|chain bag|quilted bag|mini bag|phone bag|phone purse|wristlet|wristlet bag|pochette|ladies bag|women's bag|women bag|designer bag|fashion bag|pearl bag|beaded bag|bag charm purse", "handbag",
    { extra: [to({ words: ["straw", "rattan", "wicker", "seagrass", "raffia", "bamboo"], material: ["straw", "bamboo", "wood", "other_vegetable_fibre"] }, "420229")] }),
  bag("wallet|wallets|bifold wallet|trifold wallet|slim wallet|minimalist wallet|rfid wallet|card holder|cardholder|card case|credit card holder|business card holder|id holder|id card holder|badge holder|coin purse|coin pouch|change purse|money clip wallet|key case|key holder wallet|key pouch|key wallet|passport holder|passport cover|passport wallet|travel wallet|checkbook cover|cigarette case|tobacco pouch|glasses case|eyeglass case|spectacle case|sunglasses case|sunglass case|eyewear case|lipstick case|compact case|card wallet|zipper wallet|long wallet|clutch wallet|phone wallet|airtag holder", "pocket"),
  bag("phone case|phone cases|cell phone case|mobile phone case|smartphone case|iphone case|samsung case|phone cover|mobile cover|back cover phone|bumper case|flip case|flip cover|folio case|wallet case|leather phone case|silicone case|silicone phone case|tpu case|clear case|rugged case|shockproof case|magsafe case|phone pouch|waterproof phone pouch|phone sleeve|phone holster|tablet case|ipad case|tablet cover|ipad cover|kindle case|e-reader case|ereader cover|airpods case|earbuds case|earphone case|headphone case|case for airpods|watch case protective|camera case|camera bag|lens case|lens pouch|binocular case|switch case|console case|controller case|gaming case|hard drive case|ssd case|cable organizer bag|gadget bag|charger bag|power bank pouch", "other",
    { mouldedPlastic: true, extra: [...walletCaseSplits(), to({ material: ["rubber"] }, "420299")] }),
  bag("backpack|backpacks|rucksack|knapsack|daypack|day pack|school backpack|laptop backpack|travel backpack|hiking backpack|hiking pack|hydration pack|hydration backpack|camping backpack|tactical backpack|military backpack|anti-theft backpack|drawstring backpack|drawstring bag|gym sack|string bag backpack|kids backpack|mini backpack|leather backpack|canvas backpack|bookbag|book bag|diaper backpack|camera backpack|rolling backpack|bike backpack|cooler backpack", "other"),
  bag("duffel bag|duffle bag|duffel|holdall|weekender bag|weekender|overnight bag|travel bag|gym bag|sports bag|sport bag|kit bag|boston bag|garment duffel|luggage bag|rolling duffel|messenger bag|sling bag|chest bag|chest pack|crossbody sling|belt bag|waist bag|fanny pack|bum bag|hip bag|hip pack|running belt|phone running belt|waist pack|shoulder sling|tote shopping bag|shopping bag|reusable shopping bag|grocery bag|reusable bag|foldable shopping bag|eco bag|canvas bag|jute bag|cotton bag|non-woven bag|nonwoven bag|promotional bag|net shopping bag|mesh bag|beach tote|picnic bag|lunch bag|lunch box bag|insulated lunch bag|lunch tote|cooler bag|insulated bag|thermal bag|ice bag cooler|delivery bag|food delivery bag|bottle bag|wine bag|wine tote|cosmetic bag|makeup bag|make up bag|toiletry bag|wash bag|travel toiletry bag|dopp kit|hanging toiletry bag|makeup pouch|cosmetic pouch|pencil case|pencil pouch|pen pouch|pen case|pencil bag|stationery bag|tool bag|tool pouch|tool roll|tool belt pouch|electrician bag|utility bag|storage bag|organizer bag|packing cubes|packing cube|trunk organizer|car trunk organizer|boot organizer car|shoe bag travel|diaper bag|nappy bag|changing bag|mommy bag|baby bag|stroller organizer|stroller bag|car organizer bag|seat back organizer|bicycle bag|bike bag|frame bag bike|saddle bag|saddlebag|handlebar bag|pannier|panniers|top tube bag|motorcycle bag|tank bag|tail bag|golf bag|golf travel bag|tennis bag|racket bag|ski bag|boot bag|yoga mat bag|fishing bag|tackle bag|rod bag|hunting bag|range bag|gun case|rifle case|pistol case|gun bag|holster|knife roll|chef knife bag|guitar bag|guitar case|gig bag|violin case|instrument case|instrument bag|keyboard bag|drum bag|cymbal bag|ukulele case|trumpet case|saxophone case|dj bag|projector bag|document bag|file bag|zipper pouch|zip pouch|pouch|multipurpose pouch|first aid bag|medical bag|emergency bag|dry bag|waterproof bag|waterproof dry bag|pet carrier|cat carrier|dog carrier|pet carrier bag|pet backpack|pet sling|dog bag|jewelry pouch leather|jewelry box|jewellery box|jewelry case|jewellery case|jewelry organizer|jewelry roll|travel jewelry case|watch box|watch case box|watch roll|cufflink box|ring box|necklace box|trinket box|cutlery case|makeup case|cosmetic case|makeup organizer case|brush case|tool case|toolbox|tool box|carry case|carrying case|storage case|protective case|hard case|equipment case|camera hard case|drone bag|drone case", "other",
    { extra: [
      to({ words: ["jewelry box", "jewellery box", "watch box", "ring box", "trinket box"], material: ["wood", "bamboo"] }, "442090"),
      to({ words: ["toolbox", "tool box", "tool case", "hard case"], material: ["iron_steel", "stainless_steel", "aluminium", "base_metal"] }, "732690"),
    ] }),
];

const leather: LexiconEntry[] = [
  e("dog collar|cat collar|pet collar|collar for dogs|collar for cats|coat for dogs|coats for dogs|jacket for dogs|sweater for dogs|raincoat for dogs|clothes for dogs|coat for cats|harness for dogs|dog leash|dog lead|pet leash|leash|lead for dogs|retractable leash|retractable dog leash|slip lead|training leash|long line leash|dog harness|cat harness|pet harness|harness vest dog|no pull harness|muzzle|dog muzzle|head collar dog|martingale collar|prong collar|choke chain|dog tag holder|dog coat|dog jacket|dog sweater|dog raincoat|dog clothes|pet clothes|pet jacket|pet coat|pet raincoat|pet sweater|pet hoodie|pet vest|dog vest|cat sweater|pet clothing|dog hoodie|dog shirt|dog dress|dog costume|cat clothes|pet costume|dog bandana|pet bandana|dog boots|dog shoes|pet boots|saddle|horse saddle|english saddle|western saddle|saddle pad|saddle cloth|numnah|bridle|halter|horse halter|reins|stirrups|stirrup leathers|girth|martingale|horse blanket|horse rug|fly mask|fly sheet|horse boots|bell boots|lunge line|lead rope|horse tack|harness for horse|dog seat belt|pet seat belt|dog car harness", "420100", {
    splits: [
      // The saddle of a cycle or motorcycle is a part of it (8714.95 / 8714.10), not saddlery for animals.
      to({ words: ["bicycle", "bicycles", "bike", "bikes", "cycle", "cycling", "mtb", "road bike"], unless: ["horse", "pony", "equestrian", "dog", "dogs", "cat", "cats", "pet"] }, "871495"),
      to({ words: ["motorcycle", "motorbike", "scooter"], unless: ["horse", "pony", "equestrian", "dog", "dogs", "cat", "cats", "pet"] }, "871410"),
      to({ words: ["stirrups", "stirrup"], material: ["iron_steel", "stainless_steel", "aluminium", "base_metal"] }, "420100"),
    ],
    note: "saddlery and harness for any animal, of any material (leads, collars, muzzles, saddle cloths, dog coats) → 420100",
  }),
  e("belt|belts|leather belt|men's belt|women's belt|waist belt|dress belt|casual belt|reversible belt|belt strap|ratchet belt|automatic buckle belt|braided belt|woven belt|elastic belt|stretch belt|canvas belt|web belt|tactical belt|duty belt|chain belt|corset belt|obi belt|skinny belt|wide belt|kids belt|western belt|studded belt|bandolier|cartridge belt|money belt", "4203", {
    splits: [
      to({ material: ["leather", "composition_leather"] }, "420330"),
      to({ material: ["plastic"] }, "392620"),
      to({ material: ["rubber"] }, "401590"),
      to({ material: ["iron_steel", "stainless_steel", "aluminium", "base_metal", "zinc", "copper"] }, "7117"),
      to({ construction: ["knitted"] }, "611780"),
      to({ material: ["textile", "cotton", "wool", "fine_animal_hair", "silk", "flax", "jute", "other_vegetable_fibre", "synthetic", "artificial"] }, "621710"),
    ],
    decisive: ["material"], note: "belts: leather 420330, textile 621710 (knitted 611780), plastics 392620; metal chain belts follow jewellery",
  }),
  e("leather gloves|leather glove|leather mittens|sheepskin gloves|deerskin gloves|goatskin gloves|leather work gloves|welding gloves|leather driving gloves|leather motorcycle gloves|motorcycle gloves|baseball glove|baseball mitt|softball glove|catcher mitt|golf glove|golf gloves|batting gloves|boxing gloves leather|hockey gloves|goalkeeper gloves|riding gloves|equestrian gloves|weightlifting gloves|gym gloves|fingerless leather gloves", "4203", {
    splits: [
      to({ words: ["baseball", "softball", "catcher", "golf", "batting", "hockey", "goalkeeper", "riding", "equestrian", "weightlifting", "gym", "boxing", "sport", "sports", "cycling", "motocross", "ski"] }, "420321"),
      to({ material: ["textile", "cotton", "synthetic", "artificial", "wool"] }, "6116"),
      to({}, "420329"),
    ],
    decisive: ["use"], note: "leather gloves: designed for sports 420321, other 420329",
  }),
  e("leather apron|leather suspenders|leather braces|leather wristband|leather cuff|leather armband|leather harness fashion|leather garter|leather collar fashion|leather choker fashion|leather hat band|leather accessory", "420340", {
    note: "other clothing accessories of leather → 420340",
  }),
  e("leather cord|leather lace|leather lacing|leather string|leather strap|leather straps|leather strip|leather strips|leather thong|leather keychain|leather key fob|leather key ring|leather coaster|leather coasters|leather mouse pad|leather desk pad|leather bookmark|leather tag|leather luggage tag|leather patch|leather label|leather handle|bag strap leather|leather tray|leather valet tray|leather bracelet strap|leather sheath|knife sheath|leather holster strap|leather guitar strap|leather camera strap|razor strop|leather strop", "420500", {
    splits: [to({ words: ["sheath", "holster"] }, "4202")],
    note: "other articles of leather or composition leather → 420500",
  }),
  e("luggage tag|bag tag|suitcase tag|luggage strap|suitcase strap|bag strap|shoulder strap|replacement strap|purse strap|crossbody strap|guitar strap|camera strap|neck strap", "4205", {
    splits: [to({ material: ["plastic"] }, "392690"), to({ material: ["textile", "cotton", "synthetic", "artificial"] }, "630790"), to({ material: ["rubber"] }, "401699"), to({ material: ["iron_steel", "stainless_steel", "aluminium", "base_metal", "zinc", "copper"] }, "8308")],
    decisive: ["material"], note: "tags and straps by material: leather 420500, textile 630790, plastic 392690, metal chains/fittings 8308",
  }),
  e("leather hide|leather hides|leather skin|tanned leather|finished leather|crust leather|chamois leather|leather piece|leather scraps|leather offcuts|leather sheet|leather panel|tooling leather|veg tan leather|vegetable tanned leather", "4107", {
    splits: [
      to({ words: ["chamois", "patent"] }, "4114"),
      to({ words: ["sheep", "lamb", "lambskin", "sheepskin"] }, "4112"),
      to({ words: ["goat", "kid", "pig", "pigskin"] }, "4113"),
      to({ words: ["scraps", "offcuts", "waste", "parings"] }, "4115"),
    ],
    note: "leather further prepared after tanning: bovine 4107, sheep 4112, goat/pig 4113, chamois/patent 4114; composition leather 4115",
  }),
  e("composition leather sheet|leather board|leather fibre board|bonded leather sheet", "4115", { note: "composition leather (leather fibre base) → 411510" }),
  e("raw hide|raw hides|cattle hides|salted hides|wet blue|wet blue leather|raw skins|goat skins raw|sheep skins raw", "4101", {
    splits: [to({ words: ["wet blue"] }, "4104"), to({ words: ["sheep", "lamb"] }, "4102"), to({ words: ["goat", "pig", "reptile"] }, "4103")],
    note: "raw hides and skins → 4101–4103; tanned (wet blue) 4104–4106",
  }),
  e("rawhide chew|rawhide bone|dog chew rawhide|bully stick|bully sticks|pig ear chew|dog chews|dog chew|natural dog chews|yak chew|antler chew", "2309", {
    splits: [to({ words: ["antler"] }, "0507"), to({ words: ["bully", "pizzle", "pig ear", "trachea", "tendon"] }, "0511"), to({}, "230910")],
    note: "edible dog chews are dog food 230910; dried animal parts 0511; antlers 0507",
  }),
  e("fur coat|fur jacket|fur vest|fur stole|fur collar|fur scarf|fur hat|fur trim|fur pom pom|fur pompom|fur pom|fur keychain|fur ball keychain|mink coat|fox fur|rabbit fur|fur rug|sheepskin rug|fur throw|fur blanket|fur pillow|fur cushion", "4303", {
    splits: [
      to({ words: ["faux", "fake", "imitation", "artificial"] }, "430400"),
      to({ words: ["rug", "throw", "blanket", "pillow", "cushion", "keychain", "key chain"] }, "430390"),
      to({}, "430310"),
    ],
    note: "articles of furskin: apparel/accessories 430310, other 430390; faux fur articles 430400",
  }),
  e("faux fur pom pom|faux fur pompom|faux fur ball|faux fur keychain|faux fur rug|faux fur throw|faux fur collar|faux fur trim|faux fur stole|artificial fur", "430400", { note: "artificial fur and articles thereof → 430400 (garments of it go to ch. 61/62)" }),
  e("fur pelt|fur pelts|mink pelt|fox pelt|rabbit pelt|rabbit skin|tanned fur|dressed fur|fur skin|furskin|sheepskin hide|lambskin fur|rabbit fur skin", "4302", {
    splits: [to({ words: ["raw", "untanned"] }, "4301"), to({ words: ["mink"] }, "430211"), to({}, "430219")],
    note: "tanned or dressed furskins → 4302; raw 4301",
  }),
  e("catgut|gut string|sausage casing natural|goldbeater skin", "420600", { note: "articles of gut, bladders, tendons → 4206" }),
];

const wood: LexiconEntry[] = [
  e("firewood|fire wood|logs for fire|fuel wood|wood logs fire|split logs|kiln dried logs|smoking wood|smoking chips|smoker chips|wood chips|wood chip|bbq wood chunks|wood pellets|wood pellet|pellet fuel|smoker pellets|wood briquettes|sawdust|wood shavings|wood wool|excelsior|wood flour", "4401", {
    splits: [
      to({ words: ["pellet", "pellets"] }, "440131"),
      to({ words: ["briquette", "briquettes"] }, "440132"),
      to({ words: ["sawdust"] }, "440141"),
      to({ words: ["wood wool", "excelsior", "wood flour"] }, "440500"),
      to({ words: ["chip", "chips", "chunks"] }, "440122"),
      to({ words: ["shavings"] }, "440149"),
      to({}, "440112"),
    ],
    note: "fuel wood (logs 44011x, chips 44012x, pellets 440131, briquettes 440132, sawdust 440141); wood wool/flour 4405",
  }),
  e("lump charcoal|charcoal briquettes|bbq charcoal|hardwood charcoal|binchotan|bamboo charcoal|bamboo charcoal bag|activated bamboo charcoal bag|coconut shell charcoal|shisha charcoal|hookah charcoal|hookah coals|coal briquettes wood", "4402", {
    splits: [to({ words: ["bamboo"] }, "440210"), to({ words: ["coconut", "shell", "nut"] }, "440220"), to({}, "440290")],
    note: "wood charcoal → 4402 (bamboo 440210, shell/nut 440220, other 440290); activated carbon 3802",
  }),
  e("logs|timber logs|round wood|roundwood|tree trunk|wood in the rough|hardwood logs|teak logs|pine logs", "4403", { note: "wood in the rough → 4403" }),
  e("lumber|timber|sawn timber|sawn wood|planks|wood planks|wooden planks|boards wood|wood boards|plank|beam wood|wooden beam|hardwood lumber|softwood lumber|pine boards|oak boards|2x4|two by four|stud timber|wood slats|slats|battens|decking boards|wood decking", "4407", {
    splits: [to({ words: ["oak"] }, "440791"), to({ words: ["pine"] }, "440711"), to({ words: ["teak"] }, "440723"), to({ words: ["beech"] }, "440792"), to({ words: ["maple"] }, "440793"), to({ words: ["decking", "tongue", "groove", "moulded", "molded"] }, "4409")],
    note: "wood sawn lengthwise > 6 mm → 4407 by species; continuously shaped (decking, moulding) 4409",
  }),
  e("veneer|wood veneer|veneer sheet|veneer sheets|edge banding wood|wood edge banding|wood veneer sheet", "4408", { note: "sheets for veneering ≤ 6 mm → 4408" }),
  e("wood moulding|wood molding|baseboard|skirting board|crown molding|cornice wood|quarter round|wood trim|door trim|architrave|dowel|dowels|wood dowel|wooden dowel|dowel rod|dowel pins|wood strips|parquet strips", "4409", {
    splits: [to({ material: ["plastic"] }, "391690"), to({ words: ["dowel pins", "dowel pin"] }, "442199")],
    note: "wood continuously shaped (mouldings, dowels, strips) → 4409; PVC mouldings 3916",
  }),
  e("particle board|particleboard|chipboard|osb|osb board|oriented strand board|flakeboard|waferboard", "4410", {
    splits: [to({ words: ["osb", "oriented strand"] }, "441012"), to({}, "441011")], note: "particle board 441011, OSB 441012",
  }),
  e("mdf|mdf board|mdf sheet|hdf|hardboard|fibreboard|fiberboard|pegboard wood|masonite|mdf panel", "4411", {
    splits: [to({ words: ["hdf", "hardboard", "masonite"] }, "441192")], note: "fibreboard: MDF 44111x by thickness, other 44119x",
  }),
  e("plywood|plywood sheet|plywood board|marine plywood|birch plywood|laminated wood|lvl|laminated veneer lumber|blockboard|film faced plywood|bamboo plywood|basswood sheets|craft plywood", "4412", {
    // Plywood of sheets of wood each ply ≤ 6 mm (4412.3x) by the wood of its outer plies: tropical (4412.31, species
    // of subheading note 2 to ch. 44), the non-coniferous woods 4412.33 names, both outer plies coniferous (4412.39).
    splits: [
      to({ words: ["bamboo"] }, "441210"), to({ words: ["lvl", "laminated veneer"] }, "441242"), to({ words: ["blockboard"] }, "441252"),
      to({ words: ["meranti", "okoume", "sapele", "mahogany", "lauan", "keruing", "bintangor", "tropical", "teak", "acacia mangium"] }, "441231"),
      to({ words: ["birch", "alder", "beech", "cherry", "chestnut", "elm", "eucalyptus", "hickory", "basswood", "linden", "maple", "oak", "poplar", "aspen", "robinia", "tulipwood", "walnut"] }, "441233"),
      to({ words: ["pine", "spruce", "fir", "larch", "radiata", "softwood", "coniferous"] }, "441239"),
    ],
    note: "plywood, veneered panels, laminated wood → 4412 (plywood by outer plies: tropical 441231, birch, oak, poplar and other listed hardwoods 441233, coniferous 441239)",
  }),
  m("picture frame|photo frame|photograph frame|photograph frames|picture frames|photo frames|poster frame|frame for photos|certificate frame|diploma frame|collage frame|shadow box frame|shadow box|floating frame|canvas frame|mirror frame|art frame|record frame|document frame|photo display frame", "4414",
    { wood: "441490", bamboo: "441490", plastic: "392490", metal: "830630", glass: "701399", paper: "482390", ceramics: "691390" },
    "frames for pictures, photographs, mirrors: wood 4414, base metal 830630, plastics 3924/3926, glass 7013"),
  e("pallet|pallets|wooden pallet|wood pallet|euro pallet|shipping pallet|pallet collar|box pallet", "4415", {
    splits: [to({ material: ["plastic"] }, "392390"), to({ material: ["iron_steel", "stainless_steel", "aluminium", "base_metal"] }, "7326"), to({}, "441520")],
    note: "pallets of wood → 441520; plastic pallets 392390",
  }),
  e("wooden crate|wood crate|wooden packing case|wooden shipping box|packing crate|wine crate|fruit crate|apple crate|cable drum|cable reel wooden|wooden drum", "441510", {
    note: "wooden cases, boxes, crates, drums and cable-drums for packing → 441510",
  }),
  e("barrel|wooden barrel|wine barrel|whiskey barrel|oak barrel|cask|wooden cask|barrel planter|wooden tub|bucket wooden|barrel staves", "441600", {
    splits: [to({ material: ["plastic"] }, "392390"), to({ material: ["iron_steel", "stainless_steel", "base_metal"] }, "7310")], note: "casks, barrels, vats of wood → 441600",
  }),
  e("tool handle|wooden handle|wood handle|axe handle|hammer handle|shovel handle|broom handle|broom stick|broomstick|mop handle|brush handle|shoe tree|shoe trees|boot tree|shoe last|boot shaper", "441700", {
    splits: [to({ material: ["plastic"] }, "392690"), to({ material: ["iron_steel", "stainless_steel", "aluminium", "base_metal"] }, "8466")],
    note: "tool handles, broom handles, shoe lasts and trees of wood → 441700",
  }),
  e("door|doors|wooden door|interior door|exterior door|front door|barn door|sliding barn door|french door|door frame|door slab|prehung door|solid wood door|door panel wood", "4418", {
    splits: [
      to({ material: ["plastic"] }, "392520"),
      to({ material: ["iron_steel", "stainless_steel", "base_metal"] }, "730830"),
      to({ material: ["aluminium"] }, "761010"),
      to({ material: ["glass"] }, "7007"),
      to({}, "441829"),
    ],
    decisive: ["material"], note: "doors and frames: wood 4418 2x, plastic 392520, iron/steel 730830, aluminium 761010",
  }),
  // Charcoal of wood, lump or agglomerated into briquettes (4402: bamboo 4402.10, shell or nut 4402.20, other 4402.90);
  // briquettes of sawdust not carbonised are fuel wood (4401.32), of coal 2701.20. "Charcoal" alone also names a colour.
  e("wood charcoal|charcoal briquettes|charcoal briquette|charcoal briquets|lumpwood charcoal|lump charcoal|bbq charcoal|barbecue charcoal|hardwood charcoal|binchotan|bamboo charcoal|coconut shell charcoal|briquettes|briquette", "440290", {
    splits: [
      to({ words: ["activated"] }, "380210"),
      to({ words: ["bamboo"] }, "440210"),
      to({ words: ["coconut shell", "nut shell", "shell"] }, "440220"),
      to({ words: ["briquettes", "briquette"], allOf: [["coal", "lignite"]], unless: ["charcoal"] }, "270120"),
      to({ words: ["briquettes", "briquette"], allOf: [["peat"]], unless: ["charcoal"] }, "270300"),
      to({ words: ["briquettes", "briquette"], allOf: [["sawdust", "wood waste", "wood shavings", "compressed wood"]], unless: ["charcoal"] }, "440132"),
    ],
    note: "wood charcoal (incl. agglomerated briquettes) 4402; sawdust briquettes 440132; coal briquettes 270120; activated carbon 3802",
  }),
  e("window|windows|window frame|wooden window|window sash|casement window|sash window|french window|skylight frame", "4418", {
    splits: [to({ material: ["plastic"] }, "392520"), to({ material: ["aluminium"] }, "761010"), to({ material: ["iron_steel", "stainless_steel", "base_metal"] }, "730830"), to({}, "441819")],
    decisive: ["material"], note: "windows and frames: wood 4418 1x, PVC 392520, aluminium 761010",
  }),
  e("wood flooring|hardwood flooring|engineered wood flooring|engineered flooring|parquet|parquet flooring|bamboo flooring|floorboards|wooden floor tiles|wood floor panels|deck tiles wood|interlocking deck tiles", "4418", {
    splits: [to({ words: ["bamboo"] }, "441873"), to({ words: ["mosaic"] }, "441874"), to({ words: ["multilayer", "multi-layer", "engineered"] }, "441875"), to({ material: ["plastic"] }, "3918"), to({}, "441879")],
    note: "assembled wood flooring panels → 44187x (bamboo 441873, multilayer 441875); plastic deck tiles 3918",
  }),
  e("laminate flooring|laminate floor|laminated flooring|hdf laminate", "4411", { note: "laminate flooring on an HDF core → 4411 (fibreboard)" }),
  e("glulam|glued laminated timber|cross laminated timber|clt panel|i-joist|wood shingles|cedar shingles|shakes|concrete formwork|shuttering plywood|wooden posts|wood post|fence panel wood|wooden fence panel|wood fence|picket fence|fence pickets|garden fence wood|trellis wood|wooden trellis|wood lattice|pergola kit wood", "4418", {
    splits: [
      to({ words: ["glulam", "glued laminated"] }, "441881"),
      to({ words: ["cross laminated", "clt"] }, "441882"),
      to({ words: ["i-joist", "i joist"] }, "441883"),
      to({ words: ["shingles", "shakes"] }, "441850"),
      to({ words: ["formwork", "shuttering"] }, "441840"),
      to({ words: ["fence", "picket", "trellis", "lattice"] }, "442199"),
      to({}, "441899"),
    ],
    note: "builders' joinery and carpentry of wood → 4418; fence panels and trellis 4421",
  }),
  e("prefab house|prefabricated house|tiny house|garden shed|wooden shed|log cabin|garden room|greenhouse kit|kit house|container house|modular house|prefab cabin|dog house|doghouse|kennel|cat house|chicken coop|hen house|rabbit hutch|bird house|birdhouse|bird feeder|bee hive|beehive|insect hotel", "9406", {
    splits: [
      to({ words: ["dog house", "doghouse", "kennel", "cat house", "chicken coop", "hen house", "rabbit hutch", "hutch", "bird house", "birdhouse", "bird feeder", "insect hotel"], material: ["wood", "bamboo"] }, "442199"),
      to({ words: ["dog house", "doghouse", "kennel", "cat house", "chicken coop", "hen house", "rabbit hutch", "hutch", "bird house", "birdhouse", "bird feeder", "insect hotel"], material: ["plastic"] }, "392690"),
      // Pet houses and bird feeders of metal are other articles of their metal (7616.99, 7326.90).
      to({ words: ["dog house", "doghouse", "kennel", "cat house", "chicken coop", "hen house", "rabbit hutch", "hutch", "bird house", "birdhouse", "bird feeder", "insect hotel"], material: ["aluminium"] }, "761699"),
      to({ words: ["dog house", "doghouse", "kennel", "cat house", "chicken coop", "hen house", "rabbit hutch", "hutch", "bird house", "birdhouse", "bird feeder", "insect hotel"], material: ["iron_steel", "stainless_steel", "base_metal"] }, "732690"),
      to({ words: ["dog house", "doghouse", "kennel", "cat house", "chicken coop", "hen house", "rabbit hutch", "hutch", "bird house", "birdhouse", "bird feeder", "insect hotel", "bee hive", "beehive"] }, "442199"),
      to({ material: ["wood", "bamboo"] }, "940610"),
      to({}, "940620"),
    ],
    decisive: ["material"], note: "prefabricated buildings → 9406 (wood 940610); kennels, hutches, birdhouses, bird feeders are articles of wood 4421 / plastics 3926 / iron or steel 7326 / aluminium 7616",
  }),
  m("cutting board|chopping board|chopping block|butcher block|bread board|cheese board|charcuterie board|serving board|pizza peel|pastry board|carving board", "4419",
    { bamboo: "441911", wood: "441990", plastic: "392410", glass: "701349", stone: "6802", steel: "732393", rubber: "401699" },
    "cutting and serving boards: bamboo 441911, wood 441990 (tropical 441920), plastic 392410, glass 7013"),
  m("chopsticks|chopstick|reusable chopsticks|chopstick set|chopstick rest", "4419",
    { bamboo: "441912", wood: "441990", plastic: "392410", steel: "821599", metal: "821599", ceramics: "691200" },
    "chopsticks: bamboo 441912, wood 441990, plastic 392410, metal 8215"),
  m("wooden spoon|wood spoon|wooden spatula|wooden utensils|wooden kitchen utensils|wood utensil set|bamboo utensils|bamboo spoon|wooden bowl|wood bowl|salad bowl wooden|wooden plate|wooden tray|serving tray wood|bamboo tray|wooden salad servers|rolling pin|wooden rolling pin|wooden cup|wooden mug|wooden coaster|wood coasters|wooden spice rack|napkin holder wood|wooden utensil holder|wooden bread box|bread box|wooden muddler|honey dipper|wooden tongs|wooden scoop|spurtle|wooden salt cellar", "4419",
    { bamboo: "441919", wood: "441990", plastic: "392410", steel: "732393", aluminium: "761510", ceramics: "691200", glass: "701349", stone: "6802", rubber: "401699" },
    "tableware and kitchenware of wood → 4419 (bamboo 441919, tropical 441920, other 441990)"),
  e("wood carving|wooden carving|wooden statue|wood sculpture|wooden figurine|carved wood|wooden ornament|wooden decoration|wooden elephant|wooden buddha|wood statue|wooden mask|driftwood decor|wooden animal figurine|wooden angel|wooden cross decor", "4420", {
    splits: [to({ words: ["teak", "mahogany", "ebony", "rosewood", "sandalwood", "tropical"] }, "442011"), to({}, "442019")],
    note: "statuettes and ornaments of wood → 4420 1x (tropical 442011)",
  }),
  m("desk shelf|desktop shelf|desktop riser|desk organizer shelf|monitor shelf|laptop riser wood|wooden monitor stand|wooden monitor riser|wooden desk shelf|bamboo desk shelf|bamboo monitor stand", "442199",
    { "bamboo": "442191", "wood": "442199", "plastic": "392690", "steel": "732690", "aluminium": "761699", other: "442199" },
    "desktop shelves and monitor risers (not furniture) → other articles of wood 442199 / bamboo 442191; plastics 392690; metal 7326/7616"),
  e("wooden box|wood box|wooden storage box|keepsake box|wooden case|wooden tea box|wooden wine box|marquetry|inlaid wood|wooden chest small|memory box|cigar box|wooden pencil box|wooden gift box|wooden music box case|wooden tissue box|tissue box cover wooden", "442090", {
    note: "caskets, boxes and cases of wood, marquetry → 442090 (packing cases 4415)",
  }),
  e("hanger|hangers|clothes hanger|clothes hangers|coat hanger|coat hangers|suit hanger|trouser hanger|pants hanger|skirt hanger|velvet hangers|kids hangers|baby hangers|padded hangers|hanger set", "4421", {
    // "Velvet" hangers are plastic hangers flocked with fibre: the velvet names their surface, not a textile article.
    splits: [to({ words: ["velvet", "flocked"], unless: ["wood", "wooden", "metal", "wire"] }, "392690")],
    m: { wood: "442110", bamboo: "442110", plastic: "392690", metal: "732690", textiles: "630790", rubber: "401699" },
    note: "clothes hangers: wood 442110, plastic 392690, wire/metal 732690, velvet-covered (flocked) plastic 392690",
  }),
  e("coffin|casket|burial casket|urn wooden", "442120", {
    splits: [to({ words: ["urn"] }, "442199"), to({ material: ["iron_steel", "base_metal"] }, "7326")], note: "coffins of wood → 442120",
  }),
  m("toothpicks|toothpick|bamboo skewers|skewers|bbq skewers|kebab skewers|wooden skewers|cocktail picks|fruit picks|popsicle sticks|craft sticks|ice cream sticks|lolly sticks|coffee stirrers|wooden stirrers|stir sticks|wooden sticks|bamboo sticks|plant sticks|garden stakes|bamboo canes|plant stakes|tomato stakes|clothespins|clothes pins|clothes pegs|pegs|wooden clothespins|wooden pegs|wood slices|wood slice|wood rounds|wooden discs|wooden shapes|wooden cutouts|wooden letters|wooden beads|wood beads|wooden rings|wooden sign|wood sign|wooden plaque|wooden key holder|wooden wall decor|wood wall art|wooden shelf bracket|wooden spool|wooden comb|wooden knob|wooden peg board|wooden tag|wood tags|matchsticks", "442199",
    { bamboo: "442191", wood: "442199", plastic: "392690", metal: "732690" },
    "other articles of wood → 4421 (bamboo 442191, other 442199); wooden toys 9503, wooden furniture 94"),
  e("wine cork|wine corks|cork stopper|cork stoppers|bottle cork|natural cork stopper|champagne cork|corks", "4503", {
    splits: [to({ words: ["agglomerated", "synthetic"] }, "450490"), to({}, "450310")], note: "corks and stoppers of natural cork → 450310; synthetic stoppers 3923 50",
  }),
  e("cork board|corkboard|cork bulletin board|cork notice board|cork sheet|cork roll|cork tiles|cork underlayment|cork coaster|cork coasters|cork mat|cork trivet|cork placemat|cork yoga block|cork yoga mat|cork gasket|cork pad|cork flooring|cork fabric|cork wallet", "4504", {
    splits: [to({ words: ["sheet", "roll", "tiles", "underlayment", "flooring"] }, "450410"), to({ words: ["yoga block", "yoga mat"] }, "950691"), to({ words: ["wallet"] }, "420239"), to({}, "450490")],
    note: "agglomerated cork: sheets, tiles 450410; articles (boards, coasters) 450490",
  }),
  e("basket|baskets|wicker basket|rattan basket|seagrass basket|woven basket|storage basket|laundry basket|laundry hamper|hamper|picnic basket|gift basket|bread basket|fruit basket|bamboo basket|willow basket|straw basket|jute basket|plant basket|flower basket|baskets for shelves|bicycle basket|bike basket|egg basket|shopping basket|plastic basket|fabric basket|felt basket|cotton rope basket|storage bin fabric|fabric storage bin", "4602", {
    splits: [
      to({ material: ["plastic"] }, "392490"),
      to({ material: ["iron_steel", "stainless_steel", "base_metal"] }, "732690"),
      to({ material: ["aluminium"] }, "761699"),
      to({ words: ["rope", "fabric", "felt", "cotton", "canvas", "jute rope"], material: ["textile", "cotton", "jute", "synthetic", "other_vegetable_fibre"] }, "630790"),
      to({ words: ["bamboo"] }, "460211"),
      to({ words: ["rattan", "wicker cane"] }, "460212"),
      to({ words: ["paper rope", "newspaper"], material: ["paper"] }, "460290"),
      to({}, "460219"),
    ],
    decisive: ["material"],
    note: "basketwork of plaiting materials → 4602 (bamboo 460211, rattan 460212, other vegetable 460219); plastic 392490, wire 732690, textile 630790",
  }),
  e("straw mat|bamboo mat|rattan mat|reed mat|tatami|tatami mat|seagrass mat|woven placemat|rattan placemat|bamboo placemat|bamboo blind|reed screen|bamboo screen|bamboo fence|reed fence|willow fence|rush matting|raffia|raffia ribbon|straw braid|plaited straw|paper straw braid", "4601", {
    splits: [
      to({ words: ["raffia", "braid", "plaited"] }, "460194"),
      to({ words: ["bamboo"] }, "460121"),
      to({ words: ["rattan"] }, "460122"),
      to({}, "460129"),
    ],
    note: "plaits and mats, matting and screens of plaiting materials → 4601 (bamboo 460121, rattan 460122, other 460129)",
  }),
];

const paper: LexiconEntry[] = [
  // Kraftliner (uncoated kraft paperboard for the faces of corrugated board): unbleached 4804.11, bleached (white top)
  // 4804.19; testliner (recycled liner) 4805.24 / .25 by weight.
  e("kraftliner|kraft liner|kraft linerboard|kraft liner board|testliner|test liner", "480411", {
    splits: [to({ words: ["testliner", "test liner"] }, "4805"), to({ words: ["bleached", "white top", "white"], unless: ["unbleached"] }, "480419")],
    note: "kraftliner 4804.11 (unbleached) / 4804.19; testliner 4805.2x",
  }),
  e("copy paper|printer paper|a4 paper|a4 copy paper|letter paper|printing paper|office paper|writing paper|paper ream|ream of paper|drawing paper|sketch paper|cardstock|card stock|construction paper|craft paper|origami paper|colored paper|coloured paper|tracing paper|graph paper|newsprint|bond paper|art paper|watercolor paper|watercolour paper|bristol board|mixed media paper|kraft paper|kraft paper roll|brown paper|butcher paper|packing paper|wrapping paper|gift wrap|gift wrapping paper|tissue paper|gift tissue|crepe paper|crepe paper streamers|corrugated paper|corrugated cardboard sheet|cardboard sheet|paperboard|chipboard sheets|poster board|foam board|foam core board|photo paper|inkjet photo paper|glossy photo paper|sticker paper|label paper|adhesive paper|thermal paper|thermal paper roll|receipt paper|receipt roll|till roll|pos paper roll|fax paper|plotter paper|baking paper|parchment paper|greaseproof paper|wax paper|waxed paper|freezer paper|sublimation paper|heat transfer paper|iron on transfer paper|carbon paper|transfer paper|self-copy paper|ncr paper|rice paper|mulberry paper|handmade paper|washi paper|paper sheets|paper roll|paper rolls|jumbo roll paper", "4802", {
    splits: [
      to({ words: ["thermal", "receipt", "till", "pos", "fax"] }, "4811"),
      to({ words: ["photo paper", "inkjet photo", "glossy photo"] }, "4810"),
      to({ words: ["sticker paper", "label paper", "adhesive paper", "self-adhesive"] }, "481141"),
      to({ words: ["baking", "parchment", "greaseproof", "wax", "waxed", "freezer"] }, "4811"),
      to({ words: ["carbon", "transfer", "sublimation", "self-copy", "ncr"] }, "4816"),
      to({ words: ["kraft", "brown paper", "butcher"] }, "4804"),
      to({ words: ["tissue", "crepe"] }, "4803"),
      to({ words: ["corrugated"] }, "4808"),
      to({ words: ["foam board", "foam core"] }, "392111"),
      to({ words: ["wrapping", "gift wrap", "gift wrapping"] }, "4823"),
      to({ words: ["cardstock", "card stock", "paperboard", "bristol", "poster board", "chipboard", "cardboard"] }, "4810"),
      to({ words: ["tracing", "glassine"] }, "4806"),
      to({ words: ["rice paper", "handmade", "mulberry", "washi"] }, "4802"),
    ],
    note: "paper and paperboard in rolls or sheets → ch. 48 by type (uncoated writing/printing 4802, coated 4810, kraft 4804, thermal/coated 4811, copying/transfer 4816)",
  }),
  e("wallpaper|wall paper|peel and stick wallpaper|self adhesive wallpaper|wall mural|photo wallpaper|wall covering|vinyl wallpaper|textured wallpaper|wallpaper border|window film paper|window transparency", "4814", {
    splits: [to({ material: ["plastic"], words: ["vinyl", "pvc", "self adhesive", "peel and stick"] }, "3918"), to({ words: ["grained", "embossed", "coated", "textured"] }, "481420"), to({}, "481490")],
    note: "wallpaper of paper → 4814; plastic wall coverings 3918, textile wall coverings 5905",
  }),
  e("envelope|envelopes|paper envelope|mailing envelope|kraft envelope|padded envelope|padded mailer|bubble mailer|bubble envelope|bubble mailers|window envelope|invitation envelope|greeting card envelope|letter card|correspondence card|plain postcard|stationery set|letter set|writing set|note cards blank", "4817", {
    splits: [
      to({ material: ["plastic"] }, "392321"),
      to({ words: ["stationery set", "letter set", "writing set"] }, "481730"),
      to({ words: ["letter card", "correspondence card", "plain postcard", "note cards blank"] }, "481720"),
      to({}, "481710"),
    ],
    note: "envelopes 481710; letter cards/plain postcards 481720; stationery compendiums 481730; plastic mailers 3923",
  }),
  e("toilet paper|toilet paper roll|toilet paper rolls|toilet tissue|toilet tissue roll|toilet roll|toilet rolls|bath tissue|bathroom tissue|loo roll", "481810", { note: "toilet paper → 481810" }),
  e("facial tissue|facial tissues|tissues|tissue box|box of tissues|pocket tissues|paper handkerchiefs|paper towel|paper towels|kitchen roll|kitchen paper|hand towels paper|paper hand towels|c-fold towels|multifold towels|paper napkin|paper napkins|serviettes|cocktail napkins|dinner napkins paper|paper tablecloth|paper table cover|paper placemats|disposable bed sheet|exam table paper|paper bed sheet", "4818", {
    splits: [
      to({ words: ["napkin", "napkins", "serviette", "serviettes", "tablecloth", "table cover", "placemats"] }, "481830"),
      to({ words: ["bed sheet", "table paper", "couch roll"] }, "481890"),
      to({}, "481820"),
    ],
    note: "paper handkerchiefs, tissues, towels 481820; tablecloths and napkins 481830; other (bed sheets) 481890",
  }),
  e("disposable gown paper|paper gown|paper apron|paper hat|paper shoe covers|disposable paper clothing|paper slippers", "481850", { note: "apparel and clothing accessories of paper → 481850" }),
  e("cardboard box|cardboard boxes|shipping box|shipping boxes|corrugated box|corrugated boxes|carton box|mailer box|mailing box|moving box|moving boxes|packing box|storage box cardboard|gift box|gift boxes|paper box|kraft box|folding box|folding carton|cake box|pizza box|bakery box|cupcake box|candy box|chocolate box|jewelry gift box paper|product box|packaging box|display box|box with lid|rigid box|magnetic gift box|shoe box|shoebox|tube box|paper tube packaging|paper bag|paper bags|kraft paper bag|gift bag|gift bags|paper gift bag|shopping paper bag|paper shopping bag|party bags paper|treat bags paper|paper carrier bag|sos bag|flat paper bag|coffee bag paper|popcorn bags|paper sack|paper sacks|cement bag paper|record sleeve|cd sleeve|paper sleeve|file box|box file|archive box|letter tray paper|document box|magazine file|magazine holder|desk organizer cardboard|egg carton|egg cartons|egg tray|pulp tray|moulded pulp|molded pulp packaging|pulp insert", "4819", {
    splits: [
      to({ words: ["egg carton", "egg cartons", "egg tray", "pulp", "moulded pulp", "molded pulp"] }, "482370"),
      to({ material: ["plastic"] }, "3923"),
      to({ material: ["wood", "bamboo"] }, "4415"),
      to({ words: ["box", "boxes"], material: ["iron_steel", "stainless_steel", "base_metal"] }, "731029"),
      to({ words: ["box", "boxes"], material: ["aluminium"] }, "761290"),
      to({ words: ["box", "boxes"], material: ["leather", "composition_leather"] }, "420291"),
      to({ words: ["box", "boxes"], material: ["textile", "cotton", "synthetic", "artificial", "flax", "jute", "silk", "wool"] }, "630790"),
      to({ words: ["box", "boxes"], material: ["glass"] }, "701399"),
      // Sacks and bags by the width of their base (4819.30 from 40 cm, 4819.40 other): a stated width is read by the
      // subheading's threshold; without one, multiwall sacks for cement and the like are the wide ones, carrier, gift and
      // shopping bags the other.
      to({ words: ["bag", "bags", "sack", "sacks"], allOf: [["width", "wide", "base"]] }, "4819"),
      to({ words: ["multiwall", "cement bag paper", "sack", "sacks"] }, "481930"),
      to({ words: ["bag", "bags"] }, "481940"),
      to({ words: ["corrugated", "shipping", "moving", "mailer", "mailing", "carton"] }, "481910"),
      to({ words: ["file box", "box file", "archive", "letter tray", "document box", "magazine file", "magazine holder", "desk organizer"] }, "481960"),
      to({ words: ["record sleeve", "cd sleeve", "paper sleeve", "tube"] }, "481950"),
      to({}, "481920"),
    ],
    note: "cartons, boxes and bags of paper → 4819 (corrugated 481910, folding 481920, bags 481930/40, office storage 481960); moulded pulp 482370",
  }),
  e("notebook|notebooks|note book|notepad|note pad|writing pad|memo pad|sticky notes|post-it notes|post it notes|sticky note pad|diary|diaries|journal|journals|bullet journal|planner|planners|agenda|daily planner|weekly planner|agenda book|organizer book|address book|receipt book|order book|invoice book|account book|ledger|ledger book|log book|logbook|guest book|wedding guest book|composition book|spiral notebook|sketchbook|sketch book|drawing pad|drawing book|sketch pad|scrapbook|photo album|photo albums|album|stamp album|coin album|card album|binder album|exercise book|school exercise book|copybook|workbook blank|binder|binders|ring binder|3 ring binder|file folder|folder|folders|file folders|document folder|presentation folder|pocket folder|expanding file|accordion file|clipboard folder|report cover|file cover|index dividers|dividers|tab dividers|business forms|carbonless forms|recipe book blank|music manuscript paper|desk calendar blank|loose leaf paper|filler paper|refill paper|refill pages|index cards|flash cards blank|note cards|memo cube|wirebound notebook", "4820", {
    splits: [
      to({ words: ["exercise book", "copybook", "school exercise"] }, "482020"),
      // Folders and binders of plastics are office articles of plastics (3926.10), not paper stationery (4820).
      to({ material: ["plastic"], words: ["folder", "folders", "binder", "binders", "report cover", "dividers", "expanding", "accordion"] }, "392610"),
      to({ words: ["binder", "binders", "folder", "folders", "file", "expanding", "accordion", "report cover", "dividers"] }, "482030"),
      to({ words: ["business forms", "carbonless forms"] }, "482040"),
      to({ words: ["album", "albums", "scrapbook"] }, "482050"),
      to({ words: ["index cards", "flash cards", "note cards", "loose leaf", "filler paper", "refill paper", "refill pages", "memo cube"] }, "482090"),
      to({}, "482010"),
    ],
    note: "registers, notebooks, diaries, pads 482010; exercise books 482020; binders and folders 482030; albums 482050; other stationery 482090",
  }),
  e("label|labels|paper label|paper labels|shipping label|shipping labels|address label|address labels|thermal label|thermal labels|barcode label|barcode labels|price label|price tag|price tags|hang tag|hang tags|swing tag|product label|jar labels|sticker labels|label roll|label sticker|blank labels|name labels|name tags|name stickers|gift tags|gift tag|kraft tags|luggage label paper|freezer labels|canning labels|warning labels|fragile stickers|food labels", "4821", {
    splits: [
      to({ material: ["textile", "cotton", "synthetic", "artificial"] }, "5807"),
      to({ material: ["plastic"] }, "391990"),
      to({ material: ["iron_steel", "stainless_steel", "aluminium", "base_metal", "copper"] }, "8310"),
      to({ processing: ["printed"] }, "482110"),
      to({ words: ["blank", "unprinted", "plain"] }, "482190"),
    ],
    decisive: ["processing", "material"], note: "paper labels and tags: printed 482110, unprinted 482190; plastic labels 3919, textile 5807, metal plates 8310",
  }),
  e("paper tube|paper tubes|cardboard tube|cardboard tubes|mailing tube|poster tube|paper core|paper cores|paper bobbin|cone paper yarn|paper spool", "4822", {
    splits: [to({ words: ["yarn", "textile", "bobbin", "cone"] }, "482210"), to({ words: ["mailing", "poster", "shipping"] }, "481950")],
    note: "bobbins, spools, tubes and cores of paper → 4822; mailing tubes 481950",
  }),
  e("paper cup|paper cups|disposable cup|disposable cups|coffee cup disposable|paper plate|paper plates|disposable plates|paper bowl|paper bowls|paper tray|paper food tray|paper food container|food boat paper|paper straws|paper straw|cupcake liners|baking cups|muffin cups|cupcake wrappers|cake board|cake boards|cake circle|doily paper|paper doilies|paper lace doilies|coffee filter|coffee filters|coffee filter paper|tea filter bags|tea filters|filter paper|filter papers|lab filter paper|oil filter paper|chart paper|recorder chart|paper fan|hand fan paper|paper lantern|paper lanterns|paper pom poms|tissue pom poms|honeycomb balls|paper garland|paper chain|paper streamers|paper confetti|confetti|paper shreds|crinkle paper|crinkle cut paper|shredded paper filler|paper fill|paper cutouts|die cuts paper|paper flowers craft|quilling paper|paper crafts|paper gasket|paper mache|papier mache|paper pulp", "4823", {
    splits: [
      to({ words: ["coffee filter", "tea filter", "filter paper", "filter papers", "oil filter paper"] }, "482320"),
      to({ words: ["chart paper", "recorder chart"] }, "482340"),
      to({ words: ["cup", "cups", "plate", "plates", "bowl", "bowls", "tray", "food", "boat", "liners", "baking cups", "muffin", "wrappers"], material: ["bamboo"] }, "482361"),
      to({ words: ["cup", "cups", "plate", "plates", "bowl", "bowls", "tray", "food", "boat", "liners", "baking cups", "muffin", "wrappers", "cake board", "cake boards", "cake circle"] }, "482369"),
      to({ words: ["paper mache", "papier mache", "pulp"] }, "482370"),
      to({ words: ["confetti", "streamers", "garland", "pom poms", "honeycomb", "lantern", "lanterns", "paper chain"] }, "9505"),
      to({}, "482390"),
    ],
    note: "paper articles n.e.c. → 4823 (filter paper 482320, cups/plates 48236x, moulded pulp 482370); festive paper decorations 9505",
  }),
  e("book|books|hardcover book|paperback|paperback book|textbook|textbooks|cookbook|cook book|recipe book|guide book|guidebook|travel guide|manual book|instruction manual|user manual|handbook|workbook|study guide|bible|holy bible|quran|koran|prayer book|hymn book|hymnal|dictionary|dictionaries|encyclopedia|encyclopaedia|thesaurus|comic book|comic books|comics|manga|graphic novel|art book|photo book|photobook|coffee table book|biography|autobiography|poetry book|journal book printed|booklet|brochure|brochures|pamphlet|leaflet|leaflets|flyer|flyers|flier|catalogue|catalog|product catalog|printed manual|instruction leaflet|tract|yearbook|annual report printed|printed book|e-book printed|audiobook printed|activity book|puzzle book|crossword book|sudoku book|word search book|sticker book|board book|picture book|children's book|childrens book|kids book|story book|storybook|fairy tale book|bedtime story book|coloring book|colouring book|colouring books|coloring books|drawing book children|magazine|magazines|newspaper|newspapers|journal magazine|periodical|comic magazine|sheet music|music score|music book|songbook|piano book|map|maps|road map|world map|wall map|atlas|road atlas|nautical chart|star chart|globe|world globe|desk globe|topographic map|architectural plans|blueprints|engineering drawings", "4901", {
    splits: [
      to({ words: ["dictionary", "dictionaries", "encyclopedia", "encyclopaedia", "thesaurus"] }, "490191"),
      to({ words: ["picture book", "children's book", "childrens book", "kids book", "story book", "storybook", "fairy tale", "bedtime story", "coloring book", "colouring book", "colouring books", "coloring books", "drawing book", "board book", "sticker book", "activity book"] }, "490300"),
      to({ words: ["magazine", "magazines", "newspaper", "newspapers", "periodical"] }, "4902"),
      to({ words: ["sheet music", "music score", "music book", "songbook", "piano book"] }, "490400"),
      to({ words: ["atlas", "road atlas"] }, "490520"),
      to({ words: ["map", "maps", "chart", "globe"] }, "490590"),
      to({ words: ["architectural plans", "blueprints", "engineering drawings"] }, "490600"),
      to({ words: ["catalogue", "catalog", "product catalog"] }, "491110"),
      to({ words: ["leaflet", "leaflets", "flyer", "flyers", "flier", "pamphlet", "brochure", "brochures", "tract"] }, "490110"),
      // Printed books "in single sheets, whether or not folded" are 490110 by the subheading's own terms.
      to({ words: ["single sheets", "single sheet", "loose sheets", "loose-leaf", "loose leaf", "unbound sheets"] }, "490110"),
      to({}, "490199"),
    ],
    note: "printed books and leaflets → 4901 (single sheets 490110, dictionaries 490191); children's picture/colouring books 490300; newspapers 4902; music 4904; maps/globes 4905; trade catalogues 491110",
  }),
  e("postcard|postcards|picture postcard|greeting card|greeting cards|birthday card|birthday cards|christmas card|christmas cards|holiday cards|thank you card|thank you cards|wedding invitation|wedding invitations|invitation card|invitation cards|party invitations|party invites|wedding invites|invites|sympathy card|anniversary card|valentine card|valentines card|mothers day card|fathers day card|congratulations card|graduation card|get well card|save the date cards|announcement cards|pop up card|3d greeting card|musical greeting card|place cards|table cards|menu cards|escort cards", "490900", {
    splits: [to({ words: ["place cards", "table cards", "menu cards", "escort cards"] }, "491199")],
    note: "printed postcards and greeting/announcement cards → 490900",
  }),
  e("calendar|calendars|wall calendar|desk calendar|advent calendar paper|calendar refill|calendar pad|tear off calendar|perpetual calendar printed|planner calendar", "491000", {
    splits: [to({ words: ["advent"], material: ["plastic", "wood", "textile", "cotton", "synthetic"] }, "9505")],
    note: "printed calendars of any kind (incl. calendar blocks) → 491000",
  }),
  e("poster|posters|art print|art prints|wall art print|canvas print|canvas prints|canvas wall art|printed canvas|canvas painting print|giclee print|photo print|photograph|photographs|photo prints|printed picture|print picture|lithograph print|botanical print|wall poster|movie poster|vintage poster|motivational poster|educational poster|anatomy chart|wall chart|printed photo backdrop|photography backdrop|photo backdrop|backdrop banner|vinyl backdrop", "4911", {
    splits: [
      to({ words: ["backdrop"], material: ["textile", "synthetic", "cotton"] }, "491191"),
      to({ words: ["painted", "hand painted", "hand-painted", "oil painting", "original painting"] }, "9701"),
      to({}, "491191"),
    ],
    note: "printed pictures, designs and photographs → 491191 (hand-painted works 9701)",
  }),
  e("sticker|stickers|sticker pack|sticker set|vinyl sticker|vinyl stickers|laptop stickers|car sticker|car stickers|bumper sticker|bumper stickers|wall sticker|wall stickers|wall decal|wall decals|window sticker|window decal|decal|decals|car decal|car decals|water slide decal|waterslide decals|nail stickers|nail decals|nail art stickers|temporary tattoo|temporary tattoos|fake tattoo|tattoo stickers|transfer sticker|rub-on transfers|iron-on transfer|heat transfer vinyl|htv vinyl|dtf transfer|dtf transfers|sublimation transfer|ceramic decals|glass decals|kids stickers|reward stickers|scrapbook stickers|planner stickers|holographic stickers|3d stickers|puffy stickers|emoji stickers|sticker sheet|sticker sheets|sticker roll|decal sheet|decal sheets", "4911", {
    splits: [
      to({ words: ["ceramic decals", "glass decals", "vitrifiable"] }, "490810"),
      to({ words: ["decal", "decals", "transfer", "transfers", "tattoo", "tattoos", "water slide", "waterslide", "rub-on", "iron-on", "dtf", "sublimation"] }, "490890"),
      to({ words: ["heat transfer vinyl", "htv"] }, "3919"),
      to({ material: ["plastic"] }, "3919"),
      to({}, "491199"),
    ],
    decisive: ["material"], note: "printed stickers of paper 491199; transfers/decals/temporary tattoos 4908; self-adhesive plastic stickers 3919",
  }),
  e("trading cards|trading card|collectible cards|collectable cards|collection cards|sports cards|baseball cards|football cards|card booster pack|booster pack|booster box|tcg cards|trading card game|card game cards|anime cards|flash cards printed|educational flash cards|learning cards|vocabulary cards|affirmation cards|tarot cards|oracle cards|tarot deck|oracle deck", "4911", {
    splits: [
      to({ words: ["game", "tcg", "booster", "tarot", "oracle"] }, "950440"),
      to({}, "491191"),
    ],
    note: "collectible picture cards → 491191; cards for playing a game (TCG boosters, tarot) → 950440",
  }),
  e("ticket|tickets|raffle tickets|event tickets|printed tickets|admission tickets|coupon book|voucher printed|gift certificate printed|bookmark|bookmarks|paper bookmark|printed bookmark|certificate|certificates|diploma|award certificate|menu printed|printed menu|printed sign|paper sign|paper banner|printed banner paper|sign board paper|printed matter|printed circuit artwork|stencil paper|paper stencil", "491199", {
    splits: [to({ material: ["plastic"] }, "392690"), to({ material: ["iron_steel", "stainless_steel", "aluminium", "base_metal", "copper", "zinc"] }, "8310")],
    note: "other printed matter → 491199",
  }),
  e("postage stamps|postage stamp|stamps collection|stamp collection|revenue stamps|unused stamps", "4907", {
    splits: [to({ words: ["collection", "collectible", "used", "vintage", "rare"] }, "9704")], note: "unused postage stamps of current issue 4907; collections 9704",
  }),
  e("banknote|banknotes|bank note|paper money|currency notes|cheque book|checkbook|check book|stock certificate|share certificate", "490700", {
    splits: [to({ words: ["collectible", "collection", "old", "vintage", "prop", "replica"] }, "9705")], note: "banknotes, cheque forms, stock certificates → 4907",
  }),
];

export const LEATHER_WOOD_PAPER: LexiconEntry[] = [...bags, ...leather, ...wood, ...paper];
