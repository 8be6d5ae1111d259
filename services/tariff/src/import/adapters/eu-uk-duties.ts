import { parseMetricDutyExpression } from "../../domain/metric-duty-expression.js";
import { csvRecords } from "../csv.js";
import type { ImportContext, SourceAdapter } from "../types.js";
import { normalizeSpace, sectionOfChapter } from "../util.js";

/**
 * The official DIT table "UK Global Tariff vs EU Common External Tariff" (published 2020-12-02):
 * for each UK commodity code (CN 2020, 8 or 10 digits) the EU third-country duty as applied in the
 * UK in 2020 and the UKGT duty from 2021-01-01. Two sources read the same file:
 *
 * - `eu-cet-2020`: the CET column → measure schedule 'EU', type 'general', ERGA_OMNES, on the
 *   code padded to 10 digits (the TARIC nomenclature's form), data date 2020-01-01, confidence
 *   'medium' (official, but the 2020 edition; the tariff service compares it with the 2026
 *   ad-valorem table and adjusts the confidence per line). No nomenclature rows: the EU lines come
 *   from the TARIC 2026 nomenclature.
 * - `uk-global-tariff-2021`: the UKGT column → goods_nomenclature schedule 'UK' (one row per code;
 *   a 10-digit code's parent is its 8-digit code when listed) and measure 'general' ERGA_OMNES,
 *   data date 2021-01-01, confidence 'medium' (the UKGT has been amended since).
 *
 * The table's flags become measure notes: a trade remedy, an autonomous suspension or a tariff
 * quota that applied to the line. Rates are parsed with `parseMetricDutyExpression`; text it does
 * not support (seasonal rates, EA/ADSZ components, per % sucrose) is loaded as kind 'unparsed'
 * with the reason, and counted in the summary notes.
 */

const FOLDER = "uk-global-tariff-2021-vs-eu-cet-2020";
const FILE = "ukgt_vs_cet.csv";
const HEADER = "commodity_code,commodity,description,cet_duty_rate,ukgt_duty_rate,change,trade_remedy_applies,cet_applies_until_trade_remedy_transition_reviews_concluded,suspension_applies,atq_applies";
const LICENCE = "none stated in repo (DIT gov.uk publication, normally Open Government Licence v3.0)";

interface Row {
  code: string;
  description: string;
  cet: string;
  ukgt: string;
  flags: { tradeRemedy: boolean; cetUntilReview: boolean; suspension: boolean; quota: boolean };
  line: number;
}

async function readRows(ctx: ImportContext): Promise<Row[]> {
  const rows: Row[] = [];
  let header = true;
  for (const { record, line } of csvRecords(await ctx.readText(FILE), FILE)) {
    if (header) {
      header = false;
      if (record.join(",") !== HEADER) throw new Error(`${FILE}: unexpected header ${record.join(",")}`);
      continue;
    }
    if (record.length !== 10) {
      ctx.issue(FILE, line, `expected 10 fields, got ${record.length}`);
      continue;
    }
    const [code, , desc, cet, ukgt, , tr, untilReview, susp, atq] = record.map((f) => f.trim()) as string[];
    if (!/^\d{8}(\d{2})?$/.test(code!)) {
      ctx.issue(FILE, line, `commodity_code ${JSON.stringify(code)} is not 8 or 10 digits`);
      continue;
    }
    if (!cet && !ukgt) {
      ctx.issue(FILE, line, "no rate in either column");
      continue;
    }
    const flag = (v: string | undefined) => v === "True";
    rows.push({
      code: code!,
      description: normalizeSpace(desc!),
      cet: cet!,
      ukgt: ukgt!,
      flags: { tradeRemedy: flag(tr), cetUntilReview: flag(untilReview), suspension: flag(susp), quota: flag(atq) },
      line,
    });
  }
  return rows;
}

