/**
 * Phrase matching of lexicon terms against product text, on `tokenize()`d tokens.
 *
 * Text is split into segments at punctuation that ends a phrase (">", ",", ";", "|", "/", brackets,
 * " - ", sentence stops), so a category path "Women > Tops > T-Shirts" never forms "top t shirt".
 * Within a segment, each whitespace word contributes its tokens; a hyphenated word ("T-shirt",
 * "lithium-ion") contributes both its joined form and its parts as alternative paths over the same
 * span, so "t-shirt", "tshirt" and "lithium ion" all match. A lone letter before a word ("T shirt",
 * "O ring", "U lock") is joined to it the way a hyphen would be.
 *
 * Matching walks a token trie from every position and keeps, per field, a non-overlapping set of
 * the longest matches ("tank top" beats "top"; "phone case" beats "case").
 */
import { foldText, memoByKey, readTokens, tokenize } from "@openhs/shared";
import type { LexiconEntry } from "../types.js";

/** Fields a product text can come from, in decreasing weight. */
export type MatchField = "name" | "category" | "description" | "attributes";

/** Default weight of a match by field: the cleaned product name says what the product is. */
export const FIELD_WEIGHT: Record<MatchField, number> = { name: 1, category: 0.6, attributes: 0.5, description: 0.4 };

export interface LexiconMatch {
  /** The lexicon term as written ("tank top"). */
  term: string;
  /** Its normalized key ("tank top" → "tank top"; stems joined by spaces). */
  key: string;
  /** Entries carrying this term (usually one; more for documented ambiguous terms). */
  entries: LexiconEntry[];
  field: MatchField;
  /** Weight of the field (see FIELD_WEIGHT). */
  fieldWeight: number;
  /** Token span within the field: [start, end). Positions count words/tokens, not characters. */
  start: number;
  end: number;
  /** Number of tokens in the matched term (longer = more specific). */
  length: number;
  /** True when the match ends its phrase segment: in English noun phrases the head noun comes last. */
  atSegmentEnd: boolean;
  /** Index of the phrase segment within the field (0-based). */
  segment: number;
  /** The word right after the match in its phrase, as written (when it is one token). */
  next?: string;
  /** The word right before the match in its phrase, as written (when it is one token). */
  prev?: string;
}

