/**
 * Builds the {@link NationalLine} subtree of a destination schedule under an HS6 from schedule rows in order
 * (US HTSUS CSV: dotted codes, indent, un-numbered group lines; EU CN/TARIC: 10-digit codes trimmed to their
 * hierarchy level, grouping lines without code). Pure.
 */
import type { NationalLevel, NationalLine, ScheduleRow } from "./types.js";

const digitsOf = (code: string) => code.replace(/[^0-9]/g, "");

function levelOf(code: string): NationalLevel {
  const n = digitsOf(code).length;
  if (n === 0) return "group";
  if (n <= 4) return "heading";
  if (n <= 6) return "subheading";
  if (n <= 8) return "tariff_line";
  return "statistical";
}

/**
 * The rows under an HS6: from the first row whose code starts with the 6 digits (the 6-digit line itself, or the
 * single 8-digit / 10-digit line standing for it), through every following row indented deeper, and sibling rows
 * at the same indent that still belong to the HS6 (a group line counts when the next coded row does).
 */
export function buildNationalSubtree(rows: readonly ScheduleRow[], hs6: string): NationalLine[] {
  const six = digitsOf(hs6).slice(0, 6);
  const start = rows.findIndex((r) => {
    const d = digitsOf(r.code);
    return d.length >= 6 && d.startsWith(six);
  });
  if (start < 0) return [];
  const base = rows[start]!.indent;
  const picked: ScheduleRow[] = [];
  for (let i = start; i < rows.length; i++) {
    const r = rows[i]!;
    const d = digitsOf(r.code);
    if (r.indent > base) {
      if (d.length > 0 && !d.startsWith(six)) break;
      picked.push(r);
      continue;
    }
    if (r.indent < base) break;
    if (d.length > 0) {
      if (!d.startsWith(six)) break;
      picked.push(r);
      continue;
    }
    // A group line at the base indent belongs when the next coded row does.
    const next = rows.slice(i + 1).find((x) => digitsOf(x.code).length > 0);
    if (!next || !digitsOf(next.code).startsWith(six)) break;
    picked.push(r);
  }
  // The heading and group rows above the subtree, as context lines.
  const context: ScheduleRow[] = [];
  let top = Math.min(...picked.map((r) => r.indent));
  for (let i = start - 1; i >= 0 && top > 0; i--) {
    if (rows[i]!.indent < top) {
      context.unshift(rows[i]!);
      top = rows[i]!.indent;
    }
  }
  const lines: NationalLine[] = context.map((r, i) => ({
    code: r.code.trim(),
    description: r.description.replace(/\|/g, " ").replace(/\s+/g, " ").trim(),
    level: "context",
    indent: r.indent,
    declarable: false,
    parentIndex: i > 0 ? i - 1 : null,
  }));
  const offset = lines.length;
  const stack: number[] = [];
  picked.forEach((r, i) => {
    while (stack.length > 0 && picked[stack[stack.length - 1]!]!.indent >= r.indent) stack.pop();
    const parentIndex = stack.length > 0 ? stack[stack.length - 1]! + offset : offset > 0 ? offset - 1 : null;
    lines.push({
      code: r.code.trim(),
      description: r.description.replace(/\|/g, " ").replace(/\s+/g, " ").trim(),
      level: levelOf(r.code),
      indent: r.indent,
      declarable: false,
      parentIndex,
    });
    stack.push(i);
  });
  const hasChild = new Set(lines.map((l) => l.parentIndex).filter((p): p is number => p !== null));
  lines.forEach((l, i) => {
    l.declarable = !hasChild.has(i) && l.level !== "group" && l.level !== "context";
  });
  return lines;
}
