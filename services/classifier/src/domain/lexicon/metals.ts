/**
 * Section XV — base metals and articles of base metal (72–83): iron and steel products and articles
 * (72/73), copper (74), aluminium (76), other base metals (78–81), tools and cutlery (82),
 * miscellaneous articles of base metal (83: locks, fittings, clasps, signs, welding rods).
 */
import type { LexiconEntry } from "../types.js";
import { e, m, mats, to } from "./helpers.js";

/** What says a container is for packing goods: sold empty, "for the conveyance", "bottles for packaging" (words, not "pack of 2"). */
const PACKING_USE = ["empty", "conveyance", "packaging bottle", "packaging bottles", "bottle for packaging", "bottles for packaging", "jar for packaging", "jars for packaging", "bottle for packing", "bottles for packing"];

/** Words for a set of assorted table cutlery. */
/** Two different kinds of cutlery named together (spoons with forks, knives with spoons …): an assorted set. */
const SPOONS = ["spoon", "spoons", "teaspoon", "teaspoons", "tablespoon", "tablespoons"];
const FORKS = ["fork", "forks"];
const KNIVES = ["knife", "knives"];
const ASSORTED_CUTLERY: string[][][] = [[SPOONS, FORKS], [SPOONS, KNIVES], [FORKS, KNIVES]];
const CUTLERY_SETS = ["cutlery set", "flatware set", "silverware set", "cutlery sets", "flatware sets", "place setting", "travel cutlery", "camping cutlery", "portable cutlery"];

/** Household articles by material (7323 steel, 7615 aluminium, 7418 copper, 3924 plastics, 6911/6912 ceramics, 7013 glass, 4419 wood). */
export const HOUSEHOLD: Record<string, string> = {
  stainless_steel: "732393",
  iron_steel: "732399",
  aluminium: "761510",
  copper: "741810",
  plastic: "392410",
  porcelain: "691110",
  ceramic: "691200",
  glass: "701349",
  bamboo: "441919",
  wood: "441990",
  rubber: "401699",
  paper: "482369",
  stone: "6802",
  pm: "7114",
};

/** Other articles by metal (7326 iron/steel, 7616 aluminium, 7419 copper, 7907 zinc ...). */
export const ARTICLE: Record<string, string> = {
  steel: "732690",
  aluminium: "761699",
  copper: "741980",
  zinc: "790700",
  tin: "800700",
  lead: "780600",
  nickel: "750890",
  titanium: "810890",
  base_metal: "732690",
  plastic: "392690",
  rubber: "401699",
  wood: "442199",
  bamboo: "442191",
  glass: "702000",
  ceramics: "691490",
  stone: "6802",
  textiles: "630790",
  leatherish: "420500",
  paper: "482390",
};

/** Bars cold-formed or cold-finished (7215.50), not the hot-rolled bars of 7214. */
const COLD_FINISHED = ["cold rolled", "cold-rolled", "cold drawn", "cold-drawn", "cold finished", "cold-finished", "bright bar"];
/** Sections cold-formed from flat-rolled products (7216.61), whatever their shape. */
const COLD_FORMED = ["cold formed", "cold-formed", "purlin", "purlins"];

const FASTENER: Record<string, string> = { aluminium: "761610", copper: "741533", plastic: "392690", rubber: "401699" };

