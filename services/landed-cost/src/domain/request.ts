import { InputError, parseAsOf } from "@openhs/shared";
import { Dec, parseDecimal } from "./money.js";
import type { Incoterm, LandedCostInput, TransportMode } from "./types.js";

/** Validation of a landed-cost request: every bad field is an InputError naming the field. */

export interface RawRequest {
  /** Code given by the caller (absent when a product is to be classified first). */
  hsCode?: string;
  originCountry: string;
  destinationCountry: string;
  unitValue: string;
  quantity: string;
  weightKg: string;
  currency: string;
  shipping: string;
  insurance: string;
  incoterm?: Incoterm;
  date: string;
  supplementaryQuantities: Record<string, string>;
  ignorePreferences: boolean;
  transportMode?: TransportMode;
}

/** Units accepted in supplementary quantities (normalized duty units). */
export const SUPPLEMENTARY_UNITS = [
  "kg", "g", "ton", "liter", "hl", "pf_liter", "pct_vol_hl", "bbl", "m", "m2", "m3", "each", "pair", "doz", "gross", "thousand", "clean_kg", "jewel", "head", "pack", "line_gross",
] as const;

/** Normalizes a commodity code: separators dropped, 6 to 10 digits (even, or 9 for Japan's statistical codes). */
export function normalizeHsCode(raw: string, field = "hs_code"): string {
  const t = (raw ?? "").trim();
  if (!t) throw new InputError(field, "is required (an HS code of 6 to 10 digits) unless a product is given");
  if (t.length > 32) throw new InputError(field, "is too long");
  const digits = t.replace(/[.\s-]/g, "");
  if (!/^\d+$/.test(digits)) throw new InputError(field, "must contain only digits (separators . - and spaces allowed)");
  if (digits.length < 6 || digits.length > 10 || digits.length === 7) throw new InputError(field, "must have 6, 8, 9 (Japan) or 10 digits");
  return digits;
}

function countryCode(v: string, field: string, known: ReadonlySet<string>): string {
  const c = (v ?? "").trim().toUpperCase();
  if (!c) throw new InputError(field, "is required (ISO 3166-1 alpha-2 country code)");
  if (!/^[A-Z]{2}$/.test(c)) throw new InputError(field, "must be an ISO 3166-1 alpha-2 country code such as US, CN, DE");
  if (c === "EU") throw new InputError(field, "must be a country; for the EU give the member state (DE, FR, NL, ...)");
  if (known.size > 0 && !known.has(c)) throw new InputError(field, `unknown country code ${c}`);
  return c;
}

/**
 * Validates a request. `knownCountries`: the ISO codes the tariff data knows (empty = no check);
 * `today`: the default date. `code` is the already-normalized code (from the request or the classifier).
 */
export function validateRequest(raw: RawRequest, code: string, knownCountries: ReadonlySet<string>, today?: string): LandedCostInput {
  const origin = countryCode(raw.originCountry, "origin_country", knownCountries);
  const destination = countryCode(raw.destinationCountry, "destination_country", knownCountries);
  const currency = (raw.currency ?? "").trim().toUpperCase();
  if (!currency) throw new InputError("currency", "is required (ISO 4217 code such as USD)");
  if (!/^[A-Z]{3}$/.test(currency)) throw new InputError("currency", "must be an ISO 4217 code such as USD, EUR, CNY");
  const unitValue = parseDecimal(raw.unitValue, "value", { required: true, min: "zero", max: "1000000000000" })!;
  const quantity = parseDecimal(raw.quantity, "quantity", { min: "positive", max: "1000000000000" }) ?? new Dec(1);
  const weightKg = parseDecimal(raw.weightKg, "weight_kg", { min: "zero", max: "1000000000000" });
  const shipping = parseDecimal(raw.shipping, "shipping", { min: "zero", max: "1000000000000" });
  const insurance = parseDecimal(raw.insurance, "insurance", { min: "zero", max: "1000000000000" });
  const date = raw.date ? parseAsOf(raw.date, "date") : (today ?? parseAsOf(undefined, "date"));
  const supplementary: Record<string, Dec> = {};
  const entries = Object.entries(raw.supplementaryQuantities ?? {});
  if (entries.length > 20) throw new InputError("supplementary_quantities", "at most 20 entries");
  for (const [unit, value] of entries) {
    if (!(SUPPLEMENTARY_UNITS as readonly string[]).includes(unit)) {
      throw new InputError(`supplementary_quantities.${unit}`, `unknown unit; use one of ${SUPPLEMENTARY_UNITS.join(", ")}`);
    }
    supplementary[unit] = parseDecimal(value, `supplementary_quantities.${unit}`, { required: true, min: "zero", max: "1000000000000" })!;
  }
  return {
    code,
    origin,
    destination,
    unitValue,
    quantity,
    weightKg,
    currency,
    shipping,
    insurance,
    incoterm: raw.incoterm,
    date,
    supplementary,
    ignorePreferences: raw.ignorePreferences,
    transportMode: raw.transportMode,
  };
}
