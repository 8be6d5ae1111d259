import { Decimal } from "decimal.js";
import { InputError } from "@openhs/shared";

/**
 * Money arithmetic: every amount is a `Decimal` (decimal.js), never a binary float. Amounts are
 * rounded half-up to the currency's minor unit when they become a figure of the answer (a
 * component's amount); later figures are computed from the rounded ones, as on a declaration.
 */

/** A private Decimal constructor: 40 significant digits, half-up rounding. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);

/**
 * ISO 4217 minor units that are not 2 (currencies not listed here have 2 decimals). From the ISO
 * 4217 list (https://www.six-group.com/en/products-services/financial-information/data-standards.html),
 * reviewed 2026-12-03.
 */
const MINOR_UNITS: Readonly<Record<string, number>> = {
  BHD: 3, BIF: 0, CLF: 4, CLP: 0, DJF: 0, GNF: 0, IQD: 3, ISK: 0, JOD: 3, JPY: 0, KMF: 0, KRW: 0, KWD: 3,
  LYD: 3, OMR: 3, PYG: 0, RWF: 0, TND: 3, UGX: 0, UYI: 0, UYW: 4, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
};

export function minorUnits(currency: string): number {
  return MINOR_UNITS[currency] ?? 2;
}

/** Rounds half-up to the currency's minor unit. */
export function roundMoney(amount: Dec, currency: string): Dec {
  return amount.toDecimalPlaces(minorUnits(currency), Decimal.ROUND_HALF_UP);
}

/** A money figure as a decimal string with exactly the currency's decimals ("12.50", "1300"). */
export function formatMoney(amount: Dec, currency: string): string {
  return roundMoney(amount, currency).toFixed(minorUnits(currency));
}

/** A rate / quantity as a plain decimal string without exponent or trailing zeros ("16.5", "0.044"). */
export function plain(d: Dec): string {
  const s = d.toFixed();
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
}

const DECIMAL_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Parses a decimal string of a request field. `undefined` for an empty value when not required.
 * Rejects exponents, grouping separators, NaN/Infinity and more than 30 significant digits.
 */
export function parseDecimal(
  value: string | undefined,
  field: string,
  opts: { required?: boolean; min?: "zero" | "positive"; max?: string } = {},
): Dec | undefined {
  const t = (value ?? "").trim();
  if (t === "") {
    if (opts.required) throw new InputError(field, "is required (a decimal number such as 12.50)");
    return undefined;
  }
  if (!DECIMAL_RE.test(t)) throw new InputError(field, `must be a plain decimal number such as 12.50 (got ${JSON.stringify(t.slice(0, 40))})`);
  const d = new Dec(t);
  if (d.precision(true) > 30) throw new InputError(field, "has too many digits (at most 30)");
  if (opts.min === "zero" && d.isNegative() && !d.isZero()) throw new InputError(field, "must not be negative");
  if (opts.min === "positive" && !d.greaterThan(0)) throw new InputError(field, "must be greater than zero");
  if (opts.max !== undefined && d.greaterThan(opts.max)) throw new InputError(field, `must not exceed ${opts.max}`);
  return d;
}

/** Percent of an amount: base × percent / 100 (exact). */
export function percentOf(base: Dec, percent: Dec): Dec {
  return base.times(percent).dividedBy(100);
}

export function sum(values: Dec[]): Dec {
  return values.reduce((a, b) => a.plus(b), ZERO);
}
