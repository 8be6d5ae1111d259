import type { FastifyInstance } from "fastify";
import { Ajv } from "ajv";
import { classifierV1 } from "@openhs/proto";
import { grpc } from "@openhs/shared";
import { HttpError } from "../errors.js";
import type { Clients } from "../grpc-clients.js";
import { keyOf, requestContext, type ApiDeps } from "../api.js";
import type { BatchCounts, BatchRecord, ResultRow, RestInput } from "../adapters/classifications.js";
import { normalizeBody, productKey, productProperties, toProtoInput, type ClassifyBody } from "../classification-input.js";
import { newId, resultRow, type WorkUnit } from "../work.js";
import { apiErrors, idParam, jobSchema, ok, presentJob } from "./classify.js";

const itemSchema = {
  type: "object",
  required: ["id"],
  additionalProperties: false,
  properties: { id: { type: "string", minLength: 1, maxLength: 200, description: "Your id for the item (unique in the batch)" }, ...productProperties },
};
const exact = new Ajv({ allErrors: false, strict: false, coerceTypes: false });
const validateItem = exact.compile(itemSchema);

const countsSchema = {
  type: "object",
  properties: { total: { type: "integer" }, completed: { type: "integer" }, failed: { type: "integer" }, pending: { type: "integer" } },
};
const batchSchema = {
  type: "object",
  properties: {
    batch_id: { type: "string", format: "uuid" },
    status: { type: "string", enum: ["running", "completed"] },
    total: { type: "integer" },
    distinct_products: { type: "integer", description: "Identical normalized products are classified once and the answer copied to each item" },
    counts: countsSchema,
    created_at: { type: "string", format: "date-time" },
    completed_at: { type: ["string", "null"], format: "date-time" },
    page: { type: "integer" },
    per_page: { type: "integer" },
    results: { type: "array", items: jobSchema },
  },
};

function presentBatch(b: BatchRecord, counts: BatchCounts) {
  return {
    batch_id: b.id,
    status: b.status,
    total: b.total,
    distinct_products: b.distinctProducts,
    counts,
    created_at: b.createdAt.toISOString(),
    completed_at: b.completedAt?.toISOString() ?? null,
  };
}

function itemError(i: number, field: string | undefined, message: string) {
  return { code: "invalid_request", message: `items[${i}]${field ? `.${field}` : ""} ${message}`, field: `items[${i}]${field ? `.${field}` : ""}` };
}

