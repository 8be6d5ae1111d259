/**
 * Section XIV / XV: jewellery of precious metal (7113) vs imitation jewellery (7117) vs articles of pearls or
 * stones (7116); parts of general use (Section XV note 2) excluded from the machine, vehicle, furniture and toy
 * chapters; articles of iron or steel (ch. 73) vs aluminium (ch. 76) vs copper (ch. 74) by material.
 */
import type { ExtractedAttributes, Material } from "../types.js";
import { BASE_METALS, PRECIOUS_METALS, hasMaterial } from "./materials.js";
import { EffectBuilder, chapterOf, headingOf, type GriRule } from "./rule.js";
import { statedOnly } from "../lexicon/resolve.js";

// ---------------------------------------------------------------------------------------------------------------
// Chapter 71: jewellery

export type PreciousMetalStatus = "solid" | "clad" | "plated" | "none";

const PURITY = /\b(925|sterling|[0-9]{1,2} ?k(?:t|arat)?(?! ?(?:gold|silver|rose gold|white gold)? ?(?:plated|plating|filled|tone|colou?r))|585|750|916|999|solid (?:gold|silver|platinum)|fine silver|pure (?:gold|silver)|real (?:gold|silver)|pt ?9[05]0|vermeil)\b/;
const PLATED = /\b(gold|silver|rhodium|platinum|rose gold|white gold)[- ]?(plated|plating|tone[ds]?|colou?r(?:ed)?|dipped|finish)\b|\b(plated|plating|electroplated|coated) (?:with |in )?(?:[0-9]+k )?(gold|silver|rhodium|platinum)\b|\bgp\b/;
const CLAD = /\b(gold[- ]filled|rolled gold|gold[- ]clad|silver[- ]clad|clad with (?:gold|silver|platinum))\b/;

/** A precious-metal fitting named as such: "925 silver clasp", "14k gold ear wires", "sterling silver lobster clasp". */
const MINOR_FITTING_SRC =
  "\\b(?:(?:925|sterling|solid|fine|[0-9]{1,2} ?k(?:t)?|585|750|yellow|white|rose)\\s+)*(?:silver|gold|platinum|925|sterling|[0-9]{1,2} ?k)" +
  "(?:\\s+filled)?\\s+(?:lobster\\s+|magnetic\\s+|toggle\\s+|box\\s+|screw\\s+)?(?:clasps?|closures?|ear ?wires?|ear ?hooks?|findings?|spring rings?|crimps?|end caps?)\\b";
const MINOR_FITTING = new RegExp(MINOR_FITTING_SRC);
const MINOR_FITTING_ALL = new RegExp(MINOR_FITTING_SRC, "g");
/** Any word naming precious metal or its fineness. */
const PRECIOUS_WORD = /\b(?:gold|silver|platinum|palladium|925|sterling|vermeil|[0-9]{1,2} ?k(?:t|arat)?|585|750|916|999)\b/;

/**
 * Whether the goods contain precious metal as such (ch. 71 note 4, 5), metal clad with it (note 7), only plating
 * (note 6: plating is not precious metal; note 11 allows it in imitation jewellery), or none.
 */
export function preciousMetalStatus(attrs: Pick<ExtractedAttributes, "materials" | "text">): PreciousMetalStatus {
  const text = attrs.text;
  // Ch. 71 note 2(A): precious metal present as minor fittings only ("pearl strand, 925 silver clasp") does not make
  // the article one of precious metal (7113); the rest of the name decides.
  if (MINOR_FITTING.test(text) && !PRECIOUS_WORD.test(text.replace(MINOR_FITTING_ALL, " "))) return "none";
  if (CLAD.test(text)) return "clad";
  const named = attrs.materials.some((m) => PRECIOUS_METALS.has(m.material));
  const purity = PURITY.test(text);
  const plated = PLATED.test(text);
  if (purity && !(plated && !/\b(925|sterling|solid|pure|fine silver)\b/.test(text))) return "solid";
  if (plated) return "plated";
  return named ? "solid" : "none";
}

