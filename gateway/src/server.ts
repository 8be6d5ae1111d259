import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyError } from "fastify";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { Logger } from "@openhs/shared";
import { Ajv } from "ajv";
import type { Clients } from "./grpc-clients.js";
import { toHttpError } from "./errors.js";
import type { TtlLru } from "./cache.js";
import { tariffRoutes } from "./routes/tariff.js";
import { classifyRoutes } from "./routes/classify.js";
import { batchRoutes } from "./routes/batches.js";
import { accountRoutes } from "./routes/account.js";
import type { ApiDeps } from "./api.js";
import { HttpError } from "./errors.js";
import { errorSchema } from "./routes/tariff.js";
import { riskRoutes } from "./routes/risk.js";

export interface GatewayDeps {
  clients: Clients;
  logger: Logger;
  deadlineMs?: number;
  bodyLimit?: number;
  /** Tariff GET answer cache; absent = no caching. */
  cache?: TtlLru<unknown>;
  /** Keys, limits, classifications, batches, webhooks, usage. Absent: /v1 answers 401 (no key can be verified). */
  api?: ApiDeps;
}

/** Validation keywords that are size limits: a 422 naming the field, not a 400. */
const LIMIT_KEYWORDS = new Set(["maxLength", "maxItems", "maxProperties"]);
const SECURITY: Array<Record<string, string[]>> = [{ bearerAuth: [] }, { apiKeyHeader: [] }];

const BAD_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Path of the first string (or key) in a JSON value with binary / control characters or a lone surrogate. */
export function findBadText(v: unknown, path: string, depth = 0): string | undefined {
  if (typeof v === "string") return BAD_TEXT.test(v) ? path || "body" : undefined;
  if (!v || typeof v !== "object" || depth > 50) return undefined;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const r = findBadText(v[i], `${path}[${i}]`, depth + 1);
      if (r) return r;
    }
    return undefined;
  }
  for (const [k, x] of Object.entries(v)) {
    const p = path ? `${path}.${k}` : k;
    if (BAD_TEXT.test(k)) return p;
    const r = findBadText(x, p, depth + 1);
    if (r) return r;
  }
  return undefined;
}

