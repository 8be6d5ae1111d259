/**
 * First pipeline stage: everything the classifier reads from a product's fields — clean name, normalized
 * text, materials, construction, processing, gender / age, uses, power source, measurements, value,
 * set / part flags and pieces. Earlier answers (`input.context`) override what is extracted.
 * Pure functions, no I/O.
 */
import { memoByText, RecentMap } from "@openhs/shared";
import type { Construction, ExtractedAttributes, Gender, PowerSource, ProductInput } from "../types.js";
import { toUsd } from "./currency.js";
import { extractMaterials, footwearPartOfKey } from "./materials.js";
import {
  firstNumber,
  parseDimensions,
  parseGsm,
  parseLengthCm,
  parsePieces,
  parsePowerW,
  parseVoltageV,
  parseWeightKg,
  type Dimensions,
} from "./measures.js";
import { cleanProductName, normalizeText, stripNoise, withoutPacking, words } from "./normalize.js";

type Age = "adult" | "child" | "baby";

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/**
 * Attribute keys recur across listings ("Material", "Brand Name", "Item Type"): each key pattern's verdict on a key
 * is remembered, as two bit sets per key (patterns tested so far, patterns that matched). Key patterns are module
 * constants without the g / y flags, so a verdict depends on the key alone.
 */
interface KeyVerdicts {
  known: number;
  yes: number;
}
const KEY_VERDICTS = new Map<string, KeyVerdicts>();
const PATTERN_BITS = new Map<RegExp, number>();
function keyVerdicts(key: string): KeyVerdicts {
  let v = KEY_VERDICTS.get(key);
  if (!v) {
    if (KEY_VERDICTS.size >= 8192) KEY_VERDICTS.clear();
    KEY_VERDICTS.set(key, (v = { known: 0, yes: 0 }));
  }
  return v;
}
/** The verdict bit of a key pattern (0 once 30 patterns have bits: those are tested every time). */
function patternBit(re: RegExp): number {
  let b = PATTERN_BITS.get(re);
  if (b === undefined) {
    b = PATTERN_BITS.size < 30 ? 1 << PATTERN_BITS.size : 0;
    PATTERN_BITS.set(re, b);
  }
  return b;
}
function keyMatches(re: RegExp, bit: number, key: string, v: KeyVerdicts): boolean {
  if (bit === 0) return re.test(key);
  if (v.known & bit) return (v.yes & bit) !== 0;
  const yes = re.test(key);
  v.known |= bit;
  if (yes) v.yes |= bit;
  return yes;
}

type Entry = [key: string, value: string, verdicts: KeyVerdicts];
/** Per request's attributes object (see RecentMap: a WeakMap would keep every request's entries through young collections). */
const entriesCache = new RecentMap<object, Entry[]>(8);
function attr(input: ProductInput, re: RegExp, skip?: RegExp): Array<{ key: string; value: string }> {
  const a = input.attributes;
  if (!a) return [];
  let entries = entriesCache.get(a);
  if (!entries) {
    entries = [];
    for (const e of Object.entries(a)) if (typeof e[1] === "string" && e[1].trim() !== "") entries.push([e[0], e[1], keyVerdicts(e[0])]);
    entriesCache.set(a, entries);
  }
  const out: Array<{ key: string; value: string }> = [];
  const bit = patternBit(re);
  const skipBit = skip ? patternBit(skip) : 0;
  for (const [key, value, v] of entries) if (keyMatches(re, bit, key, v) && !(skip && keyMatches(skip, skipBit, key, v))) out.push({ key, value });
  return out;
}

function ctxValue(input: ProductInput, ...keys: string[]): string | undefined {
  const c = input.context;
  if (!c) return undefined;
  for (const k of keys) {
    const v = c[k];
    if (v !== undefined && String(v).trim() !== "") return String(v).trim();
  }
  return undefined;
}

/** Token set plus the token array, for word and phrase look-ups (read only; the set is built on first use). */
class Toks {
  private s: Set<string> | undefined;
  constructor(readonly list: readonly string[]) {}
  get set(): Set<string> {
    return (this.s ??= new Set(this.list));
  }
}
/** Short texts (attribute values) recur across listings: their tokens are remembered; a request's own texts for that request. */
const toksMemo = memoByText((norm) => new Toks(words(norm)));
function toks(norm: string): Toks {
  return norm.length > 200 ? new Toks(words(norm)) : toksMemo(norm);
}
/**
 * Tokens of texts joined with " ; " (`words` never reads a token across " ; ", so the words of the joined text are
 * the words of each text in turn).
 */
