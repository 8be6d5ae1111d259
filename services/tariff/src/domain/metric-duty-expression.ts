import { canonicalDecimal, type DutyComponent, type DutyExpression } from "./duty-expression.js";

/**
 * Duty expressions as printed in the EU Common Customs Tariff, the UK Global Tariff and the
 * generic duty-table format: "12.0%", "41.20 EUR / 100 kg", "12.80% + 176.80 EUR / 100 kg",
 * "4.50% MIN 0.30 EUR / item MAX 0.80 EUR / item", "1.75 EUR / % vol / hl", "10.00% + 77.00 GBP/100kg".
 *
 * Grammar (after whitespace and "€" normalization):
 *   rate      := "Free" | sum [ "MIN" bound ] [ "MAX" bound ]
 *   sum       := component { "+" component }
 *   component := N "%" | N CUR "/" [N] unit [ "/" qualifier | " " qualifier ]
 *   bound     := one component (a compound bound is not representable: unparsed)
 * Amounts per "100 kg", "1,000 items", "100 m" are divided exactly (41.20 EUR / 100 kg →
 * 0.412 EUR per kg; the printed unit is kept in `unitText`). "tonne" is the unit `ton`.
 *
 * Not computable, so returned as kind "unparsed" with the reason (never a partial rate): seasonal
 * rates ("15.00% (01 JAN-14 FEB, ...)"), the agricultural components EA / ADSZ / ADFM (they depend
 * on the Meursing code of the composition), entry-price duties, amounts per % of sucrose, a
 * compound maximum, and numbers without a "%" or unit.
 */

const CURRENCIES = "EUR|GBP|USD|JPY|AUD|NOK|CHF|CAD|NZD|SEK|DKK|PLN|CZK|HUF|RON|BGN|ISK|KRW|CNY|INR|BRL|MXN|SGD|HKD|ZAR|TRY";

/** Printed unit (lower case, spaces removed) → normalized unit of `DUTY_UNITS`. */
const UNITS: Record<string, string> = {
  kg: "kg",
  g: "g",
  tonne: "ton",
  t: "ton",
  hl: "hl",
  l: "liter",
  liter: "liter",
  litre: "liter",
  "%vol/hl": "pct_vol_hl",
  item: "each",
  items: "each",
  p: "each",
  st: "each",
  pa: "pair",
  pair: "pair",
  pairs: "pair",
  m: "m",
  m2: "m2",
  "m²": "m2",
  m3: "m3",
  "m³": "m3",
};

/** Multiples written before a unit ("100 kg", "1,000 items") → the unit used for the rescaled amount. */
const MULTIPLE_UNIT: Record<string, string> = { each: "each", kg: "kg", m: "m", m2: "m2", liter: "liter", pair: "pair" };

/** Qualifiers printed after the unit, and what they mean. */
const QUALIFIERS: Array<[RegExp, string]> = [
  [/^net drained wt$/, "net drained weight"],
  [/^dry lactic matter$/, "dry lactic matter"],
  [/^lactic matter$/, "lactic matter"],
  [/^net dry$/, "net dry weight"],
  [/^std qual$/, "standard quality"],
  [/^tot alc$/, "total alcohol content"],
  [/^gross$|^br$/, "gross weight"],
  [/^net$/, "net weight"],
  [/^mas$/, "mas (qualifier as printed in the UK tariff)"],
  [/^eda$/, "eda (qualifier as printed in the UK tariff)"],
];

function unparsed(text: string, reason: string): DutyExpression {
  return { kind: "unparsed", text, components: [], reason };
}

/** Normalizes whitespace, NBSP and the euro sign; collapses spaces around "/". */
export function normalizeMetricText(text: string): string {
  return text
    .replace(/[\s\u00a0\u200b]+/g, " ")
    .replace(/€/g, " EUR ")
    .replace(/\s+/g, " ")
    .replace(/ ?\/ ?/g, "/")
    .trim();
}

/** Divides a canonical decimal by 10^k exactly (moves the point). */
function shiftLeft(dec: string, k: number): string {
  const [int, frac = ""] = dec.split(".") as [string, string?];
  const digits = int + frac;
  const point = int.length - k;
  const s = point <= 0 ? `0.${"0".repeat(-point)}${digits}` : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return canonicalDecimal(s);
}

type Parsed = { ok: true; value: DutyComponent } | { ok: false; reason: string };

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const PERCENT_RE = new RegExp(String.raw`^(${NUM}) ?%$`);
const SPECIFIC_RE = new RegExp(String.raw`^(${NUM}) ?(${CURRENCIES})/(.+)$`, "i");

