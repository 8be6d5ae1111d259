/**
 * Section XI (textiles), chapters 61 and 62: construction (knitted / woven), babies' garments, men's vs women's
 * garments, and the fibre subheading.
 */
import type { Candidate, ExtractedAttributes } from "../types.js";
import { classesOf, isTextile, materialSpecOf, predominantTextile, productClasses, specFit } from "./materials.js";
import { EffectBuilder, headingOf, type GriRule } from "./rule.js";
import { builtInSubheadings, materialLevelOf, pickByMaterial, resolveLevel } from "./subheading.js";

const num = (h: string) => Number(h);

/** Garment headings 6101-6114 and 6201-6211 (Section XI note 14 "textile garments"). */
export function isTextileGarment(hs6: string): boolean {
  const h = num(headingOf(hs6));
  return (h >= 6101 && h <= 6114) || (h >= 6201 && h <= 6211);
}

function has(text: string, re: RegExp): boolean {
  return re.test(text);
}

const SINGLET = /\b(singlets?|vests?|tank ?tops?|camisoles?|undershirts?)\b/;
const BRIEFS = /\b(briefs?|panties|underpants|boxers?|knickers|thongs?|bikini briefs?)\b/;
const TRACKSUIT = /\b(track ?suits?|tracksuits?|jogging suits?|sweat ?suits?)\b/;
const COAT = /\b(coats?|overcoats?|raincoats?|anoraks?|parkas?|capes?|cloaks?|wind ?cheaters?|windbreakers?|jackets?)\b/;
const COATED = /\b(coated|impregnated|dipped|laminated|nitrile|latex|pu[- ]coated|rubberi[sz]ed)\b/;
const TIE = /\b(ties?|neckties?|bow ?ties?|cravats?)\b/;

type Side = "male" | "female";

/** Men's or boys' vs women's or girls'; unknown / unisex → women's (ch. 61 note 9, ch. 62 note 9, last paragraph). */
export function garmentSide(attrs: Pick<ExtractedAttributes, "gender">): { side: Side; identified: boolean } {
  switch (attrs.gender) {
    case "men":
    case "boys":
      return { side: "male", identified: true };
    case "women":
    case "girls":
      return { side: "female", identified: true };
    default:
      return { side: "female", identified: false };
  }
}

/** Target level (heading, one-dash group or code) in chapter 62 for a knitted-chapter code, or undefined. */
function knitToWoven(hs6: string, attrs: ExtractedAttributes): string | undefined {
  const h = headingOf(hs6);
  const g5 = hs6.slice(0, 5);
  const { side } = garmentSide(attrs);
  const other = side === "male" ? "62113" : "62114";
  switch (h) {
    case "6101": return "6201";
    case "6102": return "6202";
    case "6103": return hs6 === "610310" ? "62031" : `6203${hs6[4]}`;
    case "6104": return `6204${hs6[4]}`;
    case "6105": return "6205";
    case "6106": return "6206";
    case "6107": return `6207${hs6[4]}`;
    case "6108":
      if (g5 === "61081") return "62081";
      if (g5 === "61083") return "62082";
      return "62089";
    case "6109":
      if (has(attrs.text, SINGLET)) return side === "male" ? "62079" : "62089";
      return other;
    case "6110": return other;
    case "6111": return "6209";
    case "6112":
      if (hs6 === "611220") return "621120";
      if (g5 === "61123") return "621111";
      if (g5 === "61124") return "621112";
      return other;
    case "6113": return has(attrs.text, COAT) ? (side === "male" ? "621020" : "621030") : side === "male" ? "621040" : "621050";
    case "6114": return other;
    case "6116": return "621600";
    case "6117":
      if (hs6 === "611710") return "6214";
      if (hs6 === "611790") return "621790";
      return has(attrs.text, TIE) ? "6215" : "621710";
    default: return undefined; // 6115 hosiery: no woven parallel
  }
}

