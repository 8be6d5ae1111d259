/**
 * Chapter 71 — pearls, precious stones, precious metals, jewellery, imitation jewellery, coin.
 *
 * Jewellery defaults to 7117 (imitation jewellery, Note 11 to ch. 71: not containing pearls, precious
 * stones or precious metal other than as plating or minor constituents) and moves to 7113 when the
 * predominant material is silver (711311) or gold/platinum (711319), to 7116 for articles of pearls
 * (711610) or precious/semi-precious stones (711620). Within 7117: base metal 711719 (cuff links and
 * studs 711711), other materials (plastic, glass, wood, resin, textile, shell) 711790.
 */
import type { LexiconEntry } from "../types.js";
import { e, GROUPS, otherThan, to } from "./helpers.js";

type Split = NonNullable<LexiconEntry["splits"]>[number];

const PLATED = ["gold plated", "silver plated", "rhodium plated", "gold-plated", "silver-plated", "gold tone", "silver tone", "gold color", "gold colour", "silver color", "silver colour", "plated"];

function jewelSplits(baseMetalCode = "711719"): Split[] {
  const metal = GROUPS.metal!;
  return [
    to({ material: ["silver"] }, "711311"),
    to({ material: ["gold", "platinum", "precious_metal"], words: PLATED }, baseMetalCode),
    to({ material: ["gold", "platinum", "precious_metal"], words: ["gold filled", "gold-filled", "rolled gold"] }, "711320"),
    to({ material: ["gold", "platinum", "precious_metal"] }, "711319"),
    to({ material: ["pearl"] }, "711610"),
    to({ material: ["gemstone", "stone"] }, "711620"),
    to({ material: metal }, baseMetalCode),
    to({ material: otherThan([...metal, "silver", "gold", "platinum", "precious_metal", "pearl", "gemstone", "stone"]) }, "711790"),
  ];
}

/** A jewellery entry: 7117 by default, 7113/7116 by material (see module doc). */
function jewel(terms: string, note = "jewellery: imitation 7117 (base metal 711719, other 711790); silver 711311, gold/platinum 711319; pearls 711610, stones 711620", baseMetalCode = "711719"): LexiconEntry {
  return e(terms, "7117", { splits: jewelSplits(baseMetalCode), decisive: ["material"], note });
}

/** Findings that are hooks, eyes or rings ("jump rings", "ear wires"): 8308.10 when of base metal. */
const HOOKS_AND_EYES = ["jump ring", "jump rings", "split rings", "earring hooks", "earring hook", "ear hooks", "ear hook", "ear wires", "fish hook"];

/**
 * Jewellery findings that are clasps, hooks, eyes, rings and beads (lobster clasps, jump rings, ear wires, crimp
 * beads, bails, pin backs): of base metal, heading 8308 names them — "clasps, … hooks, eyes, eyelets and the like, of
 * base metal, of a kind used for … jewellery; … beads and spangles, of base metal" — so they go there by GRI 1, not
 * to 7117 as parts of imitation jewellery: hooks, eyes and rings 830810, clasps, beads and the rest 830890. Of
 * precious metal they are parts of jewellery (7113: silver 711311, gold 711319); of plastics or other materials
 * parts of imitation jewellery 711790. Sold without a stated material they are taken to be of base metal, as
 * findings sold in bulk usually are.
 */
function finding(terms: string): LexiconEntry {
  const metal = GROUPS.metal!;
  return e(terms, "830890", {
    splits: [
      to({ material: ["silver"] }, "711311"),
      to({ material: ["gold", "platinum", "precious_metal"], words: PLATED }, "830890"),
      to({ material: ["gold", "platinum", "precious_metal"] }, "711319"),
      to({ material: otherThan([...metal, "silver", "gold", "platinum", "precious_metal"]) }, "711790"),
      to({ words: HOOKS_AND_EYES }, "830810"),
    ],
    decisive: ["material"],
    note: "jewellery findings (clasps, hooks, eyes, jump rings, crimp beads, pin backs) of base metal → 8308 (hooks, eyes, rings 830810; other 830890); of silver 711311, gold 711319; other materials 711790",
  });
}

/**
 * "Findings" said to be clasps, hooks, ear wires or jump rings (a seller's category "Jewelry Findings & Components"
 * over "Lobster Clasps Hooks") are the goods that heading 8308 names when of base metal or of unstated metal, as
 * `finding()` holds: hooks, eyes and rings 830810, clasps 830890. Of precious metal or other materials they stay
 * with the jewellery (7113 / 7117) through the material splits that follow.
 */
