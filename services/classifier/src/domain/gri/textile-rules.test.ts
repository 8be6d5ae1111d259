import { describe, expect, it } from "vitest";
import { applyRules, subheadingForMaterial, xiBabiesGarments, xiCoatedFabricGarments, xiFibreNotStated, xiFibreSubheading, xiGarmentGender, xiKnittedOrWoven, gri3b } from "./index.js";
import { applyEffect } from "./rule.js";
import { attrs, cand, codes } from "./fixtures.test-util.js";

describe("Section XI: knitted (ch. 61) vs woven (ch. 62)", () => {
  it("moves a woven shirt from 6105 to 6205 — ch. 61 covers only knitted or crocheted garments (ch. 61 note 1)", () => {
    const a = attrs({ text: "men's cotton dress shirt", construction: "woven", gender: "men", mats: ["cotton"] });
    const e = xiKnittedOrWoven.apply([cand("610510")], a);
    expect(e.redirected).toEqual([expect.objectContaining({ from: "610510", to: "620520" })]);
    expect(e.applied[0]!.id).toBe("XI-61-62");
    expect(e.applied[0]!.reason).toMatch(/ch\. 61 note 1/);
  });

  it("moves a knitted polo from 6205.30 to 6105.20 — ch. 62 excludes knitted or crocheted articles (ch. 62 note 1)", () => {
    const a = attrs({ text: "men polo shirt polyester", construction: "knitted", gender: "men", mats: ["synthetic"] });
    const out = applyEffect([cand("620530")], xiKnittedOrWoven.apply([cand("620530")], a));
    expect(codes(out)).toEqual(["610520"]);
  });

  it("keeps the fibre the source code named when the material is unknown — 6105.20 'of man-made fibres' → 6205.30", () => {
    const a = attrs({ text: "men shirt", construction: "woven", gender: "men" });
    const e = xiKnittedOrWoven.apply([cand("610520")], a);
    expect(e.redirected[0]!.to).toBe("620530");
  });

  it("sends a woven women's T-shirt-style top to 6211.4 — 6109 has no woven parallel, so garments n.e.c. (ch. 61 note 1; heading 6211)", () => {
    const a = attrs({ text: "women t-shirt", construction: "woven", gender: "women", mats: ["synthetic"] });
    expect(xiKnittedOrWoven.apply([cand("610990")], a).redirected[0]!.to).toBe("621143");
  });

  it("leaves knitted hosiery (6115) in place — no woven parallel heading exists", () => {
    const a = attrs({ text: "socks", construction: "woven", mats: ["cotton"] });
    expect(xiKnittedOrWoven.apply([cand("611595")], a).redirected).toEqual([]);
  });

  it("records nothing when the construction is unknown — the rule only acts on known construction", () => {
    const e = xiKnittedOrWoven.apply([cand("610510")], attrs({ text: "shirt", mats: ["cotton"] }));
    expect(e.applied).toEqual([]);
  });
});

describe("Section XI note 2: fibre subheading by the material predominating by weight", () => {
  it("moves a polyester T-shirt from 6109.10 to 6109.90 — 'of cotton' does not cover goods of synthetic fibres (Section XI subheading note 2)", () => {
    const a = attrs({ text: "t-shirt", construction: "knitted", mats: ["synthetic"] });
    const e = xiFibreSubheading.apply([cand("610910")], a);
    expect(e.redirected[0]!.to).toBe("610990");
    expect(e.applied[0]!.id).toBe("XI-note-2");
  });

  it("keeps 60% cotton / 40% polyester in 'of cotton' — cotton predominates by weight (Section XI note 2 (A))", () => {
    const a = attrs({ text: "t-shirt", mats: [["cotton", 60], ["synthetic", 40]] });
    expect(xiFibreSubheading.apply([cand("610910")], a).redirected).toEqual([]);
    expect(subheadingForMaterial("6109", a)).toBe("610910");
  });

  it("puts 50% cotton / 50% polyester in 6109.90 — equal shares go to the material last in numerical order (Section XI note 2 (A), second paragraph)", () => {
    const a = attrs({ text: "t-shirt", mats: [["cotton", 50], ["synthetic", 50]] });
    const e = xiFibreSubheading.apply([cand("610910")], a);
    expect(e.redirected[0]!.to).toBe("610990");
    expect(e.applied[0]!.reason).toMatch(/last in numerical order/);
  });

  it("treats man-made fibres as one chapter before comparing: 40% cotton, 35% polyester, 25% viscose → synthetic trousers (Section XI note 2 (B)(b)-(c))", () => {
    const a = attrs({ text: "trousers", mats: [["cotton", 40], ["synthetic", 35], ["artificial", 25]] });
    const e = xiFibreSubheading.apply([cand("620342")], a);
    expect(e.redirected[0]!.to).toBe("620343");
  });

  it("picks 'of wool' inside a one-dash group split only by wool and fine hair — 6110.11 for a wool sweater (GRI 6 same-level comparison)", () => {
    expect(subheadingForMaterial("611030", attrs({ text: "sweater", mats: ["wool"] }))).toBe("611011");
    expect(subheadingForMaterial("611030", attrs({ text: "cashmere sweater", mats: ["fine_animal_hair"] }))).toBe("611012");
  });

  it("sends silk to the residual 'of other textile materials' when no sibling names silk — 6105.90", () => {
    expect(subheadingForMaterial("610510", attrs({ text: "shirt", mats: ["silk"] }))).toBe("610590");
  });

  it("does not move between two subheadings that fit the fibre equally (6115.21 vs 6115.22 differ by decitex, not fibre)", () => {
    const a = attrs({ text: "tights", mats: ["synthetic"] });
    expect(xiFibreSubheading.apply([cand("611521")], a).redirected).toEqual([]);
  });
});