/** Target level in chapter 61 for a chapter-62 code, or undefined (6212 covers both; 6210.10 felt/nonwovens). */
function wovenToKnit(hs6: string, attrs: ExtractedAttributes): string | undefined {
  const h = headingOf(hs6);
  const g5 = hs6.slice(0, 5);
  switch (h) {
    case "6201": return "6101";
    case "6202": return "6102";
    case "6203": return g5 === "62031" ? "610310" : `6103${hs6[4]}`;
    case "6204": return `6104${hs6[4]}`;
    case "6205": return "6105";
    case "6206": return "6106";
    case "6207":
      if (g5 === "62079" && has(attrs.text, SINGLET)) return "6109";
      return `6107${hs6[4]}`;
    case "6208":
      if (g5 === "62081") return "61081";
      if (g5 === "62082") return "61083";
      if (has(attrs.text, SINGLET)) return "6109";
      if (has(attrs.text, BRIEFS)) return "61082";
      return "61089";
    case "6209": return "6111";
    case "6210": return hs6 === "621010" ? undefined : "611300";
    case "6211":
      if (hs6 === "621111") return "61123";
      if (hs6 === "621112") return "61124";
      if (hs6 === "621120") return "611220";
      if (has(attrs.text, TRACKSUIT)) return "61121";
      return "6114";
    case "6213": return "611780";
    case "6214": return "611710";
    case "6215": return "611780";
    case "6216": return has(attrs.text, COATED) ? "611610" : "61169";
    case "6217": return hs6 === "621790" ? "611790" : "611780";
    default: return undefined;
  }
}

/** Ch. 61 note 1 / ch. 62 note 1: knitted or crocheted → chapter 61; other fabrics → chapter 62. */
export const xiKnittedOrWoven: GriRule = {
  id: "XI-61-62",
  title: "Knitted or crocheted (ch. 61) vs not knitted (ch. 62)",
  basis: "Chapter 61 note 1; chapter 62 note 1",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    const construction = attrs.construction;
    if (!construction) return b.build();
    for (const c of candidates) {
      const ch = c.hs6.slice(0, 2);
      if (construction === "knitted" && ch === "62") {
        const level = wovenToKnit(c.hs6, attrs);
        const to = level ? resolveLevel(level, attrs, c.hs6) : undefined;
        if (!to) continue;
        const reason = `knitted or crocheted garments and accessories belong to chapter 61; chapter 62 covers only articles not knitted or crocheted (ch. 62 note 1): ${c.hs6} → ${to}`;
        b.redirect(c.hs6, to, reason).record("XI-61-62", reason);
      } else if ((construction === "woven" || construction === "nonwoven") && ch === "61") {
        let level = knitToWoven(c.hs6, attrs);
        if (construction === "nonwoven" && isTextileGarment(c.hs6)) level = "621010";
        const to = level ? resolveLevel(level, attrs, c.hs6) : undefined;
        if (!to) continue;
        const reason = construction === "nonwoven"
          ? `ch. 61 covers only knitted or crocheted articles (ch. 61 note 1); garments of felt or nonwovens → 6210.10: ${c.hs6} → ${to}`
          : `ch. 61 covers only knitted or crocheted articles (ch. 61 note 1); woven → chapter 62: ${c.hs6} → ${to}`;
        b.redirect(c.hs6, to, reason).record("XI-61-62", reason);
      }
    }
    return b.build();
  },
};

/** Fabric coated, covered or laminated with plastics or rubber, or rubberized (headings 5903, 5906, 5907), as a text says it. */
const PLASTIC_COATED = /\b(?:(?:pu|pvc|polyurethane|vinyl|plastics?|rubber|tpu|silicone)[- ](?:coated|laminated|impregnated)|(?:coated|laminated|impregnated|covered) (?:with|in) (?:an? )?(?:(?:thin|clear|visible) )?(?:layer of )?(?:pu|pvc|polyurethane|vinyl|plastics?|rubber|tpu|silicone)|rubberi[sz]ed)\b/;

