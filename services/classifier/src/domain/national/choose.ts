/**
 * National line choice (US 10-digit, EU 10-digit) under an HS6 by GRI 6: the subtree is walked from the HS6 down
 * and at each level the sibling lines are compared with each other only (same level), by what their texts say
 * (read once per text by {@link parseLine}) — gender ("Men's", "Women's or girls'"), material ("Of cotton",
 * "Containing 70 percent or more by weight of silk", "coated with plastics"), construction ("knitted or
 * crocheted"), quantity thresholds ("Valued not over $18 per dozen", "weighing not more than 10 kg", "Of an output
 * not exceeding 750 W"), the article named ("T-shirts", "Tank tops and other singlets"), its use and feature clauses,
 * negations, and the implied features of recurring texts ("Printed circuit assemblies", "Used or rebuilt").
 * A group line's scope is its children's: a line further down that names the goods ("Rectifiers and rectifying
 * apparatus: › Power supplies") makes its group a match. "Other" / "Other:" is the residual line: taken only when no
 * specific sibling matches. Pure.
 */
import { classesOf, imitationLeather, predominantTextile, productClasses, shareOf, specFit, type MaterialClass } from "../gri/materials.js";
import type { ExtractedAttributes, Material } from "../types.js";
import { lookupMaterial } from "../extract/materials.js";
import { parseLine, type Alternative, type ParsedLine, type Sex, type Word } from "./lines.js";
import { RecentMap, readTokens } from "@openhs/shared";
import { goodsUses } from "./features.js";
import { canon, productProfile, type ProductProfile } from "./product.js";
import { goodsMeasure, quantityConditions, valuePer, within, type QuantityCondition } from "./thresholds.js";
import type { DecisiveAttribute, NationalChoice, NationalLine } from "./types.js";

export { cleanDescription, isResidualLine } from "./lines.js";
export { valueThreshold, weightThreshold } from "./thresholds.js";

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

/** Everything about the goods one walk needs, computed once. */
interface Goods {
  attrs: ExtractedAttributes;
  profile: ProductProfile;
  /** Uses: the extractor's tags and those the goods' text shows ("sedans" → vehicle). */
  uses: string[];
  /** The heading or a group line above the subtree is for parts. */
  contextParts: boolean;
  /** Material classes the heading and group lines above the subtree require. */
  contextMaterials: ReadonlySet<MaterialClass>;
  /** The goods' words (see {@link productProfile}) with the words their chapter implies. */
  tokens: Map<string, number>;
  sex: ProductSex;
  classes: MaterialClass[];
  /** Every class of every material named (for "coated with", "combined with", "containing"). */
  allClasses: Set<MaterialClass>;
  /** True when the only textile material known is "textile" (the fibre is not stated). */
  fibreUnknown: boolean;
  implied: Map<string, boolean>;
}

const CHAPTER_WORDS: Record<string, string[]> = {
  "61": ["garment", "apparel", "cloth"],
  "62": ["garment", "apparel", "cloth"],
  "64": ["footwear"],
  "65": ["headgear"],
  "84": ["machin"],
  "90": ["instrument", "apparatu"],
  "94": ["furnitur"],
};

interface ContextWords {
  tokens: Map<string, number>;
  contextMaterials: Set<MaterialClass>;
  contextParts: boolean;
}

/** The goods' words with what their chapter, the lines above the subtree and their uses add; memoized per goods text. */
const contextCache = new RecentMap<ProductProfile, Map<string, ContextWords>>(32);