describe("Chapters 61/62 note 9: men's or boys' vs women's or girls'", () => {
  it("moves an unidentified-gender shirt from 6105.10 to 6106.10 — garments which cannot be identified as men's or women's go to women's (ch. 61 note 9)", () => {
    const a = attrs({ text: "cotton knit shirt", mats: ["cotton"] });
    const e = xiGarmentGender.apply([cand("610510")], a);
    expect(e.redirected[0]!.to).toBe("610610");
    expect(e.applied[0]!.reason).toMatch(/cannot be identified/);
  });

  it("treats unisex as not identifiable — women's trousers 6204.62 (ch. 62 note 9, last paragraph)", () => {
    const a = attrs({ text: "unisex jeans", gender: "unisex", mats: ["cotton"] });
    expect(xiGarmentGender.apply([cand("620342")], a).redirected[0]!.to).toBe("620462");
  });

  it("moves a men's jacket from women's 6204.33 to men's 6203.33 — the garment is identified as men's (ch. 62 note 9)", () => {
    const a = attrs({ text: "men blazer", gender: "men", mats: ["synthetic"] });
    expect(xiGarmentGender.apply([cand("620433")], a).redirected[0]!.to).toBe("620333");
  });

  it("maps women's briefs to men's underpants group: 6108.22 → 6107.12 for boys (ch. 61 note 9)", () => {
    const a = attrs({ text: "boys briefs", gender: "boys", mats: ["synthetic"] });
    expect(xiGarmentGender.apply([cand("610822")], a).redirected[0]!.to).toBe("610712");
  });

  it("leaves dresses alone for a men's gender — no men's parallel exists", () => {
    expect(xiGarmentGender.apply([cand("620443")], attrs({ text: "dress", gender: "men" })).redirected).toEqual([]);
  });
});

describe("Ch. 61 note 8 / ch. 62 note 4: garments of coated or laminated fabrics", () => {
  it("moves a women's raincoat of polyurethane-coated woven polyester from 6202.40 to 6210.30 (fabric of 5903; ch. 62 note 4)", () => {
    const a = attrs({ text: "a women's raincoat made of polyurethane-coated polyester woven fabric", construction: "woven", gender: "women", mats: ["synthetic"] });
    const e = xiCoatedFabricGarments.apply([cand("620240")], a);
    expect(e.redirected[0]!.to).toBe("621030");
    expect(e.applied[0]!.reason).toMatch(/ch\. 62 note 4/);
  });

  it("moves men's trousers of PVC-coated fabric to 6210.40 and a knitted top of rubberized fabric to 6113 (ch. 61 note 8)", () => {
    const men = attrs({ text: "men's rain pants of pvc coated polyester", gender: "men", mats: ["synthetic"] });
    expect(xiCoatedFabricGarments.apply([cand("620343")], men).redirected[0]!.to).toBe("621040");
    const knit = attrs({ text: "women's rubberized knit jacket", construction: "knitted", gender: "women", mats: ["synthetic"] });
    expect(xiCoatedFabricGarments.apply([cand("610230")], knit).redirected[0]!.to).toBe("611300");
  });

  it("leaves babies' garments (6209 keeps priority, ch. 62 note 4) and garments that only say 'waterproof' alone", () => {
    const baby = attrs({ text: "baby rain suit of pu-coated polyester", age: "baby", mats: ["synthetic"] });
    expect(xiCoatedFabricGarments.apply([cand("620930")], baby).redirected).toEqual([]);
    const plain = attrs({ text: "women waterproof rain jacket hooded", gender: "women", mats: ["synthetic"] });
    expect(xiCoatedFabricGarments.apply([cand("620240")], plain).applied).toEqual([]);
  });
});

