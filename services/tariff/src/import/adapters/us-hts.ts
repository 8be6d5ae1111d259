import { parseDutyExpression, parseSpecialRates, type DutyExpression } from "../../domain/duty-expression.js";
import { csvRecords } from "../csv.js";
import type { ImportContext, SourceAdapter } from "../types.js";
import { normalizeSpace, sectionOfChapter } from "../util.js";
import { createHash } from "node:crypto";
import { US_PROGRAM_ROWS } from "./us-program-rows.js";

/** The programme table is reviewed source, not a file: its content is part of the version, so an edit re-imports. */
const PROGRAMS_HASH = createHash("sha256").update(JSON.stringify(US_PROGRAM_ROWS)).digest("hex").slice(0, 12);

/**
 * US Harmonized Tariff Schedule, 2026 edition, Revision 4 (USITC CSV export) → goods_nomenclature
 * schedule 'US', measure, preference_program.
 *
 * Nomenclature: every row, in file order, including the un-numbered superior text lines
 * ("Horses:") as level 'group' with code ''. code = the HTS number's digits; level heading (4) /
 * subheading (6) / tariff_line (8) / statistical (10) / group. Parent = the nearest preceding row
 * with a smaller indent. units from the JSON-ish list, 'm²'/'m³' normalized to 'm2'/'m3'.
 * declarable = 10-digit lines, and 8-digit lines without any 10-digit line below them. section =
 * the HS section of the chapter (chapters 98/99 have none). Validity: from 2026-01-01 (the file is
 * Revision 4 of the 2026 edition; the revision's own effective date is not in the file), open end.
 *
 * Measures (validity as above), one per non-empty rate cell of a numbered line — empty cells are
 * not measures: the line inherits the rate of its parent line:
 * - General → 'general', geographical_area 'ERGA_OMNES'.
 * - Special → one 'preferential' measure per rate of the cell (`parseSpecialRates`), programs =
 *   its programme indicators as printed ("A+", "AU", "A*", ...); geographical_area = the programme
 *   codes joined with ',' (or 'SPECIAL' when the rate has no indicator). duty_expression_text =
 *   that rate's text followed by its indicators, "Free (A+,AU,BH)".
 * - Column 2 → 'column2', geographical_area 'COLUMN2': the countries without normal trade
 *   relations — Cuba (CU) and North Korea (KP) per HTSUS General Note 3(b), and Russia (RU) and
 *   Belarus (BY) since 2022-04-09 under the Suspending Normal Trade Relations with Russia and
 *   Belarus Act (Pub. L. 117-110). (The country list lives in the service: domain/duty.ts.)
 * - Additional Duties → 'additional', 'ERGA_OMNES' (chapter 99 lines; "No additional duty" is a
 *   'free' expression).
 * duty_expression = the parsed DutyExpression (kind 'unparsed' with a reason when the grammar does
 * not cover the text; counted in the summary notes), duty_expression_text = the cell text with
 * whitespace collapsed.
 *
 * Preference programmes: the US special-programme indicators (`us-program-rows.ts`, from the
 * domain's programme table) as preference_program rows, schedule 'US'.
 *
 * Malformed rows (reported, skipped): wrong field count, an indent that is not a number, an HTS
 * number that is not 4/6/8/10 digits in dotted groups, an empty description.
 */

const FILE = "hts_2026_revision_4.csv";
const HEADER = [
  "HTS Number",
  "Indent",
  "Description",
  "Unit of Quantity",
  "General Rate of Duty",
  "Special Rate of Duty",
  "Column 2 Rate of Duty",
  "Quota Quantity",
  "Additional Duties",
];
const VALIDITY_START = "2026-01-01";
const LEVELS: Record<number, string> = { 0: "group", 4: "heading", 6: "subheading", 8: "tariff_line", 10: "statistical" };

interface Row {
  sid: number;
  code: string;
  level: string;
  indent: number;
  parent: Row | undefined;
  chapter: string | null;
  description: string;
  units: string[];
  line: number;
  position: number;
  rates: { general: string; special: string; column2: string; additional: string };
  hasStatisticalBelow: boolean;
}

/** '["doz.","kg"]' → ['doz.', 'kg']; '' → []; undefined when not a list of strings. */
export function parseUnits(cell: string): string[] | undefined {
  const t = cell.trim();
  if (t === "") return [];
  let list: unknown;
  try {
    list = JSON.parse(t);
  } catch {
    return undefined;
  }
  if (!Array.isArray(list) || !list.every((u) => typeof u === "string")) return undefined;
  return (list as string[])
    .map((u) => normalizeSpace(u).replace(/²/g, "2").replace(/³/g, "3"))
    .filter((u) => u !== "");
}

function parseOrUnparsed(ctx: ImportContext, text: string, column: string): DutyExpression {
  let e: DutyExpression;
  try {
    e = parseDutyExpression(text);
  } catch (err) {
    e = { kind: "unparsed", text, components: [], reason: `parser error: ${(err as Error).message}` };
  }
  if (e.kind === "unparsed") ctx.note(`unparsed ${column} rate texts (loaded as kind 'unparsed')`);
  return e;
}

