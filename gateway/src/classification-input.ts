import { classifierV1 } from "@openhs/proto";
import { HttpError } from "./errors.js";
import type { RestInput } from "./adapters/classifications.js";

/** REST body of a classification (snake_case; the camelCase aliases other APIs use are accepted). */
export interface ClassifyBody {
  product_name?: string;
  productName?: string;
  description?: string;
  material?: string;
  category?: string;
  processing?: string;
  composition?: string;
  weight_spec?: string;
  price?: number;
  currency?: string;
  origin_country?: string;
  originCountry?: string;
  destination_country?: string;
  shipToCountry?: string;
  destinationCountry?: string;
  attributes?: Record<string, string | number | boolean>;
  context?: Record<string, string>;
  heading_hint?: string;
}

const str = (max: number) => ({ type: "string", maxLength: max });
const country = { type: "string", pattern: "^[A-Za-z]{2}$" };

/** JSON schema properties of a product to classify (shared by classify, batch items and validate). */
export const productProperties = {
  product_name: { ...str(500), description: "Title or short description (required; productName also accepted)" },
  productName: { ...str(500), description: "Alias of product_name" },
  description: str(5000),
  material: str(5000),
  category: { ...str(5000), description: "Marketplace category path, e.g. 'Clothing > Men > T-Shirts'" },
  processing: { ...str(5000), description: "knitted, woven, cast, forged, moulded, ..." },
  composition: { ...str(5000), description: "e.g. '60% cotton 40% polyester'" },
  weight_spec: str(5000),
  price: { type: "number", minimum: 0, description: "Unit value (decimal number)" },
  currency: { type: "string", pattern: "^[A-Za-z]{3}$" },
  origin_country: { ...country, description: "ISO 3166-1 alpha-2 (originCountry also accepted)" },
  originCountry: { ...country, description: "Alias of origin_country" },
  destination_country: { ...country, description: "US or an EU member state gives a national line too (shipToCountry / destinationCountry also accepted)" },
  destinationCountry: { ...country, description: "Alias of destination_country" },
  shipToCountry: { ...country, description: "Alias of destination_country" },
  attributes: { type: "object", additionalProperties: { type: ["string", "number", "boolean"], maxLength: 500 }, maxProperties: 100, description: "Marketplace attributes, key → value" },
  context: { type: "object", additionalProperties: { type: "string", maxLength: 500 }, maxProperties: 50, description: "Answers to earlier follow-up questions (attribute → answer)" },
  heading_hint: { type: "string", pattern: "^\\d{2}(\\.?\\d{2})?$", description: "Keep the answer inside this chapter or heading" },
} as const;

/** Resolves aliases and checks what the schema cannot (a blank name); `field` prefixes error fields. */
export function normalizeBody(b: ClassifyBody, fieldPrefix = ""): RestInput {
  const name = b.product_name ?? b.productName;
  if (name === undefined || !name.trim()) throw new HttpError(400, "invalid_request", `body.${fieldPrefix}product_name is required`, `${fieldPrefix}product_name`);
  const out: RestInput = { product_name: name };
  const copy = (k: keyof ClassifyBody, to: string, v: unknown = b[k]) => {
    if (v !== undefined && v !== "") out[to] = v;
  };
  copy("description", "description");
  copy("material", "material");
  copy("category", "category");
  copy("processing", "processing");
  copy("composition", "composition");
  copy("weight_spec", "weight_spec");
  copy("price", "price");
  copy("currency", "currency", b.currency?.toUpperCase());
  copy("origin_country", "origin_country", (b.origin_country ?? b.originCountry)?.toUpperCase());
  copy("destination_country", "destination_country", (b.destination_country ?? b.destinationCountry ?? b.shipToCountry)?.toUpperCase());
  if (b.attributes && Object.keys(b.attributes).length) out.attributes = Object.fromEntries(Object.entries(b.attributes).map(([k, v]) => [k, String(v)]));
  if (b.context && Object.keys(b.context).length) out.context = b.context;
  copy("heading_hint", "heading_hint", b.heading_hint?.replace(".", ""));
  return out;
}

export function toProtoInput(r: RestInput): classifierV1.ClassificationInput {
  const s = (k: string) => (typeof r[k] === "string" ? (r[k] as string) : "");
  return classifierV1.ClassificationInput.fromPartial({
    product: {
      productName: r.product_name,
      description: s("description"),
      material: s("material"),
      category: s("category"),
      processing: s("processing"),
      composition: s("composition"),
      weightSpec: s("weight_spec"),
      price: r.price !== undefined ? { amount: String(r.price), currency: s("currency") } : undefined,
      attributes: (r.attributes as Record<string, string>) ?? {},
    },
    originCountry: s("origin_country"),
    destinationCountry: s("destination_country"),
    context: (r.context as Record<string, string>) ?? {},
    headingHint: s("heading_hint"),
  });
}

