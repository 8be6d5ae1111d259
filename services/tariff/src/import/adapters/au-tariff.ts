import { canonicalDecimal, type DutyExpression } from "../../domain/duty-expression.js";
import { csvRecords } from "../csv.js";
import type { ImportContext, SourceAdapter } from "../types.js";
import { addDays, normalizeSpace, sectionOfChapter } from "../util.js";

/**
 * Australia's Customs Tariff (Customs Tariff Act 1995), scraped from the ABF Working Tariff
 * (~April 2026): Schedule 3 general rates for 72 of the 96 chapters, and the FTA schedules
 * (Schedules 4A–16) listing the tariff items whose preferential rate is NOT Free.
 *
 * → goods_nomenclature schedule 'AU' (one row per reference number, 6/7/8 digits; parent = the
 * longest listed prefix; 8-digit items are the declarable lines) and measures on the 8-digit items:
 * - general: the first rate of the Schedule 3 cell ("5%", "Free", "$0.526/L"); the preference
 *   markers printed in the same cell ("CAFree" = Canada) become preferential measures for Canada;
 *   the developing-country markers (DC, DCS, DCT, FI, LDC) are not loaded (their country lists are
 *   not in the data).
 * - FTA preferences: for each FTA, an item listed in its schedule takes the listed rate (phasing
 *   steps "From 1 January 2024: 2%" become dated measures); an item NOT listed is Free for
 *   originating goods — the rule of the Act's FTA schedules, encoded here (confidence 'medium').
 *   Free rates are grouped into one measure per item naming every FTA that gives it.
 * Texts outside the grammar ("$107.99/L of alcohol", tobacco content) stay 'unparsed'.
 * Chapters missing from the scrape have no lines: GetDutyRates answers duty_unavailable for them.
 */

const S3 = "schedule3_general_rates.csv";
const FTA = "fta_schedules_rates.csv";
const DATA_DATE = "2026-04-01";
const VALID_FROM = "2026-01-01";

/**
 * FTA schedule → programme code, name and partner countries (in force for Australia as of 2026).
 * Source: DFAT "Australia's free trade agreements in force" (https://www.dfat.gov.au/trade/agreements/trade-agreements)
 * and the Customs Tariff Act 1995 schedules; reviewed 2026-12-03. PACER Plus (Schedule 8A) is not
 * loaded: which Pacific parties have it in force could not be confirmed here.
 */
export const AU_FTAS: Record<string, { code: string; name: string; countries: string[] }> = {
  SAFTA: { code: "SAFTA", name: "Singapore–Australia FTA", countries: ["SG"] },
  AUSFTA: { code: "AUSFTA", name: "Australia–United States FTA", countries: ["US"] },
  TAFTA: { code: "TAFTA", name: "Thailand–Australia FTA", countries: ["TH"] },
  Peru: { code: "PAFTA", name: "Peru–Australia FTA", countries: ["PE"] },
  "ACI-FTA": { code: "ACI-FTA", name: "Australia–Chile FTA", countries: ["CL"] },
  AANZFTA: { code: "AANZFTA", name: "ASEAN–Australia–New Zealand FTA", countries: ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "NZ"] },
  CPTPP: { code: "CPTPP", name: "Comprehensive and Progressive Agreement for Trans-Pacific Partnership", countries: ["BN", "CA", "CL", "GB", "JP", "MX", "MY", "NZ", "PE", "SG", "VN"] },
  MAFTA: { code: "MAFTA", name: "Malaysia–Australia FTA", countries: ["MY"] },
  "IA-CEPA": { code: "IA-CEPA", name: "Indonesia–Australia CEPA", countries: ["ID"] },
  KAFTA: { code: "KAFTA", name: "Korea–Australia FTA", countries: ["KR"] },
  "AI-ECTA": { code: "AI-ECTA", name: "Australia–India ECTA", countries: ["IN"] },
  JAEPA: { code: "JAEPA", name: "Japan–Australia EPA", countries: ["JP"] },
  ChAFTA: { code: "ChAFTA", name: "China–Australia FTA", countries: ["CN"] },
  "HK-FTA": { code: "A-HKFTA", name: "Australia–Hong Kong FTA", countries: ["HK"] },
  RCEP: { code: "RCEP", name: "Regional Comprehensive Economic Partnership", countries: ["BN", "KH", "ID", "LA", "MY", "PH", "SG", "TH", "VN", "CN", "JP", "KR", "NZ"] },
  "A-UKFTA": { code: "A-UKFTA", name: "Australia–United Kingdom FTA", countries: ["GB"] },
  "UAE-CEPA": { code: "UAE-CEPA", name: "Australia–UAE CEPA", countries: ["AE"] },
};

