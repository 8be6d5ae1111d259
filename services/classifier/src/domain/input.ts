import { InputError } from "@openhs/shared";
import type { ProductInput } from "./types.js";

/** Limits on product input: a title is short; descriptions can be long but not unbounded. */
export const LIMITS = {
  productName: 500,
  text: 5_000,
  attributeCount: 100,
  attributeKey: 100,
  attributeValue: 500,
} as const;

// Control characters other than tab / newline / carriage return mean binary, not text.
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/;

function text(field: string, v: unknown, max: number, required = false): string | undefined {
  if (v === undefined || v === null || v === "") {
    if (required) throw new InputError(field, "is required");
    return undefined;
  }
  if (typeof v !== "string") throw new InputError(field, "must be a string");
  if (v.length > max) throw new InputError(field, `is too long (${v.length} characters, at most ${max})`);
  if (BINARY.test(v)) throw new InputError(field, "contains binary or control characters");
  const t = v.trim();
  if (required && t === "") throw new InputError(field, "must not be blank");
  return t || undefined;
}

/**
 * Validates and normalizes a product (throws InputError naming the field). Country codes are
 * upper-cased ISO alpha-2; the heading hint must be 2 or 4 digits.
 */
export function validateProduct(p: ProductInput): ProductInput {
  const out: ProductInput = { productName: text("product_name", p.productName, LIMITS.productName, true)! };
  for (const [key, field] of [
    ["description", "description"],
    ["material", "material"],
    ["category", "category"],
    ["processing", "processing"],
    ["composition", "composition"],
    ["weightSpec", "weight_spec"],
  ] as const) {
    const v = text(field, p[key], LIMITS.text);
    if (v) out[key] = v;
  }
  if (p.price !== undefined && p.price !== null) {
    if (typeof p.price !== "number" || !Number.isFinite(p.price) || p.price < 0) throw new InputError("price", "must be a non-negative number");
    if (p.price > 0) out.price = p.price;
  }
  const currency = text("currency", p.currency, 3);
  if (currency) {
    if (!/^[A-Za-z]{3}$/.test(currency)) throw new InputError("currency", "must be an ISO 4217 code such as USD");
    out.currency = currency.toUpperCase();
  }
  for (const [key, field] of [
    ["originCountry", "origin_country"],
    ["destinationCountry", "destination_country"],
  ] as const) {
    const v = text(field, p[key], 2);
    if (v) {
      if (!/^[A-Za-z]{2}$/.test(v)) throw new InputError(field, "must be an ISO 3166-1 alpha-2 country code");
      out[key] = v.toUpperCase();
    }
  }
  const hint = text("heading_hint", p.headingHint, 12);
  if (hint) {
    const digits = hint.replace(/[.\s]/g, "");
    if (!/^\d{2}(\d{2})?$/.test(digits)) throw new InputError("heading_hint", "must be a 2-digit chapter or 4-digit heading");
    out.headingHint = digits;
  }
  for (const [key, field] of [
    ["attributes", "attributes"],
    ["context", "context"],
  ] as const) {
    const m = p[key];
    if (!m) continue;
    if (typeof m !== "object" || Array.isArray(m)) throw new InputError(field, "must be an object of string values");
    const entries = Object.entries(m);
    if (entries.length > LIMITS.attributeCount) throw new InputError(field, `has too many entries (at most ${LIMITS.attributeCount})`);
    const clean: Record<string, string> = {};
    for (const [k, v] of entries) {
      const kk = text(`${field}.key`, k, LIMITS.attributeKey);
      const vv = text(`${field}.${k}`, typeof v === "number" || typeof v === "boolean" ? String(v) : v, LIMITS.attributeValue);
      if (kk && vv) clean[kk] = vv;
    }
    if (Object.keys(clean).length) out[key] = clean;
  }
  return out;
}

/**
 * The input with every field in one fixed order (absent ones undefined): inputs arrive with whatever fields a client
 * sent, and objects of one shape let the engine's compiled code read them without re-specializing for each mix.
 */
export function canonicalInput(p: ProductInput): ProductInput {
  return {
    productName: p.productName,
    description: p.description,
    material: p.material,
    category: p.category,
    processing: p.processing,
    composition: p.composition,
    weightSpec: p.weightSpec,
    price: p.price,
    currency: p.currency,
    originCountry: p.originCountry,
    destinationCountry: p.destinationCountry,
    attributes: p.attributes,
    context: p.context,
    headingHint: p.headingHint,
  };
}

/** The fields a client gave, by their API names (for field validation in the answer). */
export function providedFields(p: ProductInput): string[] {
  const names: Array<[keyof ProductInput, string]> = [
    ["productName", "product_name"], ["description", "description"], ["material", "material"], ["category", "category"],
    ["processing", "processing"], ["composition", "composition"], ["weightSpec", "weight_spec"], ["price", "price"],
    ["originCountry", "origin_country"], ["destinationCountry", "destination_country"], ["attributes", "attributes"],
  ];
  return names.filter(([k]) => p[k] !== undefined).map(([, n]) => n);
}