const steelProducts: LexiconEntry[] = [
  e("pig iron|cast iron ingot|ferro alloy|ferroalloy|ferromanganese|ferro manganese|ferrosilicon|ferro silicon|ferrochrome|ferro chrome|ferrochromium|ferro silico manganese|silico manganese|silicomanganese|ferro molybdenum|ferromolybdenum|ferro vanadium|ferrovanadium|ferro titanium|ferrotitanium|ferro nickel|ferronickel|ferro tungsten", "7202", {
    splits: [
      to({ words: ["pig iron"] }, "7201"),
      // Ferro-alloys by the alloying element, and carbon where the subheadings split on it: HC (high carbon) ferro-
      // manganese over 2% C 7202.11, ferro-chromium over 4% C 7202.41; LC / MC grades the other subheading.
      to({ words: ["silico manganese", "silicomanganese", "silico-manganese"] }, "720230"),
      to({ words: ["ferromanganese", "ferro manganese"], allOf: [["hc", "high carbon"]] }, "720211"),
      to({ words: ["ferromanganese", "ferro manganese"] }, "720219"),
      to({ words: ["ferrochrome", "ferro chrome", "ferrochromium"], allOf: [["lc", "low carbon", "mc", "medium carbon"]] }, "720249"),
      to({ words: ["ferrochrome", "ferro chrome", "ferrochromium"] }, "720241"),
      to({ words: ["ferrosilicon", "ferro silicon"] }, "720221"),
      to({ words: ["ferro nickel", "ferronickel"] }, "720260"),
      to({ words: ["ferro molybdenum", "ferromolybdenum"] }, "720270"),
      to({ words: ["ferro tungsten"] }, "720280"),
      to({ words: ["ferro titanium", "ferrotitanium"] }, "720291"),
      to({ words: ["ferro vanadium", "ferrovanadium"] }, "720292"),
    ],
    note: "pig iron 7201; ferro-alloys 7202 by element (HC ferro-manganese 7202.11, HC ferro-chrome 7202.41, ferro-silicon 7202.2x)",
  }),
  e("steel scrap|iron scrap|scrap metal|scrap iron|metal scrap|ferrous scrap|hms scrap|hms 1|hms 2|hms1|hms2|heavy melting scrap|heavy melting steel|shredded scrap", "7204", {
    splits: [to({ material: ["aluminium"] }, "7602"), to({ material: ["copper"] }, "7404"), to({ material: ["stainless_steel"] }, "720421")],
    note: "ferrous waste and scrap 7204; aluminium 7602, copper 7404",
  }),
  e("steel billet|steel slab|steel ingot|semi-finished steel|bloom steel", "7207", { note: "semi-finished products of iron or non-alloy steel → 7207 (stainless 7218)" }),
  e("steel coil|hot rolled coil|cold rolled coil|hot rolled sheet|hot rolled plate|cold rolled sheet|cold rolled strip|hot rolled strip|mild steel plate|mild steel sheet|galvanized iron sheet|galvanised iron sheet|galvanized iron coil|galvanised iron coil|galvanized coil|galvanised coil|galvanized plain sheet|galvalume sheet|galvalume coil|aluzinc coil|steel sheet|steel plate|steel plates|sheet metal|metal sheet|galvanized sheet|galvanised steel sheet|galvanized steel coil|tinplate|tin plate|corrugated sheet|corrugated roofing sheet|roofing sheet|metal roofing|steel roofing|stainless steel sheet|stainless steel plate|stainless sheet|checker plate|chequer plate|diamond plate|steel strip|stainless steel strip|ppgi|prepainted steel|color coated steel|electrical steel|silicon steel", "7208", {
    splits: [
      to({ material: ["stainless_steel"] }, "7219"),
      to({ material: ["aluminium"] }, "7606"),
      to({ material: ["copper"] }, "7409"),
      to({ material: ["titanium"] }, "810890"),
      to({ material: ["nickel"] }, "7506"),
      to({ material: ["lead"] }, "7804"),
      to({ words: ["silicon steel", "electrical steel"] }, "7225"),
      // Plated or coated (7210) by the coating: painted or plastics-coated 7210.70 (PPGI is pre-painted galvanised),
      // aluminium-zinc ("galvalume", "aluzinc") 7210.61, electrolytic zinc 7210.30, other zinc (hot-dip galvanised, GI)
      // 7210.41 corrugated / 7210.49 not, tin (tinplate) 7210.1x by thickness.
      to({ words: ["ppgi", "ppgl", "prepainted", "pre-painted", "pre painted", "color coated", "colour coated", "painted", "pvc coated", "plastic coated"] }, "721070"),
      to({ words: ["galvalume", "aluzinc", "zincalume", "al-zn", "aluminium zinc", "aluminum zinc"] }, "721061"),
      to({ words: ["electro galvanized", "electrogalvanized", "electro-galvanized", "electro galvanised", "electrogalvanised", "egi"] }, "721030"),
      to({ words: ["galvanized", "galvanised", "zinc coated"], allOf: [["corrugated"]] }, "721041"),
      to({ words: ["galvanized", "galvanised", "zinc coated", "hot dip"] }, "721049"),
      // Tinplate is mostly under 0.5 mm (7210.12); GRI 6 takes 7210.11 for a stated 0.5 mm or more.
      to({ words: ["tinplate", "tin plate", "tinned", "etp"] }, "721012"),
      to({ words: ["corrugated", "roofing"] }, "721041"),
      to({ words: ["cold rolled"] }, "7209"),
    ],
    note: "flat-rolled iron/non-alloy steel: hot-rolled 7208, cold-rolled 7209, plated/coated 7210 (zinc 7210.4x, Al-Zn 7210.61, painted 7210.70); stainless 7219/7220; aluminium 7606",
  }),
  e("steel bar|steel bars|rebar|reinforcing bar|deformed bar|tmt bar|tmt bars|tmt rebar|steel rod|round bar|steel round bar|flat bar|square bar|hex bar|wire rod|steel wire rod|stainless steel bar|stainless steel rod|stainless round bar|tool steel bar|bright bar|threaded bar", "7214", {
    splits: [
      // Stainless angles, shapes and sections 7222.40 (not bars); copper bars by the copper: refined 7407.10, brass 7407.21.
      to({ material: ["stainless_steel"], words: ["angle", "channel", "beam", "section", "profile"] }, "722240"),
      to({ material: ["stainless_steel"] }, "7222"),
      // Wire rod of copper or aluminium is wire (rolled, in coils; ch. 74 / 76 note 1): refined copper over 6 mm 7408.11,
      // aluminium not alloyed over 7 mm 7605.11, alloyed 7605.21.
      to({ material: ["copper"], words: ["wire rod", "wire rods"] }, "740811"),
      to({ material: ["aluminium"], words: ["wire rod", "wire rods"], allOf: [["alloy", "alloys"]] }, "760521"),
      to({ material: ["aluminium"], words: ["wire rod", "wire rods"] }, "760511"),
      to({ material: ["aluminium"], words: ["alloy", "alloys"] }, "760429"),
      to({ material: ["aluminium"] }, "7604"),
      to({ material: ["copper"], words: ["brass"] }, "740721"),
      to({ material: ["copper"], words: ["bronze", "phosphor", "beryllium", "cupronickel", "nickel silver"] }, "740729"),
      to({ material: ["copper"] }, "740710"),
      to({ material: ["titanium"] }, "810890"),
      to({ material: ["nickel"] }, "7505"),
      to({ words: ["wire rod"] }, "7213"),
      // TMT (thermo-mechanically treated) bars are ribbed reinforcing bars: "with ribs … produced during the rolling process".
      to({ words: ["rebar", "reinforcing", "deformed", "tmt", "ribbed"] }, "721420"),
      to({ words: ["threaded bar"] }, "731815"),
      // Cold-formed or cold-finished bars ("cold rolled", "cold drawn", bright bar) are 7215.50, not the hot-rolled bars of 7214.
      to({ words: COLD_FINISHED }, "721550"),
      // Hot-rolled bars (7214) by cross-section: free-cutting steel 7214.30; rectangular (flat bars) 7214.91; round, square
      // or hexagonal 7214.99.
      to({ material: ["iron_steel"], words: ["free cutting", "free-cutting"] }, "721430"),
      to({ material: ["iron_steel"], words: ["flat bar", "flat bars", "flats"], unless: COLD_FINISHED }, "721491"),
      to({ material: ["iron_steel"], words: ["round bar", "round bars", "rounds", "square bar", "square bars", "hex bar", "hexagonal bar"], unless: COLD_FINISHED }, "721499"),
    ],
    note: "bars and rods of iron/non-alloy steel 7213–7215; stainless 7221/7222; aluminium 7604; copper 7407",
  }),
  e("steel angle|angle iron|equal angle|unequal angle|steel channel|steel joist|i-beam|i beam|h-beam|h beam|u channel|c channel|steel section|steel profile|structural steel|steel beam|aluminum profile|aluminium profile|aluminum extrusion|aluminium extrusion|t-slot aluminum|t-slot extrusion|v-slot extrusion|aluminum channel|aluminum angle", "7216", {
    splits: [
      to({ material: ["aluminium"] }, "7604"), to({ material: ["stainless_steel"] }, "722240"), to({ words: ["aluminum", "aluminium", "t-slot", "v-slot"] }, "7604"),
      // 7216 by the section's shape and height (the first figure of "50x50x5", see the section-height reading); cold-formed
      // sections (purlins) 7216.61. The default is the usual stock: angles under 80 mm, channels and beams of 80 mm or more
      // (GRI 6 re-chooses within 7216 when the stated height is on the other side).
      to({ material: ["iron_steel"], words: ["cold formed", "cold-formed", "purlin", "purlins", "c purlin", "z purlin"] }, "721661"),
      to({ material: ["iron_steel"], words: ["angle", "angles", "angle iron"], unless: COLD_FORMED }, "721621"),
      to({ material: ["iron_steel"], words: ["h-beam", "h beam", "wide flange", "hea", "heb"], unless: COLD_FORMED }, "721633"),
      to({ material: ["iron_steel"], words: ["i-beam", "i beam", "joist", "beam", "beams", "ipe"], unless: COLD_FORMED }, "721632"),
      to({ material: ["iron_steel"], words: ["channel", "channels", "u channel", "upn"], unless: COLD_FORMED }, "721631"),
    ],
    note: "angles, shapes and sections of iron/steel → 7216 (L 7216.21/.40, U 7216.10/.31, I 7216.32, H 7216.33 by height); aluminium profiles 7604",
  }),
  e("steel wire|iron wire|galvanized wire|galvanised wire|binding wire|tie wire|annealed wire|stainless steel wire|spring wire|music wire|piano wire|craft wire|floral wire|aluminum wire|aluminium wire|copper wire|enameled copper wire|magnet wire|brass wire|bare copper wire|nichrome wire|kanthal wire|resistance wire|tungsten wire|titanium wire|nickel wire", "7217", {
    splits: [
      to({ words: ["enameled", "enamelled", "magnet wire", "winding wire"] }, "854411"),
      // Wire with an insulating cover is named by heading 8544 ("insulated … wire, cable and other insulated electric
      // conductors"), not by the metal's wire heading (GRI 1); other conductors for ≤ 1,000 V without connectors.
      to({ words: ["insulated", "insulation", "pvc coated", "sheathed"] }, "854449"),
      // Copper wire is of refined copper (7408.1x; 7408.19 unless thicker than 6 mm) unless an alloy is named (7408.2x).
      to({ material: ["copper"], words: ["brass", "bronze", "copper alloy", "phosphor", "cupronickel", "nickel silver", "beryllium", "copper nickel"] }, "7408"),
      to({ material: ["copper"] }, "740819"),
      to({ material: ["aluminium"] }, "7605"),
      to({ material: ["stainless_steel"] }, "7223"),
      to({ words: ["nichrome", "kanthal", "resistance wire"] }, "7505"),
      // Wire of iron or non-alloy steel (7217) by its coating: zinc (galvanised, GI) 7217.20, copper 7217.30, plastics or
      // other coating 7217.90, not plated or coated 7217.10.
      to({ words: ["galvanized", "galvanised", "zinc coated", "zinc-coated"] }, "721720"),
      to({ words: ["copper coated", "copper-coated", "copper plated", "brass coated"] }, "721730"),
      to({ words: ["pvc coated", "plastic coated", "coated"] }, "721790"),
      to({ words: ["tungsten"] }, "810196"),
      to({ words: ["titanium"] }, "810890"),
      to({ words: ["nickel"] }, "7505"),
    ],
    decisive: ["material"], note: "wire of iron/non-alloy steel 7217, stainless 7223, copper 7408, aluminium 7605; insulated winding wire 854411, other insulated wire 854449",
  }),
  e("steel pipe|steel pipes|steel tube|steel tubes|steel tubing|seamless pipe|seamless tube|seamless steel tube|welded pipe|welded tube|welded steel tube|welded steel pipe|erw pipe|stainless tubing|stainless steel tubing|square pipe|rectangular pipe|rectangular tubing|hollow profile|iron pipe|iron tube|galvanized pipe|galvanised pipe|stainless steel pipe|stainless steel tube|stainless tube|square tube|square tubing|rectangular tube|steel hollow section|scaffold tube|black pipe|line pipe|casing pipe|tubing pipe|oil country tubular|boiler tube|copper pipe|copper tube|copper tubing|aluminum tube|aluminium tube|aluminum pipe|aluminium pipe|metal tube|metal pipe", "7306", {
    splits: [
      to({ material: ["copper"] }, "7411"),
      to({ material: ["aluminium"], words: ["alloy", "alloys"] }, "760820"),
      to({ material: ["aluminium"] }, "7608"),
      to({ material: ["titanium"] }, "810890"),
      to({ material: ["nickel"] }, "7507"),
      // Seamless (7304): line pipe 7304.1x, casing and tubing 7304.2x; other of circular cross-section cold-drawn or
      // cold-rolled (7304.31 / .41 stainless) or not (hot-finished, 7304.39 / .49).
      to({ words: ["seamless"], allOf: [["line pipe", "api 5l"]], unless: ["stainless"] }, "730419"),
      to({ words: ["seamless"], allOf: [["casing", "production tubing", "oil country", "octg"]] }, "730429"),
      to({ words: ["seamless"], material: ["stainless_steel"], allOf: [["hot finished", "hot-finished", "hot rolled", "hot-rolled"]] }, "730449"),
      to({ words: ["seamless"], material: ["stainless_steel"] }, "730441"),
      to({ words: ["seamless"], allOf: [["cold drawn", "cold-drawn", "cold rolled", "cold-rolled", "precision"]] }, "730431"),
      to({ words: ["seamless"] }, "730439"),
      // Welded line pipe: submerged-arc (LSAW, SSAW) pipe is of the large diameters of 7305; other line pipe 7306.19
      // (stainless 7306.11); casing and tubing 7306.29.
      to({ words: ["line pipe", "api 5l"], allOf: [["lsaw", "ssaw", "hsaw", "spiral", "submerged arc"]] }, "7305"),
      to({ words: ["line pipe", "api 5l"], material: ["stainless_steel"] }, "730611"),
      to({ words: ["line pipe", "api 5l"] }, "730619"),
      to({ words: ["casing", "oil country", "octg"] }, "730629"),
      to({ material: ["stainless_steel"] }, "730640"),
      to({ words: ["square", "rectangular", "rectangle", "shs", "rhs"] }, "730661"),
      // Welded tube of circular cross-section of iron or non-alloy steel (ERW, black or galvanised): 7306.30.
      to({ material: ["iron_steel"], words: ["welded", "erw", "galvanized", "galvanised", "black pipe", "black steel pipe", "gi pipe", "ms pipe", "mild steel"] }, "730630"),
    ],
    decisive: ["material"], note: "tubes and pipes of iron/steel: seamless 7304, large welded 7305, other 7306; copper 7411, aluminium 7608",
  }),
  e("pipe fitting|pipe fittings|tube fitting|tube fittings|pipe elbow|elbow fitting|elbow fittings|tee fitting|pipe tee|pipe tees|fitting tee|equal tee|reducing tee|barb tee|tee union|elbows and tees|tees and elbows|elbows tees|reducer fitting|pipe reducer|coupling pipe|pipe coupling|pipe nipple|nipple fitting|pipe union|union fitting|pipe flange|flange|flanges|blind flange|weld neck flange|slip on flange|pipe cap|end cap pipe|threaded fitting|socket weld fitting|butt weld fitting|compression fitting|push fit fitting|pex fitting|barb fitting|hose barb|camlock coupling|cam lock fitting|hydraulic fitting|brass fitting|brass fittings|copper fitting|copper fittings|pvc fitting|pvc fittings|plastic pipe fitting|ppr fitting|grooved coupling|malleable fitting", "7307", {
    splits: [
      to({ material: ["plastic"] }, "391740"),
      to({ material: ["copper"] }, "7412"),
      to({ words: ["brass", "copper"] }, "741220"),
      to({ words: ["pvc", "ppr", "pex", "plastic", "upvc", "hdpe"] }, "391740"),
      to({ words: ["hydraulic"], material: ["iron_steel", "stainless_steel"] }, "730799"),
      to({ material: ["stainless_steel"], words: ["flange", "flanges"] }, "730721"),
      // Butt-welding fittings (73x7.23 / .93) whatever their shape: an elbow made to be butt-welded is no threaded elbow.
      to({ material: ["stainless_steel"], words: ["butt weld", "butt-weld", "butt welding", "butt-welding"] }, "730723"),
      to({ material: ["stainless_steel"], words: ["elbow", "threaded", "sleeve", "bend"] }, "730722"),
      to({ material: ["stainless_steel"] }, "730729"),
      to({ words: ["flange", "flanges"] }, "730791"),
      to({ words: ["butt weld", "butt-weld", "butt welding", "butt-welding"], unless: ["pvc", "ppr", "pex", "plastic", "upvc", "cpvc", "hdpe", "abs"] }, "730793"),
      to({ words: ["malleable", "cast"] }, "730719"),
      // The fitting named by the term ("elbows and tees") is of the plastic named in the text, if one is.
      to({ words: ["elbow", "threaded", "bend", "sleeve", "nipple"], unless: ["pvc", "ppr", "pex", "plastic", "upvc", "cpvc", "hdpe", "abs"] }, "730792"),
      to({ words: ["butt weld", "butt-weld"] }, "730793"),
      to({ material: ["aluminium"] }, "761699"),
    ],
    decisive: ["material"], note: "tube or pipe fittings: iron/steel 7307 (stainless 73072x), copper/brass 7412, plastics 391740",
  }),
  e("steel structure|steel frame structure|framework|frameworks|steel framework|metal framework|structural steelwork|steelwork|steel truss|metal building kit|steel warehouse|scaffolding|scaffold|scaffolding frame|scaffold clamp|scaffolding coupler|shoring prop|steel prop|acrow prop|steel door|metal door|security door|steel gate|metal gate|garden gate|driveway gate|fence gate|gate|metal fence panel|steel fence|railing|handrail|balustrade|stair railing|metal stairs|spiral staircase|steel staircase|steel grating|bar grating|metal shelving frame|carport|metal carport|steel tower|lattice tower|pergola metal|metal gazebo frame|shutter roller|rolling shutter|roller shutter|garage door|steel window|balcony railing|guardrail", "7308", {
    splits: [
      to({ material: ["aluminium"] }, "7610"),
      to({ material: ["wood"] }, "4418"),
      to({ material: ["plastic"] }, "3925"),
      to({ words: ["scaffolding", "scaffold", "shoring", "prop", "acrow"] }, "730840"),
      to({ words: ["door", "gate", "window", "shutter", "garage door"] }, "730830"),
      to({ words: ["tower", "lattice"] }, "730820"),
      to({}, "730890"),
    ],
    decisive: ["material"], note: "structures and parts of iron/steel (doors, gates, railings, scaffolding) → 7308; aluminium 7610",
  }),
  e("steel tank|storage tank|water tank metal|fuel tank storage|steel drum|oil drum|metal drum|jerry can|jerrycan|fuel can|gas can|petrol can|metal can|tin can|empty cans|paint can|paint tin|metal box|tin box|tin boxes|cookie tin|tea tin|candle tin|candle tins|metal tin|storage tin|gift tin|lunch tin|cash box|metal bucket|steel bucket|galvanized bucket|ammo box|ammo can|metal trunk|steel cabinet box", "7310", {
    splits: [
      to({ material: ["aluminium"] }, "7612"),
      to({ material: ["plastic"] }, "3923"),
      to({ words: ["cash box"] }, "830300"),
      to({ words: ["bucket"] }, "732399"),
      to({ words: ["tank"], material: ["iron_steel", "stainless_steel"] }, "7309"),
      to({ words: ["can", "tin", "cans", "tins"] }, "731029"),
      to({}, "731029"),
    ],
    decisive: ["material"], note: "containers of iron/steel ≤ 300 l → 7310 (large tanks 7309); aluminium 7612; plastics 3923",
  }),
  e("gas cylinder|gas bottle|propane tank|propane cylinder|lpg cylinder|co2 cylinder|co2 tank|oxygen cylinder|oxygen tank|nitrogen cylinder|helium tank|scuba tank|diving cylinder|compressed gas cylinder|cng cylinder|soda stream cylinder|cream charger|whipped cream charger|nitrous oxide charger|n2o charger", "7311", {
    splits: [to({ material: ["aluminium"] }, "761300")],
    note: "containers for compressed or liquefied gas of iron/steel → 7311 (aluminium 7613)",
  }),
  e("wire rope|steel wire rope|steel cable|cable wire rope|stainless steel cable|stainless wire rope|aircraft cable|galvanized cable|wire sling|lifting sling steel|winch cable|zipline cable|cable railing|guy wire|wire rope sling", "7312", {
    splits: [to({ words: ["sling"] }, "731290"), to({ material: ["aluminium"] }, "7614"), to({ material: ["copper"] }, "7413"), to({}, "731210")],
    note: "stranded wire, ropes, cables and slings of iron/steel, not insulated → 7312",
  }),
  e("barbed wire|razor wire|concertina wire|razor ribbon", "731300", { note: "barbed wire, twisted hoop → 7313" }),
  e("wire mesh|welded wire mesh|wire netting|chicken wire|hardware cloth|fencing wire mesh|chain link fence|chain link fencing|field fence|hog wire|wire fence|expanded metal|expanded metal mesh|perforated metal|stainless steel mesh|wire cloth|woven wire mesh|filter mesh metal|insect screen metal|window screen metal|gabion|gabion basket|gabion box|reinforcing mesh|concrete mesh|aluminum mesh|aluminium mesh|brass mesh|copper mesh", "7314", {
    splits: [
      to({ material: ["aluminium"] }, "761691"),
      to({ material: ["copper"] }, "7419"),
      to({ material: ["plastic"] }, "3926"),
      to({ material: ["synthetic"] }, "5804"),
      to({ words: ["expanded metal"] }, "731450"),
      to({ material: ["stainless_steel"], words: ["woven", "cloth", "filter"] }, "731414"),
      to({ words: ["woven", "cloth"] }, "731419"),
      to({ words: ["reinforcing", "concrete"] }, "731420"),
      // Welded at the intersections and zinc-coated: 7314.31 (7314.4x is netting not welded).
      to({ words: ["welded"], allOf: [["galvanized", "galvanised", "zinc", "hot dipped", "hot-dipped"]] }, "731431"),
      to({ words: ["galvanized", "galvanised", "zinc", "chain link", "chicken wire", "gabion"] }, "731441"),
      to({ words: ["pvc coated", "plastic coated", "vinyl coated"] }, "731442"),
      to({ words: ["welded"] }, "731439"),
    ],
    note: "cloth, grill, netting, fencing of iron/steel wire; expanded metal → 7314; aluminium 761691",
  }),
  e("chain|chains|steel chain|metal chain|link chain|lifting chain|load chain|anchor chain|tow chain|security chain|dog chain|tie down chain|roller chain|drive chain|bicycle chain|bike chain|motorcycle chain|transmission chain|conveyor chain|snow chains|tire chains|tyre chains|chain link|master link|chain connector|quick link|proof coil chain|proof coil|high test chain|transport chain|binder chain", "7315", {
    splits: [
      to({ words: ["bicycle chain", "bike chain"] }, "731511"),
      to({ words: ["roller", "drive chain", "motorcycle chain", "transmission chain"] }, "731511"),
      to({ words: ["conveyor"] }, "731512"),
      to({ words: ["snow chains", "tire chains", "tyre chains", "skid"] }, "731520"),
      to({ words: ["master link", "chain connector", "quick link", "chain link"] }, "731519"),
      to({ words: ["anchor", "stud link"] }, "731581"),
      // Proof coil, high test and transport chains (grades 30, 43, 70) are welded link chains.
      to({ words: ["welded", "lifting", "load chain", "g80", "g70", "grade 80", "proof coil", "high test", "transport chain", "binder chain", "grade 30", "grade 43", "grade 70", "g43", "g30"] }, "731582"),
      to({ material: ["aluminium"] }, "761699"),
      to({ material: ["copper"] }, "741980"),
      to({ material: ["plastic"] }, "392690"),
      to({}, "731589"),
    ],
    decisive: ["use"], note: "chain of iron/steel → 7315 (roller 731511, welded link 731582, other 731589); jewellery chains 7113/7117",
  }),
  e("anchor|boat anchor|grapnel anchor|mushroom anchor|ship anchor|grapnel|grappling hook", "731600", { note: "anchors and grapnels of iron/steel → 7316" }),
  m("common nails|round nails|steel nails|galvanised nails|galvanized nails|oval nails|clout nails|panel pins|lost head nails|wire nails|finishing nails|brad nails|brads|roofing nails|concrete nails|masonry nails|framing nails|coil nails|collated nails|tacks|carpet tacks|upholstery tacks|thumbtacks|thumb tacks|push pins|pushpins|drawing pins|map pins|corrugated nails|staples for staple gun|staple gun staples|upholstery staples|fence staples|u nails|hobnails|picture hanging nails|panel pins", "7317",
    { copper: "741510", aluminium: "761610", plastic: "392690", other: "731700" },
    "nails, tacks, drawing pins, staples (not office 8305) of iron/steel → 731700"),
  e("screw|screws|wood screws|wood screw|self tapping screws|self-tapping screws|self drilling screws|drywall screws|deck screws|machine screws|set screws|grub screws|socket head cap screws|cap screws|hex screws|sheet metal screws|chipboard screws|concrete screws|lag screws|coach screws|lag bolts|screw hooks|cup hooks|eye screws|screw eyes|hook screws|bolt|bolts|hex bolts|carriage bolts|anchor bolts|u bolts|u-bolts|eye bolts|eyebolts|j bolts|t bolts|flange bolts|stud bolts|threaded rod|threaded rods|studding|hanger bolts|toggle bolts|nut|nuts|hex nuts|lock nuts|locknuts|nylock nuts|wing nuts|flange nuts|cap nuts|acorn nuts|t-nuts|tee nuts|coupling nuts|rivet nuts|rivnuts|weld nuts|square nuts|nut and bolt set|screw assortment|bolt assortment|fasteners|fastener|fastener kit|washers|washer|flat washers|spring washers|lock washers|fender washers|rivets|rivet|pop rivets|blind rivets|solid rivets|cotter pins|cotter pin|split pins|r clips|hitch pins|clevis pins|dowel pins metal|spring pins|circlips|circlip|retaining rings|snap rings|e-clips|wall anchors|wall plugs|drywall anchors|expansion anchors|sleeve anchors|wedge anchors|drop-in anchors|hollow wall anchors|molly bolts|toggle anchors", "7318", {
    splits: [
      // In a charger or socket listing a "wall plug" is the mains plug, not a wall anchor: static converters
      // (chargers, adapters) 850440, plug sockets and outlet extenders 853669.
      to({ allOf: [["wall plugs"], ["charger", "charging", "usb", "power adapter", "adapter", "volt", "watt"]] }, "850440"),
      to({ allOf: [["wall plugs"], ["outlet", "outlets", "socket", "sockets", "extender", "power strip"]] }, "853669"),
      ...Object.entries(FASTENER).map(([k, code]) => to({ material: k === "copper" ? ["copper"] : k === "aluminium" ? ["aluminium"] : k === "plastic" ? ["plastic"] : ["rubber"] }, code)),
      to({ words: ["wall plugs", "wall anchors", "drywall anchors"], material: ["plastic"] }, "392690"),
      to({ words: ["coach screw", "coach screws", "lag screw", "lag screws", "lag bolt", "lag bolts"] }, "731811"),
      to({ words: ["wood screw", "wood screws", "screws for wood", "screw for wood", "chipboard", "deck screw", "deck screws"] }, "731812"),
      to({ words: ["screw hook", "screw hooks", "cup hook", "cup hooks", "eye screw", "eye screws", "screw eye", "screw eyes", "hook screw", "hook screws"] }, "731813"),
      to({ words: ["self tapping", "self-tapping", "self drilling", "self-drilling", "drywall screw", "drywall screws", "sheet metal screw", "sheet metal screws"] }, "731814"),
      // "bolts with nuts and washers" are bolts (7318.15: screws and bolts, whether or not with their nuts or washers).
      to({ words: ["bolt", "bolts"] }, "731815"),
      to({ words: ["nut", "nuts", "locknut", "locknuts", "rivnut", "rivnuts"] }, "731816"),
      to({ words: ["spring washer", "spring washers", "lock washer", "lock washers"] }, "731821"),
      to({ words: ["washer", "washers"] }, "731822"),
      to({ words: ["rivet", "rivets"] }, "731823"),
      to({ words: ["cotter", "split pin", "split pins"] }, "731824"),
      to({ words: ["circlip", "circlips", "retaining ring", "retaining rings", "snap ring", "snap rings", "e-clip", "e-clips", "r clip", "r clips", "hitch pin", "clevis", "roll pin", "spring pin", "dowel pin"] }, "731829"),
      to({ words: ["anchor", "anchors", "toggle", "molly"] }, "731819"),
      to({}, "731815"),
    ],
    decisive: ["material"],
    note: "screws, bolts, nuts, washers, rivets of iron/steel → 7318 by type; copper 7415, aluminium 761610, plastics 392690",
  }),
  e("sewing needles|sewing needle|hand sewing needles|needle|needles|knitting needles|knitting needle|crochet hook|crochet hooks|circular knitting needles|tapestry needles|embroidery needles|beading needles|upholstery needles|darning needles|bodkin|felting needles|needle threader|safety pins|safety pin|straight pins|sewing pins|dressmaker pins|pins sewing|quilting pins|t-pins|bobby pins metal|hat pins", "7319", {
    splits: [
      to({ words: ["sewing machine needle", "machine needles"] }, "845230"),
      to({ words: ["syringe", "hypodermic", "medical", "acupuncture", "tattoo"] }, "901832"),
      to({ words: ["knitting", "crochet"], material: ["bamboo", "wood", "plastic", "aluminium"] }, "9603"),
      to({ words: ["safety pin", "safety pins", "straight pins", "sewing pins", "dressmaker", "quilting pins", "t-pins", "pins sewing", "hat pins", "corsage pins"] }, "731940"),
      to({}, "731990"),
    ],
    note: "sewing/knitting needles, crochet hooks 731990; safety pins and other pins 731940 (iron/steel); syringe needles 9018",
  }),
  e("coil spring|compression spring|extension spring|tension spring|torsion spring|leaf spring|leaf springs|gas spring|clock spring|spring assortment|wave spring|disc spring|belleville washer|mattress spring|trampoline springs", "7320", {
    splits: [
      to({ words: ["gas spring", "gas strut", "gas struts"] }, "841290"),
      to({ words: ["leaf"] }, "732010"),
      to({ words: ["coil", "compression", "extension", "tension", "helical", "trampoline"] }, "732020"),
      to({ material: ["copper"] }, "741980"),
      to({}, "732090"),
    ],
    note: "springs of iron/steel → 7320 (leaf 732010, helical 732020, other 732090)",
  }),
  e("gas stove|camping stove|camp stove|portable stove|butane stove|propane stove|gas burner camping|backpacking stove|alcohol stove|kerosene stove|paraffin stove|wood stove|wood burning stove|wood burner|log burner|multi-fuel stove|pellet stove|rocket stove|fireplace insert|cast iron stove|gas cooker|gas range|gas hob|gas cooktop|barbecue|barbecue grill|bbq grill|bbq|charcoal grill|gas grill|kamado grill|smoker grill|offset smoker|pellet grill|portable grill|tabletop grill|hibachi grill|fire pit|firepit|outdoor fire pit|chiminea|brazier|patio heater gas|gas heater|kerosene heater|paraffin heater|gas fireplace", "7321", {
    splits: [
      // Electric grills and barbecues are grillers and roasters (8516.60).
      to({ power: ["electric"], words: ["barbecue", "bbq", "grill", "grills", "griddle", "smoker", "roaster"] }, "851660"),
      // An electric fireplace (or stove-look heater) is electric space heating apparatus (8516.29).
      to({ power: ["electric"], words: ["fireplace", "fireplaces", "fireplace insert", "stove heater", "log burner"] }, "851629"),
      to({ power: ["electric"] }, "8516"),
      to({ words: ["pellet grill", "pellet smoker"] }, "732119"),
      to({ words: ["patio heater", "gas heater", "kerosene heater", "paraffin heater", "gas fireplace"], material: ["iron_steel", "stainless_steel"] }, "732181"),
      to({ words: ["gas", "propane", "butane", "lpg"] }, "732111"),
      to({ words: ["kerosene", "paraffin", "alcohol", "liquid fuel", "petrol"] }, "732112"),
      to({ material: ["aluminium"] }, "7615"),
      to({}, "732119"),
    ],
    decisive: ["power"], note: "non-electric cookers, stoves, barbecues of iron/steel → 7321 (gas 732111, liquid fuel 732112, solid fuel 732119); electric 8516",
  }),
  e("radiator heating|central heating radiator|panel radiator|towel radiator|heated towel rail|column radiator|hot water radiator|air heater non-electric", "7322", {
    splits: [to({ power: ["electric"] }, "851629"), to({ material: ["aluminium"] }, "761699"), to({}, "732211")],
    note: "radiators for central heating, not electrically heated, of iron/steel → 7322 (cast iron 732211, other 732219)",
  }),
];

