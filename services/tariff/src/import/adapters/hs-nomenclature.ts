import { csvRecords } from "../csv.js";
import type { ImportContext, SourceAdapter } from "../types.js";
import { normalizeSpace, romanToInt } from "../util.js";

/**
 * HS 2022 and HS 2017 6-digit nomenclature (datasets/harmonized-system, Comtrade descriptions):
 * `section` rows per edition and `goods_nomenclature` schedules 'HS2022' / 'HS2017' with levels
 * chapter (2) / heading (4) / subheading (6), parents linked.
 *
 * Skipped by design (counted, not malformed): Comtrade's pseudo-codes in section `TOTAL`
 * (99 / 9999 / 999999 "Commodities not specified according to kind" and the `TOTAL` row) and the
 * blank row of the HS2017 file.
 */

const LEVELS: Record<string, string> = { "2": "chapter", "4": "heading", "6": "subheading" };

const EDITIONS = [
  { schedule: "HS2022", file: "harmonized-system-hs2022.csv", validityStart: "2022-01-01", validityEnd: null },
  { schedule: "HS2017", file: "harmonized-system-hs2017.csv", validityStart: "2017-01-01", validityEnd: "2021-12-31" },
] as const;

interface Row {
  sid: number;
  code: string;
  level: string;
  parent: string;
  section: string;
  description: string;
  line: number;
  position: number;
}

async function loadSections(ctx: ImportContext): Promise<Set<string>> {
  const file = "sections.csv";
  const romans = new Set<string>();
  const pending: Array<{ roman: string; number: number; title: string; line: number }> = [];
  let header = true;
  for (const { record, line } of csvRecords(await ctx.readText(file), file)) {
    if (header) {
      header = false;
      if (record[0] !== "section" || record[1] !== "name") throw new Error(`${file}: unexpected header ${record.join(",")}`);
      continue;
    }
    if (record.every((f) => f.trim() === "")) {
      ctx.skip("blank row");
      continue;
    }
    const roman = (record[0] ?? "").trim();
    const title = normalizeSpace(record[1] ?? "");
    const number = romanToInt(roman);
    if (record.length !== 2 || !number || !title) {
      ctx.issue(file, line, `expected "roman,title", got ${JSON.stringify(record)}`);
      continue;
    }
    romans.add(roman);
    // Source capitalisation is inconsistent ("live animals; ..."): capitalise the first letter.
    pending.push({ roman, number, title: title[0]!.toUpperCase() + title.slice(1), line });
  }
  // The same section titles serve both editions (HS 2017 → 2022 did not change the sections).
  for (const ed of EDITIONS) {
    for (const s of pending) {
      await ctx.insert("section", { edition: ed.schedule, roman: s.roman, number: s.number, title: s.title }, { file, line: s.line });
    }
  }
  return romans;
}

async function loadEdition(ctx: ImportContext, ed: (typeof EDITIONS)[number], sections: Set<string>): Promise<void> {
  const rows: Row[] = [];
  const byCode = new Map<string, Row>();
  let header = true;
  let position = 0;
  for (const { record, line } of csvRecords(await ctx.readText(ed.file), ed.file)) {
    if (header) {
      header = false;
      const h = record.join(",");
      if (h !== "section,hscode,description,parent,level") throw new Error(`${ed.file}: unexpected header ${h}`);
      continue;
    }
    if (record.every((f) => f.trim() === "")) {
      ctx.skip(`${ed.schedule}: blank row`);
      continue;
    }
    if (record.length !== 5) {
      ctx.issue(ed.file, line, `expected 5 fields, got ${record.length}`);
      continue;
    }
    const [section, code, description, parent, level] = record.map((f) => f.trim()) as [string, string, string, string, string];
    if (section === "TOTAL") {
      ctx.skip(`${ed.schedule}: Comtrade pseudo-code (section TOTAL: 99/9999/999999/TOTAL)`);
      continue;
    }
    const levelName = LEVELS[level];
    if (!levelName) {
      ctx.issue(ed.file, line, `level must be 2, 4 or 6, got ${JSON.stringify(level)}`);
      continue;
    }
    if (!new RegExp(`^\\d{${level}}$`).test(code)) {
      ctx.issue(ed.file, line, `hscode ${JSON.stringify(code)} is not ${level} digits`);
      continue;
    }
    if (!sections.has(section)) {
      ctx.issue(ed.file, line, `unknown section ${JSON.stringify(section)}`);
      continue;
    }
    if (!description) {
      ctx.issue(ed.file, line, "empty description");
      continue;
    }
    if (level === "2" ? parent !== "TOTAL" : parent !== code.slice(0, Number(level) - 2)) {
      ctx.issue(ed.file, line, `parent ${JSON.stringify(parent)} does not match code ${code}`);
      continue;
    }
    if (byCode.has(code)) {
      ctx.issue(ed.file, line, `duplicate hscode ${code}`);
      continue;
    }
    if (level !== "2" && !byCode.has(parent)) {
      ctx.issue(ed.file, line, `parent ${parent} of ${code} not found (must precede it)`);
      continue;
    }
    const row: Row = { sid: await ctx.nextSid(), code, level: levelName, parent, section, description: normalizeSpace(description), line, position: position++ };
    rows.push(row);
    byCode.set(code, row);
  }
  const hasChildren = new Set(rows.map((r) => r.parent));
  for (const r of rows) {
    await ctx.insert(
      "goods_nomenclature",
      {
        sid: r.sid,
        schedule: ed.schedule,
        code: r.code,
        level: r.level,
        indent: r.level === "chapter" ? 0 : r.level === "heading" ? 1 : 2,
        position: r.position,
        parent_sid: r.level === "chapter" ? null : byCode.get(r.parent)!.sid,
        section: r.section,
        description: r.description,
        // At the international level, the most detailed lines (6-digit subheadings, or a heading
        // without subheadings) are the classification end points.
        declarable: !hasChildren.has(r.code),
        validity_start: ed.validityStart,
        validity_end: ed.validityEnd,
      },
      { file: ed.file, line: r.line },
    );
  }
}

export const hsNomenclature: SourceAdapter = {
  id: "hs-nomenclature",
  folder: "hs-nomenclature-datasets-harmonized-system",
  files: ["sections.csv", "harmonized-system-hs2022.csv", "harmonized-system-hs2017.csv"],
  description: "HS 2022 and HS 2017 nomenclature (sections, chapters, headings, 6-digit subheadings), UN Comtrade descriptions",
  licence: "PDDL 1.0",
  version: "1",
  async load(ctx) {
    const sections = await loadSections(ctx);
    for (const ed of EDITIONS) await loadEdition(ctx, ed, sections);
  },
};
