import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it, expect } from "vitest";
import { iterateCsvRecords, parseCsv } from "@openhs/shared/csv";
import { parseSpecialRates } from "./duty-expression.js";
import type { ProgramInfo } from "./duty.js";
import {
  COLUMN_2_COUNTRIES,
  US_PROGRAMS,
  countriesForProgram,
  getUsProgram,
  isKnownProgramCode,
  programsForCountry,
} from "./us-programs.js";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const DATA_DIR = process.env.HS_DATA_DIR ?? path.resolve(REPO_ROOT, "../shared/data");
const HTS_CSV = path.join(DATA_DIR, "us-hts-usitc-2026-rev4/hts_2026_revision_4.csv");
const COUNTRY_CSV = path.join(DATA_DIR, "country-codes-datasets/country-codes.csv");

describe("US_PROGRAMS data", () => {
  const programs = Object.values(US_PROGRAMS);

  it("is consistent", () => {
    for (const p of programs) {
      expect(US_PROGRAMS[p.code]).toBe(p);
      expect(p.baseCode).toBe(p.code.replace(/[*+]$/, ""));
      expect(p.marker).toBe(/[*+]$/.test(p.code) ? p.code.slice(-1) : undefined);
      if (p.marker) expect(p.markerMeaning, p.code).toBeTruthy();
      if (p.marker) expect(US_PROGRAMS[p.baseCode], `base of ${p.code}`).toBeDefined();
      expect(p.name).toBeTruthy();
      expect(p.legalReference).toMatch(/HTSUS/);
      expect(p.active).toBe(p.status === "in_force");
      if (p.origin === "any") expect(p.countries).toEqual([]);
      else expect(p.countries.length, p.code).toBeGreaterThan(0);
      expect(p.countries).toEqual([...new Set(p.countries)].sort());
      if (p.authorizedThrough) expect(p.authorizedThrough).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("is usable as duty.ts ProgramInfo", () => {
    const info: ProgramInfo = US_PROGRAMS.A!;
    expect(info.active).toBe(false);
  });

  it("uses valid ISO 3166-1 alpha-2 codes (plus XK for Kosovo)", () => {
    expect(existsSync(COUNTRY_CSV), `missing data file ${COUNTRY_CSV} (set HS_DATA_DIR)`).toBe(true);
    const [header, ...rows] = parseCsv(readFileSync(COUNTRY_CSV, "utf8"));
    const col = header!.indexOf("ISO3166-1-Alpha-2");
    expect(col).toBeGreaterThanOrEqual(0);
    const iso = new Set(rows.map((r) => r[col]!).filter(Boolean));
    iso.add("XK");
    const invalid = programs.flatMap((p) => p.countries.filter((c) => !iso.has(c)).map((c) => `${p.code}:${c}`));
    expect(invalid).toEqual([]);
    for (const c of COLUMN_2_COUNTRIES) expect(iso.has(c)).toBe(true);
  });

  it("records the GSP lapse and the least-developed subset", () => {
    const gsp = getUsProgram("A")!;
    expect(gsp.status).toBe("lapsed");
    expect(gsp.active).toBe(false);
    expect(gsp.authorizedThrough).toBe("2020-12-31");
    expect(gsp.note).toMatch(/31 Dec 2020/);
    expect(gsp.legalReference).toMatch(/General Note 4/);
    expect(countriesForProgram("A*")).toEqual(countriesForProgram("A"));
    const all = new Set(countriesForProgram("A"));
    expect(countriesForProgram("A+").every((c) => all.has(c))).toBe(true);
    expect(all.has("IN")).toBe(false); // removed 2019
    expect(all.has("TR")).toBe(false); // removed 2019
    expect(all.has("BR")).toBe(true);
  });
});

describe("countriesForProgram / programsForCountry", () => {
  it("lists the countries of a programme", () => {
    expect(countriesForProgram("P")).toEqual(["CR", "DO", "GT", "HN", "NI", "SV"]);
    expect(countriesForProgram("S")).toEqual(["CA", "MX"]);
    expect(countriesForProgram("s+")).toEqual(["CA", "MX"]);
    expect(countriesForProgram("IL")).toEqual(["IL", "PS"]);
    expect(countriesForProgram("KR")).toEqual(["KR"]);
    expect(countriesForProgram("C")).toEqual([]);
    expect(getUsProgram("C")!.origin).toBe("any");
    expect(countriesForProgram("ZZ")).toEqual([]);
    // the result is a copy
    countriesForProgram("AU").push("XX");
    expect(countriesForProgram("AU")).toEqual(["AU"]);
  });

  it("lists the programmes of a country, with markers and origin-neutral programmes", () => {
    const haiti = programsForCountry("HT");
    for (const code of ["A", "A*", "A+", "E", "E*", "R", "C", "K", "L"]) expect(haiti).toContain(code);
    expect(haiti).not.toContain("D");
    expect(programsForCountry("ht", { inForceOnly: true })).not.toContain("A");
    expect(programsForCountry("ht", { inForceOnly: true })).toContain("E");
    expect(programsForCountry("MX").sort()).toEqual(["C", "K", "L", "MX", "S", "S+"]);
    expect(programsForCountry("CA").sort()).toEqual(["B", "C", "CA", "K", "L", "S", "S+"]);
    expect(programsForCountry("DE").sort()).toEqual(["C", "K", "L"]);
    expect(programsForCountry("CU")).toEqual([]);
    expect(programsForCountry("RU")).toEqual([]);
    expect(programsForCountry("not a country")).toEqual([]);
  });
});

describe("the Special column of the USITC HTSUS 2026 Revision 4 CSV", () => {
  it("uses only known programme codes", () => {
    expect(existsSync(HTS_CSV), `missing data file ${HTS_CSV} (set HS_DATA_DIR)`).toBe(true);
    const seen = new Map<string, string>(); // code → first HTS number using it
    let first = true;
    for (const { record } of iterateCsvRecords(readFileSync(HTS_CSV, "utf8"))) {
      if (first) {
        expect(record[5]).toBe("Special Rate of Duty");
        first = false;
        continue;
      }
      for (const rate of parseSpecialRates(record[5]!)) for (const code of rate.programs) if (!seen.has(code)) seen.set(code, record[0]!);
    }
    const unknown = [...seen].filter(([code]) => !isKnownProgramCode(code));
    expect(unknown).toEqual([]);
    // Sanity: the main programmes occur.
    for (const code of ["A", "A*", "A+", "AU", "D", "E", "E*", "JP", "KR", "NP", "P+", "S", "S+", "SG"]) expect(seen.has(code), code).toBe(true);
  });
});
