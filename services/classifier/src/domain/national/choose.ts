/**
 * National line choice (US 10-digit, EU 10-digit) under an HS6 by GRI 6: the subtree is walked from the HS6 down
 * and at each level the sibling lines are compared with each other only (same level), by what their descriptions
 * say — gender ("Men's", "Women's or girls'"), material ("Of cotton", "Of man-made fibers", "Containing 70 percent
 * or more by weight of silk"), construction ("knitted or crocheted"), value and weight thresholds ("Valued not over
 * $18 per dozen", "weighing not more than 10 kg") and the article named ("T-shirts", "Tank tops and other
 * singlets"). "Other" / "Other:" is the residual line: taken only when no specific sibling matches. Pure.
 */
import { tokenize } from "@openhs/shared";
import { materialSpecOf, productClasses, shareOf, specFit } from "../gri/materials.js";
import type { ExtractedAttributes } from "../types.js";
import type { DecisiveAttribute, NationalChoice, NationalLine } from "./types.js";

type Sex = "men" | "boys" | "women" | "girls" | "babies";

/** Description without textile category numbers ("Men's (338)") and the trailing colon. */
export function cleanDescription(description: string): string {
  return description
    .replace(/\|/g, " ")
    .replace(/\((?:\d{3}(?:\/\d{3})*)\)/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[:.]\s*$/, "")
    .trim();
}

/**
 * "Other", "Other:", "Others" — the residual line of a level; also "Other, including parts" / "Other (including
 * parts and accessories)", where the "including" clause only spells out what the residual covers.
 */
export function isResidualLine(description: string): boolean {
  return /^others?(?:\s*(?:,\s*|\(\s*)including\b[^()]*\)?)?$/i.test(cleanDescription(description));
}

