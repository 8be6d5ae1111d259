import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TtlLru } from "../cache.js";
import { tariffV1 } from "@openhs/proto";
import { callUnary, type Clients } from "../grpc-clients.js";
import { commodity, LEVEL_NAMES, levelFromName, measure, SCHEDULE_NAMES, vat } from "../present.js";
import { classifierV1 } from "@openhs/proto";
import { HttpError } from "../errors.js";
import { classificationSchema, normalizeBody, presentClassification, productProperties, toProtoInput, type ClassifyBody } from "../classification-input.js";

const VALIDATE_MODES = ["validate_only", "validate_and_classify", "check_coherence"] as const;
const COHERENCE: Record<number, string> = {
  [classifierV1.Coherence.COHERENCE_COHERENT]: "coherent",
  [classifierV1.Coherence.COHERENCE_SOMEWHAT]: "somewhat",
  [classifierV1.Coherence.COHERENCE_NOT_COHERENT]: "not_coherent",
};

const ISO_DATE = "^\\d{4}-\\d{2}-\\d{2}$";
const scheduleParam = { type: "string", enum: Object.keys(SCHEDULE_NAMES), description: "Nomenclature: hs (HS 2022, default), hs2017, us (HTSUS), eu (TARIC)" };
const asOfParam = { type: "string", pattern: ISO_DATE, description: "Date the answer is valid on (YYYY-MM-DD); default today" };
const codeParam = { type: "object", required: ["code"], properties: { code: { type: "string", minLength: 1, maxLength: 32, description: "Commodity code, 2–10 digits; dots and spaces ignored" } } };
const countryParam = (what: string) => ({ type: "string", pattern: "^[A-Za-z]{2}$", description: `${what} country, ISO 3166-1 alpha-2` });

const commoditySchema = {
  type: "object",
  properties: {
    code: { type: "string" },
    formatted_code: { type: "string" },
    schedule: { type: "string" },
    level: { type: "string", enum: [...LEVEL_NAMES] },
    description: { type: "string" },
    full_description: { type: "string" },
    section: { type: "string" },
    units: { type: "array", items: { type: "string" } },
    declarable: { type: "boolean" },
    validity_start: { type: ["string", "null"] },
    validity_end: { type: ["string", "null"] },
    source: { type: "string" },
    suffix: { type: "string" },
    has_children: { type: "boolean" },
  },
};
const ok = (data: object) => ({ type: "object", properties: { success: { type: "boolean", const: true }, data } });
export const errorSchema = {
  type: "object",
  properties: {
    success: { type: "boolean", const: false },
    error: { type: "object", properties: { code: { type: "string" }, message: { type: "string" }, field: { type: "string" } }, required: ["code", "message"] },
  },
};
const errors = { 400: errorSchema, 404: errorSchema, 422: errorSchema, 503: errorSchema };

function schedule(q: { schedule?: string }): tariffV1.Schedule {
  return q.schedule ? SCHEDULE_NAMES[q.schedule]! : tariffV1.Schedule.SCHEDULE_HS;
}

/**
 * Serves a GET from the cache when allowed, else computes, caches and marks it (X-Cache).
 * The key is the full URL (path + query) so every parameter is part of it.
 */
async function cachedGet<T>(
  cache: TtlLru<unknown> | undefined,
  req: FastifyRequest,
  reply: FastifyReply,
  produce: () => Promise<T>,
): Promise<T> {
  const bypass = /no-cache|no-store/.test(String(req.headers["cache-control"] ?? ""));
  if (cache?.enabled && !bypass) {
    const hit = cache.get(req.url) as T | undefined;
    if (hit !== undefined) {
      void reply.header("x-cache", "HIT");
      return hit;
    }
  }
  const value = await produce();
  if (cache?.enabled) {
    if (!bypass) cache.set(req.url, value);
    void reply.header("x-cache", bypass ? "BYPASS" : "MISS");
  }
  return value;
}

