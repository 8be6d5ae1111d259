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
});
