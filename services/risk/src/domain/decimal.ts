/**
 * Exact decimal arithmetic on decimal strings for threshold checks (never binary floats): values are
 * scaled to BigInt integers.
 */

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

export function isDecimal(s: string): boolean {
  return DECIMAL.test(s);
}

interface Scaled {
  n: bigint;
  scale: number;
}

function parse(s: string): Scaled {
  const m = DECIMAL.exec(s.trim());
  if (!m) throw new Error(`not a non-negative decimal: ${s}`);
  const frac = m[2] ?? "";
  return { n: BigInt(m[1]! + frac), scale: frac.length };
}

function mul(a: Scaled, b: Scaled): Scaled {
  return { n: a.n * b.n, scale: a.scale + b.scale };
}

function cmp(a: Scaled, b: Scaled): number {
  const scale = Math.max(a.scale, b.scale);
  const x = a.n * 10n ** BigInt(scale - a.scale);
  const y = b.n * 10n ** BigInt(scale - b.scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Compares two non-negative decimal strings: -1, 0 or 1. */
export function compareDecimal(a: string, b: string): number {
  return cmp(parse(a), parse(b));
}

/**
 * Compares `amount` in currency A with `threshold` in currency B, given both currencies' ECB rates
 * (units per 1 EUR): amount / rateA ⋚ threshold / rateB ⇔ amount × rateB ⋚ threshold × rateA.
 * No division, so no rounding.
 */
export function compareAcrossCurrencies(amount: string, ratePerEurA: string, threshold: string, ratePerEurB: string): number {
  return cmp(mul(parse(amount), parse(ratePerEurB)), mul(parse(threshold), parse(ratePerEurA)));
}
