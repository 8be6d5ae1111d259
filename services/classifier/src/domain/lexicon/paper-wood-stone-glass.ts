/**
 * Chapters 41–49 and 68–70 additions: leather and furskins, wood and basketwork, paper and printed
 * matter, stone, ceramic and glass articles, under the names traders use.
 */
import type { LexiconEntry } from "../types.js";
import { e, to } from "./helpers.js";

const leather: LexiconEntry[] = [
  e("leather hide|leather hides|cowhide leather|cow hide|full grain leather|top grain leather|split leather|suede leather|nubuck|patent leather|veg tan leather|vegetable tanned leather|crust leather|finished leather|leather skin|goat leather|sheepskin leather|lambskin leather|pig leather|leather piece|leather pieces|leather scraps|leather offcuts|leather sheet|leather sheets|leather craft sheet", "410719", {
    splits: [
      to({ words: ["wet blue", "crust"] }, "410411"),
      to({ words: ["goat"] }, "411310"),
      to({ words: ["pig"] }, "411320"),
      to({ words: ["sheepskin", "lambskin"] }, "411200"),
      to({ words: ["scraps", "offcuts"] }, "411520"),
      to({ words: ["patent"] }, "411420"),
      to({ words: ["suede", "nubuck"] }, "411410"),
      to({ words: ["split leather"] }, "410792"),
      to({ words: ["full grain"] }, "410711"),
    ],
    note: "leather further prepared after tanning or crusting → 4107 (bovine: whole hides 41071x, grain splits 410792), 4112 (sheep), 4113 (goat, swine); chamois and patent 4114; parings and scraps 4115; wet-blue 4104",
  }),
  e("cowhide rug|cow hide rug|sheepskin rug|sheepskin rugs|fur rug|rabbit fur pelt|fox fur pelt|mink fur|raccoon fur|fur collar|fur trim|fur pom pom|real fur pom pom|fox fur pom pom|rabbit fur pom pom|faux fur", "430390", {
    splits: [
      to({ words: ["faux fur", "fake fur", "faux fur pom pom"] }, "430400"),
      to({ words: ["cowhide rug", "cow hide rug"] }, "410719"),
      to({ words: ["fur pelt", "tanned fur", "fur skin", "fur skins", "mink fur", "raccoon fur"] }, "430219"),
      to({ words: ["fur collar", "fur trim"] }, "430310"),
    ],
    note: "furskins tanned 4302; articles of furskin (rugs, trims, pom-poms) 4303 (clothing accessories 430310, other 430390); artificial fur and articles 4304; a cowhide with hair is leather of 4107/4101",
  }),
  e("leather cord|leather cords|leather lace|leather laces|leather string|leather thong|suede cord|leather strap|leather straps|leather strip|leather strips|leather belt blank|leather patch|leather patches|leather label|leather labels|leather tag|leather tags|leather tassel|leather tassels|leather key fob|leather keychain|leather coaster|leather coasters|leather cover|leather sleeve|leather pouch small|leather craft|leather crafts|leather goods other", "420500", {
    splits: [
      to({ words: ["watch strap", "watch band"] }, "911390"),
      to({ words: ["keychain", "key fob"] }, "420500"),
    ],
    note: "other articles of leather or composition leather (cords, laces, straps, patches, labels, coasters) → 420500; watch straps 9113",
  }),
  e("saddle|saddles|horse saddle|saddle pad|saddle blanket|bridle|bridles|halter|halters|horse halter|reins|horse reins|lead rope|lead rope horse|horse harness|girth strap|horse blanket|horse rug|fly mask horse|horse tack|tack set|dog collar|dog collars|cat collar|pet collar|dog leash|dog leashes|dog lead|pet leash|retractable leash|retractable dog leash|dog harness|dog harnesses|pet harness|cat harness|muzzle dog|dog muzzle|slip lead", "420100", {
    splits: [
      // The saddle of a cycle or motorcycle is a part of it (8714.95 / 8714.10), not saddlery for animals.
      to({ words: ["bicycle", "bicycles", "bike", "bikes", "cycle", "cycling", "mtb", "road bike"], unless: ["horse", "pony", "equestrian"] }, "871495"),
      to({ words: ["motorcycle", "motorbike", "scooter"], unless: ["horse", "pony", "equestrian"] }, "871410"),
      to({ words: ["retractable"] }, "420100"),
      to({ words: ["horse blanket", "horse rug", "saddle blanket", "saddle pad"], material: ["textile", "synthetic", "cotton", "wool"] }, "420100"),
    ],
    note: "saddlery and harness for any animal (collars, leashes, harnesses, muzzles, saddle cloths), of any material → 420100",
  }),
];