const household: LexiconEntry[] = [
  e("pot|pots|cooking pot|stock pot|stockpot|soup pot|casserole dish|casserole pot|dutch oven|saucepan|sauce pan|pan|pans|frying pan|fry pan|skillet|cast iron skillet|griddle pan|grill pan|wok|sauté pan|saute pan|crepe pan|omelette pan|paella pan|milk pan|cookware|cookware set|pots and pans|pot set|pan set|steamer pot|pressure cooker stovetop|stovetop pressure cooker|tagine|roasting pan|roasting tin|baking pan|baking tray|baking sheet|sheet pan|cake pan|cake tin|cake mold|cake mould|muffin pan|muffin tin|cupcake pan|loaf pan|loaf tin|bundt pan|springform pan|pie dish|pie pan|tart pan|quiche dish|pizza pan|pizza stone|pizza tray|cookie sheet|baking dish|gratin dish|lasagna pan|ramekin|ramekins|kettle stovetop|stovetop kettle|whistling kettle|tea kettle|teapot|tea pot|coffee pot|moka pot|espresso maker stovetop|french press|cafetiere|pour over kettle|gooseneck kettle|milk frothing pitcher|milk jug|pitcher|jug|water jug|carafe|decanter|colander|strainer|mesh strainer|steamer basket|splatter screen|mixing bowl|mixing bowls|bowl|bowls|salad bowl|soup bowl|cereal bowl|serving bowl|dinner plate|side plate|dessert plate|salad plate|party plate|cake plate|charger plate|appetizer plate|snack plate|serving plate|platter|serving platter|dish|dishes|tray|serving tray|tea tray|dinnerware|dinnerware set|dinner set|tableware|tableware set|crockery|mug|mugs|coffee mug|tea mug|travel mug|camping mug|cup|cups|coffee cup|tea cup|teacup|cup and saucer|saucer|espresso cup|tumbler|tumblers|beer mug|beer stein|stein|water bottle|water bottles|drink bottle|drinking bottle|sports bottle|sports water bottle|gym bottle|shaker bottle|protein shaker|shaker cup|kids water bottle|canteen|hip flask|flask|food jar|lunch box|lunchbox|bento box|bento|food container|food containers|food storage container|food storage containers|meal prep containers|canister|canisters|kitchen canister|storage jar|storage jars|spice jar|spice jars|spice rack|butter dish|sugar bowl|creamer|gravy boat|salt and pepper shakers|salt shaker|pepper shaker|salt cellar|oil bottle|oil dispenser|oil sprayer|vinegar bottle|soy sauce dish|condiment container|egg cup|napkin holder|napkin ring|napkin rings|coaster|coasters|cup holder|trivet|pot rest|spoon rest|utensil holder|utensil crock|cutlery holder|cutlery tray|cutlery organizer|dish rack|dish drying rack|dish drainer|drying rack dishes|paper towel holder|towel hook|robe hook|corner shelf|ice bucket|wine bucket|champagne bucket|wine cooler bucket|bottle cooler|cocktail shaker|bar set|jigger|cake stand|cupcake stand|tiered tray|fruit bowl|bread bin|cookie jar|biscuit jar|candy jar|funnel|kitchen funnel|measuring cup|measuring cups|measuring spoon|measuring spoons|measuring jug|ice cube tray|ice cube mold|ice cube molds|ice mold|ice mould|ice ball maker|popsicle mold|popsicle molds|ice pop mold|chocolate mold|candy mold|soap mold|silicone mold|silicone molds|baking mold|baking mould|baking moulds|muffin mould|muffin moulds|muffin mold|silicone mould|silicone moulds|baking mat|silicone baking mat|pastry mat|cookie cutter|cookie cutters|biscuit cutter|pastry cutter|cake decorating tips|piping tips|piping nozzles|piping bag|icing bag|cake turntable|cake decorating turntable|cake leveler|rolling pin metal|egg poacher|egg mold|burger press|patty press|tortilla press|dumpling maker|sushi mat|sushi maker|lemon squeezer|citrus squeezer|citrus press|juicer manual|kitchen gadgets|grill basket|grill grate|grill mat|bbq mat|skewer rack|rib rack|roasting rack|cooling rack|wire rack baking|oven rack|steamer rack|trivet rack|kitchen rack|pot rack|lid rack|pan organizer|lid holder|dish organizer|fridge organizer|pantry organizer|drawer organizer|kitchen organizer|under sink organizer|shelf riser|cabinet organizer|spice organizer|can organizer|wrap organizer|foil dispenser|cling film dispenser|food cover|mesh food cover|splash guard|stove guard|stove top cover|burner cover|oven liner|hob cover|sink mat|sink protector|mug rack|mug tree|mug holder|cup rack|wine rack|wine glass rack|bottle rack|bottle holder|wine bottle holder", "7323",
    {
      // A vacuum-insulated (double-walled, evacuated) bottle, mug or food jar is a vacuum vessel of heading 9617
      // whatever its outer material (Explanatory Note to 96.17: the vacuum makes the vessel).
      splits: [
        to({ words: ["vacuum insulated", "vacuum insulation", "double wall vacuum", "double walled vacuum", "vacuum sealed double wall"] }, "961700"),
        // A corner shelf or rack for the shower or bath is a bathroom fitting, sanitary ware of its metal (7324.90,
        // aluminium 7615.20; Explanatory Note to 73.24: soap dishes, sponge baskets and the like), not kitchenware.
        to({ words: ["shower", "bathroom", "bathtub", "bath tub"], allOf: [["corner shelf", "shelf", "shelves", "rack", "caddy", "organizer", "basket"]], material: ["aluminium"] }, "761520"),
        to({ words: ["shower", "bathroom", "bathtub", "bath tub"], allOf: [["corner shelf", "shelf", "shelves", "rack", "caddy", "organizer", "basket"]], material: mats("steel") }, "732490"),
        // Bottles and jars sold empty for filling by a packer are articles for the conveyance or packing of goods
        // (3923.30 of plastics, 7010 of glass), not table or kitchen ware.
        to({ words: PACKING_USE, allOf: [["bottle", "bottles", "jar", "jars", "container", "containers"]], material: ["plastic"] }, "392330"),
        to({ words: PACKING_USE, allOf: [["bottle", "bottles", "jar", "jars"]], material: ["glass"] }, "701090"),
        // An insulated stainless steel bottle, flask or tumbler is sold as a vacuum vessel (double-walled, evacuated).
        to({ words: ["insulated"], allOf: [["bottle", "bottles", "flask", "flasks", "tumbler", "tumblers", "mug", "mugs"]], material: ["stainless_steel"] }, "961700"),
        // With its own heating element the vessel is an electro-thermic appliance of heading 8516: a kettle only heats
        // water ("other", 851679), an electric pot, pan or cooker cooks (851660).
        to({ words: ["kettle", "kettles"], power: ["electric"] }, "851679"),
        to({ power: ["electric"] }, "851660"),
        // A glass mug, cup or tumbler is a drinking glass (7013.37), not other kitchen glassware (7013.49).
        to({ words: ["mug", "mugs", "cup", "cups", "tumbler", "tumblers"], material: ["glass"], unless: ["measuring", "measuring cup", "measuring cups"] }, "701337"),
      ],
      m: HOUSEHOLD,
      note: "table, kitchen and household articles by material: stainless 732393, other iron/steel 7323 9x, aluminium 761510, copper 741810, plastics 3924, porcelain 691110, ceramic 691200, glass 7013, wood 4419; vacuum-insulated vessels 961700; electric kettles 851679, electric pots and pans 851660",
    }),
  // Kitchen and tableware utensils of the spoon/ladle/tongs kind: heading 8215 names them for base metal
  // (sets 821520); of plastics 392410, wood 4419.
  e("rice paddle|rice spoon|ladle|soup ladle|skimmer|slotted spoon|serving spoon|spatula|turner|fish slice|tongs|kitchen tongs|bbq tongs|grill tongs|food tongs|ice tongs|bar spoon|salad servers|salad tongs|serving tongs|sugar tongs|pasta server|spaghetti server|cake server|pie server|cake lifter|slotted turner|fish turner|pancake turner|wok spatula|cooking spoon|mixing spoon|basting spoon|gravy ladle|sauce ladle|strainer spoon|spider strainer|skimmer spoon|serving fork|carving fork|meat fork|bbq fork|butter knife|butter spreader|cheese set|fish knife|ice cream scoop|cookie scoop|melon baller|corn holder|corn holders|corn cob holder|corn skewer|pumpkin carving set|pumpkin carving kit|pumpkin carving tools|ice scoop|flour scoop|pet food scoop|kitchen utensil set|kitchen utensils|cooking utensils|utensil set|kitchen tool set|kitchen tools|bbq tools|bbq tool set|grill tools|bbq utensils|grill utensils|cooking utensil set|silicone utensil set", "821599", {
    splits: [
      to({ material: ["plastic"] }, "392410"),
      to({ material: ["bamboo"] }, "441919"),
      to({ material: ["wood"] }, "441990"),
      to({ material: ["rubber"] }, "392410"),
      to({ material: ["ceramic"] }, "691200"),
      to({ material: ["porcelain"] }, "691110"),
      to({ material: ["gold", "silver", "platinum", "precious_metal"] }, "7114"),
      to({ words: ["set", "sets", "utensils", "tools", "kit", "pcs", "piece", "pieces"], material: ["iron_steel", "stainless_steel", "aluminium", "copper", "base_metal"] }, "821520"),
      to({ words: ["set", "sets", "utensils", "tools", "kit"] }, "8215"),
    ],
    decisive: ["material"],
    note: "spoons, ladles, skimmers, cake-servers, tongs and similar kitchen or tableware of base metal → 8215 (sets 821520, other 821599); of plastics 392410; wood 4419; ceramics 6911/6912",
  }),
  // Household tools (openers, mashers, whisks, presses) of base metal: 820551; of plastics 392410; wood 4419.
  e("whisk|balloon whisk|egg whisk|potato masher|masher|meat tenderizer|meat hammer|meat mallet|garlic press|garlic crusher|garlic mincer|nutcracker|nut cracker|bottle opener|wine opener|corkscrew|waiters friend|jar opener|lid opener|beer opener|wall mounted bottle opener|keychain bottle opener|pan scraper|grill scraper|cake scraper|dough scraper|bench scraper|egg separator|vegetable peeler|potato peeler|peeler|julienne peeler|apple corer|corer|pineapple corer|strawberry huller|olive pitter|egg slicer|cheese slicer|cheese grater|grater|box grater|zester|lemon zester|microplane|mandoline slicer|mandolin slicer|vegetable slicer manual|spiralizer|vegetable chopper manual|herb scissors|avocado slicer|apple slicer|pastry blender|dough cutter|seafood tools|shrimp deveiner|fish scaler|fish scale remover|tea infuser|tea strainer|tea ball|coffee tamper|espresso tamper", "820551", {
    splits: [
      to({ material: ["plastic"] }, "392410"),
      to({ material: ["bamboo"] }, "441919"),
      to({ material: ["wood"] }, "441990"),
      to({ material: ["ceramic"] }, "691200"),
      to({ material: ["porcelain"] }, "691110"),
      to({ words: ["tea infuser", "tea strainer", "tea ball"], material: ["stainless_steel"] }, "732393"),
      // An electric (rechargeable) corkscrew or wine opener has a self-contained motor: a domestic electro-mechanical
      // appliance of 8509.80, no hand tool.
      to({ words: ["corkscrew", "wine opener", "bottle opener"], power: ["electric", "battery"] }, "850980"),
    ],
    decisive: ["material", "power"],
    note: "household hand tools (openers, corkscrews, nutcrackers, mashers, whisks, peelers, graters, mandolines) of base metal → 820551 (kitchen and table implements); of plastics 392410; wood 4419",
  }),
  // Toilet and bathroom articles: iron/steel sanitary ware 7324 90, aluminium 761520, copper 741820; plastics 392490.
  e("soap dish|soap dispenser|soap holder|soap tray|soap rack|toothbrush holder|toothbrush stand|tumbler bathroom|bathroom accessories set|bath accessory set|bathroom set|toilet brush holder|toilet roll holder|toilet paper holder|toilet paper stand|toilet tissue holder|spare toilet roll holder|towel rail|towel bar|towel ring|towel rack|towel holder|towel shelf|towel stand|hand towel holder|hand towel ring|bath towel rack|shower caddy|shower shelf|shower basket|shower organizer|shower rack|shower niche|bathroom shelf|bathroom rack|bathroom caddy|bathroom organizer|bath caddy|bathtub caddy|bathtub tray|bath tray|sink caddy|sponge holder|lotion dispenser|shampoo dispenser|wall mounted soap dispenser|grab bar|grab bars|shower grab bar|bathroom grab bar|safety grab bar|toilet grab bar|bathroom hardware set|shower curtain rail|shower curtain rings|shower curtain hooks|soap saver|sink strainer|sink strainers|kitchen sink strainer|sink drain strainer|drain strainer|basket strainer|sink stopper|drain stopper|bathtub stopper|tub stopper|floor drain|floor drains|shower drain|shower floor drain|linear shower drain|drain protector|bathtub drain|basin drain|sink drain|sink waste", "732490", {
    splits: [
      to({ material: ["plastic"] }, "392490"),
      to({ material: ["rubber"] }, "392490"),
      to({ material: ["aluminium"] }, "761520"),
      to({ material: ["copper"] }, "741820"),
      to({ material: ["porcelain"] }, "691190"),
      to({ material: ["ceramic"] }, "691200"),
      to({ material: ["glass"] }, "701399"),
      to({ material: ["bamboo"] }, "442191"),
      to({ material: ["wood"] }, "442199"),
      to({ material: ["stone"] }, "6802"),
      to({ material: mats("textiles") }, "630790"),
    ],
    decisive: ["material"],
    note: "bathroom and toilet articles: of iron or steel sanitary ware 732490; aluminium 761520; copper 741820; plastics (household/toilet articles) 392490; porcelain 691190; ceramics 691200; glass 701399; wood 4421",
  }),
  // Household articles other than table/kitchenware: plastics 392490 (not 392410).
  e("waste bin|wastebasket|waste basket|waste paper basket|trash can|trash bin|garbage can|garbage bin|rubbish bin|dustbin|pedal bin|kitchen bin|recycling bin|compost bin|compost caddy|bin|laundry hamper metal|bucket|buckets|pail|mop bucket|watering can|ash tray|ashtray|ashtrays|key bowl|trinket dish|ring dish|jewelry dish|jewelry tray|jewellery tray|trinket tray|catchall tray|valet tray|dog bowl|dog bowls|pet bowl|pet bowls|cat bowl|pet feeder bowl|slow feeder bowl|water bowl pet|feeding bowl|bird bath|laundry basket plastic|clothes pegs plastic|clothespins plastic|dustpan and brush set|ironing board|laundry bin|storage bin|storage bins|storage box|storage boxes|storage container|storage containers|storage tote|tote box|stackable storage box|storage drawer|wardrobe organizer|under bed storage|clear shoe box|toy storage box|makeup organizer|cosmetic organizer|cosmetic storage box|desk organizer|desktop organizer|pen holder|pencil holder|pen cup|cable organizer box|tissue box cover|tissue holder|napkin dispenser|remote control holder|remote holder|letter holder|mail organizer|mail holder|wall key holder|umbrella holder|boot tray|shoe tray|drip tray", "3924", {
    splits: [
      to({ words: ["clothes hanger", "clothes hangers", "coat hanger", "coat hangers", "trouser hanger", "skirt hanger", "pants hanger", "kids hangers", "velvet hangers", "non slip hangers"], material: ["wood", "bamboo"] }, "442110"),
      to({ words: ["clothes hanger", "clothes hangers", "coat hanger", "coat hangers", "trouser hanger", "skirt hanger", "pants hanger", "kids hangers", "velvet hangers", "non slip hangers"], material: ["iron_steel", "stainless_steel", "base_metal"] }, "732690"),
      to({ words: ["clothes hanger", "clothes hangers", "coat hanger", "coat hangers", "trouser hanger", "skirt hanger", "pants hanger", "kids hangers", "velvet hangers", "non slip hangers"], material: ["aluminium"] }, "761699"),
      to({ words: ["ironing board cover"] }, "630790"),
      to({ words: ["ironing board"], material: ["iron_steel", "stainless_steel", "base_metal"] }, "732399"),
      to({ words: ["desk organizer", "desktop organizer", "pen holder", "pencil holder", "pen cup", "letter holder", "magazine holder", "mail organizer"], material: ["iron_steel", "stainless_steel", "aluminium", "base_metal", "copper"] }, "830400"),
      to({ words: ["desk organizer", "desktop organizer", "pen holder", "pencil holder", "pen cup", "letter holder", "magazine holder", "mail organizer"], material: ["plastic"] }, "392610"),
      to({ words: ["door stop", "door stopper", "doorstop"], material: ["iron_steel", "stainless_steel", "base_metal", "aluminium", "copper", "zinc"] }, "830241"),
      to({ words: ["door stop", "door stopper", "doorstop"], material: ["rubber"] }, "401699"),
      to({ words: ["storage basket", "laundry basket", "laundry hamper", "waste paper basket"], material: ["straw", "bamboo"] }, "460219"),
      to({ words: ["storage box", "storage boxes", "storage bin", "storage bins", "storage basket", "storage container", "storage containers", "laundry basket", "laundry hamper", "laundry bin", "closet organizer", "wardrobe organizer", "under bed storage", "makeup organizer", "cosmetic organizer", "drawer organizer", "toy storage box", "storage tote"], material: mats("textiles") }, "630790"),
      to({ words: ["storage box", "storage boxes", "tissue box", "shoe box"], material: ["paper"] }, "481960"),
      to({ words: ["ash tray", "ashtray", "ashtrays"], material: ["glass"] }, "701399"),
      to({ words: ["ash tray", "ashtray", "ashtrays"], material: ["ceramic", "porcelain"] }, "691390"),
      to({ words: ["ash tray", "ashtray", "ashtrays"], material: ["iron_steel", "stainless_steel", "base_metal", "aluminium", "copper", "zinc"] }, "830629"),
      // Containers for storing food are kitchenware (3924.10); other household storage is 3924.90.
      to({ words: ["storage container", "storage containers", "storage box", "storage boxes"], allOf: [["food", "foods", "kitchen", "leftovers", "meal prep", "lunch"]], material: ["plastic"] }, "392410"),
      to({ material: ["plastic"] }, "392490"),
      to({ material: ["rubber"] }, "392490"),
      to({ material: ["stainless_steel"] }, "732393"),
      to({ material: ["iron_steel", "base_metal", "zinc", "tin"] }, "732399"),
      to({ material: ["aluminium"] }, "761510"),
      to({ material: ["copper"] }, "741810"),
      to({ material: ["porcelain"] }, "691190"),
      to({ material: ["ceramic"] }, "691200"),
      to({ material: ["glass"] }, "701399"),
      to({ material: ["bamboo"] }, "442191"),
      to({ material: ["wood"] }, "442199"),
      to({ material: ["straw"] }, "460219"),
      to({ material: ["paper"] }, "482390"),
      to({ material: mats("textiles") }, "630790"),
      to({ material: mats("leatherish") }, "420500"),
      to({ material: ["stone"] }, "6802"),
    ],
    decisive: ["material"],
    note: "household articles other than table or kitchen ware (bins, buckets, hangers, storage, toilet and desk articles): plastics 392490; stainless 732393, other iron/steel 732399; aluminium 761510; ceramics 6911/6912; glass 701399; wood 4421; basketwork 4602; textile 630790",
  }),
  e("knife sharpener|knife sharpeners|manual knife sharpener|pull through sharpener|pull through knife sharpener|sharpening steel|honing steel|honing rod|knife steel|sharpening rod|scissor sharpener|scissors sharpener|kitchen sharpener", "820551", {
    splits: [to({ power: ["electric"] }, "850980"), to({ words: ["ceramic rod", "ceramic honing"] }, "690990")],
    note: "hand knife sharpeners and sharpening steels are household tools → 820551 (carving and butcher steels); electric sharpeners 850980; bench whetstones 6804",
  }),
  e("letter tray|letter trays|desk tray|desk trays|document tray|document trays|file tray|file trays|office tray|filing tray|paper organizer tray|stackable letter tray|desk file organizer|file sorter|desktop file sorter|literature sorter", "830400", {
    m: { plastic: "392610", "wood,bamboo": "442090", paper: "481960", other: "830400" },
    note: "letter trays, file sorters and similar office or desk equipment: base metal 830400; plastics (office supplies) 392610; wood 442090; paperboard 481960",
  }),
  e("dish brush|bottle brush|grill brush|bbq brush|pastry brush|basting brush|oil brush|pot brush|vegetable brush|straw brush|straw cleaning brush|cup brush|washing up brush", "960390", {
    note: "brushes (including kitchen, pastry and bottle brushes) of any material → 960390",
  }),
  e("scrubber|pot scrubber|scouring pad|scouring pads|steel wool|wire wool|chainmail scrubber|metal scrubber|scouring sponge|scrub sponge|kitchen sponge|dish sponge|cleaning sponge|sponge scourer|copper scrubber|brass scrubber", "732310", {
    splits: [
      to({ material: ["copper"] }, "741810"),
      to({ material: ["aluminium"] }, "761510"),
      to({ words: ["sponge", "scrub sponge", "kitchen sponge", "dish sponge", "cleaning sponge", "scouring sponge", "sponge scourer"] }, "392490"),
      to({ material: ["plastic", "synthetic"] }, "392490"),
      to({ material: ["iron_steel", "stainless_steel", "base_metal"] }, "732310"),
    ],
    decisive: ["material"],
    note: "iron or steel wool, pot scourers and scouring pads of iron or steel → 732310 (copper 741810, aluminium 761510); plastic sponges and scrubbers 392490",
  }),
  e("candle holder|candle holders|candlestick|candlesticks|candlestick holder|candle stand|candle plate|tealight holder|tea light holder|votive holder|votive candle holder|candelabra|candelabrum|candle lantern|hurricane lantern|hurricane candle holder|taper candle holder|pillar candle holder|wall sconce candle|candle sconce|menorah|oil lamp|kerosene lamp|hurricane lamp|paraffin lamp|storm lantern|camping lantern gas|gas lantern|moroccan lantern|decorative lantern|lantern candle", "940550", {
    // "Candelabra" in a bulb listing names the bulb's small E12 base: an LED lamp (8539.52), not a candlestick.
    splits: [to({ words: ["candelabra"], allOf: [["bulb", "bulbs", "e12", "e14", "led bulb", "light bulb"]] }, "853952")],
    note: "candelabra, candlesticks, candle brackets, oil and storm lanterns are non-electrical lighting fittings → 940550 (Explanatory Note to 94.05)",
  }),
  e("vase|vases|flower vase|bud vase|glass vase|ceramic vase|porcelain vase|floor vase|table vase|decorative vase|vase set|bottle vase|urn vase|ikebana vase", "701399", {
    splits: [
      to({ material: ["porcelain"] }, "691310"),
      to({ material: ["ceramic"] }, "691390"),
      to({ material: ["gold", "silver", "platinum", "precious_metal"] }, "7114"),
      to({ material: ["iron_steel", "stainless_steel", "aluminium", "copper", "zinc", "tin", "base_metal"] }, "830629"),
      to({ material: ["plastic"] }, "392640"),
      to({ material: ["wood", "bamboo"] }, "442090"),
      to({ material: ["straw"] }, "460219"),
      to({ material: ["stone"] }, "6802"),
      to({ material: ["paper"] }, "482390"),
      to({ words: ["lead crystal"] }, "701391"),
    ],
    decisive: ["material"],
    note: "vases: glassware for indoor decoration 7013 (lead crystal 701391, other 701399); ceramic ornamental articles 6913; base metal ornaments 830629; plastics 392640; wood 4420",
  }),
  e("planter|planters|plant pot|plant pots|flower pot|flower pots|pot for plants|hanging planter|hanging basket plants|window box planter|window box|pot saucer|plant saucer|self watering pot|self watering planter|nursery pot|nursery pots|seed tray|seedling tray|propagation tray|seed starter tray|garden planter|raised bed|raised garden bed|grow pot|herb planter|succulent pot|succulent pots|bonsai pot|orchid pot|plant pot cover", "392490", {
    splits: [
      to({ words: ["grow bag", "grow bags", "fabric pot"] }, "630790"),
      to({ material: ["porcelain"] }, "691190"),
      to({ material: ["ceramic"] }, "691200"),
      to({ material: ["stainless_steel"] }, "732393"),
      to({ material: ["iron_steel", "base_metal", "zinc", "tin"] }, "732399"),
      to({ material: ["aluminium"] }, "761510"),
      to({ material: ["copper"] }, "741810"),
      to({ material: ["bamboo"] }, "442191"),
      to({ material: ["wood"] }, "442199"),
      to({ material: ["straw"] }, "460219"),
      to({ material: ["stone"] }, "6802"),
      to({ material: ["glass"] }, "701399"),
      to({ material: mats("textiles") }, "630790"),
      to({ material: ["paper"] }, "482390"),
    ],
    decisive: ["material"],
    note: "flower pots and planters are household articles: plastics 392490; ceramics 6912 (porcelain 691190); iron/steel 7323; aluminium 761510; wood 4421; basketwork 4602; fabric grow bags 630790",
  }),
  e("plant stand|plant stands|flower stand|plant shelf|plant rack|flower rack", "940320", {
    splits: [to({ material: ["wood", "bamboo"] }, "940360"), to({ material: ["plastic"] }, "940370"), to({ material: ["straw"] }, "940383")],
    decisive: ["material"],
    note: "plant stands are furniture (ch. 94 note 2: placed on the floor) → 9403 by material",
  }),
  e("steel wool pad|soap pad|scouring pads steel|pot scourer metal|stainless steel scrubber|stainless scourer|wire sponge", "732310", {
    splits: [to({ material: ["copper"] }, "741810"), to({ material: ["aluminium"] }, "761510")], note: "iron or steel wool, pot scourers → 732310",
  }),
  e("sink|kitchen sink|stainless steel sink|bar sink|utility sink|laundry sink|wash basin|washbasin|basin|bathroom sink|vessel sink|hand basin|countertop basin|pedestal sink|bathtub|bath tub|freestanding bathtub|clawfoot tub|soaking tub|shower tray|shower base|shower pan|toilet|toilets|toilet bowl|wc|water closet|bidet|urinal|squat toilet|toilet pan|cistern|toilet cistern|toilet tank|toilet seat|toilet seats|toilet lid|soft close toilet seat|toilet seat cover|potty seat|toilet training seat", "7324", {
    splits: [
      // A fabric cover for the seat or lid is a textile furnishing article (6304), not a lavatory seat of plastics.
      to({ words: ["toilet seat cover", "toilet lid cover", "seat cover"], material: ["textile", "cotton", "synthetic"] }, "630499"),
      to({ words: ["toilet seat", "toilet seats", "toilet lid", "soft close", "seat cover", "potty seat", "training seat"], material: ["plastic"] }, "392220"),
      to({ words: ["toilet seat", "toilet seats", "toilet lid", "soft close", "potty seat", "training seat"], material: ["wood", "bamboo"] }, "442199"),
      to({ words: ["toilet seat", "toilet seats", "toilet lid", "soft close", "potty seat", "training seat"] }, "392220"),
      to({ material: ["porcelain"] }, "691010"),
      to({ material: ["ceramic"] }, "6910"),
      to({ material: ["plastic"], words: ["bath", "bathtub", "tub", "shower tray", "shower base", "shower pan"] }, "392210"),
      to({ material: ["plastic"], words: ["sink", "basin", "washbasin"] }, "392210"),
      to({ material: ["plastic"] }, "392290"),
      to({ material: ["stone"] }, "6802"),
      to({ material: ["glass"] }, "701399"),
      to({ material: ["copper"] }, "741820"),
      to({ material: ["aluminium"] }, "761520"),
      to({ material: ["stainless_steel"], words: ["sink", "basin", "washbasin"] }, "732410"),
      to({ words: ["bath", "bathtub", "tub"], material: ["iron_steel"], processing: ["cast"] }, "732421"),
      to({ words: ["bath", "bathtub", "tub"], material: ["iron_steel", "stainless_steel"] }, "732429"),
      to({ material: ["iron_steel", "stainless_steel"] }, "732490"),
    ],
    decisive: ["material"],
    note: "sanitary ware by material: ceramic 6910 (porcelain 691010), plastics 3922 (baths/basins 392210, seats 392220), stainless sinks 732410, iron baths 73242x",
  }),
  e("shower head|showerhead|rain shower head|handheld shower|hand shower|shower hose|shower arm|shower system|shower set|shower column|shower panel|shower valve|bath mixer|bath faucet|tub spout", "8481", {
    splits: [to({ words: ["shower hose"] }, "830790"), to({ words: ["shower head", "showerhead", "rain shower", "handheld shower", "hand shower", "shower arm"] }, "848180")],
    note: "taps, mixers and shower heads are appliances of 8481 (848180); flexible metal hoses 8307",
  }),
];

