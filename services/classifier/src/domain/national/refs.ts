/**
 * Headings and subheadings a national line names by number ("Of articles of subheading 9030.20", "For the goods of
 * subheading 8443.31", "To be installed in vehicles of … heading 8702, 8703 or 8704", "of headings 8701 to 8705").
 * The knowledge attaches their HS texts to the line, so the choice can tell whether the goods are of that kind. Pure.
 */

/** HS codes (4 or 6 digits) a line text refers to, in order, without repeats. */
export function referencedCodes(description: string): string[] {
  const out: string[] = [];
  const push = (c: string) => {
    if (!out.includes(c)) out.push(c);
  };
  const d = description.toLowerCase();
  for (const m of d.matchAll(/\b(?:sub)?headings?\s+((?:\d{4}(?:[. ]\d{2}){0,2}\b(?:\s*(?:,|\bor\b|\band\b|\bto\b)\s*)?)+)/g)) {
    const list = m[1]!;
    const codes = [...list.matchAll(/\d{4}(?:[. ]\d{2})?(?:\.\d{2})?/g)].map((x) => x[0].replace(/\D/g, "").slice(0, 6));
    // "headings 8701 to 8705": the range.
    const range = list.match(/^(\d{4})\s+to\s+(\d{4})\b/);
    if (range) {
      const [a, b] = [Number(range[1]), Number(range[2])];
      if (b > a && b - a <= 20) for (let h = a; h <= b; h++) push(String(h).padStart(4, "0"));
      continue;
    }
    for (const c of codes) if (c.length === 4 || c.length === 6) push(c);
  }
  return out;
}
