/**
 * Full import of the staged data (HS_DATA_DIR, default ../shared/data) into a throwaway database.
 * Expected counts are computed here from the source files with simple independent line counting
 * (not the importer's parsers), plus a few hard anchors from the folders' PROVENANCE.md.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultDataDir, runImport, type ImportSummary } from "./index.js";
import { sectionOfChapter } from "./util.js";
import { createTestDatabase, type TestDatabase } from "./test-db.test-util.js";

const DATA = defaultDataDir();
const read = (folder: string, file: string) => {
  const buf = readFileSync(path.join(DATA, folder, file));
  const text = (file.endsWith(".gz") ? gunzipSync(buf) : buf).toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
};
const lines = (text: string) => text.split(/\r?\n/);
const countMatching = (text: string, re: RegExp) => lines(text).filter((l) => re.test(l)).length;

/**
 * Independent reader for the US HTS file, whose data fields are all quoted: after the (unquoted)
 * header line, a record is a sequence of "..." fields separated by commas and ended by a line break.
 */
function allQuotedRecords(file: string): string[][] {
  const text = file.slice(file.indexOf("\n") + 1);
  const out: string[][] = [];
  const re = /"((?:[^"]|"")*)"(,|\r?\n|$)/g;
  let rec: string[] = [];
  let m: RegExpExecArray | null;
  let expectAt = 0;
  while ((m = re.exec(text))) {
    if (m.index !== expectAt) throw new Error(`unexpected text at ${expectAt}`);
    rec.push(m[1]!.replace(/""/g, '"'));
    expectAt = re.lastIndex;
    if (m[2] !== ",") {
      out.push(rec);
      rec = [];
      if (re.lastIndex >= text.length) break;
    }
  }
  return out;
}

let db: TestDatabase;
let first: ImportSummary;
const q = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => (await db.pool.query(sql, params)).rows as T[];
const count = async (sql: string, params: unknown[] = []) => Number((await q<{ c: string }>(sql, params))[0]!.c);

beforeAll(async () => {
  db = await createTestDatabase("full");
  first = await runImport({ pool: db.pool, dataDir: DATA, log: () => {} });
}, 180_000);

afterAll(async () => {
  await db?.drop();
});