const otherArticles: LexiconEntry[] = [
  e("hook|hooks|coat rack|coat racks|wall coat rack|hat rack|hat racks|wall hook|wall hooks|coat hook|coat hooks|hat hook|s hook|s hooks|s-hooks|j hook|adhesive hooks|command hooks|over door hook|over the door hook|door hook|hanging hooks|utility hooks|garage hooks|bike hook|ceiling hook|plant hook|screw-in hooks|bracket|brackets|steel bracket|hanging bracket|wall bracket|shelf bracket|shelf brackets|angle bracket|corner bracket|l bracket|metal bracket|mounting bracket|support bracket|tv bracket|tv wall mount|tv mount|monitor mount|monitor arm|speaker mount|projector mount|wall mount bracket|ceiling mount", "8302", {
    splits: [
      // A hook with a threaded shank screwed into wood or a ceiling is a "screw hook" named in 7318.13, not a fixture
      // of 8302.50 (of iron or steel; not said to be of another material).
      to({ words: ["cup hook", "cup hooks", "screw hook", "screw hooks", "screw in", "screw-in", "hook screw", "hook screws", "threaded hook", "threaded hooks"], material: mats("steel") }, "731813"),
      to({ words: ["cup hook", "cup hooks", "screw hook", "screw hooks", "screw in", "screw-in", "hook screw", "hook screws", "threaded hook", "threaded hooks"], unless: ["plastic", "aluminum", "aluminium", "brass", "copper"] }, "731813"),
    ],
    m: { plastic: "392690", wood: "442199", other: "830250" },
    note: "hat-racks, hooks, brackets and similar fixtures of base metal → 830250 (TV/monitor mounts 830250); screw hooks 731813; plastics 3926",
  }),
  e("hinge|hinges|door hinge|door hinges|cabinet hinge|cabinet hinges|concealed hinge|butt hinge|piano hinge|gate hinge|strap hinge|t hinge|spring hinge|lid stay|lid support|soft close hinge", "8302", {
    splits: [to({ material: ["plastic"] }, "392690"), to({}, "830210")], note: "hinges of base metal → 830210",
  }),
  e("castor|castors|caster|casters|caster wheels|castor wheels|swivel caster|locking caster|furniture casters|chair casters|office chair wheels|trolley wheels|furniture wheels", "8302", {
    splits: [to({ material: ["plastic"], words: ["wheel", "wheels"] }, "871690"), to({}, "830220")], note: "castors with mountings of base metal → 830220",
  }),
  e("door handle|door handles|door knob|door knobs|doorknob|lever handle|door lever|cabinet handle|cabinet handles|cabinet knob|cabinet knobs|drawer pull|drawer pulls|drawer handle|drawer knob|furniture handle|furniture handles|pull handle|door pull|drawer slide|drawer slides|drawer runner|drawer runners|ball bearing slides|cabinet hardware|furniture hardware|furniture fittings|furniture legs metal|table legs metal|sofa legs metal|bed frame brackets|corner braces|mending plates|door stopper|door stop|doorstop|door wedge|door guard|door chain|door bolt|barrel bolt|latch|latches|gate latch|hasp|hasp and staple|door viewer|peephole|letter plate|mail slot|letterbox flap|door knocker|kick plate|window handle|window latch|window lock latch|window restrictor|curtain rod|curtain rods|curtain pole|curtain track|curtain rail|curtain rings|curtain hooks|curtain clips|curtain brackets|curtain tie backs|shower curtain rod|shower rod|tension rod|closet rod|wardrobe rail|clothes rail bracket|stair rods|handrail bracket|sliding door hardware|barn door hardware|barn door track|sliding door track|pocket door hardware|gate hardware|gate hinge kit|gas strut bracket", "8302", {
    splits: [
      to({ material: ["plastic"] }, "392630"),
      // Of vulcanised rubber (a rubber door stop or knob): other articles of rubber.
      to({ material: ["rubber"] }, "401699"),
      to({ material: ["wood", "bamboo"] }, "442199"),
      to({ material: ["ceramic", "porcelain"] }, "6914"),
      to({ material: ["glass"] }, "701399"),
      to({ words: ["door viewer", "peephole"] }, "9013"),
      to({ words: ["furniture", "cabinet", "drawer", "sofa", "table legs", "bed frame"] }, "830242"),
      to({ words: ["curtain", "shower curtain", "tension rod", "closet rod", "wardrobe rail"] }, "830241"),
      to({}, "830241"),
    ],
    decisive: ["material"],
    note: "base metal mountings and fittings: buildings (doors, windows, curtains) 830241, furniture 830242, vehicles 830230; plastic furniture fittings 392630",
  }),
  e("door check|door checks|door checker|door check arm|door check strap|door check link|door stay|automobile door check|vehicle door check|car door check", "830230", {
    note: "mountings and fittings of base metal suitable for motor vehicles (door checks) → 830230",
  }),
  e("door closer|door closers|automatic door closer|hydraulic door closer|overhead door closer|floor spring", "830260", { note: "automatic door closers of base metal → 830260" }),
  e("padlock|padlocks|combination padlock|combination lock|luggage lock|tsa lock|tsa padlock|disc lock|shackle lock|keyed padlock|locker lock|gym lock|bike lock|bicycle lock|u lock|u-lock|cable lock|chain lock|folding lock|scooter lock|motorcycle lock|disc brake lock|steering wheel lock|car steering lock|pedal lock|door lock|door locks|door knob lock|knob lock|keyed entry knob|keyed entry lock|entry lockset|lever lock|deadbolt|deadbolts|mortise lock|cylinder lock|lock cylinder|euro cylinder|smart lock|keypad lock|fingerprint lock|keyless entry lock|electronic lock|electric lock|magnetic lock|electromagnetic lock|electric strike|cabinet lock|cabinet locks|drawer lock|cam lock|furniture lock|mailbox lock|window lock|sliding door lock|child safety lock|baby proof lock|gun lock|trigger lock|laptop lock|lock set|locksets|door lockset|handle lock set|lock body|key blank|key blanks|blank keys|car key blank|key shell|key fob shell|replacement key", "8301", {
    splits: [
      to({ material: ["plastic"], words: ["child", "baby", "safety"] }, "392690"),
      // Keys presented on their own; a lock "with keys" is a lock (the keys go with it).
      to({ words: ["key blank", "key blanks", "blank keys", "key shell", "key fob shell", "replacement key"] }, "830170"),
      to({ words: ["steering", "pedal lock", "car", "vehicle"] }, "830120"),
      to({ words: ["cabinet", "drawer", "cam lock", "furniture", "mailbox"] }, "830130"),
      to({ words: ["padlock", "padlocks", "combination padlock", "luggage lock", "tsa", "disc lock", "shackle", "locker lock", "gym lock"] }, "830110"),
      to({ words: ["lock body", "lock parts", "cylinder"] }, "830160"),
      to({}, "830140"),
    ],
    note: "locks of base metal → 8301 (padlocks 830110, vehicle 830120, furniture 830130, other incl. door, bike, smart locks 830140; keys 830170)",
  }),
  e("safe box|home safe|fireproof safe|gun safe|wall safe|hotel safe|key safe|key lock box|lock box|lockbox|cash safe|deposit box|strongbox|strong box|money safe|jewelry safe|drop safe", "830300", {
    splits: [to({ words: ["key safe", "key lock box", "lock box", "lockbox"] }, "830140")], note: "safes, strong-boxes, cash/deed boxes of base metal → 830300",
  }),
  e("filing cabinet metal|metal filing cabinet|card index cabinet|desk tray metal|letter tray metal|paper tray metal|pen tray metal|metal desk organizer|mesh desk organizer|metal file organizer|metal magazine holder|wire mesh organizer|metal document tray|stamp rack", "830400", {
    splits: [to({ words: ["filing cabinet", "cabinet"] }, "940310")], note: "desk-top office equipment of base metal (trays, organizers) → 830400; filing cabinets (furniture) 940310",
  }),
  e("paper clip|paper clips|paperclips|binder clip|binder clips|bulldog clip|bulldog clips|foldback clips|letter clips|staples|office staples|stapler staples|binder rings|loose leaf rings|book rings|ring binder mechanism|binder mechanism|file fasteners|prong fasteners|paper fasteners|brass fasteners|split pins paper|letter corners|document clips", "8305", {
    splits: [
      to({ material: ["plastic"] }, "392610"),
      to({ words: ["staples", "office staples", "stapler staples"] }, "830520"),
      to({ words: ["binder ring", "binder rings", "loose leaf", "book rings", "binder mechanism", "ring binder"] }, "830510"),
      to({}, "830590"),
    ],
    note: "office clips, staples in strips, binder fittings of base metal → 8305; plastic clips 392610",
  }),
  e("bell|bells|hand bell|handbell|desk bell|service bell|call bell|dinner bell|cow bell|cowbell|sleigh bells|jingle bells|wind chime|wind chimes|windchimes|gong|gongs|singing bowl|tibetan singing bowl|temple bell|bicycle bell|bike bell|door bell mechanical|brass bell|shop bell|christmas bells metal|bell ornament", "830610", {
    splits: [
      to({ words: ["bicycle bell", "bike bell"] }, "830610"),
      to({ words: ["wind chime", "wind chimes", "windchimes"], material: ["bamboo", "wood"] }, "442199"),
      to({ words: ["wind chime", "wind chimes", "windchimes"], material: ["glass"] }, "701890"),
      to({ words: ["wind chime", "wind chimes", "windchimes"], material: ["ceramic", "porcelain"] }, "6913"),
      to({ words: ["cowbell", "cow bell"], use: ["music"] }, "920600"),
      to({ power: ["electric", "battery"] }, "853110"),
    ],
    note: "non-electric bells, gongs, wind chimes of base metal → 830610; electric bells 8531",
  }),
  e("metal figurine|metal statue|brass statue|bronze statue|bronze sculpture|metal sculpture|metal ornament|metal wall art|metal wall decor|iron wall art|metal decor|brass figurine|pewter figurine|copper ornament|metal tree sculpture|metal art|iron ornament|metal sign decor|tin sign|metal sign|vintage tin sign|metal plaque decor|decorative metal sign|trophy|trophies|trophy cup|award trophy|medal|medals|sports medal|award medal|medallion award|souvenir plate metal|metal keepsake|metal model decor|iron craft|metal crafts|desk ornament metal|zodiac statue", "8306", {
    splits: [
      // An original sculpture or statuary in any material is a work of art (9703); a mass-produced statuette is not.
      to({ words: ["original work of art", "work of art", "original sculpture", "original bronze", "limited edition"] }, "9703"),
      to({ material: ["plastic"] }, "392640"),
      to({ material: ["ceramic", "porcelain"] }, "6913"),
      to({ material: ["glass"] }, "7018"),
      to({ material: ["wood", "bamboo"] }, "4420"),
      to({ material: ["stone"] }, "6802"),
      to({ material: ["gold", "silver", "precious_metal", "platinum"] }, "7114"),
      to({ words: ["tin sign", "metal sign", "vintage tin sign", "plaque"], material: ["iron_steel", "aluminium", "base_metal"] }, "8310"),
      to({ words: ["plated", "gold plated", "silver plated"] }, "830621"),
      to({}, "830629"),
    ],
    decisive: ["material"],
    note: "statuettes, ornaments, trophies, medals of base metal → 8306 (plated with precious metal 830621, other 830629); plastic 392640; resin figurines 3926",
  }),
  e("metal photo frame|metal picture frame|metal mirror frame|wall mirror metal frame|brass frame|pewter frame", "830630", { note: "photograph/picture frames and mirrors of base metal → 830630" }),
  e("flexible metal hose|flexible metal tubing|flexible conduit metal|metal conduit flexible|braided hose stainless|stainless braided hose|faucet hose|tap connector hose|flexible gas hose metal|corrugated stainless tubing|csst|exhaust flex pipe|gooseneck tube", "8307", {
    splits: [to({ material: ["stainless_steel", "iron_steel"] }, "830710"), to({}, "830790")], note: "flexible tubing of base metal → 8307",
  }),
  e("buckle|buckles|belt buckle|belt buckles|strap buckle|side release buckle|cam buckle|slide buckle|tri-glide|d ring|d rings|d-ring|o ring metal|snap hook|snap hooks|swivel snap hook|swivel clasp|lobster clasp bag|bag clasp|purse clasp|purse frame|kiss lock frame|bag hardware|handbag hardware|bag chain|purse chain|eyelets|eyelet|grommets|grommet|grommet kit|snap buttons metal|press studs|press fasteners|poppers|tubular rivets|jeans rivets|jeans buttons|hook and eye|hooks and eyes|hook and eye closure|bra hooks|shoe eyelets|lace hooks|spangles|sequins metal|cord ends|cord locks metal|toggle clasp metal|keychain clasp|key rings clasp|spring gate ring", "8308", {
    splits: [
      to({ material: ["plastic"] }, "392690"),
      to({ words: ["snap fastener", "snap fasteners", "press stud", "press studs", "press fastener", "press fasteners", "poppers", "snap buttons", "jeans buttons"] }, "960610"),
      to({ words: ["tubular rivet", "tubular rivets", "jeans rivets"] }, "830820"),
      to({ words: ["eyelet", "eyelets", "grommet", "grommets", "hook and eye", "hooks and eyes", "bra hooks", "lace hooks", "d ring", "d rings", "d-ring"] }, "830810"),
      to({}, "830890"),
    ],
    decisive: ["material"],
    note: "clasps, buckles, hooks, eyes, eyelets, snap hooks of base metal for clothing, bags, footwear → 8308; press-fasteners 9606",
  }),
  e("bottle cap|bottle caps|crown cap|crown caps|crown corks|beer caps|screw cap|screw caps|metal lid|jar lid|jar lids|canning lids|mason jar lids|can lid|can end|easy open end|pull ring lid|capsule wine|wine capsule|bottle stopper|wine stopper|wine bottle stopper|champagne stopper|pour spout|pourer|liquor pourer|bottle pourer|drum bung|bung", "8309", {
    splits: [
      to({ material: ["plastic"] }, "392350"),
      to({ material: ["rubber"] }, "401699"),
      to({ material: ["cork"] }, "4503"),
      to({ material: ["glass"] }, "701090"),
      to({ words: ["crown"] }, "830910"),
      to({}, "830990"),
    ],
    decisive: ["material"], note: "stoppers, caps, lids of base metal → 8309 (crown corks 830910); plastic closures 392350",
  }),
  e("sign plate|name plate|nameplate|door number|house number|house numbers|door numbers|address plaque|address sign|metal letters|metal numbers|number plate holder|license plate frame|licence plate frame|number plate|license plate|licence plate|engraved plate|metal tag|metal tags|dog tag|dog tags|pet id tag|id tag|asset tag metal|valve tag|warning sign metal|safety sign metal|street sign|road sign", "8310", {
    splits: [
      to({ material: ["plastic"], words: ["license plate frame", "licence plate frame", "number plate holder"] }, "870829"),
      to({ words: ["license plate frame", "licence plate frame", "number plate holder"] }, "870829"),
      to({ material: ["plastic"] }, "392690"),
      to({ material: ["wood"] }, "442199"),
      to({ words: ["illuminated", "led", "light up"] }, "9405"),
      to({}, "831000"),
    ],
    decisive: ["material"], note: "sign-plates, name-plates, numbers, letters of base metal (non-illuminated) → 831000; plate frames for vehicles 8708",
  }),
  e("welding rod|welding rods|welding electrode|welding electrodes|stick electrodes|welding wire|mig wire|flux core wire|flux cored wire|tig rod|tig rods|tig filler rod|brazing rod|brazing rods|brazing wire|solder|solder wire|soldering wire|solder paste|lead free solder|rosin core solder|silver solder|solder bar|welding flux|tungsten electrode|tungsten electrodes|thermal spray wire", "8311", {
    splits: [
      to({ words: ["tungsten"] }, "810199"),
            to({ words: ["solder paste", "welding flux"] }, "3810"),
      to({ words: ["coated electrode", "stick electrode", "stick electrodes", "welding electrode", "welding electrodes", "welding rod", "welding rods", "e6013", "e7018"] }, "831110"),
      to({ words: ["flux core", "flux cored", "cored wire"] }, "831120"),
      to({ words: ["solder", "brazing"] }, "831130"),
      to({}, "831190"),
    ],
    note: "wire, rods, electrodes for soldering, brazing, welding → 8311 (coated electrodes 831110, cored wire 831120); solder paste/flux 3810; tungsten electrodes 8101",
  }),
  m("metal part|steel part|metal component|metal components|stamping part|metal stamping|sheet metal fabrication|casting|castings|die casting|investment casting|metal bracket custom|metal hardware|wire forms|wire form|wire shapes|metal clips|spring clips|metal rings|metal loops|metal buttons craft|magnetic hooks|magnet hooks|metal cable ties|stainless steel cable ties|hose clamp|hose clamps|pipe clamp|pipe clamps|worm gear clamp|jubilee clip|p clips|cable clamps|saddle clamps|beam clamp|strut channel|unistrut|strut clamp|metal stake|tent stakes|tent pegs|ground stakes|ground anchor|earth anchor|rebar stakes|garden stakes metal|plant support|plant support ring|tomato cage|metal trellis|metal plant stand|metal basket|wire basket|wire baskets|metal storage basket|shelf basket|metal tray|metal crate|umbrella stand|boot rack|magazine rack|newspaper rack|bike rack|bicycle rack|bike stand|bicycle stand|bike wall mount|kayak rack|surfboard rack|ladder hook|tool holder wall|pegboard|peg board|pegboard hooks|slatwall hooks|cage|bird cage|birdcage|pet cage|dog cage|dog crate|wire dog crate|cat cage|rabbit cage|hamster cage|parrot cage|animal trap|mouse trap|rat trap|live trap|fishing trap|crab trap|lobster trap|fire poker|fireplace tools|fireplace screen|fire guard|log holder|log rack|firewood rack|fire grate|fire basket|boot scraper|letter box|letterbox|mailbox|post box|parcel box|drop box|key cabinet|key box|key holder|key hook|key rack|money box metal|coin bank metal|piggy bank metal|horseshoe|horseshoes|metal detector target|anvil horn|shoe horn|shoehorn|boot jack|magnifier stand metal|metal stand|display stand|jewelry stand|jewelry holder|earring holder|necklace holder|bracelet holder|watch stand|ring holder|phone stand|phone holder|tablet stand|laptop stand|monitor stand|monitor riser|book stand|bookend|bookends|cookbook stand|music stand|sheet music stand|sign holder|card holder stand|menu holder|napkin holder metal|paper towel stand|toilet plunger metal|ladder|ladders|step ladder|stepladder|step stool metal|extension ladder|telescopic ladder|folding ladder|multi-purpose ladder|platform ladder|ladder stabilizer|wheelbarrow tray|sack truck frame", "7326",
    ARTICLE,
    "other articles of base metal by metal: iron/steel 7326 (wire articles 732620), aluminium 761699, copper 741980, zinc 790700; plastics 392690"),
  e("aluminum foil|aluminium foil|tin foil|kitchen foil|foil roll|foil sheets|foil pan|foil pans|foil tray|foil trays|foil container|foil containers|aluminum tray disposable|foil lid|foil bag|aluminum foil bag|mylar bag|mylar bags|foil pouch|foil tape|aluminum foil tape|aluminium tape|hvac tape|duct tape aluminium|heat reflective foil|insulation foil", "7607", {
    splits: [
      to({ words: ["pan", "pans", "tray", "trays", "container", "containers"] }, "761510"),
      to({ words: ["mylar bag", "mylar bags", "foil bag", "foil bags", "foil pouch"] }, "392329"),
      to({ words: ["tape"] }, "7607"),
      to({ words: ["backed", "laminated", "insulation", "reflective"] }, "760720"),
      to({}, "760711"),
    ],
    note: "aluminium foil ≤ 0.2 mm → 7607 (rolled, not backed 760711; backed 760720); foil containers 761510; mylar (plastic/alu laminate) bags 3923",
  }),
  e("aluminum sheet|aluminium sheet|aluminum plate|aluminium plate|aluminum coil|aluminium coil|aluminum strip|aluminium strip|aluminum checker plate|aluminium chequer plate|aluminum composite panel|aluminium composite panel|acp panel|dibond", "7606", {
    splits: [
      to({ words: ["composite", "acp", "dibond"] }, "7606"),
      to({ words: ["alloy", "alloys"], unless: ["circle", "circles", "disc", "discs", "round"] }, "760612"),
    ],
    note: "aluminium plates, sheets and strip > 0.2 mm → 7606 (rectangular of alloys 760612)",
  }),
  e("aluminum bar|aluminium bar|aluminum rod|aluminium rod|aluminum ingot|aluminium ingot|aluminium alloy ingot|primary aluminium|aluminum billet|aluminium billet", "7601", {
    splits: [to({ words: ["bar", "rod"], allOf: [["alloy", "alloys"]] }, "760429"), to({ words: ["bar", "rod"] }, "7604")],
    note: "unwrought aluminium → 7601; bars/rods/profiles 7604 (of alloys, not hollow, 760429)",
  }),
  e("aluminium can|aluminum can|aluminum cans|beverage can|drink can|empty aluminium cans|aerosol can empty|aluminum bottle|aluminium bottle|collapsible tube aluminium|aluminum tube empty|squeeze tube aluminum|aluminum tin|aluminium tin|aluminum jar|aluminium jar|aluminum container cosmetic", "7612", {
    splits: [to({ words: ["collapsible", "squeeze"] }, "761210"), to({}, "761290")], note: "aluminium casks, drums, cans, boxes, tubes for any material → 7612",
  }),
  e("copper cathode|copper cathodes|copper ingot|copper bar|copper rod|copper busbar|busbar copper|copper sheet|copper plate|copper strip|copper foil|copper tape|brass sheet|brass rod|brass bar|bronze rod|bronze bar|copper scrap|brass scrap|copper powder", "7403", {
    splits: [
      to({ words: ["scrap"] }, "7404"),
      to({ words: ["powder"] }, "7406"),
      to({ words: ["foil", "tape"] }, "7410"),
      // Plates, sheets and strip (> 0.15 mm) and bars and rods by the copper: brass (copper-zinc) 740921/29, 740721;
      // bronze (copper-tin) 740931/39; cupro-nickel, nickel silver 740940; other alloys 740729; else refined copper.
      to({ words: ["sheet", "plate", "strip"], allOf: [["brass"]] }, "740929"),
      to({ words: ["sheet", "plate", "strip"], allOf: [["bronze", "phosphor"]] }, "740939"),
      to({ words: ["sheet", "plate", "strip"], allOf: [["cupronickel", "cupro nickel", "nickel silver", "copper nickel"]] }, "740940"),
      to({ words: ["sheet", "plate", "strip"], allOf: [["coil", "coils", "roll"]] }, "740911"),
      to({ words: ["sheet", "plate", "strip"] }, "740919"),
      to({ words: ["rod", "bar", "busbar"], allOf: [["brass"]] }, "740721"),
      to({ words: ["rod", "bar", "busbar"], allOf: [["bronze", "phosphor", "beryllium", "cupronickel", "nickel silver", "copper nickel"]] }, "740729"),
      to({ words: ["rod", "bar", "busbar"] }, "740710"),
    ],
    note: "refined copper unwrought 7403; bars/rods 7407 (refined 740710, brass 740721); plates/sheets 7409 (refined 74091x, brass 74092x, bronze 74093x); foil 7410; scrap 7404",
  }),
  e("copper article|copper articles|brass article|brass articles|copper craft|brass craft|copper bowl decorative|brass bowl decorative|brass hardware|brass knob decorative|brass hook|copper mug", "7419", {
    splits: [to({ words: ["mug", "cup", "bowl", "pot", "pan", "kitchen"] }, "741810"), to({ processing: ["cast", "forged", "stamped"] }, "741920"), to({}, "741980")],
    note: "other articles of copper/brass → 7419; household articles 741810",
  }),
  e("zinc ingot|zinc alloy ingot|zamak|zinc sheet|zinc plate|zinc anode|zinc powder|zinc dust", "7901", {
    splits: [to({ words: ["sheet", "plate"] }, "7905"), to({ words: ["powder", "dust"] }, "7903"), to({ words: ["anode"] }, "790700")],
    note: "unwrought zinc 7901; plates 7905; dust 7903; zinc articles 7907",
  }),
  e("lead ingot|lead sheet|lead weights|lead fishing weights|lead shot|lead flashing|lead sinker|lead bar|lead wool", "7801", {
    splits: [to({ words: ["sheet", "flashing"] }, "7804"), to({ words: ["weights", "sinker", "sinkers"] }, "950790"), to({ words: ["shot"] }, "9306"), to({ words: ["wool"] }, "780600")],
    note: "unwrought lead 7801; sheets 7804; fishing sinkers 9507",
  }),
  e("tin ingot|tin bar|pewter ingot|pewter|tin article|pewter article|pewter mug|pewter tankard|pewter plate", "8001", {
    splits: [to({ words: ["mug", "tankard", "plate", "article"] }, "800700")], note: "unwrought tin 8001; articles of tin/pewter 8007",
  }),
  e("nickel sheet|nickel strip|nickel plate|nickel strip battery|pure nickel strip|nickel anode|nickel ingot|nickel cathode|nickel powder|nickel foam", "7502", {
    splits: [
      // Plates, sheets, strip and foil of nickel: not alloyed (pure) 7506.10, of nickel alloys 7506.20.
      to({ words: ["strip", "sheet", "plate", "foil"], allOf: [["pure", "99.5%", "99.6%", "99.9%", "n6", "n4", "unalloyed"]] }, "750610"),
      to({ words: ["strip", "sheet", "plate", "foil", "foam"] }, "7506"),
      to({ words: ["powder"] }, "7504"),
      to({ words: ["anode"] }, "750890"),
    ],
    note: "unwrought nickel 7502; plates/sheets/strip 7506; powder 7504",
  }),
  e("titanium sheet|titanium plate|titanium bar|titanium rod|titanium tube|titanium ingot|titanium sponge|titanium powder|titanium screws|titanium bolts|titanium article", "8108", {
    splits: [to({ words: ["sponge", "ingot", "powder"] }, "810820"), to({}, "810890")], note: "titanium and articles thereof → 8108",
  }),
  e("tungsten carbide|tungsten rod|tungsten bar|tungsten powder|tungsten cube|tungsten weight|tungsten weights|molybdenum|molybdenum sheet|tantalum|cobalt metal|magnesium ingot|magnesium bar|magnesium alloy|bismuth metal|cadmium|chromium metal|manganese metal|beryllium|germanium|vanadium|gallium|indium|hafnium|niobium|rhenium|zirconium metal|antimony metal|silicon metal", "8101", {
    splits: [
      to({ words: ["molybdenum"] }, "8102"),
      to({ words: ["tantalum"] }, "8103"),
      to({ words: ["magnesium"] }, "8104"),
      to({ words: ["cobalt"] }, "8105"),
      to({ words: ["bismuth"] }, "8106"),
      to({ words: ["cadmium", "beryllium", "chromium", "germanium", "vanadium", "gallium", "indium", "hafnium", "niobium", "rhenium", "zirconium"] }, "8112"),
      to({ words: ["antimony"] }, "8110"),
      to({ words: ["manganese"] }, "8111"),
      to({ words: ["silicon metal"] }, "280469"),
      to({ words: ["carbide"] }, "820900"),
      to({}, "810199"),
    ],
    note: "other base metals and articles (tungsten 8101, molybdenum 8102, magnesium 8104, cobalt 8105, others 8112)",
  }),
  m("fridge magnet|fridge magnets|refrigerator magnet|refrigerator magnets|souvenir magnet|souvenir fridge magnet|magnetic photo frame|decorative magnet|decorative magnets", "8505",
    { plastic: "392640", ceramics: "6913", wood: "442090", glass: "701399", metal: "830629", other: "850519" },
    "decorative fridge magnets: classified by the decorative article when it gives the character (plastics 392640, ceramics 6913), else magnets 850519"),
  m("key ring|key rings|keyring|keyrings|split key rings|split ring|split rings|keychain ring|key chain ring|keychain hardware|key ring hardware|carabiner|carabiners|carabiner clip|mini carabiner|keychain carabiner", "7326",
    { plastic: "392690", aluminium: "761699", copper: "741980", other: "732620" },
    "key rings and carabiners of steel wire/steel → 7326 (wire articles 732620), aluminium 761699"),
  m("keychain|keychains|key chain|key chains|key fob|keyfob|key tag|key tags|key holder charm|bag charm|bag charms|purse charm|backpack charm|keychain pendant|keychain accessory|keychain toy|anime keychain|plush keychain|acrylic keychain|leather keychain fob", "7326",
    { plastic: "392690", rubber: "401699", leatherish: "420500", textiles: "630790", wood: "442199", glass: "701890", zinc: "830629", metal: "732620", other: "732690" },
    "keychains are classified by the material of the decorative part (plastics 392690, leather 420500, base metal 7326/8306); plush or figure keychains may be toys (9503)"),
  e("steel ball|steel balls|bearing balls|ball bearing balls|stainless steel balls|chrome steel balls|loose bearing balls", "7326", {
    splits: [to({ words: ["bearing"] }, "848291"), to({ material: ["plastic"] }, "392690"), to({ material: ["glass"] }, "7018"), to({}, "732690")],
    note: "steel balls: for bearings 848291, other (forged grinding balls 732611) 732690",
  }),
  e("cermet|cermets|cermet inserts", "811300", { note: "cermets and articles thereof → 8113" }),
  e("magnet|magnets|neodymium magnet|neodymium magnets|rare earth magnet|magnetic strip|magnetic tape strip|magnet sheet|magnetic sheet|ferrite magnet|ceramic magnet|pot magnet|fishing magnet|magnetic sweeper|whiteboard magnets|magnet hooks strong|disc magnets|bar magnet|horseshoe magnet", "8505", {
    splits: [to({ material: ["iron_steel", "stainless_steel", "base_metal", "nickel"] }, "850511"), to({ words: ["neodymium", "rare earth", "ferrite", "ceramic magnet", "pot magnet", "disc magnets", "bar magnet", "horseshoe"] }, "850511")],
    note: "permanent magnets and articles intended to become permanent magnets → 8505 (metal 850511, other 850519); decorative fridge magnets often 8505/3926 by what gives them character",
  }),
];

