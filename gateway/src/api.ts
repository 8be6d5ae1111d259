import type { FastifyRequest } from "fastify";
import { context, propagation, trace, type Context } from "@opentelemetry/api";
import type { NatsConnection } from "nats";
import type { Pool } from "@openhs/shared";
import type { ApiKey, KeyStore } from "./adapters/keys.js";
import type { ClassificationStore, CompletedRow } from "./adapters/classifications.js";
import type { TtlLru } from "./cache.js";
import type { presentAssessment } from "./routes/risk.js";
import type { WebhookStore } from "./adapters/webhooks.js";
import type { Authenticator, RateLimiter, UsageMeter } from "./auth.js";
import type { GroupWriter } from "./group-writer.js";
import type { Readiness } from "./readiness.js";
import type { AllowList } from "./webhooks.js";
import type { WorkDispatcher } from "./work.js";

/** A cached synchronous answer: the serialized response (id and time as placeholders) and the classifier's id of it. */
export interface CachedAnswer {
  body: string;
  sourceId: string;
  dataVersion: string;
}

/** What the public API (keys, classifications, batches, webhooks, usage) runs on. */
export interface ApiDeps {
  pool: Pool;
  keys: KeyStore;
  auth: Authenticator;
  limiter: RateLimiter;
  usage: UsageMeter;
  store: ClassificationStore;
  webhooks: WebhookStore;
  dispatcher: WorkDispatcher;
  syncWriter: GroupWriter<CompletedRow>;
  /**
   * Synchronous classify answers by normalized request (product, lane, goods value, day): a repeat is
   * answered without asking the classifier again, under a new id. Cleared on feedback.
   */
  answerCache?: TtlLru<CachedAnswer>;
  /** Risk assessments of the classify path by line, lane, value and day (with the answer cache's lifetime). */
  riskCache?: TtlLru<ReturnType<typeof presentAssessment>>;
  allow: AllowList;
  readiness?: Readiness;
  nats?: () => NatsConnection | undefined;
  limits: {
    /** Batches up to this size are answered synchronously (unless ?mode=async). */
    syncBatchMax: number;
    maxBatchItems: number;
    batchBodyLimit: number;
    /** SSE progress poll interval. */
    ssePollMs: number;
  };
}

declare module "fastify" {
  interface FastifyRequest {
    apiKey?: ApiKey;
  }
}

/** The authenticated key of a /v1 request (the auth hook guarantees it). */
export function keyOf(req: FastifyRequest): ApiKey {
  if (!req.apiKey) throw new Error("request is not authenticated");
  return req.apiKey;
}

/**
 * Trace context of a request: the active one (the HTTP instrumentation's server span), or else the
 * caller's W3C `traceparent` header, so batch work joins the caller's trace either way.
 */
export function requestContext(req: FastifyRequest): Context {
  const active = context.active();
  if (trace.getSpan(active)) return active;
  return propagation.extract(active, req.headers);
}
