import { parseDutyExpression, type DutyExpression } from "../../domain/duty-expression.js";
import { csvRecords } from "../csv.js";
import type { ImportContext, SourceAdapter } from "../types.js";
import { normalizeSpace } from "../util.js";

/**
 * US additional duties on top of the HTSUS rates: Section 301 (China) and Section 232 (steel,
 * aluminium, copper, semiconductors, automobile parts, April 2026 metals annexes) product lists of
 * the Budget Lab at Yale (MIT), each row a product scope (HTS prefix of 4–10 digits) and, when the
 * list gives it, the HTSUS chapter 99 heading it is entered under.
 *
 * The RATE is never taken from the lists (they carry none): it is the chapter 99 heading's own
 * general rate in the USITC HTSUS 2026 Rev. 4 CSV, read here too ("The duty provided in the
 * applicable subheading + 25%" → a `derived` expression whose components are the addition).
 * Headings whose description says the provision is suspended or expired (Section 301 List 4B,
 * 9903.88.16; the Section 201 solar safeguard) are not loaded. Lists without a heading (the April
 * 2026 metals annexes, medium- and heavy-duty vehicle parts) and the automobile parts list (its codes
 * are parts only when they are for passenger vehicles) are loaded with a `reference` expression: the
 * measure is shown, its amount is not computed.
 *
 * measure rows: schedule 'US', type 'additional', commodity_code = the HTS prefix, area 'CN' for
 * Section 301 (products of China) and 'ERGA_OMNES' for Section 232, additional_code = the chapter 99
 * heading, validity from the later of 2026-01-01 (the HTSUS edition the rate comes from) and the
 * list's effective date, data date = the list file's last change, confidence 'medium' (scope as
 * curated by the list's authors; exclusions, country arrangements and content-value bases are not
 * modelled — said in the notes). Not loaded: the IEEPA, Section 122, fentanyl and "floor" lists —
 * they are exemption lists of measures whose legal status changed in 2026.
 */

const HTS = "../us-hts-usitc-2026-rev4/hts_2026_revision_4.csv";
const F = {
  s301: "s301_product_lists.csv",
  derivative: "s232_derivative_products.csv",
  copper: "s232_copper_products.csv",
  semi: "s232_semi_products.csv",
  annex: "s232_annex_products.csv",
  auto: "s232_auto_parts.txt",
  mhd: "s232_mhd_parts.txt",
  solar: "s201_solar_products.csv",
};
/** Last change of each list file (PROVENANCE.md). */
const LIST_DATE: Record<string, string> = {
  [F.s301]: "2026-02-28",
  [F.derivative]: "2026-04-01",
  [F.copper]: "2026-04-01",
  [F.semi]: "2026-04-21",
  [F.annex]: "2026-04-15",
  [F.auto]: "2026-03-10",
  [F.mhd]: "2026-03-09",
  [F.solar]: "2026-04-27",
};
const EDITION_START = "2026-01-01";

interface Ch99 {
  heading: string;
  description: string;
  rateText: string;
  expression?: DutyExpression;
  inactive?: string;
  effective?: string;
}

const MONTHS: Record<string, string> = { january: "01", february: "02", march: "03", april: "04", may: "05", june: "06", july: "07", august: "08", september: "09", october: "10", november: "11", december: "12" };