const wood: LexiconEntry[] = [
  e("decking|bamboo decking|decking tiles|deck tiles|solid wood flooring|floor boards|tongue and groove boards|shiplap|shiplap boards|wood paneling|wood wall panels|wood cladding|timber cladding|skirting board|skirting boards|baseboard|wood trim|wood moulding|crown moulding|architrave", "440929", {
    splits: [
      to({ words: ["composite", "wpc"] }, "392590"),
      to({ words: ["bamboo"] }, "441875"),
      to({ words: ["decking tiles", "deck tiles", "interlocking deck"] }, "441879"),
      to({ words: ["parquet", "wood flooring", "hardwood flooring", "solid wood flooring", "floor boards", "floorboards"] }, "441879"),
      to({ words: ["skirting", "baseboard", "trim", "moulding", "architrave", "tongue and groove", "shiplap", "paneling", "cladding"] }, "440929"),
    ],
    note: "wood continuously shaped (tongued, grooved, moulded) → 4409; assembled flooring panels and deck tiles 4418 7x; WPC composite decking of plastics 392590",
  }),
  e("wooden crate|wooden crates|wood crate|fruit crate wooden|wine crate|wine box wooden|packing case|wooden packing case|cable drum wooden|wooden cable reel|wooden spool large|pallet collar|pallet collars|pallets|wooden pallet|wood pallet|euro pallet", "441520", {
    splits: [to({ words: ["crate", "crates", "packing case", "box", "cable drum", "cable reel", "spool"] }, "441510")],
    note: "packing cases, boxes, crates, drums and cable drums of wood 441510; pallets and pallet collars 441520",
  }),
  e("wood slice|wood slices|wood rounds|log slices|unfinished wood|wood shapes|wooden shapes|wood cutouts|wooden cutouts|wood blanks|craft wood|wooden craft|wood craft|wooden crafts|wooden ornament blank|wooden letters|wood letters|wooden numbers|wooden sign blank|wooden plaque|wood plaque|craft sticks|popsicle stick|lolly sticks|ice cream sticks|coffee stirrers wooden|wooden stirrers|wooden skewers|bamboo skewers|bbq skewers wooden|cocktail picks|wooden pegs|wooden clothespins|wooden beads craft|wooden rings|wooden hoops|embroidery hoop|embroidery hoops|cross stitch hoop|quilting hoop|wooden ruler|wooden spools|wooden serving tray|wooden box with lid|wooden keepsake box|wooden jewelry box|wooden toy box|wooden wall decor|wooden wall art|wood wall art|wooden sculpture", "442199", {
    splits: [
      to({ words: ["skewer", "skewers", "cocktail picks", "stirrers", "coffee stirrers"], material: ["bamboo"] }, "441919"),
      to({ words: ["skewer", "skewers", "cocktail picks", "stirrers", "coffee stirrers"] }, "441990"),
      to({ words: ["coaster", "coasters", "tray", "serving tray"], material: ["bamboo"] }, "441919"),
      to({ words: ["coaster", "coasters", "tray", "serving tray"] }, "441990"),
      to({ words: ["jewelry box", "keepsake box", "box with lid", "toy box"] }, "442090"),
      to({ words: ["carving", "carvings", "carved", "sculpture", "figurine", "statue", "wall decor", "wall art", "plaque"] }, "442019"),
      to({ words: ["dowel", "dowels", "dowel rods"] }, "440929"),
      to({ words: ["embroidery hoop", "embroidery hoops", "cross stitch hoop", "quilting hoop"], material: ["plastic"] }, "392690"),
      to({ material: ["bamboo"] }, "442191"),
      to({ material: ["plastic"] }, "392690"),
    ],
    note: "other articles of wood (craft shapes, sticks, dowels, hoops) → 4421 (bamboo 442191, other 442199); statuettes and ornaments 442019; caskets and boxes 442090; tableware 4419",
  }),
  e("wicker basket|wicker baskets|rattan basket|rattan baskets|seagrass basket|seagrass baskets|woven basket|woven baskets|straw basket|straw baskets|water hyacinth basket|willow basket|picnic basket|gift basket empty|bread basket|fruit basket woven|hamper basket|laundry basket wicker|storage basket woven|bamboo basket|bamboo steamer|rattan tray|woven tray|straw placemat|jute rug woven|bamboo roll up blind|woven wall basket|wall basket decor", "460219", {
    splits: [
      to({ words: ["bamboo steamer"] }, "460211"),
      to({ words: ["bamboo"] }, "460211"),
      to({ words: ["rattan"] }, "460212"),
      to({ words: ["placemat", "mat", "rug", "blind", "tatami"], material: ["bamboo"] }, "460121"),
      to({ words: ["placemat", "mat", "rug", "blind", "tatami"] }, "460129"),
      to({ words: ["jute rug"] }, "570231"),
    ],
    note: "basketwork and wickerwork of vegetable plaiting materials → 4602 (bamboo 460211, rattan 460212, other 460219); plaited mats, screens and blinds 4601",
  }),
];

