import { csvRecords } from "../csv.js";
import type { ImportContext, SourceAdapter } from "../types.js";
import { addDays, decimalString, fractionToPercent, isIsoDate, normalizeSpace } from "../util.js";

/**
 * VAT / GST rates from three sources, each loaded under its own source id. Where several cover a
 * country, the service prefers them in this order (first wins): ibericode (EU27 + GB, standard and
 * reduced rates with history) → kdeldycke (standard-rate history incl. special territories) →
 * node-sales-tax (one standard VAT/GST rate for 128 countries).
 *
 * Conventions for all three:
 * - rate_percent is a percentage (25.5), converted exactly from the sources' fractions (0.255).
 * - validity_end = the next period's start − 1 day (open = NULL).
 * - validity_start '0001-01-01' means "since before the source's history starts" (ibericode's
 *   `0000-01-01` "since forever", node-sales-tax's oldest known rate, a current rate without history).
 * - country is ISO 3166-1 alpha-2; sub-national codes (ES-CN, AT-6691, GB-BFPO 57, ...) and US/CA
 *   states/provinces are skipped by design (counted in the summary).
 */
export const VAT_SOURCE_PRECEDENCE = ["vat-ibericode", "vat-kdeldycke", "vat-node-sales-tax"] as const;

/** Start of a rate that has been in force since before the source's history. */
export const SINCE_EVER = "0001-01-01";

const IBERICODE_FILE = "vat-rates.json";
const KDELDYCKE_FILE = "vat_rates.csv";
const NST_FILE = "sales_tax_rates.json";

/** ibericode rate keys → rate_type (reduced1/reduced2/press_publications keep their key in the description). */
const IBERICODE_TYPES: Record<string, string> = {
  standard: "standard",
  reduced: "reduced",
  reduced1: "reduced",
  reduced2: "reduced",
  reduced3: "reduced",
  press_publications: "reduced",
  super_reduced: "super_reduced",
  parking: "parking",
};