/** Chapter 99 headings of the HTSUS CSV with their general rate, status and effective date. */
async function readChapter99(ctx: ImportContext): Promise<Map<string, Ch99>> {
  const out = new Map<string, Ch99>();
  for (const { record } of csvRecords(await ctx.readText(HTS), HTS)) {
    const [number, , desc, , general] = record;
    if (!number?.startsWith("9903.")) continue;
    const description = normalizeSpace(desc ?? "");
    const rateText = normalizeSpace(general ?? "");
    const h: Ch99 = { heading: number, description, rateText };
    const status = /compiler['’]s note:[^\]]*\b(suspended|expired|terminated)\b/i.exec(description);
    if (status) h.inactive = `HTSUS ${number}: provision ${status[1]!.toLowerCase()} (compiler's note)`;
    const eff = /effective with respect to (?:goods entered|entries)[^,]*? on or after (\w+) (\d{1,2}), (\d{4})/i.exec(description);
    if (eff && MONTHS[eff[1]!.toLowerCase()]) h.effective = `${eff[3]}-${MONTHS[eff[1]!.toLowerCase()]}-${eff[2]!.padStart(2, "0")}`;
    if (rateText) {
      try {
        h.expression = parseDutyExpression(rateText);
      } catch {
        // empty text: no rate
      }
    }
    out.set(number, h);
  }
  return out;
}

interface Scope {
  prefix: string;
  heading?: string;
  area: "CN" | "ERGA_OMNES";
  legalBasis: string;
  effective?: string;
  notes: string[];
  referenceReason?: string;
  file: string;
  line: number;
}

const S301_NOTES = ["product exclusions granted by USTR (headings 9903.88.xx) are not checked"];
const S232_NOTES = ["country arrangements (e.g. UK, EU, Japan agreement rates) and exemptions are not modelled"];

function s301Basis(list: string, heading: string): string {
  if (/^biden|^cranes/.test(list)) return `Section 301 (Trade Act of 1974), China: 2024 four-year review modifications, HTSUS ${heading} (U.S. note 31)`;
  return `Section 301 (Trade Act of 1974), China: List ${list.replace(/_addl$/, " (additional)")}, HTSUS ${heading} (U.S. note 20)`;
}

function digits(s: string): string {
  return s.replace(/\D/g, "");
}

async function scopes(ctx: ImportContext): Promise<Scope[]> {
  const out: Scope[] = [];
  const csv = async function* (file: string, header: string) {
    let first = true;
    for (const { record, line } of csvRecords(await ctx.readText(file), file)) {
      if (first) {
        first = false;
        if (record.map((f) => f.trim()).join(",") !== header) throw new Error(`${file}: unexpected header ${record.join(",")}`);
        continue;
      }
      yield { r: record.map((f) => f.trim()), line };
    }
  };
  for await (const { r, line } of csv(F.s301, "hts8,list,ch99_code")) {
    out.push({ prefix: digits(r[0]!), heading: r[2]!, area: "CN", legalBasis: s301Basis(r[1]!, r[2]!), notes: S301_NOTES, file: F.s301, line });
  }
  for await (const { r, line } of csv(F.derivative, "hts_prefix,ch99_code,derivative_type,effective_date")) {
    const metal = r[2] === "aluminum" ? "aluminium derivatives, U.S. note 19" : "steel derivatives, U.S. note 16";
    out.push({ prefix: digits(r[0]!), heading: r[1]!, area: "ERGA_OMNES", legalBasis: `Section 232 (Trade Expansion Act of 1962), ${metal}, HTSUS ${r[1]}`, effective: r[3] || undefined, notes: S232_NOTES, file: F.derivative, line });
  }
  for await (const { r, line } of csv(F.copper, "hts10,ch99_code")) {
    out.push({ prefix: digits(r[0]!), heading: r[1]!, area: "ERGA_OMNES", legalBasis: `Section 232 (Trade Expansion Act of 1962), copper, HTSUS ${r[1]} (U.S. note 36)`, notes: S232_NOTES, file: F.copper, line });
  }
  for await (const { r, line } of csv(F.semi, "hts10,ch99_code,heading,description")) {
    out.push({ prefix: digits(r[0]!), heading: r[1]!, area: "ERGA_OMNES", legalBasis: `Section 232 (Trade Expansion Act of 1962), semiconductors, HTSUS ${r[1]} (U.S. note 39)`, notes: S232_NOTES, file: F.semi, line });
  }
  for await (const { r, line } of csv(F.solar, "hts10,ch99_code,heading,description")) {
    out.push({ prefix: digits(r[0]!), heading: r[1]!, area: "ERGA_OMNES", legalBasis: `Section 201 (Trade Act of 1974), solar cells and modules, HTSUS ${r[1]} (U.S. note 18)`, notes: [], file: F.solar, line });
  }
  for await (const { r, line } of csv(F.annex, "hts_prefix,annex,metal_type,source,effective_date")) {
    out.push({
      prefix: digits(r[0]!),
      area: "ERGA_OMNES",
      legalBasis: `Section 232 metals proclamation of ${r[4]}, annex ${r[1]!.toUpperCase()} (${r[2]})`,
      effective: r[4] || undefined,
      notes: S232_NOTES,
      referenceReason: `Section 232 metals proclamation (${r[4]}), annex ${r[1]!.toUpperCase()}, ${r[2]}: the rate and base of this annex are not in the data`,
      file: F.annex,
      line,
    });
  }
  const lines = async (file: string) => (await ctx.readText(file)).split(/\r?\n/).map((l, i) => ({ v: l.trim(), line: i + 1 })).filter((x) => x.v);
  for (const { v, line } of await lines(F.auto)) {
    out.push({
      prefix: digits(v),
      area: "ERGA_OMNES",
      legalBasis: "Section 232 (Trade Expansion Act of 1962), automobile parts (U.S. note 33(g), HTSUS 9903.94.05)",
      notes: S232_NOTES,
      referenceReason:
        "Section 232 automobile parts (U.S. note 33(g), heading 9903.94.05: the duty of the subheading + 25%) applies to goods of these codes that are parts of passenger vehicles or light trucks; the list does not tell, so it is not computed",
      file: F.auto,
      line,
    });
  }
  for (const { v, line } of await lines(F.mhd)) {
    out.push({
      prefix: digits(v),
      area: "ERGA_OMNES",
      legalBasis: "Section 232 (Trade Expansion Act of 1962), medium- and heavy-duty vehicle parts (U.S. note 38)",
      notes: S232_NOTES,
      referenceReason: "Section 232 medium- and heavy-duty vehicle parts (U.S. note 38(i)/(j), headings 9903.74.08-09): the heading depends on the subdivision, not in the list",
      file: F.mhd,
      line,
    });
  }
  return out;
}

export const usSpecialTariffs: SourceAdapter = {
  id: "us-special-tariffs",
  group: "duties",
  folder: "us-special-tariff-product-lists-budgetlab",
  files: [...Object.values(F), HTS],
  description: "US additional duties: Section 301 China lists and Section 232 / 201 product lists (Budget Lab at Yale), rated by their HTSUS 2026 chapter 99 headings",
  licence: "MIT (Budget Lab at Yale); product lists and HTSUS are US government works",
  version: "2",
  async load(ctx) {
    const ch99 = await readChapter99(ctx);
    const seen = new Set<string>();
    for (const s of await scopes(ctx)) {
      if (!/^\d{4,10}$/.test(s.prefix) || s.prefix.length % 2 === 1) {
        ctx.issue(s.file, s.line, `HTS prefix ${JSON.stringify(s.prefix)} is not 4, 6, 8 or 10 digits`);
        continue;
      }
      let expression: DutyExpression;
      let text: string;
      let effective = s.effective;
      if (s.referenceReason) {
        text = s.referenceReason;
        expression = { kind: "reference", text, components: [], reason: s.referenceReason };
      } else {
        const h = ch99.get(s.heading!);
        if (!h) {
          ctx.issue(s.file, s.line, `chapter 99 heading ${s.heading} is not in the HTSUS file`);
          continue;
        }
        if (h.inactive) {
          ctx.skip(h.inactive);
          continue;
        }
        if (!h.expression || (h.expression.kind !== "derived" && h.expression.kind !== "ad_valorem")) {
          ctx.issue(s.file, s.line, `chapter 99 heading ${s.heading} has no additional rate (${JSON.stringify(h.rateText)})`);
          continue;
        }
        expression = h.expression;
        text = h.rateText;
        if (h.effective && (!effective || h.effective > effective)) effective = h.effective;
      }
      const key = `${s.prefix}|${s.heading ?? s.legalBasis}|${s.area}`;
      if (seen.has(key)) {
        ctx.skip("same product and heading listed twice");
        continue;
      }
      seen.add(key);
      const start = effective && effective > EDITION_START ? effective : EDITION_START;
      await ctx.insert(
        "measure",
        {
          schedule: "US",
          commodity_code: s.prefix,
          measure_type: "additional",
          geographical_area: s.area,
          programs: [],
          duty_expression_text: text,
          duty_expression: expression,
          validity_start: start,
          validity_end: null,
          legal_basis: s.legalBasis,
          data_date: LIST_DATE[s.file],
          confidence: s.referenceReason ? "low" : "medium",
          additional_code: s.heading ?? null,
          notes: s.notes,
        },
        { file: s.file, line: s.line },
      );
    }
  },
};
