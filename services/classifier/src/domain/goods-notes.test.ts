/**
 * Engine-level checks of note rules and splits for goods described as customs rulings describe them, each named after
 * the legal reason it encodes.
 */
import { beforeAll, describe, expect, inject, it } from "vitest";
import { testKnowledge } from "../test-knowledge.test-util.js";
import { ClassifierEngine } from "./engine.js";

let engine: ClassifierEngine;
beforeAll(async () => {
  engine = new ClassifierEngine((await testKnowledge(inject("databaseUrl"))).knowledge);
}, 120_000);

const hs6 = (productName: string) => engine.classify({ productName, destinationCountry: "US" }).hs6;

describe("goods as rulings describe them", () => {
  it("Section XVII note 2(a): a radiator hose of vulcanised rubber is a rubber hose of 4009, not a part of a motor vehicle (8708.91)", () => {
    expect(hs6("a radiator hose of vulcanized rubber reinforced with textile, without fittings, for automotive cooling systems")).toBe("400931");
  });

  it("subheadings 6402.91/6403.91: footwear whose description says the upper covers the ankle; 'does not cover the ankle' does not", () => {
    expect(hs6("women's slip-on shoes with outer soles and uppers of rubber and plastics, the upper covers the ankle")).toBe("640291");
    expect(hs6("women's slip-on shoes with outer soles and uppers of rubber and plastics, the upper does not cover the ankle")).toBe("640299");
  });

  it("subheading 7013.22: stemware of lead crystal, even when the text also calls it drinking glasses", () => {
    expect(hs6("drinking glasses of lead crystal, hand blown, stemware")).toBe("701322");
  });

  it("heading 8714: a wheel rim for a bicycle is a part of a cycle (8714.92), not of a motor vehicle (8708.70)", () => {
    expect(hs6("a steel wheel rim for a bicycle")).toBe("871492");
    expect(hs6("alloy wheel rim for a passenger car 17 inch")).toBe("870870");
  });

  it("heading 3208: a coating of a synthetic polymer (epoxy) dispersed in an organic solvent is a paint of 3208.90, not the epoxide resin of 3907", () => {
    expect(hs6("an anti-corrosion coating consisting of an epoxy resin dispersed in an organic solvent")).toBe("320890");
  });

  it("subheading 8202.40 names chain saw blades: a saw chain for a chainsaw goes there, not to parts of the saw (8467.99) nor to chain of 7315", () => {
    expect(hs6("Saw Chain 16 Inch 3/8 LP .050 Gauge 56 Drive Links for Chainsaw Replacement")).toBe("820240");
  });

  it("heading 8418: an ice making machine is refrigerating equipment (8418.69), not a machine of 8479 for making goods", () => {
    expect(hs6("a commercial ice making machine producing ice cubes")).toBe("841869");
  });

  it("subheading 8467.11: a pneumatic (air-powered) rotary tool for working in the hand, such as an impact wrench; an air nailer is not rotary (8467.19)", () => {
    expect(hs6("a pneumatic impact wrench, hand-held, for removing lug nuts")).toBe("846711");
    expect(hs6("a pneumatic nailer for framing")).toBe("846719");
  });

  it("subheading 8428.33: a continuous-action conveyor of the belt type; other conveyors 8428.39", () => {
    expect(hs6("a conveyor belt system for moving packages in a warehouse, belt type, continuous action")).toBe("842833");
    expect(hs6("a chain conveyor for moving pallets")).toBe("842839");
  });

  it("heading 3924: a plastic container for storing food is kitchenware (3924.10); other household storage stays 3924.90", () => {
    expect(hs6("a plastic storage container with a snap-on lid, of polypropylene, for household food storage")).toBe("392410");
    expect(hs6("a plastic storage box with a lid for toys, of polypropylene")).toBe("392490");
  });

  it("heading 3918: floor coverings of plastics in rolls, of polymers of vinyl chloride 3918.10", () => {
    expect(hs6("a polyvinyl chloride floor covering in rolls, with a textile backing")).toBe("391810");
  });

  it("heading 3919: a self-adhesive plastic tape in rolls is tape of 3919, not the adhesive it is coated with (3506)", () => {
    expect(hs6("a self-adhesive plastic tape of polypropylene film coated with an acrylic adhesive, in rolls of 48 mm width")).toBe("391910");
  });

  it("subheadings 9405.21/9405.29: a lamp for incandescent or halogen bulbs is not designed solely for LED light sources; HS 2022's 'for other than use solely with LED' residual takes it, not the parts of 9405.9x", () => {
    expect(hs6("a table lamp of ceramic with a textile shade, electric, for use with an incandescent bulb")).toBe("940529");
    expect(hs6("floor lamp with halogen bulb")).toBe("940529");
  });

  it("subheading 9404.10: a box spring is a mattress support, complete goods; Section XV note 2 takes no spring out of it (7320)", () => {
    expect(hs6("a mattress support (box spring) consisting of a wooden frame with steel springs covered with textile")).toBe("940410");
  });

  it("heading 7019: glass wool insulation is an article of glass fibres (7019.80), not a 'similar mineral wool' of 6806.10", () => {
    expect(hs6("glass fibre insulation batts (glass wool) for building insulation")).toBe("701980");
    expect(hs6("rock wool insulation batts for walls")).toBe("680610");
  });

  it("subheadings 3901.10/3901.20 split polyethylene at a specific gravity of 0.94 (GRI 6): the stated gravity or density decides", () => {
    expect(hs6("polyethylene in primary form, pellets, having a specific gravity of 0.95 or more")).toBe("390120");
    expect(hs6("polyethylene pellets having a specific gravity of 0.92")).toBe("390110");
    expect(hs6("polyethylene resin with a density of 0.945 g/cm3")).toBe("390120");
  });

  it("a metal in one of its trade forms (sheet, coils, strip) is the metal in that form (ch. 72–76), never explained by another sense of the word (a bed sheet, a transformer's coils)", () => {
    const sheet = engine.classify({ productName: "aluminum alloy sheet, rectangular, 2 mm thick, alloy 5052", destinationCountry: "US" });
    expect(sheet.hs6).toBe("760612");
    expect(sheet.rulesApplied.some((r) => r.id === "LEX-HYPERNYM")).toBe(false);
    const coils = engine.classify({ productName: "cold-rolled flat-rolled nonalloy steel in coils, width 1250 mm, thickness 0.8 mm, not clad plated or coated", destinationCountry: "US" });
    expect(coils.rulesApplied.some((r) => r.id === "LEX-HYPERNYM")).toBe(false);
    expect(coils.hs6.slice(0, 2)).toBe("72");
    // a cotton flat sheet is still bed linen
    expect(hs6("flat sheet queen size cotton").slice(0, 4)).toBe("6302");
  });
});
