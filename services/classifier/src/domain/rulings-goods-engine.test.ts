import { beforeAll, describe, expect, inject, it } from "vitest";
import { testKnowledge } from "../test-knowledge.test-util.js";
import { ClassifierEngine } from "./engine.js";

/**
 * Goods as customs rulings describe them, through the whole engine down to the US statistical line: each test
 * names the legal or statistical reason of the line.
 */

let engine: ClassifierEngine;
beforeAll(async () => {
  engine = new ClassifierEngine((await testKnowledge(inject("databaseUrl"))).knowledge);
}, 120_000);

const us = (productName: string, description?: string) => engine.classify({ productName, description, destinationCountry: "US" });

describe("US statistical lines for goods described as in rulings", () => {
  it("3920.20: BOPP film 'not reinforced or combined with other materials' is film of 3920 (not a subheading contradicting it)", () => {
    const r = us("BOPP film", "biaxially oriented polypropylene (BOPP) film, not reinforced or combined with other materials, in rolls");
    expect(r.hs6).toBe("392020");
  });

  it("3917.32: flexible PVC tubing, not reinforced or combined with other materials, without fittings", () => {
    const r = us("flexible clear tubing of polyvinyl chloride, not reinforced or combined with other materials, without fittings, in coils");
    expect(r.nationalCode.replace(/\D/g, "")).toBe("3917320010");
  });

  it("7306.40: welded tube of stainless steel 'containing 8% nickel' is of stainless steel, not a nickel article of ch. 75", () => {
    const r = us("welded tubing of type 304 stainless steel containing 8% nickel, of circular cross section, with a wall thickness of 1.2 mm");
    expect(r.hs6).toBe("730640");
  });

  it("8481.80.30: a hand-operated ball valve of forged steel goes under 'Of steel', one of cast iron under 'Of iron'", () => {
    expect(us("a hand-operated ball valve of forged steel with a pressure rating of 1,000 psi, used in industrial piping systems").nationalCode.replace(/\D/g, "")).toBe("8481803070");
    expect(us("a swing check valve of cast iron, used to prevent backflow in water lines").nationalCode.replace(/\D/g, "")).toBe("8481302010");
  });

  it("8482.10.50: single row radial ball bearings split by the outside diameter the group line names ('having an outside diameter of: Over 30 mm but not over 52 mm')", () => {
    expect(us("a single row deep groove radial ball bearing with an outside diameter of 47 mm").nationalCode.replace(/\D/g, "")).toBe("8482105048");
  });

  it("8504.31.40: a transformer of 300 VA is of 40 VA or greater, below 1 kVA", () => {
    expect(us("a dry-type toroidal transformer with a power handling capacity of 300 VA").nationalCode.replace(/\D/g, "")).toBe("8504314065");
  });

  it("8544.42.90.10: an extension cord is the line 'Extension cords as defined in statistical note 7' (the reference words name nothing)", () => {
    expect(us("an extension cord of insulated copper wire fitted with connectors, rated at 125 volts").nationalCode.replace(/\D/g, "")).toBe("8544429010");
  });

  it("6111.20.50: babies' trousers entered on their own are 'Trousers … except those imported as parts of sets', not 'Other'", () => {
    expect(us("babies' pants of 100% cotton knit fabric with an elastic waistband, imported separately").nationalCode.replace(/\D/g, "")).toBe("6111205000");
  });

  it("8211.92.20: a kitchen knife with a plastic handle goes under 'With rubber or plastic handles' whatever its blade is of", () => {
    expect(us("a kitchen chef's knife with a fixed stainless steel blade and a plastic handle").nationalCode.replace(/\D/g, "")).toBe("8211922000");
  });

  it("4202.12.21.20: a hard-shell suitcase is 'Structured, rigid on all sides'; a soft-sided one is not", () => {
    expect(us("a hard-shell suitcase with an outer surface of polycarbonate plastic, with wheels and a telescoping handle").nationalCode.replace(/\D/g, "")).toBe("4202122120");
    expect(us("a soft-sided suitcase with an outer surface of polyvinyl chloride plastic sheeting, with wheels").nationalCode.replace(/\D/g, "")).not.toBe("4202122120");
  });

  it("8421.39.01.15: a dust collector is 'Dust collection and air purification equipment'", () => {
    expect(us("a dust collector used to remove airborne dust from the exhaust air of a cement plant").nationalCode.replace(/\D/g, "")).toBe("8421390115");
  });

  it("2905.12.00.50: propan-2-ol (isopropyl alcohol) is not the propan-1-ol line: the locant tells the two apart", () => {
    expect(us("isopropyl alcohol (propan-2-ol), 99% purity").nationalCode.replace(/\D/g, "")).toBe("2905120050");
    expect(us("n-propyl alcohol (propan-1-ol), 99% purity").nationalCode.replace(/\D/g, "")).toBe("2905120010");
  });

  it("8517.62.00.20: a router is 'Switching and routing apparatus'", () => {
    expect(us("a wireless router for home networks").nationalCode.replace(/\D/g, "")).toBe("8517620020");
  });

  it("8483.10.10: a crankshaft for a gasoline engine is for a spark-ignition internal combustion piston engine; one for a diesel engine is not", () => {
    expect(us("a crankshaft for a gasoline engine of a passenger car").nationalCode.replace(/\D/g, "")).toBe("8483101030");
    expect(us("a crankshaft for a diesel engine of a truck").nationalCode.replace(/\D/g, "")).not.toMatch(/^84831010/);
  });

  it("4202.21.90: a leather handbag 'valued over $20' is the line for handbags valued over $20", () => {
    expect(us("a handbag with an outer surface of leather, valued over $20").nationalCode.replace(/\D/g, "")).toBe("4202219000");
  });
});
