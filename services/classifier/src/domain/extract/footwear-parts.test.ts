import { describe, expect, it } from "vitest";
import { footwearMaterials } from "../gri/goods-rules.js";
import { extractAttributes } from "./attributes.js";
import { extractMaterials, footwearPartOfKey } from "./materials.js";

const shoe = (attributes: Record<string, string>, productName = "Women casual shoes") => extractAttributes({ productName, attributes });

describe("part-specific material keys (ch. 64 notes 3-4: upper and outer sole classify footwear)", () => {
  it("puts the upper first and the outer sole second even when lining and sole keys are listed before the upper", () => {
    const a = shoe({ "Lining Material": "Genuine Leather", "Outsole Material": "Rubber", "Upper Material": "Air Mesh", "Insole Material": "PU" });
    expect(a.materials.map((m) => m.term)).toEqual(["air mesh", "rubber"]);
    expect(footwearMaterials(a)).toMatchObject({ upper: "textile", sole: "rubber_plastics", soleFrom: "text" });
  });

  it("drops lining and insole materials so a leather lining never makes a mesh shoe 6403", () => {
    const a = shoe({ "Upper Material": "Mesh", "Lining Material": "Genuine Leather", "Insole Material": "Pig Split" });
    expect(a.materials.some((m) => m.material === "leather")).toBe(false);
  });

  it("lets the upper key outrank a generic Material attribute that names the sole", () => {
    const a = shoe({ Material: "Rubber", "Upper Material": "Canvas" });
    expect(a.materials[0]).toMatchObject({ term: "canvas", source: "attribute" });
    expect(footwearMaterials(a).upper).toBe("textile");
  });

  it("never takes a sole-only material as the upper (sole ranks after text words)", () => {
    const a = extractAttributes({ productName: "Canvas sneakers", attributes: { "Outsole Material": "Rubber" } });
    expect(a.materials[0]!.material).not.toBe("rubber");
  });

  it("reads PU / synthetic / microfiber leather uppers as plastics (coated material counts as plastics, note 4)", () => {
    for (const v of ["PU", "PU Leather", "synthetic leather", "microfiber leather"]) {
      expect(footwearMaterials(shoe({ "Upper Material": v, "Outsole Material": "TPR" }))).toMatchObject({ upper: "rubber_plastics", sole: "rubber_plastics" });
    }
  });

  it("reads genuine / cow / split leather uppers and shaft as leather (6403)", () => {
    for (const k of ["Upper Material", "Shaft Material"]) {
      for (const v of ["Genuine Leather", "Cow Leather", "Split Leather"]) expect(footwearMaterials(shoe({ [k]: v, "Outsole Material": "Rubber" })).upper).toBe("leather");
    }
  });

  it("reads mesh / canvas / knitted / flyknit uppers as textile (6404)", () => {
    for (const v of ["Mesh", "Canvas", "Knitted", "Flyknit"]) expect(footwearMaterials(shoe({ "Shoe upper material": v, "Outsole Material": "EVA" })).upper).toBe("textile");
  });

  it("reads rubber / TPR / EVA / PVC / MD outer soles as rubber or plastics from the labeled text", () => {
    for (const v of ["Rubber", "TPR", "EVA", "PVC", "MD"]) {
      const fm = footwearMaterials(shoe({ "Upper Material": "Cow Leather", "Outsole Material": v }));
      expect(fm).toMatchObject({ sole: "rubber_plastics", soleFrom: "text" });
    }
  });

  it("maps attribute keys to footwear parts", () => {
    expect(footwearPartOfKey("Upper Material")).toBe("upper");
    expect(footwearPartOfKey("Shaft Material")).toBe("upper");
    expect(footwearPartOfKey("Outsole Material")).toBe("sole");
    expect(footwearPartOfKey("Sole material")).toBe("sole");
    expect(footwearPartOfKey("Insole Material")).toBe("insole");
    expect(footwearPartOfKey("Lining Material")).toBe("lining");
    expect(footwearPartOfKey("Material")).toBeUndefined();
  });
});

describe("bags and garments: shell / outer / main material before the generic one, lining left out", () => {
  it("puts the main material of a bag first and drops the lining", () => {
    const m = extractMaterials({ productName: "Handbag", attributes: { "Lining Material": "Polyester", Material: "Polyester", "Main Material": "Genuine Leather" } });
    expect(m[0]).toMatchObject({ material: "leather", source: "attribute" });
  });

  it("puts the shell material of a jacket before the lining and a generic material", () => {
    const m = extractMaterials({ productName: "Jacket", attributes: { "Lining Material": "Cotton", "Shell Material": "Nylon", Material: "Polyester" } });
    expect(m[0]!.term).toBe("nylon");
    expect(m.some((x) => x.material === "cotton")).toBe(false);
  });
});
