import { stemmer } from "stemmer";
import { RequestMap } from "./memo.js";

/**
 * Text normalization and a BM25 index used for tariff search (and by the classifier's retrieval).
 * Tokens are lower-cased, accent-folded, intra-word hyphens joined ("T-shirts" → "tshirts"),
 * stop words dropped and Porter-stemmed (the maintained `stemmer` package).
 */

const STOP = new Set(
  ("a an and are as at be by for from has have in into is it its of on or other than that the their this to " +
    "with without not whether nor but such those these which being been was were per all any each thereof " +
    "n.e.s nes etc including excluding whose").split(" "),
);

/** Irregular plurals the Porter stemmer does not conflate with their singular. */
const IRREGULAR: Record<string, string> = {
  knives: "knife", leaves: "leaf", shelves: "shelf", halves: "half", loaves: "loaf", calves: "calf", wolves: "wolf",
  women: "woman", men: "man", children: "child", feet: "foot", teeth: "tooth", mice: "mouse", geese: "goose",
  oxen: "ox", dice: "die", wives: "wife", lives: "life", thieves: "thief", scarves: "scarf", hooves: "hoof",
};

/**
 * -ing / -ed forms that name something other than their verb's noun, kept unstemmed so they do not
 * conflate with it: ball "bearings" are not "bears", "coated" fabric is not a "coat", "pruning" shears
 * are not "prunes", "leggings" are not "legs", pizza "toppings" are not "tops", jewellery "settings" are
 * not "sets", a "bowling" ball is not a "bowl", an "organizer" is no "organ", an "o-ring" no "ore"; and garments named by a plural whose singular is an
 * adjective ("shorts", "tights", "flats") do not match "short sleeves", "tight fit" or "flat cable".
 */
const NO_STEM: Record<string, string> = Object.fromEntries(
  (
    "coated:coated coating:coating coatings:coating pruning:pruning dressing:dressing dressings:dressing boxing:boxing " +
    "fishing:fishing shipping:shipping bedding:bedding clothing:clothing painting:painting paintings:painting " +
    "training:training wedding:wedding weddings:wedding bearing:bearing bearings:bearing fitting:fitting fittings:fitting " +
    "stocking:stocking stockings:stocking legging:legging leggings:legging topping:topping toppings:topping " +
    "setting:setting settings:setting bowling:bowling housing:housing housings:housing ceiling:ceiling ceilings:ceiling " +
    "matting:matting netting:netting timing:timing siding:siding railing:railing railings:railing binding:binding " +
    "bindings:binding hanging:hanging hangings:hanging filling:filling fillings:filling stuffing:stuffing padding:padding " +
    "icing:icing frosting:frosting seasoning:seasoning seasonings:seasoning organizer:organizer organizers:organizer " +
    "organiser:organizer organisers:organizer forging:forging forgings:forging opener:opener openers:opener " +
    "container:container containers:container oring:oring orings:oring " +
    // garments named by a plural whose singular is an adjective: "short sleeves" are not "shorts"
    "shorts:shorts tights:tights briefs:briefs overalls:overalls flats:flats slacks:slacks"
  )
    .split(" ")
    .map((p) => p.split(":") as [string, string]),
);

/**
 * Adjectives in -able/-ible (and their plural nouns: "consumables", "wearables") keep their own token: Porter stemming
 * would read a "refillable" lighter as a butane "refill", a "microwavable" box as a microwave, a "convertible" as a
 * converter, a "comfortable" shoe as a comforter. The adjective says what the goods can do, not what they are. Short
 * words ("table", "cable", "stable") are nouns and stem as usual.
 */
const ABLE_WORD = /^[a-z]{3,}(?:able|ible)s?$/;

