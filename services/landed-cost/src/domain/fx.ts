import { EU_MEMBERS } from "@openhs/shared";
import { Dec } from "./money.js";
import type { EcbRate, ExchangeRateUsed } from "./types.js";

/**
 * Currency conversion with the ECB euro reference rates.
 *
 * A cross rate A → B is perEur(B) / perEur(A), rounded half-up to 10 decimal places; that rounded
 * rate is the one stated in the answer and used in the arithmetic, so every converted figure can be
 * reproduced from the answer alone.
 */

const CROSS_RATE_PLACES = 10;

export class MissingRateError extends Error {
  constructor(readonly currency: string) {
    super(`no ECB reference rate for ${currency}`);
    this.name = "MissingRateError";
  }
}

export class Fx {
  private readonly perEur = new Map<string, EcbRate>();
  private readonly usedRates = new Map<string, ExchangeRateUsed>();

  constructor(rates: EcbRate[]) {
    for (const r of rates) this.perEur.set(r.currency, r);
  }

  has(currency: string): boolean {
    return currency === "EUR" || this.perEur.has(currency);
  }

  private ecb(currency: string): EcbRate {
    if (currency === "EUR") return { currency: "EUR", perEur: "1", rateDate: "", source: "definition" };
    const r = this.perEur.get(currency);
    if (!r) throw new MissingRateError(currency);
    return r;
  }

  /** Units of `to` per 1 `from` (1 when equal). Records the rate as used. */
  rate(from: string, to: string): Dec {
    if (from === to) return new Dec(1);
    const key = `${from}>${to}`;
    const seen = this.usedRates.get(key);
    if (seen) return seen.rate;
    const a = this.ecb(from);
    const b = this.ecb(to);
    const exact = new Dec(b.perEur).dividedBy(a.perEur);
    const rate = from === "EUR" ? exact : exact.toDecimalPlaces(CROSS_RATE_PLACES);
    const dates = [a.rateDate, b.rateDate].filter(Boolean).sort();
    this.usedRates.set(key, {
      from,
      to,
      rate,
      rateDate: dates[dates.length - 1] ?? "",
      source: [a.source, b.source].filter((s) => s && s !== "definition")[0] ?? "ecb",
    });
    return rate;
  }

  convert(amount: Dec, from: string, to: string): Dec {
    return amount.times(this.rate(from, to));
  }

  /** The ECB rate rows behind the conversions (for staleness checks). */
  ecbRows(): EcbRate[] {
    return [...this.perEur.values()];
  }

  used(): ExchangeRateUsed[] {
    return [...this.usedRates.values()];
  }
}

/** Day of week of an ISO date (0 = Sunday). */
function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

function isoOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The penultimate Wednesday of the month before the month of `iso`. */
export function penultimateWednesdayOfPreviousMonth(iso: string): string {
  const [y, m] = iso.split("-").map(Number) as [number, number];
  // Day 0 of the current month = last day of the previous month.
  const last = new Date(Date.UTC(y, m - 1, 0));
  const back = (weekday(isoOf(last)) - 3 + 7) % 7; // days back to the last Wednesday
  const lastWednesday = new Date(last.getTime() - back * 86_400_000);
  return isoOf(new Date(lastWednesday.getTime() - 7 * 86_400_000));
}

export interface FxRule {
  /** Date whose ECB reference rate (or the latest one before it) is used. */
  date: string;
  legalBasis: string;
}

/**
 * Which day's rate customs use for a destination. EU member states: the rate published on the
 * penultimate Wednesday of the previous month, used for the whole month (Commission Implementing
 * Regulation (EU) 2015/2447, art. 146). Elsewhere the ECB rate of the importation date is a proxy
 * for the customs rate (the US uses Federal Reserve Bank of New York certified rates, 19 CFR 159.32;
 * the UK uses HMRC monthly rates), and the answer says so.
 */
export function fxRuleFor(destination: string, date: string): FxRule {
  if (EU_MEMBERS.has(destination)) {
    return {
      date: penultimateWednesdayOfPreviousMonth(date),
      legalBasis: "Commission Implementing Regulation (EU) 2015/2447, art. 146: ECB rate of the penultimate Wednesday of the previous month",
    };
  }
  return { date, legalBasis: "ECB euro reference rate of the importation date (a proxy for the destination's customs rate)" };
}

/**
 * Countries that adopted the euro recently, whose currency in older country tables may still be the
 * national one: Croatia from 2023-01-01 and Bulgaria from 2026-01-01 (Council decisions on their
 * adoption of the euro, 2022 and 2025). Reviewed 2026-12-03.
 */
const EURO_ADOPTION: Readonly<Record<string, string>> = { HR: "2023-01-01", BG: "2026-01-01" };

export function currencyOn(country: string, listed: string, date: string): string {
  const since = EURO_ADOPTION[country];
  return since && date >= since ? "EUR" : listed;
}
