import { EU_MEMBERS } from "@openhs/shared/geo";
import { canonicalDecimal, type DutyExpression } from "../../domain/duty-expression.js";
import { csvRecords } from "../csv.js";
import type { SourceAdapter } from "../types.js";
import { normalizeSpace, sectionOfChapter } from "../util.js";

/**
 * Norway's customs tariff (Tolletaten open data, data.toll.no, ~February 2026): the 8-digit
 * commodities and, per trade agreement / preference group, the preferential duty. The ordinary
 * (MFN) rates are NOT in the data: GetDutyRates answers a preferential rate when the origin
 * qualifies, and duty_unavailable otherwise.
 *
 * → goods_nomenclature schedule 'NO' (one row per commodity, English item text) and, per
 * commodity, one 'preferential' measure per distinct rate ("FREE" → free, "%" → ad valorem,
 * "pr.kg" → NOK per kg) naming every agreement that gives it. 'NA' (no preference) is not a
 * measure. Agreement codes are ISO countries (CA, CH-less EFTA partners, GB, KR, …) or groups: EU,
 * EEA (EU + IS + LI), EFTA (IS, LI, CH), GCC, SACU, and the GSP groups whose members come from the
 * data's own country-group file (TGS2 ordinary GSP, TGSP lower-middle-income, TGS1 least developed).
 */

const COMMODITIES = "commodities_no.csv";
const RATES = "preferential_rates_by_agreement.csv.gz";
const MEMBERS = "medlemsland.json.gz";
const DATA_DATE = "2026-02-23";

/** Fixed groups (reviewed 2026-12-03 against the agreements' parties). */
const FIXED_GROUPS: Record<string, { name: string; countries: string[] }> = {
  EU: { name: "Norway–EU (EEA Agreement / bilateral)", countries: [...EU_MEMBERS].sort() },
  EEA: { name: "EEA Agreement", countries: [...[...EU_MEMBERS], "IS", "LI"].sort() },
  EFTA: { name: "EFTA Convention", countries: ["CH", "IS", "LI"] },
  GCC: { name: "EFTA–GCC FTA", countries: ["AE", "BH", "KW", "OM", "QA", "SA"] },
  SACU: { name: "EFTA–SACU FTA", countries: ["BW", "LS", "NA", "SZ", "ZA"] },
};
/** GSP groups of the rates file → the country group of medlemsland.json that lists their members. */
const GSP_GROUPS: Record<string, { name: string; group: string }> = {
  GSP: { name: "Norwegian GSP (ordinary developing countries)", group: "TGS2" },
  "GSP+": { name: "Norwegian GSP (lower-middle-income countries)", group: "TGSP" },
  "GSP-LDC": { name: "Norwegian GSP (least developed countries)", group: "TGS1" },
};

function expression(classifier: string, value: string, type: string): DutyExpression | undefined {
  if (classifier === "FREE") return { kind: "free", text: "FREE", components: [] };
  if (!/^\d+(\.\d+)?$/.test(value)) return undefined;
  const v = canonicalDecimal(value);
  if (type === "%") return v === "0" ? { kind: "free", text: `${v}%`, components: [] } : { kind: "ad_valorem", text: `${v}%`, components: [{ type: "ad_valorem", percent: v }] };
  if (type === "pr.kg") return { kind: "specific", text: `NOK ${v}/kg`, components: [{ type: "specific", amount: v, currency: "NOK", unit: "kg", unitText: "kg" }] };
  return undefined;
}