/** Field named by a fastify/ajv validation error ("querystring/q" → "q", "body/code" → "code"). */
function validationField(err: FastifyError): string | undefined {
  const v = err.validation?.[0];
  if (!v) return undefined;
  const missing = (v.params as { missingProperty?: string; additionalProperty?: string })?.missingProperty ?? (v.params as { additionalProperty?: string })?.additionalProperty;
  const path = v.instancePath?.replace(/^\//, "").replace(/\//g, ".");
  return [path, missing].filter(Boolean).join(".") || undefined;
}

/** The REST gateway (no listen): routes, OpenAPI at /docs, one error envelope. */
export async function buildServer(deps: GatewayDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as unknown as FastifyBaseLogger,
    bodyLimit: deps.bodyLimit ?? 1_048_576,
    routerOptions: { maxParamLength: 200 },
    // Errors raised before routing (a path parameter that is too long or not valid UTF-8) get the
    // same envelope as every other error.
    frameworkErrors: (err, _req, reply) => {
      const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400;
      void (reply as unknown as { status(n: number): { send(b: unknown): unknown } }).status(status).send({ success: false, error: { code: status === 414 ? "uri_too_long" : "invalid_request", message: err.message.replace(/^'[^']{0,300}[^']*' /, "the path ") } });
    },
  });

  // Query strings and path params arrive as text and are coerced to their schema types; JSON bodies
  // are not: a number where a string is expected is a 400, not silently converted.
  const ajvOptions = { allErrors: false, removeAdditional: false, useDefaults: true, strict: false } as const;
  const coercing = new Ajv({ ...ajvOptions, coerceTypes: true });
  const exact = new Ajv({ ...ajvOptions, coerceTypes: false });
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === "body" ? exact : coercing).compile(schema));

  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "openhs API",
        version: "1.0.0",
        description: "HS classification, tariff look-ups, duty rates, landed cost and regulatory risk. Errors: `{success:false, error:{code, message, field?}}`.",
      },
      tags: [
        { name: "tariff", description: "Nomenclature, search, validation and duty rates" },
        { name: "classification", description: "Product → HS code with the GRI rules applied" },
        { name: "batch", description: "Up to 10,000 products per request, classified by the workers" },
        { name: "webhooks", description: "Signed event notifications" },
        { name: "account", description: "Your key and its usage" },
        { name: "system", description: "Liveness and readiness (no key needed)" },
      ],
      components: {
        securitySchemes: {
          bearerAuth: { type: "http", scheme: "bearer", description: "API key: `Authorization: Bearer ohs_…` (create one with `openhs keys create --name NAME`)" },
          apiKeyHeader: { type: "apiKey", in: "header", name: "X-API-Key", description: "The same API key in the X-API-Key header" },
        },
      },
    },
  });
  // Every /v1 route requires a key, documented as such (with the rate-limit answer).
  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/v1/")) return;
    const response = { 401: errorSchema, 429: errorSchema, ...((route.schema?.response as Record<string, unknown>) ?? {}) };
    route.schema = { ...(route.schema ?? {}), security: SECURITY, response };
  });
  await app.register(swaggerUi, { routePrefix: "/docs" });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err.validation) {
      const field = validationField(err);
      const where = err.validationContext ?? "request";
      const tooLarge = LIMIT_KEYWORDS.has(err.validation[0]?.keyword ?? "");
      return reply.status(tooLarge ? 422 : 400).send({ success: false, error: { code: tooLarge ? "too_large" : "invalid_request", message: `${where}${field ? `.${field}` : ""} ${err.validation[0]?.message ?? "is invalid"}`, ...(field ? { field } : {}) } });
    }
    if (err.statusCode === 413) return reply.status(413).send({ success: false, error: { code: "payload_too_large", message: `request body exceeds ${req.routeOptions.bodyLimit ?? deps.bodyLimit ?? 1_048_576} bytes`, field: "body" } });
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500 && err.code?.startsWith("FST_")) {
      return reply.status(err.statusCode).send({ success: false, error: { code: "invalid_request", message: err.message } });
    }
    const { status, body } = toHttpError(err);
    if (status >= 500) req.log.error({ err }, "request failed");
    return reply.status(status).send(body);
  });
  app.setNotFoundHandler((req, reply) =>
    reply.status(404).send({ success: false, error: { code: "not_found", message: `no route ${req.method} ${req.url.split("?")[0]}` } }),
  );

  const api = deps.api;
  // Authentication, rate limit and usage for every /v1 request.
  app.addHook("onRequest", async (req, reply) => {
    if (!req.url.startsWith("/v1/")) return;
    if (!api) throw new HttpError(401, "unauthenticated", "API keys are not configured on this gateway", "authorization");
    const key = await api.auth.authenticate(req.headers);
    req.apiKey = key;
    const d = api.limiter.check(key.id, key.rateLimitPerMinute);
    void reply.header("x-ratelimit-limit", d.limit).header("x-ratelimit-remaining", d.remaining).header("x-ratelimit-reset", d.reset);
    if (!d.allowed) {
      void reply.header("retry-after", d.retryAfterS);
      throw new HttpError(429, "rate_limited", `rate limit of ${d.limit} requests per minute exceeded; retry in ${d.retryAfterS} s`);
    }
  });
  // PostgreSQL cannot store NUL and text must be valid Unicode: a body string with NUL, other
  // control characters or a lone surrogate is refused up front with the field that holds it.
  app.addHook("preHandler", async (req) => {
    if (!req.url.startsWith("/v1/") || req.body === undefined) return;
    const bad = findBadText(req.body, "");
    if (bad) throw new HttpError(422, "invalid_text", `${bad} contains binary or control characters, or invalid Unicode`, bad);
  });
  app.addHook("onResponse", async (req) => {
    if (api && req.apiKey) api.usage.count(req.apiKey.id, `${req.method} ${req.routeOptions.url ?? "unknown"}`);
  });

  app.get(
    "/health",
    { schema: { tags: ["system"], summary: "Shallow liveness check (the gateway process answers)", response: { 200: { type: "object", properties: { success: { type: "boolean" }, data: { type: "object", properties: { status: { type: "string" } } } } } } } },
    async () => ({ success: true, data: { status: "ok" } }),
  );
  const componentSchema = { type: "object", properties: { status: { type: "string", enum: ["ok", "down", "not_configured"] }, latency_ms: { type: "number" }, detail: { type: "string" } } };
  const readySchema = {
    type: "object",
    properties: {
      success: { type: "boolean" },
      data: { type: "object", properties: { ready: { type: "boolean" }, batch_mode: { type: "string", enum: ["jetstream", "in-process"] }, components: { type: "object", additionalProperties: componentSchema } } },
    },
  };
  app.get(
    "/ready",
    { schema: { tags: ["system"], summary: "Deep readiness: PostgreSQL, NATS and every gRPC service", description: "503 when a component is down (each one is reported).", response: { 200: readySchema, 503: readySchema } } },
    async (_req, reply) => {
      const r = api?.readiness ? await api.readiness.check() : { ready: false, components: {} };
      return reply.status(r.ready ? 200 : 503).send({ success: r.ready, data: { ready: r.ready, batch_mode: api?.dispatcher.kind ?? "in-process", components: r.components } });
    },
  );

  tariffRoutes(app, deps.clients, deps.deadlineMs ?? 5_000, deps.cache);
  classifyRoutes(app, deps.clients, deps.deadlineMs ?? 5_000, api);
  riskRoutes(app, deps.clients, deps.deadlineMs ?? 5_000);
  if (api) {
    batchRoutes(app, deps.clients, deps.deadlineMs ?? 5_000, api);
    accountRoutes(app, api);
  }
  return app;
}
