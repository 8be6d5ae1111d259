import { beforeAll, describe, expect, inject, it } from "vitest";
import { testKnowledge } from "../test-knowledge.test-util.js";
import { ClassifierEngine } from "./engine.js";

/** Chemicals, textile fabrics and yarns described the way binding rulings describe them (our own descriptions). */

let engine: ClassifierEngine;
beforeAll(async () => {
  engine = new ClassifierEngine((await testKnowledge(inject("databaseUrl"))).knowledge);
}, 120_000);

const us = (productName: string) => engine.classify({ productName, destinationCountry: "US" });

describe("chemicals named by substance, grade and use", () => {
  it("heading 3004 covers drugs in measured doses or retail packings: paracetamol or ibuprofen of pharmacopoeia grade in bulk is the ch. 29 compound (2924.29, 2916.39); tablets stay 3004", () => {
    expect(us("Paracetamol BP grade, fine powder, packed in 25 kg fibre drums").hs6).toBe("292429");
    expect(us("Ibuprofen USP, bulk powder").hs6).toBe("291639");
    expect(us("Paracetamol 500 mg tablets, box of 20").hs6).toBe("300490");
  });
  it("mixtures of odoriferous substances for the food or drink industries are 3302.10, not the fruit they taste of (ch. 8); for soap or perfumery 3302.90", () => {
    expect(us("Raspberry flavour preparation, a mixture of odoriferous substances used in the manufacture of ice cream").hs6).toBe("330210");
    expect(us("Fragrance compound, a mixture of odoriferous substances used in the manufacture of soap").hs6).toBe("330290");
  });
  it("biodiesel (fatty acid methyl esters used as fuel) is 3826, not an ester of ch. 29 nor the vegetable oil it is made from", () => {
    expect(us("Biodiesel produced from rapeseed oil, consisting of fatty acid methyl esters").hs6).toBe("382600");
  });
  it("'not containing alcohol' says the goods contain none: a flavour free of alcohol is 3302.10.10, not a line for goods containing alcohol", () => {
    expect(us("Lemon flavor preparation, a mixture of odoriferous substances for soft drinks, not containing alcohol").nationalCode).toBe("3302101000");
  });
  it("trisodium citrate is the line's sodium citrate (2918.15.10)", () => {
    expect(us("Trisodium citrate anhydrous, food grade, in 25 kg bags").nationalCode).toBe("2918151000");
  });
});

describe("textile fabrics by fibre, construction and coating (Section XI, ch. 59 and 60)", () => {
  it("a woven polyester/cotton blend is spun from staple fibres: 5513 (≤ 170 g/m²), not filament fabric of 5407", () => {
    expect(us("Woven sheeting fabric of 50% polyester and 50% cotton, bleached, plain weave, 110 g/m²").hs6).toBe("551311");
  });
  it("woven fabric of viscose rayon staple fibres is 5516, not artificial filament fabric of 5408", () => {
    expect(us("Dyed woven fabric of 100% viscose rayon staple fibers, twill weave").hs6.slice(0, 4)).toBe("5516");
  });
  it("≥ 85% polyester staple fabric is 5512: dyed 5512.19, bleached 5512.11; woven glass fibre fabric is ch. 70 (7019), not ch. 52–55 (Section XI note 1)", () => {
    expect(us("Dyed woven fabric of 100% polyester staple fibers, twill weave").hs6).toBe("551219");
    expect(us("Bleached woven fabric of polyester staple fibres").hs6).toBe("551211");
    expect(us("Plain woven fabric of glass fibre yarns, 200 g/m2").hs6.slice(0, 4)).toBe("7019");
  });
  it("warp knit (tricot, raschel) fabric is 6005, by fibre and finish: polyester dyed 6005.37, nylon printed 6005.39", () => {
    expect(us("Dyed polyester tricot knit fabric, 150 cm wide").hs6).toBe("600537");
    expect(us("Tricot knit fabric of nylon, printed").hs6).toBe("600539");
  });
  it("ch. 59 note 2 / ch. 60 note 1(c): woven or knitted fabric coated or laminated with PVC or polyurethane is 5903.10 / 5903.20", () => {
    expect(us("Woven nylon fabric coated on one side with polyvinyl chloride, for awnings").hs6).toBe("590310");
    expect(us("Knit polyester fabric laminated with a polyurethane membrane, for rainwear").hs6).toBe("590320");
  });
  it("denim is a twill of yarns of different colours: ≥ 85% cotton over 200 g/m² is 5209.42", () => {
    expect(us("Indigo denim woven fabric, 100% cotton, weighing 370 g/m²").hs6).toBe("520942");
  });
  it("needleloom felt is 5602.10, not a nonwoven of 5603", () => {
    expect(us("Needle-punched felt of polypropylene fibers, 500 g/m², in rolls").hs6).toBe("560210");
  });
  it("tyre cord fabric of high tenacity nylon yarn is 5902.10, not woven filament fabric of 5407", () => {
    expect(us("Tire cord fabric of high tenacity nylon 66 yarn, rubber dipped").hs6).toBe("590210");
  });
  it("cotton yarn by single or folded construction and metric number: a single combed yarn of Nm 60 is 5205.24 (52–80 Nm), ring spun 5205.24.00.20", () => {
    const r = us("Single combed cotton yarn, 100% cotton, ring spun, Nm 60, on cones, not for retail sale");
    expect(r.hs6).toBe("520524");
    expect(r.nationalCode).toBe("5205240020");
  });
  it("the US cotton fabric lines go by average yarn number: a bleached sheeting of yarn number 55 is 'Of numbers 43 to 68' (5208.22.60)", () => {
    expect(us("Bleached woven cotton sheeting, 100% cotton, plain weave, 140 g/m², average yarn number 55").nationalCode?.slice(0, 8)).toBe("52082260");
  });
});

describe("national lines of base-metal articles and tools by measure and name", () => {
  it("copper wire over 6 mm: 8 mm wire rod is 'over 6 mm but not over 9.5 mm' in maximum cross-sectional dimension (7408.11.60)", () => {
    expect(us("Wire rod of refined copper, 8 mm in diameter, in coils").nationalCode).toBe("7408116000");
  });
  it("a tube's outside diameter decides the copper tube line: 28 mm tube is not 'of 6 mm or more but not exceeding 16 mm' (7411.10.10.90)", () => {
    expect(us("Seamless refined copper tubes, outside diameter 28 mm, in straight lengths").nationalCode).toBe("7411101090");
  });
  it("a chef's knife is a kitchen knife (8211.92.20 'Kitchen and butcher knives' with plastic handles)", () => {
    expect(us("Chef knife with fixed stainless steel blade and polypropylene handle").nationalCode).toBe("8211922000");
  });
});
