/**
 * Duty expressions: the parsed form of a tariff rate text such as "16.5%", "2.6¢/kg",
 * "12.4¢/kg + 2%" or "Free (AU,BH,CL)". Amounts are decimal strings, never binary floats.
 *
 * The grammar was derived from every distinct rate text of the USITC HTSUS 2026 Revision 4 CSV
 * (General, Special, Column 2 and Additional Duties columns, ~2,300 strings); the test
 * `duty-expression.test.ts` parses all of them. Summary of what is understood:
 *
 *   rate        := "Free" [qualifier] | "No change" | "No additional duty"
 *                | "See ..." | "The duty/rate ... provided/applicable ..." | "A duty upon/equal ..."   (reference)
 *                | "The duty/rate ... <provision>" ("+" | "plus" | "minus") sum                          (derived)
 *                | sum [sliding-scale] [minimum] [", but if ..." condition]
 *   sum         := component { "+" component }
 *   component   := percent ["on"|"of"|"upon" part]                 16.5% · 4.2% on the case · 2 percent of the fair retail value
 *                | money "/" unit [qualifier]                       2.6¢/kg · $1.78/pf. liter · 0.8¢/kg on lead content
 *                | money "each" | money "for each" part             $1.70 each · 0.2¢ for each other piece or part
 *   percent     := N "%" | N " percent" | N " " n "/" d "%"          33 1/3%
 *   money       := "$" N | N "¢"                                   cents are converted to dollars by moving the point
 *   sliding     := "less" money "/" unit "for each" text            raw sugar: "... less 0.020668¢/kg for each degree under 100 degrees"
 *   minimum     := "but not less [than]" money "/" unit
 *
 * Before parsing, the text is normalized: line breaks and runs of spaces collapse to one space,
 * hyphenation artifacts are joined ("sub- chapter" → "subchapter", but "internal- revenue" keeps
 * its hyphen), spaces around "/" are dropped ("¢ /kg", "¢/ liter"), a final period is dropped,
 * and a few run-together words in the source are separated ("inthe", "thebattery", "m2of").
 */

/** One additive part of a duty expression. */
export interface DutyComponent {
  type: "ad_valorem" | "specific";
  /** Ad valorem: percent of the customs value, as a decimal string ("16.5"). */
  percent?: string;
  /**
   * Ad valorem (added): the exact percent as a reduced fraction "numerator/denominator", set only
   * when the printed percent has no finite decimal form ("33 1/3%" → "100/3"); `percent` is then
   * rounded half-up to 10 decimal places ("33.3333333333").
   */
  percentFraction?: string;
  /** Specific: amount per unit in whole currency units ("0.026" for 2.6¢). */
  amount?: string;
  /** Specific: ISO 4217 currency of the amount ("USD"). */
  currency?: string;
  /** Specific: normalized unit of quantity, one of {@link DUTY_UNITS} ("kg", "liter", "pf_liter", ...). */
  unit?: string;
  /** Specific (added): the unit as printed, after whitespace normalization ("pf. liter", "doz.", "1,000 pins"). */
  unitText?: string;
  /**
   * Part of the goods, or the quantity / value base, the component is charged on when it is not
   * the whole article. Printed text without the leading preposition ("on", "of", "upon") and
   * article, and for ad valorem without "the value of": "on the case" → "case",
   * "on the strap, band or bracelet" → "strap, band or bracelet", "of total sugars" →
   * "total sugars", "on drained weight" → "drained weight", "on the value of the lead content" →
   * "lead content", "of the fair retail value" → "fair retail value",
   * ", including weight of container" → "including weight of container".
   */
  appliesTo?: string;
  /** Specific (added): charged only on the units above this count ("2.8¢/jewel over 7" → "7"). */
  over?: string;
  /**
   * (added) The component is deducted instead of added: "The duty rate provided in such subheading
   * minus 0.5%" (kind "derived"), and sliding-scale {@link DutyExpression.adjustments}.
   */
  subtract?: boolean;
  /**
   * (added) The amount applies once for each of these (sliding scales, only in `adjustments`):
   * "degree under 100 degrees (and fractions of a degree in proportion)".
   */
  perEach?: string;
}

