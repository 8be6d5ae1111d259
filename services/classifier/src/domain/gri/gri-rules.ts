/**
 * The General Rules for the Interpretation of the Harmonized System as rules over candidates:
 * GRI 1 (headings and notes), 2(a) (incomplete / unassembled articles), 3(a) (most specific description),
 * 3(b) (mixtures, composite goods and sets: essential character), 3(c) (last in numerical order), 6 (subheadings
 * compared only at the same level).
 */
import type { Candidate } from "../types.js";
import { isMachinePartsCode } from "./machinery-rules.js";
import { EffectBuilder, chapterOf, headingOf, type GriRule } from "./rule.js";
import { garmentSetNote14 } from "./textile-rules.js";

/** Candidates within this relative distance of each other "equally merit consideration" (GRI 3(c)). */
export const EQUAL_TOLERANCE = 0.01;

function topByHeading(candidates: readonly Candidate[]): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const c of candidates) {
    const h = headingOf(c.hs6);
    if (!seen.has(h)) {
      seen.add(h);
      out.push(c);
    }
  }
  return out;
}

/** GRI 1: the terms of the headings and the section and chapter notes decide; titles are for reference only. */
export const gri1: GriRule = {
  id: "GRI1",
  title: "Terms of the headings and relative notes",
  basis: "GRI 1",
  apply(candidates) {
    const b = new EffectBuilder();
    const top = candidates[0];
    if (!top) return b.build();
    const byHeading = topByHeading(candidates);
    const runnerUp = byHeading[1];
    const termEvidence = top.evidence.some((e) => e.source === "lexicon" || e.source === "reference" || e.source === "hint");
    if (termEvidence && (!runnerUp || runnerUp.score < 0.8 * top.score)) {
      b.record("GRI1", `the terms of heading ${headingOf(top.hs6)} and the relative section and chapter notes describe the goods; section and chapter titles are for reference only (GRI 1)`);
    }
    return b.build();
  },
};

const UNASSEMBLED = /\b(unassembled|disassembled|knock[- ]?down|ckd|skd|flat[- ]?pack(?:ed)?|assembly required|requires assembly|needs assembly|to be assembled|diy assembly|incomplete|unfinished)\b/;

/** Parts headings / subheadings outside chapters 84-85 (furniture, seats, vehicles, footwear, lamps, clocks, ...). */
function isPartsCode(hs6: string): boolean {
  const h = headingOf(hs6);
  if (isMachinePartsCode(hs6)) return true;
  if (["8708", "8714", "6406", "9114", "9209", "9305", "8607", "8803"].includes(h)) return true;
  return ["940191", "940199", "940391", "940399", "940591", "940592", "940599", "871690", "870990", "880730", "880790", "611790", "621790", "732190"].includes(hs6);
}

/**
 * GRI 2(a): a reference to an article includes it incomplete or unfinished (having the essential character of the
 * complete article) and complete or finished presented unassembled or disassembled: such goods are the article,
 * not its parts.
 */
export const gri2a: GriRule = {
  id: "GRI2a",
  title: "Incomplete, unfinished, unassembled or disassembled articles",
  basis: "GRI 2(a)",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    const m = `${attrs.cleanName} ${attrs.text}`.toLowerCase().match(UNASSEMBLED);
    if (!m) return b.build();
    const parts = candidates.filter((c) => isPartsCode(c.hs6));
    const whole = candidates.filter((c) => !isPartsCode(c.hs6));
    if (parts.length === 0 || whole.length === 0) return b.build();
    for (const p of parts) {
      // Only where the complete article is a candidate of the same chapter (the article the parts make up).
      if (!whole.some((w) => chapterOf(w.hs6) === chapterOf(p.hs6))) continue;
      const reason = `goods presented "${m[0]}" have the essential character of the complete article and are classified as that article, not as its parts (GRI 2(a)): ${p.hs6} demoted`;
      b.adjust(p.hs6, 0.5, reason).record("GRI2a", reason);
    }
    for (const w of whole) {
      if (!parts.some((p) => chapterOf(p.hs6) === chapterOf(w.hs6))) continue;
      b.adjust(w.hs6, 1.2, `complete article presented ${m[0]} (GRI 2(a))`);
    }
    return b.build();
  },
};

/** Headings that take goods "not elsewhere specified": a heading naming the goods is more specific. */
export const RESIDUAL_HEADINGS: ReadonlySet<string> = new Set([
  "3926", "4016", "4205", "4421", "4602", "4823", "5609", "6114", "6211", "6217", "6307", "6405", "6815", "6914",
  "7020", "7326", "7419", "7508", "7616", "7806", "7907", "8007", "8205", "8479", "8487", "8543", "8548", "9033",
  "9403",
]);

/** Whether a candidate carries product-term evidence from the head noun of the name (the term naming the goods). */
export function namesTheGoods(c: Candidate): boolean {
  return c.evidence.some((e) => e.head === true && e.weight > 0);
}

/** Whether a legal note applied before GRI 3 has already demoted the candidate (it is no longer prima facie classifiable there). */
function demotedByNote(c: Candidate): boolean {
  return c.evidence.some((e) => e.source === "rule" && /^×0\./.test(e.detail));
}