function toksOfWords(...lists: string[][]): Toks {
  const nonEmpty = lists.filter((l) => l.length > 0);
  return new Toks(nonEmpty.length === 1 ? nonEmpty[0]! : ([] as string[]).concat(...nonEmpty));
}
const phraseCache = new Map<string, string[]>();
function splitPhrase(phrase: string): string[] {
  let p = phraseCache.get(phrase);
  if (!p) phraseCache.set(phrase, (p = phrase.split(" ")));
  return p;
}
function hasPhrase(t: Toks, phrase: string): boolean {
  return hasWords(t, splitPhrase(phrase));
}
/** `hasPhrase` for a phrase already split into words. */
function hasWords(t: Toks, p: readonly string[]): boolean {
  if (!t.set.has(p[0]!)) return false;
  if (p.length === 1) return true;
  const L = t.list;
  outer: for (let i = 0; i + p.length <= L.length; i++) {
    if (L[i] !== p[0]) continue;
    for (let j = 1; j < p.length; j++) if (L[i + j] !== p[j]) continue outer;
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Construction
// ---------------------------------------------------------------------------------------------

const NONWOVEN_PHRASES = ["non woven", "nonwoven", "nonwovens", "spunbond", "spunbonded", "spunlace", "meltblown", "melt blown", "needle punched", "needlepunched", "non wovens"];
const KNIT_STRONG = ["knit", "knits", "knitted", "knitting", "knitwear", "crochet", "crocheted", "hand knit", "hand knitted", "computer knitted"];
const KNIT_FABRICS = ["jersey", "fleece", "polar fleece", "french terry", "interlock", "rib knit", "ribbed", "tricot", "warp knit", "weft knit", "single jersey", "double jersey", "pique knit", "waffle knit", "cable knit", "sherpa", "minky", "velboa", "coral fleece", "scuba knit"];
/** Garment styles made of stretch knit fabric (body-hugging "bodycon", circular-knit "seamless", compression wear): weaker than a fabric named. */
const KNIT_STYLES = ["bodycon", "seamless", "compression"];
const WOVEN_STRONG = ["woven", "weave", "weaving", "woven fabric", "plain weave", "twill weave", "satin weave"];
const WOVEN_FABRICS = [
  "denim", "poplin", "chiffon", "satin", "sateen", "broadcloth", "twill", "canvas", "organza", "georgette",
  "taffeta", "chambray", "seersucker", "gabardine", "tweed", "corduroy", "flannel", "muslin", "gauze", "voile", "batiste",
  "cambric", "crepe fabric", "crepe de chine", "georgette crepe", "dobby", "brocade", "damask", "herringbone fabric", "percale",
  "ripstop", "calico", "cheesecloth", "tat", "oxford cloth", "oxford fabric",
];

const splitAll = (phrases: string[]): string[][] => phrases.map((p) => p.split(" "));
const NONWOVEN_WORDS = splitAll(NONWOVEN_PHRASES);
const KNIT_STRONG_WORDS = splitAll(KNIT_STRONG);
const KNIT_FABRICS_WORDS = splitAll(KNIT_FABRICS);
const KNIT_STYLES_WORDS = splitAll(KNIT_STYLES);
const WOVEN_STRONG_WORDS = splitAll(WOVEN_STRONG);
const WOVEN_FABRICS_WORDS = splitAll(WOVEN_FABRICS);

/** Weight kinds of the construction phrases: strong + 1, strong, fabric, fabric / 2. */
type ConsWeight = 0 | 1 | 2 | 3;
/** First word → the construction phrases starting with it (each list entry once; "woven strong" flagged). */
const CONS_BY_FIRST = new Map<string, Array<{ c: Construction; p: string[]; w: ConsWeight; wovenStrong: boolean }>>();
for (const [c, lists, w, wovenStrong] of [
  ["nonwoven", NONWOVEN_WORDS, 0, false],
  ["knitted", KNIT_STRONG_WORDS, 1, false],
  ["knitted", KNIT_FABRICS_WORDS, 2, false],
  ["knitted", KNIT_STYLES_WORDS, 3, false],
  ["woven", WOVEN_STRONG_WORDS, 1, true],
  ["woven", WOVEN_FABRICS_WORDS, 2, false],
] as Array<[Construction, string[][], ConsWeight, boolean]>) {
  for (const p of lists) {
    if (!CONS_BY_FIRST.has(p[0]!)) CONS_BY_FIRST.set(p[0]!, []);
    CONS_BY_FIRST.get(p[0]!)!.push({ c, p, w, wovenStrong });
  }
}

function constructionFrom(t: Toks, strongWeight: number, fabricWeight: number): { c: Construction; score: number; pos: number } | undefined {
  const score: Record<Construction, number> = { knitted: 0, woven: 0, nonwoven: 0 };
  const pos: Record<Construction, number> = { knitted: 1e9, woven: 1e9, nonwoven: 1e9 };
  const weights = [strongWeight + 1, strongWeight, fabricWeight, fabricWeight / 2];
  // Only phrases whose first word is in the text can match. Scores are sums of whole and half weights and
  // positions minima, so the order phrases are counted in does not matter; the strong woven words are counted
  // apart and added only when the text is not "non woven" alone.
  let wovenStrongScore = 0;
  let wovenStrongPos = 1e9;
  for (const word of t.set) {
    const entries = CONS_BY_FIRST.get(word);
    if (!entries) continue;
    for (const e of entries) {
      if (!hasWords(t, e.p)) continue;
      const i = t.list.indexOf(e.p[0]!);
      if (e.wovenStrong) {
        wovenStrongScore += weights[e.w]!;
        if (i >= 0 && i < wovenStrongPos) wovenStrongPos = i;
      } else {
        score[e.c] += weights[e.w]!;
        if (i >= 0 && i < pos[e.c]) pos[e.c] = i;
      }
    }
  }
  // "non woven" also contains "woven": only count woven words outside a nonwoven phrase.
  const nonwovenOnly = score.nonwoven > 0 && !t.list.some((w, i) => (w === "woven" || w === "weave") && t.list[i - 1] !== "non");
  if (!nonwovenOnly && wovenStrongScore > 0) {
    score.woven += wovenStrongScore;
    if (wovenStrongPos < pos.woven) pos.woven = wovenStrongPos;
  }
  const ranked = (Object.keys(score) as Construction[])
    .filter((c) => score[c] > 0)
    .sort((a, b) => score[b] - score[a] || pos[a] - pos[b]);
  const c = ranked[0];
  return c ? { c, score: score[c], pos: pos[c] } : undefined;
}

function parseConstruction(v: string): Construction | undefined {
  return constructionFrom(toks(normalizeText(v)), 2, 1)?.c;
}

// ---------------------------------------------------------------------------------------------
// Processing
// ---------------------------------------------------------------------------------------------

/** Canonical process name → the words and phrases ("|"-separated) that name it. */
const PROCESS_TABLE: Array<[string, string]> = [
  ["cast", "cast|casted|die cast|diecast|die casting|investment cast|sand cast"],
  ["forged", "forged|forging|hand forged|drop forged"],
  ["moulded", "moulded|molded|injection molded|injection moulded|injection molding|injection moulding|blow molded|blow moulded|rotomolded|compression molded"],
  ["stamped", "stamped|stamping|hot stamping|foil stamping|punched"],
  ["printed", "printed|print|prints|screen printed|digital print|digital printed|sublimation|sublimated|heat transfer|3d printed"],
  ["embroidered", "embroidered|embroidery"],
  ["yarn-dyed", "yarn dyed"],
  ["dyed", "dyed|piece dyed|tie dye|tie dyed|garment dyed"],
  ["bleached", "bleached"],
  ["unbleached", "unbleached"],
  ["coated", "coated|coating|powder coated"],
  ["plated", "plated|plating|electroplated"],
  ["galvanized", "galvanized|galvanised|hot dip galvanized"],
  ["painted", "painted|hand painted"],
  ["lacquered", "lacquered|lacquer"],
  ["enamelled", "enamel|enamelled|enameled"],
  ["varnished", "varnished"],
  ["polished", "polished"],
  ["anodized", "anodized|anodised"],
  ["laminated", "laminated"],
  ["quilted", "quilted"],
  ["padded", "padded"],
  ["welded", "welded"],
  ["machined", "machined|cnc machined"],
  ["extruded", "extruded"],
  ["hot-rolled", "hot rolled"],
  ["cold-rolled", "cold rolled"],
  ["drawn", "cold drawn"],
  ["engraved", "engraved"],
  ["carved", "carved|hand carved"],
  ["handmade", "handmade|hand made|handcrafted|hand crafted"],
  ["embossed", "embossed"],
  ["perforated", "perforated"],
  ["flocked", "flocked"],
  ["braided", "braided|plaited"],
  ["felted", "felted"],
  ["vulcanized", "vulcanized|vulcanised"],
  ["glued", "glued|sticking|cemented"],
  ["stitched", "stitched|stitching|sewn"],
  ["tempered", "tempered"],
  ["heat-treated", "heat treated"],
  ["sintered", "sintered"],
  ["blown", "blown|hand blown|mouth blown"],
  ["faceted", "faceted"],
  ["drilled", "drilled"],
  ["glazed", "glazed"],
  ["unglazed", "unglazed"],
  ["tanned", "tanned|vegetable tanned"],
  ["frozen", "frozen"],
  ["chilled", "chilled"],
  ["fresh", "fresh"],
  ["freeze-dried", "freeze dried"],
  ["dried", "dried|dehydrated|sun dried"],
  ["roasted", "roasted"],
  ["smoked", "smoked"],
  ["salted", "salted"],
  ["cooked", "cooked"],
  ["boiled", "boiled"],
  ["fried", "fried"],
  ["baked", "baked"],
  ["fermented", "fermented"],
  ["pickled", "pickled"],
  ["canned", "canned"],
  ["preserved", "preserved"],
  ["powdered", "powdered"],
  ["refined", "refined"],
  ["crude", "crude"],
  ["raw", "raw"],
];
const PROCESS_TERMS: Array<[string, string]> = PROCESS_TABLE.flatMap(([canon, list]) => list.split("|").map((p) => [p, canon] as [string, string]));
/** `PROCESS_TERMS` with each phrase split into its words. */
const PROCESS_TERM_WORDS: Array<[string, string[], string]> = PROCESS_TERMS.map(([p, canon]) => [p, p.split(" "), canon]);

/** First word → indices of the `PROCESS_TERM_WORDS` starting with it. */
const PROCESS_BY_FIRST = new Map<string, number[]>();
PROCESS_TERM_WORDS.forEach(([, ws], i) => {
  const first = ws[0]!;
  if (!PROCESS_BY_FIRST.has(first)) PROCESS_BY_FIRST.set(first, []);
  PROCESS_BY_FIRST.get(first)!.push(i);
});

/** Canonical process names this extractor can report. */
export const PROCESSES: readonly string[] = [...new Set(PROCESS_TERMS.map(([, c]) => c))];

/** Words that deny the process named right after them ("white, not printed", "non-woven", "without coating"). */
const PROCESS_NEGATION = new Set(["not", "non", "no", "without", "un"]);

/** Every occurrence of the phrase follows a negation: the goods are said not to have been so processed. */
function onlyNegated(t: Toks, p: readonly string[]): boolean {
  const L = t.list;
  let seen = false;
  outer: for (let i = 0; i + p.length <= L.length; i++) {
    for (let j = 0; j < p.length; j++) if (L[i + j] !== p[j]) continue outer;
    if (i === 0 || !PROCESS_NEGATION.has(L[i - 1]!)) return false;
    seen = true;
  }
  return seen;
}

function processesIn(t: Toks): string[] {
  const out: string[] = [];
  // Only the terms whose first word is in the text can match: those, in table order.
  const ids: number[] = [];
  for (const w of t.set) {
    const i = PROCESS_BY_FIRST.get(w);
    if (i) for (const x of i) ids.push(x);
  }
  ids.sort((a, b) => a - b);
  for (const id of ids) {
    const [phrase, ws, canon] = PROCESS_TERM_WORDS[id]!;
    if (out.includes(canon)) continue;
    if (!hasWords(t, ws)) continue;
    if (onlyNegated(t, ws)) continue;
    if (phrase === "raw" && (hasPhrase(t, "raw hair") || hasPhrase(t, "raw material") || hasPhrase(t, "raw materials"))) continue;
    if (phrase === "frozen" && (t.set.has("elsa") || t.set.has("disney") || t.set.has("anna"))) continue;
    if (phrase === "print" && (hasPhrase(t, "print on demand") || t.set.has("printer"))) continue;
    if ((phrase === "cast" || phrase === "casted") && (t.set.has("fishing") || hasPhrase(t, "cast net"))) continue;
    if (canon === "dried" && hasPhrase(t, "quick dried")) continue;
    out.push(canon);
  }
  // "yarn-dyed" implies dyed yarn, not a separately dyed fabric.
  return out.includes("yarn-dyed") ? out.filter((p) => p !== "dyed") : out;
}

// ---------------------------------------------------------------------------------------------
// Gender and age
// ---------------------------------------------------------------------------------------------

const MEN = new Set(["men", "mens", "male", "males", "gentleman", "gentlemen", "gents", "gent", "husband", "mans", "masculine", "him"]);
const WOMEN = new Set(["women", "womens", "woman", "womans", "ladies", "lady", "female", "females", "girlfriend", "wife", "bride", "bridal", "bridesmaid", "bridesmaids", "maternity", "pregnant", "feminine", "her", "mom", "moms"]);
const BOYS = new Set(["boy", "boys"]);
const GIRLS = new Set(["girl", "girls"]);
const BABY = new Set(["baby", "babies", "infant", "infants", "newborn", "newborns"]);
const KIDS = new Set(["kid", "kids", "child", "children", "childrens", "toddler", "toddlers", "junior", "juniors", "youth", "teen", "teens", "teenager", "teenagers", "preschool", "schoolchildren"]);
const UNISEX = new Set(["unisex", "couple", "couples", "lovers", "lover", "his hers"]);
const ADULT = new Set(["adult", "adults", "grown", "elderly", "middle age", "senior"]);
const CONNECTOR = new Set([
  "to", "plug", "plugs", "socket", "sockets", "jack", "jacks", "connector", "connectors", "adapter", "adaptor", "adapters",
  "adaptors", "thread", "threaded", "threads", "pin", "pins", "header", "headers", "port", "ports", "end", "ends", "fitting",
  "fittings", "coupler", "couplers", "cable", "cables", "terminal", "terminals", "usb", "hdmi", "rca", "xlr", "dc", "ac",
  "banana", "spade", "crimp", "wire", "wires", "extension", "splitter", "head", "hose", "nipple", "tee", "elbow", "union",
  "quick", "coupling", "bnc", "sma", "jumper", "dupont", "and",
]);
const NOT_WOMAN_BEFORE = new Set(["wonder", "spider", "cat", "super", "bat", "she", "iron", "bionic", "invisible", "snow"]);
const NOT_BABY_AFTER = new Set(["shower", "blue", "pink", "breath", "alpaca", "hair", "hairs", "doll", "dolls", "face", "oil", "powder", "shark", "yoda", "groot", "bottle", "bottles", "carrier", "stroller", "monitor", "gate"]);
// Babies' articles that name the baby as user keep "baby" (bottle, carrier): the age is still baby but the
// gender need not be "babies" — handled by the NOT_BABY_AFTER check only for the gender reading.

interface Who {
  men: boolean;
  women: boolean;
  boys: boolean;
  girls: boolean;
  baby: boolean;
  babyUser: boolean;
  kids: boolean;
  unisex: boolean;
  adult: boolean;
}

function whoIn(t: Toks): Who {
  const w: Who = { men: false, women: false, boys: false, girls: false, baby: false, babyUser: false, kids: false, unisex: false, adult: false };
  const L = t.list;
  let maleAt = -1;
  let femaleAt = -1;
  for (let i = 0; i < L.length; i++) {
    const x = L[i]!;
    const prev = L[i - 1] ?? "";
    const next = L[i + 1] ?? "";
    if (x === "male" || x === "female" || x === "males" || x === "females") {
      const near = [L[i - 2], prev, next, L[i + 2]];
      if (near.some((n) => n !== undefined && CONNECTOR.has(n))) continue;
    }
    if (MEN.has(x)) {
      if ((x === "him" || x === "mans") && prev !== "for") continue;
      w.men = true;
    } else if (WOMEN.has(x)) {
      if (NOT_WOMAN_BEFORE.has(prev)) continue;
      if ((x === "her" || x === "mom" || x === "moms") && prev !== "for") continue;
      w.women = true;
    } else if (BOYS.has(x)) {
      if (prev === "bad" || prev === "play" || prev === "cow") continue;
      w.boys = true;
    } else if (GIRLS.has(x)) {
      if (prev === "power" || prev === "spice" || prev === "cover") continue;
      w.girls = true;
    } else if (BABY.has(x)) {
      if (prev === "sugar" || next === "breath" || next === "blue" || next === "pink" || next === "alpaca" || next === "hair" || next === "hairs" || next === "doll" || next === "dolls" || next === "shower" || next === "shark" || next === "yoda" || next === "groot") continue;
      w.babyUser = true;
      if (!NOT_BABY_AFTER.has(next)) w.baby = true;
    } else if (KIDS.has(x)) w.kids = true;
    else if (UNISEX.has(x)) w.unisex = true;
    else if (ADULT.has(x)) w.adult = true;
    else if (x === "his" && next === "and" && L[i + 2] === "hers") w.unisex = true;
    if ((w.men || w.boys) && maleAt < 0) maleAt = i;
    if ((w.women || w.girls) && femaleAt < 0) femaleAt = i;
  }
  // Separate goods for each sex ("boys jackets and ladies pajamas"): the goods named first are the goods, and
  // their sex is theirs. Sexes named together ("men and women", "men women couple") stay unisex.
  if (maleAt >= 0 && femaleAt >= 0 && !w.unisex) {
    const [a, b] = maleAt < femaleAt ? [maleAt, femaleAt] : [femaleAt, maleAt];
    const between = L.slice(a + 1, b);
    const joined = between.some((x) => x === "and" || x === "&");
    if (joined && between.filter((x) => x !== "and" && x !== "&" && x !== "or").length >= 2) {
      if (maleAt < femaleAt) w.women = w.girls = false;
      else w.men = w.boys = false;
    }
  }
  return w;
}

function genderOf(w: Who): Gender | undefined {
  if (w.baby) return "babies";
  const male = w.men || w.boys;
  const female = w.women || w.girls;
  if (w.unisex || (male && female)) return "unisex";
  if (female) return w.women ? "women" : "girls";
  if (male) return w.men ? "men" : "boys";
  return undefined;
}

function ageOf(w: Who): Age | undefined {
  if (w.baby || w.babyUser) return "baby";
  const adultWords = w.men || w.women || w.adult;
  const childWords = w.kids || ((w.boys || w.girls) && !adultWords);
  if (childWords && adultWords) return undefined;
  if (childWords) return "child";
  if (adultWords) return "adult";
  return undefined;
}

const DIGIT_RE = /\d/;
// Walked with exec from lastIndex 0 (as matchAll would, without a clone per call); neither matches an empty string.
// (Toddler sizes "2-7T" are years.)
const AGE_RANGE_RE = /(?<![\d.])(\d{1,2})\s*(?:-|~|to)\s*(\d{1,2})\s*(m|mo|months?|y|yrs?|years?|t)(?![a-z])/g;
const ADULT_WORDS_RE = /\b(?:middle age|adults?|elderly)\b/;
const CHILD_WORDS_RE = /\b(?:junior|children|kids?|teenagers?)\b/;
const BABY_WORDS_RE = /\b(?:baby|babies|infants?|newborns?)\b/;
const AGE_MIN_RE = /(?<![\d.-])(\d{1,2})\s*\+\s*(?:y|yrs?|years?)?(?![a-z0-9])|(?:>|over|above)\s*(\d{1,2})\s*(?:y|yrs?|years?)/g;

/** Adds the age class of each age range ("0-18m", "3-6y") of a text. */
function ageRanges(norm: string, classes: Set<Age>): Set<Age> {
  AGE_RANGE_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = AGE_RANGE_RE.exec(norm)); ) {
    const lo = Number(m[1]);
    const hi = Number(m[2]);
    const months = m[3]!.startsWith("m");
    const hiYears = months ? hi / 12 : hi;
    if (months ? hi <= 24 : hi <= 2) classes.add("baby");
    else if (!months && lo === 0 && hi <= 3) classes.add("baby");
    else if (hiYears <= 16) classes.add("child");
    else if (lo >= 14) classes.add("adult");
  }
  return classes;
}

