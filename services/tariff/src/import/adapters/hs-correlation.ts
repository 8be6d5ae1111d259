import { csvRecords } from "../csv.js";
import type { SourceAdapter } from "../types.js";

/**
 * UNSD HS 2022 ↔ HS 2017 correlation at 6 digits (all pairs with their relationship type).
 * Comtrade's 999999 ↔ 999999 pseudo-pair is kept (it is a pair of the published table).
 */

const FILE = "hs2022_hs2017_correlation.csv";
const RELATIONSHIPS = new Set(["1:1", "1:n", "n:1", "n:n"]);

export const hsCorrelation: SourceAdapter = {
  id: "hs-correlation",
  folder: "hs-edition-correlation-unsd-comtrade",
  files: [FILE],
  description: "UNSD HS 2022 ↔ HS 2017 correlation table (6-digit pairs with relationship)",
  licence: "Apache-2.0 (repo); UNSD/UN Comtrade tables",
  version: "1",
  async load(ctx) {
    let header = true;
    for (const { record, line } of csvRecords(await ctx.readText(FILE), FILE)) {
      if (header) {
        header = false;
        if (record.join(",") !== "hs2022,hs2017,relationship") throw new Error(`${FILE}: unexpected header ${record.join(",")}`);
        continue;
      }
      if (record.every((f) => f.trim() === "")) {
        ctx.skip("blank row");
        continue;
      }
      const [hs2022 = "", hs2017 = "", rel = ""] = record.map((f) => f.trim());
      if (record.length !== 3) ctx.issue(FILE, line, `expected 3 fields, got ${record.length}`);
      else if (!/^\d{6}$/.test(hs2022)) ctx.issue(FILE, line, `hs2022 ${JSON.stringify(hs2022)} is not 6 digits`);
      else if (!/^\d{6}$/.test(hs2017)) ctx.issue(FILE, line, `hs2017 ${JSON.stringify(hs2017)} is not 6 digits`);
      else if (!RELATIONSHIPS.has(rel)) ctx.issue(FILE, line, `relationship ${JSON.stringify(rel)} is not one of 1:1, 1:n, n:1, n:n`);
      else await ctx.insert("hs_correlation", { hs2022, hs2017, relationship: rel }, { file: FILE, line });
    }
  },
};
