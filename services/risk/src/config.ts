import { z } from "zod";
import { loadConfig, logLevel, port } from "@openhs/shared";

/** The risk service's configuration, read once from the environment. */
export const configSchema = z.object({
  GRPC_HOST: z.string().default("127.0.0.1"),
  GRPC_PORT: port(50054),
  TARIFF_ADDR: z.string().default("127.0.0.1:50051"),
  /** How long to wait for the tariff service at start. */
  TARIFF_WAIT_MS: z.coerce.number().int().min(0).default(120_000),
  /** Deadline of each call to the tariff service. */
  TARIFF_DEADLINE_MS: z.coerce.number().int().min(10).max(60_000).default(3_000),
  /** Shared data sets (TARIC extracts, US product lists, UK CDS codes); default ../shared/data. */
  HS_DATA_DIR: z.string().optional(),
  /** Folder of reviewed regime files (*.json + coverage.json); default services/risk/data. */
  RISK_REGIMES_DIR: z.string().optional(),
  /** Remembered code checks (0 disables). */
  RISK_CODE_CACHE_MAX_ENTRIES: z.coerce.number().int().min(0).default(20_000),
  LOG_LEVEL: logLevel,
});
export type Config = z.infer<typeof configSchema>;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return loadConfig(configSchema, env);
}