/**
 * Ch. 61 note 8 / ch. 62 note 4: garments prima facie classifiable both in 6113 / 6210 (garments made up of the fabrics
 * of 5602, 5603, 5903, 5906 or 5907: felt, nonwovens, fabric coated, covered or laminated with plastics, rubberized) and
 * in other headings of the chapter go to 6113 / 6210 — except babies' garments (6111 / 6209), which the next rule keeps.
 */
export const xiCoatedFabricGarments: GriRule = {
  id: "XI-coated-garments",
  title: "Garments of coated, covered or laminated fabrics",
  basis: "Chapter 61 note 8; chapter 62 note 4",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    if (!PLASTIC_COATED.test(attrs.text)) return b.build();
    const { side } = garmentSide(attrs);
    for (const c of candidates) {
      const h = num(headingOf(c.hs6));
      let level: string | undefined;
      if (h >= 6101 && h <= 6114 && h !== 6111 && h !== 6113) level = "611300";
      else if (h >= 6201 && h <= 6211 && h !== 6209 && h !== 6210) {
        const coat = h === 6201 || h === 6202 || has(attrs.text, COAT);
        level = coat ? (side === "male" ? "621020" : "621030") : side === "male" ? "621040" : "621050";
      }
      if (!level) continue;
      const to = resolveLevel(level, attrs, c.hs6);
      if (!to) continue;
      const reason = `garments of fabric coated, covered or laminated with plastics or rubber (headings 5903, 5906, 5907) go to ${to.slice(0, 4)} before the other headings of the chapter (${h < 6200 ? "ch. 61 note 8" : "ch. 62 note 4"}): ${c.hs6} → ${to}`;
      b.redirect(c.hs6, to, reason).record("XI-coated-garments", reason);
    }
    return b.build();
  },
};

/** Ch. 61 note 6(b) / ch. 62 note 5(b): articles prima facie classifiable in 6111 / 6209 and elsewhere go to 6111 / 6209. */
export const xiBabiesGarments: GriRule = {
  id: "XI-babies",
  title: "Babies' garments and clothing accessories",
  basis: "Chapter 61 note 6; chapter 62 note 5",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    const baby = attrs.age === "baby" || attrs.gender === "babies";
    if (!baby) return b.build();
    for (const c of candidates) {
      const h = num(headingOf(c.hs6));
      let level: string | undefined;
      let note = "";
      if (h >= 6101 && h <= 6117 && h !== 6111) {
        level = "6111";
        note = "ch. 61 note 6(b)";
      } else if (h >= 6201 && h <= 6217 && h !== 6209 && h !== 6212) {
        level = "6209";
        note = "ch. 62 note 5(b)";
      }
      if (!level) continue;
      const to = resolveLevel(level, attrs, c.hs6);
      if (!to) continue;
      const reason = `babies' garments and clothing accessories (body height not exceeding 86 cm) classifiable both in heading ${level} and in another heading go to heading ${level} (${note}): ${c.hs6} → ${to}`;
      b.redirect(c.hs6, to, reason).record("XI-babies", reason);
    }
    return b.build();
  },
};

/** Men's or boys' level ↔ women's or girls' level (parallel headings and groups). */
const GENDER_PAIRS: Array<[male: string, female: string]> = [
  ["6101", "6102"], ["610310", "61041"], ["61032", "61042"], ["61033", "61043"], ["61034", "61046"],
  ["6105", "6106"], ["61071", "61082"], ["61072", "61083"], ["61079", "61089"], ["61123", "61124"],
  ["6201", "6202"], ["62031", "62041"], ["62032", "62042"], ["62033", "62043"], ["62034", "62046"],
  ["6205", "6206"], ["62071", "62089"], ["62072", "62082"], ["62079", "62089"],
  ["621020", "621030"], ["621040", "621050"], ["621111", "621112"], ["62113", "62114"],
];

