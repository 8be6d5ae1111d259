/**
 * Small fixture data folders (written to a temp dir by the test) for the error paths: a malformed
 * row is reported and skipped, a failing source is rolled back without touching its previous rows,
 * the CLI exit code.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "./cli.js";
import { ADAPTERS, formatSummary, isDatabaseEmpty, runImport } from "./index.js";
import { createTestDatabase, dropDatabase, uniqueDatabaseUrl, type TestDatabase } from "./test-db.test-util.js";
import type { SourceAdapter } from "./types.js";

const HTS_HEADER =
  "HTS Number,Indent,Description,Unit of Quantity,General Rate of Duty,Special Rate of Duty,Column 2 Rate of Duty,Quota Quantity,Additional Duties";
const q = (...fields: string[]) => fields.map((f) => `"${f.replace(/"/g, '""')}"`).join(",");

/** 6 data rows; line 4 has indent "x", line 6 an HTS number with a letter. */
const HTS_WITH_BROKEN_ROWS = [
  "\ufeff" + HTS_HEADER,
  q("0101", "0", "Live horses, asses, mules and hinnies:", "", "", "", "", "", ""),
  q("0101.21.00", "1", "Purebred breeding animals", "", "Free", "", "Free", "", ""),
  q("0101.21.00.10", "x", "Males", '["No."]', "", "", "", "", ""),
  q("0101.21.00.20", "2", "Females", '["No."]', "", "", "", "", ""),
  q("01A1.29.00", "1", "Other", "", "6.8%", "Free (AU,CL)", "20%", "", ""),
  q("0101.30.00.00", "1", "Asses", '["m²","kg"]', "6.8%", "Free (A+,AU,BH)", "15%", "", ""),
].join("\r\n") + "\r\n";

const HTS_ALL_BROKEN = [HTS_HEADER, q("0101", "zero", "Live horses", "", "", "", "", "", ""), q("01.01", "1", "x", "", "", "", "", "", "")].join("\n") + "\n";

const COUNTRY_HEADER = "ISO3166-1-Alpha-2,ISO3166-1-Alpha-3,ISO3166-1-numeric,CLDR display name,official_name_en,ISO4217-currency_alphabetic_code,Region Name";
const COUNTRIES = [COUNTRY_HEADER, "AF,AFG,4,Afghanistan,Afghanistan,AFN,Asia", "NA,NAM,516,Namibia,Namibia,\"NAD,ZAR\",Africa", "AQ,ATA,10,,Antarctica,,"].join("\n") + "\n";

function writeDataDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "openhs-import-fixture-"));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

const HTS_FILE = "us-hts-usitc-2026-rev4/hts_2026_revision_4.csv";
const COUNTRY_FILE = "country-codes-datasets/country-codes.csv";

let db: TestDatabase;
const dirs: string[] = [];
const silent = { log: () => {} };
const rows = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => (await db.pool.query(sql, params)).rows as T[];