describe("Ch. 61 note 6(b) / ch. 62 note 5(b): babies' garments", () => {
  it("moves a baby's cotton T-shirt from 6109.10 to 6111.20 — articles classifiable in 6111 and elsewhere go to 6111 (ch. 61 note 6(b))", () => {
    const a = attrs({ text: "baby t-shirt", age: "baby", mats: ["cotton"] });
    const e = xiBabiesGarments.apply([cand("610910")], a);
    expect(e.redirected[0]!.to).toBe("611120");
    expect(e.applied[0]!.reason).toMatch(/note 6\(b\)/);
  });

  it("moves a woven baby romper of polyester to 6209.30 (ch. 62 note 5(b))", () => {
    const a = attrs({ text: "baby romper", gender: "babies", mats: ["synthetic"] });
    expect(xiBabiesGarments.apply([cand("621143")], a).redirected[0]!.to).toBe("620930");
  });
});

describe("Section XI note 14: textile garments in sets", () => {
  it("keeps garments of different headings in their own headings — Section XI note 14 (GRI 3(b) does not join them)", () => {
    const a = attrs({ text: "t-shirt and shorts set", isSet: true, mats: ["cotton"] });
    const cs = [cand("610910", 2), cand("610342", 1.5)];
    const e = gri3b.apply(cs, a);
    expect(e.adjusted).toEqual([]);
    expect(e.applied[0]!.id).toBe("XI-note-14");
  });
});

describe("Section XI rules together", () => {
  it("woven, unidentified gender, 65% polyester 35% cotton shirt from 6105.10 → 6206.40 (ch. 61 note 1, ch. 62 note 9, Section XI note 2)", () => {
    const a = attrs({ text: "button shirt", construction: "woven", mats: [["synthetic", 65], ["cotton", 35]] });
    const { candidates, applied } = applyRules([cand("610510", 1)], a);
    expect(candidates[0]!.hs6).toBe("620640");
    expect(applied.map((x) => x.id)).toEqual(expect.arrayContaining(["XI-61-62"]));
  });
});

describe("Section XI subheading note 2 in chapter 63", () => {
  it("moves polyester bed linen from 6302.31 (of cotton) to 6302.32 (of man-made fibres) (Section XI subheading note 2 (A))", () => {
    const e = xiFibreSubheading.apply([cand("630231")], attrs({ text: "duvet cover set", mats: ["synthetic"] }));
    expect(e.redirected[0]!.to).toBe("630232");
  });

  it("does not guess a fibre subheading for goods known only as 'fabric'", () => {
    expect(xiFibreSubheading.apply([cand("611030")], attrs({ text: "knit fabric cardigan", mats: ["textile"] })).redirected).toEqual([]);
    expect(subheadingForMaterial("6109", attrs({ text: "t-shirt", mats: ["textile"] }))).toBeUndefined();
  });

  it("keeps a code naming one of the fibres when shares are not stated (acetate and polyester dress stays 6204.43)", () => {
    const a = attrs({ text: "dress", materials: [
      { material: "artificial", term: "acetate", source: "material" },
      { material: "synthetic", term: "polyester", source: "material" },
    ] });
    expect(xiFibreSubheading.apply([cand("620443")], a).redirected).toEqual([]);
    expect(xiFibreSubheading.apply([cand("620442")], a).redirected[0]!.to).toBe("620444");
  });
});

describe("Section XI: garments whose fibre is not stated", () => {
  it("takes man-made fibres rather than the first line 'of wool' — a knitted cardigan of unstated fibre", () => {
    const a = attrs({ text: "women's knitted cardigan with buttons", construction: "knitted", gender: "women" });
    const e = xiFibreNotStated.apply([cand("611011")], a);
    expect(e.redirected).toEqual([expect.objectContaining({ from: "611011", to: "611030" })]);
    expect(e.applied[0]!.id).toBe("XI-fibre-not-stated");
  });

  it("takes man-made fibres rather than the residual 'of other textile materials' — woven men's trousers", () => {
    const a = attrs({ text: "men's woven trousers", construction: "woven", gender: "men" });
    expect(xiFibreNotStated.apply([cand("620349")], a).redirected[0]!.to).toBe("620343");
  });

  it("keeps a cotton line and leaves goods of a stated fibre or of a non-textile material alone", () => {
    expect(xiFibreNotStated.apply([cand("610910")], attrs({ text: "t-shirt" })).redirected).toEqual([]);
    expect(xiFibreNotStated.apply([cand("611011")], attrs({ text: "merino cardigan", mats: ["wool"] })).redirected).toEqual([]);
    expect(xiFibreNotStated.apply([cand("620220")], attrs({ text: "women's coat with leather", mats: ["leather"] })).redirected).toEqual([]);
  });
});

describe("Section XI subheading note 2 leaves subheadings named by kind", () => {
  it("keeps an electric blanket of polyester in 6301.10 — 'Blankets; electric' names no material, so no fibre subheading replaces it", () => {
    const a = attrs({ text: "electric blanket of polyester fleece with heating wires", mats: ["synthetic"] });
    expect(xiFibreSubheading.apply([cand("630110")], a).redirected).toEqual([]);
    expect(xiFibreSubheading.apply([cand("630130")], a).redirected[0]!.to).toBe("630140");
  });
});
