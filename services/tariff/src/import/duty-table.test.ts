/**
 * The generic duty-table format: a user's official duty file for another destination is imported
 * (with its malformed rows reported) and answered by GetDutyRates like the built-in tables.
 * The fixture below is a TEST FIXTURE with invented rates, written to a temp dir; it is not data.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../adapters/pg-snapshot.js";
import type { Catalog } from "../domain/catalog.js";
import { discoverDutyTables, parseDutyTableMeta } from "./adapters/duty-table.js";
import { runImport, type ImportSummary } from "./index.js";
import { createTestDatabase, type TestDatabase } from "./test-db.test-util.js";

const META = {
  id: "test-fixture-ch",
  destination: "CH",
  description: "TEST FIXTURE with invented rates (not the Swiss tariff)",
  source_url: "https://example.org/test-fixture",
  licence: "test fixture",
  data_date: "2026-01-01",
  confidence: "high",
};
const CSV = [
  "code,description,measure_type,programme,origins,duty,valid_from,valid_to,legal_basis",
  '6109.10,"T-shirts of cotton",general,,,12% MIN 0.50 CHF / item,2026-01-01,,Fixture tariff 6109.10',
  "6109.10,,preferential,Fixture FTA,DE FR,Free,2026-01-01,,Fixture FTA annex 1",
  "0201.10,Beef carcasses,general,,,2.50 CHF / 100 kg,2026-01-01,,Fixture tariff 0201.10",
  "0201.10,,additional,,US,25%,2026-01-01,,Fixture retaliation list",
  "2204.21,Wine,general,,,15.00% (01 JAN-31 MAR),2026-01-01,,Fixture tariff 2204.21",
  "9999.99,Broken date,general,,,5%,2026-13-01,,x",
  "1234.56,Preference without origins,preferential,Fixture FTA,,Free,2026-01-01,,x",
].join("\n");

let db: TestDatabase;
let dir: string;
let summary: ImportSummary;
let catalog: Catalog;

beforeAll(async () => {
  db = await createTestDatabase("dutytable");
  dir = mkdtempSync(path.join(tmpdir(), "openhs-duty-tables-"));
  mkdirSync(path.join(dir, "ch-fixture"));
  writeFileSync(path.join(dir, "ch-fixture", "duty-table.json"), JSON.stringify(META));
  writeFileSync(path.join(dir, "ch-fixture", "duty-table.csv"), CSV);
  mkdirSync(path.join(dir, "broken"));
  writeFileSync(path.join(dir, "broken", "duty-table.json"), JSON.stringify({ ...META, id: "broken", destination: "Switzerland" }));
  summary = await runImport({ pool: db.pool, dataDir: dir, adapters: discoverDutyTables([dir]), log: () => {} });
  catalog = await loadCatalog(db.pool);
});

afterAll(async () => {
  await db?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("generic duty-table format", () => {
  it("imports a folder with duty-table.json + duty-table.csv, reporting malformed rows with file and line", () => {
    const ch = summary.sources.find((s) => s.id === "test-fixture-ch")!;
    expect(ch.status).toBe("imported");
    expect(ch.issueCount).toBe(2);
    expect(summary.issues.map((i) => [i.file, i.line])).toEqual([["duty-table.csv", 7], ["duty-table.csv", 8]]);
    expect(ch.notes["rates loaded as kind 'unparsed' (outside the duty-table grammar)"]).toBe(1);
  });

  it("a folder with an invalid description fails alone, with the field and reason", () => {
    const broken = summary.sources.find((s) => s.folder.endsWith("broken"))!;
    expect(broken.status).toBe("failed");
    expect(broken.error).toContain("destination must be an ISO 3166-1 alpha-2 code");
    expect(() => parseDutyTableMeta("{}", "x.json")).toThrow(/id must be/);
  });

  it("GetDutyRates answers the destination from the table: general rate with its minimum, source, date and confidence", () => {
    const r = catalog.dutyRates("610910", "CN", "CH", "2026-03-02");
    expect(r.scheduleUsed).toBe("CH");
    expect(r.applicable).toMatchObject({
      measureType: "general",
      dutyExpressionText: "12% MIN 0.50 CHF / item",
      dutyExpression: { kind: "ad_valorem", components: [{ percent: "12" }], minimum: { amount: "0.5", currency: "CHF", unit: "each" } },
      sourceId: "test-fixture-ch",
      dataDate: "2026-01-01",
      confidence: "high",
      legalBasis: "Fixture tariff 6109.10",
    });
  });

  it("a preferential rate applies to its origins only, under its programme", () => {
    expect(catalog.dutyRates("610910", "DE", "CH", "2026-03-02").applicable).toMatchObject({ measureType: "preferential", dutyExpressionText: "Free", programs: ["Fixture FTA"] });
    expect(catalog.dutyRates("610910", "US", "CH", "2026-03-02").applicable?.measureType).toBe("general");
  });

  it("a longer code takes its listed parent line; an additional measure applies to its origins", () => {
    const us = catalog.dutyRates("0201100000", "US", "CH", "2026-03-02");
    expect(us.applicable?.dutyExpression).toMatchObject({ kind: "specific", components: [{ amount: "0.025", currency: "CHF", unit: "kg" }] });
    expect(us.warnings.join(" ")).toContain("parent line");
    expect(us.measures.find((m) => m.measureType === "additional")?.appliesToOrigin).toBe(true);
    expect(catalog.dutyRates("0201100000", "BR", "CH", "2026-03-02").measures.find((m) => m.measureType === "additional")?.appliesToOrigin).toBe(false);
  });

  it("a rate outside the grammar is kept unparsed and said so, never a number", () => {
    const r = catalog.dutyRates("220421", "FR", "CH", "2026-03-02");
    expect(r.applicable?.dutyExpression.kind).toBe("unparsed");
    expect(r.warnings.join(" ")).toContain("not a plain duty expression");
  });

  it("before the table's validity the line does not exist: not found, no rate", () => {
    expect(() => catalog.dutyRates("610910", "CN", "CH", "2025-06-01")).toThrow(/not found in the CH duty table/);
  });
});