export type DutyExpressionKind =
  | "free"          // no duty (also "No additional duty" in the Additional Duties column)
  | "ad_valorem"    // one ad valorem component
  | "specific"      // one specific component
  | "compound"      // two or more components, summed
  | "reference"     // the rate is given elsewhere ("See U.S. note 3 ...", "The rate applicable to ..."): `reason` holds the reference
  | "derived"       // (added) the rate of another provision (`reason`) plus, or minus, the `components` ("The duty provided in the applicable subheading + 25%")
  | "no_change"     // "No change": the rate of the general column applies
  | "unparsed";     // could not be parsed: `reason` says why

export interface DutyExpression {
  kind: DutyExpressionKind;
  /** The rate text as it appears in the source (for a Special-column entry: its segment, whitespace collapsed). */
  text: string;
  /** Components, summed. For "derived", what is added to (or, with `subtract`, deducted from) the referenced rate. */
  components: DutyComponent[];
  /** Minimum / maximum amount clauses, when the text has them ("but not less than 0.943854¢/kg"). */
  minimum?: DutyComponent;
  maximum?: DutyComponent;
  /**
   * (added) Sliding-scale adjustments applied to the components, each with `subtract` and `perEach`:
   * raw cane sugar "1.4606¢/kg less 0.020668¢/kg for each degree under 100 degrees ... but not less
   * than 0.943854¢/kg" is components [0.014606/kg], adjustments [-0.00020668/kg per degree under
   * 100], minimum 0.00943854/kg. A consumer that does not evaluate adjustments must not use the
   * components alone as the rate (they are the rate at 100 degrees polarity, i.e. the maximum).
   */
  adjustments?: DutyComponent[];
  /**
   * (added) Clauses printed with the rate that qualify it but cannot be expressed as amounts, kept
   * verbatim (normalized): "under bond, as prescribed in U.S. note 1 to this subchapter",
   * "See U.S. note 4 of this subchapter", "but if consisting in part of a plate or a set of plates
   * the total duty shall not exceed the duty for the complete movement".
   */
  conditions?: string[];
  /** For reference / derived: the rate referred to. For unparsed: why it was not parsed. */
  reason?: string;
}

/** A preferential (special) rate and the programme codes it applies to. */
export interface PreferentialRate {
  /**
   * Programme indicators as printed ("AU", "A+", "A*", "S"), in printed order, duplicates removed.
   * Empty when the Special column gives a rate without indicators (e.g. "Free", "15%", or "The duty
   * provided in the applicable subheading" on chapter 99 lines): the rate then applies to every
   * programme / the special column as a whole.
   */
  programs: string[];
  expression: DutyExpression;
}

/** Thrown by {@link parseDutyExpression} for an empty (or all-whitespace) text. In the HTSUS data an
 * empty rate cell means "inherits the rate of the parent line"; callers skip empties. */
export class EmptyRateTextError extends Error {
  constructor() {
    super("empty rate text (in the HTSUS an empty rate cell inherits the parent line's rate)");
    this.name = "EmptyRateTextError";
  }
}

// ---------------------------------------------------------------------------------------------
// Units

/**
 * Normalized units of quantity used by specific duties, with their meaning.
 * Every unit that occurs in the HTSUS 2026 rate texts maps to one of these.
 */
export const DUTY_UNITS: Readonly<Record<string, string>> = {
  kg: "kilogram",
  clean_kg: "kilogram of clean (scoured) wool content",
  g: "gram",
  ton: "metric ton (1,000 kg), printed 't'",
  liter: "liter",
  hl: "hectolitre (100 liters; EU / UK tariffs)",
  pct_vol_hl: "% vol per hectolitre (alcoholic strength × hectolitres; EU / UK tariffs)",
  pf_liter: "proof liter (liter of 50% ethyl alcohol by volume equivalent)",
  bbl: "barrel (42 US gallons)",
  m: "meter (also printed 'lin. m', linear meter)",
  m2: "square meter",
  m3: "cubic meter",
  each: "per article / piece (printed 'each', '/article', 'for each ...')",
  pair: "pair (printed 'pr.')",
  doz: "dozen (12)",
  gross: "gross (144)",
  thousand: "thousand units (printed '1000', '1,000', 'thousand', '1,000 pins')",
  line_gross: "per line (button size, 1/40 inch) per gross: amount × lines × gross",
  jewel: "jewel (watch movements)",
  head: "head (live animals)",
  pack: "pack",
};