describe("full import of the staged data", () => {
  it("imports every source without failures or malformed rows", () => {
    const failed = first.sources.filter((s) => s.status !== "imported");
    expect(failed.map((s) => `${s.id}: ${s.error}`)).toEqual([]);
    expect(first.ok).toBe(true);
    expect(first.sources.reduce((a, s) => a + s.issueCount, 0)).toBe(0);
  });

  it("HS 2022 / HS 2017: counts from the files, Comtrade pseudo-codes skipped by design", async () => {
    const hs22 = read("hs-nomenclature-datasets-harmonized-system", "harmonized-system-hs2022.csv");
    const hs17 = read("hs-nomenclature-datasets-harmonized-system", "harmonized-system-hs2017.csv");
    for (const [schedule, text] of [["HS2022", hs22], ["HS2017", hs17]] as const) {
      // Real rows have a Roman section; Comtrade's 99/9999/999999/TOTAL rows have section TOTAL.
      const expected = {
        chapter: countMatching(text, /^[IVX]+,\d{2},/),
        heading: countMatching(text, /^[IVX]+,\d{4},/),
        subheading: countMatching(text, /^[IVX]+,\d{6},/),
      };
      const rows = await q<{ level: string; c: string }>(
        "SELECT level, count(*) AS c FROM tariff.goods_nomenclature WHERE schedule = $1 GROUP BY level",
        [schedule],
      );
      expect(Object.fromEntries(rows.map((r) => [r.level, Number(r.c)]))).toEqual(expected);
    }
    // Anchors from PROVENANCE.md (HS2022 without the 99 pseudo-codes). Chapter 77 is reserved, so
    // HS 2022 has 96 chapters (97 with Comtrade's "99").
    expect(await count("SELECT count(*) c FROM tariff.goods_nomenclature WHERE schedule='HS2022' AND level='subheading'")).toBe(5612);
    expect(await count("SELECT count(*) c FROM tariff.goods_nomenclature WHERE schedule='HS2022' AND level='heading'")).toBe(1228);
    expect(await count("SELECT count(*) c FROM tariff.goods_nomenclature WHERE schedule='HS2022' AND level='chapter'")).toBe(96);
    expect(await count("SELECT count(*) c FROM tariff.goods_nomenclature WHERE schedule='HS2017' AND level='subheading'")).toBe(5387);
    expect(await count("SELECT count(*) c FROM tariff.section WHERE edition='HS2022'")).toBe(21);
    expect(await count("SELECT count(*) c FROM tariff.section WHERE edition='HS2017'")).toBe(21);
    expect(await count("SELECT count(*) c FROM tariff.goods_nomenclature WHERE schedule LIKE 'HS20%' AND code LIKE '99%'")).toBe(0);
    const hs = first.sources.find((s) => s.id === "hs-nomenclature")!;
    expect(Object.values(hs.skipped).reduce((a, b) => a + b, 0)).toBe(4 + 4 + 1); // TOTAL rows ×2 + HS2017 blank row
    // Every non-chapter row has a parent of the same schedule with the code's prefix.
    expect(
      await count(`SELECT count(*) c FROM tariff.goods_nomenclature g LEFT JOIN tariff.goods_nomenclature p ON p.sid = g.parent_sid
                   WHERE g.schedule LIKE 'HS20%' AND g.level <> 'chapter' AND (p.sid IS NULL OR p.schedule <> g.schedule OR left(g.code, length(p.code)) <> p.code)`),
    ).toBe(0);
    const v = await q<{ validity_start: string; validity_end: string | null }>(
      "SELECT DISTINCT validity_start, validity_end FROM tariff.goods_nomenclature WHERE schedule = 'HS2017'",
    );
    expect(v).toEqual([{ validity_start: "2017-01-01", validity_end: "2021-12-31" }]);
  });

  it("the static chapter → section map agrees with the HS 2022 file", () => {
    const hs22 = read("hs-nomenclature-datasets-harmonized-system", "harmonized-system-hs2022.csv");
    for (const l of lines(hs22)) {
      const m = /^([IVX]+),(\d{2}),/.exec(l);
      if (m) expect(sectionOfChapter(m[2]!), `chapter ${m[2]}`).toBe(m[1]);
    }
  });

  it("HS correlation: one row per pair of the file", async () => {
    const text = read("hs-edition-correlation-unsd-comtrade", "hs2022_hs2017_correlation.csv");
    const expected = countMatching(text, /^\d{6},\d{6},/);
    expect(expected).toBe(15657); // DATASETS.md / PROVENANCE.md
    expect(await count("SELECT count(*) c FROM tariff.hs_correlation")).toBe(expected);
  });

  it("US HTS: every row of the file, general measures = non-empty General cells", async () => {
    const records = allQuotedRecords(read("us-hts-usitc-2026-rev4", "hts_2026_revision_4.csv"));
    expect(records.length).toBe(35733); // PROVENANCE.md
    expect(await count("SELECT count(*) c FROM tariff.goods_nomenclature WHERE schedule = 'US'")).toBe(records.length);
    expect(await count("SELECT count(*) c FROM tariff.goods_nomenclature WHERE schedule = 'US' AND code = ''")).toBe(
      records.filter((r) => r[0] === "").length,
    );
    const nonEmpty = (i: number) => records.filter((r) => r[i]!.trim() !== "").length;
    expect(nonEmpty(4)).toBe(13876); // PROVENANCE.md
    expect(await count("SELECT count(*) c FROM tariff.measure WHERE schedule='US' AND measure_type = 'general'")).toBe(nonEmpty(4));
    expect(await count("SELECT count(*) c FROM tariff.measure WHERE schedule='US' AND measure_type = 'column2'")).toBe(nonEmpty(6));
    expect(await count("SELECT count(*) c FROM tariff.measure WHERE schedule='US' AND measure_type = 'additional' AND source_id = 'us-hts'")).toBe(nonEmpty(8));
    // At least one preferential measure per non-empty Special cell.
    expect(await count("SELECT count(DISTINCT commodity_code) c FROM tariff.measure WHERE measure_type = 'preferential' AND schedule = 'US'")).toBe(
      new Set(records.filter((r) => r[5]!.trim() !== "").map((r) => r[0]!.replace(/\./g, ""))).size,
    );
    // Every programme indicator used by a measure is a known preference programme.
    expect(
      await q(`SELECT DISTINCT p FROM tariff.measure, unnest(programs) p
               WHERE schedule = 'US' AND p NOT IN (SELECT code FROM tariff.preference_program WHERE schedule = 'US')`),
    ).toEqual([]);
    // Declarable: all 10-digit lines; 8-digit lines only without 10-digit lines below them.
    expect(await count("SELECT count(*) c FROM tariff.goods_nomenclature WHERE schedule='US' AND level='statistical' AND NOT declarable")).toBe(0);
    expect(await count("SELECT count(*) c FROM tariff.goods_nomenclature WHERE schedule='US' AND declarable AND level NOT IN ('statistical','tariff_line')")).toBe(0);
    expect(
      await count(`SELECT count(*) c FROM tariff.goods_nomenclature t WHERE t.schedule='US' AND t.level='tariff_line' AND t.declarable
                   AND EXISTS (SELECT 1 FROM tariff.goods_nomenclature s WHERE s.schedule='US' AND s.level='statistical' AND left(s.code, 8) = t.code)`),
    ).toBe(0);
    // Units normalized.
    expect(await count("SELECT count(*) c FROM tariff.goods_nomenclature WHERE schedule='US' AND array_to_string(units, ',') ~ '[²³]'")).toBe(0);
    expect(await q("SELECT units FROM tariff.goods_nomenclature WHERE schedule='US' AND code='6109100012'")).toEqual([{ units: ["doz.", "kg"] }]);
  });

  it("US hierarchy: 6109.10.00.12 (Men's) → group lines → 6109.10.00 → 6109, inheriting 16.5% and the AU preference", async () => {
    const chain = await q<{ code: string; level: string; description: string; section: string }>(
      `WITH RECURSIVE c AS (
         SELECT sid, parent_sid, code, level, description, section, 0 AS d FROM tariff.goods_nomenclature WHERE schedule = 'US' AND code = '6109100012'
         UNION ALL
         SELECT g.sid, g.parent_sid, g.code, g.level, g.description, g.section, c.d + 1 FROM tariff.goods_nomenclature g JOIN c ON g.sid = c.parent_sid)
       SELECT code, level, description, section FROM c ORDER BY d`,
    );
    expect(chain.map((r) => [r.code, r.level, r.description])).toEqual([
      ["6109100012", "statistical", "Men's (338)"],
      ["", "group", "Other T-shirts:"],
      ["", "group", "Men's or boys':"],
      ["61091000", "tariff_line", "Of cotton"],
      ["6109", "heading", "T-shirts, singlets, tank tops and similar garments, knitted or crocheted:"],
    ]);
    expect(new Set(chain.map((r) => r.section))).toEqual(new Set(["XI"]));
    // The US file has no 6-digit 6109.10 line (6109.10.00 sits directly under 6109).
    expect(await count("SELECT count(*) c FROM tariff.goods_nomenclature WHERE schedule='US' AND code='610910'")).toBe(0);
    // Measures live on the nearest numbered ancestor that has them: 6109.10.00.
    const numbered = chain.map((r) => r.code).filter(Boolean);
    let carrier: string | undefined;
    for (const code of numbered) {
      if ((await count("SELECT count(*) c FROM tariff.measure WHERE schedule='US' AND commodity_code=$1", [code])) > 0) {
        carrier = code;
        break;
      }
    }
    expect(carrier).toBe("61091000");
    const ms = await q<{ measure_type: string; programs: string[]; duty_expression_text: string; duty_expression: { kind: string; components: Array<{ percent?: string }> }; validity_start: string }>(
      "SELECT measure_type, programs, duty_expression_text, duty_expression, validity_start FROM tariff.measure WHERE schedule='US' AND commodity_code='61091000' ORDER BY id",
    );
    const general = ms.find((m) => m.measure_type === "general")!;
    expect(general.duty_expression_text).toBe("16.5%");
    expect(general.duty_expression.kind).toBe("ad_valorem");
    expect(general.duty_expression.components[0]!.percent).toBe("16.5");
    expect(general.validity_start).toBe("2026-01-01");
    const free = ms.filter((m) => m.measure_type === "preferential" && m.duty_expression.kind === "free");
    expect(free.some((m) => m.programs.includes("AU"))).toBe(true);
    expect(ms.find((m) => m.measure_type === "column2")?.duty_expression_text).toBe("90%");
  });

  it("EU TARIC: every row of the EN file, parents by indent, declarable leaves", async () => {
    const text = read("eu-taric-nomenclature-2026", "taric_nomenclature_en.csv");
    const expected = countMatching(text, /^\d{10},\d{2},/);
    expect(expected).toBe(25702); // PROVENANCE.md
    expect(await count("SELECT count(*) c FROM tariff.goods_nomenclature WHERE schedule = 'EU'")).toBe(expected);
    expect(await count("SELECT count(*) c FROM tariff.goods_nomenclature WHERE schedule = 'EU' AND suffix = '80'")).toBe(
      countMatching(text, /^\d{10},80,/),
    );
    expect(await count("SELECT count(*) c FROM tariff.goods_nomenclature WHERE schedule='EU' AND level='chapter'")).toBe(98);
    // Only chapters lack a parent; every parent's code is a prefix-compatible ancestor line.
    expect(await count("SELECT count(*) c FROM tariff.goods_nomenclature WHERE schedule='EU' AND parent_sid IS NULL AND level <> 'chapter'")).toBe(0);
    const horses = await q<{ suffix: string; level: string; description: string; declarable: boolean; parent: string }>(
      `SELECT g.suffix, g.level, g.description, g.declarable, p.code || '/' || p.suffix AS parent
       FROM tariff.goods_nomenclature g JOIN tariff.goods_nomenclature p ON p.sid = g.parent_sid
       WHERE g.schedule = 'EU' AND g.code = '0101210000' ORDER BY g.suffix`,
    );
    expect(horses).toEqual([
      { suffix: "10", level: "group", description: "Horses", declarable: false, parent: "0101000000/80" },
      { suffix: "80", level: "subheading", description: "Pure-bred breeding animals", declarable: true, parent: "0101210000/10" },
    ]);
    // '|' (TARIC non-breaking space marker) replaced.
    expect(await count("SELECT count(*) c FROM tariff.goods_nomenclature WHERE schedule='EU' AND description LIKE '%|%'")).toBe(0);
  });

  it("legal notes: numbered notes with their referenced headings", async () => {
    const docs = lines(read("hs2022-section-chapter-notes-uk-ott", "section_chapter_notes_hs22.jsonl")).filter((l) => l.trim()).length;
    expect(docs).toBe(125);
    expect(await count("SELECT count(DISTINCT (kind, number, variant)) c FROM tariff.legal_note")).toBe(docs - 2); // chapter 50 uk/eu are empty
    const ch1 = await q<{ note_label: string; referenced_headings: string[] }>(
      "SELECT note_label, referenced_headings FROM tariff.legal_note WHERE kind='chapter' AND number=1 AND variant='uk' ORDER BY note_label",
    );
    expect(ch1).toEqual([
      { note_label: "1", referenced_headings: ["0301", "0306", "0307", "0308", "3002", "9508"] },
      { note_label: "2", referenced_headings: [] },
    ]);
    const ch76 = await q<{ note_label: string }>("SELECT note_label FROM tariff.legal_note WHERE kind='chapter' AND number=76 AND variant='uk' ORDER BY id");
    expect(ch76.map((r) => r.note_label)).toEqual(["subheading 1", "subheading 2", "additional 1", "additional 2", "additional 3"]);
    expect(await count("SELECT count(*) c FROM tariff.legal_note WHERE kind='chapter' AND number=52 AND note_label='subheading 1'")).toBe(1);
    expect(await count("SELECT count(*) c FROM tariff.legal_note WHERE text LIKE '%](/%'")).toBe(0);
  });

  it("countries and ECB rates: one row per country / per quoted day and currency", async () => {
    const countries = read("country-codes-datasets", "country-codes.csv");
    expect(await count("SELECT count(*) c FROM tariff.country")).toBe(lines(countries).filter((l) => l.trim()).length - 1);
    expect(await count("SELECT count(*) c FROM tariff.country")).toBe(249);
    expect(await q("SELECT alpha3, numeric_code, name, currency, region FROM tariff.country WHERE alpha2 = 'AF'")).toEqual([
      { alpha3: "AFG", numeric_code: "004", name: "Afghanistan", currency: "AFN", region: "Asia" },
    ]);
    expect(await count("SELECT count(*) c FROM tariff.country WHERE alpha2 = 'NA'")).toBe(1); // Namibia, not a null

    const ecb = lines(read("ecb-euro-reference-rates", "eurofxref-hist.csv.gz")).filter((l) => /^\d{4}-\d{2}-\d{2},/.test(l));
    expect(ecb.length).toBe(6983); // PROVENANCE.md
    const cells = ecb.reduce((a, l) => a + l.split(",").slice(1).filter((v) => /^\d/.test(v)).length, 0);
    expect(await count("SELECT count(*) c FROM tariff.exchange_rate")).toBe(cells);
    expect(await count("SELECT count(DISTINCT rate_date) c FROM tariff.exchange_rate")).toBe(ecb.length);
    expect(await q("SELECT per_eur FROM tariff.exchange_rate WHERE currency='USD' AND rate_date='2026-04-13'")).toEqual([{ per_eur: "1.168400" }]);
    expect(await count("SELECT count(*) c FROM tariff.exchange_rate WHERE currency='RUB' AND rate_date >= '2022-03-02'")).toBe(0);
  });

  it("VAT: three sources with history, spot checks from PROVENANCE.md", async () => {
    const rate = async (source: string, country: string, date: string) =>
      (
        await q<{ rate_percent: string }>(
          `SELECT rate_percent FROM tariff.vat_rate WHERE source_id=$1 AND country=$2 AND rate_type='standard'
           AND validity_start <= $3 AND (validity_end IS NULL OR validity_end >= $3)`,
          [source, country, date],
        )
      ).map((r) => r.rate_percent);
    expect(await rate("vat-ibericode", "EE", "2025-07-01")).toEqual(["24.000"]);
    expect(await rate("vat-ibericode", "EE", "2025-06-30")).toEqual(["22.000"]);
    expect(await rate("vat-ibericode", "FI", "2024-09-01")).toEqual(["25.500"]);
    expect(await rate("vat-ibericode", "SK", "2025-01-01")).toEqual(["23.000"]);
    expect(await rate("vat-ibericode", "RO", "2025-08-01")).toEqual(["21.000"]);
    expect(await rate("vat-kdeldycke", "DE", "2020-10-01")).toEqual(["16.000"]);
    expect(await rate("vat-kdeldycke", "GB", "2010-06-01")).toEqual(["17.500"]);
    expect(await rate("vat-node-sales-tax", "CH", "2026-01-01")).toEqual(["8.100"]);
    expect(await rate("vat-node-sales-tax", "EE", "2025-06-30")).toEqual(["22.000"]);
    expect(await rate("vat-node-sales-tax", "EE", "2025-07-01")).toEqual(["24.000"]);
    expect(await rate("vat-node-sales-tax", "US", "2026-01-01")).toEqual([]); // type none: no VAT
    expect(await count("SELECT count(DISTINCT country) c FROM tariff.vat_rate WHERE source_id='vat-ibericode'")).toBe(28);
    expect(await count("SELECT count(DISTINCT country) c FROM tariff.vat_rate WHERE source_id='vat-node-sales-tax'")).toBe(127);
    // No overlapping periods per source/country/type/description.
    expect(
      await count(`SELECT count(*) c FROM tariff.vat_rate a JOIN tariff.vat_rate b ON a.source_id=b.source_id AND a.country=b.country
                   AND a.rate_type=b.rate_type AND a.description IS NOT DISTINCT FROM b.description AND a.ctid < b.ctid
                   AND a.validity_start <= coalesce(b.validity_end, 'infinity') AND b.validity_start <= coalesce(a.validity_end, 'infinity')
                   WHERE a.source_id <> 'vat-ibericode'`),
    ).toBe(0);
  });

  it("EU CET 2020, UK Global Tariff 2021 and the EU 2026 ad valorem table: one measure per row of the files", async () => {
    const table = read("uk-global-tariff-2021-vs-eu-cet-2020", "ukgt_vs_cet.csv");
    const dataRows = lines(table).slice(1).filter((l) => /^\d{8}/.test(l)).length;
    expect(dataRows).toBe(11_830); // PROVENANCE.md
    expect(await count("SELECT count(*) AS c FROM tariff.measure WHERE source_id = 'eu-cet-2020'")).toBe(dataRows);
    expect(await count("SELECT count(*) AS c FROM tariff.measure WHERE source_id = 'uk-global-tariff-2021'")).toBe(dataRows);
    expect(await count("SELECT count(*) AS c FROM tariff.goods_nomenclature WHERE schedule = 'UK'")).toBe(dataRows);
    const adval = read("eu-cn8-third-country-adval-2026-dkm", "commodities_cn8_duty_pct.csv");
    expect(await count("SELECT count(*) AS c FROM tariff.measure WHERE source_id = 'eu-adval-2026'")).toBe(lines(adval).slice(1).filter((l) => /^\d{8},/.test(l)).length);
    // Anchors from the table: 0201 10 00 = 12.80% + 176.80 EUR / 100 kg (CET) and 12.00% + 147.00 GBP/100kg (UKGT).
    const [beef] = await q<{ duty_expression: { kind: string; components: Array<{ amount?: string; currency?: string }> } }>(
      "SELECT duty_expression FROM tariff.measure WHERE source_id = 'eu-cet-2020' AND commodity_code = '0201100000'",
    );
    expect(beef!.duty_expression.kind).toBe("compound");
    expect(beef!.duty_expression.components[1]).toMatchObject({ amount: "1.768", currency: "EUR" });
    const [ukBeef] = await q<{ duty_expression_text: string }>("SELECT duty_expression_text FROM tariff.measure WHERE source_id = 'uk-global-tariff-2021' AND commodity_code = '02011000'");
    expect(ukBeef!.duty_expression_text).toBe("12.00% + 147.00 GBP/100kg");
  });

  it("US special tariffs: Section 301 / 232 scopes rated by their chapter 99 heading; suspended List 4B not loaded", async () => {
    const s301 = lines(read("us-special-tariff-product-lists-budgetlab", "s301_product_lists.csv")).slice(1).filter(Boolean);
    const active301 = s301.filter((l) => !l.endsWith("9903.88.16")).length;
    expect(await count("SELECT count(*) AS c FROM tariff.measure WHERE source_id = 'us-special-tariffs' AND geographical_area = 'CN'")).toBe(active301);
    expect(await count("SELECT count(*) AS c FROM tariff.measure WHERE source_id = 'us-special-tariffs' AND additional_code = '9903.88.16'")).toBe(0);
    const [row] = await q<{ duty_expression: { kind: string; components: Array<{ percent?: string }> }; legal_basis: string }>(
      "SELECT duty_expression, legal_basis FROM tariff.measure WHERE source_id = 'us-special-tariffs' AND commodity_code = '73269086' AND additional_code = '9903.88.03'",
    );
    expect(row!.duty_expression).toMatchObject({ kind: "derived", components: [{ percent: "25" }] });
    expect(row!.legal_basis).toContain("Section 301");
  });

  it("Japan: every node of the schedule, one MFN measure per 9-digit leaf with a rate, EPA rates grouped by text", async () => {
    const text = read("jp-customs-tariff-2026-japan-tariff-mcp", "jp_tariff_lines_2026-07-09.csv.gz");
    const records = text.split("\n").filter((l) => /^\d{2},\d+,/.test(l)).length; // chapter,row_no,… starts every record
    expect(records).toBe(15_433); // PROVENANCE.md
    expect(await count("SELECT count(*) AS c FROM tariff.goods_nomenclature WHERE schedule = 'JP'")).toBe(records);
    expect(await count("SELECT count(*) AS c FROM tariff.goods_nomenclature WHERE schedule = 'JP' AND declarable")).toBe(9_653); // leaves with a 9-digit code
    const general = await count("SELECT count(*) AS c FROM tariff.measure WHERE schedule = 'JP' AND measure_type = 'general'");
    expect(general).toBeGreaterThan(9_300); // 305 leaves have no basic rate anywhere up their tree (PROVENANCE.md)
    const [tee] = await q<{ duty_expression_text: string }>("SELECT duty_expression_text FROM tariff.measure WHERE schedule = 'JP' AND measure_type = 'general' AND commodity_code = '610910020'");
    expect(tee!.duty_expression_text).toBe("7.4%"); // WTO rate printed without parentheses (basic 11.2 %)
  });

  it("Australia and Norway: lines and measures from their files", async () => {
    // Australia: one general measure per 8-digit item with a rate; Free under the FTAs that do not list the item.
    const [tee] = await q<{ duty_expression_text: string }>("SELECT duty_expression_text FROM tariff.measure WHERE schedule = 'AU' AND measure_type = 'general' AND commodity_code = '42021110'");
    expect(tee!.duty_expression_text).toBe("5%");
    expect(await count("SELECT count(DISTINCT substr(code, 1, 2)) AS c FROM tariff.goods_nomenclature WHERE schedule = 'AU'")).toBe(72); // PROVENANCE.md
    // Norway: the commodity file's rows, preferences only (no general measures).
    const commodities = lines(read("no-customs-tariff-preferences-tolletaten", "commodities_no.csv")).slice(1).filter((l) => /^\d{8},/.test(l)).length;
    expect(commodities).toBe(7_436); // PROVENANCE.md
    expect(await count("SELECT count(*) AS c FROM tariff.goods_nomenclature WHERE schedule = 'NO'")).toBe(commodities);
    expect(await count("SELECT count(*) AS c FROM tariff.measure WHERE schedule = 'NO' AND measure_type <> 'preferential'")).toBe(0);
  });

  it("is idempotent: a second run skips unchanged sources; --force reloads to the same counts", async () => {
    const again = await runImport({ pool: db.pool, dataDir: DATA, log: () => {} });
    expect(again.sources.map((s) => s.status)).toEqual(first.sources.map(() => "unchanged"));
    expect(again.tables).toEqual(first.tables);
    const hashes = await q("SELECT id, content_hash FROM tariff.data_source ORDER BY id");
    const forced = await runImport({ pool: db.pool, dataDir: DATA, force: true, log: () => {} });
    expect(forced.sources.map((s) => s.status)).toEqual(first.sources.map(() => "imported"));
    expect(forced.tables).toEqual(first.tables);
    expect(forced.sources.map((s) => s.rows)).toEqual(first.sources.map((s) => s.rows));
    expect(await q("SELECT id, content_hash FROM tariff.data_source ORDER BY id")).toEqual(hashes);
  }, 180_000);
});
