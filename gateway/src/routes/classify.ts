import type { FastifyInstance } from "fastify";
import { classifierV1 } from "@openhs/proto";
import { HttpError } from "../errors.js";
import { callUnary, type Clients } from "../grpc-clients.js";
import { errorSchema } from "./tariff.js";
import { keyOf, requestContext, type ApiDeps } from "../api.js";
import type { StoredJob } from "../adapters/classifications.js";
import { uuidv7 } from "@openhs/shared";
import { classificationSchema, normalizeBody, presentClassification, productKey, productProperties, toProtoInput, type ClassifyBody } from "../classification-input.js";
import { assessmentSchema, riskForClassification } from "./risk.js";
import { landedCostDataSchema, landedCostForClassification } from "./landed-cost.js";

export { presentClassification };

const UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
export const idParam = { type: "object", required: ["id"], properties: { id: { type: "string", pattern: UUID, description: "UUID" } } };
export const apiErrors = { 400: errorSchema, 401: errorSchema, 404: errorSchema, 413: errorSchema, 422: errorSchema, 429: errorSchema, 503: errorSchema };
export const ok = (data: object) => ({ type: "object", properties: { success: { type: "boolean", const: true }, data } });

/** Stand-ins for the id and time of a cached answer's serialized body (replaced on each repeat). */
const ID_PLACEHOLDER = "00000000-0000-7000-8000-00000000c0de";
const AT_PLACEHOLDER = "0001-01-01T00:00:00.000Z";
const BODY_PREFIX = '{"success":true,"data":';

/** The `data` part of a serialized `{success, data}` answer (undefined if it is not laid out so). */
function dataJsonOf(body: string): string | undefined {
  return body.startsWith(BODY_PREFIX) && body.endsWith("}") ? body.slice(BODY_PREFIX.length, -1) : undefined;
}

/**
 * The cached form of a serialized answer: its id and time replaced by placeholders and its latency by
 * 0 (undefined when one of them is not where expected: then the answer is not cached).
 */
function cacheTemplate(body: string, id: string, createdAt: string | null): string | undefined {
  const idField = `"id":"${id}"`;
  const atField = `"created_at":"${createdAt}"`;
  const latency = /"latency_ms":[-+0-9.eE]+/.exec(body);
  if (!createdAt || !body.includes(idField) || !body.includes(atField) || !latency) return undefined;
  return body.replace(idField, `"id":"${ID_PLACEHOLDER}"`).replace(atField, `"created_at":"${AT_PLACEHOLDER}"`).replace(latency[0], '"latency_ms":0');
}

export const classifyBodySchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    ...productProperties,
    goods_value: { type: ["string", "number"], pattern: "^-?\\d+(\\.\\d+)?$", description: "Total value of the goods in `currency`: the answer then includes `landed_cost` for the lane (see POST /v1/landed-cost)" },
    weight_kg: { type: ["string", "number"], pattern: "^\\d+(\\.\\d+)?$", description: "Net weight in kg, for duties per kg in `landed_cost`" },
  },
};

/** The synchronous answer: the classification plus the risk of the classified line on the lane. */
const classifiedSchema = {
  ...classificationSchema,
  properties: {
    ...classificationSchema.properties,
    risk: { ...assessmentSchema, type: ["object", "null"], description: "Regulatory risk of the classified line on the lane (null without destination_country)" },
    landed_cost: {
      ...landedCostDataSchema,
      type: ["object", "null"],
      properties: { ...landedCostDataSchema.properties, available: { type: "boolean" }, unavailable_reason: { type: "string" } },
      description: "Landed cost of the classified line (only with goods_value; `available: false` with the reason when the lane is incomplete)",
    },
  },
};

/** A stored classification (job) as REST JSON. */
export const jobSchema = {
  type: "object",
  properties: {
    id: { type: "string", format: "uuid" },
    status: { type: "string", enum: ["pending", "completed", "failed"] },
    mode: { type: "string", enum: ["sync", "async", "batch"] },
    batch_id: { type: ["string", "null"] },
    item_id: { type: ["string", "null"] },
    input: { type: "object", additionalProperties: true, description: "The request as understood (snake_case, aliases resolved)" },
    classification: { ...classificationSchema, type: ["object", "null"] },
    error: { type: ["object", "null"], properties: { code: { type: "string" }, message: { type: "string" }, field: { type: "string" } } },
    attempts: { type: "integer", description: "Worker deliveries it took (batch and async work)" },
    created_at: { type: "string", format: "date-time" },
    completed_at: { type: ["string", "null"], format: "date-time" },
  },
};

export function presentJob(j: StoredJob) {
  return {
    id: j.id,
    status: j.status,
    mode: j.mode,
    batch_id: j.batchId,
    item_id: j.itemId,
    input: j.input,
    classification: j.output,
    error: j.error,
    attempts: j.attempts,
    created_at: j.createdAt.toISOString(),
    completed_at: j.completedAt?.toISOString() ?? null,
  };
}