/** Splits punctuation-separated segments (phrases) from a field. */
const SEGMENT_BREAK = /\s[-–—]\s|[>|,;:!?()[\]{}\/\\"“”«»•·]|\.(?=\s|$)|\s&\s|\+/g;

/** A lone letter (not a/i) followed by a word is joined with a hyphen: "t shirt" → "t-shirt". */
function joinLoneLetters(s: string): string {
  return s.replace(/(^|[^a-z0-9'’])([b-hj-z])\s+(?=[a-z]{2})/g, "$1$2-");
}

/**
 * Function and ring words that systematic chemical names fuse onto the rest of the name ("naphthalenedisulfonic",
 * "methoxyphenol", "chloropyridine"): in such a name the fused word ends in the class the name gives the compound.
 */
const CHEMICAL_ENDINGS = [
  "disulfonic", "disulphonic", "sulfonic", "sulphonic", "sulfonamide", "carboxamide", "carboxylic", "phenol",
  "pyridine", "pyrimidine", "piperazine", "piperidine", "imidazole", "pyrazole", "triazine", "triazole", "quinoline",
  "morpholine", "thiazole", "thiophene", "oxazole", "pyrrolidine", "nitrile",
];

/** A systematic chemical name: locants ("2-", "4,6-"), a CAS number, or bracketed substituents. */
export const CHEMICAL_NAME = /(?:^|[\s(\[,])\d{1,2}(?:,\d{1,2})*-[a-z]|\b\d{2,7}-\d{2}-\d\b/;

/** "naphthalenedisulfonic" → ["naphthalene", "disulfonic"]: the fused class word as a token of its own. */
function chemicalSplit(token: string): string[] | undefined {
  for (const end of CHEMICAL_ENDINGS) {
    if (token.length >= end.length + 3 && token.endsWith(end)) return [token.slice(0, -end.length), end];
  }
  return undefined;
}

/** Words → their alternatives (see {@link wordAlternativesUncached}), per reading: titles repeat the same words. */
const ALTERNATIVES = [
  memoByKey((w) => wordAlternativesUncached(w, false), 20_000),
  memoByKey((w) => wordAlternativesUncached(w, true), 20_000),
];

/** Normalized token alternatives of one whitespace word: [[joined], [parts...]] or [[tokens...]]; shared, not to be changed. */
function wordAlternatives(word: string, chemical = false): ReadonlyArray<readonly string[]> {
  return ALTERNATIVES[chemical ? 1 : 0]!(word);
}

function wordAlternativesUncached(word: string, chemical: boolean): ReadonlyArray<readonly string[]> {
  if (chemical) {
    // Only the last fused word of a hyphenated chain ("2-tert-butyl-4-methoxyphenol") is split off.
    const last = word.split(/[-()[\]]/).filter(Boolean).pop() ?? "";
    const split = /^[a-z]+$/.test(last) ? chemicalSplit(last) : undefined;
    if (split) {
      const alts = wordAlternatives(word);
      const best = alts.find((a) => a[a.length - 1] === tokenize(last)[0]) ?? alts[0];
      if (best) return [...alts.filter((a) => a !== best), [...best.slice(0, -1), ...split.flatMap((x) => tokenize(x))]];
    }
  }
  if (/[a-z0-9]-[a-z0-9]/.test(word)) {
    const joined = tokenize(word.replace(/([a-z0-9])-(?=[a-z0-9])/g, "$1"));
    // "non-slip", "anti-theft": the parts are not product words on their own; keep only the joined form.
    const parts = /^(non|anti)-/.test(word) ? [] : tokenize(word.replace(/-/g, " "));
    const alts: Array<readonly string[]> = [];
    if (parts.length) alts.push(parts);
    if (joined.length === 1 && !(parts.length === 1 && parts[0] === joined[0])) alts.push(joined);
    return alts.length ? alts : [];
  }
  const t = readTokens(word);
  // Material adjectives also read as the material noun that terms are written with: "wooden flooring" is
  // "wood flooring", "woollen blanket" a "wool blanket".
  const noun = t.length === 1 ? MATERIAL_ADJECTIVE[word.replace(/[^a-z]/g, "")] : undefined;
  if (noun) return [t, readTokens(noun)];
  return t.length ? [t] : [];
}

/** Material adjectives → the noun lexicon terms use ("wooden" → "wood"). */
const MATERIAL_ADJECTIVE: Record<string, string> = { wooden: "wood", woollen: "wool", woolen: "wool" };

/** Edges of the token lattice: from node `from` to node `to` labeled `token`. */
interface Lattice {
  /** out[node] = edges leaving that node; `surface` is the word as written when it is one token. */
  out: Array<Array<{ token: string; to: number; surface?: string; words?: number }>>;
  /** Segment index of each node, and whether a node is the last of its segment. */
  segOf: number[];
  segEnd: Set<number>;
  /** The word as written that ends at each node (when it is one token). */
  endSurface: string[];
  /** Nodes right before a word that yields no token (a stop word: "for", "with", "and" …). */
  stopAt: Set<number>;
  /** Nodes right before a preposition that starts a qualifier ("with", "for", "of" …): no term spans it unless written so. */
  breakAt: Map<number, string>;
  /** Nodes right before a word that opens a verb's object ("the", "a", "its" …). */
  objectAt: Set<number>;
  nodes: number;
}

function buildLattice(text: string): Lattice {
  const out: Lattice["out"] = [];
  const segOf: number[] = [];
  const segEnd = new Set<number>();
  const endSurface: string[] = [];
  const stopAt = new Set<number>();
  const breakAt = new Map<number, string>();
  const objectAt = new Set<number>();
  let node = 0;
  const folded = foldText(text);
  const chemical = CHEMICAL_NAME.test(folded);
  const segments = joinLoneLetters(folded).split(SEGMENT_BREAK);
  let segIndex = 0;
  for (const seg of segments) {
    const words = seg.split(/\s+/).filter(Boolean);
    const startNode = node;
    for (const w of words) {
      const alts = wordAlternatives(w, chemical);
      if (!alts.length) {
        stopAt.add(node);
        if (BREAKING.test(w)) breakAt.set(node, w.toLowerCase());
        if (OBJECT_OPENERS.has(w.toLowerCase())) objectAt.add(node);
        continue;
      }
      // The word spans max(len) nodes; shorter alternatives (a joined single token) span all of it.
      let span = 0;
      for (const a of alts) if (a.length > span) span = a.length;
      for (let i = 0; i <= span; i++) {
        out[node + i] ??= [];
        segOf[node + i] = segIndex;
      }
      const surface = alts.length === 1 && span === 1 ? w.replace(/[^a-z0-9]/g, "") : undefined;
      // The parts of a hyphenated word as written ("4-color" → "4", "color"), when each part is one token: a
      // one-word term must match them as inflections too ("color" is no "colorant").
      const partWords = span > 1 ? w.split("-").map((p) => p.replace(/[^a-z0-9]/g, "")).filter(Boolean) : [];
      const partSurfaces = partWords.length === span && partWords.every((p) => tokenize(p).length === 1) ? partWords : undefined;
      for (const a of alts) {
        if (a.length === span) {
          a.forEach((tok, i) => {
            const sf = surface ?? partSurfaces?.[i];
            const edge: Lattice["out"][number][number] = { token: tok, to: node + i + 1 };
            if (sf) edge.surface = sf;
            out[node + i]!.push(edge);
            if (sf && surface) endSurface[node + i + 1] = sf;
          });
        } else {
          // joined single token covering the whole word
          out[node]!.push({ token: a[0]!, to: node + span });
        }
      }
      node += span;
    }
    if (node > startNode) {
      segEnd.add(node);
      segOf[node] = segIndex;
      node++; // a gap node separates segments: no edge crosses it
      out[node - 1] ??= [];
      segIndex++;
    }
  }
  for (let i = 0; i <= node; i++) out[i] ??= [];
  return { out, segOf, segEnd, endSurface, stopAt, breakAt, objectAt, nodes: node };
}

/**
 * Prepositions that join a qualifier to the goods ("a ceiling fan with a light kit", "a suit of wool"): a term of
 * several words matches across one only when the term is written with it ("collar for dogs", "mother of pearl").
 */
const BREAKING = /^(?:with|without|for|of|from|by|in|into|on|to|at|and)$/i;

interface TrieNode {
  next: Map<string, TrieNode>;
  /** A term through this node is written with a qualifier preposition after this token ("collar for dogs"). */
  gapOk?: boolean;
  /** Every term through this node is written with a qualifier preposition before this token ("hair for wigs"). */
  gapBefore?: boolean;
  /** The prepositions the terms through this node are written with before this token. */
  gapWords?: Set<string>;
  /** Terminal: key and the (term, entries) found there. */
  key?: string;
  term?: string;
  entries?: LexiconEntry[];
}

/** Endings that inflect an English noun (or a verb used as one): plural, possessive-less forms, -ed / -ing. */
const INFLECTION = new Set(["", "s", "es", "ies", "y", "e", "ed", "d", "ing", "ves", "f", "fe", "i", "ie"]);

const IRREGULAR_PLURAL: Record<string, string> = { mice: "mouse", feet: "foot", teeth: "tooth", children: "child", dice: "die", geese: "goose" };

/** A term's written forms the matcher compares surfaces with, per term (terms are a fixed vocabulary). */
const termForms = memoByKey((term): { compact: string; severalWords: boolean; lastWord: string } => {
  const folded = foldText(term);
  return { compact: folded.replace(/[^a-z0-9]/g, ""), severalWords: /[\s-]/.test(term.trim()), lastWord: folded.split(/[\s-]+/).pop()?.replace(/[^a-z0-9]/g, "") ?? "" };
}, 50_000);

/**
 * True when `surface` is `term` or an inflected form of it (both as written, lower case): the part after
 * their common prefix is an inflectional ending on both sides ("batteries" / "battery", "knives" / "knife",
 * "mopping" / "mop"), not a derivational one ("generic" / "generator"). Terms of several words are not checked.
 */
export function inflectionOf(surface: string, term: string): boolean {
  const { compact: t, severalWords } = termForms(term);
  if (severalWords || surface === t || IRREGULAR_PLURAL[surface] === t) return true;
  let i = 0;
  while (i < surface.length && i < t.length && surface[i] === t[i]) i++;
  let a = surface.slice(i);
  const b = t.slice(i);
  // doubled final consonant before -ing / -ed ("mopping", "stopped")
  if (i > 0 && /^(?:ing|ed)$/.test(a.slice(1)) && a[0] === surface[i - 1]) a = a.slice(1);
  // A noun in -ing names a thing of its own ("casting", "bearing", "fitting"): the bare or past form of its verb
  // ("cast iron", "teddy bear", "fitted sheet") is not that thing.
  if (b === "ing" && a !== "ing") return false;
  // A past participle is no noun: "coated" is no coat, "painted" no paint, "plated" no plate ("chrome plated",
  // "hand painted", "powder coated" say how goods were made).
  if ((a === "ed" || a === "d") && b === "" && surface.endsWith("ed")) return false;
  return (INFLECTION.has(a) && INFLECTION.has(b)) || (a === "en" && b === "an") || (a === "an" && b === "en");
}

/**
 * An "-ing" form before another word of its phrase modifies that word: "gaming keyboard", "camping lantern", "packing
 * tape", "printing paper" name no game, camp, pack or print. A one-word term (not itself an -ing word) does not match
 * it there; at the end of a phrase or before a stop word ("LED lighting for kitchens", "lighting and fans") it still may.
 */
function ingModifier(lat: Lattice, surface: string, at: number, term: string): boolean {
  if (!surface.endsWith("ing") || /ing$/.test(term)) return false;
  // "Floor Standing", "Free Standing", "Self Standing" say how goods stand, wherever they are: no stand of 3926 or 9403.
  if (surface === "standing") return true;
  if (lat.segEnd.has(at) || lat.stopAt.has(at)) return false;
  return (lat.out[at]?.length ?? 0) > 0;
}

/** Adverb particles that make the word before them a verb ("lace up", "pull down", "zip off", "pop out"). */
const PARTICLES: ReadonlySet<string> = new Set(["up", "down", "off", "out"]);

/**
 * A term followed by an adverb particle is the verb of a phrasal verb, not goods: the "Shoes Lace Up" of a sneaker title
 * are no shoe laces, the "Pull Down" of a faucet no pull. (Terms written with their particle, "pull up bar", match whole.)
 */
function particleAfter(lat: Lattice, at: number): boolean {
  if (lat.segEnd.has(at)) return false;
  const next = nextWord(lat, at).next;
  return next !== undefined && PARTICLES.has(next);
}

/** The word as written that follows node `at` within its segment, if it is one token. */
function nextWord(lat: Lattice, at: number): { next?: string } {
  if (lat.segEnd.has(at)) return {};
  const surface = lat.out[at]?.find((e) => e.surface)?.surface;
  return surface ? { next: surface } : {};
}

/**
 * An "-ed" form of a noun is an adjective: "wired" headphones have wires, a "padded" bag has padding, "plated"
 * earrings are plated, a "lighted" mirror has lights; none is the noun's goods. The last word of a term (of any
 * length: "shoulder pads" is not "Shoulder Padded") does not match its -ed form, unless the term itself ends so.
 */
export function participleOf(surface: string | undefined, term: string): boolean {
  if (!surface || !surface.endsWith("ed")) return false;
  const last = termForms(term).lastWord;
  return surface !== last && !last.endsWith("ed");
}

/** Words that open a verb's object: "covering the ankle", "holding a phone". */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(["the", "a", "an", "its", "their", "both", "each", "all"]);

/**
 * The "-ing" form of a several-word term's last word, followed by the object it governs, is a verb, not the goods: "boots
 * covering the ankle" are boots, not "boot covers". Nouns in -ing ("conveyor belting", "hand sanitising gel") still match.
 */
function verbWithObject(lat: Lattice, surface: string | undefined, at: number, term: string): boolean {
  if (!surface || !surface.endsWith("ing")) return false;
  const { lastWord: last, severalWords } = termForms(term);
  return severalWords && surface !== last && !last.endsWith("ing") && lat.objectAt.has(at);
}

/** Normalized token sequences a term can be written as (joined and split forms of hyphenated words). */
export function termVariants(term: string): string[][] {
  const folded = joinLoneLetters(foldText(term));
  const variants: string[][] = [];
  const joined = tokenize(folded.replace(/([a-z0-9])-(?=[a-z0-9])/g, "$1"));
  const split = tokenize(folded.replace(/-/g, " "));
  if (joined.length) variants.push(joined);
  if (split.length && split.join(" ") !== joined.join(" ") && split.length > joined.length) {
    // only a faithful split (every part kept) is an alternative spelling
    const parts = folded.split(/[\s-]+/).filter(Boolean);
    if (split.length === tokenize(parts.join(" ")).length) variants.push(split);
  }
  return variants;
}

/** The normalized key of a term: its primary (joined) variant's tokens joined by spaces. */
export function termKey(term: string): string {
  return termVariants(term)[0]?.join(" ") ?? "";
}

export interface LexiconIndex {
  /** Number of distinct normalized term keys. */
  readonly size: number;
  /** Entries for an exact term (normalized), or undefined. */
  lookup(term: string): LexiconEntry[] | undefined;
  /** True when the term (normalized) is a lexicon term. */
  has(term: string): boolean;
  /**
   * True when the term is written in the lexicon as such (or as its plural / singular), not merely
   * stemmed alike: WordNet's "organism" is not the lexicon's "organ".
   */
  hasWritten(term: string): boolean;
  /** All matches in one text, longest non-overlapping (see module doc). */
  matchText(text: string, field?: MatchField): LexiconMatch[];
  /** Matches over a product's fields, name first; each match carries its field and weight. */
  match(fields: Partial<Record<MatchField, string | undefined>>): LexiconMatch[];
  /**
   * Every term as matches report it (`LexiconMatch.term`) with its entries, after working out what matching
   * needs of it (its written forms), so that a warm-up can prepare the rest ahead of traffic.
   */
  terms(): Iterable<{ term: string; entries: readonly LexiconEntry[] }>;
}

/** Builds the phrase-matching index over the entries. */
export function buildLexiconIndex(entries: readonly LexiconEntry[]): LexiconIndex {
  const root: TrieNode = { next: new Map() };
  const byKey = new Map<string, LexiconEntry[]>();
  const written = new Set<string>();
  for (const entry of entries) {
    for (const term of entry.terms) {
      written.add(term.toLowerCase());
      const variants = termVariants(term);
      if (!variants.length) continue;
      const primary = variants[0]!.join(" ");
      // Positions (after token i) where the written term has a qualifier preposition ("collar for dogs").
      const termLattice = buildLattice(term);
      for (const v of variants) {
        let n = root;
        v.forEach((tok, i) => {
          let c = n.next.get(tok);
          if (!c) n.next.set(tok, (c = { next: new Map(), ...(i > 0 && termLattice.breakAt.has(i) ? { gapBefore: true } : {}) }));
          else if (c.gapBefore && !(i > 0 && termLattice.breakAt.has(i))) c.gapBefore = false;
          if (i > 0 && termLattice.breakAt.has(i)) (c.gapWords ??= new Set()).add(termLattice.breakAt.get(i)!);
          if (termLattice.breakAt.has(i + 1)) c.gapOk = true;
          n = c;
        });
        if (!n.entries) {
          n.entries = [];
          n.key = primary;
          n.term = term;
        }
        if (!n.entries.includes(entry)) n.entries.push(entry);
      }
      const list = byKey.get(primary) ?? [];
      if (!list.includes(entry)) list.push(entry);
      byKey.set(primary, list);
    }
  }

  function matchText(text: string, field: MatchField = "name"): LexiconMatch[] {
    if (!text) return [];
    const lat = buildLattice(text);
    joinCompounds(lat);
    type Raw = { start: number; end: number; len: number; node: TrieNode };
    const raw: Raw[] = [];
    for (let s = 0; s < lat.nodes; s++) {
      // depth-first walk of trie × lattice from node s
      const stack: Array<{ at: number; t: TrieNode; len: number }> = [{ at: s, t: root, len: 0 }];
      while (stack.length) {
        const { at, t, len } = stack.pop()!;
        for (const edge of lat.out[at] ?? []) {
          const c = t.next.get(edge.token);
          // A term written with a preposition does not match where the text has none ("hair for wigs" is no "hair wig").
          // ... nor where the text has another one ("a frame with a glass front" is no "frame for glasses").
          if (!c || (c.gapBefore && !c.gapWords!.has(lat.breakAt.get(at) ?? ""))) continue;
          // ... nor across a preposition of the text that no term through this node is written with: another term
          // sharing the first words may be ("ball of yarn"), but "Match Ball with Pump and Net" is no "ball pump".
          if (len > 0 && lat.breakAt.has(at) && !c.gapWords?.has(lat.breakAt.get(at)!)) continue;
          // A one-word term matches inflected forms of its word, not derivations that share its stem
          // ("generic" is not a generator, "organizing" not an organ, "spiral" not a spiralizer).
          if (c.entries && !(len === 0 && edge.surface && (!inflectionOf(edge.surface, c.term!) || ingModifier(lat, edge.surface, edge.to, c.term!))) && !participleOf(edge.surface, c.term!) && !verbWithObject(lat, edge.surface, edge.to, c.term!) && !particleAfter(lat, edge.to)) raw.push({ start: s, end: edge.to, len: len + (edge.words ?? 1), node: c });
          // No term continues across "with", "for", "of" … unless it is written with it.
          if (lat.breakAt.has(edge.to) && !c.gapOk) continue;
          stack.push({ at: edge.to, t: c, len: len + (edge.words ?? 1) });
        }
      }
    }
    // Longest first (by span, then by tokens); of two equally long overlapping terms the later one, since English
    // compounds are head-final ("handheld console case" is a console case, "glass jar lid" a jar lid); then by term
    // length, earlier first; keep non-overlapping.
    raw.sort(
      (a, b) =>
        b.end - b.start - (a.end - a.start) ||
        b.len - a.len ||
        (a.start < b.end && b.start < a.end && lat.segOf[a.start] === lat.segOf[b.start] ? b.end - a.end : 0) ||
        (b.node.term!.length - a.node.term!.length) ||
        a.start - b.start,
    );
    const taken: boolean[] = [];
    const kept: LexiconMatch[] = [];
    for (const r of raw) {
      let free = true;
      for (let i = r.start; i < r.end; i++) if (taken[i]) free = false;
      if (!free) continue;
      for (let i = r.start; i < r.end; i++) taken[i] = true;
      kept.push({
        term: r.node.term!,
        key: r.node.key!,
        entries: r.node.entries!,
        field,
        fieldWeight: FIELD_WEIGHT[field],
        start: r.start,
        end: r.end,
        length: r.len,
        atSegmentEnd: lat.segEnd.has(r.end),
        segment: lat.segOf[r.start] ?? 0,
        ...nextWord(lat, r.end),
        ...(lat.endSurface[r.start] !== undefined && lat.segOf[r.start - 1] === lat.segOf[r.start] ? { prev: lat.endSurface[r.start] } : {}),
      });
    }
    kept.sort((a, b) => a.start - b.start);
    return kept;
  }

  // One-word terms as written, with their plurals: a cheap test before two words are read as one.
  const oneWord = new Set<string>();
  for (const w of written) {
    if (!/^[a-z]+$/.test(w)) continue;
    oneWord.add(w).add(`${w}s`).add(`${w}es`);
    if (w.endsWith("y")) oneWord.add(`${w.slice(0, -1)}ies`);
  }
  /** The one-token term two words make written together, when the lexicon writes it so ("pepper corns" → peppercorn). */
  const compoundOf = memoByKey((joined): string => {
    const alts = wordAlternatives(joined);
    const tok = alts.length === 1 && alts[0]!.length === 1 ? alts[0]![0]! : "";
    return tok && root.next.get(tok)?.entries && hasWritten(joined) ? tok : "";
  }, 20_000);

  /**
   * Two words written apart that the lexicon writes as one word also read as that word: "Black Pepper Corns"
   * are peppercorns, not maize; "Tooth Brush" is a toothbrush.
   */
  function joinCompounds(lat: Lattice): void {
    for (let n = 0; n < lat.nodes; n++) {
      let added: Array<{ token: string; to: number; surface: string; words: number }> | undefined;
      for (const e1 of lat.out[n]!) {
        // not across a stop word ("a table with a top" has no tabletop)
        if (!e1.surface || lat.stopAt.has(e1.to)) continue;
        for (const e2 of lat.out[e1.to] ?? []) {
          if (!e2.surface || lat.segOf[e2.to] !== lat.segOf[n]) continue;
          const joined = e1.surface + e2.surface;
          const tok = oneWord.has(joined) ? compoundOf(joined) : "";
          if (tok) (added ??= []).push({ token: tok, to: e2.to, surface: joined, words: 2 });
        }
      }
      if (added) lat.out[n]!.push(...added);
    }
  }

  // The index is fixed once built: whether a term is written in it is worked out once per term.
  const hasWritten = memoByKey((term): boolean => {
    const t = term.toLowerCase().trim();
    return byKey.has(termKey(t)) && [t, `${t}s`, `${t}es`, t.replace(/s$/, ""), t.replace(/es$/, ""), t.replace(/y$/, "ies"), t.replace(/ies$/, "y")].some((w) => written.has(w));
  }, 50_000);
  return {
    size: byKey.size,
    lookup: (term) => byKey.get(termKey(term)),
    has: (term) => byKey.has(termKey(term)),
    hasWritten,
    matchText,
    *terms() {
      const stack: TrieNode[] = [root];
      while (stack.length) {
        const n = stack.pop()!;
        if (n.entries && n.term) {
          termForms(n.term);
          yield { term: n.term, entries: n.entries };
        }
        for (const c of n.next.values()) stack.push(c);
      }
    },
    match(fields) {
      const out: LexiconMatch[] = [];
      for (const f of ["name", "category", "attributes", "description"] as MatchField[]) {
        const t = fields[f];
        if (t) out.push(...matchText(t, f));
      }
      return out;
    },
  };
}
