import type { FastifyInstance } from "fastify";
import { classifierV1 } from "@openhs/proto";
import { HttpError } from "../errors.js";
import { callUnary, type Clients } from "../grpc-clients.js";
import { errorSchema } from "./tariff.js";
import { riskForClassification } from "./risk.js";
import { landedCostForClassification } from "./landed-cost.js";

/** REST body of a classification request (snake_case; the common camelCase aliases are accepted too). */
interface ClassifyBody {
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
  attributes?: Record<string, string>;
  context?: Record<string, string>;
  heading_hint?: string;
  goods_value?: string | number;
  weight_kg?: string | number;
}

const str = (max: number) => ({ type: "string", maxLength: max });
const country = { type: "string", pattern: "^[A-Za-z]{2}$" };
const bodySchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    product_name: { ...str(500), description: "Title or short description (required; productName also accepted)" },
    productName: str(500),
    description: str(5000),
    material: str(5000),
    category: { ...str(5000), description: "Marketplace category path, e.g. 'Clothing > Men > T-Shirts'" },
    processing: { ...str(5000), description: "knitted, woven, cast, forged, moulded, ..." },
    composition: { ...str(5000), description: "e.g. '60% cotton 40% polyester'" },
    weight_spec: str(5000),
    price: { type: "number", minimum: 0 },
    currency: { type: "string", pattern: "^[A-Za-z]{3}$" },
    origin_country: country,
    originCountry: country,
    destination_country: { ...country, description: "US or an EU member state gives a national line too" },
    destinationCountry: country,
    shipToCountry: country,
    attributes: { type: "object", additionalProperties: { type: ["string", "number", "boolean"] }, maxProperties: 100 },
    context: { type: "object", additionalProperties: { type: "string" }, maxProperties: 50, description: "Answers to earlier follow-up questions (attribute → answer)" },
    heading_hint: { type: "string", pattern: "^\\d{2}(\\.?\\d{2})?$", description: "Keep the answer inside this chapter or heading" },
    goods_value: { type: ["string", "number"], pattern: "^-?\\d+(\\.\\d+)?$", description: "Total value of the goods in `currency`: the answer then includes `landed_cost` for the lane (see POST /v1/landed-cost)" },
    weight_kg: { type: ["string", "number"], pattern: "^\\d+(\\.\\d+)?$", description: "Net weight in kg, for duties per kg in `landed_cost`" },
  },
};

const STATUS: Record<number, string> = {
  [classifierV1.ClassificationStatus.CLASSIFICATION_STATUS_FINAL]: "final",
  [classifierV1.ClassificationStatus.CLASSIFICATION_STATUS_NEEDS_MORE_INFO]: "needs_more_info",
};

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

export function classifyRoutes(app: FastifyInstance, clients: Clients, deadlineMs: number) {
  app.post<{ Body: ClassifyBody }>(
    "/v1/classify",
    {
      schema: {
        tags: ["classification"],
        summary: "Classify a product (synchronous)",
        description:
          "Returns the HS 6-digit code and the national line for the destination, confidence, up to 5 alternates, the decision path, the GRI / note rules applied, and follow-up questions when an answer would change the code (status needs_more_info; send the answers back in `context` with `heading_hint`). With `destination_country`, `risk` holds the regulatory risk assessment of the classified line on the lane (see POST /v1/risk); with `goods_value`, `currency`, `origin_country` and `destination_country`, `landed_cost` holds the duties, taxes and fees of the classified line (see POST /v1/landed-cost).",
        body: bodySchema,
        response: { 200: { type: "object", additionalProperties: true }, 400: errorSchema, 422: errorSchema, 503: errorSchema },
      },
    },
    async (req) => {
      const c = clients.classifier;
      if (!c) throw new HttpError(503, "service_unavailable", "the classifier service is not configured");
      const b = req.body;
      const name = b.product_name ?? b.productName;
      if (!name || !name.trim()) throw new HttpError(400, "invalid_request", "body.product_name is required", "product_name");
      const attributes = Object.fromEntries(Object.entries(b.attributes ?? {}).map(([k, v]) => [k, String(v)]));
      const input = classifierV1.ClassificationInput.fromPartial({
        product: {
          productName: name,
          description: b.description ?? "",
          material: b.material ?? "",
          category: b.category ?? "",
          processing: b.processing ?? "",
          composition: b.composition ?? "",
          weightSpec: b.weight_spec ?? "",
          price: b.price !== undefined ? { amount: String(b.price), currency: (b.currency ?? "").toUpperCase() } : undefined,
          attributes,
        },
        originCountry: (b.origin_country ?? b.originCountry ?? "").toUpperCase(),
        destinationCountry: (b.destination_country ?? b.destinationCountry ?? b.shipToCountry ?? "").toUpperCase(),
        context: b.context ?? {},
        headingHint: (b.heading_hint ?? "").replace(".", ""),
      });
      const r = await callUnary(c, c.classify, { input }, deadlineMs);
      const risk = await riskForClassification(clients, deadlineMs, r.classification, { origin: input.originCountry, destination: input.destinationCountry, price: b.price, currency: b.currency });
      const landed_cost = await landedCostForClassification(clients, deadlineMs, r.classification, { origin: input.originCountry, destination: input.destinationCountry, goodsValue: b.goods_value, weightKg: b.weight_kg, currency: b.currency });
      return { success: true, data: { ...presentClassification(r.classification), risk, ...(landed_cost !== null ? { landed_cost } : {}) } };
    },
  );
}
