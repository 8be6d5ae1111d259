import { stemmer } from "stemmer";

/**
 * Text normalization and a BM25 index used for tariff search (and by the classifier's retrieval).
 * Tokens are lower-cased, accent-folded, intra-word hyphens joined ("T-shirts" → "tshirts"),
 * stop words dropped and Porter-stemmed (the maintained `stemmer` package).
 */

const STOP = new Set(
  ("a an and are as at be by for from has have in into is it its of on or other than that the their this to " +
    "with without not whether nor but such those these which being been was were per all any each thereof " +
    "n.e.s nes etc including excluding whose parts").split(" "),
);

/** Irregular plurals the Porter stemmer does not conflate with their singular. */
const IRREGULAR: Record<string, string> = {
  knives: "knife", leaves: "leaf", shelves: "shelf", halves: "half", loaves: "loaf", calves: "calf", wolves: "wolf",
  women: "woman", men: "man", children: "child", feet: "foot", teeth: "tooth", mice: "mouse", geese: "goose",
  oxen: "ox", dice: "die", wives: "wife", lives: "life", thieves: "thief", scarves: "scarf", hooves: "hoof",
};

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
    v = stemmer(IRREGULAR[word] ?? word);
    if (STEMS.size > 200_000) STEMS.clear();
    STEMS.set(word, v);
  }
  return v;
}

/** Recent short texts → tokens (the same line descriptions are tokenized again and again). */
const TOKENS = new Map<string, string[]>();

/** Splits text into normalized, stemmed tokens (stop words removed). The result must not be mutated. */
export function tokenize(text: string): string[] {
  if (text.length <= 160) {
    const hit = TOKENS.get(text);
    if (hit) return hit.slice();
    const toks = tokenizeUncached(text);
    if (TOKENS.size > 50_000) TOKENS.clear();
    TOKENS.set(text, toks);
    return toks.slice();
  }
  return tokenizeUncached(text);
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
      for (const t of tokenize(f.text)) {
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
    const base = [...new Set(tokenize(query))];
    if (base.length === 0) return { hits: [], total: 0 };
    // Each query token is a concept; `expand` may add weighted synonyms that count for the same concept.
    const weighted = new Map<string, { weight: number; concept: number }>();
    base.forEach((t, concept) => {
      weighted.set(t, { weight: 1, concept });
      for (const syn of expand?.(t) ?? []) {
        for (const st of tokenize(syn.text)) if (!weighted.has(st)) weighted.set(st, { weight: syn.weight, concept });
      }
    });
    const terms = [...weighted.keys()];
    const avg = this.totalLength / Math.max(1, this.lengths.length);
    const scores = new Map<number, { score: number; matched: string[]; concepts: Set<number> }>();
    for (const term of terms) {
      const p = this.postings.get(term);
      if (!p) continue;
      const { weight, concept } = weighted.get(term)!;
      const idf = this.idf(term) * weight;
      for (let i = 0; i < p.docs.length; i++) {
        const d = p.docs[i]!;
        const tf = p.tfs[i]!;
        const norm = tf + this.k1 * (1 - this.b + (this.b * this.lengths[d]!) / avg);
        const s = (idf * tf * (this.k1 + 1)) / norm;
        const cur = scores.get(d);
        if (cur) {
          cur.score += s;
          cur.matched.push(term);
          cur.concepts.add(concept);
        } else scores.set(d, { score: s, matched: [term], concepts: new Set([concept]) });
      }
    }
    const all: Bm25Hit[] = [];
    for (const [doc, v] of scores) {
      if (accept && !accept(doc)) continue;
      // Coordination: documents matching more of the query's terms rank above partial matches.
      const coord = v.concepts.size / base.length;
      all.push({ doc, score: v.score * (0.5 + 0.5 * coord), matched: v.matched });
    }
    all.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return { hits: all.slice(0, limit), total: all.length };
  }
}
