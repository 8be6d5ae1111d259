import { dataDir } from "./paths.js";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it, expect } from "vitest";
import { CsvError, iterateCsvRecords, parseCsv } from "./csv.js";

const DATA_DIR = dataDir();
const HTS_CSV = path.join(DATA_DIR, "us-hts-usitc-2026-rev4/hts_2026_revision_4.csv");

describe("parseCsv", () => {
  it("splits simple records and fields", () => {
    expect(parseCsv("a,b,c\n1,2,3\n")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
  });

  it("handles quoted fields with delimiters, doubled quotes and line breaks", () => {
    const text = '"x, y","say ""hi""","line1\nline2","a\r\nb"\n';
    expect(parseCsv(text)).toEqual([["x, y", 'say "hi"', "line1\nline2", "a\r\nb"]]);
  });

  it("handles CRLF, LF and lone CR record ends, and a missing final line break", () => {
    expect(parseCsv("a,b\r\nc,d\re,f\ng,h")).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
      ["g", "h"],
    ]);
  });

  it("drops a leading BOM only", () => {
    expect(parseCsv("\uFEFF\"h1\",h2\n\"\uFEFFv\",2\n")).toEqual([
      ["h1", "h2"],
      ["\uFEFFv", "2"],
    ]);
  });

  it("keeps empty fields, including a trailing one and empty quoted ones", () => {
    expect(parseCsv(',a,,""\n"",\nx,')).toEqual([
      ["", "a", "", ""],
      ["", ""],
      ["x", ""],
    ]);
  });

  it("skips empty lines by default, or yields them as one empty field", () => {
    expect(parseCsv("a\n\n\r\nb\n")).toEqual([["a"], ["b"]]);
    expect(parseCsv("a\n\nb\n", { skipEmptyLines: false })).toEqual([["a"], [""], ["b"]]);
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv("\uFEFF")).toEqual([]);
  });

  it("keeps a quote inside an unquoted field literally", () => {
    expect(parseCsv('5" disk,b\n')).toEqual([['5" disk', "b"]]);
  });

  it("supports another delimiter", () => {
    expect(parseCsv('a;"b;c"\n', { delimiter: ";" })).toEqual([["a", "b;c"]]);
    expect(() => parseCsv("a", { delimiter: '"' })).toThrow(TypeError);
  });

  it("throws CsvError with the line for an unterminated quote or text after a closing quote", () => {
    expect(() => parseCsv('a\n"b,c\nd\n')).toThrow(CsvError);
    try {
      parseCsv('a\nb\n"c"x,d\n');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CsvError);
      expect((e as CsvError).line).toBe(3);
    }
  });
});

describe("iterateCsvRecords", () => {
  it("reports the physical line where each record starts", () => {
    const text = 'h1,h2\r\n"multi\r\nline\nfield",x\r\n\r\nlast,"a""\rb"\r\nend,1';
    const got = [...iterateCsvRecords(text)].map((r) => [r.line, r.record[0]]);
    // line 1: header; 2-4: multi-line record; 5: empty; 6-7: record with a lone CR; 8: end
    expect(got).toEqual([
      [1, "h1"],
      [2, "multi\r\nline\nfield"],
      [6, "last"],
      [8, "end"],
    ]);
  });

  it("parses 35,000 rows with quoted fields and embedded newlines (speed is measured by the import, not asserted here)", () => {
    const row = '"0101.21.00.10","2","Live horses, ""pure-bred""\nbreeding","[""No.""]","Free","Free (A+,AU,BH)","20%","",""\r\n';
    const text = "HTS Number,Indent,Description,Unit,General,Special,Col2,Quota,Additional\r\n" + row.repeat(35_000);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(35_001);
    expect(rows[35_000]![2]).toBe('Live horses, "pure-bred"\nbreeding');
  });
});

describe("the real USITC HTS CSV", () => {
  it(`reads ${HTS_CSV} completely and consistently`, () => {
    expect(existsSync(HTS_CSV), `missing data file ${HTS_CSV} (set HS_DATA_DIR)`).toBe(true);
    const text = readFileSync(HTS_CSV, "utf8");
    const records = [...iterateCsvRecords(text)];
    expect(records[0]!.record).toEqual([
      "HTS Number",
      "Indent",
      "Description",
      "Unit of Quantity",
      "General Rate of Duty",
      "Special Rate of Duty",
      "Column 2 Rate of Duty",
      "Quota Quantity",
      "Additional Duties",
    ]);
    expect(records).toHaveLength(35_734); // header + 35,733 data rows (PROVENANCE.md)
    expect(records.every((r) => r.record.length === 9)).toBe(true);
    const multiLine = records.filter((r) => r.record[2]!.includes("\n"));
    expect(multiLine).toHaveLength(8); // "8 descriptions contain embedded newlines"
    // Line numbers: the last record starts on the last physical line.
    const physicalLines = text.split(/\r\n|\n|\r/).length - (/(\r\n|\n|\r)$/.test(text) ? 1 : 0);
    expect(records.at(-1)!.line).toBe(physicalLines);
  });
});