/**
 * GRI 3(a): when goods are prima facie classifiable under two or more headings, the heading with the most specific
 * description is preferred to headings with a more general one; a heading "not elsewhere specified" yields to a
 * heading that names the goods. The more specific heading must describe the goods themselves — carry evidence from
 * the head noun of the name —, not only a modifier or an item listed after them: "putty knife" is a knife-like hand
 * tool (8205), not putty (3214); "sledge hammers, hammers, picks and axes" are hammers (8205), not picks (8201).
 */
export const gri3a: GriRule = {
  id: "GRI3a",
  title: "Most specific description",
  basis: "GRI 3(a)",
  apply(candidates) {
    const b = new EffectBuilder();
    const tops = topByHeading(candidates);
    const top = tops[0];
    if (!top || !RESIDUAL_HEADINGS.has(headingOf(top.hs6))) return b.build();
    const specific = tops.find((c) => !RESIDUAL_HEADINGS.has(headingOf(c.hs6)) && c.score >= 0.5 * top.score && namesTheGoods(c) && !demotedByNote(c));
    if (!specific) return b.build();
    const reason = `heading ${headingOf(specific.hs6)} describes the goods more specifically than heading ${headingOf(top.hs6)}, which covers articles not elsewhere specified (GRI 3(a)): ${specific.hs6} preferred to ${top.hs6}`;
    b.adjust(specific.hs6, Math.max(1.25, (top.score / specific.score) * 1.05), reason);
    b.adjust(top.hs6, 0.8, reason).record("GRI3a", reason);
    return b.build();
  },
};

/** Least score, relative to the leading candidate, of a set provision that can claim the set. */
const SET_PROVISION_SUPPORT = 0.35;

/**
 * Headings / subheadings that provide for sets by their terms (GRI 1 applies before GRI 3(b)). A provision whose
 * terms restrict the kind of set (travel sets "for personal toilet, sewing or shoe or clothes cleaning"; sets of
 * fabric and yarn "for making up into rugs, tapestries …") claims only a set whose text names that kind.
 */
const SET_PROVISIONS: Array<[prefix: string, what: string, kind?: RegExp]> = [
  ["8206", "tools of two or more of headings 8202 to 8205, put up in sets for retail sale"],
  ["821110", "sets of assorted knives"],
  ["821510", "sets of assorted articles of cutlery (at least one plated with precious metal)"],
  ["821520", "other sets of assorted articles of cutlery"],
  ["820590", "sets of articles of two or more subheadings of heading 8205"],
  ["9605", "travel sets for personal toilet, sewing or shoe or clothes cleaning", /\b(?:travel|toilet(?:ry|ries)?|toiletry|grooming|vanity|sewing|needlework|shoe|shoes|clothes|clothing)\b/],
  ["610310", "suits (ch. 61 note 3(a))"], ["61032", "ensembles (ch. 61 note 3(b))"],
  ["61041", "suits (ch. 61 note 3(a))"], ["61042", "ensembles (ch. 61 note 3(b))"],
  ["62031", "suits (ch. 62 note 3(a))"], ["62032", "ensembles (ch. 62 note 3(b))"],
  ["62041", "suits (ch. 62 note 3(a))"], ["62042", "ensembles (ch. 62 note 3(b))"],
  ["61121", "track suits"], ["611220", "ski suits (ch. 61 note 7)"], ["621120", "ski suits (ch. 62 note 7)"],
  ["6308", "sets of woven fabric and yarn for making up into rugs, tapestries, table cloths or serviettes", /\b(?:rugs?|tapestr(?:y|ies)|table ?cloths?|serviettes?|napkins?|embroidery|needlepoint|cross[- ]stitch|latch[- ]hook)\b/],
];

/** A text search hit on nothing but the words that make goods a set ("assorted", "set", "pieces"). */
const SET_WORDS_ONLY = /^\w+ ~ (?:(?:assort|set|kit|piec|pc|pcs|count|pack)\s*)+$/;

/**
 * A set provision claims the set only on evidence about the goods: "Highlighters Assorted Colors" are no set of
 * assorted knives (8211.10) because the tariff text of that subheading also says "assorted".
 */
function supportedBeyondSetWords(c: Candidate): boolean {
  return c.evidence.some((e) => e.source !== "rule" && (e.source !== "retrieval" || !SET_WORDS_ONLY.test(e.detail)));
}

/**
 * GRI 3(b): mixtures, composite goods and goods put up in sets for retail sale are classified as if they consisted
 * of the material or component which gives them their essential character. A heading that provides for the set
 * itself decides first (GRI 1); textile garments of different headings stay in their own headings (Section XI
 * note 14).
 */