async function readJson(ctx: ImportContext, file: string): Promise<unknown> {
  const text = await ctx.readText(file);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message})`);
  }
}

/** Approximate line of a JSON key in the file text, for issue reports (0 when not found). */
function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) return 0;
  let n = 1;
  for (let k = 0; k < i; k++) if (text.charCodeAt(k) === 10) n++;
  return n;
}

export const vatIbericode: SourceAdapter = {
  id: "vat-ibericode",
  group: "vat",
  folder: "vat-rates-ibericode",
  files: [IBERICODE_FILE],
  description: "EU27 + GB VAT rates (standard, reduced, super-reduced, parking) with effective-date history",
  licence: "MIT",
  version: "1",
  async load(ctx) {
    const text = await ctx.readText(IBERICODE_FILE);
    const doc = (await readJson(ctx, IBERICODE_FILE)) as { items?: Record<string, unknown> };
    if (!doc || typeof doc !== "object" || !doc.items || typeof doc.items !== "object") throw new Error(`${IBERICODE_FILE}: no "items" object`);
    for (const [country, periodsRaw] of Object.entries(doc.items)) {
      const line = lineOf(text, `"${country}"`);
      if (!/^[A-Z]{2}$/.test(country)) {
        ctx.issue(IBERICODE_FILE, line, `country key ${JSON.stringify(country)} is not ISO alpha-2`);
        continue;
      }
      if (!Array.isArray(periodsRaw)) {
        ctx.issue(IBERICODE_FILE, line, `${country}: periods is not a list`);
        continue;
      }
      const periods: Array<{ from: string; rates: Record<string, unknown>; exceptions: number }> = [];
      for (const p of periodsRaw as Array<Record<string, unknown>>) {
        const from = String(p?.effective_from ?? "");
        const start = from === "0000-01-01" ? SINCE_EVER : from;
        if (!isIsoDate(start)) {
          ctx.issue(IBERICODE_FILE, line, `${country}: effective_from ${JSON.stringify(from)} is not YYYY-MM-DD`);
          continue;
        }
        if (!p.rates || typeof p.rates !== "object") {
          ctx.issue(IBERICODE_FILE, line, `${country} ${from}: no rates`);
          continue;
        }
        periods.push({ from: start, rates: p.rates as Record<string, unknown>, exceptions: Array.isArray(p.exceptions) ? p.exceptions.length : 0 });
      }
      periods.sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0)); // newest first
      for (const [i, p] of periods.entries()) {
        const end = i > 0 ? addDays(periods[i - 1]!.from, -1) : null;
        if (p.exceptions) ctx.skip("territorial exception (postcode-based rate)", p.exceptions);
        for (const [key, value] of Object.entries(p.rates)) {
          const rateType = IBERICODE_TYPES[key];
          const pct = decimalString(value);
          if (!rateType) {
            ctx.issue(IBERICODE_FILE, line, `${country} ${p.from}: unknown rate key ${JSON.stringify(key)}`);
            continue;
          }
          if (pct === undefined || Number(pct) < 0 || Number(pct) > 100) {
            ctx.issue(IBERICODE_FILE, line, `${country} ${p.from}: ${key} rate ${JSON.stringify(value)} is not a percentage`);
            continue;
          }
          await ctx.insert("vat_rate", {
            country,
            rate_type: rateType,
            rate_percent: pct,
            validity_start: p.from,
            validity_end: end,
            description: key === rateType ? null : key,
          }, { file: IBERICODE_FILE, line });
        }
      }
    }
  },
};

export const vatKdeldycke: SourceAdapter = {
  id: "vat-kdeldycke",
  group: "vat",
  folder: "vat-rates-history-kdeldycke",
  files: [KDELDYCKE_FILE],
  description: "Historical standard VAT rates for EU member states, the UK and special territories",
  licence: "BSD-2-Clause",
  version: "1",
  async load(ctx) {
    const HEADER = "start_date,stop_date,territory_codes,currency_code,rate,rate_type,description";
    /** EU-style codes that are aliases of an ISO code listed in the same records. */
    const ALIASES: Record<string, string> = { UK: "GB", EL: "GR" };
    const seen = new Map<string, string>(); // country|type|start → rate
    let header = true;
    for (const { record, line } of csvRecords(await ctx.readText(KDELDYCKE_FILE), KDELDYCKE_FILE)) {
      if (header) {
        header = false;
        if (record.join(",") !== HEADER) throw new Error(`${KDELDYCKE_FILE}: unexpected header ${record.join(",")}`);
        continue;
      }
      if (record.every((f) => f.trim() === "")) {
        ctx.skip("blank row");
        continue;
      }
      if (record.length !== 7) {
        ctx.issue(KDELDYCKE_FILE, line, `expected 7 fields, got ${record.length}`);
        continue;
      }
      const [start, stop, codesRaw, , rateRaw, rateType, desc] = record.map((f) => f.trim()) as string[];
      const rate = decimalString(rateRaw);
      let why: string | undefined;
      if (!isIsoDate(start!)) why = `start_date ${JSON.stringify(start)} is not YYYY-MM-DD`;
      else if (stop && !isIsoDate(stop)) why = `stop_date ${JSON.stringify(stop)} is not YYYY-MM-DD`;
      else if (stop && stop <= start!) why = `stop_date ${stop} is not after start_date ${start}`;
      else if (rate === undefined || Number(rate) < 0 || Number(rate) > 1) why = `rate ${JSON.stringify(rateRaw)} is not a fraction between 0 and 1`;
      else if (!rateType) why = "empty rate_type";
      else if (!codesRaw) why = "empty territory_codes";
      if (why) {
        ctx.issue(KDELDYCKE_FILE, line, why);
        continue;
      }
      for (let code of codesRaw!.split(/\s*\n\s*/).map((c) => c.trim()).filter(Boolean)) {
        code = ALIASES[code] ?? code;
        if (!/^[A-Z]{2}$/.test(code)) {
          ctx.skip("sub-national territory code (e.g. ES-CN, AT-6691)");
          continue;
        }
        const key = `${code}|${rateType}|${start}`;
        const prev = seen.get(key);
        if (prev !== undefined) {
          if (prev === rate) ctx.skip("same country listed again (alias UK/EL or repeated code)");
          else ctx.issue(KDELDYCKE_FILE, line, `${code} ${rateType} from ${start}: rate ${rate} conflicts with ${prev} given earlier`);
          continue;
        }
        seen.set(key, rate!);
        await ctx.insert(
          "vat_rate",
          {
            country: code,
            rate_type: rateType,
            rate_percent: fractionToPercent(rate!),
            validity_start: start,
            validity_end: stop ? addDays(stop, -1) : null,
            description: desc ? normalizeSpace(desc) : null,
          },
          { file: KDELDYCKE_FILE, line },
        );
      }
    }
  },
};

/** '2025-06-30T21:00:00.000Z' (local midnight stored as UTC) → '2025-07-01'. */
function localDate(instant: string): string | undefined {
  const t = Date.parse(instant);
  if (!Number.isFinite(t)) return undefined;
  return new Date(t + 12 * 3600_000).toISOString().slice(0, 10);
}

export const vatNodeSalesTax: SourceAdapter = {
  id: "vat-node-sales-tax",
  group: "vat",
  folder: "sales-tax-rates-node-sales-tax",
  files: [NST_FILE],
  description: "Standard VAT/GST rate for 128 countries (node-sales-tax); US states / CA provinces not loaded",
  licence: "MIT",
  version: "1",
  async load(ctx) {
    const text = await ctx.readText(NST_FILE);
    const doc = (await readJson(ctx, NST_FILE)) as Record<string, Record<string, unknown>>;
    if (!doc || typeof doc !== "object" || Array.isArray(doc)) throw new Error(`${NST_FILE}: not a JSON object`);
    for (const [country, entry] of Object.entries(doc)) {
      const line = lineOf(text, `"${country}":`);
      if (!/^[A-Z]{2}$/.test(country) || !entry || typeof entry !== "object") {
        ctx.issue(NST_FILE, line, `entry ${JSON.stringify(country)} is not an ISO alpha-2 country object`);
        continue;
      }
      if (entry.states && typeof entry.states === "object") ctx.skip("sub-national rate (US state / CA province / ES region)", Object.keys(entry.states).length);
      // Periods: the current rate since the newest `before` key; each `before[k]` applies up to k.
      const befores = Object.entries((entry.before ?? {}) as Record<string, Record<string, unknown>>)
        .map(([k, v]) => ({ until: localDate(k), v, k }))
        .sort((a, b) => ((a.until ?? "") < (b.until ?? "") ? 1 : -1));
      if (befores.some((b) => !b.until)) {
        ctx.issue(NST_FILE, line, `${country}: a "before" key is not an ISO instant`);
        continue;
      }
      const periods: Array<{ start: string; end: string | null; type: unknown; rate: unknown }> = [];
      periods.push({ start: befores[0]?.until ?? SINCE_EVER, end: null, type: entry.type, rate: entry.rate });
      for (const [i, b] of befores.entries()) {
        periods.push({ start: befores[i + 1]?.until ?? SINCE_EVER, end: addDays(b.until!, -1), type: b.v?.type ?? entry.type, rate: b.v?.rate });
      }
      for (const p of periods) {
        const rate = decimalString(p.rate);
        if (p.type === "none") {
          ctx.skip("no national VAT/GST (type none)");
          continue;
        }
        if (rate === undefined || Number(rate) < 0 || Number(rate) > 1) {
          ctx.issue(NST_FILE, line, `${country}: rate ${JSON.stringify(p.rate)} is not a fraction between 0 and 1`);
          continue;
        }
        await ctx.insert("vat_rate", {
          country,
          rate_type: "standard",
          rate_percent: fractionToPercent(rate),
          validity_start: p.start,
          validity_end: p.end,
          description: typeof p.type === "string" ? p.type.toUpperCase() : null,
        }, { file: NST_FILE, line });
      }
    }
  },
};
