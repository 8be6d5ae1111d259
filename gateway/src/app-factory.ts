import path from "node:path";
import { fileURLToPath } from "node:url";
import type { NatsConnection } from "nats";
import { batchTopology, ensureBatchTopology, migrate, type Logger, type Pool } from "@openhs/shared";
import type { ApiDeps } from "./api.js";
import { ClassificationStore } from "./adapters/classifications.js";
import { KeyStore } from "./adapters/keys.js";
import { UsageStore } from "./adapters/usage.js";
import { WebhookStore } from "./adapters/webhooks.js";
import { Authenticator, RateLimiter, UsageMeter } from "./auth.js";
import type { GatewayConfig } from "./config.js";
import type { Clients } from "./grpc-clients.js";
import { GroupWriter } from "./group-writer.js";
import { TtlLru } from "./cache.js";
import { Readiness } from "./readiness.js";
import { AllowList, WebhookDeliverer } from "./webhooks.js";
import { InProcessDispatcher, JetStreamDispatcher, type StoreSink, type WorkDispatcher } from "./work.js";

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "migrations");

/** Applies the gateway's migrations (schema "gateway"). */
export function migrateGateway(pool: Pool) {
  return migrate(pool, "gateway", MIGRATIONS_DIR);
}

export type ApiOptions = Partial<Pick<GatewayConfig,
  "BATCH_STREAM_PREFIX" | "BATCH_ACK_WAIT_MS" | "BATCH_STALL_MS" | "SYNC_BATCH_MAX" | "MAX_BATCH_ITEMS" | "BATCH_BODY_LIMIT_BYTES" |
  "KEY_CACHE_TTL_MS" | "CLASSIFY_CACHE_TTL_MS" | "CLASSIFY_CACHE_MAX_ENTRIES" | "WEBHOOK_ALLOW_HOSTS" | "WEBHOOK_MAX_ATTEMPTS" | "WEBHOOK_RETRY_BASE_MS" | "WEBHOOK_TIMEOUT_MS" | "GRPC_DEADLINE_MS"
>> & {
  webhookPollMs?: number;
  ssePollMs?: number;
  usageFlushMs?: number;
  services?: Record<string, string>;
  /** In-process path: pick up pending work left by a previous run at start (default true). */
  resumeOnStart?: boolean;
};

/**
 * Builds the API's dependencies on a pool (migrated first), the classifier client and, when given,
 * a NATS connection (JetStream path; otherwise the in-process path). Call `start()` to begin
 * consuming results and delivering webhooks, `stop()` to drain them.
 */
export async function createApi(pool: Pool, clients: Clients, logger: Logger, nc: NatsConnection | undefined, o: ApiOptions = {}) {
  await migrateGateway(pool);
  const store = new ClassificationStore(pool);
  const webhooks = new WebhookStore(pool);
  const keys = new KeyStore(pool);
  const allow = new AllowList(o.WEBHOOK_ALLOW_HOSTS);
  const sink: StoreSink = { store, webhooks, logger };
  let dispatcher: WorkDispatcher;
  if (nc) {
    const topology = batchTopology(o.BATCH_STREAM_PREFIX ?? "OPENHS_BATCH");
    await ensureBatchTopology(nc, topology, { ackWaitMs: o.BATCH_ACK_WAIT_MS ?? 30_000 });
    dispatcher = new JetStreamDispatcher(nc, topology, sink, { fetchSize: 256, publishWindow: 512, stallMs: o.BATCH_STALL_MS ?? 600_000 });
  } else {
    dispatcher = new InProcessDispatcher(() => clients.classifier, sink, { chunk: 500, deadlineMs: Math.max(60_000, o.GRPC_DEADLINE_MS ?? 5000), resumeOnStart: o.resumeOnStart });
  }
  const usage = new UsageMeter(new UsageStore(pool), logger, o.usageFlushMs ?? 2000);
  const deliverer = new WebhookDeliverer(webhooks, {
    allow,
    maxAttempts: o.WEBHOOK_MAX_ATTEMPTS ?? 8,
    retryBaseMs: o.WEBHOOK_RETRY_BASE_MS ?? 5000,
    pollMs: o.webhookPollMs ?? 1000,
    timeoutMs: o.WEBHOOK_TIMEOUT_MS ?? 5000,
    logger,
  });
  const readiness = o.services ? new Readiness({ pool, nats: () => nc, batchMode: dispatcher.kind, services: o.services }) : undefined;
  const api: ApiDeps = {
    pool,
    keys,
    auth: new Authenticator(keys, o.KEY_CACHE_TTL_MS ?? 5000),
    limiter: new RateLimiter(),
    usage,
    store,
    webhooks,
    dispatcher,
    syncWriter: new GroupWriter((rows) => store.insertCompleted(rows)),
    // Off unless configured (the service's config turns it on; tests opt in).
    answerCache: o.CLASSIFY_CACHE_TTL_MS ? new TtlLru(o.CLASSIFY_CACHE_MAX_ENTRIES ?? 5_000, o.CLASSIFY_CACHE_TTL_MS) : undefined,
    riskCache: o.CLASSIFY_CACHE_TTL_MS ? new TtlLru(o.CLASSIFY_CACHE_MAX_ENTRIES ?? 5_000, o.CLASSIFY_CACHE_TTL_MS) : undefined,
    allow,
    readiness,
    nats: () => nc,
    limits: {
      syncBatchMax: o.SYNC_BATCH_MAX ?? 100,
      maxBatchItems: o.MAX_BATCH_ITEMS ?? 10_000,
      batchBodyLimit: o.BATCH_BODY_LIMIT_BYTES ?? 32 * 1_048_576,
      ssePollMs: o.ssePollMs ?? 500,
    },
  };
  return {
    api,
    deliverer,
    async start() {
      await dispatcher.start();
      deliverer.start();
    },
    async stop() {
      await dispatcher.stop();
      await deliverer.stop();
      await usage.stop();
      readiness?.close();
    },
  };
}