export const gri3b: GriRule = {
  id: "GRI3b",
  title: "Essential character of sets and composite goods",
  basis: "GRI 3(b); Section XI note 14",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    if (!attrs.isSet) return b.build();
    const tops = topByHeading(candidates);
    if (tops.length < 2) return b.build();
    // Only a provision the goods plausibly fall in (a candidate with real support, not a stray text match)
    // can claim the set: a "bra and panty set" is not an ensemble of 6104 because "set" and "girls" occur.
    const text = `${attrs.cleanName} ${attrs.text}`.toLowerCase();
    const provides = (hs6: string) => SET_PROVISIONS.find(([p, , kind]) => hs6.startsWith(p) && (!kind || kind.test(text)));
    const provision = candidates.find((c) => provides(c.hs6) && c.score >= SET_PROVISION_SUPPORT * candidates[0]!.score && supportedBeyondSetWords(c));
    if (provision) {
      const what = provides(provision.hs6)![1];
      const reason = `heading ${headingOf(provision.hs6)} provides for the set by its terms (${what}); GRI 1 applies before GRI 3(b)`;
      if (provision !== candidates[0]) b.adjust(provision.hs6, Math.max(1.3, (candidates[0]!.score / provision.score) * 1.05), reason);
      b.record("GRI1", reason);
      return b.build();
    }
    if (garmentSetNote14(candidates)) {
      b.record("XI-note-14", `textile garments of different headings are classified in their own headings even if put up in sets for retail sale (Section XI note 14); GRI 3(b) does not join them: ${candidates[0]!.hs6} is the garment classified`);
      return b.build();
    }
    const [essential, ...others] = tops;
    const reason = `goods put up in a set for retail sale are classified as the component which gives the set its essential character — heading ${headingOf(essential!.hs6)} (${essential!.hs6}), the component the set is named and sold for; the other components (${others.map((o) => headingOf(o.hs6)).join(", ")}) follow it (GRI 3(b))`;
    for (const c of candidates) if (headingOf(c.hs6) !== headingOf(essential!.hs6)) b.adjust(c.hs6, 0.5, reason);
    b.record("GRI3b", reason);
    return b.build();
  },
};

/** GRI 3(c): when 3(a) and 3(b) cannot decide, the heading which occurs last in numerical order among those which equally merit consideration. */
export const gri3c: GriRule = {
  id: "GRI3c",
  title: "Last in numerical order",
  basis: "GRI 3(c)",
  apply(candidates) {
    const b = new EffectBuilder();
    const tops = topByHeading(candidates);
    const top = tops[0];
    if (!top || tops.length < 2) return b.build();
    const tied = tops.filter((c) => Math.abs(c.score - top.score) <= EQUAL_TOLERANCE * Math.abs(top.score));
    if (tied.length < 2) return b.build();
    // Codes are digit strings of one length: compared as strings (not localeCompare, which loads ICU collation data).
    const last = tied.reduce((a, c) => (c.hs6 > a.hs6 ? c : a));
    if (last.score <= 0) return b.build();
    const reason = `headings ${tied.map((c) => headingOf(c.hs6)).sort().join(", ")} equally merit consideration; the one last in numerical order is taken (GRI 3(c)): ${last.hs6}`;
    b.record("GRI3c", reason);
    if (last.hs6 !== top.hs6) b.adjust(last.hs6, (top.score / last.score) * 1.02, reason);
    else b.adjust(last.hs6, 1.02, reason);
    return b.build();
  },
};

/** The one-dash level a subheading belongs to: the 5-digit group of a two-dash code, else the code itself. */
export function oneDashKey(hs6: string): string {
  return hs6[5] !== "0" ? hs6.slice(0, 5) : hs6;
}

/**
 * GRI 6: classification in the subheadings of a heading is determined by their terms and notes, comparing only
 * subheadings at the same level: one-dash subheadings first, then the two-dash subheadings of the chosen one.
 */
export const gri6: GriRule = {
  id: "GRI6",
  title: "Subheadings compared at the same level",
  basis: "GRI 6",
  apply(candidates) {
    const b = new EffectBuilder();
    const top = candidates[0];
    if (!top) return b.build();
    const same = candidates.filter((c) => headingOf(c.hs6) === headingOf(top.hs6));
    if (same.length < 2) return b.build();
    const sums = new Map<string, number>();
    for (const c of same) sums.set(oneDashKey(c.hs6), (sums.get(oneDashKey(c.hs6)) ?? 0) + c.score);
    const topKey = oneDashKey(top.hs6);
    let bestKey = topKey;
    for (const [k, v] of sums) if (v > sums.get(bestKey)! + 1e-12) bestKey = k;
    if (bestKey === topKey) return b.build();
    const best = same.find((c) => oneDashKey(c.hs6) === bestKey)!;
    if (best.score <= 0) return b.build();
    const fmt = (k: string) => (k.length === 5 ? `${k.slice(0, 4)}.${k[4]}` : `${k.slice(0, 4)}.${k.slice(4)}`);
    const reason = `one-dash subheadings are compared first: ${fmt(bestKey)} (together ${round(sums.get(bestKey)!)}) outweighs ${fmt(topKey)} (${round(sums.get(topKey)!)}), then its own subdivisions are compared (GRI 6): ${best.hs6} preferred to ${top.hs6}`;
    b.adjust(best.hs6, (top.score / best.score) * 1.02, reason).record("GRI6", reason);
    return b.build();
  },
};

function round(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}