export const noTariff: SourceAdapter = {
  id: "no-tariff-preferences",
  group: "duties",
  folder: "no-customs-tariff-preferences-tolletaten",
  files: [COMMODITIES, RATES, MEMBERS],
  description: "Norway customs tariff (Tolletaten open data, ~February 2026): commodities and preferential duties by trade agreement (no ordinary MFN rates)",
  licence: "none stated in repo (data.toll.no open data; described elsewhere as CC BY 4.0)",
  version: "1",
  async load(ctx) {
    // Country groups from the data (current memberships: no end date).
    const members = JSON.parse(await ctx.readText(MEMBERS)) as { medlemsland: Array<{ landkode: string; landgrupper: Array<{ landgruppekode: string; tomdato?: string }> }> };
    const groupMembers = new Map<string, string[]>();
    for (const c of members.medlemsland) for (const g of c.landgrupper) if (!g.tomdato) groupMembers.set(g.landgruppekode, [...(groupMembers.get(g.landgruppekode) ?? []), c.landkode]);

    const known = new Set<string>();
    let header = true;
    let position = 0;
    for (const { record, line } of csvRecords(await ctx.readText(COMMODITIES), COMMODITIES)) {
      if (header) {
        header = false;
        if (!record.join(",").startsWith("commodity_id,hs6,section,chapter,heading,item_en")) throw new Error(`${COMMODITIES}: unexpected header`);
        continue;
      }
      const [id, , , , , item] = record.map((f) => f.trim()) as string[];
      if (!/^\d{8}$/.test(id!)) {
        ctx.issue(COMMODITIES, line, `commodity_id ${JSON.stringify(id)} is not 8 digits`);
        continue;
      }
      if (known.has(id!)) {
        ctx.skip("commodity listed twice");
        continue;
      }
      known.add(id!);
      await ctx.insert(
        "goods_nomenclature",
        { sid: await ctx.nextSid(), schedule: "NO", code: id, level: "tariff_line", indent: 0, position: position++, parent_sid: null, section: sectionOfChapter(id!.slice(0, 2)), description: normalizeSpace(item!) || id, declarable: true, validity_start: "2026-01-01", validity_end: null },
        { file: COMMODITIES, line },
      );
    }

    // Preferential rates, grouped per commodity by rate.
    const perCommodity = new Map<string, Map<string, { e: DutyExpression; codes: string[]; line: number }>>();
    const usedCodes = new Set<string>();
    header = true;
    for (const { record, line } of csvRecords(await ctx.readText(RATES), RATES)) {
      if (header) {
        header = false;
        continue;
      }
      const [id, land, classifier, value, type] = record.map((f) => f.trim()) as string[];
      if (!known.has(id!)) {
        ctx.skip("rate of a commodity not in the nomenclature file");
        continue;
      }
      if (classifier === "NA" || (!classifier && !value)) continue; // no preference
      const e = expression(classifier!, value!, type!);
      if (!e) {
        ctx.issue(RATES, line, `rate ${JSON.stringify([classifier, value, type].join(" "))} is not FREE, a percent or NOK per kg`);
        continue;
      }
      const byText = perCommodity.get(id!) ?? new Map();
      const entry = byText.get(e.text) ?? { e, codes: [], line };
      entry.codes.push(land!);
      byText.set(e.text, entry);
      perCommodity.set(id!, byText);
      usedCodes.add(land!);
    }
    for (const [id, byText] of perCommodity) {
      for (const { e, codes, line } of byText.values()) {
        await ctx.insert(
          "measure",
          {
            schedule: "NO",
            commodity_code: id,
            measure_type: "preferential",
            geographical_area: codes.join(","),
            programs: codes,
            duty_expression_text: `${e.text} (${codes.join(",")})`,
            duty_expression: e,
            validity_start: "2026-01-01",
            validity_end: null,
            legal_basis: `Norwegian customs tariff (Tolltariffen), preferential duty under ${codes.join(", ")}`,
            data_date: DATA_DATE,
            confidence: "high",
          },
          { file: RATES, line },
        );
      }
    }
    for (const code of [...usedCodes].sort()) {
      const fixed = FIXED_GROUPS[code];
      const gsp = GSP_GROUPS[code];
      let name: string;
      let countries: string[];
      if (fixed) ({ name, countries } = fixed);
      else if (gsp) {
        name = gsp.name;
        countries = (groupMembers.get(gsp.group) ?? []).sort();
        if (countries.length === 0) ctx.note(`GSP group ${code} has no members in ${MEMBERS}`);
      } else if (/^[A-Z]{2}$/.test(code)) {
        name = `Norway / EFTA agreement with ${code}`;
        countries = [code];
      } else {
        ctx.note(`agreement code ${code} not mapped to countries (its rates never apply)`);
        name = code;
        countries = [];
      }
      await ctx.insert("preference_program", { schedule: "NO", code, name, countries, legal_reference: "Tolletaten open data (data.toll.no), ratetradeagreements" });
    }
  },
};
