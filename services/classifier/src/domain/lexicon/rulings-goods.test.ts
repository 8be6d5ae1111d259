/**
 * Goods as customs rulings describe them (machinery, fittings, plastics film and tube, alloys, garments by fibre):
 * the lexicon splits, the states and measures read from such texts, each test named after its legal reason.
 */
import { describe, expect, it } from "vitest";
import { extractAttributes } from "../extract/index.js";
import { contradiction, productStates, tariffStates } from "../gri/states.js";
import { clampForceOf, kvaOf, quantityConditions } from "../national/thresholds.js";
import { entryIn, resolvedCode } from "./lexicon.test-util.js";

/** The code a term of a lexicon part resolves to for goods described by `text` (attributes as extracted). */
const code = (part: string, term: string, text: string): string => resolvedCode(entryIn(part, term), term, extractAttributes({ productName: text }));

describe("ch. 84 and ch. 73 lexicon splits for ruling texts", () => {
  it("8452.21 takes automatic units only: a lockstitch machine said not to be automatic is 8452.29 (lockstitch is a stitch type)", () => {
    expect(code("machines-by-industry", "lockstitch sewing machine", "an industrial lockstitch sewing machine, not automatic, used in garment factories")).toBe("845229");
    expect(code("machines-by-industry", "lockstitch sewing machine", "a lockstitch sewing machine for garment factories")).toBe("845229");
    expect(code("machines-by-industry", "buttonhole machine", "an automatic buttonhole machine")).toBe("845221");
  });

  it("7307.93 / 7307.23: a butt-welding elbow is a butt welding fitting, not a threaded elbow of 7307.92 / 7307.22", () => {
    expect(code("metals", "pipe fitting", "a carbon steel butt-welding 90 degree elbow pipe fitting")).toBe("730793");
    expect(code("metals", "pipe fitting", "a stainless steel butt-welding elbow pipe fitting")).toBe("730723");
    expect(code("metals", "pipe fitting", "a threaded elbow pipe fitting of malleable steel")).not.toBe("730793");
    expect(code("metals", "pipe fitting", "a stainless steel threaded elbow pipe fitting")).toBe("730722");
  });

  it("3917.32 / 3917.33: tubing said to be without fittings is not tubing with fittings", () => {
    expect(code("articles-by-material", "tubing", "flexible clear tubing of polyvinyl chloride, without fittings, in coils")).not.toBe("391733");
    expect(code("articles-by-material", "tubing", "flexible tubing of polyvinyl chloride with fittings")).toBe("391733");
  });
});

describe("ch. 29 lexicon for ruling texts", () => {
  it("2905.12: propan-1-ol and propan-2-ol are acyclic alcohols, not propane of 2711", () => {
    expect(code("chemistry", "propan-1-ol", "n-propyl alcohol (propan-1-ol), 99% purity")).toBe("290512");
    expect(code("chemistry", "propan-2-ol", "propan-2-ol, technical grade")).toBe("290512");
    expect(code("chemistry", "n-butanol", "n-butanol (butan-1-ol)")).toBe("290513");
  });
});

describe("states read from ruling texts (GRI 6: a subheading whose terms contradict the goods does not describe them)", () => {
  it("3920: 'not reinforced, laminated, supported or similarly combined' denies every participle of the list", () => {
    const tariff = tariffStates("plates, sheets, film, foil and strip, non-cellular and not reinforced, laminated, supported or similarly combined with other materials");
    expect(tariff.get("~support")).toBe(false);
    expect(tariff.get("~combin")).toBe(false);
    expect(contradiction(productStates("bopp film ; not reinforced or combined with other materials"), tariff)).toBeUndefined();
    expect(contradiction(productStates("pvc film laminated with textile fabric"), tariff)).toBeDefined();
  });

  it("3917.32: 'not reinforced or otherwise combined with other materials' is not a tube combined with other materials", () => {
    const tariff = tariffStates("Other, not reinforced or otherwise combined with other materials, without fittings");
    expect(tariff.get("~combin")).toBe(false);
    expect(contradiction(productStates("tubing of pvc, not reinforced or combined with other materials"), tariff)).toBeUndefined();
  });
});

describe("materials and measures as rulings state them", () => {
  it("a share stated for a minor component only leaves the main material the rest (ch. 61 / 62 by predominant fibre; 7306.40 stainless, not nickel)", () => {
    expect(extractAttributes({ productName: "a women's top of cotton knit fabric containing 5% spandex" }).materials[0]).toEqual(expect.objectContaining({ material: "cotton", percent: 95 }));
    expect(extractAttributes({ productName: "welded tubing of type 304 stainless steel containing 8% nickel" }).materials[0]!.material).toBe("stainless_steel");
    // Shares that add up to the whole are read as stated.
    expect(extractAttributes({ productName: "a pullover of 60% cotton 40% polyester knit fabric" }).materials[0]).toEqual(expect.objectContaining({ material: "cotton", percent: 60 }));
  });

  it("a unit value stated in the text ('valued over $20', 'valued at $48 per dozen') is the goods' value for the national value lines", () => {
    expect(extractAttributes({ productName: "a handbag with an outer surface of leather, valued over $20" }).valueUsd).toBeGreaterThan(20);
    expect(extractAttributes({ productName: "a handbag of leather valued at $15 each" }).valueUsd).toBe(15);
    expect(extractAttributes({ productName: "men's shirts valued at $48 per dozen" }).valueUsd).toBe(4);
    expect(extractAttributes({ productName: "a leather handbag", price: 30, currency: "USD" }).valueUsd).toBe(30);
  });

  it("8504.31 power handling capacity in VA and kVA is one measure ('less than 40 VA' under 'not exceeding 1 kVA')", () => {
    expect(kvaOf("a toroidal transformer of 300 va")).toBeCloseTo(0.3);
    expect(kvaOf("a 50 kva transformer")).toBe(50);
    expect(quantityConditions("Having a power handling capacity less than 40 VA")).toContainEqual({ quantity: "kva", threshold: { max: 0.04, maxInclusive: false } });
  });

  it("8477.10 injection-molding machines split by clamp force in tons", () => {
    expect(clampForceOf("an injection molding machine with a clamping force of 150 tons")).toBe(150);
    expect(clampForceOf("plastic injection machine, 800 ton clamping force")).toBe(800);
    const q = quantityConditions("With a clamp force equal to or greater than 50 tons and less than 300 tons");
    expect(q).toContainEqual({ quantity: "force", threshold: { min: 50, minInclusive: true, max: 300, maxInclusive: false } });
  });
});