export function foldText(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** Word → stem, memoized: the vocabulary is bounded and stemming is the costly step. */
const STEMS = new Map<string, string>();
function stem(word: string): string {
  let v = STEMS.get(word);
  if (v === undefined) {
    v = NO_STEM[word] ?? (ABLE_WORD.test(word) ? word.replace(/s$/, "") : stemmer(IRREGULAR[word] ?? word));
    if (STEMS.size > 200_000) STEMS.clear();
    STEMS.set(word, v);
  }
  return v;
}

/** Recent short texts → tokens (the same line descriptions are tokenized again and again). */
const TOKENS = new Map<string, string[]>();

/** Splits text into normalized, stemmed tokens (stop words removed); the caller owns the array. */
export function tokenize(text: string): string[] {
  return readTokens(text).slice();
}

/**
 * {@link tokenize} without the copy, for the many read-only look-ups of hot paths: a short text's tokens are
 * shared with every other caller of the same text, so they must not be changed.
 */
export function readTokens(text: string): readonly string[] {
  if (text.length <= 160) {
    const hit = TOKENS.get(text);
    if (hit) return hit;
    const toks = tokenizeUncached(text);
    if (TOKENS.size > 50_000) TOKENS.clear();
    TOKENS.set(text, toks);
    return toks;
  }
  return tokenizeUncached(text);
}

/**
 * {@link readTokens} for a request's own texts (a query, a product's name): memoized for the current request only (see
 * newRequestScope), since they do not recur in other requests, and kept with the tariff's texts they would be copied
 * by every young collection and push those texts out of the shared memo.
 */
const REQUEST_TOKENS = new RequestMap<string, readonly string[]>();
export function readRequestTokens(text: string): readonly string[] {
  if (text.length <= 40) return readTokens(text);
  let toks = REQUEST_TOKENS.get(text);
  if (!toks) REQUEST_TOKENS.set(text, (toks = tokenizeUncached(text)));
  return toks;
}

function tokenizeUncached(text: string): string[] {
  // Hyphenated words count as the joined word and as their parts ("lithium-ion" → lithiumion,
  // lithium, ion; "T-shirts" → tshirts, shirts), so either spelling matches.
  // A one-letter part ("T-shirt", "X-ray") is not a word of its own: only the joined form is kept.
  const folded = foldText(text).replace(/\b([a-z]+(?:-[a-z]+)+)\b/g, (w) =>
    /(^|-)[a-z](-|$)/.test(w) ? w.replace(/-/g, "") : `${w.replace(/-/g, "")} ${w.replace(/-/g, " ")}`,
  );
  const out: string[] = [];
  for (const raw of folded.split(/[^a-z0-9%]+/)) {
    if (raw.length === 0 || STOP.has(raw)) continue;
    if (raw.length === 1 && !/[0-9]/.test(raw)) continue;
    out.push(/^[0-9]/.test(raw) ? raw : stem(raw));
  }
  return out;
}

export interface Bm25Options {
  k1?: number;
  b?: number;
}

/** A document field: its text and a weight (e.g. own description 1.0, parents' text 0.35). */
export interface IndexedField {
  text: string;
  weight: number;
}

export interface Bm25Hit {
  doc: number;
  score: number;
  matched: string[];
}

/**
 * In-memory BM25F-style index: per document, term frequencies are summed over weighted fields.
 * Documents are dense integers 0..n-1 assigned by `add` order.
 */
export class Bm25Index {
  private readonly k1: number;
  private readonly b: number;
  private readonly postings = new Map<string, { docs: number[]; tfs: number[] }>();
  private readonly lengths: number[] = [];
  private totalLength = 0;

  constructor(opts: Bm25Options = {}) {
    this.k1 = opts.k1 ?? 1.2;
    this.b = opts.b ?? 0.6;
  }

  get size(): number {
    return this.lengths.length;
  }

  /** Adds a document and returns its id. */
  add(fields: IndexedField[]): number {
    const id = this.lengths.length;
    const tf = new Map<string, number>();
    let len = 0;
    for (const f of fields) {
      for (const t of readTokens(f.text)) {
        tf.set(t, (tf.get(t) ?? 0) + f.weight);
        len += f.weight;
      }
    }
    for (const [t, n] of tf) {
      let p = this.postings.get(t);
      if (!p) this.postings.set(t, (p = { docs: [], tfs: [] }));
      p.docs.push(id);
      p.tfs.push(n);
    }
    this.lengths.push(len);
    this.totalLength += len;
    return id;
  }

  /** Inverse document frequency of a (normalized) term. */
  idf(term: string): number {
    const df = this.postings.get(term)?.docs.length ?? 0;
    const n = this.lengths.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Per-document length normalization k1·(1 − b + b·len/avg), computed once after the last `add`. */
  private norms?: Float64Array;
  private normsFor = -1;
  /** Scratch buffers reused by `search` (documents are dense ids), so a query allocates little. */
  private scores?: Float64Array;
  private concepts?: Float64Array;
  private touched?: Int32Array;

  private prepare(): void {
    const n = this.lengths.length;
    if (this.normsFor === n && this.norms) return;
    const avg = this.totalLength / Math.max(1, n);
    this.norms = new Float64Array(n);
    for (let d = 0; d < n; d++) this.norms[d] = this.k1 * (1 - this.b + (this.b * this.lengths[d]!) / avg);
    this.scores = new Float64Array(n);
    this.concepts = new Float64Array(n);
    this.touched = new Int32Array(n);
    this.normsFor = n;
    // Every term's factors at once (a few bytes per posting): a query's first use of a term costs no more than later ones.
    this.factors.clear();
    for (const [term, p] of this.postings) this.factorsOf(term, p);
  }

  /**
   * Per posting of a term, its document's share of the term's saturated frequency tf / (tf + norm): computed for
   * every term after the last `add`, so a query reads one array in order instead of the scattered norms.
   */
  private readonly factors = new Map<string, { docs: Int32Array; factor: Float64Array }>();
  private factorsOf(term: string, p: { docs: number[]; tfs: number[] }): { docs: Int32Array; factor: Float64Array } {
    let f = this.factors.get(term);
    if (!f) {
      const norms = this.norms!;
      const docs = Int32Array.from(p.docs);
      const factor = new Float64Array(docs.length);
      for (let i = 0; i < docs.length; i++) factor[i] = p.tfs[i]! / (p.tfs[i]! + norms[docs[i]!]!);
      f = { docs, factor };
      this.factors.set(term, f);
    }
    return f;
  }

  /**
   * Scores documents for the query; `accept` filters documents (e.g. by schedule/validity).
   * Returns the best `limit` hits, highest score first, ties by lower doc id (source order).
   */
  search(
    query: string,
    limit: number,
    accept?: (doc: number) => boolean,
    expand?: (token: string) => Array<{ text: string; weight: number }>,
  ): { hits: Bm25Hit[]; total: number } {
    const base = [...new Set(readRequestTokens(query))];
    if (base.length === 0) return { hits: [], total: 0 };
    // Each query token is a concept; `expand` may add weighted synonyms that count for the same concept.
    const weighted = new Map<string, { weight: number; concept: number }>();
    base.forEach((t, concept) => {
      weighted.set(t, { weight: 1, concept });
      for (const syn of expand?.(t) ?? []) {
        for (const st of readTokens(syn.text)) if (!weighted.has(st)) weighted.set(st, { weight: syn.weight, concept });
      }
    });
    this.prepare();
    const norms = this.norms!;
    const scores = this.scores!;
    const concepts = this.concepts!;
    const touched = this.touched!;
    let nTouched = 0;
    // Concepts matched per document as a bit set (exact up to 52 concepts; beyond, shared bits only
    // undercount coordination slightly).
    const k1p1 = this.k1 + 1;
    const terms: Array<{ term: string; p: { docs: number[]; tfs: number[] }; bit: number }> = [];
    // Up to 30 concepts the bit set fits a 32-bit integer, tested with integer operations.
    const small = base.length <= 30;
    for (const [term, { weight, concept }] of weighted) {
      const p = this.postings.get(term);
      if (!p) continue;
      const bit = 2 ** (concept % 52);
      terms.push({ term, p, bit });
      const idf = this.idf(term) * weight * k1p1;
      const { docs, factor } = this.factorsOf(term, p);
      for (let i = 0; i < docs.length; i++) {
        const d = docs[i]!;
        const s = idf * factor[i]!;
        const c = concepts[d]!;
        if (c === 0) {
          touched[nTouched++] = d;
          scores[d] = s;
          concepts[d] = bit;
        } else {
          scores[d] += s;
          if (small ? (c & bit) === 0 : Math.floor(c / bit) % 2 === 0) concepts[d] = c + bit;
        }
      }
    }
    // Coordination: documents matching more of the query's terms rank above partial matches.
    // The best `limit` are kept in a min-heap (worst at the root) instead of sorting every match.
    const heap: Array<{ doc: number; score: number; bits: number }> = [];
    const worse = (a: { doc: number; score: number }, b: { doc: number; score: number }) => a.score < b.score || (a.score === b.score && a.doc > b.doc);
    let total = 0;
    for (let i = 0; i < nTouched; i++) {
      const d = touched[i]!;
      const c = concepts[d]!;
      const raw = scores[d]!;
      concepts[d] = 0;
      scores[d] = 0;
      if (accept && !accept(d)) continue;
      total++;
      if (limit <= 0) continue;
      const score = raw * (0.5 + (0.5 * (small ? popcount32(c) : popcount(c))) / base.length);
      if (heap.length < limit) {
        heap.push({ doc: d, score, bits: c });
        let j = heap.length - 1;
        while (j > 0) {
          const parent = (j - 1) >> 1;
          if (!worse(heap[j]!, heap[parent]!)) break;
          const up = heap[j]!;
          heap[j] = heap[parent]!;
          heap[parent] = up;
          j = parent;
        }
      } else if (heap[0]!.score < score || (heap[0]!.score === score && heap[0]!.doc > d)) {
        // The evicted root's record is reused: a query touching thousands of documents allocates
        // only the `limit` records it keeps.
        heap[0]!.doc = d;
        heap[0]!.score = score;
        heap[0]!.bits = c;
        let j = 0;
        for (;;) {
          const l = 2 * j + 1;
          const r = l + 1;
          let m = j;
          if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
          if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
          if (m === j) break;
          const down = heap[j]!;
          heap[j] = heap[m]!;
          heap[m] = down;
          j = m;
        }
      }
    }
    // (The comparison returns small integers: a difference of scores would be a new heap number per comparison.)
    const top = heap.sort((a, b) => (b.score > a.score ? 1 : b.score < a.score ? -1 : a.doc - b.doc));
    // Matched terms only for the hits returned (query order, as they were scored).
    // Without synonyms each term is its own concept, and with up to 30 concepts its bit says whether it matched.
    const byBits = small && !expand;
    // Worked out when first read: many callers read the matched terms of the first few hits only.
    const hits: Bm25Hit[] = top.map(({ doc, score, bits }) => new LazyHit(doc, score, bits, terms, byBits));
    return { hits, total };
  }
}

/** A search hit whose matched terms are listed when first read. */
class LazyHit implements Bm25Hit {
  private terms?: string[];
  constructor(
    readonly doc: number,
    readonly score: number,
    private readonly bits: number,
    private readonly scored: ReadonlyArray<{ term: string; p: { docs: number[] }; bit: number }>,
    private readonly byBits: boolean,
  ) {}

  get matched(): string[] {
    if (!this.terms) {
      const { doc, bits, byBits } = this;
      const out: string[] = [];
      for (const t of this.scored) if (byBits ? (bits & t.bit) !== 0 : hasDoc(t.p.docs, doc)) out.push(t.term);
      this.terms = out;
    }
    return this.terms;
  }
}

/** Number of set bits of a non-negative integer below 2^31. */
function popcount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Number of set bits of a non-negative integer below 2^53 held in a double. */
function popcount(x: number): number {
  let n = 0;
  while (x > 0) {
    const lo = x % 4294967296;
    let v = lo >>> 0;
    v = v - ((v >>> 1) & 0x55555555);
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
    x = (x - lo) / 4294967296;
  }
  return n;
}

/** Whether a sorted posting list contains a document (binary search). */
function hasDoc(docs: number[], doc: number): boolean {
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = docs[mid]!;
    if (v === doc) return true;
    if (v < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