async function insertMeasures(ctx: ImportContext, r: Row): Promise<void> {
  const base = { schedule: "US", commodity_code: r.code, validity_start: VALIDITY_START, validity_end: null };
  const at = { file: FILE, line: r.line };
  const general = normalizeSpace(r.rates.general);
  if (general) {
    const e = parseOrUnparsed(ctx, general, "general");
    await ctx.insert("measure", { ...base, measure_type: "general", geographical_area: "ERGA_OMNES", programs: [], duty_expression_text: general, duty_expression: e }, at);
  }
  const special = normalizeSpace(r.rates.special);
  if (special) {
    let rates;
    try {
      rates = parseSpecialRates(special);
    } catch (err) {
      rates = [{ programs: [], expression: { kind: "unparsed", text: special, components: [], reason: `parser error: ${(err as Error).message}` } as DutyExpression }];
    }
    for (const pr of rates) {
      if (pr.expression.kind === "unparsed") ctx.note("unparsed special rate texts (loaded as kind 'unparsed')");
      const text = pr.programs.length ? `${normalizeSpace(pr.expression.text)} (${pr.programs.join(",")})` : normalizeSpace(pr.expression.text);
      await ctx.insert(
        "measure",
        {
          ...base,
          measure_type: "preferential",
          geographical_area: pr.programs.length ? pr.programs.join(",") : "SPECIAL",
          programs: pr.programs,
          duty_expression_text: text,
          duty_expression: pr.expression,
        },
        at,
      );
    }
  }
  const column2 = normalizeSpace(r.rates.column2);
  if (column2) {
    const e = parseOrUnparsed(ctx, column2, "column 2");
    await ctx.insert("measure", { ...base, measure_type: "column2", geographical_area: "COLUMN2", programs: [], duty_expression_text: column2, duty_expression: e }, at);
  }
  const additional = normalizeSpace(r.rates.additional);
  if (additional) {
    const e = parseOrUnparsed(ctx, additional, "additional duties");
    await ctx.insert(
      "measure",
      { ...base, measure_type: "additional", geographical_area: "ERGA_OMNES", programs: [], duty_expression_text: additional, duty_expression: e },
      at,
    );
  }
}

export const usHts: SourceAdapter = {
  id: "us-hts",
  folder: "us-hts-usitc-2026-rev4",
  files: [FILE],
  description: "US Harmonized Tariff Schedule 2026 Revision 4 (USITC CSV): nomenclature, general/special/column 2/additional duty measures, special programmes",
  licence: "none stated in repo (USITC federal data)",
  version: `2+programs-${PROGRAMS_HASH}`,
  async load(ctx) {
    const rows: Row[] = [];
    const stack: Row[] = [];
    let header = true;
    let position = 0;
    for (const { record, line } of csvRecords(await ctx.readText(FILE), FILE)) {
      if (header) {
        header = false;
        if (record.join(",") !== HEADER.join(",")) throw new Error(`${FILE}: unexpected header ${record.join(",")}`);
        continue;
      }
      if (record.every((f) => f.trim() === "")) {
        ctx.skip("blank row");
        continue;
      }
      if (record.length !== HEADER.length) {
        ctx.issue(FILE, line, `expected ${HEADER.length} fields, got ${record.length}`);
        continue;
      }
      const [number, indentRaw, descRaw, unitsRaw, general, special, column2, , additional] = record as [string, ...string[]];
      const dotted = number.trim();
      const indentText = indentRaw!.trim();
      const description = normalizeSpace(descRaw!);
      const units = parseUnits(unitsRaw!);
      let why: string | undefined;
      if (!/^\d{1,2}$/.test(indentText)) why = `Indent ${JSON.stringify(indentRaw)} is not a number`;
      else if (dotted !== "" && !/^\d{4}(?:\.\d{2}){0,3}$/.test(dotted)) why = `HTS Number ${JSON.stringify(number)} is not a 4/6/8/10-digit dotted code`;
      else if (!description) why = "empty description";
      else if (units === undefined) why = `Unit of Quantity ${JSON.stringify(unitsRaw)} is not a list of strings`;
      if (why) {
        ctx.issue(FILE, line, why);
        continue;
      }
      const code = dotted.replace(/\./g, "");
      const indent = Number(indentText);
      while (stack.length && stack[stack.length - 1]!.indent >= indent) stack.pop();
      const parent = stack[stack.length - 1];
      const row: Row = {
        sid: await ctx.nextSid(),
        code,
        level: LEVELS[code.length]!,
        indent,
        parent,
        chapter: code ? code.slice(0, 2) : (parent?.chapter ?? null),
        description,
        units: units!,
        line,
        position: position++,
        rates: { general: general!, special: special!, column2: column2!, additional: additional! },
        hasStatisticalBelow: false,
      };
      if (row.level === "statistical") {
        for (let a: Row | undefined = parent; a; a = a.parent) if (a.level === "tariff_line") a.hasStatisticalBelow = true;
      }
      rows.push(row);
      stack.push(row);
    }

    for (const r of rows) {
      await ctx.insert(
        "goods_nomenclature",
        {
          sid: r.sid,
          schedule: "US",
          code: r.code,
          level: r.level,
          indent: r.indent,
          position: r.position,
          parent_sid: r.parent?.sid ?? null,
          section: r.chapter ? sectionOfChapter(r.chapter) : null,
          description: r.description,
          units: r.units,
          declarable: r.level === "statistical" || (r.level === "tariff_line" && !r.hasStatisticalBelow),
          validity_start: VALIDITY_START,
          validity_end: null,
        },
        { file: FILE, line: r.line },
      );
    }
    for (const r of rows) {
      if (!r.code) {
        if (Object.values(r.rates).some((t) => t.trim() !== "")) ctx.note("rates on un-numbered lines (not loaded as measures)");
        continue;
      }
      await insertMeasures(ctx, r);
    }
    for (const p of US_PROGRAM_ROWS) {
      await ctx.insert("preference_program", { schedule: "US", code: p.code, name: p.name, countries: p.countries, legal_reference: p.legalReference });
    }
  },
};