const MONTHS: Record<string, string> = { January: "01", February: "02", March: "03", April: "04", May: "05", June: "06", July: "07", August: "08", September: "09", October: "10", November: "11", December: "12" };

function clean(s: string): string {
  return normalizeSpace(s.replace(/[\u200b\u00a0]/g, " "));
}

/** One Australian rate: "Free", "5%", "$0.526/L", "$2,445.26/kg", "$1.52829/stick". */
export function parseAuRate(text: string): DutyExpression {
  const t = clean(text).replace(/\s*\/\s*/g, "/");
  if (/^free$/i.test(t)) return { kind: "free", text: t, components: [] };
  let m = /^(\d+(?:\.\d+)?)%$/.exec(t);
  if (m) return m[1] === "0" ? { kind: "free", text: t, components: [] } : { kind: "ad_valorem", text: t, components: [{ type: "ad_valorem", percent: canonicalDecimal(m[1]!) }] };
  m = /^\$([\d,]+(?:\.\d+)?)\/(L|kg|stick)$/.exec(t);
  if (m) {
    const unit = m[2] === "L" ? "liter" : m[2] === "kg" ? "kg" : "each";
    return { kind: "specific", text: t, components: [{ type: "specific", amount: canonicalDecimal(m[1]!), currency: "AUD", unit, unitText: m[2]!, ...(m[2] === "stick" ? { appliesTo: "stick" } : {}) }] };
  }
  return { kind: "unparsed", text: t, components: [], reason: `Australian rate outside the supported forms (%, Free, $/L, $/kg, $/stick): "${t}"` };
}

/** "From 30 December 2018: 5% From 1 January 2020: Free" → dated steps; a plain rate → one undated step. */
export function phasing(text: string): Array<{ from?: string; rate: string }> {
  const t = clean(text);
  const steps = [...t.matchAll(/From\s*(\d{1,2})\s*([A-Z][a-z]+)\s*(\d{4}):?\s*(.*?)(?=\s*From\s*\d|$)/g)];
  if (steps.length === 0) return [{ rate: t }];
  return steps.map((s) => ({ from: MONTHS[s[2]!] ? `${s[3]}-${MONTHS[s[2]!]}-${s[1]!.padStart(2, "0")}` : undefined, rate: s[4]!.trim() }));
}

/** The general rate and the Canada rate of a Schedule 3 cell ("5% CAFree", "5% DCS4% DCT5%"). */
export function splitGeneralCell(cell: string): { general: string; canada?: string; other: boolean } {
  const t = clean(cell);
  const m = /^(Free|\d+(?:\.\d+)?%|\$[\d,]+(?:\.\d+)?\s*\/\s*(?:L|kg|stick)(?: of [a-z ]+)?)(.*)$/.exec(t);
  if (!m) return { general: t, other: false };
  const rest = m[2]!;
  const ca = /\bCA\s*(Free|\d+(?:\.\d+)?%)/.exec(rest);
  return { general: m[1]!, canada: ca?.[1], other: /\b(DC|DCS|DCT|FI|LDC|NZ|PG|SG)\b|From/.test(rest) };
}

interface Item {
  /** The reference number is printed with an asterisk in the tariff. */
  starred: boolean;
  code: string;
  description: string;
  unit: string;
  rate: string;
  line: number;
}