/** Age class from numeric ages ("0-18m", "3-6y", "14+y", "18+", "> 8 years old"); undefined when mixed. */
function ageFromNumbers(norm: string): Age | undefined {
  const classes = new Set<Age>();
  // Both numeric patterns need a digit.
  const digits = DIGIT_RE.test(norm);
  if (digits) ageRanges(norm, classes);
  AGE_MIN_RE.lastIndex = 0;
  if (digits) for (let m: RegExpExecArray | null; (m = AGE_MIN_RE.exec(norm)); ) {
    const v = Number(m[1] ?? m[2]);
    classes.add(v >= 14 ? "adult" : "child");
  }
  if (ADULT_WORDS_RE.test(norm)) classes.add("adult");
  if (CHILD_WORDS_RE.test(norm)) classes.add("child");
  if (BABY_WORDS_RE.test(norm)) classes.add("baby");
  return classes.size === 1 ? [...classes][0] : undefined;
}

function parseGender(v: string): Gender | undefined {
  const n = v.toLowerCase().trim();
  const direct: Record<string, Gender> = {
    men: "men", man: "men", male: "men", mens: "men", "men's": "men", women: "women", woman: "women", female: "women",
    womens: "women", "women's": "women", ladies: "women", lady: "women", boys: "boys", boy: "boys", girls: "girls",
    girl: "girls", unisex: "unisex", babies: "babies", baby: "babies", infant: "babies", infants: "babies",
  };
  return direct[n] ?? genderOf(whoIn(toks(normalizeText(v))));
}

