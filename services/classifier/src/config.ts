import { z } from "zod";
import { loadConfig, logLevel, port } from "@openhs/shared";

/** The classifier service's configuration, read once from the environment. */
export const configSchema = z.object({
  GRPC_HOST: z.string().default("127.0.0.1"),
  GRPC_PORT: port(50052),
  TARIFF_ADDR: z.string().default("127.0.0.1:50051"),
  DATABASE_URL: z.string().default("postgres://postgres@127.0.0.1:5432/openhs"),
  HS_DATA_DIR: z.string().optional(),
  /** How long to wait for the tariff service at start. */
  TARIFF_WAIT_MS: z.coerce.number().int().min(0).default(120_000),
  LOG_LEVEL: logLevel,
  /** NATS with JetStream; unset = no batch worker in this process (the gateway's in-process path is used). */
  NATS_URL: z.string().optional(),
  /** Prefix of the batch streams and consumers (must match the gateway's). */
  BATCH_STREAM_PREFIX: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).default("OPENHS_BATCH"),
  /** Run a batch worker inside the classifier service process (0 = only the gRPC service). */
  BATCH_WORKER: z.enum(["0", "1"]).default("1"),
  /** Work items a worker holds (unacknowledged) at once. */
  BATCH_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(64),
  /** Redelivery delay of an item whose worker died (JetStream ack wait). */
  BATCH_ACK_WAIT_MS: z.coerce.number().int().min(500).default(30_000),
  /** A work item that keeps failing for infrastructure reasons is failed after this many deliveries. */
  BATCH_MAX_DELIVERIES: z.coerce.number().int().min(1).default(5),
});
export type Config = z.infer<typeof configSchema>;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return loadConfig(configSchema, env);
}
