import { z } from "zod";
import { loadConfig, logLevel, port } from "@openhs/shared";

/** The landed-cost service's configuration, read once from the environment. */
export const configSchema = z.object({
  GRPC_HOST: z.string().default("127.0.0.1"),
  GRPC_PORT: port(50053),
  /** Where the tariff service is (duty rates, VAT, exchange rates, countries). */
  TARIFF_ADDR: z.string().default("127.0.0.1:50051"),
  /** Where the classifier is (used when a request gives a product instead of a code). */
  CLASSIFIER_ADDR: z.string().default("127.0.0.1:50052"),
  /** Deadline of each call to the tariff service / classifier. */
  GRPC_DEADLINE_MS: z.coerce.number().int().min(10).max(120_000).default(5_000),
  /** Folder with the reviewed rule tables (de-minimis.csv, destinations.csv, fees.csv); default: the service's data/. */
  LANDED_COST_RULES_DIR: z.string().optional(),
  LOG_LEVEL: logLevel,
});
export type Config = z.infer<typeof configSchema>;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return loadConfig(configSchema, env);
}