function parseAge(v: string): Age | undefined {
  const n = v.toLowerCase().trim();
  if (n === "adult" || n === "adults") return "adult";
  if (n === "child" || n === "children" || n === "kid" || n === "kids") return "child";
  if (n === "baby" || n === "babies" || n === "infant") return "baby";
  const norm = normalizeText(v);
  return ageFromNumbers(norm) ?? ageOf(whoIn(toks(norm)));
}

// ---------------------------------------------------------------------------------------------
// Uses
// ---------------------------------------------------------------------------------------------

/** Use tags and the words / phrases that name them. */
const USE_TERMS: Array<[string, string[]]> = [
  ["household", ["household", "home", "house", "domestic", "homeware", "housewares", "home use", "living room", "bedroom", "dormitory", "dorm", "apartment", "housekeeping"]],
  ["kitchen", ["kitchen", "kitchenware", "cooking", "cookware", "baking", "bakeware", "chef", "culinary", "cooker", "food prep", "food preparation", "kitchen gadget", "kitchen gadgets"]],
  ["table", ["tableware", "dinnerware", "dining", "drinkware", "flatware", "cutlery", "serveware", "barware", "glassware", "table setting", "table use", "table top", "tabletop", "dinner", "serving"]],
  ["bathroom", ["bathroom", "bath", "shower", "toilet", "wc", "sanitary", "washroom", "lavatory", "restroom"]],
  ["sports", ["sport", "sports", "sporting", "fitness", "gym", "yoga", "pilates", "running", "jogging", "cycling", "workout", "exercise", "athletic", "football", "soccer", "basketball", "tennis", "golf", "ski", "skiing", "snowboard", "swimming", "climbing", "boxing", "baseball", "badminton", "volleyball", "hockey", "surfing", "skateboard", "skating", "martial", "taekwondo", "karate", "bodybuilding", "training", "marathon", "racing", "archery", "table tennis", "ping pong", "squash", "cricket", "rugby"]],
  ["toy", ["toy", "toys", "plaything", "playthings", "doll", "dolls", "plush", "stuffed animal", "stuffed animals", "action figure", "action figures", "building block", "building blocks", "building bricks", "puzzle", "puzzles", "rc car", "rc truck", "remote control car", "kids toy", "figurine", "educational toy", "playset", "play set", "juguetes"]],
  ["vehicle", ["car", "cars", "auto parts", "auto part", "auto accessories", "auto repair", "auto body", "auto interior", "auto exterior", "auto maintenance", "auto car", "auto lamp", "auto light", "auto bulb", "auto electrical", "auto seat", "auto mirror", "automotive", "automobile", "automobiles", "vehicle", "vehicles", "truck", "trucks", "suv", "motor vehicle", "trailer", "tractor", "dashboard", "windshield", "tesla", "bmw", "toyota", "honda", "ford", "mercedes", "audi", "volkswagen", "nissan", "hyundai", "kia", "mitsubishi", "lexus", "chevrolet", "jeep", "mazda", "subaru"]],
  ["motorcycle", ["motorcycle", "motorcycles", "motorbike", "motorbikes", "atv", "utv", "moped", "dirt bike", "scooter", "motocross"]],
  ["bicycle", ["bicycle", "bicycles", "bike", "bikes", "mtb", "bmx", "cycling", "e bike", "ebike"]],
  ["marine", ["boat", "marine", "yacht", "kayak", "canoe", "sailing", "outboard"]],
  ["aircraft", ["aircraft", "airplane", "aeroplane", "aviation", "drone", "drones", "uav", "quadcopter", "helicopter"]],
  ["medical", ["medical", "hospital", "surgical", "clinical", "clinic", "orthodontic", "dental", "dentist", "therapy", "therapeutic", "orthopedic", "orthopaedic", "first aid", "patient", "rehabilitation", "chiropractic", "physiotherapy", "diagnostic", "veterinary", "nursing", "pain relief", "posture corrector", "massage", "healthcare", "health care"]],
  ["industrial", ["industrial", "industry", "factory", "machinery", "workshop", "manufacturing", "warehouse", "forklift", "heavy industry", "commercial"]],
  ["garden", ["garden", "gardening", "lawn", "yard", "greenhouse", "orchard", "weeding", "weeder", "planting", "horticultural", "horticulture", "patio", "backyard", "landscaping", "flower bed"]],
  ["agriculture", ["agricultural", "agriculture", "farm", "farming", "farmland", "livestock", "poultry", "irrigation", "paddy", "cattle"]],
  ["office", ["office", "stationery", "desk", "desktop", "workplace", "business"]],
  ["school", ["school", "student", "students", "classroom", "teaching", "educational", "education", "learning"]],
  ["pet", ["pet", "pets", "dog", "dogs", "puppy", "puppies", "cat", "cats", "kitten", "kittens", "aquarium", "bird cage", "hamster", "rabbit cage", "leash"]],
  ["outdoor", ["outdoor", "outdoors", "camping", "hiking", "picnic", "beach", "trekking", "backpacking", "survival", "hunting", "mountaineering"]],
  ["party", ["party", "parties", "wedding", "weddings", "birthday", "celebration", "banquet", "baby shower", "anniversary", "bachelorette", "prom", "festival", "carnival", "disco", "club", "nightclub", "graduation"]],
  ["festive", ["christmas", "xmas", "halloween", "easter", "new year", "valentine", "valentines", "thanksgiving", "festive", "st patrick", "hanukkah", "diwali", "ramadan", "eid", "chinese new year", "lunar new year"]],
  ["decoration", ["decoration", "decorations", "decorative", "decor", "ornament", "ornaments", "ornamental", "centerpiece", "centerpieces", "centrepiece", "home decor"]],
  ["beauty", ["beauty", "cosmetic", "cosmetics", "makeup", "manicure", "pedicure", "nail art", "nail polish", "nail gel", "salon", "skincare", "skin care", "eyelash", "eyelashes", "lashes", "hair salon", "barber"]],
  ["cleaning", ["cleaning", "cleaner", "cleanser", "dust", "dusting", "mop", "scrubbing", "vacuum cleaner"]],
  ["fishing", ["fishing", "angling", "fishing lure", "fly fishing"]],
  ["music", ["music", "musical", "musical instrument", "guitar", "piano", "violin", "karaoke", "dj"]],
  ["jewelry_making", ["jewelry making", "jewellery making", "jewelry makings", "beading", "jewelry findings", "jewelry supplies", "bracelet making", "necklace making", "earring making"]],
  ["craft", ["diy", "craft", "crafts", "crafting", "scrapbooking", "sewing", "handicraft", "needlework", "art supplies", "painting"]],
  ["packaging", ["packaging", "packing", "package", "storage bag", "storage bags", "mailer", "wrapping"]],
  ["safety", ["safety", "protective", "protection", "ppe", "anti theft", "security"]],
  ["military", ["military", "army", "tactical", "police", "combat"]],
  ["construction", ["construction", "building material", "building materials", "plastering", "masonry", "carpentry", "woodworking", "metalworking", "plumbing"]],
  ["laboratory", ["laboratory", "lab equipment", "scientific", "experiment"]],
  ["photography", ["photography", "photo studio", "camera", "cameras", "photographic", "vlog", "filming"]],
  ["computer", ["computer", "computers", "laptop", "laptops", "pc", "notebook computer", "desktop computer", "server", "motherboard"]],
  ["phone", ["phone", "phones", "smartphone", "smartphones", "iphone", "mobile phone", "cellphone", "cell phone"]],
  ["lighting", ["lighting", "stage lighting", "stage light", "illumination"]],
  ["religious", ["prayer", "religious", "church", "rosary", "buddhist", "buddha", "meditation", "mala", "islamic", "christian"]],
  ["travel", ["travel", "traveling", "travelling", "luggage", "trip"]],
  ["food", ["food", "food grade", "food storage", "beverage", "drinking"]],
];
/** First word → the use terms starting with it (split into words) and their tags, in table order. */
const USE_INDEX = new Map<string, Array<{ p: string[]; tag: string }>>();
for (const [tag, terms] of USE_TERMS) {
  for (const t of terms) {
    const p = t.split(" ");
    const first = p[0]!;
    if (!USE_INDEX.has(first)) USE_INDEX.set(first, []);
    USE_INDEX.get(first)!.push({ p, tag });
  }
}