export function batchRoutes(app: FastifyInstance, clients: Clients, deadlineMs: number, api: ApiDeps) {
  // The body schema documents every item field; the route validates only the envelope here and each
  // item on its own below, so one bad item fails alone instead of failing the whole batch.
  const outer = exact.compile({
    type: "object",
    required: ["items"],
    additionalProperties: false,
    properties: {
      items: { type: "array", minItems: 1, maxItems: api.limits.maxBatchItems, items: { type: "object" } },
      idempotency_key: { type: "string", minLength: 1, maxLength: 200 },
    },
  });

  app.post<{ Body: { items: Array<ClassifyBody & { id: string }>; idempotency_key?: string }; Querystring: { mode: "auto" | "sync" | "async" } }>(
    "/v1/classify/batch",
    {
      bodyLimit: api.limits.batchBodyLimit,
      validatorCompiler: ({ httpPart, schema }) => (httpPart === "body" ? outer : exact.compile(schema)),
      schema: {
        tags: ["batch"],
        summary: `Classify up to ${api.limits.maxBatchItems.toLocaleString("en")} products`,
        description:
          `Each item needs an \`id\` (yours, unique in the batch) and \`product_name\`; every field of POST /v1/classify is accepted. ` +
          `Batches of at most ${api.limits.syncBatchMax} items are answered at once (200, results included) unless \`mode=async\`; larger ones answer 202 {batch_id} and are classified by the workers: ` +
          "follow `GET /v1/batches/{id}` or `GET /v1/batches/{id}/events` (SSE), or the `batch.completed` webhook. A bad item fails alone with its reason. " +
          "The same `Idempotency-Key` header (or `idempotency_key`) returns the batch it created first instead of a new one.",
        querystring: { type: "object", properties: { mode: { type: "string", enum: ["auto", "sync", "async"], default: "auto" } } },
        headers: { type: "object", properties: { "idempotency-key": { type: "string", minLength: 1, maxLength: 200 } } },
        body: {
          type: "object",
          required: ["items"],
          additionalProperties: false,
          properties: { items: { type: "array", minItems: 1, maxItems: api.limits.maxBatchItems, items: itemSchema }, idempotency_key: { type: "string", maxLength: 200 } },
        },
        response: { 200: ok(batchSchema), 202: ok(batchSchema), ...apiErrors, 409: apiErrors[422] },
      },
    },
    async (req, reply) => {
      const key = keyOf(req);
      const raw = req.body.items;
      const header = req.headers["idempotency-key"];
      const idem = (typeof header === "string" && header) || req.body.idempotency_key || undefined;
      const mode = req.query.mode ?? "auto";
      if (mode === "sync" && raw.length > api.limits.syncBatchMax) throw new HttpError(422, "too_many_items", `mode=sync takes at most ${api.limits.syncBatchMax} items (got ${raw.length}); use mode=async`, "items");

      // Validate each item; duplicate ids make results ambiguous, so they fail the request.
      const seen = new Map<string, number>();
      const items: Array<{ id: string; itemId: string; input: RestInput; error?: ReturnType<typeof itemError> }> = [];
      raw.forEach((it, i) => {
        const itemId = typeof it?.id === "string" ? it.id : undefined;
        if (!itemId || !itemId.trim() || itemId.length > 200) throw new HttpError(422, "invalid_request", `items[${i}].id is required (a string of 1 to 200 characters)`, `items[${i}].id`);
        if (seen.has(itemId)) throw new HttpError(422, "duplicate_item_id", `items[${i}].id '${itemId.slice(0, 50)}' is also items[${seen.get(itemId)}].id: item ids must be unique in a batch`, `items[${i}].id`);
        seen.set(itemId, i);
        const id = newId();
        if (!validateItem(it)) {
          const e = validateItem.errors![0]!;
          const p = (e.params as { missingProperty?: string; additionalProperty?: string });
          const field = [e.instancePath.replace(/^\//, "").replace(/\//g, "."), p.missingProperty ?? p.additionalProperty].filter(Boolean).join(".");
          items.push({ id, itemId, input: { product_name: String((it as { product_name?: unknown }).product_name ?? "") }, error: itemError(i, field, e.message ?? "is invalid") });
          return;
        }
        const { id: _drop, ...body } = it;
        try {
          items.push({ id, itemId, input: normalizeBody(body) });
        } catch (err) {
          items.push({ id, itemId, input: { product_name: "" }, error: itemError(i, "product_name", "is required") });
          void err;
        }
      });

      // Identical normalized products: one unit of work, the answer copied to each item.
      const units = new Map<string, WorkUnit>();
      for (const it of items) {
        if (it.error) continue;
        const k = productKey(it.input);
        let u = units.get(k);
        if (!u) units.set(k, (u = { batchId: "", itemIds: [], classificationIds: [], input: toProtoInput(it.input) }));
        u.itemIds.push(it.itemId);
        u.classificationIds.push(it.id);
      }
      const { batch, created } = await api.store.createBatch(key.id, idem, items, units.size);
      if (!created) {
        const counts = await api.store.batchCounts(batch.id);
        return reply.status(batch.status === "completed" ? 200 : 202).header("idempotent-replayed", "true").send({ success: true, data: presentBatch(batch, counts) });
      }
      const work = [...units.values()].map((u) => ({ ...u, batchId: batch.id }));
      const invalid: ResultRow[] = items.filter((i) => i.error).map((i) => ({ ids: [i.id], status: "failed", error: i.error!, attempts: 0 }));
      api.usage.count(key.id, "batch items", items.length);

      const sync = mode === "sync" || (mode === "auto" && items.length <= api.limits.syncBatchMax);
      if (sync && clients.classifier) {
        const rows = [...invalid];
        try {
          rows.push(...(await classifySync(clients.classifier, work, deadlineMs)));
          await api.store.storeResults(rows, (c, events) => api.webhooks.enqueue(c, events));
          const [b, counts, results] = await Promise.all([api.store.getBatch(batch.id, key.id), api.store.batchCounts(batch.id), api.store.batchItems(batch.id, 1, items.length)]);
          return { success: true, data: { ...presentBatch(b!, counts), page: 1, per_page: items.length, results: results.map(presentJob) } };
        } catch (err) {
          // The classifier did not answer in time: nothing is lost, the items go to the workers
          // (the invalid ones are failed here, or their failure is stored again: a no-op).
          req.log.warn({ err: (err as Error).message, batch: batch.id }, "synchronous batch fell back to asynchronous work");
          if (invalid.length) await api.store.storeResults(invalid, (c, events) => api.webhooks.enqueue(c, events));
        }
      } else if (invalid.length) {
        await api.store.storeResults(invalid, (c, events) => api.webhooks.enqueue(c, events));
      }
      if (work.length) await api.dispatcher.dispatch(work, requestContext(req));
      await api.store.markPublished(batch.id);
      const counts = await api.store.batchCounts(batch.id);
      const b = (await api.store.getBatch(batch.id, key.id))!;
      return reply.status(202).send({ success: true, data: presentBatch(b, counts) });
    },
  );

  app.get<{ Params: { id: string }; Querystring: { page: number; per_page: number; status?: "pending" | "completed" | "failed" } }>(
    "/v1/batches/:id",
    {
      schema: {
        tags: ["batch"],
        summary: "A batch: counts (total, completed, failed, pending) and its results, in submission order, paginated",
        params: idParam,
        querystring: {
          type: "object",
          properties: {
            page: { type: "integer", minimum: 1, maximum: 1_000_000, default: 1 },
            per_page: { type: "integer", minimum: 1, maximum: 1000, default: 100 },
            status: { type: "string", enum: ["pending", "completed", "failed"], description: "Only items in this state" },
          },
        },
        response: { 200: ok(batchSchema), ...apiErrors },
      },
    },
    async (req) => {
      const key = keyOf(req);
      const b = await api.store.getBatch(req.params.id.toLowerCase(), key.id);
      if (!b) throw new HttpError(404, "not_found", `batch ${req.params.id} not found`, "id");
      const { page, per_page, status } = req.query;
      const [counts, results] = await Promise.all([api.store.batchCounts(b.id), api.store.batchItems(b.id, page, per_page, status)]);
      return { success: true, data: { ...presentBatch(b, counts), page, per_page, results: results.map(presentJob) } };
    },
  );

  app.get<{ Params: { id: string } }>(
    "/v1/batches/:id/events",
    {
      schema: {
        tags: ["batch"],
        summary: "Batch progress as Server-Sent Events",
        description:
          "`event: progress` with the counts whenever they change (and at least every 15 s), then `event: completed` with the final counts, and the stream ends. Each `data:` line is JSON `{batch_id, status, total, completed, failed, pending}`.",
        params: idParam,
        produces: ["text/event-stream"],
        response: { 200: { type: "string", description: "text/event-stream" }, ...apiErrors },
      },
    },
    async (req, reply) => {
      const key = keyOf(req);
      const b = await api.store.getBatch(req.params.id.toLowerCase(), key.id);
      if (!b) throw new HttpError(404, "not_found", `batch ${req.params.id} not found`, "id");
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache",
        connection: "keep-alive",
        "x-accel-buffering": "no",
        ...Object.fromEntries(Object.entries(reply.getHeaders()).filter(([k]) => k.startsWith("x-ratelimit")).map(([k, v]) => [k, String(v)])),
      });
      let closed = false;
      req.raw.on("close", () => (closed = true));
      let last = "";
      let lastSent = 0;
      let n = 0;
      while (!closed) {
        const [cur, counts] = await Promise.all([api.store.getBatch(b.id, key.id), api.store.batchCounts(b.id)]).catch(() => [undefined, undefined] as const);
        if (cur && counts) {
          const data = JSON.stringify({ batch_id: b.id, status: cur.status, ...counts });
          const done = cur.status === "completed";
          if (data !== last || Date.now() - lastSent > 15_000 || done) {
            res.write(`id: ${++n}\nevent: ${done ? "completed" : "progress"}\ndata: ${data}\n\n`);
            last = data;
            lastSent = Date.now();
          }
          if (done) break;
        }
        await new Promise((r) => setTimeout(r, api.limits.ssePollMs));
      }
      res.end();
    },
  );
}

/** Small batches: the classifier's streaming RPC, answered while the client waits. */
async function classifySync(client: classifierV1.ClassifierServiceClient, units: WorkUnit[], deadlineMs: number): Promise<ResultRow[]> {
  if (!units.length) return [];
  const rows: ResultRow[] = [];
  const stream = client.classifyBatch(
    { items: units.map((u, i) => ({ clientId: String(i), input: u.input, classificationIds: u.classificationIds })) },
    new grpc.Metadata(),
    { deadline: Date.now() + deadlineMs },
  );
  for await (const m of stream as AsyncIterable<classifierV1.ClassifyBatchResponse>) {
    const u = units[Number(m.clientId)];
    if (u) rows.push(resultRow({ classificationIds: u.classificationIds, classification: m.classification, error: m.error, deliveryCount: 1 }));
  }
  if (rows.length !== units.length) throw new Error(`classifier answered ${rows.length} of ${units.length} products`);
  return rows;
}
