import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { HttpError } from "../errors.js";
import { keyOf, type ApiDeps } from "../api.js";
import { WEBHOOK_EVENTS, vetWebhookUrl } from "../webhooks.js";
import { apiErrors, ok } from "./classify.js";

const webhookSchema = {
  type: "object",
  properties: {
    url: { type: "string" },
    events: { type: "array", items: { type: "string", enum: [...WEBHOOK_EVENTS] } },
    secret: { type: "string", description: "HMAC-SHA256 signing secret; returned by PUT only" },
    created_at: { type: "string", format: "date-time" },
    updated_at: { type: "string", format: "date-time" },
    deliveries: {
      type: "array",
      description: "Latest deliveries (GET only)",
      items: {
        type: "object",
        properties: {
          id: { type: "string" },
          event: { type: "string" },
          status: { type: "string", enum: ["pending", "delivered", "failed"] },
          attempts: { type: "integer" },
          last_status: { type: ["integer", "null"] },
          last_error: { type: ["string", "null"] },
          created_at: { type: "string" },
          delivered_at: { type: ["string", "null"] },
          next_attempt_at: { type: ["string", "null"] },
        },
      },
    },
  },
};

export function accountRoutes(app: FastifyInstance, api: ApiDeps) {
  app.get(
    "/v1/me",
    {
      schema: {
        tags: ["account"],
        summary: "The API key making the request",
        response: {
          200: ok({
            type: "object",
            properties: {
              key_id: { type: "string" },
              name: { type: "string" },
              prefix: { type: "string", description: "Public part of the key (ohs_<prefix>_…)" },
              rate_limit_per_minute: { type: "integer" },
              created_at: { type: "string", format: "date-time" },
            },
          }),
          ...apiErrors,
        },
      },
    },
    async (req) => {
      const k = keyOf(req);
      return { success: true, data: { key_id: k.id, name: k.name, prefix: k.prefix, rate_limit_per_minute: k.rateLimitPerMinute, created_at: k.createdAt.toISOString() } };
    },
  );

  app.get<{ Querystring: { days: number } }>(
    "/v1/usage",
    {
      schema: {
        tags: ["account"],
        summary: "Requests per day and endpoint for this key (UTC days), and batch items submitted",
        querystring: { type: "object", properties: { days: { type: "integer", minimum: 1, maximum: 400, default: 30 } } },
        response: {
          200: ok({
            type: "object",
            properties: {
              days: { type: "integer" },
              total_requests: { type: "integer" },
              batch_items: { type: "integer" },
              by_day: {
                type: "array",
                items: { type: "object", properties: { day: { type: "string", format: "date" }, endpoint: { type: "string" }, count: { type: "integer" } } },
              },
            },
          }),
          ...apiErrors,
        },
      },
    },
    async (req) => {
      const rows = await api.usage.read(keyOf(req).id, req.query.days);
      const total = rows.filter((r) => r.endpoint !== "batch items").reduce((s, r) => s + r.count, 0);
      const items = rows.filter((r) => r.endpoint === "batch items").reduce((s, r) => s + r.count, 0);
      return { success: true, data: { days: req.query.days, total_requests: total, batch_items: items, by_day: rows } };
    },
  );

  app.put<{ Body: { url: string; events?: string[]; secret?: string } }>(
    "/v1/webhook",
    {
      schema: {
        tags: ["webhooks"],
        summary: "Set this key's webhook (replaces any previous one)",
        description:
          "Events: `classification.completed`, `classification.failed` (asynchronous classifications) and `batch.completed`. Each POST carries `X-OpenHS-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, \"<t>.<raw body>\")>`, `X-OpenHS-Event` and `X-OpenHS-Delivery`; a non-2xx answer is retried with exponential backoff. " +
          "Only http(s) URLs of public hosts are accepted (private, loopback, link-local and reserved addresses are refused unless listed in WEBHOOK_ALLOW_HOSTS). The secret is generated unless given, and returned only here.",
        body: {
          type: "object",
          required: ["url"],
          additionalProperties: false,
          properties: {
            url: { type: "string", minLength: 1, maxLength: 2000 },
            events: { type: "array", minItems: 1, uniqueItems: true, items: { type: "string", enum: [...WEBHOOK_EVENTS] }, default: [...WEBHOOK_EVENTS] },
            secret: { type: "string", minLength: 16, maxLength: 200 },
          },
        },
        response: { 200: ok(webhookSchema), ...apiErrors },
      },
    },
    async (req) => {
      const key = keyOf(req);
      const { url } = await vetWebhookUrl(req.body.url, api.allow, "url", { resolveAllowed: false });
      const secret = req.body.secret ?? `whsec_${randomBytes(24).toString("base64url")}`;
      const w = await api.webhooks.put(key.id, url.toString(), secret, req.body.events ?? [...WEBHOOK_EVENTS]);
      return { success: true, data: { url: w.url, events: w.events, secret: w.secret, created_at: w.createdAt.toISOString(), updated_at: w.updatedAt.toISOString() } };
    },
  );

  app.get(
    "/v1/webhook",
    {
      schema: { tags: ["webhooks"], summary: "This key's webhook and its latest deliveries (the secret is not shown)", response: { 200: ok(webhookSchema), ...apiErrors } },
    },
    async (req) => {
      const key = keyOf(req);
      const w = await api.webhooks.get(key.id);
      if (!w) throw new HttpError(404, "not_found", "no webhook is set for this key");
      return { success: true, data: { url: w.url, events: w.events, created_at: w.createdAt.toISOString(), updated_at: w.updatedAt.toISOString(), deliveries: await api.webhooks.deliveries(key.id, 20) } };
    },
  );

  app.delete(
    "/v1/webhook",
    {
      schema: {
        tags: ["webhooks"],
        summary: "Remove this key's webhook (pending deliveries are not sent)",
        response: { 200: ok({ type: "object", properties: { deleted: { type: "boolean" } } }), ...apiErrors },
      },
    },
    async (req) => {
      const key = keyOf(req);
      const deleted = await api.webhooks.delete(key.id);
      if (!deleted) throw new HttpError(404, "not_found", "no webhook is set for this key");
      return { success: true, data: { deleted } };
    },
  );
}
