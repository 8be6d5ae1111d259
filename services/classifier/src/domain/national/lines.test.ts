/** Reading national line texts: quantity thresholds and the parts of a line (article, clauses, residual). */
import { describe, expect, it } from "vitest";
import type { ExtractedAttributes } from "../types.js";
import { isResidualLine, parseLine } from "./lines.js";
import { referencedCodes } from "./refs.js";
import { areaWeightThreshold, brixOf, fatPercentOf, kvaOf, quantityConditions, sectionHeightCm, soldLengthM, thicknessCm, valuePer, valueThreshold, waterAbsorptionOf, weightThreshold } from "./thresholds.js";

function attrs(over: Partial<ExtractedAttributes> = {}): ExtractedAttributes {
  return { cleanName: "", text: "", materials: [], processing: [], uses: [], isSet: false, isPart: false, ...over };
}

describe("value thresholds", () => {
  it("'Valued over $3 but not over $6.50/pair': over is exclusive, not over inclusive, per pair", () => {
    expect(valueThreshold("Valued over $3 but not over $6.50/pair")).toEqual({ min: 3, minInclusive: false, max: 6.5, maxInclusive: true, unit: "pair" });
  });

  it("'Valued $5 or more each': the operator may follow the amount", () => {
    expect(valueThreshold("Valued $5 or more each")).toEqual({ min: 5, minInclusive: true, unit: "each" });
  });

  it("'valued 15¢/kg or more but less than 20¢/kg': cents, per kg", () => {
    expect(valueThreshold("Other, valued 15¢/kg or more but less than 20¢/kg")).toEqual({ min: 0.15, minInclusive: true, max: 0.2, maxInclusive: false, unit: "kg" });
  });

  it("'Valued not over 33 cents per meter' is compared with the price per meter of goods sold by length", () => {
    const t = valueThreshold("Valued not over 33 cents per meter")!;
    expect(t).toEqual({ max: 0.33, maxInclusive: true, unit: "meter" });
    const chain = attrs({ cleanName: "10 feet figaro chain bulk", valueUsd: 9.75 });
    expect(soldLengthM(chain)).toBeCloseTo(3.048, 3);
    expect(valuePer(chain, t.unit)).toBeCloseTo(3.2, 1);
  });

  it("'per dozen' multiplies a unit price by 12; per kg divides by the weight", () => {
    expect(valuePer(attrs({ valueUsd: 2 }), "dozen")).toBe(24);
    expect(valuePer(attrs({ valueUsd: 2, weightKg: 0.5 }), "kg")).toBe(4);
    expect(valuePer(attrs({ valueUsd: 2 }), "kg")).toBeUndefined();
  });
});