async function readSchedule3(ctx: ImportContext): Promise<Item[]> {
  const items: Item[] = [];
  let header = true;
  for (const { record, line } of csvRecords(await ctx.readText(S3), S3)) {
    if (header) {
      header = false;
      if (record.join(",") !== "section,chapter,heading,reference_number,statistical_code,unit,description,duty_rate_raw") throw new Error(`${S3}: unexpected header`);
      continue;
    }
    const [, , , ref, , unit, desc, rate] = record.map((f) => f.trim()) as string[];
    const starred = /[*#]/.test(ref ?? "");
    const code = (ref ?? "").replace(/[.\s\u200b*#]/g, "");
    if (!/^\d{6,8}$/.test(code)) {
      ctx.issue(S3, line, `reference_number ${JSON.stringify(ref)} is not a 6-8 digit code`);
      continue;
    }
    items.push({ code, description: clean(desc ?? "").replace(/^[-\s]+/, "") || code, unit: unit ?? "", rate: clean(rate ?? ""), starred, line });
  }
  return items;
}

export const auTariff: SourceAdapter = {
  id: "au-tariff-2026",
  group: "duties",
  folder: "au-customs-tariff-schedule3-networkneedsau",
  files: [S3, FTA],
  description: "Australia Customs Tariff, Schedule 3 general rates (72 of 96 chapters) and FTA schedules (ABF Working Tariff, ~April 2026)",
  licence: "none stated in repo (ABF Working Tariff scrape)",
  version: "5",
  async load(ctx) {
    const items = await readSchedule3(ctx);
    // Nomenclature: one row per reference number (the first row of a duplicated number wins).
    const byCode = new Map<string, Item>();
    for (const it of items) if (!byCode.has(it.code)) byCode.set(it.code, it);
    else ctx.skip("reference number repeated (statistical code rows)");
    const codes = [...byCode.keys()].sort();
    const sids = new Map<string, number>();
    for (const c of codes) sids.set(c, await ctx.nextSid());
    const parentOf = (c: string) => {
      for (let n = c.length - 1; n >= 6; n--) if (byCode.has(c.slice(0, n))) return c.slice(0, n);
      return undefined;
    };
    const hasChild = new Set(codes.map(parentOf).filter((p): p is string => !!p));
    let position = 0;
    for (const c of codes) {
      const it = byCode.get(c)!;
      const parent = parentOf(c);
      await ctx.insert(
        "goods_nomenclature",
        {
          sid: sids.get(c),
          schedule: "AU",
          code: c,
          level: c.length === 8 ? "tariff_line" : c.length === 6 ? "subheading" : "group",
          indent: c.length - 6,
          position: position++,
          parent_sid: parent ? sids.get(parent) : null,
          section: sectionOfChapter(c.slice(0, 2)),
          description: it.description,
          units: it.unit ? [it.unit] : [],
          declarable: c.length === 8 && !hasChild.has(c),
          validity_start: VALID_FROM,
          validity_end: null,
        },
        { file: S3, line: it.line },
      );
    }

    // FTA exception rates by item and FTA.
    const exceptions = new Map<string, Map<string, { text: string; line: number; prescribed: boolean }>>();
    let header = true;
    for (const { record, line } of csvRecords(await ctx.readText(FTA), FTA)) {
      if (header) {
        header = false;
        continue;
      }
      const [, fta, hs, , rate] = record.map((f) => f.trim()) as string[];
      // "3808.59.90*(*prescribed goods only)": the rate applies to goods prescribed by by-law only.
      const prescribed = /prescribed goods only/i.test(hs ?? "");
      const code = (hs ?? "").replace(/\(.*\)/, "").replace(/[.\s\u200b*#]/g, "");
      if (!AU_FTAS[fta!]) {
        ctx.skip(`FTA schedule ${fta} not loaded`);
        continue;
      }
      if (!/^\d{8}$/.test(code)) {
        ctx.issue(FTA, line, `hs_code ${JSON.stringify(hs)} is not 8 digits`);
        continue;
      }
      const perItem = exceptions.get(code) ?? new Map();
      const earlier = perItem.get(fta!);
      if (earlier && prescribed && !earlier.prescribed) {
        ctx.skip("FTA rate for prescribed goods only, next to the item's general FTA rate (the general one is kept)");
        continue;
      }
      perItem.set(fta!, { text: clean(rate ?? ""), line, prescribed });
      exceptions.set(code, perItem);
    }

    const base = { schedule: "AU", validity_end: null, data_date: DATA_DATE };
    for (const c of codes) {
      const it = byCode.get(c)!;
      if (c.length !== 8 || !it.rate) continue;
      const at = { file: S3, line: it.line };
      const cell = splitGeneralCell(it.rate);
      const general = parseAuRate(cell.general);
      if (general.kind === "unparsed") ctx.note("general rates loaded as kind 'unparsed' (per litre of alcohol, tobacco content, phasing)");
      await ctx.insert(
        "measure",
        {
          ...base,
          commodity_code: c,
          measure_type: "general",
          geographical_area: "ERGA_OMNES",
          programs: [],
          duty_expression_text: cell.general,
          duty_expression: general,
          validity_start: VALID_FROM,
          legal_basis: `Customs Tariff Act 1995 (Cth), Schedule 3, tariff item ${c.slice(0, 4)}.${c.slice(4, 6)}.${c.slice(6)}`,
          confidence: "high",
          notes: [
            ...(cell.other ? [`the cell also prints developing-country or phasing rates not loaded: "${it.rate}"`] : []),
            ...(it.starred ? ["the tariff item is printed with an asterisk (*) in the Working Tariff"] : []),
          ],
        },
        at,
      );
      if (cell.canada) {
        await ctx.insert(
          "measure",
          {
            ...base,
            commodity_code: c,
            measure_type: "preferential",
            geographical_area: "CA",
            programs: ["CA"],
            duty_expression_text: `${cell.canada} (CA)`,
            duty_expression: parseAuRate(cell.canada),
            validity_start: VALID_FROM,
            legal_basis: "Customs Tariff Act 1995 (Cth), Schedule 3, Canada rate",
            confidence: "high",
          },
          at,
        );
      }
      // FTAs: listed items take their listed (possibly phased) rate; the others are Free.
      const listed = exceptions.get(c) ?? new Map<string, { text: string; line: number; prescribed?: boolean }>();
      const freeUnder = Object.keys(AU_FTAS).filter((f) => !listed.has(f)).map((f) => AU_FTAS[f]!.code);
      if (freeUnder.length) {
        await ctx.insert(
          "measure",
          {
            ...base,
            commodity_code: c,
            measure_type: "preferential",
            geographical_area: freeUnder.join(","),
            programs: freeUnder,
            duty_expression_text: `Free (${freeUnder.join(",")})`,
            duty_expression: { kind: "free", text: "Free", components: [] },
            validity_start: VALID_FROM,
            legal_basis: "Customs Tariff Act 1995 (Cth), FTA schedules: items not listed in an FTA schedule are Free for goods originating under it",
            confidence: "medium",
            notes: ["Free because the item is not listed in these FTA schedules (the Act's rule, encoded here)"],
          },
          at,
        );
      }
      for (const [fta, ex] of listed) {
        const steps = phasing(ex.text);
        for (let i = 0; i < steps.length; i++) {
          const step = steps[i]!;
          const from = step.from && step.from > VALID_FROM ? step.from : VALID_FROM;
          const nextFrom = steps[i + 1]?.from;
          if (nextFrom && nextFrom <= VALID_FROM) continue; // superseded before the data's validity
          const e = parseAuRate(step.rate);
          if (e.kind === "unparsed") ctx.note("FTA rates loaded as kind 'unparsed'");
          await ctx.insert(
            "measure",
            {
              ...base,
              commodity_code: c,
              measure_type: "preferential",
              geographical_area: AU_FTAS[fta]!.code,
              programs: [AU_FTAS[fta]!.code],
              duty_expression_text: `${step.rate} (${AU_FTAS[fta]!.code})`,
              duty_expression: e,
              validity_start: from,
              validity_end: nextFrom ? addDays(nextFrom, -1) : null,
              legal_basis: `Customs Tariff Act 1995 (Cth), ${AU_FTAS[fta]!.name} schedule`,
              confidence: "high",
              notes: ex.prescribed ? ["the rate applies to goods prescribed by by-law only"] : [],
            },
            { file: FTA, line: ex.line },
          );
        }
      }
    }
    await ctx.insert("preference_program", { schedule: "AU", code: "CA", name: "Canada (Customs Tariff Act 1995, Schedule 3 'CA' rates)", countries: ["CA"], legal_reference: "Customs Tariff Act 1995 (Cth), Schedule 3" });
    for (const f of Object.values(AU_FTAS)) {
      await ctx.insert("preference_program", { schedule: "AU", code: f.code, name: f.name, countries: f.countries, legal_reference: "https://www.dfat.gov.au/trade/agreements/trade-agreements" });
    }
  },
};
