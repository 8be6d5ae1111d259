import { z } from "zod";
import { loadConfig, logLevel, port } from "@openhs/shared";

/** The risk service's configuration, read once from the environment. */
export const configSchema = z.object({
  GRPC_HOST: z.string().default("127.0.0.1"),
  GRPC_PORT: port(50054),
  LOG_LEVEL: logLevel,
});
export type Config = z.infer<typeof configSchema>;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return loadConfig(configSchema, env);
}