/**
 * Identity of a product within a batch: the input with case, spacing and key order normalized.
 * Items with the same key are classified once and the answer copied to each of them.
 */
export function productKey(r: RestInput): string {
  const norm = (v: unknown): unknown => {
    if (typeof v === "string") return v.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
    if (v && typeof v === "object") return Object.fromEntries(Object.keys(v).sort().map((k) => [k.toLowerCase().trim(), norm((v as Record<string, unknown>)[k])]));
    return v;
  };
  return JSON.stringify(norm(r));
}

const STATUS: Record<number, string> = {
  [classifierV1.ClassificationStatus.CLASSIFICATION_STATUS_FINAL]: "final",
  [classifierV1.ClassificationStatus.CLASSIFICATION_STATUS_NEEDS_MORE_INFO]: "needs_more_info",
};

/** The classifier's answer as REST JSON (snake_case). */
export function presentClassification(c: classifierV1.Classification | undefined) {
  if (!c) return null;
  return {
    id: c.id,
    status: STATUS[c.status] ?? "unknown",
    hs_code: c.hsCode,
    hs_description: c.hsDescription,
    national_code: c.nationalCode || null,
    national_description: c.nationalDescription || null,
    national_schedule: c.nationalSchedule || null,
    confidence: c.confidence,
    alternates: c.alternates.map((a) => ({ hs_code: a.hsCode, national_code: a.nationalCode || null, description: a.description, probability: a.probability })),
    decision_path: c.decisionPath.map((s) => ({ level: classifierV1.decisionLevelToJSON(s.level).replace(/^DECISION_LEVEL_/, "").toLowerCase(), code: s.code, description: s.description })),
    rules_applied: c.rulesApplied.map((r) => ({ rule_id: r.ruleId, reason: r.reason })),
    field_validation: c.fieldValidation
      ? { provided: c.fieldValidation.provided, missing: c.fieldValidation.missing, most_informative_missing: c.fieldValidation.mostInformativeMissing || null }
      : null,
    follow_up_questions: c.followUpQuestions.map((q) => ({ attribute: q.attribute, question: q.question, options: q.options })),
    heading_hint: c.headingHint || null,
    warnings: c.warnings,
    data_version: c.dataVersion,
    latency_ms: Math.round(c.latencyMs * 1000) / 1000,
    created_at: c.createdAt?.toISOString() ?? null,
  };
}

/** OpenAPI schema of a presented classification. */
export const classificationSchema = {
  type: "object",
  description: "The classifier's answer",
  properties: {
    id: { type: "string", format: "uuid", description: "Classification id (GET /v1/classifications/{id}, feedback)" },
    status: { type: "string", enum: ["final", "needs_more_info", "unknown"], description: "needs_more_info: answer follow_up_questions in `context` and send `heading_hint` back" },
    hs_code: { type: "string", description: "HS 6-digit code" },
    hs_description: { type: "string" },
    national_code: { type: ["string", "null"], description: "US / EU 10-digit line for the destination" },
    national_description: { type: ["string", "null"] },
    national_schedule: { type: ["string", "null"], enum: ["US", "EU", null] },
    confidence: { type: "number", minimum: 0, maximum: 1 },
    alternates: {
      type: "array",
      items: { type: "object", properties: { hs_code: { type: "string" }, national_code: { type: ["string", "null"] }, description: { type: "string" }, probability: { type: "number" } } },
    },
    decision_path: {
      type: "array",
      items: { type: "object", properties: { level: { type: "string", enum: ["section", "chapter", "heading", "subheading", "national", "unspecified"] }, code: { type: "string" }, description: { type: "string" } } },
    },
    rules_applied: { type: "array", items: { type: "object", properties: { rule_id: { type: "string" }, reason: { type: "string" } } } },
    field_validation: {
      type: ["object", "null"],
      properties: { provided: { type: "array", items: { type: "string" } }, missing: { type: "array", items: { type: "string" } }, most_informative_missing: { type: ["string", "null"] } },
    },
    follow_up_questions: {
      type: "array",
      items: { type: "object", properties: { attribute: { type: "string" }, question: { type: "string" }, options: { type: "array", items: { type: "string" } } } },
    },
    heading_hint: { type: ["string", "null"] },
    warnings: { type: "array", items: { type: "object", properties: { code: { type: "string" }, message: { type: "string" } } } },
    data_version: { type: "string" },
    latency_ms: { type: "number" },
    created_at: { type: ["string", "null"], format: "date-time" },
  },
} as const;