function parseComponent(raw: string): Parsed {
  const s = raw.trim();
  let m = PERCENT_RE.exec(s);
  if (m) return { ok: true, value: { type: "ad_valorem", percent: canonicalDecimal(m[1]!) } };
  m = SPECIFIC_RE.exec(s);
  if (!m) {
    if (/^(EA|ADSZ|ADFM|ADS|ADF)$/i.test(s)) return { ok: false, reason: `agricultural component ${s} (depends on the composition: Meursing additional code)` };
    if (/^\d+(\.\d+)?$/.test(s)) return { ok: false, reason: `number ${s} without a "%" or a unit` };
    return { ok: false, reason: `unrecognized component "${s}"` };
  }
  const amount = canonicalDecimal(m[1]!);
  const currency = m[2]!.toUpperCase();
  let rest = m[3]!.trim();
  if (/sacchar/i.test(rest)) return { ok: false, reason: `amount per % of sucrose content ("${s}")` };
  // "% vol / hl"
  if (/^% ?vol\/hl$/i.test(rest)) return { ok: true, value: { type: "specific", amount, currency, unit: "pct_vol_hl", unitText: "% vol/hl" } };
  // Optional multiple: "100 kg", "1,000 items", "100kg"
  let multiple = "1";
  const mm = /^(\d{1,3}(?:,\d{3})+|\d+) ?(.*)$/.exec(rest);
  if (mm && mm[2]) {
    multiple = mm[1]!.replace(/,/g, "");
    rest = mm[2];
  }
  // unit, then an optional qualifier after "/" or a space
  const um = /^([a-zA-Z²³]+\d?)(?:\/(.+)| (.+))?$/.exec(rest);
  if (!um) return { ok: false, reason: `unrecognized unit in "${s}"` };
  const printedUnit = um[1]!;
  const unit = UNITS[printedUnit.toLowerCase()];
  if (!unit) return { ok: false, reason: `unknown unit "${printedUnit}" in "${s}"` };
  const c: DutyComponent = { type: "specific", amount, currency, unit, unitText: m[3]!.trim() };
  if (multiple !== "1") {
    if (!/^10*$/.test(multiple)) return { ok: false, reason: `unit multiple ${multiple} is not a power of ten in "${s}"` };
    if (!MULTIPLE_UNIT[unit] && unit !== "ton") return { ok: false, reason: `unit multiple ${multiple} of ${printedUnit} in "${s}"` };
    if (unit === "each" && multiple === "1000") {
      c.unit = "thousand";
    } else {
      c.amount = shiftLeft(amount, multiple.length - 1);
    }
  }
  const qualifier = (um[2] ?? um[3] ?? "").trim().toLowerCase().replace(/\/$/, "");
  if (qualifier) {
    const q = QUALIFIERS.find(([re]) => re.test(qualifier));
    if (!q) return { ok: false, reason: `unknown qualifier "${qualifier}" in "${s}"` };
    c.appliesTo = q[1];
  }
  return { ok: true, value: c };
}

function kindOf(components: DutyComponent[]): DutyExpression["kind"] {
  if (components.length > 1) return "compound";
  return components[0]!.type === "ad_valorem" ? "ad_valorem" : "specific";
}

/** Parses an EU / UK / generic-format rate text. Never throws: unsupported text is kind "unparsed" with the reason. */
export function parseMetricDutyExpression(text: string): DutyExpression {
  const t = normalizeMetricText(text);
  if (t === "") return unparsed(text, "empty rate text");
  if (/^(free|exempt|0(\.0+)? ?%)$/i.test(t)) return { kind: "free", text, components: [] };
  if (/entry price/i.test(t)) return { kind: "reference", text, components: [], reason: "entry price system: the duty depends on the import price (Regulation (EU) No 1308/2013)" };
  if (/\((\d{1,2} ?[A-Z]{3}|\d{1,2}-\d{1,2} [A-Z]{3})/i.test(t) && /(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)/i.test(t)) {
    return unparsed(text, `seasonal rate: the duty depends on the day of the year (${t})`);
  }
  let body = t;
  let minText: string | undefined;
  let maxText: string | undefined;
  let m = /^(.*?) MAX (.+)$/.exec(body);
  if (m) {
    body = m[1]!;
    maxText = m[2]!;
  }
  m = /^(.*?) MIN (.+)$/.exec(body);
  if (m) {
    body = m[1]!;
    minText = m[2]!;
  }
  const components: DutyComponent[] = [];
  for (const part of body.split(/ ?\+ ?/)) {
    const c = parseComponent(part);
    if (!c.ok) return unparsed(text, c.reason);
    components.push(c.value);
  }
  const expr: DutyExpression = { kind: kindOf(components), text, components };
  for (const [which, bound] of [["minimum", minText], ["maximum", maxText]] as const) {
    if (bound === undefined) continue;
    if (/\+/.test(bound)) return unparsed(text, `compound ${which} "${bound}" is not supported`);
    const c = parseComponent(bound);
    if (!c.ok) return unparsed(text, `${which}: ${c.reason}`);
    expr[which] = c.value;
  }
  // All-zero rates ("0.00 EUR / tonne") are free.
  if (!expr.minimum && components.every((c) => (c.percent ?? c.amount) === "0")) return { kind: "free", text, components: [] };
  return expr;
}
