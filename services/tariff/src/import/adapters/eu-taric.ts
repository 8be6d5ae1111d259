import { csvRecords } from "../csv.js";
import type { SourceAdapter } from "../types.js";
import { dmyToIso, normalizeSpace, sectionOfChapter } from "../util.js";

/**
 * EU TARIC / CN goods nomenclature (EN file only) → goods_nomenclature schedule 'EU'.
 *
 * - code: the 10-digit TARIC goods code as printed (chapters '0100000000'); lines are told apart
 *   by `suffix` (product-line suffix: '80' = the line itself, '10'..'70' = intermediate grouping
 *   lines sharing the code).
 * - level: from hier_pos (2 chapter, 4 heading, 6 subheading = HS, 8 tariff_line = CN8,
 *   10 statistical = TARIC subdivision); suffix ≠ '80' lines are level 'group'.
 * - parent (TARIC indent logic): depth = 0 for chapters, else indent + 1 (headings have indent 0,
 *   so depth 1); the parent is the nearest preceding line with a smaller depth. This also nests
 *   chapter 99's indented headings (9919 under the 9905 grouping line).
 * - declarable: suffix '80' and no children. Validity from start_date/end_date (DD-MM-YYYY).
 * - description: TARIC's '|' non-breaking-space marker → space, whitespace collapsed.
 */

const FILE = "taric_nomenclature_en.csv";
const HEADER = "goods_code,product_line_suffix,start_date,end_date,language,hier_pos,indent,description,descr_start_date";
const LEVELS: Record<string, string> = { "2": "chapter", "4": "heading", "6": "subheading", "8": "tariff_line", "10": "statistical" };

interface Row {
  sid: number;
  code: string;
  suffix: string;
  level: string;
  indent: number;
  depth: number;
  parentSid: number | null;
  description: string;
  start: string;
  end: string | null;
  line: number;
  position: number;
}

export const euTaric: SourceAdapter = {
  id: "eu-taric",
  folder: "eu-taric-nomenclature-2026",
  files: [FILE],
  description: "EU TARIC / Combined Nomenclature goods nomenclature (10-digit, English), March 2026 snapshot",
  licence: "none stated in repo (European Commission CIRCABC export)",
  version: "1",
  async load(ctx) {
    const rows: Row[] = [];
    const stack: Row[] = []; // open ancestors, increasing depth
    const hasChildren = new Set<number>();
    let header = true;
    let position = 0;
    for (const { record, line } of csvRecords(await ctx.readText(FILE), FILE)) {
      if (header) {
        header = false;
        if (record.join(",") !== HEADER) throw new Error(`${FILE}: unexpected header ${record.join(",")}`);
        continue;
      }
      if (record.every((f) => f.trim() === "")) {
        ctx.skip("blank row");
        continue;
      }
      if (record.length !== 9) {
        ctx.issue(FILE, line, `expected 9 fields, got ${record.length}`);
        continue;
      }
      const [code, suffix, startRaw, endRaw, language, hierPos, indentRaw, descRaw] = record.map((f, i) => (i === 7 ? f : f.trim())) as string[];
      const level = LEVELS[hierPos!];
      const start = dmyToIso(startRaw!);
      const end = endRaw ? dmyToIso(endRaw) : null;
      const description = normalizeSpace(descRaw!.replace(/\|/g, " "));
      let why: string | undefined;
      if (!/^\d{10}$/.test(code!)) why = `goods_code ${JSON.stringify(code)} is not 10 digits`;
      else if (!/^\d{2}$/.test(suffix!)) why = `product_line_suffix ${JSON.stringify(suffix)} is not 2 digits`;
      else if (!level) why = `hier_pos ${JSON.stringify(hierPos)} is not 2, 4, 6, 8 or 10`;
      else if (/[1-9]/.test(code!.slice(Number(hierPos)))) why = `goods_code ${code} has digits beyond hier_pos ${hierPos}`;
      else if (!/^\d{1,2}$/.test(indentRaw!)) why = `indent ${JSON.stringify(indentRaw)} is not a number`;
      else if (!start) why = `start_date ${JSON.stringify(startRaw)} is not DD-MM-YYYY`;
      else if (end === undefined) why = `end_date ${JSON.stringify(endRaw)} is not DD-MM-YYYY`;
      else if (end && end < start) why = `end_date ${endRaw} before start_date ${startRaw}`;
      else if (language !== "EN") why = `language ${JSON.stringify(language)} is not EN`;
      else if (!description) why = "empty description";
      if (why) {
        ctx.issue(FILE, line, why);
        continue;
      }
      const indent = Number(indentRaw);
      const depth = hierPos === "2" ? 0 : indent + 1;
      while (stack.length && stack[stack.length - 1]!.depth >= depth) stack.pop();
      const parent = stack[stack.length - 1];
      if (depth > 0 && !parent) {
        ctx.issue(FILE, line, `no parent line for ${code} ${suffix} (indent ${indent}) before it`);
        continue;
      }
      const row: Row = {
        sid: await ctx.nextSid(),
        code: code!,
        suffix: suffix!,
        level: suffix === "80" ? level! : "group",
        indent,
        depth,
        parentSid: parent ? parent.sid : null,
        description,
        start: start!,
        end: end ?? null,
        line,
        position: position++,
      };
      if (parent) hasChildren.add(parent.sid);
      rows.push(row);
      stack.push(row);
    }
    for (const r of rows) {
      await ctx.insert(
        "goods_nomenclature",
        {
          sid: r.sid,
          schedule: "EU",
          code: r.code,
          suffix: r.suffix,
          level: r.level,
          indent: r.indent,
          position: r.position,
          parent_sid: r.parentSid,
          section: sectionOfChapter(r.code.slice(0, 2)),
          description: r.description,
          declarable: r.suffix === "80" && !hasChildren.has(r.sid),
          validity_start: r.start,
          validity_end: r.end,
        },
        { file: FILE, line: r.line },
      );
    }
  },
};