const PET_ARTICLES = new Set(
  ("collar collars leash leashes harness harnesses bed beds bowl bowls food feeder feeders fountain toy toys fence fences " +
    "cage cages crate crates house houses kennel clothes clothing coat coats sweater shampoo brush comb litter tree scratcher " +
    "scratching carrier carriers door muzzle training treats treat chew whistle tag tags grooming diaper diapers apparel " +
    "costume mat pad pads bag ramp stairs gate playpen cushion blanket nail clipper clippers").split(" "),
);

/** "PET" the plastic (polyethylene terephthalate), not a pet animal. */
const PET_PLASTIC = new Set(["film", "films", "bottle", "bottles", "preform", "preforms", "sheet", "sheets", "resin", "plastic", "material", "fiber", "fibre", "strap", "tape", "laminated", "pe", "pp", "pvc", "petg", "polyester", "foil", "coated", "label", "labels"]);

function usesIn(t: Toks): string[] {
  const out = new Set<string>();
  const L = t.list;
  for (let i = 0; i < L.length; i++) {
    const cands = USE_INDEX.get(L[i]!);
    if (!cands) continue;
    const prev = L[i - 1] ?? "";
    const next = L[i + 1] ?? "";
    for (const { p, tag } of cands) {
      let ok = true;
      for (let j = 1; j < p.length; j++) if (L[i + j] !== p[j]) ok = false;
      if (!ok) continue;
      const w = L[i]!;
      // Guards against common false readings.
      if (tag === "vehicle" && (prev === "rc" || prev === "toy" || prev === "slot" || prev === "model" || (prev === "control" && L[i - 2] === "remote"))) {
        out.add("toy");
        continue;
      }
      // Dogs and cats are pets' products only when the article is for them ("for dogs", "dog collar"),
      // not when they are motifs ("dog plush toy", "cat eye sunglasses").
      if (tag === "pet" && /^(?:dog|dogs|cat|cats|puppy|puppies|kitten|kittens)$/.test(w) && !(prev === "for" || prev === "pet" || PET_ARTICLES.has(next))) continue;
      if (tag === "medical" && w === "surgical" && (next === "steel" || next === "stainless")) continue;
      if (tag === "bathroom" && w === "bath" && (next === "robe" || next === "bomb" || next === "bombs")) {
        out.add("bathroom");
        continue;
      }
      if (tag === "toy" && (w === "doll" || w === "dolls") && (prev === "baby" || prev === "nano") && next === "dress") continue;
      if (tag === "office" && w === "business" && next === "card") continue;
      if (tag === "sports" && w === "tennis" && next === "bracelet") continue;
      if (tag === "sports" && w === "racing" && next === "simulator") {
        out.add("sports");
        continue;
      }
      if (tag === "party" && w === "club" && (prev === "golf" || prev === "night")) continue;
      if (tag === "household" && w === "home" && (next === "theater" || next === "theatre" || next === "button")) continue;
      if (tag === "computer" && w === "pc" && /^\d/.test(prev)) continue;
      if (tag === "packaging" && w === "package" && (next === "weight" || next === "size" || next === "included" || next === "includes" || next === "list")) continue;
      if (tag === "safety" && w === "protection" && prev === "uv") continue;
      if (tag === "party" && w === "wedding" && next === "dress") {
        out.add("party");
        continue;
      }
      if (tag === "food" && (next === "processor" || next === "warmer")) continue;
      if (tag === "pet" && (w === "dog" || w === "dogs") && prev === "hot") continue;
      if (tag === "pet" && (w === "pet" || w === "pets") && (PET_PLASTIC.has(next) || PET_PLASTIC.has(prev) || t.set.has("terephthalate"))) continue;
      out.add(tag);
    }
  }
  return [...out];
}

// ---------------------------------------------------------------------------------------------
// Power source
// ---------------------------------------------------------------------------------------------

const POWER_ORDER: PowerSource[] = ["combustion", "solar", "battery", "electric", "manual"];

const POWER_COMBUSTION = splitAll(["gasoline", "petrol", "diesel", "combustion", "gas powered", "gas engine", "petrol engine", "gasoline engine", "diesel engine", "two stroke", "four stroke", "2 stroke", "4 stroke", "nitro", "kerosene", "lpg", "propane"]);
const POWER_SOLAR = splitAll(["solar", "solar powered", "solar panel"]);
const POWER_BATTERY = splitAll(["battery powered", "battery operated", "batteries", "battery", "rechargeable", "cordless", "li ion", "lithium", "lipo", "nimh", "ni mh", "built in battery", "aaa", "aa"]);
const POWER_ELECTRIC = splitAll(["electric", "electrically", "plug in", "corded", "mains", "ac powered", "usb powered", "power supply", "ac adapter", "power adapter", "power cord"]);
const POWER_MANUAL = splitAll(["hand operated", "hand powered", "hand crank", "hand cranked", "non electric", "hand press", "hand pump", "mechanical movement", "self winding", "hand wind", "hand winding", "manually"]);
const ENGINE_CC_RE = /\b\d{2,3}cc\b.*\b(?:engine|motor|chainsaw|brush cutter|trimmer|blower)\b/;
const CELL_CAPACITY_RE = /\d(?:mah|ah)\b/;
const MAINS_VOLTAGE_RE = /\b(?:1[01]\d|2[2-4]\d)v\b/;

/** First word → the power-source phrases starting with it. */
const POWER_BY_FIRST = new Map<string, Array<{ source: PowerSource; p: string[] }>>();
for (const [source, phrases] of [
  ["combustion", POWER_COMBUSTION],
  ["solar", POWER_SOLAR],
  ["battery", POWER_BATTERY],
  ["electric", POWER_ELECTRIC],
  ["manual", POWER_MANUAL],
] as Array<[PowerSource, string[][]]>) {
  for (const p of phrases) {
    if (!POWER_BY_FIRST.has(p[0]!)) POWER_BY_FIRST.set(p[0]!, []);
    POWER_BY_FIRST.get(p[0]!)!.push({ source, p });
  }
}

function powerIn(t: Toks, norm: string): PowerSource | undefined {
  // Which sources some phrase names (only phrases whose first word is in the text can match).
  const named = new Set<PowerSource>();
  for (const w of t.set) {
    const entries = POWER_BY_FIRST.get(w);
    if (entries) for (const e of entries) if (!named.has(e.source) && hasWords(t, e.p)) named.add(e.source);
  }
  const found = new Set<PowerSource>();
  // The substring tests only skip patterns that cannot match without them ("…cc", "…ah").
  if (named.has("combustion") || (norm.includes("cc") && ENGINE_CC_RE.test(norm))) found.add("combustion");
  if (named.has("solar")) found.add("solar");
  if (named.has("battery") || (norm.includes("ah") && CELL_CAPACITY_RE.test(norm))) found.add("battery");
  if (named.has("electric") || MAINS_VOLTAGE_RE.test(norm)) found.add("electric");
  const manualWord = t.set.has("manual") && t.list.some((w, i) => w === "manual" && !["user", "instruction", "instructions", "english", "with", "owner", "owners", "service", "repair"].includes(t.list[i - 1] ?? "") && !["included", "includes", "instruction", "instructions", "book", "guide"].includes(t.list[i + 1] ?? ""));
  if (manualWord || named.has("manual")) found.add("manual");
  return POWER_ORDER.find((p) => found.has(p));
}

/** "for use on / with / in …", "used with …", "compatible with …" up to the end of the phrase. */
const USE_WITH_PHRASE = /\b(?:for use (?:on|with|in)|used (?:on|with)|compatible with)\b/;
const USE_WITH_PHRASE_G = /\b(?:for use (?:on|with|in)|used (?:on|with)|compatible with)\b[^,;.()]*/g;
function withoutUseWith(norm: string): string {
  return norm.replace(USE_WITH_PHRASE_G, " ");
}