function gendersIn(d: string): Set<Sex> | undefined {
  const s = new Set<Sex>();
  if (/\bmen'?s\b|\bfor men\b|\bmen\b/.test(d)) s.add("men");
  if (/\bboys'?\b/.test(d)) s.add("boys");
  if (/\bwomen'?s\b|\bfor women\b|\bwomen\b/.test(d)) s.add("women");
  if (/\bgirls'?\b/.test(d)) s.add("girls");
  return s.size > 0 ? s : undefined;
}

/** Lines for infants / babies or for children ("Chairs for children", "For infants"): an age condition. */
function ageIn(d: string): "baby" | "child" | undefined {
  if (/\binfants'?\b|\bbabies'?\b|\bbaby\b|\btoddlers?\b/.test(d)) return "baby";
  if (/\b(?:youths?|children'?s?|child|kids?)\b/.test(d)) return "child";
  return undefined;
}

function productAge(attrs: ExtractedAttributes): "adult" | "child" | "baby" | undefined {
  if (attrs.age) return attrs.age;
  if (attrs.gender === "babies") return "baby";
  if (attrs.gender === "boys" || attrs.gender === "girls") return "child";
  if (attrs.gender === "men" || attrs.gender === "women") return "adult";
  return undefined;
}

interface ProductSex {
  sex?: Sex;
  /** True when stated; false when taken by default (ch. 61 note 9 / ch. 62 note 9). */
  stated: boolean;
  note?: string;
}

function productSex(attrs: ExtractedAttributes, hs6: string): ProductSex {
  const child = attrs.age === "child";
  switch (attrs.gender) {
    case "men": return { sex: child ? "boys" : "men", stated: true };
    case "boys": return { sex: "boys", stated: true };
    case "women": return { sex: child ? "girls" : "women", stated: true };
    case "girls": return { sex: "girls", stated: true };
    case "babies": return { sex: "babies", stated: true };
    default:
      if (attrs.age === "baby") return { sex: "babies", stated: true };
      if (hs6.startsWith("61") || hs6.startsWith("62")) {
        return { sex: child ? "girls" : "women", stated: false, note: `garments which cannot be identified as men's or women's go with women's or girls' (ch. ${hs6.slice(0, 2)} note 9)` };
      }
      return { stated: false };
  }
}

interface Threshold {
  min?: number;
  minInclusive?: boolean;
  max?: number;
  maxInclusive?: boolean;
  unit?: string;
}

function money(s: string): number {
  const v = Number(s.replace(/[$\s¢]|cents?/g, ""));
  return /¢|cent/.test(s) ? v / 100 : v;
}

function bound(t: Threshold, op: string, v: number): void {
  if (/not over|not more than|not exceeding/.test(op)) {
    t.max = v;
    t.maxInclusive = true;
  } else if (/under|less than/.test(op) && !/not less/.test(op)) {
    t.max = v;
    t.maxInclusive = false;
  } else if (/not less than|at least/.test(op)) {
    t.min = v;
    t.minInclusive = true;
  } else {
    t.min = v;
    t.minInclusive = false;
  }
}

const OP = "(not over|over|under|less than|not less than|at least|more than|not more than|not exceeding|exceeding)";
const AMOUNT = "(\\$\\s?[\\d.]+|[\\d.]+\\s?(?:¢|cents?))";
const VALUE_RE = new RegExp(`valued\\s+${OP}\\s+${AMOUNT}(?:\\s+but\\s+${OP}\\s+${AMOUNT})?(?:\\s*(?:\\/|per|each)\\s*(dozen|doz|pair|pr|pieces?|each|unit|kg|kilogram|linear meter|square meter|meter|m2|m|gross))?`);
const WEIGHT_RE = new RegExp(`(?:weighing|weight|of a weight)\\s+${OP}\\s+([\\d.]+)\\s*(kg|g|t)\\b(?:\\s+but\\s+${OP}\\s+([\\d.]+)\\s*(kg|g|t)\\b)?`);

export function valueThreshold(description: string): Threshold | undefined {
  const m = description.toLowerCase().replace(/(\d),(\d{3})/g, "$1$2").match(VALUE_RE);
  if (!m) return undefined;
  const t: Threshold = { unit: m[5] };
  bound(t, m[1]!, money(m[2]!));
  if (m[3] && m[4]) bound(t, m[3], money(m[4]));
  return t;
}

export function weightThreshold(description: string): Threshold | undefined {
  const m = description.toLowerCase().match(WEIGHT_RE);
  if (!m) return undefined;
  const kg = (v: string, u: string) => Number(v) * (u === "g" ? 0.001 : u === "t" ? 1000 : 1);
  const t: Threshold = { unit: "kg" };
  bound(t, m[1]!, kg(m[2]!, m[3]!));
  if (m[4] && m[5] && m[6]) bound(t, m[4], kg(m[5], m[6]));
  return t;
}

function within(t: Threshold, v: number): boolean {
  if (t.min !== undefined && (t.minInclusive ? v < t.min : v <= t.min)) return false;
  if (t.max !== undefined && (t.maxInclusive ? v > t.max : v >= t.max)) return false;
  return true;
}

function unitValue(attrs: ExtractedAttributes, unit: string | undefined): number | undefined {
  const v = attrs.valueUsd;
  if (v === undefined) return undefined;
  switch (unit) {
    case undefined: case "piece": case "pieces": case "each": case "unit": case "pair": case "pr": return v;
    case "dozen": case "doz": return v * 12;
    case "gross": return v * 144;
    case "kg": case "kilogram": return attrs.weightKg ? v / attrs.weightKg : undefined;
    default: return undefined;
  }
}

/** Trade names the schedules do not use, mapped to the schedule's words ("jeans" are denim trousers, "tee" a T-shirt). */
const PRODUCT_SYNONYMS: Array<[string, string]> = [
  // Not "pullover"/"cardigan" → sweater nor "tank top" → singlet: the US statistical notes define those narrowly.
  ["tee", "t-shirt"], ["tees", "t-shirt"],
  ["pants", "trousers"], ["jeans", "trousers denim"], ["slacks", "trousers"], ["chinos", "trousers"],
  ["sneakers", "shoes"], ["trainers", "shoes training"], ["loafers", "shoes"], ["purse", "handbag"],
  ["hoodie", "sweatshirt"], ["earrings", "jewelry"], ["necklace", "jewelry"],
  ["bracelet", "jewelry"], ["jewellery", "jewelry"], ["cellphone", "telephone"], ["smartphone", "telephone"],
];
const SYNONYMS = new Map<string, string[]>(PRODUCT_SYNONYMS.map(([a, b]) => [tokenize(a)[0]!, tokenize(b)]));

function productTokens(attrs: ExtractedAttributes): Set<string> {
  const out = new Set(tokenize(`${attrs.cleanName} ${attrs.text}`));
  for (const t of [...out]) for (const syn of SYNONYMS.get(t) ?? []) out.add(syn);
  return out;
}

/** Tokens that are dimensions of their own (gender, material, value, construction) or carry no article meaning. */
const NOT_NOUNS = new Set(
  tokenize(
    "men women boys girls infants babies baby children child youths toddlers kids " +
      "cotton wool fine animal hair silk waste synthetic artificial man made manmade fibers fibres textile textiles materials material " +
      "leather composition plastics plastic rubber metal base precious vegetable sheeting outer surface containing percent weight by more less " +
      "valued value cents cent dozen pieces piece pairs pair kg meter weighing over under exceeding " +
      "knitted crocheted woven " +
      "similar articles article like kind kinds goods thereof including whether foregoing described statistical note chapter subheading heading reporting number " +
      "suitable provided manufacture produced specific",
  ),
);
const CONDITION = /\b(with|without|having|all|not|designed|containing|valued|weighing|of a kind|imported|certified|other than|except|excluding)\b/i;

function nounTokens(text: string): string[] {
  return tokenize(text).filter((t) => !NOT_NOUNS.has(t) && !/^[0-9%]/.test(t));
}

interface NounMatch {
  /** The line names an article (words beyond gender, material, value and boilerplate). */
  has: boolean;
  /** Share of its article words found in the goods' text (best alternative of a noun list). */
  q: number;
  /** The goods' text names something the line excludes ("without pockets, trim or embroidery", "not of pile"). */
  excluded: boolean;
}

/** Negative clauses: what the goods must not be or have. */
const NEGATIVE = /\b(?:not|without|other than|excluding|except)\b[^,;:]*/gi;

function nounMatch(full: string, product: Set<string>): NounMatch {
  // "whether or not cut to length", "all the foregoing": not conditions the goods must meet.
  // ", including sets": an extension of the article named before it, not an article alternative of its own.
  const positive = full
    .replace(/\bwhether or not [^,;:]*/gi, " ")
    .replace(/\ball the foregoing\b/gi, " ")
    .replace(/(\S)\s*,?\s*\(?\bincluding\b[^;:)]*\)?/gi, "$1 ");
  const negatives = [...positive.matchAll(NEGATIVE)].map((m) => m[0].replace(/^\s*(?:not|without|other than|excluding|except)\b/i, ""));
  const excluded = negatives.some((n) => nounTokens(n).some((t) => product.has(t)));
  const description = positive.replace(NEGATIVE, " ");
  const all = [...new Set(nounTokens(description))];
  if (all.length === 0) return { has: false, q: 0, excluded };
  const whole = all.filter((t) => product.has(t)).length / all.length;
  // "Tank tops and other singlets", "Trousers, breeches and shorts": a list of short alternatives.
  const parts = description.split(/,|;|\band\b|\bor\b/i).map((p) => p.trim()).filter((p) => p.length > 0);
  const partTokens = parts.map((p) => [...new Set(nounTokens(p))]).filter((p) => p.length > 0);
  const nounList = partTokens.length > 1 && parts.every((p) => !CONDITION.test(p) && p.split(/\s+/).length <= 3);
  const best = nounList ? Math.max(...partTokens.map((p) => p.filter((t) => product.has(t)).length / p.length)) : 0;
  return { has: true, q: Math.max(whole, best), excluded };
}

const USE_WORDS = /\b(designed for|for use|used in|of a kind used|parts of playsuits|work footwear|hospitals?|protective|recreational performance|house slippers|for retail sale)\b/i;
const PROCESS_WORDS = /\b(hand-loomed|handloomed|certified|folklore|corduroy|denim|napped|printed|dyed|bleached|embroidered|pile|tufted|braid|compact yarns?|colors in the warp|molding|moulded|molded|hand-?made)\b/i;

interface Evaluation {
  index: number;
  line: NationalLine;
  description: string;
  residual: boolean;
  disqualified: boolean;
  score: number;
  /** Positive score from dimensions other than the article words. */
  dimScore: number;
  matched: string[];
  mismatched: string[];
  unknown: Set<DecisiveAttribute>;
  defaultNote?: string;
  noun: NounMatch;
}

function evaluate(
  index: number,
  line: NationalLine,
  attrs: ExtractedAttributes,
  sex: ProductSex,
  product: Set<string>,
): Evaluation {
  const description = cleanDescription(line.description);
  const d = description.toLowerCase();
  const e: Evaluation = {
    index, line, description, residual: isResidualLine(description), disqualified: false, score: 0, dimScore: 0,
    matched: [], mismatched: [], unknown: new Set(), noun: { has: false, q: 0, excluded: false },
  };
  if (e.residual) return e;
  const add = (points: number, what: string) => {
    e.dimScore += points;
    e.matched.push(what);
  };
  const miss = (what: string) => {
    e.disqualified = true;
    e.mismatched.push(what);
  };

  // Gender (and age between men's and boys', women's and girls').
  const sexes = gendersIn(d);
  if (sexes) {
    if (!sex.sex) e.unknown.add("gender");
    else if (sexes.has(sex.sex)) {
      if (sex.stated) add(3, `gender ${sex.sex}`);
      else {
        add(2, `gender not identified → ${sex.sex}`);
        e.defaultNote = sex.note;
        e.unknown.add("gender");
      }
      // Men's vs boys' (women's vs girls') turns on age only when the gender was not stated as such.
      if (!sex.stated && attrs.age === undefined && !sexes.has(sex.sex === "women" ? "girls" : "boys")) e.unknown.add("age");
    } else miss(`gender: line is for ${[...sexes].join("/")}`);
  }

  // Age: lines for infants or for children.
  const age = ageIn(d);
  if (age && !sexes) {
    const pa = productAge(attrs);
    if (!pa) e.unknown.add("age");
    else if (pa === age || (age === "child" && pa === "baby")) add(2, `age ${pa}`);
    else miss(`age: line is for ${age === "baby" ? "infants" : "children"}`);
  }

  // Material.
  const spec = materialSpecOf(description);
  if (spec && spec.includes.length > 0) {
    const classes = productClasses(attrs);
    if (classes.length === 0) e.unknown.add("material");
    else {
      const fit = specFit(spec, classes, attrs);
      if (fit === 0) miss(`material: line is ${spec.includes.join("/")}`);
      else {
        add(fit >= 90 ? 3 : fit >= 40 ? 2 : 1, `material ${classes[0]}`);
        if ((spec.minPercent !== undefined || spec.maxPercent !== undefined) && shareOf(attrs, spec.includes[0]!) === undefined) e.unknown.add("material");
      }
    }
  }

  // Construction.
  const knitLine = /\bknit(?:ted)?\b|\bcrocheted\b/.test(d) && !/\bnot knit|other than knit/.test(d);
  const notKnitLine = /\bnot knit|other than knit|\bwoven\b/.test(d);
  if (knitLine || notKnitLine) {
    if (!attrs.construction) e.unknown.add("construction");
    else if ((knitLine && attrs.construction === "knitted") || (notKnitLine && attrs.construction !== "knitted")) add(2, `construction ${attrs.construction}`);
    else miss(`construction: line is ${knitLine ? "knitted" : "not knitted"}`);
  }

  // Value and weight thresholds.
  const vt = valueThreshold(d);
  if (vt) {
    const v = unitValue(attrs, vt.unit);
    if (v === undefined) e.unknown.add("value");
    else if (within(vt, v)) add(2, `value $${round(v)}${vt.unit ? ` per ${vt.unit}` : ""}`);
    else miss(`value $${round(v)} outside the line's range`);
  }
  const wt = weightThreshold(d);
  if (wt) {
    if (attrs.weightKg === undefined) e.unknown.add("weight");
    else if (within(wt, attrs.weightKg)) add(2, `weight ${attrs.weightKg} kg`);
    else miss(`weight ${attrs.weightKg} kg outside the line's range`);
  }

  // The article named.
  e.noun = nounMatch(description, product);
  if (e.noun.excluded) e.mismatched.push("the goods have what the line excludes");
  if (e.noun.has) {
    if (nounFits(e.noun)) e.matched.push(`names the goods (${Math.round(e.noun.q * 100)}% of its words)`);
    else {
      if (USE_WORDS.test(d)) e.unknown.add("use");
      if (PROCESS_WORDS.test(d)) e.unknown.add("processing");
    }
  }
  e.score = e.dimScore + (e.noun.has ? (nounFits(e.noun) ? 3 * e.noun.q : -1.5) : 0);
  return e;
}

function nounFits(n: NounMatch): boolean {
  return n.has && n.q > 0.5 && !n.excluded;
}

/**
 * True when the line positively matches: a known attribute agrees (or the line names the goods), nothing it says
 * is contradicted, and the article it names (if any) is the goods'.
 */
function isPositive(e: Evaluation): boolean {
  if (e.disqualified || e.residual || e.noun.excluded) return false;
  if (e.noun.has && !nounFits(e.noun)) return false;
  return e.score > 0;
}

function round(x: number): string {
  return String(Math.round(x * 100) / 100);
}

function label(e: Evaluation): string {
  return `${e.line.code ? `${e.line.code} ` : ""}"${e.description}"`;
}

/**
 * Chooses the national line under `hs6` for the goods. `lines` is the destination schedule's subtree under the HS6
 * in schedule order (see {@link buildNationalSubtree}); it may or may not include the HS6 line itself.
 */
export function chooseNationalLine(hs6: string, lines: readonly NationalLine[], attrs: ExtractedAttributes): NationalChoice {
  const six = hs6.replace(/[^0-9]/g, "").slice(0, 6);
  const choice: NationalChoice = { code: "", path: [], reasons: [], confidence: 1, residual: false, decisive: [] };
  if (lines.length === 0) return { ...choice, confidence: 0, reasons: [`no national lines under ${six}`] };
  const children = new Map<number | null, number[]>();
  lines.forEach((l, i) => {
    const p = l.parentIndex !== null && l.parentIndex >= 0 && l.parentIndex < lines.length ? l.parentIndex : null;
    if (!children.has(p)) children.set(p, []);
    children.get(p)!.push(i);
  });
  const product = productTokens(attrs);
  const sex = productSex(attrs, six);
  const decisive = new Set<DecisiveAttribute>();
  let confidence = 1;
  let current: number | null = null;
  let chosen: Evaluation | undefined;

  // A group line with nothing under it is not a choice (e.g. the next subheading's group header that a loader
  // attached to the end of this subtree); at the top, coded lines of another HS6 are not either.
  const selectable = (i: number) => {
    const l = lines[i]!;
    if (!l.code && (children.get(i) ?? []).length === 0) return false;
    const d = l.code.replace(/[^0-9]/g, "");
    return !(l.parentIndex === null && d.length >= 6 && !d.startsWith(six));
  };
  for (let depth = 0; depth < 32; depth++) {
    const kids: number[] = (children.get(current) ?? []).filter(selectable);
    if (kids.length === 0) break;
    if (kids.length === 1) {
      const only: number = kids[0]!;
      const line = lines[only]!;
      chosen = evaluate(only, line, attrs, sex, product);
      choice.path.push({ code: line.code, description: line.description });
      if (chosen.disqualified) {
        choice.reasons.push(`${label(chosen)}: only line at this level (${chosen.mismatched.join("; ")})`);
        confidence *= 0.6;
      } else if (depth > 0 || line.code.replace(/[^0-9]/g, "").length > 6) {
        choice.reasons.push(`${label(chosen)}: only line at this level`);
      }
      current = only;
      continue;
    }
    const evals: Evaluation[] = kids.map((i) => evaluate(i, lines[i]!, attrs, sex, product));
    const positives = evals.filter(isPositive).sort((a, b) => b.score - a.score || a.unknown.size - b.unknown.size || a.index - b.index);
    const residual = evals.find((e) => e.residual);
    let pick: Evaluation;
    let reason: string;
    let factor: number;
    if (positives.length > 0) {
      pick = positives[0]!;
      const second = positives[1];
      factor = second && second.score >= 0.8 * pick.score ? 0.75 : 0.97;
      if (pick.defaultNote) factor = Math.min(factor, 0.7);
      if (pick.unknown.size > 0) factor *= 0.85;
      reason = `${label(pick)}: ${pick.matched.join(", ")}${pick.defaultNote ? ` (${pick.defaultNote})` : ""}`;
    } else if (residual) {
      pick = residual;
      const open = evals.filter((e) => !e.disqualified && !e.residual && !e.noun.excluded && (!e.noun.has || nounFits(e.noun)) && e.unknown.size > 0);
      factor = open.length === 0 ? 0.75 : 0.5;
      for (const e of open) for (const u of e.unknown) decisive.add(u);
      for (const e of evals) if (!e.residual && !e.disqualified && e.noun.has && !nounFits(e.noun)) for (const u of e.unknown) decisive.add(u);
      const others = evals.filter((e) => e !== residual).map((e) => (e.disqualified ? `${e.description} (${e.mismatched.join("; ")})` : e.description));
      reason = `${label(pick)}: residual — no specific line at this level matches (${others.join(" | ")})`;
      choice.residual = true;
    } else {
      const open = evals.filter((e) => !e.disqualified);
      pick = (open.length > 0 ? open : evals).sort((a, b) => b.score - a.score || a.index - b.index)[0]!;
      factor = open.length > 0 ? 0.4 : 0.25;
      for (const e of open) for (const u of e.unknown) decisive.add(u);
      reason = `${label(pick)}: no line matches on known attributes; ${open.length > 0 ? "first line not excluded" : "all lines excluded, closest taken"}`;
    }
    if (pick.defaultNote || pick.unknown.size > 0) for (const u of pick.unknown) decisive.add(u);
    confidence *= factor;
    chosen = pick;
    choice.path.push({ code: pick.line.code, description: pick.line.description });
    choice.reasons.push(reason);
    current = pick.index;
  }

  // The deepest coded line on the path is the answer (a group line with no children is not declarable).
  let code = "";
  for (let i = choice.path.length - 1; i >= 0; i--) {
    if (choice.path[i]!.code) {
      code = choice.path[i]!.code;
      break;
    }
  }
  if (chosen && !chosen.line.declarable && (children.get(chosen.index) ?? []).length === 0) confidence *= 0.8;
  return {
    ...choice,
    code,
    confidence: Math.max(0.05, Math.round(confidence * 1000) / 1000),
    decisive: [...decisive],
  };
}