const paper: LexiconEntry[] = [
  e("napkins|paper napkins|serviettes|paper serviettes|cocktail napkins|dinner napkins paper|luncheon napkins|party napkins|printed napkins|decoupage napkins|paper tablecloth|table cover paper|paper placemats|kitchen roll|kitchen towel roll|paper hand towels|hand towels paper|c fold towels|tissues|tissue|pocket tissues|makeup remover wipes paper", "481830", {
    splits: [
      to({ words: ["napkins", "serviettes", "dinner napkins", "cocktail napkins"], material: ["cotton", "flax", "textile", "synthetic"] }, "630251"),
      to({ words: ["kitchen roll", "kitchen towel", "hand towels", "c fold", "tissues", "tissue", "pocket tissues"] }, "481820"),
      to({ words: ["doilies", "placemats"] }, "482369"),
    ],
    note: "paper napkins, tablecloths and serviettes 481830; handkerchiefs, facial tissues and towels 481820; textile napkins 6302",
  }),
  // Liners cut to shape for an appliance or a tin: of paper (parchment) 4823.90, of silicone or other plastics 3924.10.
  e("air fryer liner|air fryer liners|air fryer paper|air fryer parchment|air fryer parchment paper|air fryer paper liners|steamer liners|steamer paper|cake tin liners|cake pan liners|baking liners|muffin liners|cupcake liners|baking cups paper|parchment liners|parchment rounds", "482390", {
    splits: [to({ material: ["plastic", "rubber"] }, "392410"), to({ words: ["silicone", "reusable"] }, "392410")],
    note: "liners cut to shape for air fryers, steamers and baking tins: paper 482390; silicone or other plastics 392410",
  }),
  e("printer paper|a4 paper|a4 copy paper|a3 paper|letter paper|writing paper|paper ream|bond paper|photo paper|photographic paper inkjet|glossy photo paper|inkjet paper|laser paper|thermal paper|thermal paper roll|receipt paper|receipt roll|pos paper roll|till roll|fax paper|carbon paper|tracing paper|parchment paper|baking paper|greaseproof paper|wax paper|butcher paper|freezer paper|kraft paper roll|brown paper roll|packing paper|newsprint|crepe paper|tissue wrapping paper|gift wrap|gift wrapping paper|wrapping paper roll|cellophane wrap|construction paper|drawing paper|sketch paper|watercolor paper|watercolour paper|bristol board|poster board|foam board|mat board|card stock|colored paper|coloured paper|craft paper|scrapbook paper|patterned paper|glitter paper|metallic paper|corrugated paper|corrugated cardboard sheets|chipboard sheets|greyboard", "480256", {
    splits: [
      to({ words: ["photo paper", "photographic paper", "glossy photo"] }, "370310"),
      to({ words: ["inkjet paper"] }, "481013"),
      to({ words: ["thermal", "receipt", "pos paper", "till roll", "fax paper"] }, "481190"),
      to({ words: ["carbon paper"] }, "481690"),
      to({ words: ["tracing paper", "greaseproof", "parchment", "baking paper", "glassine"] }, "480630"),
      to({ words: ["wax paper", "freezer paper"] }, "481160"),
      to({ words: ["kraft", "brown paper", "butcher paper", "packing paper"] }, "480439"),
      to({ words: ["newsprint"] }, "480100"),
      to({ words: ["crepe paper", "tissue wrapping"] }, "480890"),
      to({ words: ["gift wrap", "gift wrapping", "wrapping paper roll"] }, "480257"),
      to({ words: ["cellophane"] }, "392071"),
      to({ words: ["foam board"] }, "392113"),
      to({ words: ["corrugated"] }, "480810"),
      to({ words: ["chipboard", "greyboard", "bristol", "poster board", "mat board", "card stock"] }, "481092"),
      to({ words: ["glitter paper", "metallic paper", "patterned paper", "scrapbook paper"] }, "481159"),
      to({ words: ["a3", "a4", "letter paper", "printer paper", "copy paper", "laser paper", "bond paper", "paper ream"] }, "480256"),
      to({ words: ["construction paper", "drawing paper", "sketch paper", "watercolor paper", "watercolour paper", "colored paper", "coloured paper", "craft paper"] }, "480257"),
    ],
    note: "uncoated writing and printing paper 4802 (cut sheets A4 480256); coated 4810; kraft 4804; greaseproof and tracing 4806; crepe 4808; coated or waxed 4811; carbon 4816; photographic paper 3703",
  }),
  e("business card|business cards|name card|name cards|visiting cards|loyalty cards printed|gift voucher printed|coupon printed|raffle tickets|event tickets|admission ticket|printed labels|printed stickers|custom stickers|logo stickers|vinyl stickers|sticker pack|stickers pack|sticker sheet|sticker sheets|scrapbook stickers|planner stickers|kids stickers|reward stickers|3d stickers|puffy stickers|holographic stickers|laptop stickers|bumper sticker|bumper stickers|car decal|car decals|window decal|water slide decals|nail decals|nail stickers|temporary tattoo|temporary tattoos|tattoo stickers|transfer paper printed|iron on transfer|heat transfer sticker", "491199", {
    splits: [
      to({ words: ["printed labels"] }, "482110"),
      to({ words: ["water slide", "nail decals", "transfer", "heat transfer"] }, "490890"),
      to({ words: ["temporary tattoo", "temporary tattoos", "tattoo stickers"] }, "490890"),
      to({ words: ["nail stickers"] }, "490890"),
    ],
    note: "other printed matter (cards, tickets, printed stickers) → 491199; transfers (decalcomanias, temporary tattoos, nail decals) 4908; printed paper labels 482110",
  }),
  e("brochure printing|product catalogue|manual printed|user manual printed|printed menu|price list printed|trade catalogue|advertising material|promotional leaflet|direct mail|card with envelope", "491110", {
    splits: [
      to({ words: ["postcard", "postcards", "picture postcard", "greeting cards", "birthday card", "birthday cards", "christmas card", "christmas cards", "thank you card", "thank you cards", "wedding invitation", "wedding invitations", "invitation card", "invitation cards", "anniversary card", "sympathy card", "pop up card", "greeting card", "card with envelope"] }, "490900"),
      to({ words: ["booklet", "booklets", "pamphlet", "pamphlets", "manual", "instruction"] }, "490110"),
      to({ words: ["menu card", "printed menu"] }, "491199"),
    ],
    note: "trade advertising material and commercial catalogues 491110; printed or illustrated postcards and greeting cards 490900; brochures, pamphlets and leaflets (single sheets or booklets) 4901",
  }),
  e("children's picture book|picture book|board book|board books|baby book|cloth book|colouring book|coloring book|coloring books|activity book|sticker book|drawing book children|comic|comics|comic book|comic books|manga|graphic novel|novel|novels|paperback|hardcover book|textbook|textbooks|dictionary|encyclopedia|cookbook|recipe book|bible|quran|prayer book|hymn book|atlas|world atlas|globe map|road map|wall map|world map poster|star map|nautical chart|newspaper|newspapers|magazine subscription|journal printed|periodical|music book|songbook|printed music", "490199", {
    splits: [
      to({ words: ["picture book", "board book", "board books", "baby book", "colouring book", "coloring book", "coloring books", "activity book", "sticker book", "drawing book"] }, "490300"),
      to({ words: ["cloth book"], material: ["textile", "cotton", "synthetic"] }, "490300"),
      to({ words: ["dictionary", "encyclopedia"] }, "490191"),
      to({ words: ["atlas"] }, "490520"),
      to({ words: ["globe map"] }, "902300"),
      to({ words: ["road map", "wall map", "world map", "star map", "nautical chart"] }, "490590"),
      to({ words: ["newspaper", "newspapers", "magazine", "periodical", "journal printed"] }, "490290"),
      to({ words: ["music book", "songbook", "printed music"] }, "490400"),
      // "In single sheets, whether or not folded" (subheading 490110).
      to({ words: ["single sheets", "single sheet", "loose sheets", "loose-leaf", "loose leaf", "unbound sheets"] }, "490110"),
    ],
    note: "printed books 4901 (dictionaries 490191, other 490199); children's picture, drawing or colouring books 490300; newspapers and periodicals 4902; music 4904; maps 4905",
  }),
];

