/**
 * Chemicals, textile fabrics and yarns: lexicon splits and the GRI 6 measure and state readers they rely on, each
 * named after the legal or trade reason it encodes.
 */
import { describe, expect, it } from "vitest";
import type { ExtractedAttributes } from "../types.js";
import { contradiction, productStates, tariffStates } from "../gri/states.js";
import { outsideDiameterCm, quantityConditions, within, yarnNumberOf, yarnNumberThreshold } from "../national/thresholds.js";
import { attrs, entryIn, resolvedCode } from "./lexicon.test-util.js";

const code = (part: string, term: string, a: ExtractedAttributes) => resolvedCode(entryIn(part, term), term, a);

describe("textile fabric splits (Section XI, ch. 59 and 60)", () => {
  it("a woven polyester/cotton blend is of staple fibres (5513), viscose staple fabric 5516, not filament fabric of ch. 54", () => {
    const t = "woven fabric of 65% polyester and 35% cotton";
    expect(code("textiles", "fabric", attrs({ text: t, cleanName: t, material: "synthetic" }))).toBe("5513");
    const v = "woven fabric of viscose staple fibers";
    expect(code("textiles", "fabric", attrs({ text: v, cleanName: v, material: "artificial" }))).toBe("5516");
    const f = "woven fabric of polyester filament yarn";
    expect(code("textiles", "fabric", attrs({ text: f, cleanName: f, material: "synthetic" }))).toBe("5407");
  });
  it("warp knit fabric (tricot, raschel) is 6005 by fibre and finish; other knitted fabric stays 6006", () => {
    const t = "tricot knit fabric dyed";
    expect(code("textiles", "knit fabric", attrs({ text: t, cleanName: t, material: "synthetic", construction: "knitted" }))).toBe("600537");
    const j = "jersey knit fabric dyed";
    expect(code("textiles", "knit fabric", attrs({ text: j, cleanName: j, material: "synthetic", construction: "knitted" }))).toBe("600632");
  });
  it("ch. 59 note 2: fabric coated or laminated with PVC is 5903.10, with polyurethane 5903.20, woven or knitted", () => {
    const p = "polyester fabric coated with polyvinyl chloride";
    expect(code("textiles", "polyester fabric", attrs({ text: p, cleanName: p, material: "synthetic" }))).toBe("590310");
    const k = "knit fabric laminated with polyurethane film";
    expect(code("textiles", "knit fabric", attrs({ text: k, cleanName: k, material: "synthetic", construction: "knitted" }))).toBe("590320");
  });
  it("denim of cotton is 5209.42; tyre cord fabric of nylon 5902.10; needle-punched felt 5602.10", () => {
    const d = "denim woven fabric cotton";
    expect(code("textiles", "fabric", attrs({ text: d, cleanName: d, material: "cotton" }))).toBe("520942");
    const c = "tire cord fabric of nylon";
    expect(code("textiles", "tire cord fabric", attrs({ text: c, cleanName: c, material: "synthetic" }))).toBe("590210");
    const n = "needle punched felt of polyester";
    expect(code("textiles", "needle punched felt", attrs({ text: n, cleanName: n, material: "synthetic" }))).toBe("560210");
  });
});

describe("chemical splits (ch. 29, 30, 33, 38)", () => {
  it("a drug named with a pharmacopoeia grade or in bulk is the ch. 29 compound; in a dosage form the medicament of 3004", () => {
    const b = "acetaminophen usp powder in bulk";
    expect(code("chemicals-plastics-rubber", "acetaminophen", attrs({ text: b, cleanName: b }))).toBe("292429");
    const t = "acetaminophen 500 mg tablets";
    expect(code("chemicals-plastics-rubber", "acetaminophen", attrs({ text: t, cleanName: t }))).toBe("300490");
  });
  it("a mixture of odoriferous substances used in foods is 3302.10, otherwise 3302.90", () => {
    const f = "mixture of odoriferous substances for yogurt";
    expect(code("chemicals-plastics-rubber", "mixture of odoriferous substances", attrs({ text: f, cleanName: f }))).toBe("330210");
    const s = "mixture of odoriferous substances for soap making";
    expect(code("chemicals-plastics-rubber", "mixture of odoriferous substances", attrs({ text: s, cleanName: s }))).toBe("330290");
  });
});

describe("yarn count, outside diameter and single/folded yarn (GRI 6 readers)", () => {
  it("reads the HS and US yarn count ranges in metric number", () => {
    expect(yarnNumberThreshold("less than 192.31 but not less than 125 decitex (exceeding 52 but not exceeding 80 metric number)")).toEqual({ min: 52, minInclusive: false, max: 80, maxInclusive: true });
    expect(yarnNumberThreshold("192.30 to 125 decitex (53 to 80 metric number) per single yarn")).toEqual({ min: 52, minInclusive: false, max: 80, maxInclusive: true });
    expect(yarnNumberThreshold("Of numbers 43 to 68")).toEqual({ min: 42, minInclusive: false, max: 68, maxInclusive: true });
    expect(yarnNumberThreshold("Of number 42 or lower number")).toEqual({ max: 42, maxInclusive: true });
    expect(yarnNumberThreshold("Of number 69 or higher number")).toEqual({ min: 69, minInclusive: true });
    expect(quantityConditions("Exceeding 52 nm but not exceeding 80 nm")).toEqual([{ quantity: "yarnNumber", threshold: { min: 52, minInclusive: false, max: 80, maxInclusive: true } }]);
  });
  it("reads the goods' yarn count: Nm, metric number, Ne (× 1.6934), decitex and denier — only about yarn or fabric", () => {
    expect(yarnNumberOf("combed cotton yarn nm 2/60")).toBe(60);
    expect(yarnNumberOf("single cotton yarn, 60 metric number")).toBe(60);
    expect(yarnNumberOf("cotton yarn ne 30/1")).toBeCloseTo(50.8, 1);
    expect(yarnNumberOf("polyester filament yarn 167 dtex")).toBeCloseTo(59.88, 1);
    expect(yarnNumberOf("laser pointer 532 nm")).toBeUndefined();
    const t = yarnNumberThreshold("Of numbers 43 to 68")!;
    expect(within(t, 50)).toBe(true);
    expect(within(t, 42)).toBe(false);
  });
  it("reads a tube's outside diameter (7411.10.10 'outside diameter of 6 mm or more but not exceeding 16 mm')", () => {
    expect(outsideDiameterCm("copper tube, 22 mm outside diameter")).toBe(2.2);
    expect(outsideDiameterCm("copper pipe od 15 mm")).toBe(1.5);
    expect(outsideDiameterCm("copper pipe, outside diameter of 12.7 mm")).toBe(1.27);
  });
  it("a single yarn is not 'multiple or cabled' and a 2-ply yarn not 'single'; 'per single yarn' is no single yarn", () => {
    expect(contradiction(productStates("single cotton yarn of combed fibres"), tariffStates("Cotton yarn; multiple or cabled, of combed fibres, per single yarn"))).toBeDefined();
    expect(contradiction(productStates("2-ply cotton yarn, combed"), tariffStates("Cotton yarn; (not sewing thread), single, of combed fibres"))).toBeDefined();
    expect(contradiction(productStates("single cotton yarn of combed fibres"), tariffStates("Cotton yarn; (not sewing thread), single, of combed fibres"))).toBeUndefined();
  });
});