const tools: LexiconEntry[] = [
  e("shovel|shovels|spade|spades|snow shovel|garden spade|trowel garden|hand trowel|garden trowel|transplanter|rake|rakes|leaf rake|garden rake|hoe|hoes|garden hoe|cultivator hand|hand cultivator|pickaxe|pick axe|mattock|garden fork|digging fork|pitchfork|hay fork|axe|axes|hatchet|splitting maul|maul|machete|bill hook|billhook|sickle|scythe|weeder|hand weeder|weed puller|root remover|bulb planter|dibber|pruning shears|pruners|secateurs|hand pruner|bypass pruner|anvil pruner|garden shears|grass shears|loppers|lopper|hedge shears|hedge clippers|pruning saw|garden tools|garden tool set|gardening tools|post hole digger|edging tool|lawn edger manual|garden kneeler|log splitter manual|timber wedge|splitting wedge|garden scissors|flower scissors|floral snips", "8201", {
    splits: [
      to({ power: ["electric", "battery", "combustion"] }, "8467"),
      to({ words: ["pruning saw"] }, "820210"),
      to({ words: ["pruning knife", "machete"] }, "8211"),
      to({ words: ["garden kneeler"] }, "9403"),
      to({ words: ["shovel", "shovels", "spade", "spades", "trowel", "transplanter"] }, "820110"),
      to({ words: ["rake", "rakes", "hoe", "hoes", "pick", "pickaxe", "mattock", "cultivator"] }, "820130"),
      to({ words: ["axe", "axes", "hatchet", "maul", "bill hook", "billhook"] }, "820140"),
      to({ words: ["pruning shears", "pruners", "secateurs", "hand pruner", "bypass pruner", "anvil pruner", "garden scissors", "flower scissors", "floral snips"] }, "820150"),
      to({ words: ["loppers", "lopper", "hedge shears", "hedge clippers", "grass shears", "garden shears"] }, "820160"),
      to({}, "820190"),
    ],
    decisive: ["power"],
    note: "hand tools for agriculture/horticulture → 8201 (spades 820110, rakes/hoes 820130, axes 820140, secateurs 820150, two-handed shears 820160, other 820190); powered 8467",
  }),
  e("saw|saws|saw chain|saw chains|hand saw|handsaw|hacksaw|hack saw|hacksaw frame|hack saw frame|saw frame|bow saw|coping saw|jigsaw blade|jig saw blade|jigsaw blades|reciprocating saw blade|sabre saw blade|saw blade|saw blades|circular saw blade|table saw blade|miter saw blade|band saw blade|bandsaw blade|chainsaw chain|chain saw chain|chainsaw blade|chainsaw bar|guide bar chainsaw|hole saw|hole saws|hole saw kit|hole saw set|diamond blade|diamond saw blade|tile saw blade|cutting disc|cut off wheel|cut-off wheel|oscillating saw blade|multi tool blades|multitool blades|folding saw|pruning saw folding|bow saw|wire saw|pocket chainsaw|flush cut saw|japanese saw|pull saw|dovetail saw|tenon saw|keyhole saw|drywall saw|bone saw|meat saw|hacksaw blades", "8202", {
    splits: [
      to({ power: ["electric", "battery", "combustion"], words: ["saw"] }, "8467"),
      to({ words: ["hole saw", "hole saws"] }, "820750"),
      // Abrasive cut-off wheels are grinding wheels of agglomerated abrasives (resin-bonded 680422; diamond 680421).
      to({ allOf: [["cutting disc", "cut off wheel", "cut-off wheel"], ["diamond"]], unless: ["segmented", "saw"] }, "680421"),
      to({ words: ["cutting disc", "cut off wheel", "cut-off wheel"], unless: ["diamond"] }, "680422"),
      to({ words: ["band saw", "bandsaw"] }, "820220"),
      // Circular blades whose working part is not steel (diamond, tungsten carbide tips) → 8202.39.
      to({ words: ["diamond blade", "diamond saw", "tile saw"] }, "820239"),
      to({ words: ["circular", "table saw", "miter saw", "mitre saw"], allOf: [["carbide", "carbide-tipped", "carbide tipped", "tct", "tungsten carbide", "diamond"]] }, "820239"),
      to({ words: ["circular", "table saw", "miter saw", "mitre saw"] }, "820231"),
      to({ words: ["chainsaw chain", "chain saw chain", "saw chain", "saw chains", "chainsaw blade", "chainsaw bar", "guide bar"] }, "820240"),
      to({ words: ["hacksaw blade", "hacksaw blades", "metal cutting blade"] }, "820291"),
      // A saw with its frame or handle is a hand saw (8202.10) even when the blade comes with it.
      to({ words: ["blade", "blades"], unless: ["frame", "handle"] }, "820299"),
      to({}, "820210"),
    ],
    decisive: ["power"],
    note: "hand saws 820210 and saw blades of all kinds (band 820220, circular 82023x, chain saw 820240, other 82029x); powered saws 8467",
  }),
  e("pliers|plier|needle nose pliers|needle-nose pliers|long nose pliers|combination pliers|slip joint pliers|locking pliers|vise grip|vice grip|mole grips|water pump pliers|tongue and groove pliers|channel lock pliers|diagonal cutters|side cutters|wire cutters|wire cutter|flush cutters|end cutters|nippers|cutting pliers|crimping pliers|crimper|crimping tool|wire crimper|terminal crimper|wire stripper|wire strippers|cable stripper|circlip pliers|snap ring pliers|jewelry pliers|hose clamp pliers|fencing pliers|pincers|tweezers|tweezer|eyebrow tweezers|precision tweezers|esd tweezers|splinter tweezers|lash tweezers|eyelash tweezers|metal file|needle file|needle files|rasp|wood rasp|file set|nail file metal|tin snips|aviation snips|metal shears|sheet metal shears|metal snips|pipe cutter|pipe cutters|tube cutter|pvc pipe cutter|bolt cutter|bolt cutters|bolt croppers|cable cutter|cable cutters|hole punch tool|leather punch|punch set|hollow punch|revolving punch|belt hole punch|eyelet punch", "8203", {
    splits: [
            to({ words: ["file", "files", "rasp"] }, "820310"),
      to({ words: ["tin snips", "aviation snips", "metal shears", "sheet metal shears", "metal snips"] }, "820330"),
      to({ words: ["pipe cutter", "pipe cutters", "tube cutter", "bolt cutter", "bolt cutters", "bolt croppers", "punch", "hollow punch", "revolving punch"] }, "820340"),
      to({ words: ["nail file"] }, "821420"),
      to({}, "820320"),
    ],
    note: "files and rasps 820310; pliers, pincers, tweezers, wire cutters and strippers 820320; metal shears 820330; pipe cutters, bolt croppers, punches 820340",
  }),
  e("wrench|wrenches|spanner|spanners|combination wrench|open end wrench|box end wrench|ring spanner|ratchet wrench|ratcheting wrench|adjustable wrench|adjustable spanner|monkey wrench|pipe wrench|stillson|torque wrench|allen key|allen keys|allen wrench|hex key|hex keys|hex key set|torx key|star key|spoke wrench|basin wrench|oil filter wrench|lug wrench|wheel wrench|tire iron|cross wrench|spark plug wrench|crowfoot wrench|socket set|impact sockets|impact socket set|deep socket|socket wrench|ratchet|ratchet handle|breaker bar|socket extension|extension bar|universal joint socket|spinner handle|nut driver", "8204", {
    splits: [
      to({ power: ["electric", "battery"] }, "8467"),
      to({ words: ["socket", "sockets", "socket set", "impact socket", "deep socket", "socket adapter", "socket extension", "extension bar", "universal joint"] }, "820420"),
      to({ words: ["adjustable", "monkey", "pipe wrench", "stillson", "basin wrench", "strap wrench", "chain wrench"] }, "820412"),
      to({ words: ["torque"] }, "820411"),
      to({}, "820411"),
    ],
    note: "hand-operated spanners and wrenches (non-adjustable 820411, adjustable 820412); interchangeable sockets 820420",
  }),
  e("hammer|hammers|claw hammer|ball peen hammer|sledge hammer|sledgehammer|club hammer|mallet|rubber mallet|dead blow hammer|framing hammer|tack hammer|upholstery hammer|geology hammer|rock hammer|brick hammer|welding hammer|chipping hammer|drywall hammer|planishing hammer|jewelry hammer|meat mallet metal|emergency hammer|car safety hammer|window breaker", "8205", {
    splits: [to({ power: ["electric", "battery"] }, "8467"), to({ material: ["rubber", "wood", "plastic"], words: ["mallet"] }, "820520"), to({ words: ["emergency hammer", "car safety hammer", "window breaker"] }, "820520"), to({}, "820520")],
    note: "hammers and sledge hammers → 820520",
  }),
  e("screwdriver|screwdrivers|screwdriver set|precision screwdriver|precision screwdriver set|phillips screwdriver|flathead screwdriver|torx screwdriver|ratcheting screwdriver|ratchet screwdriver|stubby screwdriver|insulated screwdriver|multi-bit screwdriver|screwdriver kit|repair tool kit phone|phone repair kit|electronics repair kit|watch screwdriver|eyeglass screwdriver|offset screwdriver|torque screwdriver", "8205", {
    // Heading 8206 is for tools of two or more of headings 8202 to 8205 in one set: a set of screwdrivers alone is
    // screwdrivers (820540); a repair kit or a set that also names pliers, tweezers, wrenches or the like is 8206.
    splits: [
      to({ power: ["electric", "battery"] }, "846729"),
      to({ words: ["repair kit", "repair tool kit", "repair tools", "pliers", "plier", "tweezers", "tweezer", "wrench", "wrenches", "spanner", "spanners", "hammer", "knife", "pry tool", "pry tools", "spudger", "saw", "file", "socket", "sockets", "cutter", "cutters"], isSet: true }, "820600"),
      to({}, "820540"),
    ],
    note: "screwdrivers → 820540 (sets of tools of two or more of 8202–8205 8206); powered screwdrivers 8467",
  }),
  e("chisel|chisels|wood chisel|cold chisel|mortise chisel|carving chisel|wood carving tools|carving knife set wood|gouge|gouges|hand plane|block plane|jack plane|smoothing plane|spokeshave|draw knife|drawknife|scraper plane|router plane|woodworking tools hand", "820530", { note: "planes, chisels, gouges for working wood → 820530" }),
  e("tap and die|tap and die set|tap set|die set threading|thread tap|thread taps|threading die|tap wrench|die holder|hand drill|manual drill|brace drill|gimlet|bradawl|awl|reamer hand", "820510", {
    splits: [
      to({ words: ["awl", "bradawl"] }, "820559"),
      // Taps and dies are interchangeable tools for tapping or threading (8207.40); a set of them with its tap wrench and
      // die stock takes their character. The wrench or stock alone is a hand threading tool (8205.10).
      to({ words: ["tap and die", "tap set", "thread tap", "thread taps", "threading die", "die set"] }, "820740"),
    ],
    note: "taps and dies 820740; hand drilling, threading and tapping tools (tap wrenches, die stocks, hand drills) → 820510",
  }),
  e("household tools|household tool|household tool kit|home tool kit|basic tool kit|tool kit home", "820551", { note: "household hand tools → 820551 (tool sets 8206)" }),
  e("crowbar|crow bar|pry bar|wrecking bar|nail puller|cat's paw|putty knife|putty knife set|putty knives|scraper|paint scraper|wallpaper scraper|floor scraper|glass scraper|razor scraper|caulking gun|caulk gun|sealant gun|silicone gun|rivet gun|pop rivet gun|hand riveter|staple gun|stapler gun|upholstery stapler|nail set|center punch|centre punch|pin punch|letter punch set|number punch set|stamping set metal|scribe|scriber|marking gauge|glass cutter|tile cutter manual|tile nippers|grout float|grout saw|trowel|plastering trowel|notched trowel|bricklaying trowel|finishing trowel|float plaster|drywall knife|taping knife|joint knife|mixing paddle|paint mixer|grout tool|tile spacers|tile leveling system|caulking tool|sealant smoothing tool|soldering aid|pick set|o-ring pick|hook and pick set|gasket scraper|trim removal tool|trim tool kit|panel removal tool|pry tool|spudger|opening tool|tire lever|tyre lever|valve core tool|oil drain pan|funnel set automotive|brake bleeder manual|dent puller|paintless dent repair|dent repair kit|ice scraper|snow brush car|magnetic pickup tool|pickup tool|grabber tool|reacher grabber|litter picker|pick up tool|telescopic magnet|inspection mirror|feeler gauge metal|strap wrench|chain wrench|filter wrench|pipe bender|tube bender|conduit bender|flaring tool|swaging tool|deburring tool|hand seamer|sheet metal bender|bending tool|knife sharpener manual|tool sharpener|chainsaw sharpener manual|saw set|wire twister|fence tool|post driver|post rammer|hand tamper|bricklayer line|chalk line|plumb bob|string line|wrecking tool|demolition bar|manhole lifter", "8205", {
    splits: [
      to({ power: ["electric", "battery", "combustion"] }, "8467"),
      to({ words: ["chalk line", "plumb bob", "bricklayer line", "string line"] }, "9015"),
      to({ words: ["grease gun"] }, "842420"),
      to({ words: ["caulking gun", "caulk gun", "sealant gun", "silicone gun"] }, "820559"),
      to({ words: ["ice scraper", "snow brush"], material: ["plastic"] }, "392490"),
      to({ words: ["reacher grabber", "litter picker", "grabber"], material: ["plastic"] }, "392690"),
      to({ words: ["tile spacers", "tile leveling"], material: ["plastic"] }, "392690"),
      to({ words: ["knife sharpener", "tool sharpener", "sharpener"] }, "820559"),
      to({ words: ["inspection mirror"] }, "7009"),
      to({ words: ["oil drain pan"] }, "732690"),
      to({}, "820559"),
    ],
    note: "other hand tools (crowbars, scrapers, trowels, caulking guns, punches) → 820559",
  }),
  e("blow torch|blowtorch|blow lamp|butane torch|propane torch|kitchen torch|culinary torch|soldering torch|gas torch|brazing torch|weed burner|plumbing torch", "820560", {
    splits: [to({ words: ["torch lighter", "jet lighter"] }, "961380")], note: "blow lamps and gas torches → 820560",
  }),
  e("vise|vice|bench vise|bench vice|vise grip pliers|machine vise|drill press vise|pipe vise|clamp|clamps|c clamp|c-clamp|g clamp|f clamp|bar clamp|quick clamp|quick release clamp|spring clamp|spring clamps|pipe clamp woodworking|parallel clamp|corner clamp|edge clamp|toggle clamp|hold down clamp|woodworking clamp|welding clamp|hose clamp tool|clamp set", "820570", {
    splits: [to({ material: ["plastic"], words: ["spring clamp", "spring clamps"] }, "392690"), to({}, "820570")],
    note: "vices, clamps and the like (not machine-tool accessories) → 820570",
  }),
  e("anvil|anvils|portable forge|forge|blacksmith tools|grindstone manual|hand grinder manual|glass cutting tool|diamond glass cutter|hand operated pump|pedal grindstone|bench block|tool set multipurpose|tool kit|toolkit|tool set|hand tool set|mechanic tool set|mechanics tool set|socket and wrench set|home repair tool set|bike tool kit|bicycle tool kit|bike repair kit|bicycle repair kit|multi tool|multitool|multi-tool|pocket multi tool|bike multi tool|survival multitool|tool card|credit card tool", "8205", {
    splits: [
      // Sockets with their ratchet handle and wrenches are all heading 8204: not a set of tools of several headings (8206).
      to({ words: ["socket and wrench set", "socket wrench set"] }, "820420"),
      to({ words: ["tool set", "tool kit", "toolkit", "hand tool set", "mechanic", "mechanics", "home repair", "bike tool kit", "bicycle tool kit", "bike repair kit", "bicycle repair kit"] }, "820600"),
      to({ words: ["multi tool", "multitool", "multi-tool", "pocket multi tool", "survival multitool", "tool card", "credit card tool"] }, "8205"),
      to({}, "820590"),
    ],
    note: "sets of hand tools (two or more of 8202–8205) put up for retail sale → 820600; anvils, forges, other 820590",
  }),
  e("drill bit|drill bits|drill bit set|twist drill|masonry drill bit|wood drill bit|spade bit|forstner bit|auger bit|step drill|step drill bit|countersink bit|core drill bit|diamond core bit|sds drill bit|sds bit|tile drill bit|glass drill bit|cobalt drill bit|hss drill bit|router bit|router bits|end mill|end mills|milling cutter|milling cutters|carbide end mill|screwdriver bit|screwdriver bits|bit set|driver bits|impact bits|bit holder|magnetic bit holder|nut setter|hex bits|torx bits|phillips bits|power bit|tap drill|thread mill|reamer|reamers|countersink|chamfer tool|lathe tool|turning tool|boring bar|insert holder|carbide insert|carbide inserts|cnc insert|indexable insert|lathe insert|burr bit|rotary burr|carbide burr|rotary tool bits|rotary tool accessories|grinding bit|polishing bit|engraving bit|dremel bits|punch and die|press die|stamping die|wire drawing die|extrusion die|rock drill bit|earth auger bit|auger drill|ice auger bit|hammer drill bit|chisel bit sds|mixing paddle drill", "8207", {
    splits: [
      to({ words: ["carbide insert", "carbide inserts", "cnc insert", "indexable insert", "lathe insert", "insert"] }, "820900"),
      to({ words: ["rock drill", "earth auger", "auger drill", "ice auger", "core drill", "diamond core"] }, "820719"),
      to({ words: ["wire drawing", "extrusion die"] }, "820720"),
      to({ words: ["press die", "stamping die", "punch and die"] }, "820730"),
      to({ words: ["tap drill", "thread mill", "tap", "taps"] }, "820740"),
      to({ words: ["reamer", "reamers", "boring bar"] }, "820760"),
      to({ words: ["end mill", "end mills", "milling cutter", "milling cutters", "router bit", "router bits"] }, "820770"),
      to({ words: ["lathe tool", "turning tool"] }, "820780"),
      to({ words: ["screwdriver bit", "screwdriver bits", "driver bits", "impact bits", "bit holder", "nut setter", "hex bits", "torx bits", "phillips bits", "power bit", "burr", "rotary", "grinding bit", "polishing bit", "engraving bit", "dremel", "mixing paddle"] }, "820790"),
      to({}, "820750"),
    ],
    note: "interchangeable tools for hand or machine tools → 8207 (drilling 820750, milling 820770, screwdriving bits/other 820790); carbide inserts unmounted 8209",
  }),
  e("machine knife|machine blade|machine blades|planer blade|planer blades|jointer knives|shredder blade|paper cutter blade|guillotine blade|slitter blade|granulator blade|crusher blade|lawn mower blade|mower blade|mower blades|brush cutter blade|meat slicer blade|food processor blade|blender blade|juicer blade|meat grinder blade|mincer blade|cutter blade industrial|utility knife blade|snap off blades|box cutter blades|scraper blades|razor blades utility", "8208", {
    splits: [
      to({ words: ["utility knife", "snap off", "box cutter", "scraper blades", "razor blades utility"] }, "821194"),
      to({ words: ["planer", "jointer"] }, "820820"),
      to({ words: ["meat", "food", "blender", "juicer", "mincer", "grinder"] }, "820830"),
      to({ words: ["mower", "brush cutter", "trimmer", "lawn"] }, "820840"),
      to({ words: ["metal", "slitter"] }, "820810"),
      to({}, "820890"),
    ],
    note: "knives and blades for machines → 8208 (wood 820820, food 820830, agricultural 820840); replacement blades for hand knives 821194",
  }),
  e("can opener|tin opener|manual can opener|rotary can opener|safety can opener|meat grinder manual|manual meat grinder|hand mincer|manual coffee grinder|hand coffee grinder|coffee mill manual|pepper mill|pepper grinder|salt mill|salt grinder|salt and pepper grinder|salt and pepper grinders|salt and pepper mill|salt and pepper mills|salt pepper grinder|spice grinder manual|herb grinder|grinder herb|manual juicer press|hand juicer press|pasta maker|pasta machine|manual pasta maker|noodle maker manual|manual can sealer|vegetable spiralizer|vegetable slicer|vegetable chopper|food chopper manual|onion chopper|manual food processor|pull chopper|salad spinner|apple corer slicer|apple peeler|potato peeler machine|cherry pitter|corn stripper|ice shaver|ice crusher manual|sugar cane juicer manual|nut grinder manual|grain mill manual|soybean milk maker manual|butter churn|egg beater rotary|rotary egg beater|rotary cheese grater|garlic chopper|herb mill", "8210", {
    splits: [
      to({ power: ["electric", "battery"] }, "8509"),
      to({ words: ["salad spinner"], material: ["plastic"] }, "392410"),
      to({ words: ["grater", "zester", "microplane", "rasp grater", "cheese grater", "box grater"] }, "8205"),
      to({ words: ["pepper mill", "pepper grinder", "salt mill", "salt grinder"], material: ["wood"] }, "8210"),
      to({}, "821000"),
    ],
    decisive: ["power"],
    note: "hand-operated mechanical appliances ≤ 10 kg for preparing food or drink → 821000; electric 8509",
  }),
  e("knife|knives|kitchen knife|kitchen knives|chef knife|chef's knife|cooks knife|santoku|santoku knife|paring knife|utility knife kitchen|bread knife|carving knife|slicing knife|boning knife|fillet knife|filleting knife|cleaver|meat cleaver|vegetable cleaver|nakiri|chinese cleaver|steak knife|steak knives|steak knife set|steak knives set|steak knife sets|table knife|table knives|table knife set|cheese knife|cheese knives|oyster knife|grapefruit knife|tomato knife|knife set|kitchen knife set|knife block set|damascus knife|ceramic knife|fixed blade knife|hunting knife|survival knife|bushcraft knife|tactical knife|combat knife|dagger|bowie knife|skinning knife|neck knife|diving knife|throwing knife|throwing knives|folding knife|pocket knife|pocketknife|penknife|pen knife|jack knife|swiss army knife|multi-function knife|flipper knife|switchblade|automatic knife|butterfly knife|balisong|karambit|utility knife|box cutter|boxcutter|stanley knife|craft knife|hobby knife|precision knife|scalpel craft|exacto knife|x-acto knife|snap off knife|carpet knife|hook knife|linoleum knife|pruning knife|grafting knife|budding knife|mushroom knife|harvest knife|gardening knife|sickle knife|knife blade|replacement blades|knife blades", "8211", {
    splits: [
      // A set of steak or table knives is knives of one kind, not a set of assorted articles (8211.10).
      to({ words: ["steak knife set", "steak knives set", "steak knife sets", "table knife set", "table knives set"] }, "821191"),
      to({ words: ["knife set", "knife block set", "kitchen knife set"], isSet: true }, "821110"),
      to({ words: ["knife set", "knife block set", "kitchen knife set"] }, "821110"),
      to({ words: ["replacement blades", "knife blades", "knife blade"] }, "821194"),
      to({ words: ["cleaver", "meat cleaver", "vegetable cleaver", "chinese cleaver"] }, "821490"),
      to({ words: ["butter knife", "cheese knife", "cheese knives", "fish knife"] }, "8215"),
      to({ words: ["table knife", "table knives", "steak knife", "steak knives"] }, "821191"),
      to({ words: ["folding", "pocket", "pocketknife", "penknife", "pen knife", "jack knife", "swiss army", "flipper", "switchblade", "automatic", "butterfly", "balisong", "utility knife", "box cutter", "boxcutter", "stanley", "snap off", "retractable"] }, "821193"),
      to({}, "821192"),
    ],
    note: "knives: table knives 821191, other fixed-blade (kitchen, hunting, craft) 821192, folding/retractable 821193, blades 821194, sets 821110; cleavers 821490",
  }),
  e("razor|razors|safety razor|straight razor|cut throat razor|shaving razor|disposable razor|disposable razors|razor handle|men's razor|women's razor|cartridge razor|double edge razor|razor blade|razor blades|razor cartridges|razor refills|shaving blades|double edge blades|blade refill|razor head|eyebrow razor|dermaplaning tool|face razor|eyebrow shaper|bikini trimmer manual", "8212", {
    splits: [
      to({ power: ["electric", "battery"] }, "851010"),
      to({ words: ["razor blade", "razor blades", "razor cartridges", "razor refills", "shaving blades", "double edge blades", "blade refill", "cartridges"] }, "821220"),
      to({ words: ["razor head", "handle"] }, "821290"),
      to({}, "821210"),
    ],
    decisive: ["power"], note: "non-electric razors 821210, safety razor blades and cartridges 821220; electric shavers 851010",
  }),
  e("scissors|scissor|shears|tailor scissors|tailors shears|fabric scissors|sewing scissors|dressmaking shears|pinking shears|embroidery scissors|thread snips|thread clippers|kitchen scissors|kitchen shears|poultry shears|hair scissors|haircut scissors|hairdressing scissors|barber scissors|thinning scissors|thinning shears|pet grooming scissors|paper scissors|office scissors|kids scissors|craft scissors|safety scissors|nail scissors|cuticle scissors|bandage scissors|trauma shears|eyebrow scissors|nose hair scissors|moustache scissors|left handed scissors|multipurpose scissors", "821300", {
    splits: [to({ words: ["poultry shears"] }, "820150"), to({ words: ["nail scissors", "cuticle scissors"], isSet: true }, "821420"), to({ words: ["bandage scissors", "trauma shears"], use: ["medical"] }, "901890")],
    note: "scissors, tailors' shears and similar → 821300",
  }),
  e("nail clipper|nail clippers|nail cutter|toenail clippers|fingernail clippers|cuticle nipper|cuticle nippers|cuticle pusher|cuticle trimmer|nail nipper|manicure set|pedicure set|manicure kit|pedicure kit|grooming kit|nail care kit|nail file|nail files|emery board|glass nail file|crystal nail file|foot file|callus remover|foot rasp|pedicure rasp|callus shaver|ingrown toenail tool|nail kit", "821420", {
    splits: [
      // "Picture Hanging Hooks Nails Kit": nails for hanging pictures are nails of 7317, no manicure kit.
      to({ words: ["nail kit", "nails kit"], allOf: [["hook", "hooks", "hanging", "hanger", "hangers", "picture", "frame", "frames", "wall", "hammer"]] }, "731700"),
      to({ words: ["emery board"], material: ["paper"] }, "6805"),
      to({ words: ["glass nail file", "crystal nail file"] }, "7020"),
      to({ power: ["electric", "battery"] }, "851030"),
    ],
    note: "manicure and pedicure sets and instruments (nail clippers, files, nippers) → 821420",
  }),
  e("pencil sharpener|pencil sharpeners|manual pencil sharpener|letter opener|paper knife|erasing knife|sharpener blade", "821410", {
    splits: [to({ power: ["electric", "battery"] }, "847290"), to({ material: ["plastic"] }, "821410")], note: "pencil sharpeners (non-mechanical), letter openers → 821410; electric sharpeners 8472",
  }),
  e("hair clipper manual|manual hair clipper|eyelash curler|eyelash curlers|lash curler|mincing knife|mezzaluna|herb chopper knife|butcher cleaver|chopper knife|rocking knife|pizza cutter|pizza wheel|pizza slicer|ulu knife", "821490", {
    splits: [to({ words: ["pizza cutter", "pizza wheel", "pizza slicer"] }, "821599")], note: "hand hair clippers, eyelash curlers, mincing knives, cleavers → 821490 (other articles of cutlery)",
  }),
  e("cutlery|cutlery set|flatware|flatware set|silverware set|butter knife set|butter knives set|butter spreader set|spoon|spoons|teaspoon|teaspoons|tablespoon|soup spoon|dessert spoon|coffee spoon|stirring spoon|ice cream spoon|fork|forks|dinner fork|dessert fork|salad fork|cake fork|fruit fork|spork|travel cutlery|camping cutlery|portable cutlery|cake server|pie server|cake knife and server|salad servers|serving set cutlery|fish knife|sugar tongs|serving tongs|pasta server|ice cream scoop|cookie scoop|melon baller|baby spoon|baby spoons|kids cutlery|children cutlery|cocktail fork|seafood fork|lobster pick|crab cracker|fondue forks|chopstick metal|metal straws|metal straw|stainless steel straws|reusable straws metal", "8215", {
    // Sets of assorted cutlery of base metal (knives with forks and spoons included: note to 8211) are 8215.20
    // (8215.10 when an article is plated with precious metal).
    splits: [
      // A set of one kind of article (twelve dinner spoons) is no set of assorted articles: it stays with the article.
      ...ASSORTED_CUTLERY.map((allOf) => to({ isSet: true, material: mats("metal"), allOf }, "821520")),
      to({ words: CUTLERY_SETS, material: mats("metal") }, "821520"),
    ],
    m: { plastic: "392410", wood: "441990", bamboo: "441919", ceramics: "691200", pm: "7114", other: "821599" },
    note: "spoons, forks, ladles, cake servers, sugar tongs of base metal → 8215 (sets of assorted articles 821510/20, other 821599); plastic 392410, wood 4419",
  }),
];


export const METALS: LexiconEntry[] = [...steelProducts, ...household, ...otherArticles, ...tools];
