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
import { landedCostRoutes } from "./routes/landed-cost.js";
import { riskRoutes } from "./routes/risk.js";

export interface GatewayDeps {
  clients: Clients;
  logger: Logger;
  deadlineMs?: number;
  bodyLimit?: number;
  /** Tariff GET answer cache; absent = no caching. */
  cache?: TtlLru<unknown>;
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
      tags: [{ name: "tariff", description: "Nomenclature, search, validation and duty rates" }, { name: "classification", description: "Product → HS code with the GRI rules applied" }, { name: "landed cost", description: "Duties, taxes, fees and de minimis of an import" }, { name: "system" }],
    },
  });
  await app.register(swaggerUi, { routePrefix: "/docs" });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err.validation) {
      const field = validationField(err);
      const where = err.validationContext ?? "request";
      return reply.status(400).send({ success: false, error: { code: "invalid_request", message: `${where}${field ? `.${field}` : ""} ${err.validation[0]?.message ?? "is invalid"}`, ...(field ? { field } : {}) } });
    }
    if (err.statusCode === 413) return reply.status(413).send({ success: false, error: { code: "payload_too_large", message: `request body exceeds ${deps.bodyLimit ?? 1_048_576} bytes` } });
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

  app.get("/health", { schema: { tags: ["system"], summary: "Shallow liveness check" } }, async () => ({ success: true, data: { status: "ok" } }));

  tariffRoutes(app, deps.clients, deps.deadlineMs ?? 5_000, deps.cache);
  classifyRoutes(app, deps.clients, deps.deadlineMs ?? 5_000);
  landedCostRoutes(app, deps.clients, deps.deadlineMs ?? 5_000);
  riskRoutes(app, deps.clients, deps.deadlineMs ?? 5_000);
  return app;
}
