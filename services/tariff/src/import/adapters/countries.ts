import { csvRecords } from "../csv.js";
import type { SourceAdapter } from "../types.js";
import { normalizeSpace } from "../util.js";

/**
 * ISO 3166 countries (datasets/country-codes) → country.
 * - name: `CLDR display name`, else `official_name_en`.
 * - numeric_code: ISO 3166-1 numeric, zero-padded to 3 digits ('4' → '004').
 * - currency: `ISO4217-currency_alphabetic_code`; where the file lists several ("INR,BTN",
 *   "SVC,USD", "PAB,USD", ...) the first one is kept; empty → NULL (e.g. Antarctica, Palestine).
 * - region: UN M49 `Region Name` (NULL when empty, e.g. Antarctica).
 */

const FILE = "country-codes.csv";

export const countries: SourceAdapter = {
  id: "countries",
  folder: "country-codes-datasets",
  files: [FILE],
  description: "ISO 3166 countries with ISO 4217 currency and UN M49 region",
  licence: "PDDL (datasets/country-codes)",
  version: "1",
  async load(ctx) {
    let cols: Map<string, number> | undefined;
    const need = ["ISO3166-1-Alpha-2", "ISO3166-1-Alpha-3", "ISO3166-1-numeric", "CLDR display name", "official_name_en", "ISO4217-currency_alphabetic_code", "Region Name"];
    for (const { record, line } of csvRecords(await ctx.readText(FILE), FILE)) {
      if (!cols) {
        cols = new Map(record.map((h, i) => [h.trim(), i]));
        const missing = need.filter((c) => !cols!.has(c));
        if (missing.length) throw new Error(`${FILE}: missing column(s) ${missing.join(", ")}`);
        continue;
      }
      if (record.every((f) => f.trim() === "")) {
        ctx.skip("blank row");
        continue;
      }
      const get = (c: string) => (record[cols!.get(c)!] ?? "").trim();
      if (record.length !== cols.size) {
        ctx.issue(FILE, line, `expected ${cols.size} fields, got ${record.length}`);
        continue;
      }
      const alpha2 = get("ISO3166-1-Alpha-2");
      const alpha3 = get("ISO3166-1-Alpha-3");
      const numeric = get("ISO3166-1-numeric");
      const name = normalizeSpace(get("CLDR display name") || get("official_name_en"));
      const currency = get("ISO4217-currency_alphabetic_code").split(",")[0]!.trim();
      if (!/^[A-Z]{2}$/.test(alpha2)) ctx.issue(FILE, line, `ISO3166-1-Alpha-2 ${JSON.stringify(alpha2)} is not two letters`);
      else if (alpha3 && !/^[A-Z]{3}$/.test(alpha3)) ctx.issue(FILE, line, `ISO3166-1-Alpha-3 ${JSON.stringify(alpha3)} is not three letters`);
      else if (numeric && !/^\d{1,3}$/.test(numeric)) ctx.issue(FILE, line, `ISO3166-1-numeric ${JSON.stringify(numeric)} is not a number`);
      else if (currency && !/^[A-Z]{3}$/.test(currency)) ctx.issue(FILE, line, `currency ${JSON.stringify(currency)} is not an ISO 4217 code`);
      else if (!name) ctx.issue(FILE, line, "no name");
      else {
        await ctx.insert(
          "country",
          {
            alpha2,
            alpha3: alpha3 || null,
            numeric_code: numeric ? numeric.padStart(3, "0") : null,
            name,
            currency: currency || null,
            region: get("Region Name") || null,
          },
          { file: FILE, line },
        );
      }
    }
  },
};