function genderTarget(hs6: string, side: Side, attrs: ExtractedAttributes): string | undefined {
  const fromSide: Side = side === "male" ? "female" : "male";
  let best: [string, string] | undefined;
  for (const pair of GENDER_PAIRS) {
    const src = fromSide === "male" ? pair[0] : pair[1];
    if (hs6.startsWith(src) && (!best || src.length > (fromSide === "male" ? best[0] : best[1]).length)) best = pair;
  }
  if (!best) return undefined;
  if (fromSide === "female" && best[1] === "62089") return has(attrs.text, BRIEFS) ? "62071" : "62079";
  return side === "male" ? best[0] : best[1];
}

/**
 * Ch. 61 note 9 / ch. 62 note 9: men's or boys' vs women's or girls' garments; garments which cannot be identified
 * as either are classified in the headings covering women's or girls' garments.
 */
export const xiGarmentGender: GriRule = {
  id: "XI-gender",
  title: "Men's or boys' vs women's or girls' garments",
  basis: "Chapter 61 note 9; chapter 62 note 9",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    if (attrs.gender === "babies" || attrs.age === "baby") return b.build();
    const { side, identified } = garmentSide(attrs);
    for (const c of candidates) {
      const level = genderTarget(c.hs6, side, attrs);
      if (!level) continue;
      const to = resolveLevel(level, attrs, c.hs6);
      if (!to || to === c.hs6) continue;
      const note = c.hs6.startsWith("61") ? "ch. 61 note 9" : "ch. 62 note 9";
      const reason = identified
        ? `${side === "male" ? "men's or boys'" : "women's or girls'"} garment → the heading for ${side === "male" ? "men's or boys'" : "women's or girls'"} garments (${note}): ${c.hs6} → ${to}`
        : `garments which cannot be identified as men's or boys' or as women's or girls' are classified with women's or girls' garments (${note}, last paragraph): ${c.hs6} → ${to}`;
      b.redirect(c.hs6, to, reason).record("XI-gender", reason);
    }
    return b.build();
  },
};

/** The material clause of a subheading's own text (undefined when it names no material). */
function specOfCode(hs6: string) {
  const e = builtInSubheadings(headingOf(hs6))?.find((x) => x.code === hs6);
  return e ? materialSpecOf(e.description) : undefined;
}

/** How well a code's own material clause fits the goods (0 when it names no material). */
function fitOfCode(hs6: string, attrs: ExtractedAttributes): number {
  const spec = specOfCode(hs6);
  return spec ? specFit(spec, productClasses(attrs), attrs) : 0;
}

/**
 * Section XI note 2 and subheading note 2: goods of two or more textile materials are classified as if consisting
 * wholly of the material which predominates by weight (equal shares: the one last in numerical order); the fibre
 * subheading ("of cotton", "of synthetic fibres", "of other textile materials") follows.
 */
export const xiFibreSubheading: GriRule = {
  id: "XI-note-2",
  title: "Fibre subheading by the textile material predominating by weight",
  basis: "Section XI note 2 (A)-(B); Section XI subheading note 2 (A)",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    const pt = predominantTextile(attrs);
    // A bare "fabric" / "textile" says nothing about the fibre.
    if (!pt || pt.material === "textile") return b.build();
    const fibres = new Set(attrs.materials.flatMap((m) => (isTextile(m.material) ? classesOf(m.material) : [])));
    for (const c of candidates) {
      const ch = c.hs6.slice(0, 2);
      if (ch !== "61" && ch !== "62" && ch !== "63") continue;
      // A subheading whose own text names no material but a kind ("Blankets; electric") is not left for a fibre one.
      if (builtInSubheadings(headingOf(c.hs6))?.some((x) => x.code === c.hs6) && !specOfCode(c.hs6)) continue;
      // Shares not stated and several fibres: keep a code naming one of the goods' fibres, or a residual code.
      if (pt.basis === "first-listed") {
        const spec = specOfCode(c.hs6);
        const named = spec?.includes.filter((x) => x !== "textile") ?? [];
        if (named.length === 0 || named.some((x) => fibres.has(x))) continue;
      }
      const to = pickByMaterial(materialLevelOf(c.hs6), attrs);
      if (!to || to === c.hs6) continue;
      if (fitOfCode(to, attrs) <= fitOfCode(c.hs6, attrs)) continue;
      const reason = `${pt.reason}: ${c.hs6} → ${to} (Section XI subheading note 2 (A))`;
      b.redirect(c.hs6, to, reason).record("XI-note-2", reason);
    }
    return b.build();
  },
};