function notesOf(r: Row, uk: boolean): string[] {
  const out: string[] = [];
  if (r.flags.tradeRemedy) out.push(`a trade remedy (anti-dumping, countervailing or safeguard measure) applied to this line in ${uk ? "2021" : "2020"}: an additional duty may be due for some origins`);
  if (uk && r.flags.cetUntilReview) out.push("the EU rate applied until the UK trade remedy transition reviews concluded");
  if (r.flags.suspension) out.push(`an autonomous tariff suspension applied to part of this line in ${uk ? "2021" : "2020"}: a lower rate may apply to some goods`);
  if (r.flags.quota) out.push("an autonomous tariff quota applied to this line: a lower in-quota rate may apply");
  return out;
}

export const euCet2020: SourceAdapter = {
  id: "eu-cet-2020",
  group: "duties",
  folder: FOLDER,
  files: [FILE],
  description: "EU Common Customs Tariff third-country (erga omnes) duties, CN 2020, from the official DIT UKGT-vs-CET table (column cet_duty_rate)",
  licence: LICENCE,
  version: "1",
  async load(ctx) {
    for (const r of await readRows(ctx)) {
      if (!r.cet) {
        ctx.skip("no CET rate");
        continue;
      }
      const e = parseMetricDutyExpression(r.cet);
      if (e.kind === "unparsed") ctx.note("CET rates loaded as kind 'unparsed' (seasonal, EA/ADSZ, per % sucrose, compound maximum)");
      await ctx.insert(
        "measure",
        {
          schedule: "EU",
          commodity_code: r.code.padEnd(10, "0"),
          measure_type: "general",
          geographical_area: "ERGA_OMNES",
          programs: [],
          duty_expression_text: normalizeSpace(r.cet),
          duty_expression: e,
          validity_start: "2020-01-01",
          validity_end: null,
          legal_basis: `EU Common Customs Tariff, third-country duty, CN 2020 ${r.code.slice(0, 4)} ${r.code.slice(4, 6)} ${r.code.slice(6, 8)}${r.code.length > 8 ? ` ${r.code.slice(8)}` : ""}`,
          data_date: "2020-01-01",
          confidence: "medium",
          notes: notesOf(r, false),
        },
        { file: FILE, line: r.line },
      );
    }
  },
};

export const ukGlobalTariff2021: SourceAdapter = {
  id: "uk-global-tariff-2021",
  group: "duties",
  folder: FOLDER,
  files: [FILE],
  description: "UK Global Tariff third-country duties from 2021-01-01, by UK commodity code, from the official DIT table (column ukgt_duty_rate)",
  licence: LICENCE,
  version: "1",
  async load(ctx) {
    const rows = (await readRows(ctx)).filter((r) => r.ukgt);
    const sids = new Map<string, number>();
    const hasChildren = new Set<string>();
    for (const r of rows) {
      sids.set(r.code, await ctx.nextSid());
      if (r.code.length === 10) hasChildren.add(r.code.slice(0, 8));
    }
    let position = 0;
    for (const r of rows) {
      const parent = r.code.length === 10 ? sids.get(r.code.slice(0, 8)) : undefined;
      await ctx.insert(
        "goods_nomenclature",
        {
          sid: sids.get(r.code),
          schedule: "UK",
          code: r.code,
          level: r.code.length === 10 ? "statistical" : "tariff_line",
          indent: r.code.length === 10 ? 1 : 0,
          position: position++,
          parent_sid: parent ?? null,
          section: sectionOfChapter(r.code.slice(0, 2)),
          description: r.description,
          declarable: !hasChildren.has(r.code),
          validity_start: "2021-01-01",
          validity_end: null,
        },
        { file: FILE, line: r.line },
      );
      const e = parseMetricDutyExpression(r.ukgt);
      if (e.kind === "unparsed") ctx.note("UKGT rates loaded as kind 'unparsed' (seasonal, per % sucrose)");
      await ctx.insert(
        "measure",
        {
          schedule: "UK",
          commodity_code: r.code,
          measure_type: "general",
          geographical_area: "ERGA_OMNES",
          programs: [],
          duty_expression_text: normalizeSpace(r.ukgt),
          duty_expression: e,
          validity_start: "2021-01-01",
          validity_end: null,
          legal_basis: `UK Global Tariff (from 2021-01-01), commodity code ${r.code}`,
          data_date: "2021-01-01",
          confidence: "medium",
          notes: notesOf(r, true),
        },
        { file: FILE, line: r.line },
      );
    }
  },
};
