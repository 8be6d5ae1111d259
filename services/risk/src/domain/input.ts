import { InputError, parseAsOf } from "@openhs/shared";
import { isDecimal } from "./decimal.js";
import type { Lane } from "./types.js";

export interface RawLane {
  hsCode: string;
  originCountry: string;
  destinationCountry: string;
  asOf: string;
  value?: { amount: string; currency: string };
}

export interface Reference {
  /** ISO alpha-2 codes known to the tariff service. */
  countries: ReadonlySet<string>;
  /** ISO 4217 codes in use (from the country table) plus EUR. */
  currencies: ReadonlySet<string>;
}

/** Digits only: dots, spaces and dashes removed. */
export function normalizeCode(code: string): string {
  return code.replace(/[.\s-]/g, "");
}

function country(value: string, field: string, ref: Reference, required: boolean): string | undefined {
  const v = value.trim().toUpperCase();
  if (v === "") {
    if (required) throw new InputError(field, "is required (ISO 3166-1 alpha-2 country code such as DE, US, CN)");
    return undefined;
  }
  if (!/^[A-Z]{2}$/.test(v)) throw new InputError(field, `must be an ISO 3166-1 alpha-2 country code such as DE, US, CN (got "${value.slice(0, 20)}")`);
  if (v === "EU") return v;
  if (ref.countries.size > 0 && !ref.countries.has(v)) throw new InputError(field, `unknown country code ${v}`);
  return v;
}

/**
 * Validates a request into a lane: the code's form (4–10 digits, even length), the countries
 * (known ISO codes; "EU" is accepted as a destination), the date and the value. Whether the code
 * exists in the destination's schedule is checked separately (it needs the tariff service).
 */
export function parseLane(raw: RawLane, ref: Reference): Lane {
  const code = normalizeCode(raw.hsCode ?? "");
  if (code === "") throw new InputError("hs_code", "is required");
  if (!/^\d+$/.test(code)) throw new InputError("hs_code", `must contain digits only (dots and spaces are ignored); got "${raw.hsCode.slice(0, 20)}"`);
  if (code.length < 4 || code.length > 10 || code.length % 2 !== 0) {
    throw new InputError("hs_code", `must be a heading (4 digits), an HS subheading (6) or a national line (8 or 10); got ${code.length} digits`);
  }
  const destination = country(raw.destinationCountry ?? "", "destination_country", ref, true)!;
  const origin = country(raw.originCountry ?? "", "origin_country", ref, false);
  if (origin === "EU") throw new InputError("origin_country", "must be a country (the origin of goods is a country, not the EU)");
  const asOf = parseAsOf(raw.asOf, "as_of");
  let value: Lane["value"];
  if (raw.value && (raw.value.amount !== "" || raw.value.currency !== "")) {
    const amount = raw.value.amount.trim();
    const currency = raw.value.currency.trim().toUpperCase();
    if (!isDecimal(amount)) throw new InputError("value.amount", `must be a non-negative decimal number such as "1250.00" (got "${raw.value.amount.slice(0, 20)}")`);
    if (amount.length > 30) throw new InputError("value.amount", "is too long");
    if (!/^[A-Z]{3}$/.test(currency)) throw new InputError("value.currency", "must be an ISO 4217 currency code such as EUR, USD");
    if (ref.currencies.size > 0 && !ref.currencies.has(currency)) throw new InputError("value.currency", `unknown currency ${currency}`);
    value = { amount, currency };
  }
  return { code, origin, destination, asOf, value };
}
