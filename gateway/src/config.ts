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
  LOG_LEVEL: logLevel,
});
export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export function readConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return loadConfig(gatewayConfigSchema, env);
}