export function tariffRoutes(app: FastifyInstance, clients: Clients, deadlineMs: number, cache?: TtlLru<unknown>) {
  const t = clients.tariff;

  app.get<{ Params: { code: string }; Querystring: { schedule?: string; as_of?: string } }>(
    "/v1/commodities/:code",
    {
      schema: {
        tags: ["tariff"],
        summary: "Look up a commodity code with its ancestors and children",
        description: "Any level (chapter, heading, subheading, national line) of a schedule, as of a date.",
        params: codeParam,
        querystring: { type: "object", properties: { schedule: scheduleParam, as_of: asOfParam } },
        response: {
          200: ok({ type: "object", properties: { commodity: commoditySchema, ancestors: { type: "array", items: commoditySchema }, children: { type: "array", items: commoditySchema }, data_version: { type: "string" } } }),
          ...errors,
        },
      },
    },
    async (req, reply) => cachedGet(cache, req, reply, async () => {
      const r = await callUnary(t, t.getCommodity, { code: req.params.code, schedule: schedule(req.query), asOf: req.query.as_of ?? "" }, deadlineMs);
      return { success: true, data: { commodity: commodity(r.commodity), ancestors: r.ancestors.map(commodity), children: r.children.map(commodity), data_version: r.dataVersion } };
    }),
  );

  app.get<{ Params: { code: string }; Querystring: { schedule?: string; as_of?: string } }>(
    "/v1/commodities/:code/children",
    {
      schema: {
        tags: ["tariff"],
        summary: "Browse the nomenclature tree: the direct children of a code",
        description: "Use a roman numeral (e.g. XI) to list a section's chapters.",
        params: codeParam,
        querystring: { type: "object", properties: { schedule: scheduleParam, as_of: asOfParam } },
        response: { 200: ok({ type: "object", properties: { parent: commoditySchema, children: { type: "array", items: commoditySchema } } }), ...errors },
      },
    },
    async (req, reply) => cachedGet(cache, req, reply, async () => {
      const r = await callUnary(t, t.listChildren, { code: req.params.code, schedule: schedule(req.query), asOf: req.query.as_of ?? "" }, deadlineMs);
      return { success: true, data: { parent: commodity(r.parent), children: r.children.map(commodity) } };
    }),
  );

  app.get<{ Querystring: { q: string; schedule?: string; limit?: number; as_of?: string; level?: string } }>(
    "/v1/search",
    {
      schema: {
        tags: ["tariff"],
        summary: "Full-text search of commodity descriptions, ranked by relevance",
        querystring: {
          type: "object",
          required: ["q"],
          properties: {
            q: { type: "string", minLength: 1, maxLength: 500, description: "Words to search for, e.g. 'cotton t-shirt'" },
            schedule: scheduleParam,
            limit: { type: "integer", minimum: 1, maximum: 100, default: 20 },
            as_of: asOfParam,
            level: { type: "string", description: "Comma-separated levels to keep, e.g. 'heading,subheading'", pattern: `^(${LEVEL_NAMES.join("|")})(,(${LEVEL_NAMES.join("|")}))*$` },
          },
        },
        response: {
          200: ok({
            type: "object",
            properties: {
              total: { type: "integer" },
              hits: { type: "array", items: { type: "object", properties: { score: { type: "number" }, matched_terms: { type: "array", items: { type: "string" } }, commodity: commoditySchema } } },
            },
          }),
          ...errors,
        },
      },
    },
    async (req, reply) => cachedGet(cache, req, reply, async () => {
      const levels = req.query.level ? req.query.level.split(",").map(levelFromName) : [];
      const r = await callUnary(t, t.searchCommodities, { query: req.query.q, schedule: schedule(req.query), limit: req.query.limit ?? 20, asOf: req.query.as_of ?? "", levels }, deadlineMs);
      return { success: true, data: { total: r.total, hits: r.hits.map((h) => ({ score: Math.round(h.score * 1000) / 1000, matched_terms: h.matchedTerms, commodity: commodity(h.commodity) })) } };
    }),
  );

  app.get<{ Params: { code: string }; Querystring: { origin?: string; destination?: string; as_of?: string } }>(
    "/v1/duty-rates/:code",
    {
      schema: {
        tags: ["tariff"],
        summary: "Duty rates of a code for an origin and destination",
        description:
          "The general (MFN) rate, the preferential programmes and whether the origin qualifies, column 2, the rate that applies, and the destination's standard VAT. Destination defaults to US.",
        params: codeParam,
        querystring: { type: "object", properties: { origin: countryParam("Origin"), destination: countryParam("Destination (default US)"), as_of: asOfParam } },
        response: {
          200: ok({
            type: "object",
            properties: {
              commodity: commoditySchema,
              schedule: { type: "string" },
              applicable: { type: ["object", "null"], additionalProperties: true },
              measures: { type: "array", items: { type: "object", additionalProperties: true } },
              vat: { type: ["object", "null"], additionalProperties: true },
              warnings: { type: "array", items: { type: "string" } },
              data_version: { type: "string" },
            },
          }),
          ...errors,
        },
      },
    },
    async (req, reply) => cachedGet(cache, req, reply, async () => {
      const r = await callUnary(
        t,
        t.getDutyRates,
        { code: req.params.code, originCountry: (req.query.origin ?? "").toUpperCase(), destinationCountry: (req.query.destination ?? "US").toUpperCase(), asOf: req.query.as_of ?? "" },
        deadlineMs,
      );
      return {
        success: true,
        data: {
          commodity: commodity(r.commodity),
          schedule: r.scheduleUsed,
          applicable: measure(r.applicable),
          measures: r.measures.map(measure),
          vat: vat(r.vat),
          warnings: r.warnings,
          data_version: r.dataVersion,
        },
      };
    }),
  );

  app.post<{ Body: { code: string; destination_country?: string; schedule?: string; as_of?: string; mode?: (typeof VALIDATE_MODES)[number]; product?: ClassifyBody } }>(
    "/v1/validate",
    {
      schema: {
        tags: ["tariff"],
        summary: "Validate a commodity code (optionally against a product: classify it, check coherence)",
        description:
          "Does the code exist, in which HS editions, what replaced an HS 2017 code in HS 2022, and is it a declarable national line for the destination. " +
          "`mode`: `validate_only` (default); `validate_and_classify` also classifies `product` and returns the code openhs would give; " +
          "`check_coherence` judges whether the code fits `product` (coherent / somewhat / not_coherent, with the reason) and returns the classification.",
        body: {
          type: "object",
          required: ["code"],
          additionalProperties: false,
          properties: {
            code: { type: "string", minLength: 1, maxLength: 32 },
            destination_country: countryParam("Destination"),
            schedule: scheduleParam,
            as_of: asOfParam,
            mode: { type: "string", enum: [...VALIDATE_MODES], default: "validate_only" },
            product: { type: "object", additionalProperties: false, properties: productProperties, description: "The product (fields of POST /v1/classify); required by validate_and_classify and check_coherence" },
          },
        },
        response: {
          200: ok({
            type: "object",
            properties: {
              mode: { type: "string", enum: [...VALIDATE_MODES] },
              valid: { type: "boolean" },
              exists: { type: "boolean" },
              normalized_code: { type: "string" },
              level: { type: "string" },
              editions: { type: "array", items: { type: "string" } },
              replaced_by: { type: "array", items: { type: "object", properties: { hs2022_code: { type: "string" }, relationship: { type: "string" }, description: { type: "string" } } } },
              declarable_for_destination: { type: "boolean" },
              national_schedule: { type: "string" },
              messages: { type: "array", items: { type: "string" } },
              commodity: { ...commoditySchema, type: ["object", "null"] },
              coherence: { type: ["object", "null"], properties: { level: { type: "string", enum: ["coherent", "somewhat", "not_coherent", "unspecified"] }, reason: { type: "string" } } },
              classification: { ...classificationSchema, type: ["object", "null"] },
            },
          }),
          ...errors,
        },
      },
    },
    async (req) => {
      const b = req.body;
      const mode = b.mode ?? "validate_only";
      let judged: Promise<{ coherence: { level: string; reason: string } | null; classification: ReturnType<typeof presentClassification> }> = Promise.resolve({ coherence: null, classification: null });
      if (mode !== "validate_only") {
        if (!b.product) throw new HttpError(422, "invalid_argument", `product is required with mode ${mode}`, "product");
        const c = clients.classifier;
        if (!c) throw new HttpError(503, "service_unavailable", "the classifier service is not configured");
        const input = toProtoInput({ ...normalizeBody(b.product, "product."), ...(b.destination_country && !b.product.destination_country ? { destination_country: b.destination_country.toUpperCase() } : {}) });
        judged =
          mode === "check_coherence"
            ? callUnary(c, c.validateCode, { code: b.code, input }, deadlineMs).then((v) => ({
                coherence: { level: COHERENCE[v.coherence] ?? "unspecified", reason: v.reason },
                classification: presentClassification(v.suggestion),
              }))
            : callUnary(c, c.classify, { input }, deadlineMs).then((x) => ({ coherence: null, classification: presentClassification(x.classification) }));
      }
      const [r, j] = await Promise.all([callUnary(
        t,
        t.validateCode,
        {
          code: b.code,
          destinationCountry: (b.destination_country ?? "").toUpperCase(),
          schedule: b.schedule ? SCHEDULE_NAMES[b.schedule]! : tariffV1.Schedule.SCHEDULE_UNSPECIFIED,
          asOf: b.as_of ?? "",
        },
        deadlineMs,
      ), judged]);
      return {
        success: true,
        data: {
          mode,
          valid: r.valid,
          exists: r.exists,
          normalized_code: r.normalizedCode,
          level: r.level ? tariffV1.levelToJSON(r.level).replace(/^LEVEL_/, "").toLowerCase() : "",
          editions: r.editions,
          replaced_by: r.replacedBy.map((x) => ({ hs2022_code: x.hs2022Code, relationship: x.relationship, description: x.description })),
          declarable_for_destination: r.declarableForDestination,
          national_schedule: r.nationalSchedule,
          messages: r.messages,
          commodity: commodity(r.commodity),
          coherence: j.coherence,
          classification: j.classification,
        },
      };
    },
  );
}
