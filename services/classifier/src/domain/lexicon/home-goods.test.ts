/**
 * Household goods, kitchen tools and party articles as marketplaces name them: each split is named after the legal or
 * trade reason it encodes.
 */
import { describe, expect, it } from "vitest";
import type { ExtractedAttributes } from "../types.js";
import { attrs, entriesFor, resolvedCode } from "./lexicon.test-util.js";

/** The codes every entry of a term resolves to for the goods. */
const codesFor = (term: string, a: ExtractedAttributes = attrs({ text: term })) => entriesFor(term).map((e) => resolvedCode(e, term, a));

describe("household, kitchen and party goods", () => {
  it("an electric kettle called a 'water heater' in its title is still a kettle: other electro-thermic appliances 8516.79, not a storage or instantaneous water heater (8516.10)", () => {
    const text = "electric kettle 1.8l stainless steel fast boiling auto shut off water heater kettle 1500w";
    expect(codesFor("electric kettle", attrs({ text, material: "stainless_steel", powerSource: "electric" }))).toContain("851679");
    expect(codesFor("electric kettle", attrs({ text, material: "stainless_steel", powerSource: "electric" }))).not.toContain("851610");
    // A water heater with a tank stays 8516.10.
    expect(codesFor("electric water heater", attrs({ text: "electric water heater 50 l storage water tank" }))).toContain("851610");
  });

  it("a garlic press sold as a 'garlic press crusher' is a household hand tool (8205.51), not a crushing machine for minerals (8474.20)", () => {
    expect(codesFor("garlic press crusher", attrs({ text: "zinc alloy garlic press crusher manual", material: "zinc" }))).toEqual(["820551"]);
    expect(codesFor("ginger crusher", attrs({ text: "stainless steel ginger crusher", material: "stainless_steel" }))).toEqual(["820551"]);
    // Of plastics: household articles of plastics (3924.10).
    expect(codesFor("garlic press crusher", attrs({ text: "plastic garlic press crusher", material: "plastic" }))).toEqual(["392410"]);
  });

  it("horror, zombie and full-head masks worn at Halloween are carnival articles of heading 9505 (ch. 95 note: festive and entertainment articles), not garments", () => {
    for (const t of ["horror mask", "zombie mask", "full head mask", "costume props"]) expect(codesFor(t, attrs({ text: `halloween ${t} latex` }))).toContain("950590");
  });

  it("a USB hub named with its version ('USB 3.0 Hub') is a control or adapter unit of an ADP machine (8471.80), not the flash drive it is 'for'", () => {
    expect(codesFor("usb 3.0 hub", attrs({ text: "4 port usb 3.0 hub high speed data splitter" }))).toEqual(["847180"]);
    expect(codesFor("usb splitter")).toEqual(["847180"]);
  });

  it("ambient light strips fitted in a car are lighting equipment of a kind used for motor vehicles (8512.20); for a room they are LED luminaires (9405.42)", () => {
    expect(codesFor("ambient light strip", attrs({ text: "car interior ambient light strip 12v footwell", uses: ["vehicle"] }))).toEqual(["851220"]);
    expect(codesFor("ambient light strip", attrs({ text: "ambient light strip for tv backlight bedroom" }))).toEqual(["940542"]);
    expect(codesFor("car interior led", attrs({ text: "car interior led ambient light" }))).toContain("851220");
  });

  it("a meat tenderizer hammer or mallet is a household tool (8205.51), not a hammer of 8205.20", () => {
    expect(codesFor("meat tenderizer hammer", attrs({ text: "stainless steel meat tenderizer hammer", material: "stainless_steel" }))).toEqual(["820551"]);
    expect(codesFor("meat tenderizer hammer", attrs({ text: "wooden meat tenderizer hammer", material: "wood" }))).toEqual(["441990"]);
  });

  it("porcelain soap dishes and planters are toilet or household articles of 6911.90, not porcelain tableware and kitchenware (6911.10)", () => {
    expect(codesFor("ceramic soap dish", attrs({ text: "ceramic soap dish porcelain", material: "porcelain" }))).toContain("691190");
    expect(codesFor("ceramic mug", attrs({ text: "porcelain coffee mug", material: "porcelain" }))).toContain("691110");
    expect(codesFor("ceramic soap dish", attrs({ text: "stoneware soap dish", material: "ceramic" }))).toContain("691200");
  });

  it("a Bluetooth receiver named with its version ('Bluetooth 5.0 Receiver … AUX') is a data receiving apparatus (8517.62), not the headphones it is 'for'", () => {
    expect(codesFor("bluetooth 5.0 receiver")).toContain("851762");
    expect(codesFor("bluetooth aux adapter")).toContain("851762");
  });
});
