/**
 * Evaluates a lexicon entry's `splits` against extracted attributes.
 *
 * Semantics (see `Condition`): every field listed in a condition must match (AND); values within a
 * field are alternatives (OR). The first matching split wins; otherwise the entry's defaults apply.
 * - material: the predominant material (first of `attrs.materials`) is listed, or one of its broader
 *   classes is (stainless_steel ⊂ iron_steel ⊂ base_metal; gold/silver/platinum ⊂ precious_metal;
 *   porcelain ⊂ ceramic; every fibre ⊂ textile). No stated material never matches a material condition.
 * - construction, gender, age, power: equality with the extracted value.
 * - use, processing: any extracted value listed.
 * - words: any listed word/phrase occurs (as stemmed tokens, phrases consecutively) in `attrs.text`.
 * - isPart / isSet: equality.
 */
import { readRequestTokens, readTokens, RecentMap, RequestMap } from "@openhs/shared";
import type { Condition, ExtractedAttributes, LexiconEntry, Material } from "../types.js";

/** Broader classes of a material, for condition matching. */
const PARENTS: Partial<Record<Material, Material[]>> = {
  stainless_steel: ["iron_steel", "base_metal"],
  iron_steel: ["base_metal"],
  aluminium: ["base_metal"],
  copper: ["base_metal"],
  zinc: ["base_metal"],
  tin: ["base_metal"],
  nickel: ["base_metal"],
  lead: ["base_metal"],
  titanium: ["base_metal"],
  gold: ["precious_metal"],
  silver: ["precious_metal"],
  platinum: ["precious_metal"],
  porcelain: ["ceramic"],
  cotton: ["textile"],
  wool: ["textile"],
  fine_animal_hair: ["textile"],
  silk: ["textile"],
  flax: ["textile", "other_vegetable_fibre"],
  jute: ["textile", "other_vegetable_fibre"],
  other_vegetable_fibre: ["textile"],
  synthetic: ["textile"],
  artificial: ["textile"],
};

export function materialMatches(listed: readonly Material[], actual: Material | undefined): boolean {
  if (!actual) return false;
  if (listed.includes(actual)) return true;
  return (PARENTS[actual] ?? []).some((p) => listed.includes(p));
}

/**
 * The goods' text as tokens, by the text itself: follow-up questions try answers on copies of the same goods'
 * attributes (same text), which must not tokenize it again.
 */
const textTokens = new RequestMap<string, readonly string[]>();
const attrsTokens = new RecentMap<ExtractedAttributes, readonly string[]>(32);
function tokensOf(attrs: ExtractedAttributes): readonly string[] {
  let t = attrsTokens.get(attrs);
  if (t) return t;
  const text = `${attrs.cleanName ?? ""}\n${attrs.text ?? ""}`;
  t = textTokens.get(text);
  if (!t) {
    // The name and the text are read apart, with a break between them: a phrase of a split's words is not read across
    // the end of one and the start of the other ("ball bearing" + "ball bearing" holds no "bearing ball").
    t = [...readRequestTokens(statedOnly(attrs.cleanName ?? "")), "|", ...readRequestTokens(statedOnly(attrs.text ?? ""))];
    textTokens.set(text, t);
  }
  attrsTokens.set(attrs, t);
  return t;
}

/**
 * The text without what it says the goods are not: "not filled", "not containing added sugar", "without added
 * sugar" say nothing is filled or added (the stemmed tokens alone would read "filled", "added sugar"). "Shelled"
 * and "unshelled" are read as the trade says them ("kernels", "in shell"): stemmed, "shelled" would be "shell".
 */
