import { describe, expect, it } from "vitest";
import { materialSpecOf, predominantTextile, specFit } from "./materials.js";
import { attrs } from "./fixtures.test-util.js";

describe("predominantTextile (Section XI note 2)", () => {
  it("takes the single textile material", () => {
    expect(predominantTextile(attrs({ mats: ["cotton"] }))?.material).toBe("cotton");
  });

  it("takes the material predominating by weight", () => {
    expect(predominantTextile(attrs({ mats: [["synthetic", 35], ["cotton", 65]] }))?.material).toBe("cotton");
  });

  it("adds synthetic and artificial fibres together first (chapters 54 and 55 as one, note 2 (B)(c))", () => {
    const p = predominantTextile(attrs({ mats: [["cotton", 40], ["synthetic", 35], ["artificial", 25]] }));
    expect(p?.material).toBe("synthetic");
    expect(p?.basis).toBe("predominates-by-weight");
  });

  it("takes the one last in numerical order on equal shares (note 2 (A), second paragraph)", () => {
    const p = predominantTextile(attrs({ mats: [["wool", 50], ["cotton", 50]] }));
    expect(p?.material).toBe("cotton");
    expect(p?.basis).toBe("equal-shares-last-in-order");
  });

  it("ignores non-textile materials", () => {
    expect(predominantTextile(attrs({ mats: ["plastic"] }))).toBeUndefined();
  });
});

describe("materialSpecOf", () => {
  it("reads HS, HTS and CN material clauses", () => {
    expect(materialSpecOf("Of cotton")).toEqual({ includes: ["cotton"], excludes: [], residual: false });
    expect(materialSpecOf("Of man-made fibers")?.includes).toEqual(["man_made"]);
    expect(materialSpecOf("Other")).toEqual({ includes: [], excludes: [], residual: true });
    expect(materialSpecOf("T-shirts; of textile materials (other than cotton), knitted")).toEqual({ includes: ["textile"], excludes: ["cotton"], residual: true });
    expect(materialSpecOf("Containing 70 percent or more by weight of silk or silk waste")).toEqual(expect.objectContaining({ includes: ["silk"], minPercent: 70 }));
    expect(materialSpecOf("Men's or boys'")).toBeUndefined();
  });

  it("a negated coating or content ('Not coated or plated with precious metal') excludes the material, it does not require it", () => {
    expect(materialSpecOf("Not coated or plated with precious metal")).toEqual({ includes: [], excludes: ["precious_metal"], residual: true });
    expect(materialSpecOf("Coated or plated with precious metal")?.includes).toEqual(["precious_metal"]);
    // thresholds stay thresholds
    expect(materialSpecOf("Containing not over 50 percent by weight of cotton")?.excludes ?? []).toEqual([]);
  });

  it("checks share thresholds when the composition states them", () => {
    const spec = materialSpecOf("Containing 70 percent or more by weight of silk or silk waste")!;
    expect(specFit(spec, ["silk", "textile"], attrs({ mats: [["silk", 60], ["cotton", 40]] }))).toBe(0);
    expect(specFit(spec, ["silk", "textile"], attrs({ mats: [["silk", 90], ["cotton", 10]] }))).toBeGreaterThan(0);
  });
});