beforeAll(async () => {
  db = await createTestDatabase("fixtures");
});
afterAll(async () => {
  await db?.drop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("malformed rows", () => {
  it("are reported with file, line and reason and skipped; the other rows load", async () => {
    const dir = writeDataDir({ [HTS_FILE]: HTS_WITH_BROKEN_ROWS });
    dirs.push(dir);
    expect(await isDatabaseEmpty(db.pool)).toBe(true);
    const s = await runImport({ pool: db.pool, dataDir: dir, sources: ["us-hts"], ...silent });
    const us = s.sources[0]!;
    expect(us.status).toBe("imported");
    expect(s.ok).toBe(true);
    expect(us.issueCount).toBe(2);
    expect(s.issues.map((i) => [i.file, i.line])).toEqual([
      ["hts_2026_revision_4.csv", 4],
      ["hts_2026_revision_4.csv", 6],
    ]);
    expect(s.issues[0]!.reason).toMatch(/Indent "x"/);
    expect(s.issues[1]!.reason).toMatch(/HTS Number "01A1\.29\.00"/);
    expect(await rows("SELECT file, line, reason FROM tariff.import_issue WHERE source_id = 'us-hts' ORDER BY line")).toEqual(
      s.issues.map((i) => ({ file: i.file, line: i.line, reason: i.reason })),
    );
    expect(await rows("SELECT issue_count FROM tariff.data_source WHERE id = 'us-hts'")).toEqual([{ issue_count: 2 }]);
    expect(formatSummary(s)).toContain("us-hts: hts_2026_revision_4.csv:4: Indent");
    expect(await isDatabaseEmpty(db.pool)).toBe(false);

    const nomen = await rows<{ code: string; parent: string | null; units: string[]; declarable: boolean }>(
      `SELECT g.code, p.code AS parent, g.units, g.declarable FROM tariff.goods_nomenclature g
       LEFT JOIN tariff.goods_nomenclature p ON p.sid = g.parent_sid WHERE g.schedule = 'US' ORDER BY g.position`,
    );
    expect(nomen).toEqual([
      { code: "0101", parent: null, units: [], declarable: false },
      { code: "01012100", parent: "0101", units: [], declarable: false },
      { code: "0101210020", parent: "01012100", units: ["No."], declarable: true },
      { code: "0101300000", parent: "0101", units: ["m2", "kg"], declarable: true },
    ]);
    const measures = await rows<{ commodity_code: string; measure_type: string; programs: string[]; duty_expression_text: string }>(
      "SELECT commodity_code, measure_type, programs, duty_expression_text FROM tariff.measure ORDER BY id",
    );
    expect(measures).toEqual([
      { commodity_code: "01012100", measure_type: "general", programs: [], duty_expression_text: "Free" },
      { commodity_code: "01012100", measure_type: "column2", programs: [], duty_expression_text: "Free" },
      { commodity_code: "0101300000", measure_type: "general", programs: [], duty_expression_text: "6.8%" },
      { commodity_code: "0101300000", measure_type: "preferential", programs: ["A+", "AU", "BH"], duty_expression_text: "Free (A+,AU,BH)" },
      { commodity_code: "0101300000", measure_type: "column2", programs: [], duty_expression_text: "15%" },
    ]);
  });
});

describe("a failing source", () => {
  it("rolls back: a missing file leaves the source's previous rows and hash untouched; other sources go on", async () => {
    const good = writeDataDir({ [COUNTRY_FILE]: COUNTRIES, [HTS_FILE]: HTS_WITH_BROKEN_ROWS });
    const missing = writeDataDir({ [HTS_FILE]: HTS_WITH_BROKEN_ROWS }); // no country-codes folder
    dirs.push(good, missing);
    const first = await runImport({ pool: db.pool, dataDir: good, sources: ["countries"], ...silent });
    expect(first.sources[0]!.status).toBe("imported");
    const before = await rows("SELECT * FROM tariff.country ORDER BY alpha2");
    expect(before.map((r) => [r.alpha2, r.currency, r.name])).toEqual([
      ["AF", "AFN", "Afghanistan"],
      ["AQ", null, "Antarctica"],
      ["NA", "NAD", "Namibia"],
    ]);
    const hashBefore = await rows("SELECT content_hash, imported_at FROM tariff.data_source WHERE id = 'countries'");

    const s = await runImport({ pool: db.pool, dataDir: missing, sources: ["countries", "us-hts"], force: true, ...silent });
    expect(s.ok).toBe(false);
    const byId = Object.fromEntries(s.sources.map((r) => [r.id, r]));
    expect(byId.countries!.status).toBe("failed");
    expect(byId.countries!.error).toMatch(/missing file country-codes-datasets\/country-codes\.csv/);
    expect(byId["us-hts"]!.status).toBe("imported");
    expect(formatSummary(s)).toMatch(/import FAILED for countries/);
    expect(await rows("SELECT * FROM tariff.country ORDER BY alpha2")).toEqual(before);
    expect(await rows("SELECT content_hash, imported_at FROM tariff.data_source WHERE id = 'countries'")).toEqual(hashBefore);
  });

  it("rolls back an adapter that throws after writing rows (its earlier deletes and inserts are undone)", async () => {
    const good = writeDataDir({ [COUNTRY_FILE]: COUNTRIES });
    dirs.push(good);
    const before = await rows("SELECT * FROM tariff.country ORDER BY alpha2");
    expect(before.length).toBe(3);
    const countries = ADAPTERS.find((a) => a.id === "countries")!;
    const exploding: SourceAdapter = {
      ...countries,
      async load(ctx) {
        for (let i = 0; i < 1500; i++) await ctx.insert("country", { alpha2: `Z${i}`, name: `Fake ${i}` }); // > 1 batch: really written
        ctx.issue("country-codes.csv", 7, "made-up issue");
        throw new Error("boom in the middle of the load");
      },
    };
    const s = await runImport({ pool: db.pool, dataDir: good, sources: ["countries"], adapters: [exploding], force: true, ...silent });
    expect(s.sources[0]).toMatchObject({ id: "countries", status: "failed", error: "boom in the middle of the load" });
    expect(await rows("SELECT * FROM tariff.country ORDER BY alpha2")).toEqual(before);
    expect(await rows("SELECT count(*)::int AS c FROM tariff.import_issue WHERE source_id = 'countries'")).toEqual([{ c: 0 }]);
  });

  it("fails (and keeps the previous rows) when most rows are malformed: the format probably changed", async () => {
    const broken = writeDataDir({ [HTS_FILE]: HTS_ALL_BROKEN });
    dirs.push(broken);
    const before = await rows("SELECT count(*)::int AS c FROM tariff.goods_nomenclature WHERE source_id = 'us-hts'");
    const s = await runImport({ pool: db.pool, dataDir: broken, sources: ["us-hts"], ...silent });
    expect(s.sources[0]!.status).toBe("failed");
    expect(s.sources[0]!.error).toMatch(/2 malformed rows but only 0 good ones/);
    expect(await rows("SELECT count(*)::int AS c FROM tariff.goods_nomenclature WHERE source_id = 'us-hts'")).toEqual(before);
  });
});

describe("cli main", () => {
  it("creates the database, imports, and exits 0; exits 1 when a source fails; 2 on bad arguments", async () => {
    const dir = writeDataDir({ [HTS_FILE]: HTS_WITH_BROKEN_ROWS });
    dirs.push(dir);
    const { name, url } = uniqueDatabaseUrl("cli");
    const out: string[] = [];
    const so = vi.spyOn(process.stdout, "write").mockImplementation((c: string | Uint8Array) => (out.push(String(c)), true));
    const se = vi.spyOn(process.stderr, "write").mockImplementation((c: string | Uint8Array) => (out.push(String(c)), true));
    const saved = { url: process.env.DATABASE_URL, exitCode: process.exitCode };
    process.env.DATABASE_URL = url;
    try {
      expect(await main(["data", "import", "--data-dir", dir, "--source", "us-hts"])).toBe(0);
      expect(out.join("")).toMatch(/us-hts\s+imported/);
      expect(out.join("")).toMatch(/tariff\.goods_nomenclature\s+4\b/);
      expect(await main(["data", "import", `--data-dir=${dir}`, "--source", "us-hts"])).toBe(0);
      expect(out.join("")).toMatch(/us-hts\s+unchanged/);
      expect(await main(["data", "import", "--data-dir", dir, "--source", "countries"])).toBe(1);
      expect(out.join("")).toMatch(/import FAILED for countries/);
      expect(await main(["data", "import", "--bogus"])).toBe(2);
      expect(await main(["data", "import", "--source", "nope", "--data-dir", dir])).toBe(1);
    } finally {
      so.mockRestore();
      se.mockRestore();
      if (saved.url === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved.url;
      process.exitCode = saved.exitCode;
      await dropDatabase(name);
    }
  }, 60_000);
});
