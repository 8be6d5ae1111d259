import { csvRecords } from "../csv.js";
import type { SourceAdapter } from "../types.js";
import { isIsoDate } from "../util.js";

/**
 * ECB euro foreign-exchange reference rates (daily history, gzip) → exchange_rate
 * (currency, rate_date, per_eur = units of currency per 1 EUR as the decimal string of the file).
 * `N/A` cells (currency not quoted that day: legacy currencies, RUB since 2022, ...) and empty
 * cells (the trailing comma's empty column) are no data, silently skipped.
 */

const FILE = "eurofxref-hist.csv.gz";

export const ecbRates: SourceAdapter = {
  id: "ecb-rates",
  folder: "ecb-euro-reference-rates",
  files: [FILE],
  description: "ECB euro foreign exchange reference rates, daily, 1999 onwards",
  licence: "Apache-2.0 (package); data ECB",
  version: "1",
  async load(ctx) {
    let currencies: string[] | undefined;
    for (const { record, line } of csvRecords(await ctx.readText(FILE), FILE)) {
      if (!currencies) {
        if (record[0]?.trim() !== "Date") throw new Error(`${FILE}: header must start with Date, got ${record.slice(0, 3).join(",")}`);
        currencies = record.map((c) => c.trim());
        continue;
      }
      if (record.every((f) => f.trim() === "")) continue;
      const date = record[0]!.trim();
      if (!isIsoDate(date)) {
        ctx.issue(FILE, line, `Date ${JSON.stringify(date)} is not YYYY-MM-DD`);
        continue;
      }
      if (record.length > currencies.length) {
        ctx.issue(FILE, line, `expected at most ${currencies.length} fields, got ${record.length}`);
        continue;
      }
      for (let i = 1; i < record.length; i++) {
        const currency = currencies[i]!;
        const v = record[i]!.trim();
        if (v === "" || v === "N/A") continue;
        if (!/^[A-Z]{3}$/.test(currency)) {
          ctx.issue(FILE, line, `value ${JSON.stringify(v)} in a column without a currency code`);
          continue;
        }
        if (!/^\d+(\.\d+)?$/.test(v) || Number(v) <= 0) {
          ctx.issue(FILE, line, `${currency} rate ${JSON.stringify(v)} is not a positive decimal`);
          continue;
        }
        await ctx.insert("exchange_rate", { currency, rate_date: date, per_eur: v }, { file: FILE, line });
      }
    }
  },
};