export function classifyRoutes(app: FastifyInstance, clients: Clients, deadlineMs: number, api?: ApiDeps) {
  app.post<{ Body: ClassifyBody; Querystring: { mode?: "sync" | "async" } }>(
    "/v1/classify",
    {
      schema: {
        tags: ["classification"],
        summary: "Classify a product (synchronous, or asynchronous with ?mode=async)",
        description:
          "Returns the HS 6-digit code and the national line for the destination, confidence, up to 5 alternates, the decision path, the GRI / note rules applied, and follow-up questions when an answer would change the code (status needs_more_info; send the answers back in `context` with `heading_hint`). " +
          "With `destination_country`, `risk` holds the regulatory risk assessment of the classified line on the lane (see POST /v1/risk). " +
          "With `goods_value`, `currency`, `origin_country` and `destination_country`, `landed_cost` holds the duties, taxes and fees of the classified line (see POST /v1/landed-cost). " +
          "With `?mode=async` the answer is `202 {id, status: pending}`: poll `GET /v1/classifications/{id}` or receive the `classification.completed` webhook (asynchronous answers carry no `risk`).",
        querystring: { type: "object", properties: { mode: { type: "string", enum: ["sync", "async"], default: "sync" } } },
        body: classifyBodySchema,
        response: {
          200: ok(classifiedSchema),
          202: ok({ type: "object", properties: { id: { type: "string", format: "uuid" }, status: { type: "string", enum: ["pending"] } } }),
          ...apiErrors,
        },
      },
    },
    async (req, reply) => {
      const c = clients.classifier;
      if (!c) throw new HttpError(503, "service_unavailable", "the classifier service is not configured");
      const input = normalizeBody(req.body);
      const key = api ? keyOf(req) : undefined;
      if (req.query.mode === "async") {
        if (!api || !key) throw new HttpError(503, "service_unavailable", "asynchronous classification needs the database");
        const job = await api.store.insertPending(key.id, input);
        await api.dispatcher.dispatch([{ batchId: "", itemIds: [], classificationIds: [job.id], input: toProtoInput(input) }], requestContext(req));
        return reply.status(202).send({ success: true, data: { id: job.id, status: "pending" } });
      }
      const goods = req.body as ClassifyBody & { goods_value?: string | number; weight_kg?: string | number };
      // A repeat of a recent identical request (same product, lane, goods value, UTC day) is answered
      // from the answer cache under a new id; `Cache-Control: no-cache` asks the classifier again.
      const cache = api?.answerCache?.enabled && !/no-cache|no-store/i.test(String(req.headers["cache-control"] ?? "")) ? api.answerCache : undefined;
      const cacheKey = cache ? `${new Date().toISOString().slice(0, 10)}|${productKey({ ...input, goods_value: goods.goods_value, weight_kg: goods.weight_kg })}` : "";
      const hit = cache?.get(cacheKey);
      if (hit) {
        // The answer was serialized once, with placeholders for what is new each time.
        // Stored as a reference to the source answer plus what differs (not a copy of several KB).
        const id = uuidv7();
        const at = new Date().toISOString();
        const body = hit.body.replace(ID_PLACEHOLDER, id).replace(AT_PLACEHOLDER, at);
        await api!.syncWriter.write({ id, keyId: key!.id, input, overlay: { id, created_at: at, latency_ms: 0 }, dataVersion: hit.dataVersion, sourceId: hit.sourceId });
        return reply.type("application/json; charset=utf-8").send(body);
      }
      const proto = toProtoInput(input);
      const r = await callUnary(c, c.classify, { input: proto }, deadlineMs);
      const risk = await riskForClassification(clients, deadlineMs, r.classification, { origin: proto.originCountry, destination: proto.destinationCountry, price: input.price as number | undefined, currency: input.currency as string | undefined }, cache ? api?.riskCache : undefined);
      const landed_cost = await landedCostForClassification(clients, deadlineMs, r.classification, {
        origin: proto.originCountry,
        destination: proto.destinationCountry,
        goodsValue: goods.goods_value,
        weightKg: goods.weight_kg,
        currency: input.currency as string | undefined,
      });
      const data = { ...presentClassification(r.classification)!, risk, ...(landed_cost !== null ? { landed_cost } : {}) };
      // Serialized once: the reply, the stored answer and the cached answer are all this text.
      const body = reply.serializeInput({ success: true, data }, "200") as string;
      const outputJson = dataJsonOf(body);
      if (api && key) await api.syncWriter.write({ id: data.id, keyId: key.id, input, output: outputJson === undefined ? data : undefined, outputJson, dataVersion: data.data_version });
      // An answer whose risk or landed cost call failed this time is not repeated.
      const failed = (x: unknown) => /^(risk assessment|landed cost) failed/.test(String((x as { unavailable_reason?: unknown } | null)?.unavailable_reason ?? ""));
      if (cache && !failed(risk) && !failed(landed_cost)) {
        const template = cacheTemplate(body, data.id, data.created_at);
        if (template) cache.set(cacheKey, { body: template, sourceId: data.id, dataVersion: data.data_version });
      }
      return reply.type("application/json; charset=utf-8").send(body);
    },
  );

  if (!api) return;

  app.get<{ Querystring: { page: number; per_page: number } }>(
    "/v1/classifications",
    {
      schema: {
        tags: ["classification"],
        summary: "Your classifications, newest first (synchronous and asynchronous; batch items are under their batch)",
        querystring: {
          type: "object",
          properties: { page: { type: "integer", minimum: 1, maximum: 1_000_000, default: 1 }, per_page: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
        },
        response: {
          200: ok({ type: "object", properties: { page: { type: "integer" }, per_page: { type: "integer" }, total: { type: "integer" }, items: { type: "array", items: jobSchema } } }),
          ...apiErrors,
        },
      },
    },
    async (req) => {
      const { page, per_page } = req.query;
      const r = await api.store.list(keyOf(req).id, page, per_page);
      return { success: true, data: { page, per_page, total: r.total, items: r.items.map(presentJob) } };
    },
  );

  app.get<{ Params: { id: string } }>(
    "/v1/classifications/:id",
    {
      schema: {
        tags: ["classification"],
        summary: "One classification: pending, completed (with the answer) or failed (with the reason)",
        params: idParam,
        response: { 200: ok(jobSchema), ...apiErrors },
      },
    },
    async (req) => {
      const j = await api.store.get(req.params.id.toLowerCase(), keyOf(req).id);
      if (!j) throw new HttpError(404, "not_found", `classification ${req.params.id} not found`, "id");
      return { success: true, data: presentJob(j) };
    },
  );

  app.post<{ Params: { id: string }; Body: { verdict: "confirmed" | "corrected"; code?: string; comment?: string } }>(
    "/v1/classifications/:id/feedback",
    {
      schema: {
        tags: ["classification"],
        summary: "Confirm or correct a classification (feeds the classifier)",
        description:
          "`confirmed`: the code is right. `corrected` + `code` (6, 8 or 10 digits): the right code. The same or a near-identical product gets this code from then on. Send an `Idempotency-Key` header to record a retried submission once.",
        params: idParam,
        headers: { type: "object", properties: { "idempotency-key": { type: "string", maxLength: 200 } } },
        body: {
          type: "object",
          required: ["verdict"],
          additionalProperties: false,
          properties: {
            verdict: { type: "string", enum: ["confirmed", "corrected"] },
            code: { type: "string", maxLength: 20, description: "Required when corrected" },
            comment: { type: "string", maxLength: 2000 },
          },
        },
        response: {
          201: ok({
            type: "object",
            properties: {
              id: { type: "string" },
              classification_id: { type: "string" },
              verdict: { type: "string" },
              code: { type: "string" },
              comment: { type: ["string", "null"] },
              created_at: { type: "string", format: "date-time" },
            },
          }),
          ...apiErrors,
        },
      },
    },
    async (req, reply) => {
      const c = clients.classifier;
      if (!c) throw new HttpError(503, "service_unavailable", "the classifier service is not configured");
      const key = keyOf(req);
      const id = req.params.id.toLowerCase();
      const j = await api.store.get(id, key.id);
      if (!j) throw new HttpError(404, "not_found", `classification ${id} not found`, "id");
      if (j.status !== "completed") throw new HttpError(422, "not_completed", `classification ${id} is ${j.status}: only a completed classification takes feedback`, "id");
      const b = req.body;
      if (b.verdict === "corrected" && !b.code) throw new HttpError(422, "invalid_argument", "code is required when the verdict is corrected", "code");
      const idem = req.headers["idempotency-key"];
      const r = await callUnary(
        c,
        c.submitFeedback,
        {
          classificationId: j.sourceId ?? id,
          verdict: b.verdict === "confirmed" ? classifierV1.FeedbackVerdict.FEEDBACK_VERDICT_CONFIRMED : classifierV1.FeedbackVerdict.FEEDBACK_VERDICT_CORRECTED,
          correctedCode: b.code ?? "",
          comment: b.comment ?? "",
          idempotencyKey: typeof idem === "string" && idem ? `${key.id}:${idem}` : "",
        },
        deadlineMs,
      );
      api.answerCache?.clear(); // this product and near-identical ones may now answer differently
      const f = r.feedback!;
      const code = f.correctedCode || String((j.output as { national_code?: string; hs_code?: string })?.national_code || (j.output as { hs_code?: string })?.hs_code || "");
      await api.pool.query(
        `INSERT INTO gateway.feedback (id, classification_id, key_id, verdict, code, comment, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
        [f.id, id, key.id, b.verdict, code, f.comment || null, f.createdAt ?? new Date()],
      );
      return reply.status(201).send({
        success: true,
        data: { id: f.id, classification_id: id, verdict: b.verdict, code, comment: f.comment || null, created_at: (f.createdAt ?? new Date()).toISOString() },
      });
    },
  );
}
