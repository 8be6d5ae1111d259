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
});
export type Config = z.infer<typeof configSchema>;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return loadConfig(configSchema, env);
}
