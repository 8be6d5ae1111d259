import { z } from "zod";
import { loadConfig, logLevel, port } from "@openhs/shared";

/** The tariff service's whole configuration, read once from the environment. */
export const tariffConfigSchema = z.object({
  GRPC_HOST: z.string().default("127.0.0.1"),
  GRPC_PORT: port(50051),
  DATABASE_URL: z.string().default("postgres://postgres@127.0.0.1:5432/openhs"),
  LOG_LEVEL: logLevel,
  /** How often to check whether the data was re-imported (and reload the in-memory catalog). 0 = never. */
  DATA_RELOAD_INTERVAL_MS: z.coerce.number().int().min(0).default(60_000),
});
export type TariffConfig = z.infer<typeof tariffConfigSchema>;

export function readConfig(env: NodeJS.ProcessEnv = process.env): TariffConfig {
  return loadConfig(tariffConfigSchema, env);
}
