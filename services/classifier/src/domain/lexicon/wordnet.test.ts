import { describe, expect, it } from "vitest";
import { buildLexiconIndex, LEXICON } from "./index.js";
import { hypernymFallback, loadWordNet, wordNetDir } from "./wordnet.js";

const index = buildLexiconIndex(LEXICON);
const CLOTHING = ["6101", "6102", "6103", "6104", "6105", "6106", "6109", "6110", "6114", "6201", "6202", "6203", "6204", "6205", "6206", "6211"];

describe.skipIf(!wordNetDir())("WordNet hypernym fallback", () => {
  it("loads only the noun files (load time is reported, not asserted: timings belong to benchmarks)", () => {
    const s = loadWordNet();
    expect(s.loaded).toBe(true);
    expect(s.synsets).toBeGreaterThan(80_000);
    expect(s.lemmas).toBeGreaterThan(100_000);
    console.log(`WordNet nouns: ${s.synsets} synsets, ${s.lemmas} lemmas, ${s.ms} ms, ~${s.heapMB} MB heap`);
  });

  it("maps 'cardigan' (treated as unknown) to a known clothing term", () => {
    // cardigan is itself a lexicon term; pretend it is not to exercise the fallback
    const isKnown = (t: string) => t !== "cardigan" && index.has(t);
    const r = hypernymFallback("cardigan", isKnown);
    expect(r).toBeDefined();
    expect(r!.chain[0]).toBe("cardigan");
    const heading = index.lookup(r!.term)![0]!.heading;
    expect(CLOTHING).toContain(heading);
  });

  it("maps plural and multi-word nouns the lexicon lacks to their nearest known hypernym", () => {
    const isKnown = (t: string) => index.has(t);
    const jerkin = hypernymFallback("jerkins", isKnown);
    expect(jerkin?.term).toBe("jacket");
    const merino = hypernymFallback("merino cardigan", (t) => t !== "cardigan" && index.has(t));
    expect(merino?.chain[0]).toBe("merino cardigan");
    expect(CLOTHING).toContain(index.lookup(merino!.term)![0]!.heading);
  });

  it("skips senses that never name goods (people): a 'speaker' is a loudspeaker, not an articulator", () => {
    const isKnown = (t: string) => t !== "speaker" && index.has(t);
    const r = hypernymFallback("speaker", isKnown);
    expect(r?.chain).not.toContain("articulator");
    expect(r?.term).toBe("loudspeaker");
  });

  it("returns undefined for nonsense words and for nouns with no known hypernym", () => {
    expect(hypernymFallback("blorptastic", (t) => index.has(t))).toBeUndefined();
    expect(hypernymFallback("cardigan", () => false)).toBeUndefined();
    expect(hypernymFallback("", () => true)).toBeUndefined();
  });

  it("does not resolve packaging, assortment and generic words (a kit is not a gear, a case not a suit)", () => {
    const isKnown = (t: string) => index.has(t);
    for (const w of ["kit", "case", "materials", "tool", "accessories", "cm"]) expect(hypernymFallback(w, isKnown)).toBeUndefined();
  });
});