/** Printed unit (lower case, whitespace collapsed) → normalized unit. */
export const UNIT_ALIASES: Readonly<Record<string, string>> = {
  kg: "kg",
  "clean kg": "clean_kg",
  g: "g",
  t: "ton",
  liter: "liter",
  "pf. liter": "pf_liter",
  "pf.liter": "pf_liter",
  "proof liter": "pf_liter",
  bbl: "bbl",
  m: "m",
  "lin. m": "m",
  m2: "m2",
  "m²": "m2",
  m3: "m3",
  "m³": "m3",
  each: "each",
  article: "each",
  "pr.": "pair",
  pr: "pair",
  pair: "pair",
  "doz.": "doz",
  doz: "doz",
  gross: "gross",
  "1000": "thousand",
  "1,000": "thousand",
  thousand: "thousand",
  "1,000 pins": "thousand",
  "line/gross": "line_gross",
  jewel: "jewel",
  head: "head",
  pack: "pack",
};

// Longest aliases first so that "clean kg" wins over "kg" and "1,000 pins" over "1,000".
const UNIT_KEYS = Object.keys(UNIT_ALIASES).sort((a, b) => b.length - a.length);

// ---------------------------------------------------------------------------------------------
// Decimal helpers (strings only)

/** Canonical decimal string: no grouping commas, no leading zeros, no trailing fractional zeros. */
export function canonicalDecimal(s: string): string {
  const t = s.replace(/,/g, "");
  if (!/^\d*(\.\d*)?$/.test(t) || t === "" || t === ".") throw new RangeError(`not a decimal: ${s}`);
  let [int = "", frac = ""] = t.split(".");
  int = int.replace(/^0+/, "") || "0";
  frac = frac.replace(/0+$/, "");
  return frac ? `${int}.${frac}` : int;
}