function parsePowerSource(v: string): PowerSource | undefined {
  const n = v.toLowerCase();
  if (/\b(?:gas|gasoline|petrol|diesel|fuel|combustion|engine)\b/.test(n)) return "combustion";
  if (/\bsolar\b/.test(n)) return "solar";
  if (/\b(?:batter(?:y|ies)|rechargeable|lithium|li-?ion|cordless|aaa?|button cell)\b/.test(n)) return "battery";
  if (/\b(?:ac|dc|electric|electricity|mains|plug|usb|corded|adapter|110v|220v|230v|240v)\b/.test(n)) return "electric";
  if (/\b(?:manual|hand|mechanical|non-electric|hand-operated)\b/.test(n)) return "manual";
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Sets, parts
// ---------------------------------------------------------------------------------------------

const SET_WORDS = new Set(["set", "sets", "kit", "kits", "combo", "combos", "assortment", "assortments", "assorted", "giftset"]);
const NOT_SET_AFTER = new Set(["screw", "screws", "up", "top", "square", "point", "collar", "in"]);
const NOT_SET_BEFORE = new Set(["head", "tv", "sun", "data", "jet", "mind", "hair", "onset", "reset", "to", "be", "is", "stone", "stones", "gem", "diamond", "base", "bezel", "prong", "claw", "pave", "channel"]);

function isSetIn(t: Toks): boolean {
  const L = t.list;
  for (let i = 0; i < L.length; i++) {
    const w = L[i]!;
    if (!SET_WORDS.has(w)) continue;
    if ((w === "set" || w === "sets") && (NOT_SET_AFTER.has(L[i + 1] ?? "") || NOT_SET_BEFORE.has(L[i - 1] ?? ""))) continue;
    return true;
  }
  return false;
}

const PART_WORDS = new Set(["part", "parts", "spare", "spares", "replacement", "replacements", "accessory", "accessories", "assy"]);
const NOT_PART_AFTER = new Set(["of", "time"]);

function isPartIn(t: Toks): boolean {
  const L = t.list;
  for (let i = 0; i < L.length; i++) {
    const w = L[i]!;
    if (!PART_WORDS.has(w)) continue;
    if ((w === "part" && NOT_PART_AFTER.has(L[i + 1] ?? "")) || (w === "spare" && L[i + 1] === "time")) continue;
    return true;
  }
  return false;
}

/**
 * Components of machines and appliances: nouns that name a piece of something bigger. Followed by a
 * use qualifier ("used in", "for use with", "for a …"), they make the goods a part of what follows.
 */
const COMPONENT_NOUNS = new Set(
  ("part parts ring rings spacer spacers bushing bushings bush sleeve sleeves housing housings bracket brackets impeller impellers rotor " +
    "rotors stator stators blade blades nozzle nozzles plate plates cover covers lid lids knob knobs lever levers arm arms " +
    "handle handles frame frames panel panels board boards tray trays drum drums roller rollers wheel wheels pad pads guide " +
    "guides liner liners hose hoses shaft shafts gear gears pulley pulleys component components insert inserts assembly " +
    "assemblies head heads base bases cylinder cylinders piston pistons diaphragm diaphragms cartridge cartridges screen " +
    "screens element elements attachment attachments adapter adapters adaptor adaptors tip tips chuck chucks jaw jaws " +
    "clamp clamps mount mounts disc discs disk disks plunger plungers spindle spindles cam cams pin pins block blocks " +
    "tube tubes coupler couplers coupling couplings body bodies casing casings shroud shrouds vane vanes grille grilles").split(" "),
);
const USE_QUALIFIER = /\b(?:used (?:in|on|with|for)|for use (?:in|on|with)|designed for(?: use (?:in|on|with))?|intended for(?: use (?:in|on|with))?|suitable for(?: use (?:in|on|with))?|component of|part of|fits?|for(?= (?:an?|the) ))\s+(?:(?:an?|the)\s+)?/;

/** The component named before a use qualifier and what it is used in, when the words say so. */
function componentIn(text: string): ExtractedAttributes["componentOf"] {
  const m = USE_QUALIFIER.exec(text);
  if (!m || m.index === 0) return undefined;
  const before = text.slice(0, m.index).split(/[,;:()]/).pop()!.trim();
  const after = text.slice(m.index + m[0].length).split(/[,;:()]/)[0]!.trim();
  const last = before.split(/\s+/).pop() ?? "";
  if (!COMPONENT_NOUNS.has(last) || !after) return undefined;
  // Used in an industry, an activity or a field ("used in forestry", "used in railroad construction", "for use in
  // the manufacture of …", "used in surgical procedures"): that says what the goods serve, not a machine they are
  // a part of.
  const field = after.split(/\s+of\s+/)[0]!.trim().split(/\s+/).pop() ?? "";
  if (ACTIVITY_NOUNS.test(field)) return undefined;
  return { component: before, usedIn: after };
}

/** Nouns naming an industry, an activity or a field of use rather than an article. */
const ACTIVITY_NOUNS = /^(?:industry|industries|sector|trade|forestry|agriculture|farming|horticulture|mining|construction|manufacture|manufacturing|production|fabrication|assembly|processing|procedures?|surgery|operations?|research|applications?|settings?|environments?|purposes?|exploration|engineering|maintenance)$/;

// ---------------------------------------------------------------------------------------------
// Context answers
// ---------------------------------------------------------------------------------------------

function yesNo(v: string | undefined): boolean | undefined {
  if (v === undefined) return undefined;
  const n = v.toLowerCase().trim();
  if (/^(?:yes|y|true|1|set|kit|part|spare|accessory)$/.test(n)) return true;
  if (/^(?:no|n|false|0|none|not)$/.test(n)) return false;
  return undefined;
}

function num(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = firstNumber(v);
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}

// ---------------------------------------------------------------------------------------------
// Attribute keys
// ---------------------------------------------------------------------------------------------

const BRAND_KEY = /^(?:brand|brand name|brands|manufacturer|maker)$/i;
const MODEL_KEY = /^(?:model|model number|model no\.?|model name|sku|mpn|item number|item no\.?|part number|part no\.?|article number|style number)$/i;
const TEXT_SKIP_KEY = /brand|model|sku|mpn|certif|place of origin|origin|is_customized|customiz|package size|package weight|each pack|condition|item weight|^weight$|warranty|barcode|upc|ean|hs code|shipping|in stock|quantity|semi_choice|high-concerned|choice/i;
const TEXT_SKIP_VALUE = /^(?:yes|no|none|null|n\/a|na|other|others|as picture|as shown|as the picture|as description|see description|\d+(?:\.\d+)?)$/i;

const CONSTRUCTION_KEY = /craft of weaving|weaving|fabric type|technics|technique|knit|construction|craft|fabric structure|process/i;
const PROCESS_KEY = /technics|technique|craft|process|processing|finish|finishing|surface|plating|upper fixing|treatment|printing|decoration method/i;
const GENDER_KEY = /gender|department|sex|suitable for|applicable (?:people|crowd)|target (?:audience|gender)|for whom|suitable people/i;
const AGE_KEY = /\bage\b|department|age group|age range|suitable age|recommend(?:ed)? age|age-targeted/i;
/** Toy safety labels ("Recommend Age: 14+y") say little about who the article is for. */
const WEAK_AGE_KEY = /recommend|suitable age|warning/i;
const USE_KEY = /^use$|^uses$|usage|application|used for|scope of|purpose|recommended uses|holiday|festival|special use/i;
const POWER_KEY = /power source|power supply|power mode|power type|battery|fuel|drive type|energy/i;
const WEIGHT_KEY = /weight/i;
const WEIGHT_SKIP_KEY = /package|gross|gsm|fabric|gram weight|g\/m|capacity|load/i;
const PACKAGE_WEIGHT_KEY = /package weight|gross weight|shipping weight/i;
const GSM_KEY = /gsm|gram weight|fabric weight|g\/m|weight \(g\/m|grammage/i;
const POWER_W_KEY = /power|wattage|watt/i;
const POWER_W_SKIP_KEY = /source|supply|mode|type|bank|cord|plug|battery/i;
const VOLT_KEY = /volt/i;
const DIM_KEY = /length|width|height|diameter|capacity|volume|^size$|dimension/i;
const DIM_SKIP_KEY = /package|packing|sleeve|heel|chain length|cable length|wig length|hair length|shaft/i;
const TYPE_KEY = /^(?:item type|product type|type)$/i;
const PIECES_KEY = /each pack|quantity|pieces|pcs|piece count|pack size|number of pieces|units per/i;

/** More than six comma-separated items (`v.split(",").length > 6`). */
function longList(v: string): boolean {
  let commas = 0;
  for (let i = v.indexOf(","); i >= 0; i = v.indexOf(",", i + 1)) if (++commas >= 6) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

/**
 * The unit value a text states in US dollars, as rulings write it ("valued at $25 each", "valued over $20", "valued at
 * $48 per dozen"): a bound is read as just past it, a value per dozen as per piece.
 */
const STATED_VALUE_RE = /\bvalued\s+(at|over|above|more than|under|below|less than|not over|not more than|not exceeding)?\s*(?:us\s?)?\$\s?(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*(?:\/|per|a)\s*(dozen|doz|pair|piece|unit|each))?/i;
function statedValueUsd(text: string): number | undefined {
  const m = STATED_VALUE_RE.exec(text);
  if (!m) return undefined;
  let v = Number(m[2]!.replace(/,/g, ""));
  if (!Number.isFinite(v) || v <= 0) return undefined;
  const op = (m[1] ?? "at").toLowerCase();
  if (/^(?:over|above|more than)$/.test(op)) v += 0.01;
  else if (/^(?:under|below|less than)$/.test(op)) v -= 0.01;
  if (/^doz/i.test(m[3] ?? "")) v /= 12;
  return v;
}

/** Reads every `ExtractedAttributes` field from a product. Context answers override extracted values. */
export function extractAttributes(input: ProductInput): ExtractedAttributes {
  const attributes = input.attributes ?? {};
  const brands = attr(input, BRAND_KEY).map((a) => a.value);
  const models = attr(input, MODEL_KEY).map((a) => a.value);
  // The goods without the packing they are presented in (GRI 5(b)).
  const cleanName = withoutPacking(cleanProductName(input.productName, { brands, models }));

  // Normalized pieces.
  const rawNameN = normalizeText(input.productName);
  const nameN = normalizeText(cleanName);
  const descN = input.description ? normalizeText(input.description) : "";
  const catN = input.category ? normalizeText(input.category) : "";
  const procN = input.processing ? normalizeText(input.processing) : "";
  const specN = input.weightSpec ? normalizeText(input.weightSpec) : "";
  const attrValues: string[] = [];
  const textSkipBit = patternBit(TEXT_SKIP_KEY);
  for (const [k, v] of Object.entries(attributes)) {
    if (typeof v !== "string" || keyMatches(TEXT_SKIP_KEY, textSkipBit, k, keyVerdicts(k)) || TEXT_SKIP_VALUE.test(v.trim())) continue;
    if (longList(v)) continue; // "Occasion: every holiday of the year" lists are noise
    // Footwear part keys keep their part in the text ("upper material: pu ; outsole material: rubber"): the
    // chapter 64 rule (`footwearMaterials`) reads the upper and the outer sole from "upper material: ..." /
    // "outsole material: ..." phrases, and a labeled lining / insole is not mistaken for either.
    const part = footwearPartOfKey(k);
    attrValues.push(part ? `${part === "sole" ? "outsole" : part} material: ${v}` : v);
  }
  // The clean name is already free of noise; the description may carry promo phrases too.
  const text = [nameN, descN ? stripNoise(descN) : "", catN, input.material ? normalizeText(input.material) : "", procN, input.composition ? normalizeText(input.composition) : "", specN, ...attrValues.map(normalizeText)]
    .filter((s) => s.length > 0)
    .join(" ; ");

  // Word tokens for the detectors: clean name + description (+ processing field).
  const nameW = words(nameN);
  const descW = descN ? words(descN) : [];
  const procW = procN ? words(procN) : [];
  const mainT = toksOfWords(nameW, descW, procW);

  // --- materials ---
  const materials = extractMaterials(input, `${cleanName} ; ${input.description ?? ""}`);

  // --- construction ---
  // context > construction attributes > processing field > composition > material field > name / description
  let construction: Construction | undefined;
  const ctxConstruction = ctxValue(input, "construction", "knit_or_woven", "fabric_construction");
  if (ctxConstruction) construction = parseConstruction(ctxConstruction);
  if (!construction) {
    // Several construction attributes may disagree ("Craft of Weaving: Knit" and "Fabric Type:
    // Broadcloth"): an explicit knit/woven word outweighs a fabric name.
    let best: { c: Construction; score: number } | undefined;
    for (const a of attr(input, CONSTRUCTION_KEY)) {
      const r = constructionFrom(toks(normalizeText(a.value)), 2, 1);
      if (r && (!best || r.score > best.score)) best = r;
    }
    construction = best?.c;
  }
  for (const src of [input.processing, input.composition, input.material]) {
    if (!construction && src) construction = parseConstruction(src);
  }
  if (!construction) construction = constructionFrom(mainT, 2, 1)?.c;

  // --- processing ---
  let processing: string[];
  const ctxProcessing = ctxValue(input, "processing", "process");
  if (ctxProcessing) {
    const p = processesIn(toks(normalizeText(ctxProcessing)));
    processing = p.length ? p : ctxProcessing.split(/[,;]+/).map((s) => s.trim().toLowerCase()).filter(Boolean);
  } else {
    const acc = new Set<string>(processesIn(mainT));
    for (const a of attr(input, PROCESS_KEY)) for (const p of processesIn(toks(normalizeText(a.value)))) acc.add(p);
    processing = [...acc];
  }

  // --- gender / age: context > product name > attributes > description (> "recommended age" attributes) ---
  // The title is what the seller wrote; attribute drop-downs are often left at a default.
  const nameWho = whoIn(toksOfWords(nameW));
  const descWho = whoIn(toksOfWords(descW, procW));
  let gender: Gender | undefined;
  let age: Age | undefined;
  const ctxGender = ctxValue(input, "gender", "sex");
  if (ctxGender) gender = parseGender(ctxGender);
  const ctxAge = ctxValue(input, "age", "age_group");
  if (ctxAge) age = parseAge(ctxAge);
  if (!gender) gender = genderOf(nameWho);
  if (!age) {
    age = ageOf(nameWho) ?? ageFromNumbers(rawNameN);
    // "Baby Girls … Dress … 1-6Y": sellers say "baby" of toddlers; sizes that run past babyhood only (ch. 61 note 6(a):
    // babies' garments are for a body height of up to 86 cm) make the goods children's garments.
    if (age === "baby" && DIGIT_RE.test(rawNameN)) {
      const ranges = ageRanges(rawNameN, new Set());
      if (ranges.size === 1 && ranges.has("child")) {
        age = "child";
        if (gender === "babies" && !ctxGender) gender = genderOf({ ...nameWho, baby: false });
      }
    }
  }
  if (!gender) {
    const found = attr(input, GENDER_KEY)
      .map((a) => parseGender(a.value))
      .filter((g): g is Gender => g !== undefined);
    const uniq = [...new Set(found)];
    if (uniq.length === 1) gender = uniq[0];
    else if (uniq.length > 1) gender = uniq.includes("babies") ? "babies" : "unisex";
  }
  if (!age) {
    for (const a of attr(input, AGE_KEY, WEAK_AGE_KEY)) {
      age = parseAge(a.value);
      if (age) break;
    }
  }
  if (!gender) gender = genderOf(descWho);
  if (!age) age = ageOf(descWho) ?? (descN ? ageFromNumbers(descN) : undefined);
  if (!age) {
    for (const a of attr(input, WEAK_AGE_KEY)) {
      age = parseAge(a.value);
      if (age) break;
    }
  }
  if (gender === "babies" && !age) age = "baby";
  if (age === "baby" && gender && gender !== "unisex" && !ctxGender) gender = "babies";
  if ((gender === "men" || gender === "women") && age === "child" && !ctxGender) gender = gender === "men" ? "boys" : "girls";
  if ((gender === "boys" || gender === "girls") && age === "adult" && !ctxGender) gender = gender === "boys" ? "men" : "women";

  // --- uses ---
  let uses: string[];
  const ctxUses = ctxValue(input, "use", "uses", "usage");
  if (ctxUses) {
    const u = usesIn(toks(normalizeText(ctxUses)));
    uses = u.length ? u : ctxUses.split(/[,;]+/).map((s) => s.trim().toLowerCase()).filter(Boolean);
  } else {
    // Only the category's leaf: top levels ("Home & Garden > ...") are marketplace departments.
    const leaf = catN.split(">").pop() ?? "";
    const acc = new Set<string>(usesIn(toksOfWords(nameW, descW, words(leaf))));
    for (const a of attr(input, USE_KEY)) {
      if (longList(a.value)) continue;
      for (const u of usesIn(toks(normalizeText(a.value)))) acc.add(u);
    }
    uses = [...acc];
  }

  // --- measurements ---
  const measureText = `${rawNameN} ; ${descN}`;
  const numFromAttr = (re: RegExp, skip?: RegExp): Array<{ key: string; norm: string }> =>
    attr(input, re, skip).map((a) => ({ key: a.key, norm: normalizeText(a.value) }));

  // weight: context > item / net weight attribute > weight spec > text > package weight
  let weightKg: number | undefined = num(ctxValue(input, "weightKg", "weight_kg", "weight"));
  if (weightKg === undefined) {
    for (const a of numFromAttr(WEIGHT_KEY, WEIGHT_SKIP_KEY)) {
      weightKg = parseWeightKg(a.norm);
      if (weightKg === undefined) {
        const n = firstNumber(a.norm);
        if (n !== undefined && n > 0) {
          const k = a.key.toLowerCase();
          weightKg = /\(kg\)|kg/.test(k) ? n : /\(g\)|gram/.test(k) ? n / 1000 : /\./.test(a.norm) && n < 10 ? n : n / 1000;
        }
      }
      if (weightKg !== undefined) break;
    }
  }
  if (weightKg === undefined && specN) weightKg = parseWeightKg(specN);
  if (weightKg === undefined) weightKg = parseWeightKg(measureText, { freeText: true });
  if (weightKg === undefined) {
    for (const a of numFromAttr(PACKAGE_WEIGHT_KEY)) {
      weightKg = parseWeightKg(a.norm) ?? (firstNumber(a.norm) || undefined);
      if (weightKg !== undefined) break;
    }
  }

  // gsm
  let gsm: number | undefined = num(ctxValue(input, "gsm"));
  if (gsm === undefined) {
    for (const a of numFromAttr(GSM_KEY)) {
      gsm = parseGsm(a.norm) ?? firstNumber(a.norm);
      if (gsm !== undefined) break;
    }
  }
  if (gsm === undefined && specN) gsm = parseGsm(specN);
  if (gsm === undefined) gsm = parseGsm(`${measureText} ; ${input.composition ? normalizeText(input.composition) : ""}`);

  // power
  let powerW: number | undefined = num(ctxValue(input, "powerW", "power_w", "wattage"));
  if (powerW === undefined) {
    for (const a of numFromAttr(POWER_W_KEY, POWER_W_SKIP_KEY)) {
      powerW = parsePowerW(a.norm) ?? (/\d/.test(a.norm) && !/[a-z]{2,}/.test(a.norm.replace(/\b(?:w|watts?|max|rated)\b/g, "")) ? firstNumber(a.norm) : undefined);
      if (powerW !== undefined) break;
    }
  }
  if (powerW === undefined && specN) powerW = parsePowerW(specN);
  if (powerW === undefined) powerW = parsePowerW(measureText);

  // voltage
  let voltageV: number | undefined = num(ctxValue(input, "voltageV", "voltage_v", "voltage"));
  if (voltageV === undefined) {
    for (const a of numFromAttr(VOLT_KEY)) {
      voltageV = parseVoltageV(a.norm) ?? (/^\s*\d+(?:\.\d+)?\s*$/.test(a.norm) ? firstNumber(a.norm) : undefined);
      if (voltageV !== undefined) break;
    }
  }
  if (voltageV === undefined && specN) voltageV = parseVoltageV(specN);
  if (voltageV === undefined) voltageV = parseVoltageV(measureText);

  // dimensions: item attributes > weight spec > text (package sizes are not the article's)
  const dims: Dimensions = {};
  const setDim = (k: keyof Dimensions, v: number | undefined): void => {
    if (v !== undefined && v > 0 && dims[k] === undefined) dims[k] = v;
  };
  for (const a of attr(input, DIM_KEY, DIM_SKIP_KEY)) {
    const k = a.key.toLowerCase();
    const n = normalizeText(a.value);
    const unit = /\(mm\)/.test(k) ? "mm" : /\(m\)/.test(k) ? "m" : /\(in/.test(k) ? "in" : "cm";
    if (/capacity|volume/.test(k)) setDim("volumeL", parseDimensions(n).volumeL);
    else if (/length/.test(k)) setDim("lengthCm", parseLengthCm(n, unit));
    else if (/width/.test(k)) setDim("widthCm", parseLengthCm(n, unit));
    else if (/height/.test(k)) setDim("heightCm", parseLengthCm(n, unit));
    else if (/diameter/.test(k)) setDim("diameterCm", parseLengthCm(n, unit));
    else {
      const d = parseDimensions(n);
      for (const key of Object.keys(d) as Array<keyof Dimensions>) setDim(key, d[key]);
    }
  }
  for (const src of [specN, measureText]) {
    if (!src) continue;
    const d = parseDimensions(src);
    for (const key of Object.keys(d) as Array<keyof Dimensions>) setDim(key, d[key]);
  }

  // --- power source ---
  let powerSource: PowerSource | undefined;
  const ctxPower = ctxValue(input, "power", "powerSource", "power_source");
  if (ctxPower) powerSource = parsePowerSource(ctxPower);
  if (!powerSource) {
    for (const a of attr(input, POWER_KEY)) {
      // "Battery Included: Yes" / "Batteries Required: No" are yes/no answers about batteries.
      const yn = /batter/i.test(a.key) ? yesNo(a.value) : undefined;
      if (yn === false) continue;
      powerSource = yn === true ? "battery" : parsePowerSource(a.value);
      if (powerSource) break;
    }
  }
  // What the goods are used on or with ("a pot … for use on gas and electric stoves", "a case compatible with
  // electric toothbrushes") is other goods: its power source is not theirs.
  if (!powerSource) powerSource = powerIn(USE_WITH_PHRASE.test(nameN) || USE_WITH_PHRASE.test(descN) ? toksOfWords(words(withoutUseWith(nameN)), descN ? words(withoutUseWith(descN)) : [], procW) : mainT, measureText);
  if (!powerSource && ((voltageV !== undefined && voltageV >= 100) || (powerW !== undefined && powerW > 0))) powerSource = "electric";

  // --- value ---
  let valueUsd: number | undefined = num(ctxValue(input, "valueUsd", "value_usd"));
  if (valueUsd === undefined && input.price !== undefined && input.currency) valueUsd = toUsd(input.price, input.currency);
  if (valueUsd === undefined) valueUsd = statedValueUsd(`${input.productName} ; ${input.description ?? ""}`);

  // --- set / part / pieces ---
  const typeT = toks(normalizeText(attr(input, TYPE_KEY).map((a) => a.value).join(" ; ")));
  const isSet = yesNo(ctxValue(input, "isSet", "is_set", "set")) ?? isSetIn(mainT);
  const isPart = yesNo(ctxValue(input, "isPart", "is_part", "part")) ?? (isPartIn(mainT) || isPartIn(typeT));
  let pieces: number | undefined = num(ctxValue(input, "pieces", "pcs", "quantity"));
  if (pieces === undefined) pieces = parsePieces(`${rawNameN} ; ${descN}`);
  if (pieces === undefined) {
    for (const a of numFromAttr(PIECES_KEY)) {
      const p = parsePieces(a.norm) ?? firstNumber(a.norm);
      if (p !== undefined && p > 0 && Number.isInteger(p)) {
        pieces = p;
        break;
      }
    }
  }

  const componentOf = componentIn(`${nameN} ; ${descN}`);
  const out: ExtractedAttributes = { cleanName, text, materials, processing, uses, isSet, isPart: isPart || !!componentOf };
  if (componentOf) out.componentOf = componentOf;
  if (construction) out.construction = construction;
  if (gender) out.gender = gender;
  if (age) out.age = age;
  if (powerSource) out.powerSource = powerSource;
  if (Object.keys(dims).length > 0) out.dimensions = dims;
  if (weightKg !== undefined && weightKg > 0) out.weightKg = weightKg;
  if (gsm !== undefined && gsm > 0) out.gsm = gsm;
  if (powerW !== undefined && powerW > 0) out.powerW = powerW;
  if (voltageV !== undefined && voltageV > 0) out.voltageV = voltageV;
  if (valueUsd !== undefined) out.valueUsd = valueUsd;
  if (pieces !== undefined) out.pieces = pieces;
  return out;
}

// Exposed for tests and for callers that need one detector.
export { parseConstruction, parseGender, parseAge, parsePowerSource };