const CLASP_WORDS = ["clasp", "clasps", "lobster", "toggle clasp", "jump ring", "jump rings", "split rings", "ear wires", "earring hooks", "ear hooks", "crimp beads", "crimp tubes", "bails", "pin backs"];
function findingsSplits(): Split[] {
  const js = jewelSplits();
  const metal = GROUPS.metal!;
  return [
    to({ material: ["silver"] }, "711311"),
    to({ material: ["gold", "platinum", "precious_metal"], words: PLATED, allOf: [CLASP_WORDS] }, "830890"),
    ...js.slice(1, 6),
    to({ material: otherThan([...metal, "silver", "gold", "platinum", "precious_metal"]) }, "711790"),
    to({ words: HOOKS_AND_EYES, unless: ["clasp", "clasps", "lobster"] }, "830810"),
    to({ words: CLASP_WORDS }, "830890"),
    to({ material: metal }, "711719"),
  ];
}

export const JEWELLERY: LexiconEntry[] = [
  jewel("necklace|necklaces|pendant necklace|chain necklace|necklace chain|necklace chains|choker|choker necklace|collar necklace|statement necklace|layered necklace|bib necklace|lariat necklace|y necklace|name necklace|initial necklace|locket|locket necklace|pendant|pendants|charm necklace|cross necklace|cross pendant|heart necklace|pearl necklace|bead necklace|beaded necklace|tennis necklace|cuban chain|cuban link chain|rope chain|figaro chain|box chain|snake chain|curb chain|franco chain|herringbone chain|ball chain necklace|neck chain|gold chain|silver chain|chain link necklace|pendant chain|torque necklace|torc|medallion|amulet|talisman"),
  jewel("bracelet|bracelets|bangle|bangles|cuff bracelet|charm bracelet|tennis bracelet|chain bracelet|link bracelet|beaded bracelet|bead bracelet|stretch bracelet|elastic bracelet|friendship bracelet|string bracelet|braided bracelet|woven bracelet|leather bracelet|wrap bracelet|magnetic bracelet|copper bracelet|id bracelet|identity bracelet|bolo bracelet|slider bracelet|paperclip bracelet|wristlet bracelet|anklet|anklets|ankle bracelet|ankle chain|foot chain|barefoot sandals jewelry|toe ring|body chain|waist chain|belly chain|hand chain|slave bracelet|mala bracelet|prayer bead bracelet|rosary bracelet|evil eye bracelet|birthstone bracelet|couple bracelets|matching bracelets|bead bangle"),
  jewel("earrings|earring|stud earrings|studs earrings|hoop earrings|huggie earrings|huggies|drop earrings|dangle earrings|chandelier earrings|tassel earrings|threader earrings|ear threader|ear cuff|ear cuffs|ear climber|ear crawler|clip on earrings|clip-on earrings|ear clips|magnetic earrings|statement earrings|pearl earrings|crystal earrings|cz earrings|ear jacket|ear studs|ear pins|jacket earrings|earring set|ear wrap"),
  jewel("ring|rings|finger ring|band ring|wedding ring|wedding band|engagement ring|promise ring|eternity ring|cocktail ring|statement ring|signet ring|stacking rings|stackable rings|midi ring|knuckle ring|open ring|adjustable ring|couple rings|matching rings|mood ring|spinner ring|fidget ring|anxiety ring|solitaire ring|halo ring|thumb ring|class ring|championship ring|claddagh ring|ring set"),
  jewel("brooch|brooches|lapel pin|enamel pin|enamel pins|badge pin|collar pin|tie pin|tie tack|stick pin|hijab pin|scarf pin|corsage pin|pin badge|flag pin|brooch pin|pin brooch|scarf clip|shawl pin|kilt pin"),
  jewel("cufflinks|cuff links|cufflink|shirt studs|tuxedo studs|dress studs", "cuff links and studs: base metal 711711, silver 711311, gold 711319", "711711"),
  jewel("tie clip|tie bar|tie clasp|tie chain|money clip jewelry|collar bar|collar chain"),
  e("charm|charms|bracelet charms|pendant charm|dangle charm|bead charm|clip charm|european charm|charm beads|zodiac charm|letter charm|initial charm|birthstone charm|enamel charms|enamel charm|metal charms|alloy charms|charm pendants|diy charms|jewelry charms|jewellery charms|jewelry making charms|craft charms|filigree charms|connector charms|resin charms|resin charm|plastic charms|pvc charms", "7117", {
    splits: [to({ material: ["plastic", "rubber"] }, "392640"), ...jewelSplits().slice(0, -1), to({ words: ["resin", "pvc", "polyresin", "acrylic"] }, "392640"), ...jewelSplits().slice(-1)],
    decisive: ["material"],
    note: "charms for jewellery or jewellery making: base metal 711719, silver 711311, gold 711319; of plastics (resin, PVC) → ornaments of plastics 392640",
  }),
  jewel("body jewelry|body jewellery|nose ring|nose stud|nose hoop|nose pin|septum ring|belly ring|belly button ring|navel ring|tongue ring|tongue bar|lip ring|labret|eyebrow ring|cartilage earring|helix earring|tragus earring|daith earring|conch earring|industrial barbell|barbell piercing|piercing jewelry|nipple ring|nipple bar|ear gauges|ear plugs jewelry|ear tunnels|plugs and tunnels|ear stretchers|tapers piercing|horseshoe ring piercing|captive bead ring|clicker ring|segment ring|septum clicker|dermal anchor|dermal top"),
  jewel("jewelry set|jewellery set|jewelry sets|bridal jewelry set|necklace and earring set|necklace set|earring set gift|jewelry gift set|parure|demi parure"),
  jewel("hair jewelry|hair jewellery|tiara|crown jewelry|bridal tiara|headband jewelry|hair chain|head chain|forehead jewelry|maang tikka|hair cuff|hair ring|braid cuffs|dreadlock beads|hair beads"),
  e("jewelry findings|jewellery findings|earring findings|brooch findings|brooch pin findings|jewelry findings kit|earring posts|head pins|eye pins|spacer beads|extender chain|chain extender|necklace extender|bracelet extender|jewelry chain|chain by the foot|bulk chain|jewelry wire|beading wire|memory wire|bezel setting|ring blank|pendant tray|cabochon setting|jewelry making supplies|jewelry making kit|jewellery making kit|bracelet making kit|charm bracelet kit|bead kit", "7117", {
    splits: findingsSplits(),
    decisive: ["material"],
    note: "findings in general, chains, wire, blanks, settings and kits for jewellery follow the jewellery: base metal 711719, silver 711311, gold 711319, plastic/glass 711790; findings that are clasps, hooks or jump rings of base metal are named in heading 8308",
  }),
  finding("jewelry clasp|jewellery clasp|lobster clasp|lobster claw clasp|toggle clasp|magnetic clasp|spring ring clasp|jump ring|jump rings|split rings jewelry|earring hooks|ear wires|earring backs|ear nuts|bead caps|crimp beads|crimp tubes|pinch bail|connectors jewelry|pin back|brooch back|pin keeper|pin keepers|pin locks|locking pin backs|locking pin back|locking pin keeper|pin clutch|pin clutches|butterfly clutch|butterfly clutches|rubber earring backs|clasps|jewelry clasps|clasp|bail|bails|jewelry connectors|filigree connectors|end caps jewelry|ribbon ends|calottes|crimp covers|open jump rings|closed jump rings|necklace clasps|jewellery clasps|ear hooks|ear hook|earring hook|fish hook earrings|brooch pin backs|bar pins|tie tack backs|bead stoppers|bead stopper"),
  e("bezel cups|bezel trays|earring blanks|brooch pins|safety pin brooch", "7117", {
    splits: jewelSplits(),
    decisive: ["material"],
    note: "blanks and settings of jewellery (bezel cups and trays, earring blanks, brooch pins) follow the jewellery: base metal 711719, silver 711311, gold 711319, other 711790",
  }),
  e("beads|bead|loose beads|craft beads|jewelry beads|jewellery beads|bead assortment|bead set|beads set|mixed beads|silicone beads|silicone bead|focal beads|clay beads|polymer clay beads|heishi beads|letter beads|alphabet beads|stone beads|metal beads|alloy beads|ccb beads|bubblegum beads|chunky beads|round beads|faceted beads|large hole beads|european beads|tube beads|porcelain beads|bone beads|shell beads|beads for jewelry making|bead kit for bracelets|rondelle beads|bicone beads|evil eye beads|acrylic bead", "3926", {
    splits: [
      to({ words: ["led", "smd", "lamp bead", "lamp beads"] }, "854141"),
      to({ material: ["glass"] }, "701810"),
      to({ words: ["crystal", "czech", "seed bead", "seed beads", "bugle", "lampwork", "imitation pearl", "faux pearl", "glass pearl"] }, "701810"),
      to({ material: ["pearl"] }, "710122"),
      to({ material: ["gemstone", "stone"] }, "710399"),
      to({ words: ["natural stone", "gemstone", "agate", "jade", "turquoise", "amethyst", "quartz", "lava stone", "tiger eye", "howlite", "obsidian", "jasper"] }, "710399"),
      to({ material: ["wood"] }, "442199"),
      to({ material: ["bamboo"] }, "442191"),
      to({ material: ["porcelain"] }, "691410"),
      to({ material: ["ceramic"] }, "691490"),
      to({ material: ["silver"] }, "711311"),
      to({ material: ["gold", "platinum", "precious_metal"] }, "711319"),
      to({ material: [...GROUPS.metal!] }, "830890"),
      to({ words: ["bone", "shell", "horn"] }, "960190"),
      to({ material: ["plastic", "rubber"] }, "392690"),
      to({}, "392690"),
    ],
    decisive: ["material"],
    note: "loose beads by material: plastics/acrylic/resin/silicone/polymer clay 392690, glass and imitation pearls 701810, wood 442199, worked natural stone 710399, cultured pearls 710122, ceramic 6914, base metal 830890 (heading 8308 names beads and spangles of base metal), bone/shell 960190; LED lamp beads 854141",
  }),
  e("garment clasp|cloak clasp|coat clasp|cape clasp|skirt hook|skirt hooks|trouser hook|trouser hooks|hook and bar|sew on hooks|purse lock|twist lock clasp|turn lock clasp|magnetic snap|magnetic snaps|magnetic bag clasp|magnetic button clasp|handbag clasp|metal clasp", "8308", {
    splits: [to({ words: ["hook", "hooks", "hook and bar"] }, "830810"), to({ material: ["plastic"] }, "392690"), to({}, "830890")],
    note: "clasps, hooks and eyes of base metal for clothing, handbags and other made-up articles → 8308 (hooks, eyes, eyelets 830810; clasps and frames with clasps, buckles 830890); not jewellery findings",
  }),
  e("rosary|rosary beads|prayer beads|mala beads|worry beads|misbaha|tasbih|komboloi|japa mala", "7117", {
    splits: jewelSplits(), decisive: ["material"], note: "rosaries and prayer beads are treated as jewellery (7117/7113/7116 by material)",
  }),
  e("loose pearls|freshwater pearls|cultured pearls|pearl beads|akoya pearls|south sea pearls|tahitian pearls|baroque pearls|keshi pearls|pearl strand loose|natural pearls", "7101", {
    splits: [to({ words: ["natural pearl", "natural pearls"] }, "710110"), to({ words: ["drilled", "bead", "beads", "polished", "worked"] }, "710122"), to({}, "710121")],
    note: "pearls not strung, mounted or set (temporarily strung for transport) → 7101; imitation pearls 7018",
  }),
  e("gemstone|gemstones|loose gemstone|loose gemstones|precious stone|precious stones|semi-precious stone|semiprecious stones|cut gemstone|faceted gemstone|cabochon|cabochons|ruby|rubies|sapphire|sapphires|emerald|emeralds|amethyst|citrine|topaz|garnet|peridot|aquamarine|tanzanite|tourmaline|opal|opals|turquoise|jade|jadeite|nephrite|lapis lazuli|agate|onyx|jasper|carnelian|moonstone|labradorite|rose quartz|tiger eye|tigers eye|malachite|rhodonite|aventurine|obsidian|amber|gemstone beads|natural stone beads|crystal beads natural|healing crystals|healing stones|crystal points|crystal tumbled stones|tumbled stones|raw crystals|rough gemstones|crystal cluster|geode|geodes|crystal tower|crystal sphere|quartz crystal|clear quartz", "7103", {
    splits: [
      to({ words: ["synthetic", "lab created", "lab-created", "lab grown", "created", "cubic zirconia", "moissanite"] }, "7104"),
      to({ words: ["amber"] }, "2530"),
      to({ words: ["rough", "raw", "uncut", "unworked"] }, "710310"),
      to({ words: ["ruby", "rubies", "sapphire", "sapphires", "emerald", "emeralds"] }, "710391"),
      to({}, "710399"),
    ],
    note: "precious/semi-precious stones not mounted or set → 7103 (rough 710310, worked ruby/sapphire/emerald 710391, other worked 710399); synthetic 7104; amber 2530",
  }),
  e("loose diamond|loose diamonds|rough diamond|rough diamonds|polished diamond|cut diamond|diamond melee|natural diamond|natural diamonds|uncut diamond|industrial diamond|industrial diamonds", "7102", {
    splits: [
      to({ words: ["lab grown", "lab-grown", "lab created", "synthetic", "cvd", "hpht"] }, "710491"),
      to({ words: ["industrial", "drilling"] }, "710229"),
      to({ words: ["rough", "uncut", "unworked"] }, "710231"),
      to({}, "710239"),
    ],
    note: "natural diamonds not mounted or set → 7102 (non-industrial worked 710239); lab-grown 7104",
  }),
  e("lab grown diamond|lab-grown diamond|lab created diamond|synthetic diamond|cvd diamond|hpht diamond|moissanite|moissanite stone|cubic zirconia|cubic zirconia stones|cz stones|synthetic gemstone|lab created gemstone|created sapphire|created ruby|synthetic opal|synthetic ruby|nano gems", "7104", {
    splits: [to({ words: ["diamond"] }, "710491"), to({ words: ["rough", "unworked", "uncut"] }, "710429"), to({}, "710499")],
    note: "synthetic or reconstructed stones → 7104 (worked diamonds 710491, others worked 710499)",
  }),
  e("diamond powder|diamond dust|gem powder|diamond grit", "7105", {
    splits: [to({ words: ["diamond"] }, "710510"), to({}, "710590")], note: "dust and powder of precious/synthetic stones → 7105",
  }),
  e("gold bar|gold bars|gold bullion|gold ingot|gold nugget|gold grain|gold leaf|gold foil sheet|gold wire|gold sheet|gold powder|gold granules|gold casting grain", "7108", {
    splits: [to({ words: ["powder"] }, "710811"), to({ words: ["leaf", "foil", "wire", "sheet", "tube"] }, "710813"), to({}, "710812")],
    note: "non-monetary gold unwrought (bars, grain) 710812, semi-manufactured (leaf, wire, sheet) 710813",
  }),
  e("silver bar|silver bars|silver bullion|silver ingot|silver grain|silver casting grain|silver wire|silver sheet|silver leaf|silver solder sheet|silver powder", "7106", {
    splits: [to({ words: ["powder"] }, "710610"), to({ words: ["wire", "sheet", "leaf", "foil", "tube", "strip"] }, "710692"), to({}, "710691")],
    note: "silver unwrought 710691, semi-manufactured (wire, sheet) 710692",
  }),
  e("platinum bar|platinum ingot|palladium bar|platinum wire|palladium|rhodium|iridium|osmium|ruthenium", "7110", {
    note: "platinum-group metals unwrought or semi-manufactured → 7110",
  }),
  e("precious metal scrap|gold scrap|silver scrap|scrap gold|scrap silver|e-waste gold|catalytic converter scrap|sweepings precious metal", "7112", {
    splits: [to({ words: ["gold"] }, "711291"), to({ words: ["platinum", "catalytic"] }, "711292"), to({}, "711299")],
    note: "waste and scrap of precious metals → 7112",
  }),
  e("silverware|sterling silverware|silver tableware|silver cutlery|silver tray|silver bowl|silver goblet|silver tea set|silver cup|silver candlestick|sterling flatware|silver flatware|silversmith ware|goldsmith ware|silver photo frame|silver jewelry box", "7114", {
    splits: [to({ material: ["silver"] }, "711411"), to({ material: ["gold", "platinum", "precious_metal"] }, "711419"), to({ material: GROUPS.metal! }, "711420")],
    decisive: ["material"], note: "goldsmiths'/silversmiths' wares of precious metal → 7114; silver-plated base metal cutlery 8215",
  }),
  e("platinum catalyst gauze|platinum gauze|platinum crucible|gold crucible|silver anode|precious metal articles|platinum electrode|silver electrode|gold electrode|silver contacts|dental gold|gold dental alloy", "7115", {
    splits: [to({ words: ["catalyst gauze", "gauze", "wire cloth"] }, "711510"), to({}, "711590")],
    note: "other articles of precious metal → 7115 (platinum catalyst gauze 711510)",
  }),
  e("coin|coins|commemorative coin|collectible coin|challenge coin|bullion coin|gold coin|silver coin|silver round|proof coin|coin set|ancient coin|old coins|replica coins|souvenir coin|medal coin", "7118", {
    splits: [to({ words: ["legal tender", "currency", "circulating", "bullion coin", "mint"] }, "711890"), to({ words: ["challenge", "replica", "souvenir", "token", "commemorative", "medal"] }, "711810"), to({ material: ["gold"] }, "711890")],
    decisive: ["use"], note: "coin: not legal tender (other than gold) 711810; legal tender / gold coin 711890; collectors' pieces over 100 years old 9705",
  }),
];
