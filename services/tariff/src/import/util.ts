/** Small helpers shared by the adapters. */

/** Collapses runs of whitespace (incl. newlines, NBSP) to one space and trims. */
export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, " ").trim();
}

/** True for a valid calendar date 'YYYY-MM-DD'. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = utcDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** 'DD-MM-YYYY' → 'YYYY-MM-DD', or undefined when not a valid date. */
export function dmyToIso(s: string): string | undefined {
  const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(s.trim());
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]}-${m[1]}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** A UTC date; unlike Date.UTC, years 0-99 are not mapped to 1900-1999. */
function utcDate(y: number, monthIndex: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(y, monthIndex, day);
  d.setUTCHours(0, 0, 0, 0);
  return d;
}

/** Adds `days` to an ISO date. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const t = utcDate(y, m - 1, d + days);
  const yyyy = String(t.getUTCFullYear()).padStart(4, "0");
  return `${yyyy}-${String(t.getUTCMonth() + 1).padStart(2, "0")}-${String(t.getUTCDate()).padStart(2, "0")}`;
}

/** A decimal number as a plain decimal string ("25.5", "0.255"); undefined when not a finite decimal. */
export function decimalString(v: unknown): string | undefined {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return undefined;
    return String(v).includes("e") ? v.toFixed(12).replace(/\.?0+$/, "") : String(v);
  }
  if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim())) return v.trim();
  return undefined;
}

/**
 * Multiplies a decimal string by 100 exactly (fraction → percent): "0.255" → "25.5", "0.2" → "20".
 */
export function fractionToPercent(dec: string): string {
  const neg = dec.startsWith("-");
  const [intPart, frac = ""] = (neg ? dec.slice(1) : dec).split(".") as [string, string?];
  const digits = intPart + frac.padEnd(2, "0");
  const cut = intPart.length + 2;
  let whole = digits.slice(0, cut).replace(/^0+(?=\d)/, "");
  let rest = digits.slice(cut).replace(/0+$/, "");
  if (whole === "") whole = "0";
  return (neg ? "-" : "") + whole + (rest ? "." + rest : "");
}

/** Roman numeral (I..XXX) → integer, or undefined. */
export function romanToInt(roman: string): number | undefined {
  if (!/^[IVXL]+$/.test(roman)) return undefined;
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const cur = v[roman[i]!]!;
    const next = v[roman[i + 1] ?? ""] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

/**
 * HS 2022 (and 2017: unchanged) chapter → section. Used for national schedules whose files have
 * no section column (US HTS, EU TARIC); the test checks it against the HS2022 file. Chapter 77 is
 * reserved; national chapters 98/99 have no HS section.
 */
const SECTION_RANGES: Array<[roman: string, from: number, to: number]> = [
  ["I", 1, 5], ["II", 6, 14], ["III", 15, 15], ["IV", 16, 24], ["V", 25, 27], ["VI", 28, 38], ["VII", 39, 40],
  ["VIII", 41, 43], ["IX", 44, 46], ["X", 47, 49], ["XI", 50, 63], ["XII", 64, 67], ["XIII", 68, 70], ["XIV", 71, 71],
  ["XV", 72, 83], ["XVI", 84, 85], ["XVII", 86, 89], ["XVIII", 90, 92], ["XIX", 93, 93], ["XX", 94, 96], ["XXI", 97, 97],
];

export function sectionOfChapter(chapter: string | number): string | null {
  const c = typeof chapter === "number" ? chapter : Number(chapter);
  if (!Number.isInteger(c)) return null;
  for (const [roman, from, to] of SECTION_RANGES) if (c >= from && c <= to) return roman;
  return null;
}
