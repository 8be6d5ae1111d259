/**
 * Helpers of the lexicon tests: goods' attributes as a test states them, the real lexicon's index, and the code a
 * term's entry resolves to for the goods.
 */
import type { ExtractedAttributes, LexiconEntry, Material } from "../types.js";
import { LEXICON, LEXICON_PARTS, buildLexiconIndex, resolveSplit } from "./index.js";

/** Goods' attributes with only what a test states (a material, the text, …) set. */
export function attrs(p: Partial<ExtractedAttributes> & { material?: Material } = {}): ExtractedAttributes {
  const { material, ...rest } = p;
  return {
    cleanName: "",
    text: "",
    materials: material ? [{ material, term: material, source: "material" }] : [],
    processing: [],
    uses: [],
    isSet: false,
    isPart: false,
    ...rest,
  };
}

/** The index of the whole lexicon, built once for a test file. */
export const lexiconIndex = buildLexiconIndex(LEXICON);

/** Every entry of a term (throws when the lexicon has none). */
export function entriesFor(term: string): LexiconEntry[] {
  const es = lexiconIndex.lookup(term);
  if (!es?.length) throw new Error(`no entry for ${term}`);
  return es;
}

/** The first entry of a term. */
export function entryFor(term: string): LexiconEntry {
  return entriesFor(term)[0]!;
}

/** The entry of a term in one lexicon part ("jewellery", "machinery" …). */
export function entryIn(part: string, term: string): LexiconEntry {
  const es = lexiconIndex.lookup(term)?.filter((e) => LEXICON_PARTS[part]?.includes(e));
  if (!es?.length) throw new Error(`no entry for ${term} in ${part}`);
  return es[0]!;
}

/** The subheading (else the heading) an entry resolves to for the goods, read as the term. */
export function resolvedCode(entry: LexiconEntry, term: string, a: ExtractedAttributes): string {
  const r = resolveSplit(entry, a, term);
  return r.subheading ?? r.heading;
}