/** Exact cents → dollars: moves the decimal point two places left ("2.6" → "0.026"). */
export function centsToDollars(cents: string): string {
  const t = canonicalDecimal(cents);
  const [int, frac = ""] = t.split(".") as [string, string?];
  const digits = int + frac;
  const point = int.length - 2;
  const shifted = point <= 0 ? `0.${"0".repeat(-point)}${digits}` : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return canonicalDecimal(shifted);
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** "33" + "1/3" → { decimal: "33.3333333333", fraction: "100/3" }; fraction only when non-terminating. */
function mixedToDecimal(whole: string, num: string, den: string): { decimal: string; fraction?: string } {
  const [wi, wf = ""] = canonicalDecimal(whole).split(".") as [string, string?];
  // whole = W / 10^k
  const scale = 10n ** BigInt(wf.length);
  const d0 = BigInt(den);
  if (d0 === 0n) throw new RangeError("zero denominator");
  let n = BigInt(wi + wf) * d0 + BigInt(num) * scale;
  let d = scale * d0;
  const g = gcd(n, d);
  n /= g;
  d /= g;
  let rest = d;
  while (rest % 2n === 0n) rest /= 2n;
  while (rest % 5n === 0n) rest /= 5n;
  const places = 10;
  const p = 10n ** BigInt(places);
  if (rest === 1n) {
    // Terminating: find exact digits.
    let k = 0;
    while ((n * 10n ** BigInt(k)) % d !== 0n) k++;
    const v = (n * 10n ** BigInt(k)) / d;
    return { decimal: canonicalDecimal(insertPoint(v.toString(), k)) };
  }
  const rounded = (n * p * 2n + d) / (2n * d); // half-up
  return { decimal: canonicalDecimal(insertPoint(rounded.toString(), places)), fraction: `${n}/${d}` };
}

function insertPoint(digits: string, places: number): string {
  if (places === 0) return digits;
  const padded = digits.padStart(places + 1, "0");
  return `${padded.slice(0, -places)}.${padded.slice(-places)}`;
}

// ---------------------------------------------------------------------------------------------
// Text normalization

/** Compounds whose hyphen is real when the source broke the line after it ("internal- revenue"). */
const KEEP_HYPHEN = new Set(["internal-revenue"]);

/** Run-together words in the source text (missing spaces), fixed before parsing. */
const TYPO_FIXES: ReadonlyArray<[RegExp, string]> = [
  [/\binthe\b/g, "in the"],
  [/\bthebattery\b/g, "the battery"],
  [/\boralterations\b/g, "or alterations"],
  [/\b(m[23])of\b/g, "$1 of"],
  [/\bin the in the\b/g, "in the"],
];

/** Normalizes a rate text for parsing (see the module comment). */
export function normalizeRateText(text: string): string {
  let t = text.replace(/[\s\u00a0\u2028\u2029]+/g, " ").trim();
  t = t.replace(/(\p{L}+)- (\p{L}+)/gu, (_m, a: string, b: string) =>
    KEEP_HYPHEN.has(`${a}-${b}`.toLowerCase()) ? `${a}-${b}` : `${a}${b}`,
  );
  t = t.replace(/ ?\/ ?/g, "/");
  for (const [re, rep] of TYPO_FIXES) t = t.replace(re, rep);
  // A final period ("+ 50%.", "No change.") but not an abbreviation ("U.S.").
  if (/\.$/.test(t) && !/\b[A-Z]\.$/.test(t)) t = t.slice(0, -1).trimEnd();
  return t;
}

// ---------------------------------------------------------------------------------------------
// Components

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
const PERCENT_RE = new RegExp(String.raw`^(${NUMBER})(?: (\d+)/(\d+))? ?(?:%|percent\b) ?(.*)$`, "i");
const MONEY_RE = new RegExp(String.raw`^(?:\$ ?(${NUMBER})|(${NUMBER}) ?¢) ?(.*)$`);

/** Strips "on" / "of" / "upon" and a leading "the" from a qualifier phrase. */
function partAfterPreposition(rest: string): string | undefined {
  const m = /^(?:on|of|upon) (.+)$/i.exec(rest);
  if (!m) return undefined;
  return m[1]!.replace(/^the /i, "").trim();
}

function parsePercent(s: string): Parsed<DutyComponent> | undefined {
  const m = PERCENT_RE.exec(s);
  if (!m) return undefined;
  const [, num, fnum, fden, rest = ""] = m;
  const c: DutyComponent = { type: "ad_valorem", percent: "" };
  if (fnum !== undefined && fden !== undefined) {
    const v = mixedToDecimal(num!, fnum, fden);
    c.percent = v.decimal;
    if (v.fraction) c.percentFraction = v.fraction;
  } else {
    c.percent = canonicalDecimal(num!);
  }
  if (rest) {
    const part = partAfterPreposition(rest);
    if (part === undefined) return { ok: false, reason: `unrecognized text after the percent in "${s}": "${rest}"` };
    // An ad valorem rate is always on a value: "on the value of the rifle" → "rifle".
    c.appliesTo = part.replace(/^value of (the )?/i, "");
  }
  return { ok: true, value: c };
}

function parseMoney(s: string): Parsed<DutyComponent> | undefined {
  const m = MONEY_RE.exec(s);
  if (!m) return undefined;
  const [, dollars, cents, restRaw = ""] = m;
  const amount = dollars !== undefined ? canonicalDecimal(dollars) : centsToDollars(cents!);
  const c: DutyComponent = { type: "specific", amount, currency: "USD" };
  let rest = restRaw;
  let um: RegExpExecArray | null;
  if ((um = /^each\b ?(.*)$/i.exec(rest))) {
    c.unit = "each";
    c.unitText = "each";
    rest = um[1]!;
  } else if ((um = /^for each (.+)$/i.exec(rest))) {
    // "0.2¢ for each other piece or part"
    c.unit = "each";
    c.unitText = "each";
    c.appliesTo = um[1]!;
    return { ok: true, value: c };
  } else if (rest.startsWith("/")) {
    const after = rest.slice(1);
    const lower = after.toLowerCase();
    const key = UNIT_KEYS.find((k) => lower.startsWith(k) && /^($|[ ,])/.test(lower.slice(k.length)));
    if (!key) return { ok: false, reason: `unknown unit in "${s}": "/${after}"` };
    c.unit = UNIT_ALIASES[key]!;
    c.unitText = after.slice(0, key.length);
    rest = after.slice(key.length).trim();
  } else {
    return { ok: false, reason: `amount without a unit in "${s}"` };
  }
  if (rest) {
    let qm: RegExpExecArray | null;
    if ((qm = /^over (\d+)$/i.exec(rest))) c.over = qm[1]!;
    else if ((qm = /^, ?(including .+)$/i.exec(rest))) c.appliesTo = qm[1]!;
    else {
      const part = partAfterPreposition(rest);
      if (part === undefined) return { ok: false, reason: `unrecognized text after the unit in "${s}": "${rest}"` };
      c.appliesTo = part;
    }
  }
  return { ok: true, value: c };
}

/** One component: a percent or an amount per unit. "a duty of 25% upon ..." is accepted too. */
function parseComponent(raw: string): Parsed<DutyComponent> {
  const s = raw.trim().replace(/^a duty of /i, "");
  if (!s) return { ok: false, reason: "empty component (stray '+')" };
  return parsePercent(s) ?? parseMoney(s) ?? { ok: false, reason: `unrecognized rate component "${s}"` };
}

/** A sum of components separated by "+". */
function parseSum(s: string): Parsed<DutyComponent[]> {
  const out: DutyComponent[] = [];
  for (const part of s.split(/ ?\+ ?/)) {
    const c = parseComponent(part);
    if (!c.ok) return c;
    out.push(c.value);
  }
  return { ok: true, value: out };
}

function kindOf(components: DutyComponent[]): DutyExpressionKind {
  if (components.length > 1) return "compound";
  return components[0]!.type === "ad_valorem" ? "ad_valorem" : "specific";
}

// ---------------------------------------------------------------------------------------------
// Expressions

/** A parenthesized list of programme indicators: "(A+,AU, BH)", "(B,C,)", "(S+)". */
const PROGRAM_CODE = String.raw`[A-Z]{1,2}[*+]?`;
const PROGRAM_GROUP = String.raw`\( ?(${PROGRAM_CODE}(?: ?, ?(?:${PROGRAM_CODE})?)*) ?\)`;
const PROGRAM_GROUP_RE = new RegExp(PROGRAM_GROUP, "g"); // for matchAll (which copies it)
const HAS_PROGRAM_GROUP_RE = new RegExp(PROGRAM_GROUP); // for testing (stateless)

/**
 * The rate of another provision plus / minus something: "The duty provided in the applicable
 * subheading + 25%". Any "The duty/rate ..." text with an operator is taken as derived, so that an
 * addition is never dropped silently (if the added part does not parse, the result is unparsed).
 */
const DERIVED_RE = /^(the (?:duty|duty rate|rate|rate of duty)\b.*?) ?(\+|\bplus\b|\bminus\b) ?(.+)$/i;
/** Rates defined by reference to another provision or a computation described in words. */
const REFERENCE_RE = /^(?:see\b|the (?:duty|duty rate|rate|rate of duty)\b|a duty\b)/i;

function unparsed(text: string, reason: string): DutyExpression {
  return { kind: "unparsed", text, components: [], reason };
}

/**
 * Parses a single rate text (General, Column 2 or Additional Duties column, or one segment of a
 * Special-column text). Throws {@link EmptyRateTextError} for an empty text; never throws
 * otherwise: text that does not fit the grammar gives kind "unparsed" with a `reason`.
 */
export function parseDutyExpression(text: string): DutyExpression {
  if (text.trim() === "") throw new EmptyRateTextError();
  const t = normalizeRateText(text);

  if (HAS_PROGRAM_GROUP_RE.test(t)) {
    return unparsed(text, "text contains programme indicators in parentheses: parse it with parseSpecialRates");
  }

  // Free, possibly with a qualifying clause: "Free, under bond, as prescribed in U.S. note 1 ...".
  let m: RegExpExecArray | null;
  if ((m = /^free\b[ ,]*(.*)$/i.exec(t))) {
    const rest = m[1]!.replace(/^\((.*)\)$/, "$1").trim();
    return rest ? { kind: "free", text, components: [], conditions: [rest] } : { kind: "free", text, components: [] };
  }
  // Additional Duties column: "No additional duty" adds nothing, i.e. the additional duty is free.
  if (/^no additional duty$/i.test(t)) return { kind: "free", text, components: [] };
  if (/^no change$/i.test(t)) return { kind: "no_change", text, components: [] };

  if ((m = DERIVED_RE.exec(t))) {
    const [, base, op, rest] = m;
    const sum = parseSum(rest!);
    if (!sum.ok) return unparsed(text, sum.reason);
    const components = op!.toLowerCase() === "minus" ? sum.value.map((c) => ({ ...c, subtract: true })) : sum.value;
    return { kind: "derived", text, components, reason: base! };
  }
  if (REFERENCE_RE.test(t)) return { kind: "reference", text, components: [], reason: t };

  // Arithmetic rate, with optional trailing clauses (peeled off from the end).
  let body = t;
  const expr: DutyExpression = { kind: "unparsed", text, components: [] };

  // ", but if consisting in part of a plate ... shall not exceed the duty for the complete movement"
  if ((m = /^(.*?), (but if .+)$/i.exec(body))) {
    expr.conditions = [m[2]!];
    body = m[1]!;
  }
  // "but not less [than] X" / "but not more than X"
  if ((m = /^(.*?),? but not (less|more|greater)(?: than)? (.+)$/i.exec(body))) {
    const bound = parseComponent(m[3]!);
    if (!bound.ok) return unparsed(text, `minimum/maximum clause: ${bound.reason}`);
    if (m[2]!.toLowerCase() === "less") expr.minimum = bound.value;
    else expr.maximum = bound.value;
    body = m[1]!;
  }
  // Sliding scale: "X less Y for each degree under 100 degrees (...)"
  if ((m = /^(.*?) less (.+?) for each (.+)$/i.exec(body))) {
    const adj = parseComponent(m[2]!);
    if (!adj.ok) return unparsed(text, `sliding-scale clause: ${adj.reason}`);
    expr.adjustments = [{ ...adj.value, subtract: true, perEach: m[3]! }];
    body = m[1]!;
  }

  const sum = parseSum(body);
  if (!sum.ok) return unparsed(text, sum.reason);
  expr.components = sum.value;
  expr.kind = kindOf(sum.value);
  return expr;
}

/**
 * Parses a Special-column text into one entry per rate with the programme indicators that follow
 * it: `Free (A,AU,BH)1.8¢/liter(JO)` → [{Free, [A,AU,BH]}, {1.8¢/liter, [JO]}]. Text after the last
 * indicator list (or a text without any, like "Free" or "15%") becomes an entry with no
 * programmes. Returns [] for an empty text.
 *
 * Indicator lists are recognized by shape: parentheses holding only comma-separated codes of one
 * or two capital letters with an optional "*" or "+" marker, so "(see U.S. note 3 ...)" and
 * "3(e)" stay part of the rate text.
 */
export function parseSpecialRates(text: string): PreferentialRate[] {
  // Collapse whitespace first so that offsets below refer to the normalized text; the source
  // once prints "(PA (PA)" for "(PA)".
  const t = text
    .replace(/[\s\u00a0\u2028\u2029]+/g, " ")
    .trim()
    .replace(new RegExp(String.raw`\((${PROGRAM_CODE}) \(\1\)`, "g"), "($1)");
  if (!t) return [];

  const out: PreferentialRate[] = [];
  let last = 0;
  for (const m of t.matchAll(PROGRAM_GROUP_RE)) {
    const segment = t.slice(last, m.index).trim();
    const programs = [...new Set(m[1]!.split(",").map((p) => p.trim()).filter(Boolean))];
    last = m.index + m[0].length;
    if (!segment) {
      // Two indicator lists in a row: they belong to the same rate.
      const prev = out.at(-1);
      if (prev) prev.programs = [...new Set([...prev.programs, ...programs])];
      else out.push({ programs, expression: unparsed(m[0], "programme indicators without a rate") });
      continue;
    }
    out.push({ programs, expression: parseDutyExpression(segment) });
  }
  const tail = t.slice(last).trim();
  if (tail) out.push({ programs: [], expression: parseDutyExpression(tail) });
  return out;
}
