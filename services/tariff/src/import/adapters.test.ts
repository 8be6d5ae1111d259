/** Pure parts of the importer (no database). */
import { describe, expect, it } from "vitest";
import { splitNotes, textHeadings } from "./adapters/legal-notes.js";
import { parseUnits } from "./adapters/us-hts.js";
import { VAT_SOURCE_PRECEDENCE } from "./adapters/vat.js";
import { parseArgs } from "./cli.js";
import { ADAPTERS } from "./registry.js";
import { selectAdapters } from "./runner.js";
import { addDays, dmyToIso, fractionToPercent, isIsoDate, romanToInt, sectionOfChapter } from "./util.js";

describe("legal notes splitting", () => {
  it("splits numbered notes, subheading and additional blocks, and strips links", () => {
    const md = [
      "1. This chapter covers all live animals except:",
      "",
      "    a) fish of heading [0301](/headings/0301) or [0308](/headings/0308);",
      "",
      "2. Heading 1005 does not cover sweetcorn (Chapter [7](/chapters/07)).",
      "",
      "### Subheading note",
      "",
      "For the purposes of subheadings [5209 42](/commodities/5209420000) and [5211 42](/subheadings/5211420000-80), 'denim' means ...",
      "",
      "### Additional chapter notes",
      "",
      "1. For the purposes of subheadings 0210 11 to 0210 93, ...",
      "1. Second note printed with a repeated number.",
    ].join("\n");
    const notes = splitNotes(md);
    expect(notes.map((n) => [n.label, n.referencedHeadings])).toEqual([
      ["1", ["0301", "0308"]],
      ["2", ["1005"]],
      ["subheading 1", ["5209", "5211"]],
      ["additional 1", ["0210"]],
      ["additional 2", []],
    ]);
    expect(notes[0]!.text).toBe("1. This chapter covers all live animals except:\n\n    a) fish of heading 0301 or 0308;");
    expect(notes[4]!.renumbered).toBe(true);
  });

  it("reads plain-text heading references, expanding ranges within a chapter", () => {
    expect(textHeadings("goods of headings 0301 to 0304 and heading 61.09")).toEqual(["0301", "0302", "0303", "0304", "6109"]);
    expect(textHeadings("headings 8401 to 8543")).toEqual(["8401", "8543"]); // across chapters: both ends only
    expect(textHeadings("heading 0301, 0306, 0307 or 0308; chapter 15")).toEqual(["0301", "0306", "0307", "0308"]);
    expect(textHeadings("subheading 8525 81 and 8525 82")).toEqual(["8525", "8525"]);
    expect(textHeadings("subheading note 1; heading No 44.18")).toEqual(["4418"]);
    expect(textHeadings("the heading of 50 kg")).toEqual([]);
  });

  it("a document without numbers is one note", () => {
    expect(splitNotes("In this chapter, the following expressions ...\n\na. Refined copper:\n\nMetal ...").map((n) => n.label)).toEqual(["1"]);
    expect(splitNotes("")).toEqual([]);
  });
});

describe("US units", () => {
  it("parses the JSON-ish list and normalizes m²/m³", () => {
    expect(parseUnits('["doz.","kg"]')).toEqual(["doz.", "kg"]);
    expect(parseUnits('["m²","kg"]')).toEqual(["m2", "kg"]);
    expect(parseUnits('["m2"]')).toEqual(["m2"]);
    expect(parseUnits('["pcs "]')).toEqual(["pcs"]);
    expect(parseUnits('[""]')).toEqual([]);
    expect(parseUnits("")).toEqual([]);
    expect(parseUnits("kg")).toBeUndefined();
    expect(parseUnits("[1]")).toBeUndefined();
  });
});

describe("helpers", () => {
  it("dates", () => {
    expect(dmyToIso("31-12-1971")).toBe("1971-12-31");
    expect(dmyToIso("31-02-2020")).toBeUndefined();
    expect(isIsoDate("0001-01-01")).toBe(true);
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2025-01-01", -1)).toBe("2024-12-31");
  });
  it("fraction → percent is exact", () => {
    expect(fractionToPercent("0.255")).toBe("25.5");
    expect(fractionToPercent("0.2")).toBe("20");
    expect(fractionToPercent("0.09975")).toBe("9.975");
    expect(fractionToPercent("0")).toBe("0");
    expect(fractionToPercent("1")).toBe("100");
  });
  it("sections", () => {
    expect(romanToInt("XVIII")).toBe(18);
    expect(sectionOfChapter("61")).toBe("XI");
    expect(sectionOfChapter("97")).toBe("XXI");
    expect(sectionOfChapter("98")).toBeNull();
  });
});

describe("registry and cli arguments", () => {
  it("ids are unique and VAT sources are selectable as a group, in precedence order", () => {
    expect(new Set(ADAPTERS.map((a) => a.id)).size).toBe(ADAPTERS.length);
    expect(selectAdapters(ADAPTERS, ["vat"]).map((a) => a.id)).toEqual([...VAT_SOURCE_PRECEDENCE]);
    expect(selectAdapters(ADAPTERS, ["us-hts", "countries"]).map((a) => a.id)).toEqual(["us-hts", "countries"]);
    expect(() => selectAdapters(ADAPTERS, ["nope"])).toThrow(/unknown source/);
  });
  it("parses flags", () => {
    expect(parseArgs(["data", "import", "--data-dir", "/x", "--source", "us-hts,vat", "--force"])).toEqual({
      dataDir: "/x",
      sources: ["us-hts", "vat"],
      force: true,
      help: false,
    });
    expect(parseArgs(["--source=countries", "--source", "ecb-rates"]).sources).toEqual(["countries", "ecb-rates"]);
    expect(() => parseArgs(["--data-dir"])).toThrow(/needs a value/);
    expect(() => parseArgs(["--what"])).toThrow(/unknown argument/);
  });
});
