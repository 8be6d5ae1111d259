/**
 * Generic article nouns whose heading is decided by the material they are made of (GRI 1: the
 * chapters are organised by material; the same "box", "cover" or "holder" is 3923/3926 of plastics,
 * 4819 of paperboard, 4420/4421 of wood, 7310/7326 of iron or steel, 7612/7616 of aluminium ...).
 * These are the fallbacks used when no more specific phrase ("phone case", "storage box") matches;
 * without a stated material the default is the most common trade case and "material" is decisive,
 * so the engine asks for it when the answer would change.
 */
import type { LexiconEntry } from "../types.js";
import { e, m, to } from "./helpers.js";
import { ARTICLE } from "./metals.js";

/** Boxes, cases and containers for the conveyance or packing of goods (3923 / 4819 / 4415 / 7310 / 7612). */
const PACKING: Record<string, string> = {
  plastic: "392310",
  paper: "481920",
  steel: "731029",
  aluminium: "761290",
  copper: "741980",
  "zinc,tin,othermetal": "830629",
  pm: "7114",
  leatherish: "420291",
  textiles: "630790",
  glass: "701399",
  porcelain: "691190",
  ceramic: "691200",
  stone: "6802",
  straw: "460219",
  "wood,bamboo": "442090",
};

/** Protective covers, holders, stands and similar small articles (other articles by material). */
const SMALL_ARTICLE: Record<string, string> = { ...ARTICLE, rubber: "401699", straw: "460219", pm: "7114" };

