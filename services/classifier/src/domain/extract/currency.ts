/**
 * Unit value in USD from a price and an ISO 4217 currency.
 *
 * The rates are a fixed, approximate reference (USD per unit of the currency, rounded, mid-2020s
 * levels). They exist only so that value thresholds in tariff texts ("valued over $X per dozen") can be
 * tested deterministically; they are not for landed-cost or duty arithmetic, which must use the
 * customs exchange rate of the day.
 */
export const USD_PER_UNIT: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1.08,
  GBP: 1.27,
  CHF: 1.12,
  CAD: 0.74,
  AUD: 0.66,
  NZD: 0.61,
  JPY: 0.0067,
  CNY: 0.14,
  RMB: 0.14,
  CNH: 0.14,
  HKD: 0.128,
  TWD: 0.031,
  KRW: 0.00075,
  SGD: 0.74,
  MYR: 0.21,
  THB: 0.028,
  IDR: 0.000063,
  PHP: 0.018,
  VND: 0.00004,
  INR: 0.012,
  PKR: 0.0036,
  BDT: 0.0085,
  LKR: 0.0033,
  AED: 0.2723,
  SAR: 0.2667,
  QAR: 0.2747,
  KWD: 3.25,
  ILS: 0.27,
  TRY: 0.031,
  EGP: 0.021,
  ZAR: 0.054,
  NGN: 0.00065,
  KES: 0.0077,
  MAD: 0.1,
  MXN: 0.055,
  BRL: 0.19,
  ARS: 0.0011,
  CLP: 0.00107,
  COP: 0.00025,
  PEN: 0.27,
  SEK: 0.095,
  NOK: 0.094,
  DKK: 0.145,
  ISK: 0.0072,
  PLN: 0.25,
  CZK: 0.043,
  HUF: 0.0027,
  RON: 0.22,
  BGN: 0.55,
  RUB: 0.011,
  UAH: 0.024,
  KZT: 0.0021,
};

/** Currency symbols and common non-ISO spellings. "¥" alone is taken as CNY (marketplace listings). */
const ALIASES: Readonly<Record<string, string>> = {
  $: "USD",
  US$: "USD",
  "€": "EUR",
  "£": "GBP",
  "¥": "CNY",
  "￥": "CNY",
  "元": "CNY",
  YUAN: "CNY",
  "CN¥": "CNY",
  "JP¥": "JPY",
  YEN: "JPY",
  "₹": "INR",
  "₩": "KRW",
  "₽": "RUB",
  "₺": "TRY",
  "R$": "BRL",
  C$: "CAD",
  A$: "AUD",
  HK$: "HKD",
  NT$: "TWD",
  S$: "SGD",
  EURO: "EUR",
  EUROS: "EUR",
  DOLLAR: "USD",
  DOLLARS: "USD",
};

/** ISO code for a currency string ("usd", "$", "RMB"), or undefined when unknown. */
export function currencyCode(currency: string): string | undefined {
  const c = currency.trim().toUpperCase();
  if (USD_PER_UNIT[c] !== undefined) return c;
  const a = ALIASES[c] ?? ALIASES[currency.trim()];
  return a;
}

/** Converts an amount to USD at the fixed reference rate (rounded to cents); undefined for unknown currencies. */
export function toUsd(amount: number, currency: string): number | undefined {
  if (!Number.isFinite(amount) || amount < 0) return undefined;
  const code = currencyCode(currency);
  if (!code) return undefined;
  const rate = USD_PER_UNIT[code];
  if (rate === undefined) return undefined;
  return Math.round(amount * rate * 100) / 100;
}