describe("weight, power, capacity and size thresholds", () => {
  it("'Weighing 90 kg or more but less than 200 kg each'", () => {
    expect(weightThreshold("Weighing 90 kg or more but less than 200 kg each")).toEqual({ min: 90, minInclusive: true, max: 200, maxInclusive: false });
  });

  it("'weighing not more than 170 g/m²' is a weight per m², not a weight of the goods", () => {
    expect(weightThreshold("Weighing not more than 170 g/m²")).toBeUndefined();
    expect(areaWeightThreshold("Weighing not more than 170 g/m²")).toEqual({ max: 170, maxInclusive: true });
    expect(areaWeightThreshold("Combined with textile materials and weighing more than 1.492 kg/m2")).toEqual({ min: 1492, minInclusive: false });
  });

  it("power in W and kW, 'and over' after the figure", () => {
    const q = quantityConditions("With a power output exceeding 50 W but not exceeding 150 W");
    expect(q).toEqual([{ quantity: "power", threshold: { min: 50, minInclusive: false, max: 150, maxInclusive: true } }]);
    expect(quantityConditions("7.46 kW and over")).toEqual([{ quantity: "power", threshold: { min: 7460, minInclusive: true } }]);
  });

  it("Brix values of juices (heading 2009 subheadings) and the goods' stated Brix value", () => {
    expect(quantityConditions("Juice; apple, of a Brix value exceeding 20, unfermented")).toEqual([{ quantity: "brix", threshold: { min: 20, minInclusive: false } }]);
    expect(quantityConditions("Of a Brix value exceeding 20 but not exceeding 67")).toEqual([
      { quantity: "brix", threshold: { min: 20, minInclusive: false, max: 67, maxInclusive: true } },
    ]);
    expect(brixOf("apple juice, not concentrated, brix value 11, in cartons")).toBe(11);
    expect(brixOf("orange juice concentrate 65 degrees brix")).toBe(65);
    expect(brixOf("refractometer for brix")).toBeUndefined();
  });

  it("fat content of dairy produce (headings 0401, 0402) and the goods' stated fat content", () => {
    expect(quantityConditions("milk and cream, not concentrated, of a fat content, by weight, exceeding 1% but not exceeding 6%")).toEqual([
      { quantity: "fat", threshold: { min: 1, minInclusive: false, max: 6, maxInclusive: true } },
    ]);
    expect(quantityConditions("in powder, of a fat content not exceeding 1.5% (by weight)")).toEqual([{ quantity: "fat", threshold: { max: 1.5, maxInclusive: true } }]);
    expect(fatPercentOf("whole milk powder containing 26% fat, not sweetened")).toBe(26);
    expect(fatPercentOf("uht milk, fat content 3.5%, in cartons")).toBe(3.5);
    expect(fatPercentOf("low fat yoghurt")).toBeUndefined();
  });

  it("water absorption of ceramic tiles (6907.21 ≤ 0.5 %, 6907.22 over 0.5 % up to 10 %) and the goods' stated absorption, a strict bound just inside it", () => {
    expect(quantityConditions("Of a water absorption coefficient by weight exceeding 0.5 % but not exceeding 10 %")).toEqual([
      { quantity: "absorption", threshold: { min: 0.5, minInclusive: false, max: 10, maxInclusive: true } },
    ]);
    expect(waterAbsorptionOf("glazed porcelain floor tiles, water absorption below 0.5%")).toBeLessThan(0.5);
    expect(waterAbsorptionOf("wall tiles, water absorption 12 %")).toBe(12);
    expect(waterAbsorptionOf("glazed wall tiles")).toBeUndefined();
  });

  it("apparent power in kVA (generating sets 8502.1x, transformers 8504.2x/.3x) and the goods' stated kVA", () => {
    expect(quantityConditions("liquid dielectric, having a power handling capacity exceeding 650kVA but not exceeding 10,000kVA")).toEqual([
      { quantity: "kva", threshold: { min: 650, minInclusive: false, max: 10000, maxInclusive: true } },
    ]);
    expect(kvaOf("a liquid dielectric transformer of 1,000 kVA")).toBe(1000);
    expect(kvaOf("diesel generator 50kva")).toBe(50);
  });

  it("flat products: the trade writes the thickness first or alone (7208/7209/7219 split on it); a stated 'thick' wins", () => {
    expect(thicknessCm("cold rolled coil 0.8mm x 1250mm")).toBeCloseTo(0.08);
    expect(thicknessCm("galvanized iron sheet 0.5mm z120")).toBeCloseTo(0.05);
    expect(thicknessCm("plywood sheet 1220x2440x18mm")).toBeCloseTo(1.8);
    expect(thicknessCm("hot rolled plate 20mm thick 2000x6000")).toBeCloseTo(2);
    expect(thicknessCm("led panel 600x600mm")).toBeUndefined();
    expect(thicknessCm("steel strip 50mm wide")).toBeUndefined();
    expect(thicknessCm("steel bolt 10mm")).toBeUndefined();
  });

  it("steel sections: the height is the first figure of the size (7216 splits at 80 mm)", () => {
    expect(sectionHeightCm("mild steel angle 50x50x5")).toBeCloseTo(5);
    expect(sectionHeightCm("mild steel channel 100x50x5mm")).toBeCloseTo(10);
    expect(sectionHeightCm("photo frame 50x70")).toBeUndefined();
  });

  it("cylinder capacity with a thousands separator", () => {
    expect(quantityConditions("Of a cylinder capacity exceeding 250 cc but not exceeding 1,000 cc")).toEqual([
      { quantity: "cylinder", threshold: { min: 250, minInclusive: false, max: 1000, maxInclusive: true } },
    ]);
  });

  it("sizes name their dimension before or after the figure", () => {
    expect(quantityConditions("Not exceeding 5 cm in width")).toEqual([{ quantity: "width", threshold: { max: 5, maxInclusive: true } }]);
    expect(quantityConditions("Having shanks or threads with a diameter of less than 6 mm")).toEqual([{ quantity: "diameter", threshold: { max: 0.6, maxInclusive: false } }]);
  });
});