const generic: LexiconEntry[] = [
  m("box|boxes|container|containers|crate|crates|carton|cartons|tin container", "392310", PACKING,
    "boxes, cases, crates and containers: of plastics for packing 392310; of paperboard 4819; of iron/steel 7310; aluminium 7612; wood (caskets and boxes) 4420; leather-covered 4202"),
  e("bottle|bottles|vial|vials|flacon|canister bottle", "392330", {
    m: { plastic: "392330", glass: "701090", stainless_steel: "732393", iron_steel: "731029", aluminium: "761290", copper: "741810", porcelain: "691190", ceramic: "691200", leatherish: "420500", paper: "482390", other: "392330" },
    note: "bottles and flasks: of plastics 392330; glass 701090; stainless steel (drinking bottles) 732393; aluminium 761290; ceramics 6911/6912",
  }),
  e("jar|jars|pot jar|lidded jar", "701090", {
    m: { glass: "701090", plastic: "392330", porcelain: "691190", ceramic: "691200", stainless_steel: "732393", iron_steel: "731029", aluminium: "761290", wood: "441990", bamboo: "441919", stone: "6802", other: "701090" },
    note: "jars: of glass 701090 (carboys, bottles, jars for packing); plastics 392330; ceramics 6911/6912; stainless steel 732393",
  }),
  e("lid|lids|cap lid|replacement lid|stopper|stoppers|plug stopper", "392350", {
    m: { plastic: "392350", "steel,aluminium,copper,othermetal": "830990", rubber: "401699", cork: "450390", glass: "701090", "wood,bamboo": "441990", ceramics: "691200", other: "392350" },
    note: "stoppers, lids, caps and other closures: of plastics 392350; base metal 830990; rubber 401699; cork 4503; glass 701090",
  }),
  e("pot lid|pan lid|cookware lid|tempered glass lid|wok lid|universal lid|frying pan lid|saucepan lid|stretch lid|stretch lids", "732393", {
    m: { glass: "701349", stainless_steel: "732393", iron_steel: "732399", aluminium: "761510", copper: "741810", plastic: "392410", rubber: "392410", "wood,bamboo": "441990", ceramics: "691200" },
    note: "lids for cookware are kitchen articles of their material: glass 701349, stainless steel 732393, aluminium 761510, silicone/plastics 392410",
  }),
  m("cover|covers|protective cover|protective sleeve|sleeve cover", "392690", { ...SMALL_ARTICLE, textiles: "630790" },
    "covers and protectors are articles of their material: plastics 392690; rubber 401699; textile 630790; leather 4205; iron/steel 732690; aluminium 761699; wood 442199"),
  m("holder|holders|mount holder|bracket holder|stand holder|support holder|rest holder", "392690", SMALL_ARTICLE,
    "holders and cradles are articles of their material: plastics 392690; iron/steel 732690; aluminium 761699; wood 442199; rubber 401699"),
  m("stand|stands|support stand|base stand|riser stand|pedestal stand", "392690", SMALL_ARTICLE,
    "stands are articles of their material: plastics 392690; iron/steel 732690; aluminium 761699; wood 442199 (floor-standing furniture is 9403)"),
  m("clip|clips|clamp clip|fastening clip|retaining clip|holding clip", "392690", SMALL_ARTICLE,
    "clips are articles of their material: plastics 392690; iron/steel 732690; aluminium 761699 (office clips 8305, hair clips 9615)"),
  m("spacer|spacers|bushing sleeve|insert piece|end cap|end caps|blanking cap|blanking plug|dust cap|dust caps|protective cap|protective caps|tube cap|pipe cap plastic|leg cap|leg caps|foot cap|buffer pad", "392690", SMALL_ARTICLE,
    "caps, spacers and small fittings are articles of their material: plastics 392690; rubber 401699; iron/steel 732690; aluminium 761699"),
  e("knob|knobs|pull knob|control knob replacement|handle knob", "830242", {
    m: { plastic: "392630", "wood,bamboo": "442199", porcelain: "691190", ceramic: "691200", glass: "701399", stone: "6802", other: "830242" },
    note: "knobs for furniture and doors: base metal 830242; plastics 392630; wood 442199; ceramics 6911/6912; glass 701399",
  }),
  e("tag|tags|hang tag|hang tags|swing tag|swing tags|price tag|price tags|name tag|name tags|gift tag|gift tags", "482190", {
    m: { paper: "482190", plastic: "392690", "steel,aluminium,copper,othermetal": "831000", leatherish: "420500", textiles: "580790", "wood,bamboo": "442199", other: "482190" },
    note: "tags and labels: of paper 4821 (printed 482110); plastics 392690; base metal 8310; leather 4205; textile 5807",
  }),
  e("sign|signs|signage|signboard|sign board|door sign|wall sign|plaque sign|acrylic sign|custom sign|business sign|shop sign|warning sign|safety sign|room sign|toilet sign|parking sign|yard sign|desk sign|table sign|welcome sign", "392690", {
    splits: [
      to({ words: ["led", "neon", "illuminated", "light up", "lighted", "luminous", "backlit", "light box"] }, "940561"),
      to({ words: ["exit sign"], power: ["electric", "battery"] }, "940561"),
    ],
    m: { plastic: "392690", "steel,aluminium,copper,othermetal": "831000", "wood,bamboo": "442199", glass: "702000", paper: "491199", textiles: "630790", ceramics: "691490", stone: "6802", other: "392690" },
    note: "signs and name-plates: base metal 8310; plastics 392690; wood 442199; illuminated signs 9405 (LED 940561)",
  }),
  e("figure|figures|figurine toy|collectible figure|anime figure|pvc figure|action figures|model figure|gk figure|garage kit figure|figure model|figure statue", "950300", {
    m: { porcelain: "691310", ceramic: "691390", "steel,aluminium,copper,othermetal": "830629", pm: "7114", glass: "701890", "wood,bamboo": "442019", stone: "6802" },
    note: "figures of characters and people are toys (9503), whatever the display use; ornamental statuettes of ceramics 6913, base metal 830629, wood 4420",
  }),
  e("tube|tubes|tubing|hose|hoses|pipe tube|flexible tube|flexible hose|flexible tubing|hose pipe|conduit tube", "3917", {
    splits: [
      to({ words: ["inner tube", "bicycle tube", "bike tube", "tire tube", "tyre tube"] }, "4013"),
      to({ words: ["vacuum tube", "electron tube", "valve tube"] }, "8540"),
      to({ words: ["heat shrink", "heatshrink", "shrink tube", "shrink tubing"] }, "391732"),
      to({ words: ["fitting", "fittings", "connector", "coupling", "with fittings"], material: ["plastic"] }, "391733"),
    ],
    m: { plastic: "3917", rubber: "4009", stainless_steel: "730640", iron_steel: "7306", aluminium: "7608", copper: "7411", titanium: "810890", glass: "701790", textiles: "590900", paper: "482290" },
    note: "tubes, pipes and hoses: plastics 3917; vulcanised rubber 4009; iron/steel 7304–7306 (stainless welded 730640); copper 7411; aluminium 7608; textile hosepiping 5909",
  }),
  e("spool|spools|bobbin|bobbins|reel empty|empty spool|empty reel|cable reel empty|thread spool empty|filament spool empty", "392340", {
    m: { plastic: "392340", paper: "482290", "wood,bamboo": "442199", steel: "732690", aluminium: "761699" },
    note: "spools, cops, bobbins and similar supports: of plastics 392340; paper 482290; wood 442199 (textile bobbins of wood)",
  }),
  e("water tank|storage tank plastic|rain barrel|rain water tank|rainwater tank|water butt|septic tank|ibc tank|ibc container|intermediate bulk container|chemical tank|water storage tank|cistern tank", "392510", {
    splits: [
      to({ words: ["ibc", "intermediate bulk", "chemical tank"], material: ["plastic"] }, "392390"),
      to({ words: ["ibc", "intermediate bulk"] }, "392390"),
      to({ words: ["rain barrel", "water butt"], material: ["plastic"] }, "392590"),
    ],
    m: { plastic: "392510", stainless_steel: "730900", iron_steel: "730900", aluminium: "761100", "wood,bamboo": "441600", ceramics: "690990", other: "392510" },
    note: "reservoirs, tanks and vats of plastics over 300 l are builders' ware 392510 (Note 11 to ch. 39); IBC totes for packing 392390; iron/steel tanks 7309; aluminium 7611",
  }),
];

export const ARTICLES_BY_MATERIAL: LexiconEntry[] = [...generic];
