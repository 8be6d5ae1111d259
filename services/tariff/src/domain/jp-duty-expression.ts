import { canonicalDecimal, type DutyComponent, type DutyExpression } from "./duty-expression.js";

/**
 * Rate cells of the Japanese customs tariff schedule (実行関税率表), as published by Japan Customs:
 *
 *   無税                          free
 *   10.9%                         ad valorem
 *   361円/kg, 6.40円/l, 934円/kl  specific, in yen per unit (kg, l, kl, ㎡, 頭 head, 足 pair, 個 / 本 piece)
 *   25%＋63円/kg                  compound (＋ or +)
 *   A又はBのうちいずれか高い税率    the higher of A and B → A with B as a minimum
 *   A又はBのうちいずれか低い税率    the lower of A and B → A with B as a maximum
 *   (10.9%), (無税)               in parentheses: a WTO bound rate that is NOT applied (`bound`)
 *
 * Leading markers (◎ ● * ※) are kept in `marker` and reported. Anything else — tariff-quota texts,
 * rates by origin within an agreement, price-linked formulas (課税価格), ranges (〜) — is kind
 * "unparsed" with the reason; it is never turned into a partial rate.
 */

export interface JpRate {
  expression: DutyExpression;
  /** The rate was printed in parentheses: a bound WTO rate that is not applied. */
  bound: boolean;
  /** Leading marker printed with the rate (◎ ● * ※), if any. */
  marker?: string;
}

const UNITS: Record<string, { unit: string; scale?: string }> = {
  kg: { unit: "kg" },
  l: { unit: "liter" },
  kl: { unit: "liter", scale: "1000" },
  "㎡": { unit: "m2" },
  m2: { unit: "m2" },
  "頭": { unit: "head" },
  "足": { unit: "pair" },
  "個": { unit: "each" },
  "本": { unit: "each" },
  t: { unit: "ton" },
};

function unparsed(text: string, reason: string): DutyExpression {
  return { kind: "unparsed", text, components: [], reason };
}

function divide(amount: string, by: string): string {
  // exact division by a power of ten
  const k = by.length - 1;
  const [int, frac = ""] = amount.split(".") as [string, string?];
  const digits = int + frac;
  const point = int.length - k;
  return canonicalDecimal(point <= 0 ? `0.${"0".repeat(-point)}${digits}` : `${digits.slice(0, point)}.${digits.slice(point)}`);
}

function component(raw: string): DutyComponent | string {
  const s = raw.trim();
  let m = /^(\d[\d,]*(?:\.\d+)?)%$/.exec(s);
  if (m) return { type: "ad_valorem", percent: canonicalDecimal(m[1]!) };
  m = /^(\d[\d,]*(?:\.\d+)?)円\/(kg|kl|l|㎡|m2|頭|足|個|本|t)$/.exec(s);
  if (m) {
    const u = UNITS[m[2]!]!;
    const amount = canonicalDecimal(m[1]!);
    return { type: "specific", amount: u.scale ? divide(amount, u.scale) : amount, currency: "JPY", unit: u.unit, unitText: m[2]! };
  }
  return `unrecognized rate component "${s}"`;
}

function sum(text: string): DutyComponent[] | string {
  const out: DutyComponent[] = [];
  for (const part of text.split(/[＋+]/)) {
    const c = component(part);
    if (typeof c === "string") return c;
    out.push(c);
  }
  return out;
}

function kindOf(cs: DutyComponent[]): DutyExpression["kind"] {
  return cs.length > 1 ? "compound" : cs[0]!.type === "ad_valorem" ? "ad_valorem" : "specific";
}

export function parseJpRate(cell: string): JpRate {
  let t = cell.replace(/[\s\u3000]+/g, " ").trim();
  const text = t;
  let marker: string | undefined;
  const mk = /^([◎●*※])\s*/.exec(t);
  if (mk) {
    marker = mk[1];
    t = t.slice(mk[0].length);
  }
  let bound = false;
  const paren = /^[(（](.*)[)）]$/.exec(t);
  if (paren && !/[(（)）]/.test(paren[1]!)) {
    bound = true;
    t = paren[1]!;
  }
  if (t === "無税") return { expression: { kind: "free", text, components: [] }, bound, marker };
  if (/関税割当|課税価格|〜|待遇|非譲許|\n|もの/.test(cell) || /[^\x00-\x7f円％%＋kgl㎡頭足個本又はのうちいずれか高低い税率]/.test(t)) {
    return { expression: unparsed(text, "text other than a rate (tariff quota, rate by origin, price formula, range or description)"), bound, marker };
  }
  const either = /^(.+?)又は(.+?)のうちいずれか(高|低)い税率$/.exec(t);
  if (either) {
    const a = sum(either[1]!);
    if (typeof a === "string") return { expression: unparsed(text, a), bound, marker };
    const b = sum(either[2]!);
    if (typeof b === "string") return { expression: unparsed(text, b), bound, marker };
    if (b.length !== 1) return { expression: unparsed(text, `the ${either[3] === "高" ? "higher" : "lower"}-of alternative "${either[2]}" is compound`), bound, marker };
    const e: DutyExpression = { kind: kindOf(a), text, components: a };
    if (either[3] === "高") e.minimum = b[0];
    else e.maximum = b[0];
    return { expression: e, bound, marker };
  }
  const cs = sum(t);
  if (typeof cs === "string") return { expression: unparsed(text, cs), bound, marker };
  return { expression: { kind: kindOf(cs), text, components: cs }, bound, marker };
}
