/**
 * Splits of hardware, plumbing, garden and pest-control terms (Sections VII, XV, XVI), each named after the legal
 * reason it encodes.
 */
import { describe, expect, it } from "vitest";
import { parseDimensions } from "../extract/measures.js";
import type { ExtractedAttributes } from "../types.js";
import { attrs, entryIn, resolvedCode } from "./lexicon.test-util.js";

const code = (part: string, term: string, a: ExtractedAttributes = attrs({ text: term })) => resolvedCode(entryIn(part, term), term, a);

describe("hardware and garden lexicon", () => {
  it("7318.13: a hook with a threaded shank (cup hook, screw-in hook) is a screw hook of iron or steel, not a wall fixture of 8302.50", () => {
    expect(code("metals", "cup hooks", attrs({ text: "cup hooks screw in ceiling hooks", material: "iron_steel" }))).toBe("731813");
    expect(code("metals", "screw hooks", attrs({ text: "screw hooks for hanging plants" }))).toBe("731813");
    expect(code("metals", "coat hooks", attrs({ text: "coat hooks wall mounted double robe hook", material: "zinc" }))).toBe("830250");
    expect(code("metals", "adhesive hooks", attrs({ text: "adhesive hooks stainless steel towel hooks", material: "stainless_steel" }))).toBe("830250");
  });

  it("8302.50: a wall-mounted or floating shelf bracket is one of the 'brackets and similar fixtures', a furniture mounting (8302.42) otherwise", () => {
    expect(code("base-metal-articles", "shelf bracket heavy duty", attrs({ text: "floating shelf bracket heavy duty hidden wall mount", material: "iron_steel" }))).toBe("830250");
    expect(code("base-metal-articles", "shelf pins", attrs({ text: "shelf pins nickel plated 5mm cabinet", material: "iron_steel" }))).toBe("830242");
  });

  it("8302.42: gas springs holding up a cabinet door or a bed base are furniture mountings of base metal (pneumatic cylinders for counterbalancing are named there), for a car's tailgate 8302.30", () => {
    expect(code("base-metal-articles", "cabinet door stay", attrs({ text: "gas strut lift support cabinet door stay 100n" }))).toBe("830242");
    expect(code("base-metal-articles", "gas lift support", attrs({ text: "gas lift support for car tailgate" }))).toBe("830230");
  });

  it("ch. 73 note/EN 73.24: sink strainers, drain stoppers and floor drains are sanitary ware (7324.90), not kitchenware of 7323", () => {
    expect(code("metals", "sink strainer", attrs({ text: "kitchen sink strainer basket drain stopper", material: "stainless_steel" }))).toBe("732490");
    expect(code("metals", "floor drain", attrs({ text: "shower floor drain square anti odor", material: "stainless_steel" }))).toBe("732490");
    expect(code("metals", "floor drain", attrs({ text: "floor drain brass", material: "copper" }))).toBe("741820");
  });

  it("EN 73.24 / 7615.20: a shower corner shelf or caddy of aluminium is sanitary ware, not aluminium household ware of 7615.10", () => {
    expect(code("metals", "corner shelf", attrs({ text: "shower caddy corner shelf bathroom organizer", material: "aluminium" }))).toBe("761520");
    expect(code("metals", "corner shelf", attrs({ text: "kitchen corner shelf spice", material: "aluminium" }))).toBe("761510");
  });

  it("7326.90: 'worm gear' in a hose clamp's name is its tightening screw; the clamp is an article of base metal, not transmission gearing (8483.40)", () => {
    expect(code("machinery", "worm gear", attrs({ text: "hose clamps worm gear adjustable stainless steel", material: "stainless_steel" }))).toBe("732690");
    expect(code("machinery", "worm gear", attrs({ text: "worm gear reducer nmrv040 ratio 30" }))).toBe("848340");
  });

  it("8543.70: an insect-killing 'lamp' or a plug-in pest repeller is an electrical apparatus with an individual function, not a luminaire (9405) or a socket (8536)", () => {
    expect(code("home-leisure", "bug zapper lamp")).toBe("854370");
    expect(code("home-leisure", "pest repeller plug in")).toBe("854370");
  });

  it("3924.90: a hand fly swatter of plastics is a household article; the electric swatter racket is 8543.70", () => {
    expect(code("plastics-articles", "fly swatter", attrs({ text: "fly swatter plastic long handle manual", material: "plastic" }))).toBe("392490");
    expect(code("plastics-articles", "fly swatter", attrs({ text: "electric fly swatter racket rechargeable usb" }))).toBe("854370");
  });

  it("3926.30: child-safety cabinet and drawer latches of plastics are fittings for furniture (adhesive pads do not make them an adhesive of 3506)", () => {
    expect(code("plastics-articles", "child safety cabinet locks", attrs({ text: "child safety cabinet locks adhesive baby proof drawer latch", material: "plastic" }))).toBe("392630");
  });

  it("3919.10 'in rolls of a width not exceeding 20 cm': a tape written '18mm x 10m' is 1.8 cm wide and 10 m long (width × length of a roll)", () => {
    expect(parseDimensions("pvc electrical insulating tape 18mm x 10m")).toMatchObject({ widthCm: 1.8, lengthCm: 1000 });
    expect(parseDimensions("rug 60 x 120cm")).toMatchObject({ lengthCm: 60, widthCm: 120 });
  });
});