const stoneGlassCeramics: LexiconEntry[] = [
  e("stoneware plate|stoneware plates|stoneware bowl|stoneware bowls|stoneware dinnerware|stoneware dinner set|earthenware plate|earthenware bowl|terracotta plate|ceramic dinner plate|ceramic salad plate|ceramic serving bowl|ceramic soup bowl|ceramic ramen bowl|ceramic rice bowl|ceramic pasta bowl|ceramic baking dish|ceramic casserole|ceramic tea set|ceramic teapot|ceramic tea cup|ceramic coffee cup|ceramic espresso cup|ceramic jug|ceramic pitcher|ceramic butter dish|ceramic spoon rest|ceramic canister|ceramic utensil holder|ceramic soap dish|ceramic toothbrush holder|ceramic soap dispenser|bone china|bone china mug|bone china cup|fine china|china dinnerware|porcelain dinner set|porcelain tea set|porcelain bowl set|porcelain plates", "691200", {
    splits: [
      to({ material: ["porcelain"] }, "691110"),
      to({ words: ["bone china", "fine china", "china dinnerware", "porcelain"] }, "691110"),
      to({ words: ["soap dish", "toothbrush holder", "soap dispenser"], material: ["porcelain"] }, "691190"),
    ],
    note: "ceramic tableware, kitchenware and toilet articles: porcelain or china 6911 (tableware 691110, other 691190); other ceramics (stoneware, earthenware) 691200",
  }),
  e("stained glass|stained glass window|tiffany glass|glass art panel|fused glass|fused glass art|art glass|glass animal|glass heart|glass angel|glass flower|glass mushroom|glass suncatcher|prism crystal|crystal pendant hanging|feng shui crystal", "701890", {
    splits: [
      to({ words: ["stained glass panel", "stained glass window", "glass art panel", "tiffany glass"] }, "701690"),
      to({ words: ["blown glass", "hand blown glass", "murano glass", "art glass"] }, "701399"),
    ],
    note: "glass ornaments and lampworked figures → 701890; glassware for indoor decoration 701399; leaded (stained) glass panels 701690",
  }),
  e("fire clay|fireclay|refractory cement|refractory mortar|castable refractory|kiln brick|kiln bricks|insulating fire brick|ceramic fiber blanket|ceramic fibre blanket|ceramic fiber board|ceramic wool|kiln furniture|crucible|crucibles|saggar", "690220", {
    splits: [
      to({ words: ["cement", "mortar", "castable"] }, "381600"),
      to({ words: ["ceramic fiber", "ceramic fibre", "ceramic wool"] }, "680690"),
      to({ words: ["graphite crucible"] }, "690310"),
      to({ words: ["crucible", "crucibles", "saggar", "kiln shelves", "kiln furniture"] }, "690320"),
      to({ words: ["fire clay", "fireclay"] }, "250830"),
    ],
    note: "refractory bricks and shapes 6902; other refractory ceramic goods (crucibles, kiln furniture) 6903; refractory cements and mortars 3816; ceramic-fibre wool 6806",
  }),
  e("fiberglass|fibreglass|glass fiber|glass fibre|fiberglass cloth roll|fiberglass fabric|fiberglass chopped strand|fiberglass tissue|fiberglass mesh tape|fiberglass insulation roll|glass wool insulation|e glass|fiberglass resin kit|fiberglass repair kit|fiberglass panel|fiberglass tube|fiberglass rods|fiberglass stakes", "701990", {
    splits: [
      to({ words: ["mesh"] }, "701965"),
      to({ words: ["cloth", "fabric", "woven"] }, "701963"),
      to({ words: ["chopped strand"] }, "701911"),
      to({ words: ["tissue"] }, "701980"),
      to({ words: ["glass wool", "insulation"] }, "701980"),
      to({ words: ["resin kit", "repair kit"] }, "390799"),
      to({ words: ["panel", "tube", "rods", "stakes"] }, "701990"),
    ],
    note: "glass fibres and articles → 7019 (chopped strands 701912, woven fabrics 70196x, glass wool 701980, other 701990); polyester resin kits 3907",
  }),
  e("concrete slab|paving slab concrete|concrete stepping stone|concrete pipe|concrete post|concrete garden statue|cement statue|concrete bench|concrete table|cement pot|concrete pot|terrazzo tile|cast stone|reconstituted stone", "681099", {
    splits: [
      to({ words: ["block", "blocks", "paver", "pavers", "slab", "stepping", "terrazzo tile", "cultured stone", "faux stone panel"] }, "681019"),
      to({ words: ["faux stone panel"], material: ["plastic"] }, "392590"),
    ],
    note: "articles of cement, concrete or artificial stone → 6810 (tiles, flagstones, bricks and blocks 681019; other 681099)",
  }),
  e("hook and loop sanding discs|flap wheel|grinding stone|bench grinder wheel|water stone|diamond sharpening stone|polishing wheel|buffing wheel|polishing pad|polishing pads", "680520", {
    splits: [
      to({ words: ["sanding sheets", "sanding paper", "sandpaper", "sand paper", "abrasive paper", "emery paper", "wet and dry"] }, "680520"),
      to({ words: ["emery cloth", "sanding belt", "sanding belts", "flap disc", "flap discs", "flap wheel"] }, "680510"),
      to({ words: ["grinding disc", "grinding discs", "cutting disc", "cutting discs", "cut off wheel", "cut off wheels", "abrasive wheel", "grinding stone", "bench grinder wheel"] }, "680422"),
      to({ words: ["diamond sharpening stone"] }, "680421"),
      to({ words: ["whetstone", "sharpening stone", "water stone", "knife sharpening stone"] }, "680430"),
      to({ words: ["polishing wheel", "buffing wheel", "polishing pad", "polishing pads"], material: ["textile", "cotton", "synthetic", "wool"] }, "591190"),
      to({ words: ["sanding sponge", "sanding block"] }, "680530"),
      to({ words: ["sanding disc", "sanding discs", "hook and loop sanding"] }, "680520"),
    ],
    note: "natural or artificial abrasive on a backing: of textile fabric 680510, paper 680520, other 680530; grinding wheels and discs of agglomerated abrasives 680422 (diamond 680421); hand sharpening stones 680430",
  }),
  e("dry wall|plasterboard sheets|sheetrock|plaster ceiling rose|gypsum ceiling|gypsum ceiling tiles|plaster figurine", "680911", {
    splits: [to({ words: ["cornice", "ceiling rose", "moulding", "ceiling tiles", "gypsum ceiling", "cast", "figurine", "statue"] }, "680990")],
    note: "boards and panels of plaster faced with paper 680911; other articles of plaster (cornices, roses, casts) 680990",
  }),
];

export const PAPER_WOOD_STONE_GLASS: LexiconEntry[] = [...leather, ...wood, ...paper, ...stoneGlassCeramics];