describe("parseLine", () => {
  it("'Other', 'Other, including parts' and 'For other persons' are residual; 'Other T-shirts' names T-shirts", () => {
    expect(isResidualLine("Other:")).toBe(true);
    expect(isResidualLine("Other, including parts")).toBe(true);
    expect(isResidualLine("For other persons")).toBe(true);
    const p = parseLine("Other T-shirts:");
    expect(p.residual).toBe(false);
    expect(p.articles.map((a) => a.head)).toEqual(["tshirt"]);
  });

  it("'Other parts', 'Other apparatus' and 'Of other materials' are residual in effect", () => {
    expect(parseLine("Other parts").residualLike).toBe(true);
    expect(parseLine("Other apparatus").residualLike).toBe(true);
    expect(parseLine("Of other materials").residualLike).toBe(true);
    expect(parseLine("Other household").residualLike).toBe(false);
  });

  it("'Tank tops and other singlets' lists two articles", () => {
    const p = parseLine("Tank tops and other singlets:");
    expect(p.kind).toBe("article");
    expect(p.articles.map((a) => a.head)).toEqual(["top", "singlet"]);
  });

  it("a line opening with 'Having …', 'Of …' or a participle only states conditions", () => {
    expect(parseLine("Having uppers of which over 90 percent of the external surface area is rubber or plastics").kind).toBe("condition");
    expect(parseLine("Of cotton").kind).toBe("condition");
    expect(parseLine("Modified for use as parts of microwave ovens").kind).toBe("condition");
  });

  it("each ';' segment keeps its own use clause ('Power supplies for … ; power supplies for monitors …')", () => {
    const p = parseLine("Power supplies for automatic data processing machines of heading 8471; power supplies for monitors of subheading 8528.42");
    expect(p.articles).toHaveLength(2);
    expect(p.articles[0]!.uses[0]!.map((w) => w.t)).toContain("automat");
    expect(p.articles[1]!.uses[0]!.map((w) => w.t)).toContain("monitor");
    expect(p.articles[1]!.uses[0]!.map((w) => w.t)).not.toContain("automat");
  });

  it("'T-shirts, all white, …': the article, then the feature it turns on", () => {
    const p = parseLine("T-shirts, all white, short hemmed sleeves, hemmed bottom, without pockets, trim or embroidery");
    expect(p.articles.map((a) => a.head)).toEqual(["tshirt"]);
    expect(p.articles[0]!.features[0]!.map((w) => w.t)).toEqual(["white"]);
    expect(p.negatives.flat().map((w) => w.t)).toEqual(expect.arrayContaining(["pocket", "embroideri"]));
  });

  it("'coated … with plastics' and 'combined with textile materials' say the goods contain the material", () => {
    expect(parseLine("Having an outer surface impregnated, coated, covered, or laminated with rubber or plastics material").materialMode).toBe("contains");
    expect(parseLine("Combined with textile materials and weighing not more than 1.492 kg/m2").materialMode).toBe("contains");
    expect(parseLine("Of cotton").materialMode).toBe("goods");
  });

  it("'such as wire, paper, textile materials' gives examples, not a material the goods must be of", () => {
    expect(parseLine("Assembled by binding with flexible materials such as wire, paper, textile materials, or foil, or by gluing").material).toBeUndefined();
  });

  it("'Other, including parts' covers parts only as the residual; '(including gloves, mittens and mitts)' names goods", () => {
    const p = parseLine("Articles of apparel and clothing accessories (including gloves, mittens and mitts)");
    expect(p.included.map((a) => a.head)).toEqual(["glove", "mitten", "mitt"]);
  });
});

describe("parseLine: figures and kinds", () => {
  it("'9.5 mm or more in length' is a quantity condition, not words naming the goods ('mm', 'length')", () => {
    const p = parseLine("Machine screws 9.5 mm or more in length and 3.2 mm or more in diameter (not including cap screws)");
    expect(p.articles.map((a) => a.head)).toEqual(["screw"]);
    expect(p.quantities.map((q) => q.quantity)).toEqual(["length", "diameter"]);
    expect(parseLine("Having shanks or threads with a diameter of less than 6 mm").conditionWords.map((w) => w.t)).not.toContain("mm");
  });

  it("a generic noun before a specific head names a kind of it: 'Machine screws' needs 'machine' as much as 'screws'", () => {
    const machine = parseLine("Machine screws").articles[0]!.words;
    expect(machine.every((w) => w.g === 1)).toBe(true);
    // Alone or as the head, the generic word stays weak ("Other machines").
    expect(parseLine("Dishwashing machines").articles[0]!.words.find((w) => w.t === "machin")!.g).toBeLessThan(1);
  });
});

describe("referencedCodes", () => {
  it("reads subheadings and headings named by number, lists and ranges (US and EU spellings)", () => {
    expect(referencedCodes("Of valves of subheading 8481.20:")).toEqual(["848120"]);
    expect(referencedCodes("To be installed in vehicles of subheading 8701.21, 8701.22 or 8701.29, or heading 8702, 8703 or 8704")).toEqual([
      "870121", "870122", "870129", "8702", "8703", "8704",
    ]);
    expect(referencedCodes("Parts and accessories of the motor vehicles of headings 8701 to 8705")).toEqual(["8701", "8702", "8703", "8704", "8705"]);
    expect(referencedCodes("For the industrial assembly of: Pedestrian-controlled tractors of subheading 8701 10")).toEqual(["870110"]);
    expect(referencedCodes("Parts of printer units of subheading 8443.32.10")).toEqual(["844332"]);
    expect(referencedCodes("Of cotton")).toEqual([]);
  });
});