/**
 * Garments whose fibre is not stated: the fibre subheading cannot be told, and the first line of a level ("of wool or
 * fine animal hair") or the residual ("of other textile materials") is no better than a guess. Man-made fibres are
 * the commonest fibre of knitted and woven garments in trade, so the man-made fibre subheading of the same level is
 * taken, as the national line choice does for a fibre line (a cotton line, a common fibre too, is kept).
 */
export const xiFibreNotStated: GriRule = {
  id: "XI-fibre-not-stated",
  title: "Garments of unstated fibre: man-made fibres rather than wool or other textile materials",
  basis: "Section XI subheading note 2 (A) cannot apply: no fibre stated",
  apply(candidates, attrs) {
    const b = new EffectBuilder();
    const pt = predominantTextile(attrs);
    if (pt && pt.material !== "textile") return b.build();
    // A material stated that is not textile (leather, plastics, rubber) is not "no fibre".
    if (attrs.materials.some((m) => !isTextile(m.material))) return b.build();
    const swapped = new Set<string>();
    for (const c of candidates) {
      if (!isTextileGarment(c.hs6)) continue;
      const spec = specOfCode(c.hs6);
      if (!spec) continue;
      const guess = spec.residual || spec.includes.some((x) => x === "wool" || x === "fine_animal_hair" || x === "cashmere");
      if (!guess) continue;
      const to = pickByMaterial(materialLevelOf(c.hs6), attrs, undefined, ["synthetic", "man_made", "textile"]);
      if (!to || to === c.hs6) continue;
      const reason = `fibre not stated: ${c.hs6} → ${to} (man-made fibres, the commonest in trade, rather than the first or residual fibre line)`;
      const target = candidates.find((x) => x.hs6 === to);
      if (swapped.has(to)) continue;
      if (!target) {
        // Only the best guess moves: the others stay as alternatives rather than add to it.
        swapped.add(to);
        b.redirect(c.hs6, to, reason).record("XI-fibre-not-stated", reason);
      } else if (c.score > target.score && target.score > 0) {
        // A guess between fibres adds no evidence: the man-made line takes the guessed line's rank and score and
        // the guessed line the man-made one's (merging them would make vague goods look more certain).
        swapped.add(to);
        b.adjust(c.hs6, target.score / c.score, reason).adjust(to, c.score / target.score, reason).record("XI-fibre-not-stated", reason);
      }
    }
    return b.build();
  },
};

/**
 * Section XI note 14: textile garments of different headings are classified in their own headings even if put up
 * in sets for retail sale (GRI 3(b) does not join them). Decides only; the set rule consults it.
 */
export function garmentSetNote14(candidates: readonly Candidate[]): boolean {
  const headings = new Set(candidates.map((c) => headingOf(c.hs6)));
  return headings.size > 1 && candidates.every((c) => isTextileGarment(c.hs6));
}

export const TEXTILE_RULES: GriRule[] = [xiKnittedOrWoven, xiCoatedFabricGarments, xiBabiesGarments, xiGarmentGender, xiFibreSubheading, xiFibreNotStated];