const IMITATION_STONE = /\b(imitation|faux|fake|simulated|artificial|acrylic|plastic|resin|glass|rhinestones?|crystals?|shell)\s+(pearls?|stones?|gems?|gemstones?|diamonds?)\b|\brhinestones?\b/;
const REAL_PEARL = /\b(natural|cultured|freshwater|akoya|tahitian|south sea|baroque)\b[a-z ]{0,20}\bpearls?\b/;
const REAL_STONE = /\b(natural|genuine|real)\s+(stones?|gemstones?|gems?)\b|\b(diamonds?|moissanite|sapphires?|rub(?:y|ies)|emeralds?|topaz|amethysts?|garnets?|jade|opals?|cubic zirconia|zircon|agate|turquoise|quartz|onyx|tourmaline|peridot|aquamarine|citrine|lapis lazuli|moonstone|tiger'?s? eye|jasper|obsidian)\b/;

/** Natural or cultured pearls / precious or semi-precious stones (natural, synthetic or reconstructed) present. */
export function genuineStones(attrs: Pick<ExtractedAttributes, "materials" | "text">): "pearl" | "stone" | undefined {
  const text = attrs.text;
  const imitation = IMITATION_STONE.test(text);
  const pearl = attrs.materials.find((m) => m.material === "pearl");
  if (pearl && (REAL_PEARL.test(text) || (pearl.source !== "text" && !imitation))) return "pearl";
  const stone = attrs.materials.find((m) => m.material === "gemstone");
  const stoneText = REAL_STONE.test(text.replace(IMITATION_STONE, " "));
  if ((stone && !imitation) || stoneText) return "stone";
  return undefined;
}

const CUFFLINKS = /\b(cuff ?links?|cufflinks?|shirt studs?|dress studs?)\b/;

/** Ch. 71 notes 9 and 11: precious-metal jewellery 7113, imitation jewellery 7117, articles of pearls / stones 7116. */
export const ch71Jewellery: GriRule = {
  id: "71-note-9-11",
  title: "Jewellery (7113) vs imitation jewellery (7117) vs articles of pearls or stones (7116)",
  basis: "Chapter 71 notes 4-7, 9 and 11",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    const status = preciousMetalStatus(attrs);
    // Heading 8308 (clasps, hooks, eyes, beads "of base metal" of a kind used for jewellery) takes findings of base
    // metal only: of precious metal they are parts of jewellery, 7113 (whose US lines name "clasps and parts thereof").
    const jewellery = candidates.filter((c) => ["7113", "7116", "7117"].includes(headingOf(c.hs6)) || (status === "solid" && headingOf(c.hs6) === "8308"));
    if (jewellery.length === 0) return b.build();
    const stones = genuineStones(attrs);
    const baseMetal = attrs.materials.some((m) => BASE_METALS.has(m.material));
    const silver = hasMaterial(attrs, "silver") || /\b(925|sterling|fine silver|vermeil)\b/.test(attrs.text);
    let to: string | undefined;
    let reason = "";
    if (status === "solid") {
      to = silver && !hasMaterial(attrs, "gold", "platinum") ? "711311" : "711319";
      reason = `articles of jewellery (small objects of personal adornment, ch. 71 note 9(a)) of precious metal → 7113 (${to === "711311" ? "of silver" : "of other precious metal"}; ch. 71 notes 4-6)`;
    } else if (status === "clad") {
      to = "711320";
      reason = "jewellery of base metal clad with precious metal (ch. 71 note 7: clad by soldering, brazing, welding, hot-rolling or similar mechanical means) → 7113.20";
    } else if (stones) {
      to = stones === "pearl" ? "711610" : "711620";
      reason = `imitation jewellery may not incorporate natural or cultured pearls or precious or semi-precious stones (ch. 71 note 11) → articles of ${stones === "pearl" ? "pearls" : "precious or semi-precious stones"}, heading 7116`;
    } else if (status === "plated" || status === "none") {
      if (baseMetal) {
        to = CUFFLINKS.test(attrs.text) ? "711711" : "711719";
        reason = `imitation jewellery of base metal${status === "plated" ? ", plated with precious metal (plating is not precious metal: ch. 71 note 6; allowed in imitation jewellery: note 11)" : ""} → 7117 (ch. 71 note 11)`;
      } else if (attrs.materials.length > 0) {
        to = "711790";
        reason = `imitation jewellery not of base metal (${attrs.materials[0]!.term}) → 7117.90 (ch. 71 note 11)`;
      }
    }
    if (!to) return b.build();
    for (const c of jewellery) if (c.hs6 !== to) b.redirect(c.hs6, to, `${reason}: ${c.hs6} → ${to}`);
    // Record when it moved something, or when it decided the top candidate.
    if (b.changed || candidates[0]!.hs6 === to) b.record("71-note-9-11", reason);
    return b.build();
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Section XV note 2: parts of general use

interface GeneralUse {
  re: RegExp;
  /** Target by metal: iron/steel, copper, aluminium; plastics ("similar goods of plastics"). */
  steel: string;
  copper?: string;
  aluminium?: string;
  plastics?: string;
  what: string;
}

const GENERAL_USE: GeneralUse[] = [
  { re: /\b(wood screws?)\b/, steel: "731812", copper: "741533", aluminium: "761610", plastics: "392690", what: "wood screws (7318)" },
  { re: /\b(self[- ]tapping screws?)\b/, steel: "731814", copper: "741533", aluminium: "761610", plastics: "392690", what: "self-tapping screws (7318)" },
  // Not "wire nuts" (twist-on insulated wire connectors of 8536.90).
  { re: /\b(?<!wire )(nuts?|lock ?nuts?|hex nuts?|wing nuts?)\b(?! ?(?:and )?(?:seeds?|butter|milk|snacks?|cracker))/, steel: "731816", copper: "741533", aluminium: "761610", plastics: "392690", what: "nuts (7318)" },
  { re: /\b(spring washers?|lock washers?)\b/, steel: "731821", copper: "741521", aluminium: "761610", plastics: "392690", what: "spring or lock washers (7318)" },
  // Not machines named "washer" (pressure, dish, windscreen, parts washers): those are no washers of 7318.
  { re: /\b(?<!(?:pressure|power|jet|dish|window|windshield|windscreen|car|bottle|parts|glass|clothes|fruit|vegetable|ultrasonic|floor|carpet|pet|teat|egg) )(washers?)\b(?! ?(?:dryers?|machines?|pumps?|fluid|nozzles?|jets?|hoses?|reservoirs?|tanks?|motors?))/, steel: "731822", copper: "741521", aluminium: "761610", plastics: "392690", what: "washers (7318)" },
  { re: /\b(rivets?)\b/, steel: "731823", copper: "741529", aluminium: "761610", plastics: "392690", what: "rivets (7318)" },
  { re: /\b(cotter ?pins?|cotters?|split pins?)\b/, steel: "731824", copper: "741529", aluminium: "761610", plastics: "392690", what: "cotters and cotter-pins (7318)" },
  { re: /\b(screws?|bolts?|threaded rods?|studs? bolts?)\b/, steel: "731815", copper: "741533", aluminium: "761610", plastics: "392690", what: "screws and bolts (7318)" },
  // Not the finger- and toenails of cosmetics and manicure goods ("nail polish", "gel nail lamp", "press on nails").
  { re: /\b(?<!(?:false|fake|press[ -]on|acrylic|gel|toe|finger|artificial) )(nails?|tacks?)\b(?! ?(?:polish|varnish|lacquer|art|gel|lamp|dryer|drill|file|clippers?|cutters?|tips?|care|salon|stickers?|decals?|brush|glue|primer|extensions?|forms?|pens?|remover|buffer|strengthener))/, steel: "731700", copper: "741510", aluminium: "761610", what: "nails and tacks (7317)" },
  { re: /\b(leaf springs?)\b/, steel: "732010", what: "leaf springs (7320)" },
  { re: /\b(coil springs?|helical springs?|compression springs?|extension springs?|tension springs?|torsion springs?)\b/, steel: "732020", what: "helical springs (7320)" },
  { re: /\b(springs?)\b/, steel: "732090", what: "springs of base metal (7320)" },
  { re: /\b(roller chains?|bicycle chains?|bike chains?|motorcycle chains?|drive chains?)\b/, steel: "731511", what: "roller chain (7315)" },
  { re: /\b(padlocks?)\b/, steel: "830110", copper: "830110", aluminium: "830110", what: "padlocks (8301)" },
  { re: /\b(hinges?)\b/, steel: "830210", copper: "830210", aluminium: "830210", plastics: "392630", what: "hinges (8302)" },
  { re: /\b(castors?|casters?)\b/, steel: "830220", copper: "830220", aluminium: "830220", what: "castors (8302)" },
];

/** Complete goods named after the springs in them. */
const COMPLETE_WITH_SPRINGS = /\b(?:box springs?|spring mattress(?:es)?|mattress supports?|spring beds?)\b/;

/** Words after which a name lists what the goods are fitted with, not the goods themselves. */
const FITTED_WITH = /\b(?:with|having|featuring|incorporating|equipped|fitted|mounted on)\b/;

/** Chapters whose "parts" exclude parts of general use (Section XV note 2 read with each exclusion note). */
const EXCLUDING_CHAPTERS: Record<string, string> = {
  "84": "Section XVI note 1(g)",
  "85": "Section XVI note 1(g)",
  "86": "Section XVII note 2(b)",
  "87": "Section XVII note 2(b)",
  "88": "Section XVII note 2(b)",
  "89": "Section XVII note 2(b)",
  "90": "chapter 90 note 1(f)",
  "94": "chapter 94 note 1(d)",
  "95": "chapter 95 note 1(k)",
};

/** Not "spring" the season ("spring and autumn shoes", "spring summer 2024"). */
const SEASON = /\bspring[ /,-]*(?:and|&|\/)?[ ]*(?:summer|autumn|fall|winter|festival|collection|outfits?)\b|\b(?:summer|autumn|fall|winter)[ /,-]*(?:and|&)?[ ]*spring\b/;

function metalFamily(attrs: ExtractedAttributes): "steel" | "copper" | "aluminium" | "plastics" | "other" | undefined {
  const m = attrs.materials[0]?.material;
  if (!m) return undefined;
  if (m === "iron_steel" || m === "stainless_steel") return "steel";
  if (m === "copper") return "copper";
  if (m === "aluminium") return "aluminium";
  if (m === "plastic") return "plastics";
  if (BASE_METALS.has(m)) return "other";
  return undefined;
}

/**
 * Section XV note 2 (parts of general use: articles of 7307, 7312, 7315, 7317, 7318, springs, 8301, 8302, 8308,
 * 8310, …) with Section XVI note 1(g), Section XVII note 2(b), ch. 90 note 1(f), ch. 94 note 1(d), ch. 95
 * note 1(k): such articles, and similar goods of plastics, are not parts of machines, vehicles, instruments,
 * furniture or toys; they go to their own headings.
 */
export const xvGeneralUseParts: GriRule = {
  id: "XV-note-2",
  title: "Parts of general use are excluded from the parts headings",
  basis: "Section XV note 2; Section XVI note 1(g); Section XVII note 2(b); ch. 90 note 1(f); ch. 94 note 1(d); ch. 95 note 1(k)",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    const name = (attrs.cleanName || attrs.text).toLowerCase().replace(SEASON, " ");
    const item = GENERAL_USE.find((g) => g.re.test(name));
    if (!item) return b.build();
    // A candidate the title's head term names as other goods ("Reading Glasses … Spring Hinge": spectacles, not a
    // spring) is those goods complete, not a part of them: the note has nothing to take out of it.
    // A box spring is a mattress support (9404.10), whose springs are in it: no spring offered as a part.
    const namesOtherGoods = (c: (typeof candidates)[number]) => c.evidence.some((e) => e.head && e.term !== undefined && (!item.re.test(e.term.toLowerCase()) || COMPLETE_WITH_SPRINGS.test(e.term.toLowerCase())));
    const affected = candidates.filter((c) => EXCLUDING_CHAPTERS[chapterOf(c.hs6)] !== undefined && !namesOtherGoods(c));
    if (affected.length === 0) return b.build();
    // Only when the goods are offered as parts / spares, or the general-use article is what the name is about.
    if (!attrs.isPart && !candidates.some((c) => ["73", "74", "76", "83", "39"].includes(chapterOf(c.hs6)))) return b.build();
    // An article named as fitted with them ("an office chair with a swivel base and casters", "a cabinet having
    // hinges") is the complete article; its castors or hinges are not goods presented on their own.
    const namedBefore = name.split(FITTED_WITH)[0] ?? name;
    if (!attrs.isPart && !item.re.test(namedBefore)) return b.build();
    const fam = metalFamily(attrs) ?? "steel";
    const to = fam === "steel" ? item.steel : fam === "copper" ? item.copper : fam === "aluminium" ? item.aluminium : fam === "plastics" ? item.plastics : undefined;
    if (!to) return b.build();
    for (const c of affected) {
      const note = EXCLUDING_CHAPTERS[chapterOf(c.hs6)]!;
      const reason = `${item.what}${fam === "plastics" ? " (similar goods of plastics)" : " of base metal"} are parts of general use (Section XV note 2) and are not parts of the goods of chapter ${chapterOf(c.hs6)} (${note}): ${c.hs6} → ${to}`;
      b.redirect(c.hs6, to, reason).record("XV-note-2", reason);
    }
    return b.build();
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Chapters 73 / 74 / 76: articles by base metal

type Metal = "steel" | "copper" | "aluminium";

/** Parallel headings for articles of iron or steel / copper / aluminium (Section XV, chapters 73, 74, 76). */
const METAL_PARALLELS: Array<Partial<Record<Metal, string>> & { what: string }> = [
  { steel: "7323", copper: "741810", aluminium: "761510", what: "table, kitchen or other household articles" },
  { steel: "7324", copper: "741820", aluminium: "761520", what: "sanitary ware" },
  { steel: "7318", copper: "7415", aluminium: "761610", what: "screws, bolts, nuts, washers, rivets and similar articles" },
  { steel: "7317", copper: "741510", aluminium: "761610", what: "nails, tacks and similar articles" },
  { steel: "7308", aluminium: "7610", what: "structures and parts of structures" },
  { steel: "7309", aluminium: "761100", what: "reservoirs, tanks and vats over 300 l" },
  { steel: "7310", aluminium: "7612", what: "casks, drums, cans, boxes and similar containers not over 300 l" },
  { steel: "7311", aluminium: "761300", what: "containers for compressed or liquefied gas" },
  { steel: "7312", copper: "741300", aluminium: "7614", what: "stranded wire, cables and the like" },
  { steel: "7307", copper: "741220", aluminium: "760900", what: "tube or pipe fittings" },
  { steel: "7314", aluminium: "761691", what: "cloth, grill, netting and fencing of wire" },
  { steel: "7326", copper: "741980", aluminium: "761699", what: "other articles" },
];

function metalOf(m: Material | undefined): Metal | undefined {
  if (m === "iron_steel" || m === "stainless_steel") return "steel";
  if (m === "copper") return "copper";
  if (m === "aluminium") return "aluminium";
  return undefined;
}

function metalOfCode(hs6: string): Metal | undefined {
  const ch = chapterOf(hs6);
  return ch === "73" ? "steel" : ch === "74" ? "copper" : ch === "76" ? "aluminium" : undefined;
}

/** The 6-digit code for a parallel level in the target metal's chapter. */
function metalSubheading(level: string, metal: Metal, attrs: ExtractedAttributes): string {
  if (level.length === 6) return level;
  const text = attrs.text;
  const stainless = attrs.materials.some((m) => m.material === "stainless_steel") || /\bstainless\b/.test(text);
  switch (level) {
    case "7323":
      if (/\b(scourers?|scouring pads?|steel wool)\b/.test(text)) return "732310";
      if (stainless) return "732393";
      {
        // "not enamelled" says the goods are not (GRI 6: 7323.91 "not enamelled" against 7323.92 "enamelled").
        const enamelled = /\benamel/.test(statedOnly(text));
        if (/\bcast iron\b/.test(text)) return enamelled ? "732392" : "732391";
        return enamelled ? "732394" : "732399";
      }
    case "7324": return stainless ? "732410" : /\bbaths?\b|\bbathtubs?\b/.test(text) ? "732429" : "732490";
    case "7318":
    case "7415":
      if (metal === "copper") return /\bwashers?\b/.test(text) ? "741521" : /\brivets?\b/.test(text) ? "741529" : "741533";
      if (/\bnuts?\b/.test(text)) return "731816";
      if (/\bwashers?\b/.test(text)) return "731822";
      if (/\brivets?\b/.test(text)) return "731823";
      if (/\bwood screws?\b/.test(text)) return "731812";
      if (/\bself[- ]tapping\b/.test(text)) return "731814";
      return "731815";
    case "7317": return "731700";
    case "7308": return /\b(doors?|windows?|frames?|thresholds?)\b/.test(text) ? "730830" : /\b(scaffold)/.test(text) ? "730840" : "730890";
    case "7610": return /\b(doors?|windows?|frames?|thresholds?)\b/.test(text) ? "761010" : "761090";
    case "7309": return "730900";
    case "7310": return "731029";
    case "7612": return /\b(collapsible|tubular)\b/.test(text) ? "761210" : "761290";
    case "7311": return "731100";
    case "7312": return "731210";
    case "7614": return /\bsteel core\b/.test(text) ? "761410" : "761490";
    case "7307": return "730799";
    case "7314": return "731449";
    case "7326": return /\bwire\b/.test(text) ? "732620" : "732690";
    default: return level;
  }
}

/**
 * Chapters 73 / 74 / 76 (Section XV note 7: articles of two or more base metals are treated as articles of the
 * metal predominating by weight): an article of aluminium in an iron-or-steel heading moves to the parallel
 * aluminium heading, and vice versa; stainless household articles → 7323.93.
 */
export const xvArticlesByMetal: GriRule = {
  id: "73-76",
  title: "Articles of iron or steel (ch. 73) vs copper (ch. 74) vs aluminium (ch. 76)",
  basis: "Section XV note 7; headings of chapters 73, 74 and 76",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    const metal = metalOf(attrs.materials.find((m) => BASE_METALS.has(m.material))?.material);
    if (!metal || metalOf(attrs.materials[0]?.material) !== metal) return b.build();
    for (const c of candidates) {
      const from = metalOfCode(c.hs6);
      if (!from) continue;
      if (from === metal) {
        // Within chapter 73: cast articles are "other cast articles of iron or steel" (7325), not the residual 7326
        // ("other articles", forged, stamped, of wire …): non-malleable cast iron 7325.10, other cast iron or steel 7325.99.
        if (headingOf(c.hs6) === "7326" && isCast(attrs)) {
          const to = /\b(?:ductile|malleable|nodular|cast steel|steel castings?)\b/.test(attrs.text) || !/\bcast iron\b|\bgr[ae]y iron\b/.test(attrs.text) ? "732599" : "732510";
          const reason = `cast articles of iron or steel → heading 7325 (other cast articles), not 7326 (other articles of iron or steel): ${c.hs6} → ${to}`;
          b.redirect(c.hs6, to, reason).record("73-76", reason);
          continue;
        }
        // Within 7326: articles of iron or steel wire (a cage, basket or rack made of wire) are 7326.20.
        if (c.hs6 === "732690" && OF_WIRE.test(attrs.text)) {
          const reason = `articles of iron or steel wire → 7326.20 (heading 7326 subheadings): ${c.hs6} → 732620`;
          b.redirect(c.hs6, "732620", reason).record("73-76", reason);
          continue;
        }
        // Within chapter 73: stainless vs other household articles.
        if (headingOf(c.hs6) === "7323" && c.hs6 !== "732310") {
          const to = metalSubheading("7323", "steel", attrs);
          if (to !== c.hs6) {
            const reason = `household articles of ${to === "732393" ? "stainless steel → 7323.93" : "iron or steel other than stainless → " + to} (heading 7323 subheadings): ${c.hs6} → ${to}`;
            b.redirect(c.hs6, to, reason).record("73-76", reason);
          }
        }
        continue;
      }
      const row = METAL_PARALLELS.find((r) => {
        const lv = r[from];
        return lv !== undefined && c.hs6.startsWith(lv);
      });
      const level = row?.[metal];
      if (!row || !level) continue;
      const to = metalSubheading(level, metal, attrs);
      const names: Record<Metal, string> = { steel: "iron or steel (ch. 73)", copper: "copper (ch. 74)", aluminium: "aluminium (ch. 76)" };
      const reason = `${row.what} of ${names[metal]}, not of ${names[from]}; a base-metal article goes to the heading of its (predominant) metal (Section XV note 7): ${c.hs6} → ${to}`;
      b.redirect(c.hs6, to, reason).record("73-76", reason);
    }
    return b.build();
  },
};

/** The article is made of wire: "made of steel wire", "of galvanized wire", "wire basket", "wire rack". */
const OF_WIRE = /\b(?:of|from)\s+(?:(?:galvani[sz]ed|coated|stainless|steel|iron|carbon|plated|bent|welded)\s+){0,3}wire\b|\bwire\s+(?:baskets?|racks?|cages?|shelves|shelving|hangers?|grids?|frames?|trays?|crates?|panels?|hooks?|forms?)\b/;

/** The article itself is cast (cast iron, a casting, die-cast), not merely made of a metal that is. */
function isCast(attrs: ExtractedAttributes): boolean {
  return attrs.processing.includes("cast") || /\bcast (?:iron|steel)\b|\bcastings?\b/.test(attrs.text);
}

export const METAL_RULES: GriRule[] = [ch71Jewellery, xvGeneralUseParts, xvArticlesByMetal];
