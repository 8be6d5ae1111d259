import { describe, expect, it } from "vitest";
import { Bm25Index, tokenize } from "./text.js";

describe("tokenize", () => {
  it("lower-cases, folds accents, joins intra-word hyphens and stems plurals", () => {
    expect(tokenize("T-Shirts, Crème brûlée")).toEqual(["tshirt", "creme", "brule"]);
    expect(tokenize("lithium-ion")).toEqual(["lithiumion", "lithium", "ion"]);
  });
  it("drops stop words and single letters but keeps numbers", () => {
    expect(tokenize("of a cylinder capacity exceeding 1000 cc")).toEqual(["cylind", "capac", "exceed", "1000", "cc"]);
  });
  it("maps singular and plural to the same token", () => {
    expect(tokenize("bicycles")).toEqual(tokenize("bicycle"));
    expect(tokenize("machines")).toEqual(tokenize("machine"));
  });
});

describe("stemming exceptions", () => {
  it("keeps -ing/-ed words that name other goods apart from their verb's noun", () => {
    expect(tokenize("ball bearings")).toEqual(["ball", "bearing"]);
    expect(tokenize("bear")).toEqual(["bear"]);
    expect(tokenize("fabric coated with plastics")).not.toContain("coat");
    expect(tokenize("pruning shears")[0]).not.toBe(tokenize("prunes")[0]);
    expect(tokenize("leggings")).toEqual(tokenize("legging"));
    expect(tokenize("leggings")).not.toEqual(tokenize("legs"));
    expect(tokenize("drawer organizer")).not.toContain(tokenize("organ")[0]);
    expect(tokenize("o-ring")).not.toEqual(tokenize("ore"));
  });

  it("keeps adjectives in -able/-ible apart from the goods they are made from: a refillable lighter is no refill, a microwavable box no microwave", () => {
    expect(tokenize("butane refillable")).not.toEqual(tokenize("butane refill"));
    expect(tokenize("microwavable")).not.toEqual(tokenize("microwave"));
    expect(tokenize("convertible")).not.toEqual(tokenize("converter"));
    expect(tokenize("comfortable")).not.toEqual(tokenize("comforter"));
    // the adjective and its plural noun are one token; short nouns in -able stem as usual
    expect(tokenize("consumables")).toEqual(tokenize("consumable"));
    expect(tokenize("vegetables")).toEqual(tokenize("vegetable"));
    expect(tokenize("cables")).toEqual(tokenize("cable"));
    expect(tokenize("tables")).toEqual(tokenize("table"));
  });

  it("keeps 'parts': 'vacuum cleaner parts' are not vacuum cleaners", () => {
    expect(tokenize("vacuum cleaner parts")).toHaveLength(3);
  });
});

describe("Bm25Index", () => {
  const idx = new Bm25Index();
  idx.add([{ text: "T-shirts, singlets and other vests, knitted or crocheted", weight: 1 }]);
  idx.add([{ text: "Of cotton", weight: 1 }, { text: "T-shirts, singlets and other vests, knitted or crocheted", weight: 0.35 }]);
  idx.add([{ text: "Cotton yarn", weight: 1 }]);
  idx.add([{ text: "Bicycles and other cycles, not motorised", weight: 1 }]);

  it("ranks documents matching all query terms above partial matches", () => {
    const { hits } = idx.search("cotton t-shirt", 10);
    expect(hits[0]!.doc).toBe(1);
    expect(hits.map((h) => h.doc)).toContain(2);
    expect(hits.findIndex((h) => h.doc === 1)).toBeLessThan(hits.findIndex((h) => h.doc === 2));
  });
  it("reports the matched terms and honours the filter", () => {
    const { hits, total } = idx.search("bicycle", 10, (d) => d !== 3);
    expect(total).toBe(0);
    expect(hits).toEqual([]);
    expect(idx.search("bicycle", 10).hits[0]!.matched).toEqual(["bicycl"]);
  });
  it("returns nothing for a query of stop words only", () => {
    expect(idx.search("of the and", 10)).toEqual({ hits: [], total: 0 });
  });

  it("keeps the best `limit` hits of a full BM25 ranking (same scores and order as scoring every document)", () => {
    // A reference BM25 with coordination, computed naively, against the index's top-k selection.
    const vocab = "steel wire cotton shirt knitted woven plastic bag leather shoe glass bottle rubber tyre copper tube".split(" ");
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const docs = Array.from({ length: 400 }, () => Array.from({ length: 2 + Math.floor(rnd() * 8) }, () => vocab[Math.floor(rnd() * vocab.length)]!).join(" "));
    const ix = new Bm25Index({ k1: 1.2, b: 0.5 });
    for (const d of docs) ix.add([{ text: d, weight: 1 }]);
    const query = "knitted cotton shirt with steel wire";
    const q = [...new Set(tokenize(query))];
    const toks = docs.map((d) => tokenize(d));
    const avg = toks.reduce((s, t) => s + t.length, 0) / toks.length;
    const ref = toks
      .map((t, doc) => {
        let score = 0;
        let matched = 0;
        for (const term of q) {
          const tf = t.filter((x) => x === term).length;
          if (!tf) continue;
          matched++;
          const df = toks.filter((x) => x.includes(term)).length;
          const idf = Math.log(1 + (toks.length - df + 0.5) / (df + 0.5));
          score += (idf * tf * 2.2) / (tf + 1.2 * (1 - 0.5 + (0.5 * t.length) / avg));
        }
        return { doc, score: score * (0.5 + (0.5 * matched) / q.length), matched };
      })
      .filter((r) => r.matched > 0)
      .sort((a, b) => b.score - a.score || a.doc - b.doc);
    const { hits, total } = ix.search(query, 15);
    expect(total).toBe(ref.length);
    expect(hits.map((h) => h.doc)).toEqual(ref.slice(0, 15).map((r) => r.doc));
    hits.forEach((h, i) => expect(h.score).toBeCloseTo(ref[i]!.score, 9));
    // a second query reuses the index's buffers without leaking the first query's scores
    const again = ix.search(query, 15);
    expect(again.hits).toEqual(hits);
  });
});