export function statedOnly(text: string): string {
  return text
    // ("not vacuum insulated": a word and the participle it qualifies are denied together)
    // ("not sweetened or flavored", "nor flavoured": each participle listed after the "not" is denied too)
    // ("does not incorporate a print head or any electrical components": what the goods are said not to have, up to
    // three words each side of an "or")
    .replace(/\b(?:not|nor)\s+(?:incorporat(?:e|es|ing)|includ(?:e|es|ing)|contain(?:s|ing)?|ha(?:ve|s|ving)|compris(?:e|es|ing)|featur(?:e|es|ing))\s+(?:(?:a|an|any)\s+)?(?:(?!or\b)[a-z-]+\s+){0,2}(?!or\b)[a-z-]+(?:\s+or\s+(?:(?:a|an|any)\s+)?(?:(?!or\b)[a-z-]+\s+){0,2}(?!or\b)[a-z-]+)?/gi, " ")
    // ("covering the ankle but not the knee": an article before the word denied)
    .replace(/\b(?:not|nor)[- ](?:containing\s+|being\s+)?(?:added\s+)?(?:(?:the|a|an|any)\s+)?[a-z]+(?:[- ][a-z]+ed\b)?(?:\s*(?:,|\bor\b|\bnor\b)\s*[a-z]+ed\b)*/gi, " ")
    // "non-refillable", "non-rechargeable": "non-" denies the "-able" adjective it is joined to; read as one word
    .replace(/\bnon[- ](?=[a-z]+able\b)/gi, "non")
    .replace(/\bwithout[- ]added[- ][a-z]+/gi, " ")
    // "without fittings", "without a motor": what the goods are said to be without is none of theirs (the trade's
    // "embroidery without visible ground" names a kind of embroidery)
    .replace(/\bwithout\s+(?!visible\b)(?:(?:a|an|any)\s+)?[a-z-]+(?:\s+(?:or|nor)\s+[a-z-]+)?/gi, " ")
    // "No Box Spring Needed", "no tools required": what the goods do without is none of theirs
    .replace(/\bno[- ](?:[a-z]+[- ]){1,3}(?:needed|required|necessary)\b/gi, " ")
    .replace(/\b(?:unshelled|in[- ]shell)\b/gi, " in shell ")
    .replace(/\b(?:shelled|deshelled)\b/gi, " kernels ");
}

const wordCache = new Map<string, Array<readonly string[]>>();
/** Token sequences a condition word can appear as (a hyphenated word: joined or split). */
function wordVariants(w: string): Array<readonly string[]> {
  let t = wordCache.get(w);
  if (!t) {
    t = [readTokens(w.replace(/([a-z0-9])-(?=[a-z0-9])/gi, "$1"))];
    if (w.includes("-")) t.push(readTokens(w.replace(/-/g, " ")));
    t = t.filter((v) => v.length > 0);
    wordCache.set(w, t);
  }
  return t;
}

