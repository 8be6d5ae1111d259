import { csvRecords } from "../csv.js";
import type { SourceAdapter } from "../types.js";

/**
 * EU third-country duty 2026, ad valorem percentage per CN 8-digit code (a customs broker's
 * derived table, see its PROVENANCE.md) → measure schedule 'EU', type 'general', ERGA_OMNES, on
 * the code padded to 10 digits, validity from 2026-01-01, data date 2026-04-06 (the file's last
 * change), confidence 'low'.
 *
 * It is a cross-check, not an authoritative table: only the ad valorem part is kept (specific
 * duties become 0), 86 lines carry the 50 % duty conditional on Russian / Belarusian origin, and
 * some end-use splits show 0. Those known problems become notes on the measure, and the tariff
 * service never uses a 0 % in chapters 01–24 or a 50 % of that kind as a rate (domain/eu-duty.ts).
 */

const FILE = "commodities_cn8_duty_pct.csv";
const HEADER = "commodity_code,description,duty_pct";
/** Chapters where the file's 50.0 matches the RU/BY-conditional duty (PROVENANCE.md, problem 2). */
export const RU_BY_CHAPTERS = new Set(["07", "11", "12", "14", "15", "23"]);

export const euAdval2026: SourceAdapter = {
  id: "eu-adval-2026",
  group: "duties",
  folder: "eu-cn8-third-country-adval-2026-dkm",
  files: [FILE],
  description: "EU third-country duty 2026, ad valorem part only, per CN 8-digit code (derived table; cross-check of the 2020 CET)",
  licence: "none stated in repo",
  version: "1",
  async load(ctx) {
    let header = true;
    for (const { record, line } of csvRecords(await ctx.readText(FILE), FILE)) {
      if (header) {
        header = false;
        if (record.join(",") !== HEADER) throw new Error(`${FILE}: unexpected header ${record.join(",")}`);
        continue;
      }
      if (record.length !== 3) {
        ctx.issue(FILE, line, `expected 3 fields, got ${record.length}`);
        continue;
      }
      const [code, , pctRaw] = record.map((f) => f.trim()) as [string, string, string];
      if (!/^\d{8}$/.test(code)) {
        ctx.issue(FILE, line, `commodity_code ${JSON.stringify(code)} is not 8 digits`);
        continue;
      }
      if (!/^\d+(\.\d+)?$/.test(pctRaw)) {
        ctx.issue(FILE, line, `duty_pct ${JSON.stringify(pctRaw)} is not a non-negative decimal`);
        continue;
      }
      const pct = pctRaw.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
      const chapter = code.slice(0, 2);
      const notes = ["derived table: only the ad valorem part of the third-country duty is kept"];
      if (pct === "0" && chapter <= "24") notes.push("a 0 % in chapters 01-24 may hide a specific duty (specific duties are 0 in this table)");
      if (pct === "50" && RU_BY_CHAPTERS.has(chapter)) notes.push("50 % matches the duty conditional on Russian or Belarusian origin, not the erga omnes rate");
      const text = `${pct}%`;
      await ctx.insert(
        "measure",
        {
          schedule: "EU",
          commodity_code: code.padEnd(10, "0"),
          measure_type: "general",
          geographical_area: "ERGA_OMNES",
          programs: [],
          duty_expression_text: text,
          duty_expression: pct === "0" ? { kind: "free", text, components: [] } : { kind: "ad_valorem", text, components: [{ type: "ad_valorem", percent: pct }] },
          validity_start: "2026-01-01",
          validity_end: null,
          legal_basis: `EU third-country duty 2026 (ad valorem part), CN ${code.slice(0, 4)} ${code.slice(4, 6)} ${code.slice(6, 8)}`,
          data_date: "2026-04-06",
          confidence: "low",
          notes,
        },
        { file: FILE, line },
      );
    }
  },
};
