import { z } from "zod";
import { loadConfig, logLevel, port } from "@openhs/shared";

/** The gateway's configuration, read once from the environment. */
export const gatewayConfigSchema = z.object({
  HOST: z.string().default("127.0.0.1"),
  PORT: port(3000),
  TARIFF_ADDR: z.string().default("127.0.0.1:50051"),
  CLASSIFIER_ADDR: z.string().default("127.0.0.1:50052"),
  LANDED_COST_ADDR: z.string().default("127.0.0.1:50053"),
  RISK_ADDR: z.string().default("127.0.0.1:50054"),
  /** Deadline for each gRPC call made on behalf of a REST request. */
  GRPC_DEADLINE_MS: z.coerce.number().int().min(10).max(120_000).default(5_000),
  /** Largest accepted request body in bytes. */
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  /** Tariff GET answers are cached this long (0 disables the cache). */
  TARIFF_CACHE_TTL_MS: z.coerce.number().int().min(0).default(30_000),
  /** At most this many cached tariff answers. */
  TARIFF_CACHE_MAX_ENTRIES: z.coerce.number().int().min(0).default(20_000),
  /**
   * A synchronous classify request identical to one answered this recently (same normalized product,
   * lane, goods value and day) is answered from the gateway's cache under a new id (0 disables).
   * Feedback clears it; with several gateways, another gateway's cache follows feedback within this time.
   */
  CLASSIFY_CACHE_TTL_MS: z.coerce.number().int().min(0).default(60_000),
  /** At most this many cached classify answers. */
  CLASSIFY_CACHE_MAX_ENTRIES: z.coerce.number().int().min(0).default(5_000),
  LOG_LEVEL: logLevel,
  /** PostgreSQL (schema "gateway": keys, classifications, batches, webhooks, usage). */
  DATABASE_URL: z.string().default("postgres://postgres@127.0.0.1:5432/openhs"),
  /** NATS with JetStream for batch work; unset = the in-process path (gateway → classifier gRPC). */
  NATS_URL: z.string().optional(),
  /** Prefix of the batch streams and consumers (must match the classifier workers'). */
  BATCH_STREAM_PREFIX: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).default("OPENHS_BATCH"),
  /** Redelivery delay of unacknowledged batch work (JetStream ack wait). */
  BATCH_ACK_WAIT_MS: z.coerce.number().int().min(500).default(30_000),
  /** Batch work with no progress for this long is published again. */
  BATCH_STALL_MS: z.coerce.number().int().min(1000).default(600_000),
  /** Batches up to this many items are answered synchronously. */
  SYNC_BATCH_MAX: z.coerce.number().int().min(0).max(1000).default(100),
  MAX_BATCH_ITEMS: z.coerce.number().int().min(1).max(100_000).default(10_000),
  /** Largest batch request body. */
  BATCH_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(32 * 1_048_576),
  /** Default per-key rate limit for keys created without one (requests per minute). */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** Verified keys are remembered this long (a revocation takes effect within it). */
  KEY_CACHE_TTL_MS: z.coerce.number().int().min(0).default(5_000),
  /** Comma-separated hosts, IPs or CIDR ranges webhooks may reach although private (e.g. "hooks.internal,10.1.0.0/16"). */
  WEBHOOK_ALLOW_HOSTS: z.string().optional(),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(8),
  /** First retry delay; doubles with each attempt (capped at 1 h). */
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).default(5_000),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
});
export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export function readConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return loadConfig(gatewayConfigSchema, env);
}
