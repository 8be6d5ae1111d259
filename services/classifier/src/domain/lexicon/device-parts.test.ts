/**
 * Lexicon splits for parts and accessories named for a device or a vehicle, each named after the legal reason it
 * encodes.
 */
import { describe, expect, it } from "vitest";
import type { ExtractedAttributes } from "../types.js";
import { attrs, entryIn, resolvedCode } from "./lexicon.test-util.js";

const code = (part: string, term: string, a: ExtractedAttributes = attrs({ text: term })) => resolvedCode(entryIn(part, term), term, a);

describe("parts and accessories named for a device or a vehicle", () => {
  it("heading 8714: brake pads and clutch levers named for a motorcycle are of 8714.10, for a bicycle of 8714.94 / 8714.99, for a car of 8708", () => {
    expect(code("vehicles", "brake pads", attrs({ text: "motorcycle front brake pads sintered" }))).toBe("871410");
    expect(code("vehicles", "brake pads", attrs({ text: "mtb disc brake pads resin" }))).toBe("871494");
    expect(code("vehicles", "brake pads", attrs({ text: "front brake pads for toyota car" }))).toBe("870830");
    // A marketplace category naming both kinds ("Automobiles & Motorcycles") does not make a car part a motorcycle part.
    expect(code("vehicles", "brake pads", attrs({ text: "ceramic brake pads for honda civic ; automobiles & motorcycles auto replacement parts" }))).toBe("870830");
  });

  it("heading 7009.10: the glass of a vehicle's wing mirror is a rear-view mirror for vehicles", () => {
    expect(code("vehicles", "heated mirror glass", attrs({ text: "heated mirror glass left side for audi a4" }))).toBe("700910");
  });

  it("heading 8714.96: flat and platform pedals of bicycles are pedals of cycles", () => {
    expect(code("vehicles", "flat pedals", attrs({ text: "flat pedals mtb" }))).toBe("871496");
  });

  it("Section XVI note 1(m): side brushes of robot vacuum cleaners are brushes constituting parts of machines (9603.50)", () => {
    expect(code("machine-parts", "side brush")).toBe("960350");
  });

  it("ch. 84 note 5(C): a tablet keyboard case is a keyboard (8471.60); a mechanical keyboard's case stays a part (8473.30)", () => {
    expect(code("machine-parts", "keyboard case", attrs({ text: "bluetooth keyboard case for ipad air" }))).toBe("847160");
    expect(code("machine-parts", "keyboard case", attrs({ text: "aluminium keyboard case 65% gasket mount" }))).toBe("847330");
  });

  it("heading 3919: a hydrogel screen protector is self-adhesive plastic film (3919.90)", () => {
    expect(code("electronics", "hydrogel film")).toBe("391990");
  });

  it("heading 4202: a protective case cover for earbuds goes by its outer surface (silicone 4202.99, leather 4202.91)", () => {
    expect(code("electronics", "protective case cover", attrs({ text: "silicone protective case cover", material: "plastic" }))).toBe("420299");
    expect(code("electronics", "protective case cover", attrs({ text: "leather protective case cover", material: "leather" }))).toBe("420291");
  });

  it("heading 8714.9x: a kickstand or brake lever named for a pedal bicycle is a part of the cycles of 8712, not of motorcycles (8714.10)", () => {
    expect(code("vehicles", "kickstand", attrs({ text: "kickstand for mountain bike adjustable" }))).toBe("871499");
    expect(code("vehicles", "kickstand", attrs({ text: "kickstand for honda motorcycle" }))).toBe("871410");
  });

  it("heading 8807: a propeller guard of a drone is another part of an unmanned aircraft (8807.30), not a propeller (8807.10)", () => {
    expect(code("vehicles", "propeller guard", attrs({ text: "propeller guard for drone" }))).toBe("880730");
    expect(code("vehicles", "drone propellers", attrs({ text: "drone propellers" }))).toBe("880710");
  });

  it("Section XVI note 2(b): spray arms of dishwashers (8422.90) and hotends of 3D printers (8485.90) go with their machines", () => {
    expect(code("machine-parts", "spray arm")).toBe("842290");
    expect(code("machine-parts", "heated bed")).toBe("848590");
    expect(code("machine-parts", "dough hook")).toBe("850990");
  });

  it("heading 8507: a device's replacement battery is an accumulator (lithium-ion 8507.60 unless another chemistry is named)", () => {
    expect(code("electrical", "replacement battery", attrs({ text: "replacement battery for dyson v8" }))).toBe("850760");
    expect(code("electrical", "replacement battery", attrs({ text: "replacement battery nimh cordless phone" }))).toBe("850750");
  });
});