function wordsInContext(profile: ProductProfile, attrs: ExtractedAttributes, hs6: string, context: readonly string[], contextKey = context.join("|")): ContextWords {
  const key = `${hs6}|${attrs.isPart ? 1 : 0}|${attrs.uses.join(",")}|${contextKey}`;
  let byKey = contextCache.get(profile);
  if (!byKey) contextCache.set(profile, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  // What the goods are by their chapter (GRI 1 placed them there): chapter 64 goods are footwear, 61/62 garments.
  const tokens = new Map(profile.tokens);
  for (const t of CHAPTER_WORDS[hs6.slice(0, 2)] ?? []) if ((tokens.get(t) ?? 0) < 0.6) tokens.set(t, 0.6);
  // What the heading and group lines above the subtree name, the goods are ("Other footwear …" → footwear);
  // under "Parts:" they are parts.
  const contextMaterials = new Set<MaterialClass>();
  let contextParts = false;
  for (const text of context) {
    const p = parseLine(text);
    for (const c of p.material?.includes ?? []) contextMaterials.add(c);
    if (p.parts) {
      tokens.set("part", 1);
      contextParts = true;
    }
    // A line naming one kind of goods ("Other footwear …", "Magnetrons") names them; a list ("Taps, cocks,
    // valves …") says the goods are one of them: each weakly.
    const named = p.articles.filter((a) => a.head !== "part");
    const w = named.length === 1 ? 0.6 : CONTEXT_LIST;
    for (const a of named.slice(0, 6)) if ((tokens.get(a.head) ?? 0) < w) tokens.set(a.head, w);
  }
  if (attrs.isPart) tokens.set("part", 1);
  // The uses the extractor found are the goods' words too (weak: a use names no goods, but it is a modifier
  // the goods have: "Other household").
  for (const u of attrs.uses) for (const t of readTokens(u.replace(/_/g, " ")).map(canon)) if ((tokens.get(t) ?? 0) < 0.3) tokens.set(t, 0.3);
  const out = { tokens, contextMaterials, contextParts };
  if (byKey.size > 64) byKey.clear();
  byKey.set(key, out);
  return out;
}

/** The goods' uses (see {@link goodsUses}), memoized per goods text and tagged uses: each walk of a question's answers reads them. */
const usesCache = new RecentMap<ProductProfile, Map<string, string[]>>(32);
function usesOf(profile: ProductProfile, tagged: readonly string[]): string[] {
  let byTags = usesCache.get(profile);
  if (!byTags) usesCache.set(profile, (byTags = new Map()));
  const key = tagged.join(",");
  let out = byTags.get(key);
  if (!out) byTags.set(key, (out = goodsUses(profile.text, tagged)));
  return out;
}

function goodsOf(attrs: ExtractedAttributes, hs6: string, context: readonly string[], contextKey?: string): Goods {
  const classes = productClasses(attrs);
  const allClasses = new Set<MaterialClass>();
  for (const m of attrs.materials) {
    const cls = m.material === "leather" && imitationLeather(attrs) ? (["plastics"] as MaterialClass[]) : classesOf(m.material);
    for (const c of cls) allClasses.add(c);
  }
  const profile = productProfile(attrs);
  const { tokens, contextMaterials, contextParts } = wordsInContext(profile, attrs, hs6, context, contextKey);
  return {
    uses: usesOf(profile, attrs.uses),
    attrs, profile, tokens, contextMaterials, contextParts, sex: productSex(attrs, hs6), classes, allClasses,
    // The fibre is not known: goods said to be "textile", or textile goods (chapters 50–63) with no material named.
    fibreUnknown: (classes.length === 1 && classes[0] === "textile") || (classes.length === 0 && /^(?:5\d|6[0-3])/.test(hs6)),
    implied: new Map(),
  };
}

interface Evaluation {
  index: number;
  line: NationalLine;
  p: ParsedLine;
  residual: boolean;
  disqualified: boolean;
  /** The goods have what the line excludes ("without pockets", "not of pile", "except …"). */
  excluded: boolean;
  /** Evidence (0..1) that the line's own words name or describe the goods (article, condition words, implied). */
  naming: number;
  /** The line names an article and it is not the goods'. */
  articleMiss: boolean;
  /** Positive score from gender, material, construction, quantities, use, parts/sets. */
  dimScore: number;
  score: number;
  positive: boolean;
  matched: string[];
  mismatched: string[];
  unknown: Set<DecisiveAttribute>;
  defaultNote?: string;
}

/** A line naming the material of the goods' handles ("Knives with rubber or plastic handles"). */
const HANDLE_LINE = /\bwith [a-z ,-]*\bhandles?\b/;
const HANDLE_OF = [/\b([a-z-]+(?: [a-z-]+)?)[- ]handled?s?\b/g, /\bhandles? (?:made )?of ([a-z-]+(?: [a-z-]+)?)/g];

/** The material of the goods' handle(s) when the text names it ("a plastic handle", "handles of wood"). */
function handleMaterial(text: string): Material | undefined {
  for (const re of HANDLE_OF) {
    for (const m of text.matchAll(re)) {
      // ("imitation wood handle", "faux leather handle": what the handle is made of is not said)
      if (/\b(?:imitation|faux|simulated)\b/.test(m[0])) return undefined;
      const words = m[1]!.split(" ");
      // "stainless steel handle", "a wood handle": the two words before "handle", else the last one.
      const found = lookupMaterial(words.join(" ")) ?? lookupMaterial(words[words.length - 1]!) ?? lookupMaterial(words[0]!);
      if (found) return found;
    }
  }
  return undefined;
}

/** A line for goods of iron, or of steel, only ("Of iron", "Of cast iron", "Of steel"). */
const IRON_OR_STEEL_LINE = /^of (?:cast )?(iron|steel)$/;
const IRON_WORDS = /\b(?:cast|ductile|malleable|grey|gray|wrought|pig)[- ]iron\b|\biron\b(?! or steel)/;

/** Share of an article's words the goods must have for the line to name them. */
const NAMES = 0.55;

const PROCESS_WORDS = /\b(hand-loomed|handloomed|certified|folklore|corduroy|denim|napped|printed|dyed|bleached|embroidered|pile|tufted|braid|compact yarns?|colors in the warp|molding|moulded|molded|hand-?made)\b/;

const processWordsOf = new WeakMap<ParsedLine, boolean>();
/** The line names a process or finish ({@link PROCESS_WORDS}); memoized per parsed line. */
function processWords(p: ParsedLine): boolean {
  let v = processWordsOf.get(p);
  if (v === undefined) processWordsOf.set(p, (v = PROCESS_WORDS.test(p.lower)));
  return v;
}

/**
 * Weight of a word the goods only may have: one of the several kinds of goods a heading above lists ("Taps, cocks,
 * valves …"). It helps a head noun a little and is not a modifier or condition the goods are known to have.
 */
const CONTEXT_LIST = 0.25;

/** The goods' text has the word (a use clause counts: "for use in forestry" has "forestry"). */
function has(tokens: Map<string, number>, t: string): boolean {
  return (tokens.get(t) ?? 0) > CONTEXT_LIST;
}

/** Weighted share of a line's words the goods' text has. */
function coverage(words: readonly Word[], tokens: Map<string, number>): number {
  let num = 0;
  let den = 0;
  for (const w of words) {
    den += w.g;
    if (has(tokens, w.t)) num += w.g;
  }
  return den > 0 ? num / den : 0;
}

/**
 * How well an alternative ("tank tops", "forestry machinery") names the goods: its head noun counts by where the
 * goods' word stands (a word of a "for …" clause names a use, not the goods); its modifiers count when the goods'
 * text has them anywhere ("Forestry machinery" for "harvesters used in forestry").
 */
function altScore(words: readonly Word[], head: string, tokens: Map<string, number>): number {
  let num = 0;
  let den = 0;
  for (const w of words) {
    den += w.g;
    const v = tokens.get(w.t) ?? 0;
    num += w.g * (w.t === head ? v : has(tokens, w.t) ? 1 : 0);
  }
  if (den === 0) return 0;
  let s = num / den;
  if ((tokens.get(head) ?? 0) === 0) s *= 0.5;
  // A line of generic words only ("Machines", "Other instruments") names little.
  return s * Math.min(1, den);
}

function measureOf(q: QuantityCondition, g: Goods): number | undefined {
  if (q.quantity === "value") return valuePer(g.attrs, q.threshold.unit);
  // (only the stated height: a section's size, which the HS subheadings read as its height, is not read here)
  if (q.quantity === "height") return g.attrs.dimensions?.heightCm;
  return goodsMeasure(q.quantity, g.attrs, g.profile.text);
}

const QUANTITY_LABEL: Record<QuantityCondition["quantity"], (v: number, unit?: string) => string> = {
  value: (v, unit) => `value $${round(v)}${unit ? ` per ${unit}` : ""}`,
  weight: (v) => `weight ${round(v)} kg`,
  areaWeight: (v) => `weight ${round(v)} g/m²`,
  power: (v) => `power ${round(v)} W`,
  voltage: (v) => `voltage ${round(v)} V`,
  cylinder: (v) => `cylinder capacity ${round(v)} cc`,
  length: (v) => `length ${round(v)} cm`,
  width: (v) => `width ${round(v)} cm`,
  diameter: (v) => `diameter ${round(v)} cm`,
  height: (v) => `height ${round(v)} cm`,
  thickness: (v) => `thickness ${round(v)} cm`,
  volume: (v) => `capacity ${round(v)} l`,
  brix: (v) => `Brix value ${round(v)}`,
  fat: (v) => `fat content ${round(v)}%`,
  kva: (v) => `${round(v)} kVA`,
  force: (v) => `clamp force ${round(v)} t`,
  absorption: (v) => `water absorption ${round(v)}%`,
  reflectingArea: (v) => `reflecting area ${round(v)} cm²`,
  gravity: (v) => `specific gravity ${round(v)}`,
  yarnNumber: (v) => `yarn number ${round(v)} (metric)`,
};

function evaluate(
  index: number,
  line: NationalLine,
  g: Goods,
  inherited: { all: ReadonlySet<MaterialClass>; nearest: readonly MaterialClass[] } = { all: new Set(), nearest: [] },
  inheritedParts = false,
  above?: ReadonlySet<string>,
  parsed?: ParsedLine,
): Evaluation {
  const p = parsed ?? parseLine(line.description);
  const attrs = g.attrs;
  const e: Evaluation = {
    index, line, p, residual: p.residual, disqualified: false, excluded: false, naming: 0, articleMiss: false, dimScore: 0, score: 0,
    positive: false, matched: [], mismatched: [], unknown: new Set(),
  };
  if (p.residual) return e;
  const add = (points: number, what: string) => {
    e.dimScore += points;
    e.matched.push(what);
  };
  const miss = (what: string) => {
    e.disqualified = true;
    e.mismatched.push(what);
  };

  // Gender (and age between men's and boys', women's and girls').
  let sex = g.sex;
  if (p.sexes && sex.sex === "babies" && !p.sexes.has("babies")) {
    // Babies' garments outside the babies' headings: boys' or girls' as the text says, else girls' (ch. 61/62 note 9).
    sex = /\bboys?\b/.test(g.profile.text) && !/\bgirls?\b/.test(g.profile.text) ? { sex: "boys", stated: true } : /\bgirls?\b/.test(g.profile.text) ? { sex: "girls", stated: true } : { sex: "girls", stated: false, note: g.sex.note ?? "garments which cannot be identified as boys' or girls' go with girls' (ch. 61/62 note 9)" };
  }
  if (p.sexes) {
    if (!sex.sex) e.unknown.add("gender");
    else if (p.sexes.has(sex.sex)) {
      if (sex.stated) add(3, `gender ${sex.sex}`);
      else {
        add(2, `gender not identified → ${sex.sex}`);
        e.defaultNote = sex.note;
        e.unknown.add("gender");
      }
      // Men's vs boys' (women's vs girls') turns on age only when the gender was not stated as such.
      if (!sex.stated && attrs.age === undefined && !p.sexes.has(sex.sex === "women" ? "girls" : "boys")) e.unknown.add("age");
    } else miss(`gender: line is for ${[...p.sexes].join("/")}`);
  }

  // Age: lines for infants or for children.
  let ageOpen = false;
  if (p.age && !p.sexes) {
    const pa = productAge(attrs);
    if (!pa) {
      // Goods not said to be for children are not taken as such.
      e.unknown.add("age");
      ageOpen = true;
    } else if (pa === p.age || (p.age === "child" && pa === "baby")) add(2, `age ${pa}`);
    else miss(`age: line is for ${p.age === "baby" ? "infants" : "children"}`);
  }

  // Material. A line for goods "with rubber or plastic handles" (8211.91, 8211.92) names the handles' material, which
  // the goods' text gives as "a plastic handle" / "handles of wood": the blade's is not it.
  const spec = p.material;
  const handle = spec && HANDLE_LINE.test(p.lower) ? handleMaterial(g.profile.text) : undefined;
  if (spec && handle) {
    if (spec.includes.some((c) => classesOf(handle).includes(c))) add(3, `handles of ${handle}`);
    else miss(`material: the handles are of ${handle}, not ${spec.includes.join("/")}`);
  } else if (spec) {
    if (p.materialMode === "goods" && g.classes.length === 0 && g.fibreUnknown && spec.includes.some((c) => TEXTILE_CLASSES.has(c)) && !spec.residual) {
      e.unknown.add("material");
      if (spec.includes.some((c) => c === "man_made" || c === "synthetic")) add(1, "textile, fibre not stated (man-made fibres assumed)");
    } else if (p.materialMode === "contains") {
      if (spec.excludes.some((c) => g.allClasses.has(c))) miss(`material: line excludes ${spec.excludes.join("/")}`);
      else if (spec.includes.some((c) => g.allClasses.has(c))) add(2, `contains ${spec.includes.find((c) => g.allClasses.has(c))}`);
      else if (spec.includes.length > 0 && g.allClasses.size === 0) e.unknown.add("material");
      else if (spec.includes.length > 0) miss(`material: the goods are not said to contain ${spec.includes.join("/")}`);
    } else if (p.materialMode === "textile") {
      const pt = predominantTextile(attrs);
      const cls = pt ? classesOf(pt.material) : [];
      if (cls.length === 0 || (cls.length === 1 && cls[0] === "textile")) e.unknown.add("material");
      else if (spec.includes.some((c) => cls.includes(c))) add(3, `textile component of ${pt!.material}`);
      else miss(`material: the textile component is ${pt!.material}, not ${spec.includes.join("/")}`);
    } else if (spec.includes.length > 0) {
      if (g.classes.length === 0) e.unknown.add("material");
      else {
        const fit = specFit(spec, g.classes, attrs);
        const shareOpen =
          (spec.minPercent !== undefined || spec.maxPercent !== undefined) && shareOf(attrs, spec.includes[0]!) === undefined;
        if (fit > 0 && shareOpen && attrs.materials.length > 1) {
          // "Over 70 percent by weight of plastics" with shares not stated: not known.
          e.unknown.add("material");
        } else if (
          fit > 0 && spec.minPercent === undefined && spec.maxPercent === undefined && spec.includes.every((c) => inherited.all.has(c)) &&
          !(p.kind === "condition" && p.conditionWords.every((w) => w.g < 1) && inherited.nearest.some((c) => !spec.includes.includes(c)))
        ) {
          // "Of worsted wool fabric …" under "Of wool": the material is every sibling's; it tells nothing here. A line
          // that only narrows the materials of the line above ("With outer surface of textile materials" under "… of
          // sheeting of plastics or of textile materials") does tell.
          e.matched.push(`material ${g.classes[0]} (as the line above)`);
        } else if (fit > 0) {
          add(fit >= 90 ? 3 : fit >= 40 ? 2 : 1, `material ${g.classes[0]}`);
          if (shareOpen) e.unknown.add("material");
        } else if (g.fibreUnknown && spec.includes.some((c) => TEXTILE_CLASSES.has(c)) && !spec.residual) {
          // Textile goods whose fibre is not stated: a line for a fibre may be theirs; man-made fibres are the
          // commonest in trade, so that line is the likelier one.
          e.unknown.add("material");
          if (spec.includes.some((c) => c === "man_made" || c === "synthetic")) add(1, "textile, fibre not stated (man-made fibres assumed)");
        } else miss(`material: line is ${spec.includes.join("/")}`);
      }
    } else if (spec.excludes.length > 0 && spec.excludes.some((c) => g.classes.includes(c))) {
      miss(`material: line excludes ${spec.excludes.join("/")}`);
    }
  }

  // Iron against steel ("Of iron: › Ball type" / "Of steel: › Ball type" in 8481.80.30, 8481.30.20): both are
  // "iron or steel" to the material classes; the goods' text says which one they are of.
  const ferrous = IRON_OR_STEEL_LINE.exec(p.lower.replace(/[:.\s]+$/, ""))?.[1];
  if (ferrous) {
    const iron = IRON_WORDS.test(g.profile.text);
    const steel = /\bsteel\b/.test(g.profile.text);
    if (iron !== steel) {
      if ((ferrous === "steel") === steel) add(2, `material ${ferrous}`);
      else miss(`material: line is of ${ferrous}, the goods are of ${steel ? "steel" : "iron"}`);
    }
  }

  // Construction.
  if (p.knit) {
    if (!attrs.construction) e.unknown.add("construction");
    else if ((p.knit === "knit") === (attrs.construction === "knitted")) add(2, `construction ${attrs.construction}`);
    else miss(`construction: line is ${p.knit === "knit" ? "knitted" : "not knitted"}`);
  }

  // Quantity thresholds.
  for (const q of p.quantities) {
    const v = measureOf(q, g);
    if (v === undefined) {
      if (q.quantity === "value") e.unknown.add("value");
      else if (q.quantity === "weight" || q.quantity === "areaWeight") e.unknown.add("weight");
      continue;
    }
    const unit = q.threshold.unit && !/^(?:each|pieces?|pcs?|units?)$/.test(q.threshold.unit) ? q.threshold.unit : undefined;
    const label = QUANTITY_LABEL[q.quantity](v, unit);
    if (within(q.threshold, v)) add(2, label);
    else miss(`${label} outside the line's range`);
  }

  // Parts and sets (under "Parts:" every line is for parts: no evidence then).
  if (p.parts && attrs.isPart && !inheritedParts) add(2, "parts");
  if (p.sets && attrs.isSet) add(2, "set");

  // Uses the line names ("household", "of a kind used in motor vehicles", "designed for use in hospitals").
  let useHit = false;
  if (p.useTags.length > 0) {
    const tag = p.useTags.find((t) => g.uses.includes(t));
    if (tag) {
      add(1.5, `use ${tag}`);
      useHit = true;
    } else if (p.uses.length > 0 || p.kind === "condition") e.unknown.add("use");
  }

  // Implied features of recurring texts.
  let impliedHit = false;
  let featureOpen = false;
  let featureHit = false;
  for (const r of p.implied) {
    let hit = g.implied.get(r.name);
    if (hit === undefined) {
      hit = r.goods(g.profile.text, attrs);
      g.implied.set(r.name, hit);
    }
    if (hit) {
      if (r.role === "names" || p.kind === "condition") impliedHit = true;
      else featureHit = true;
      e.matched.push(r.name);
    } else if (r.absent === "no") miss(`not ${r.name}`);
    else {
      featureOpen = true;
      if (r.attribute) e.unknown.add(r.attribute);
    }
  }

  // Goods named by number ("Of valves of subheading 8481.20"): are these goods of that kind?
  let tokens = g.tokens;
  // Not an ingredient ("containing starch … of subheadings 1702 30 50") nor what the goods are used to make
  // ("suitable for use in the production of articles of heading 4901").
  if (line.refs && line.refs.length > 0 && !/\bcontaining\b[^;]*\b(?:sub)?headings?\s+\d|\b(?:production|manufacture|making) of\b/.test(p.lower)) {
    const r = Math.max(...line.refs.map((t) => refMatch(t, tokens)));
    if (r >= 0.5) {
      e.matched.push(`of the goods the line refers to (${Math.round(r * 100)}%)`);
      tokens = new Map(tokens).set(REF, 1);
      if (p.kind === "condition") add(1.5, "referenced goods");
    }
  }

  // What the line excludes.
  for (const neg of p.negatives) {
    const present = neg.filter((w) => has(tokens, w.t)).length;
    const hit = (tokens.get(neg[0]!.t) ?? 0) >= 0.6 && (neg.length <= 3 ? present === neg.length : present >= 0.75 * neg.length);
    if (hit) {
      e.excluded = true;
      e.mismatched.push(`the goods have what the line excludes (${neg.map((w) => w.t).join(" ")})`);
    }
  }

  // The article named, or the condition words.
  let wordScore = 0;
  if (p.kind === "article") {
    let q = 0;
    let useOpen = false;
    const score = (a: Alternative, f: number) => {
      // "Radio-phonograph combinations", "Radio-tape recorder combinations": a combination is of every apparatus
      // named; goods that lack one are not it (nor do goods that merely "combine" or a combine harvester).
      if (a.head === "combin" && a.words.some((w) => w.g === 1 && w.t !== a.head && !has(tokens, w.t))) return;
      let s = f * altScore(a.words, a.head, tokens);
      if (s === 0) return;
      if (featureOpen || (a.features.length > 0 && p.implied.length === 0 && coverage(a.features[0]!, tokens) < 0.5)) s *= 0.45;
      if (a.uses.length > 0 && !useHit && Math.max(...a.uses.map((u) => coverage(u, tokens))) < 0.5 && !useNamed(p, tokens)) {
        s *= 0.45;
        useOpen = true;
      }
      // The line's defining feature holds and the goods are of the kind it names.
      if (featureHit && has(tokens, a.head)) s = Math.max(s, 0.8);
      q = Math.max(q, s);
    };
    for (const a of p.articles) score(a, 1);
    for (const a of p.included) score(a, 0.8);
    // "Portable space heaters" under "Electric space heating apparatus": what tells the line from the lines above is
    // its own words ("portable"); goods that have none of them are not shown to be what it names.
    if (q >= NAMES && above && p.articles.length === 1 && !impliedHit) {
      const own = p.articles[0]!.words.filter((w) => w.g === 1 && !above.has(w.t));
      if (own.length > 0 && own.length < p.articles[0]!.words.length && !own.some((w) => has(tokens, w.t))) q = Math.min(q, NAMES - 0.01);
    }
    if (useOpen && q < NAMES) e.unknown.add("use");
    if (impliedHit) q = Math.max(q, 1);
    e.naming = q;
    if (q >= NAMES) {
      e.matched.push(`names the goods (${Math.round(q * 100)}%)`);
      wordScore = 3 * q;
    } else {
      e.articleMiss = true;
      wordScore = -1.5;
      if (processWords(p)) e.unknown.add("processing");
    }
  } else {
    let c = p.conditionWords.length > 0 ? coverage(p.conditionWords, tokens) : 0;
    for (const part of p.conditionParts) if (part.some((w) => w.g === 1 && has(tokens, w.t))) c = Math.max(c, coverage(part, tokens));
    // Generic words only ("Of instruments and apparatus of subheading …") say nothing about these goods.
    if (!p.conditionWords.some((w) => w.g === 1 && has(tokens, w.t))) c = 0;
    e.naming = impliedHit ? 1 : c >= 0.6 ? 0.8 * c : 0;
    if (c >= 0.6) {
      e.matched.push(`states the goods' ${p.conditionWords.filter((w) => has(tokens, w.t)).map((w) => w.t).join(", ")}`);
      wordScore = 2 * c;
    }
    if (impliedHit) wordScore = Math.max(wordScore, 3);
    if (!impliedHit && c < 0.6 && processWords(p)) e.unknown.add("processing");
  }
  if (impliedHit && p.kind === "article") wordScore = Math.max(wordScore, 3);

  // The goods are said not to be what the line names ("not digital or electronic").
  const negated = g.profile.negated;
  let denied: Word | undefined;
  if (negated.size > 0) {
    if (p.kind === "article") {
      for (const a of p.articles) {
        denied = a.words.find((w) => w.g === 1 && negated.has(w.t));
        if (denied) break;
      }
    } else denied = p.conditionWords.find((w) => w.g === 1 && negated.has(w.t));
  }
  if (denied) miss(`the goods are said not to be ${denied.t}`);

  e.score = e.dimScore + wordScore;
  e.positive =
    !e.disqualified &&
    !ageOpen &&
    !e.excluded &&
    (p.kind === "article"
      ? e.naming >= NAMES
      : (e.dimScore > 0 || e.naming >= 0.4 || impliedHit) && (p.uses.length === 0 || useHit || e.naming >= 0.4 || impliedHit)) &&
    e.score > 0;
  return e;
}

const REF = "xrefx";

/**
 * How well the goods are of the kind an HS text names (the text a line refers to by number): its first-named
 * goods' words, or any of its alternatives' heads with their modifiers.
 */
function refMatch(text: string, tokens: Map<string, number>): number {
  // HS texts read "Valves; for oleohydraulic or pneumatic transmissions": the kind, then what tells it apart.
  const p = parseLine(text.replace(/;/g, ","));
  if (!p.articles.some((a) => a.words.some((w) => w.g === 1) && has(tokens, a.head))) return 0;
  const all = [...p.articles.flatMap((a) => a.words), ...p.uses.flat(), ...p.features.flat(), ...p.conditionWords].filter((w) => w.g === 1);
  const seen = new Set<string>();
  return coverage(all.filter((w) => !seen.has(w.t) && seen.add(w.t)), tokens);
}

/** A use clause of the line names one of its alternatives that the goods' text has ("the dining room and the living room"). */
function useNamed(p: ParsedLine, tokens: Map<string, number>): boolean {
  return p.useParts.some((part) => part.length > 0 && coverage(part, tokens) >= 0.5 && part.some((w) => w.g === 1 && has(tokens, w.t)));
}

const wordsCache = new WeakMap<ParsedLine, string[]>();

/** A line's content words (articles, clauses, condition words); memoized per parsed line. */
function wordsOf(p: ParsedLine): string[] {
  const hit = wordsCache.get(p);
  if (hit) return hit;
  const out: string[] = [];
  wordsCache.set(p, out);
  for (const a of p.articles) for (const w of a.words) if (w.g === 1) out.push(w.t);
  for (const c of [...p.uses, ...p.features]) for (const w of c) if (w.g === 1) out.push(w.t);
  for (const w of p.conditionWords) if (w.g === 1) out.push(w.t);
  return out;
}

const TEXTILE_CLASSES: ReadonlySet<MaterialClass> = new Set<MaterialClass>([
  "silk", "wool", "fine_animal_hair", "cashmere", "cotton", "flax", "jute", "vegetable", "synthetic", "artificial", "man_made",
]);

function round(x: number): string {
  return String(Math.round(x * 100) / 100);
}

function label(e: Evaluation): string {
  return `${e.line.code ? `${e.line.code} ` : ""}"${e.p.clean}"`;
}

/**
 * What a subtree's walk reads of its lines alone (not of the goods), worked out once per subtree and HS6: the lines
 * under each line, the context lines above the subtree, and per line (when first asked) its parsed text, whether it
 * is a choice, the material classes and the words of the lines above it, whether a line above is for parts.
 */
interface Structure {
  six: string;
  /** The lines and their fields the structure was read from, to tell a changed subtree from the same one. */
  seen: { lines: NationalLine[]; codes: string[]; descriptions: string[]; levels: string[]; parents: Array<number | null>; refs: Array<string[] | undefined> };
  children: Map<number | null, number[]>;
  context: string[];
  contextKey: string;
  parsed(i: number): ParsedLine;
  selectable(i: number): boolean;
  inherited(i: number): { all: Set<MaterialClass>; nearest: MaterialClass[] };
  partsAbove(i: number): boolean;
  wordsAbove(i: number): ReadonlySet<string>;
  /** A line's own content words (what a line below it must add to). */
  ownWords(i: number): ReadonlySet<string>;
  /** A bare "Other" is among the lines under `parent`. */
  hasResidualChild(parent: number | null): boolean;
  /** Every word a line's evaluation may look up in the goods' words (see {@link queriedWords}). */
  queried(i: number): ReadonlySet<string>;
}

const structures = new WeakMap<readonly NationalLine[], Structure>();

function structureOf(lines: readonly NationalLine[], six: string): Structure {
  const hit = structures.get(lines);
  if (hit && hit.six === six && unchanged(hit.seen, lines)) return hit;
  const st = buildStructure(lines, six);
  structures.set(lines, st);
  return st;
}

/**
 * Every word evaluate may look up in the goods' words for a line: its articles' and included goods' heads and words,
 * feature, use, negative and condition words, and those of the HS texts it refers to (and the reference mark).
 */
function queriedWords(line: NationalLine, p: ParsedLine): Set<string> {
  const out = new Set<string>();
  const addWords = (ws: readonly Word[]) => {
    for (const w of ws) out.add(w.t);
  };
  const addParsed = (q: ParsedLine) => {
    for (const a of [...q.articles, ...q.included]) {
      out.add(a.head);
      addWords(a.words);
      for (const ws of [...a.uses, ...a.features]) addWords(ws);
    }
    for (const ws of [...q.features, ...q.uses, ...q.useParts, ...q.negatives, ...q.conditionParts]) addWords(ws);
    addWords(q.conditionWords);
  };
  addParsed(p);
  if (line.refs) {
    out.add(REF);
    for (const t of line.refs) addParsed(parseLine(t.replace(/;/g, ",")));
  }
  return out;
}

function unchanged(seen: Structure["seen"], lines: readonly NationalLine[]): boolean {
  const n = lines.length;
  if (seen.lines.length !== n) return false;
  for (let i = 0; i < n; i++) {
    const l = lines[i]!;
    if (l !== seen.lines[i] || l.code !== seen.codes[i] || l.description !== seen.descriptions[i] || l.level !== seen.levels[i] || l.parentIndex !== seen.parents[i] || l.refs !== seen.refs[i]) return false;
  }
  return true;
}

function buildStructure(lines: readonly NationalLine[], six: string): Structure {
  const children = new Map<number | null, number[]>();
  const context: string[] = [];
  lines.forEach((l, i) => {
    if (l.level === "context") {
      context.push(l.description);
      return;
    }
    let p = l.parentIndex !== null && l.parentIndex >= 0 && l.parentIndex < lines.length ? l.parentIndex : null;
    if (p !== null && lines[p]!.level === "context") p = null;
    if (!children.has(p)) children.set(p, []);
    children.get(p)!.push(i);
  });
  // What the context lines require of every line (as the goods' words in context read them, see wordsInContext).
  const contextMaterials = new Set<MaterialClass>();
  let contextParts = false;
  const contextWords = new Set<string>();
  for (const text of context) {
    const p = parseLine(text);
    for (const c of p.material?.includes ?? []) contextMaterials.add(c);
    if (p.parts) contextParts = true;
    for (const w of wordsOf(p)) contextWords.add(w);
  }
  const parsedOf: Array<ParsedLine | undefined> = new Array(lines.length);
  const parsed = (i: number): ParsedLine => parsedOf[i] ?? (parsedOf[i] = withGroupDimension(lines, i, parseLine(lines[i]!.description)));
  const selectableOf: Array<boolean | undefined> = new Array(lines.length);
  // A group line with nothing under it is not a choice (e.g. the next subheading's group header that a loader
  // attached to the end of this subtree); at the top, coded lines of another HS6 are not either.
  const selectable = (i: number): boolean => {
    let v = selectableOf[i];
    if (v !== undefined) return v;
    const l = lines[i]!;
    if (!l.code && (children.get(i) ?? []).length === 0) v = false;
    else {
      const d = l.code.replace(/[^0-9]/g, "");
      v = !(l.parentIndex === null && d.length >= 6 && !d.startsWith(six));
    }
    selectableOf[i] = v;
    return v;
  };
  // Material classes the lines above a line already require ("Of wool" above "Of worsted wool fabric"), and those of
  // the nearest line above that names materials.
  const inheritedOf: Array<{ all: Set<MaterialClass>; nearest: MaterialClass[] } | undefined> = new Array(lines.length);
  const inherited = (i: number) => {
    let v = inheritedOf[i];
    if (v) return v;
    const all = new Set<MaterialClass>(contextMaterials);
    let nearest: MaterialClass[] = [];
    for (let p = lines[i]!.parentIndex; p !== null && p >= 0 && p < lines.length; p = lines[p]!.parentIndex) {
      const inc = parsed(p).material?.includes ?? [];
      if (nearest.length === 0) nearest = inc;
      for (const c of inc) all.add(c);
    }
    inheritedOf[i] = v = { all, nearest };
    return v;
  };
  const partsOf: Array<boolean | undefined> = new Array(lines.length);
  const partsAbove = (i: number): boolean => {
    let v = partsOf[i];
    if (v !== undefined) return v;
    v = contextParts;
    if (!v) for (let p = lines[i]!.parentIndex; p !== null && p >= 0 && p < lines.length; p = lines[p]!.parentIndex) if (parsed(p).parts) { v = true; break; }
    partsOf[i] = v;
    return v;
  };
  // Content words of the context lines above the subtree, and of all the lines above a line (its ancestors too).
  const wordsAboveOf: Array<Set<string> | undefined> = new Array(lines.length);
  const wordsAbove = (i: number): ReadonlySet<string> => {
    let out = wordsAboveOf[i];
    if (out) return out;
    out = new Set(contextWords);
    for (let p = lines[i]!.parentIndex; p !== null && p >= 0 && p < lines.length; p = lines[p]!.parentIndex) for (const w of wordsOf(parsed(p))) out.add(w);
    wordsAboveOf[i] = out;
    return out;
  };
  const ownOf: Array<Set<string> | undefined> = new Array(lines.length);
  const ownWords = (i: number): ReadonlySet<string> => ownOf[i] ?? (ownOf[i] = new Set(wordsOf(parsed(i))));
  const queriedOf: Array<Set<string> | undefined> = new Array(lines.length);
  const queried = (i: number): ReadonlySet<string> => queriedOf[i] ?? (queriedOf[i] = queriedWords(lines[i]!, parsed(i)));
  const residualChild = new Map<number | null, boolean>();
  const hasResidualChild = (parent: number | null): boolean => {
    let v = residualChild.get(parent);
    if (v === undefined) residualChild.set(parent, (v = (children.get(parent) ?? []).some((c) => parsed(c).residual)));
    return v;
  };
  return {
    six,
    seen: { lines: [...lines], codes: lines.map((l) => l.code), descriptions: lines.map((l) => l.description), levels: lines.map((l) => l.level), parents: lines.map((l) => l.parentIndex), refs: lines.map((l) => l.refs) },
    children, context, contextKey: context.join("|"),
    parsed, selectable, inherited, partsAbove, wordsAbove, ownWords, hasResidualChild, queried,
  };
}

/**
 * An object that stands for a family of attribute sets — copies of one goods' attributes with some fields changed, as
 * a follow-up question tries its answers — e.g. that attributes object itself. Walks taken for the same family are
 * kept (those of the latest family only) and reused; the attribute objects must stay as they are meanwhile.
 */
export type NationalWalks = object;

interface Walk {
  st: Structure;
  /** The attributes walked for (a shallow copy). */
  attrs: ExtractedAttributes;
  /** The conditions (bits of {@link CONDITION}) of every line the walk read. */
  reads: number;
  /** The lines the walk read. */
  read: Set<number>;
  /** The goods' words it walked with. */
  tokens: Map<string, number>;
  evals: Map<number, Evaluation>;
  choice: NationalChoice;
}

/** The walks taken for the latest family of attribute sets (one at a time: a classification's). */
let family: { key: NationalWalks; walks: Walk[] } | undefined;

/**
 * Attributes a line's evaluation reads only when its text states the matching condition (see evaluate and goodsOf):
 * the materials only for a material condition, the construction only for "knitted or crocheted", gender and age
 * only for a gender or age, the power source and processing only for implied features. Any other attribute may
 * change every line's evaluation (the words, the uses, parts and sets, the measures).
 */
const CONDITION = { materials: 1, construction: 2, sex: 4, implied: 8, uses: 16 } as const;
const FIELD_CONDITION: Partial<Record<keyof ExtractedAttributes, number>> = {
  materials: CONDITION.materials,
  construction: CONDITION.construction,
  gender: CONDITION.sex,
  age: CONDITION.sex,
  powerSource: CONDITION.implied,
  processing: CONDITION.implied,
  // The uses add words to the goods' words (see wordsInContext), are matched by use tags and read by implied features.
  uses: CONDITION.uses,
};

/** The conditions a parsed line states, as bits of {@link CONDITION}. */
function conditionsOf(p: ParsedLine): number {
  return (p.material ? CONDITION.materials : 0) | (p.knit ? CONDITION.construction : 0) | (p.sexes || p.age ? CONDITION.sex : 0) | (p.implied.length > 0 ? CONDITION.implied : 0);
}

/** The conditions whose attributes differ between two attribute sets; undefined when any other attribute differs. */
function changedConditions(a: ExtractedAttributes, b: ExtractedAttributes): number | undefined {
  let changed = 0;
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  for (const k of Object.keys(ra)) {
    if (Object.is(ra[k], rb[k]) && k in rb) continue;
    const c = FIELD_CONDITION[k as keyof ExtractedAttributes];
    if (c === undefined) return undefined;
    changed |= c;
  }
  for (const k of Object.keys(rb)) {
    if (k in ra) continue;
    const c = FIELD_CONDITION[k as keyof ExtractedAttributes];
    if (c === undefined) return undefined;
    changed |= c;
  }
  return changed;
}

/** The words whose weight differs between two sets of the goods' words. */
function tokensChanged(a: Map<string, number>, b: Map<string, number>): Set<string> {
  const out = new Set<string>();
  for (const [k, v] of a) if (b.get(k) !== v) out.add(k);
  for (const [k, v] of b) if (a.get(k) !== v) out.add(k);
  return out;
}

/**
 * Whether a changed attribute may change a line's evaluation: the line states the matching condition, or (the uses
 * changed) it has use tags or implied features, or looks up a word whose weight changed.
 */
function affects(st: Structure, i: number, changed: number, words: ReadonlySet<string> | undefined): boolean {
  const p = st.parsed(i);
  if ((conditionsOf(p) & changed) !== 0) return true;
  if ((changed & CONDITION.uses) === 0) return false;
  if (p.useTags.length > 0 || p.implied.length > 0) return true;
  const q = st.queried(i);
  for (const t of words ?? []) if (q.has(t)) return true;
  return false;
}

/** A group line that ends by naming the dimension its lines give ("Other bearings, having an outside diameter of:"). */
const GROUP_DIMENSION = /\b(width|diameter|thickness|length|height)(?:\s+of)?\s*:?\s*$/i;
/** A line that is a bare size range ("Under 9 mm", "Over 30 mm but not over 52 mm"). */
const BARE_SIZE = /^(?:(?:under|over|not over|less than|more than|exceeding|not exceeding)\s+)?\d+(?:\.\d+)?\s?(?:mm|cm|m)\b/i;

/**
 * A size line under a group that names the dimension ("… having an outside diameter of: › Over 30 mm but not over
 * 52 mm") sets a bound on that dimension: its figures are read with the group's word.
 */
function withGroupDimension(lines: readonly NationalLine[], i: number, p: ParsedLine): ParsedLine {
  const line = lines[i]!;
  if (p.quantities.length > 0 || line.parentIndex === null || !BARE_SIZE.test(line.description.trim())) return p;
  const dim = GROUP_DIMENSION.exec(lines[line.parentIndex]!.description.trim())?.[1];
  if (!dim) return p;
  const quantities = quantityConditions(`${dim.toLowerCase()} ${line.description}`).filter((q) => q.quantity === dim.toLowerCase());
  return quantities.length > 0 ? { ...p, quantities } : p;
}

function copyChoice(c: NationalChoice): NationalChoice {
  return { ...c, path: c.path.map((s) => ({ ...s })), reasons: [...c.reasons], decisive: [...c.decisive] };
}

/**
 * Chooses the national line under `hs6` for the goods. `lines` is the destination schedule's subtree under the HS6
 * in schedule order (see {@link buildNationalSubtree}); it may or may not include the HS6 line itself. `walks`: see
 * {@link NationalWalks}.
 */
export function chooseNationalLine(hs6: string, lines: readonly NationalLine[], attrs: ExtractedAttributes, walks?: NationalWalks): NationalChoice {
  const six = hs6.replace(/[^0-9]/g, "").slice(0, 6);
  const choice: NationalChoice = { code: "", path: [], reasons: [], confidence: 1, residual: false, decisive: [] };
  if (lines.length === 0) return { ...choice, confidence: 0, reasons: [`no national lines under ${six}`] };
  const st = structureOf(lines, six);
  const { children, context } = st;
  // A walk already taken for goods that differ only in what no line it read looks at ends the same; one that differs
  // in what some lines look at gives the other lines' evaluations.
  // (Plain attribute objects only: what is compared is their own fields.)
  const memo = walks !== undefined && Object.getPrototypeOf(attrs) === Object.prototype ? walks : undefined;
  if (memo && family?.key !== memo) family = { key: memo, walks: [] };
  const taken = memo ? family!.walks : undefined;
  const near: Array<{ walk: Walk; changed: number }> = [];
  for (const w of taken ?? []) {
    if (w.st !== st) continue;
    const changed = changedConditions(w.attrs, attrs);
    if (changed === undefined) continue;
    if ((changed & CONDITION.uses) === 0 && (changed & w.reads) === 0) return copyChoice(w.choice);
    near.push({ walk: w, changed });
  }
  const g = goodsOf(attrs, six, context, st.contextKey);
  let seed: { walk: Walk; unaffected: (i: number) => boolean } | undefined;
  for (const { walk: w, changed } of near) {
    const words = changed & CONDITION.uses ? tokensChanged(w.tokens, g.tokens) : undefined;
    const unaffected = (i: number) => !affects(st, i, changed, words);
    if (changed & CONDITION.uses) {
      let same = true;
      for (const i of w.read) if (!unaffected(i)) { same = false; break; }
      if (same) return copyChoice(w.choice);
    }
    seed ??= { walk: w, unaffected };
  }
  let reads = 0;
  const read = new Set<number>();
  const decisive = new Set<DecisiveAttribute>();
  let confidence = 1;
  let current: number | null = null;
  let chosen: Evaluation | undefined;

  const selectable = (i: number) => st.selectable(i);
  const evals = new Map<number, Evaluation>();
  if (seed) for (const [i, e] of seed.walk.evals) if (seed.unaffected(i)) evals.set(i, e);
  const wordsAbove = (i: number): ReadonlySet<string> => st.wordsAbove(i);
  const ev = (i: number): Evaluation => {
    let e = evals.get(i);
    if (!e) evals.set(i, (e = evaluate(i, lines[i]!, g, st.inherited(i), st.partsAbove(i), st.wordsAbove(i), st.parsed(i))));
    reads |= conditionsOf(e.p);
    read.add(i);
    return e;
  };
  // The best evidence that a line further down names the goods (a group's scope is its children's).
  const looks = new Map<number, number>();
  const look = (i: number): number => {
    let v = looks.get(i);
    if (v !== undefined) return v;
    v = 0;
    // A line below counts for what it adds: "Parts of printer units …" under "Parts and accessories of printers"
    // names nothing the group does not.
    const above = st.ownWords(i);
    for (const c of children.get(i) ?? []) {
      if (!selectable(c)) continue;
      const e = ev(c);
      if (e.disqualified || e.excluded) continue;
      const adds = e.p.kind === "condition" || e.p.implied.length > 0 || wordsOf(e.p).some((t) => !above.has(t) && has(g.tokens, t));
      const own = adds && !e.residual && (e.p.kind === "article" ? e.naming >= NAMES : e.naming >= 0.4) ? e.naming : 0;
      v = Math.max(v, 0.85 * Math.max(own, look(c)));
    }
    looks.set(i, v);
    return v;
  };
  // "Other wooden furniture" under "Other wooden furniture" / "Other furniture": "Other" plus words the lines above
  // already say is the residual of its level.
  const residualOf = new Map<number, boolean>();
  const isResidualHere = (e: Evaluation): boolean => {
    if (e.residual || e.p.residualLike) return true;
    // Beside a bare "Other", "Other T-shirts" is a line of its own.
    const parent = e.line.parentIndex !== null && lines[e.line.parentIndex]?.level !== "context" ? e.line.parentIndex : null;
    let r = residualOf.get(e.index);
    if (r !== undefined) return r;
    if (st.hasResidualChild(parent)) {
      residualOf.set(e.index, false);
      return false;
    }
    r = false;
    if (/^others?\b/.test(e.p.lower) && e.p.articles.length > 0) {
      const above = wordsAbove(e.index);
      r = e.p.articles.every((a) => a.words.every((w) => w.g < 1 || above.has(w.t)));
    }
    residualOf.set(e.index, r);
    return r;
  };
  // A condition line's children do not show that its condition holds: their evidence counts only once it does.
  // An article group whose own words miss carries only a strong match below ("Rectifiers …: › Power supplies").
  const carries = (e: Evaluation) => isResidualHere(e) || e.positive || (e.p.kind === "article" && look(e.index) >= 0.68);
  const total = (e: Evaluation) => {
    const l = carries(e) && look(e.index) >= 0.5 ? look(e.index) : 0;
    if (l === 0) return e.residual ? 0 : e.score;
    // A group taken for what is under it: its own words' miss is no penalty, but its unmet wording ranks it just
    // below a residual group that holds the same ("Parts of printer units specified in note 2" vs "Other").
    if (isResidualHere(e)) return 2.5 * l;
    return e.articleMiss ? e.dimScore + 2.25 * l : e.score + 2.5 * l;
  };
  // Part of the goods named (a generic word or two is no evidence).
  const partial = (e: Evaluation) => (e.naming >= 0.3 ? e.naming : 0);
  const isPositive = (e: Evaluation) => !e.disqualified && !e.excluded && (e.positive || (carries(e) && look(e.index) >= 0.5));

  for (let depth = 0; depth < 32; depth++) {
    const kids: number[] = (children.get(current) ?? []).filter(selectable);
    if (kids.length === 0) break;
    if (kids.length === 1) {
      const only: number = kids[0]!;
      const line = lines[only]!;
      chosen = ev(only);
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
    const level: Evaluation[] = kids.map(ev);
    const positives = level
      .filter((e) => isPositive(e) && !(isResidualHere(e) && !e.residual && look(e.index) < 0.5))
      .sort((a, b) => total(b) - total(a) || a.unknown.size - b.unknown.size || a.index - b.index);
    const residual = level.find((e) => e.residual) ?? level.find((e) => isResidualHere(e) && !e.disqualified && !e.excluded);
    let pick: Evaluation;
    let reason: string;
    let factor: number;
    if (positives.length > 0) {
      pick = positives[0]!;
      const second = positives[1];
      factor = second && total(second) >= 0.8 * total(pick) ? 0.75 : 0.97;
      if (pick.defaultNote) factor = Math.min(factor, 0.7);
      if (pick.unknown.size > 0) factor *= 0.85;
      const why = [...pick.matched];
      if (look(pick.index) >= 0.5 && !pick.positive) why.push("a line under it names the goods");
      reason = `${label(pick)}: ${why.join(", ")}${pick.defaultNote ? ` (${pick.defaultNote})` : ""}`;
    } else if (residual) {
      pick = residual;
      const open = level.filter((e) => !e.disqualified && !e.residual && !e.excluded && !e.articleMiss && e.unknown.size > 0);
      factor = open.length === 0 ? 0.75 : 0.5;
      for (const e of open) for (const u of e.unknown) decisive.add(u);
      for (const e of level) if (!e.residual && !e.disqualified && e.articleMiss) for (const u of e.unknown) decisive.add(u);
      const others = level.filter((e) => e !== residual).map((e) => (e.disqualified || e.excluded ? `${e.p.clean} (${e.mismatched.join("; ")})` : e.p.clean));
      reason = `${label(pick)}: residual — no specific line at this level matches (${others.join(" | ")})`;
      choice.residual = true;
    } else {
      const open = level.filter((e) => !e.disqualified && !e.excluded);
      // Nothing matches and there is no residual: the first line not excluded, unless one has some evidence — a line
      // below it names the goods ("6 mm or more › With hexagonal heads" for hex bolts of unstated size), or its own
      // words name part of them ("Bib and brace overalls" for "overalls").
      pick = (open.length > 0 ? open : level).sort(
        (a, b) => Math.max(0, total(b)) - Math.max(0, total(a)) || look(b.index) - look(a.index) || partial(b) - partial(a) || a.mismatched.length - b.mismatched.length || a.index - b.index,
      )[0]!;
      factor = open.length > 0 ? 0.4 : 0.25;
      for (const e of open) for (const u of e.unknown) decisive.add(u);
      reason = `${label(pick)}: no line matches on known attributes; ${open.length > 0 ? "first line not excluded" : "all lines excluded, closest taken"}`;
    }
    if (pick.defaultNote || pick.unknown.size > 0) for (const u of pick.unknown) decisive.add(u);
    if (isResidualHere(pick)) choice.residual = true;
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
  const out: NationalChoice = {
    ...choice,
    code,
    confidence: Math.max(0.05, Math.round(confidence * 1000) / 1000),
    decisive: [...decisive],
  };
  if (taken) taken.push({ st, attrs: { ...attrs }, reads, read, tokens: g.tokens, evals, choice: copyChoice(out) });
  return out;
}

/** How one line text judges the goods on its own (for explanations and tests). */
export function judgeLine(hs6: string, description: string, attrs: ExtractedAttributes, context: readonly string[] = []) {
  const e = evaluate(0, { code: "", description, level: "group", indent: 0, declarable: false, parentIndex: null }, goodsOf(attrs, hs6, context));
  return { positive: e.positive, disqualified: e.disqualified, excluded: e.excluded, naming: e.naming, score: e.score, matched: e.matched, mismatched: e.mismatched, unknown: [...e.unknown] };
}