function containsPhrase(tokens: readonly string[], phrase: readonly string[]): boolean {
  if (!phrase.length) return false;
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (tokens[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/** True when every field of the condition matches the attributes. */
export function conditionMatches(c: Condition, attrs: ExtractedAttributes): boolean {
  if (c.material && !materialMatches(c.material, attrs.materials[0]?.material)) return false;
  if (c.construction && !(attrs.construction && c.construction.includes(attrs.construction))) return false;
  if (c.gender && !(attrs.gender && c.gender.includes(attrs.gender))) return false;
  if (c.age && !(attrs.age && c.age.includes(attrs.age))) return false;
  if (c.power && !(attrs.powerSource && c.power.includes(attrs.powerSource))) return false;
  if (c.use && !attrs.uses.some((u) => c.use!.includes(u))) return false;
  if (c.processing && !attrs.processing.some((p) => c.processing!.includes(p))) return false;
  if (c.isPart !== undefined && c.isPart !== attrs.isPart) return false;
  if (c.isSet !== undefined && c.isSet !== attrs.isSet) return false;
  if (c.words && !saysAny(c.words, attrs)) return false;
  if (c.allOf && !c.allOf.every((group) => saysAny(group, attrs))) return false;
  if (c.unless && saysAny(c.unless, attrs)) return false;
  return true;
}

/** Every token sequence a condition's words can appear as, per words list (conditions are built once). */
const wordsVariants = new WeakMap<readonly string[], ReadonlyArray<readonly string[]>>();
function variantsOfWords(words: readonly string[]): ReadonlyArray<readonly string[]> {
  let v = wordsVariants.get(words);
  if (!v) wordsVariants.set(words, (v = words.flatMap((w) => wordVariants(w))));
  return v;
}

/** Where each token stands in a goods' token list, per list (the lists are shared per text). */
const tokenPositions = new RecentMap<readonly string[], Map<string, number[]>>(32);
function positionsOf(tokens: readonly string[]): Map<string, number[]> {
  let m = tokenPositions.get(tokens);
  if (m) return m;
  m = new Map();
  tokens.forEach((t, i) => {
    const list = m!.get(t);
    if (list) list.push(i);
    else m!.set(t, [i]);
  });
  tokenPositions.set(tokens, m);
  return m;
}

/** One of the words (or a variant of it) is in the goods' text. */
function saysAny(words: readonly string[], attrs: ExtractedAttributes): boolean {
  const toks = tokensOf(attrs);
  const at = positionsOf(toks);
  for (const v of variantsOfWords(words)) {
    const starts = at.get(v[0]!);
    if (!starts) continue;
    if (v.length === 1) return true;
    outer: for (const i of starts) {
      if (i + v.length > toks.length) continue;
      for (let j = 1; j < v.length; j++) if (toks[i + j] !== v[j]) continue outer;
      return true;
    }
  }
  return false;
}

export interface SplitResolution {
  heading: string;
  subheading?: string;
  /** The condition that decided, when a split matched. */
  matchedCondition?: Condition;
}

/**
 * Resolves an entry to its heading/subheading for the attributes (first matching split, else defaults).
 * When the matched term itself names a split's word ("watch dial" in an entry split by "dial" /
 * "movement"), that split decides before words found elsewhere in the text: the product named is a
 * dial even if the title goes on to name the movement it fits.
 */
type Split = NonNullable<LexiconEntry["splits"]>[number];

/** The splits that name words of a term, with the longest such phrase and the split's other conditions; per entry and term. */
const termSplits = new WeakMap<LexiconEntry, Map<string, Array<{ split: Split; phrase: readonly string[]; rest: Split["when"] }>>>();
function splitsNamedBy(entry: LexiconEntry, term: string) {
  let byTerm = termSplits.get(entry);
  if (!byTerm) termSplits.set(entry, (byTerm = new Map()));
  let out = byTerm.get(term);
  if (out) return out;
  out = [];
  const termTokens = readTokens(term);
  for (const s of entry.splits ?? []) {
    if (!s.when.words) continue;
    let phrase: readonly string[] | undefined;
    for (const w of s.when.words) for (const v of wordVariants(w)) if (containsPhrase(termTokens, v) && (!phrase || v.length > phrase.length)) phrase = v;
    if (!phrase) continue;
    const { words: _w, ...rest } = s.when;
    out.push({ split: s, phrase, rest });
  }
  byTerm.set(term, out);
  return out;
}

/**
 * Works out ahead of traffic what resolving an entry matched by a term reads of the lexicon alone: the splits the
 * term names and the token sequences of every split's words (a warm-up step; answers are the same without it).
 */
export function prepareSplits(entry: LexiconEntry, term: string): void {
  splitsNamedBy(entry, term);
  for (const s of entry.splits ?? []) {
    if (s.when.words) variantsOfWords(s.when.words);
    for (const group of s.when.allOf ?? []) variantsOfWords(group);
    if (s.when.unless) variantsOfWords(s.when.unless);
  }
}

/**
 * Resolves an entry to its heading/subheading for the attributes (first matching split, else defaults).
 * When the matched term itself names a split's word ("watch dial" in an entry split by "dial" /
 * "movement"), that split decides before words found elsewhere in the text: the product named is a
 * dial even if the title goes on to name the movement it fits.
 */
export function resolveSplit(entry: LexiconEntry, attrs: ExtractedAttributes, term?: string): SplitResolution {
  // Asked again for the same goods (weighing, then evidence, then questions): answered once per attributes object.
  let byEntry = resolutions.get(attrs);
  if (!byEntry) resolutions.set(attrs, (byEntry = new Map()));
  let byTerm = byEntry.get(entry);
  if (!byTerm) byEntry.set(entry, (byTerm = new Map()));
  const key = term ?? "";
  let r = byTerm.get(key);
  if (!r) byTerm.set(key, (r = resolveSplitUncached(entry, attrs, term)));
  return r;
}

/** Resolutions per attributes object (never changed after extraction), entry and term; shared, not to be changed. */
const resolutions = new RecentMap<ExtractedAttributes, Map<LexiconEntry, Map<string, SplitResolution>>>(32);

function resolveSplitUncached(entry: LexiconEntry, attrs: ExtractedAttributes, term?: string): SplitResolution {
  const splits = entry.splits ?? [];
  if (term && splits.some((s) => s.when.words)) {
    // The first split naming a word of the term decides, unless a later one names a longer phrase of the term that
    // contains that word ("steering wheel" is more specific than "wheel"; "relief valve" does not contain "hydraulic").
    let best: { split: Split; phrase: readonly string[] } | undefined;
    for (const { split, phrase, rest } of splitsNamedBy(entry, term)) {
      if (best && !(phrase.length > best.phrase.length && containsPhrase(phrase, best.phrase))) continue;
      if (!splitFits(rest, attrs, entry)) continue;
      best = { split, phrase };
    }
    if (best) {
      // A split by material alone listed before it still decides first: "bamboo utensil set" is kitchenware of
      // bamboo (4419) although the term names "set", which the entry sends to sets of base-metal articles.
      const at = splits.indexOf(best.split);
      const byMaterial = splits.slice(0, at).find((s) => s.when.material && !s.when.words && !s.when.allOf && conditionMatches(s.when, attrs));
      return resolved(entry, byMaterial ?? best.split);
    }
  }
  for (const s of splits) {
    if (!splitFits(s.when, attrs, entry)) continue;
    if (term && s.when.words && (onlyWhatItComesWith(entry, s.when.words, term, attrs) || otherKindNamed(entry, s.when.words, term, attrs))) continue;
    return resolved(entry, s);
  }
  const out: SplitResolution = { heading: entry.heading };
  if (entry.subheading) out.subheading = entry.subheading;
  return out;
}

/** The head (last word) of each of an entry's terms: the kinds of goods the entry names ("glass lid" → lid). */
const kindHeads = new WeakMap<LexiconEntry, ReadonlySet<string>>();
function headsOf(entry: LexiconEntry): ReadonlySet<string> {
  let h = kindHeads.get(entry);
  if (!h) {
    h = new Set(entry.terms.map((t) => readTokens(t).at(-1)).filter((t): t is string => t !== undefined));
    kindHeads.set(entry, h);
  }
  return h;
}

/** "with a metal screw lid", "comes with stopper", "incl. 2 lids": up to four words after the word that adds them. */
const COMES_WITH = /\b(?:with|w\/|including|includes|incl\.?|plus)\s+((?:[a-z0-9][a-z0-9-]*\s+){0,3}[a-z][a-z-]*)/g;
const withWordsByText = new Map<string, ReadonlySet<string>>();
/** The stemmed words the goods' text says they come with (empty when it says nothing "with"). */
function comesWith(attrs: ExtractedAttributes): ReadonlySet<string> {
  const text = `${attrs.cleanName ?? ""} ; ${attrs.text ?? ""}`.toLowerCase();
  let out = withWordsByText.get(text);
  if (out) return out;
  const words = new Set<string>();
  if (text.includes("with") || text.includes("w/") || text.includes("incl") || text.includes("plus")) {
    COMES_WITH.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = COMES_WITH.exec(text)); ) for (const t of readTokens(m[1]!)) words.add(t);
  }
  out = words;
  if (withWordsByText.size >= 256) withWordsByText.delete(withWordsByText.keys().next().value!);
  withWordsByText.set(text, out);
  return out;
}

/**
 * A split word that is itself one of the kinds of goods the entry names ("glass stopper", "glass lid" beside "glass
 * jar"), met only in what the goods come with ("a glass jar with a metal screw lid"), does not decide: the goods are
 * the kind the matched term names (GRI 1; the closure is part of the jar as presented, GRI 2(a)/3(b)), not the
 * accessory.
 */
function onlyWhatItComesWith(entry: LexiconEntry, words: readonly string[], term: string, attrs: ExtractedAttributes): boolean {
  const extra = comesWith(attrs);
  if (extra.size === 0) return false;
  const heads = headsOf(entry);
  const termTokens = readTokens(term);
  let any = false;
  for (const w of words) {
    const variants = wordVariants(w);
    const toks = tokensOf(attrs);
    if (!variants.some((v) => containsPhrase(toks, v))) continue;
    const v = variants[0]!;
    if (v.length !== 1 || !heads.has(v[0]!) || !extra.has(v[0]!) || termTokens.includes(v[0]!)) return false;
    any = true;
  }
  return any;
}

/**
 * A split's condition as the goods meet it. Its `unless` words said only in what the goods come with ("Soccer Ball …
 * with Pump and Net") do not set it aside: they exclude goods named so ("soccer goal net"), and the accessories
 * presented with the goods do not make them such goods (GRI 3(b): the ball gives the set its character). Not a word
 * another split of the entry takes as a kind of its own ("alarm clock with radio": a clock with a radio receiver is
 * the radio of 8527.92, which the entry names by that word).
 */
function splitFits(c: Condition, attrs: ExtractedAttributes, entry: LexiconEntry): boolean {
  if (conditionMatches(c, attrs)) return true;
  if (!c.unless) return false;
  const { unless, ...rest } = c;
  if (unless.some((w) => (entry.splits ?? []).some((s) => s.when.words?.includes(w)))) return false;
  return conditionMatches(rest, attrs) && saidOnlyInWhatItComesWith(unless, attrs);
}

/** Every one of the words the text says is said only after "with" (among what the goods come with), none before it. */
function saidOnlyInWhatItComesWith(words: readonly string[], attrs: ExtractedAttributes): boolean {
  const extra = comesWith(attrs);
  if (extra.size === 0) return false;
  const name = (attrs.cleanName ?? "").toLowerCase();
  const at = name.search(/\s(?:with|w\/|including|includes|incl\.?|plus)\s/);
  if (at < 0) return false;
  const before = readTokens(statedOnly(name.slice(0, at)));
  const toks = tokensOf(attrs);
  let any = false;
  for (const w of words) {
    const found = wordVariants(w).find((v) => containsPhrase(toks, v));
    if (!found) continue;
    if (found.length !== 1 || !extra.has(found[0]!) || before.includes(found[0]!)) return false;
    any = true;
  }
  return any;
}

/** The token keys of an entry's terms (the kinds of goods it names, written out: "beard trimmer", "hepa filter"). */
const kindKeys = new WeakMap<LexiconEntry, ReadonlySet<string>>();
function termKeysOf(entry: LexiconEntry): ReadonlySet<string> {
  let k = kindKeys.get(entry);
  if (!k) {
    k = new Set(entry.terms.map((t) => readTokens(t).join(" ")).filter(Boolean));
    kindKeys.set(entry, k);
  }
  return k;
}

/**
 * A split's words met in the text only as other kinds of goods the same entry names, none of them the kind the
 * matched term names, and only after the title opened with the goods and qualified them ("Electric Shaver for Men … Beard Trimmer",
 * "Air Purifier for Home … HEPA Filter"), do not decide: the title
 * lists a second function or a feature of the goods after naming them; the goods are the kind the matched term
 * names (GRI 1). A split word that is no term of the entry ("barber", "replacement") still decides as written, and
 * so does one that shares a word with the matched term ("trimmer" / "beard trimmer", "remote control" / "universal
 * remote": the same kind named more closely).
 */
function otherKindNamed(entry: LexiconEntry, words: readonly string[], term: string, attrs: ExtractedAttributes): boolean {
  const kinds = termKeysOf(entry);
  const termTokens = readTokens(term);
  if (!kinds.has(termTokens.join(" "))) return false;
  // Only where the title has named the goods before "for" / "with" and the other kind comes after it: a title that
  // names two kinds side by side ("Hair Clipper Cordless Trimmer") is read by the split as written.
  const name = (attrs.cleanName ?? "").toLowerCase();
  const cut = name.search(/\s(?:for|with)\s/);
  if (cut < 0) return false;
  const before = readTokens(statedOnly(name.slice(0, cut)));
  // The matched term opens the title (a brand word may come first): the goods are named before anything else.
  if (!containsPhrase(before.slice(0, termTokens.length + 1), termTokens)) return false;
  const toks = tokensOf(attrs);
  let any = false;
  for (const w of words) {
    const found = wordVariants(w).find((v) => containsPhrase(toks, v));
    if (!found) continue;
    // A word shared with the matched term ("Remote Control for … Universal Remote") names the same goods more closely.
    if (!kinds.has(found.join(" ")) || found.some((t) => termTokens.includes(t)) || containsPhrase(before, found)) return false;
    any = true;
  }
  return any;
}

function resolved(entry: LexiconEntry, s: Split): SplitResolution {
  const heading = s.heading ?? s.subheading?.slice(0, 4) ?? entry.heading;
  const out: SplitResolution = { heading, matchedCondition: s.when };
  if (s.subheading) out.subheading = s.subheading;
  else if (!s.heading && entry.subheading?.startsWith(heading)) out.subheading = entry.subheading;
  return out;
}
