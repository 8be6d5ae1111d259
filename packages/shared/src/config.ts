import { z } from "zod";

/** Error thrown when the environment does not satisfy a service's config schema. */
export class ConfigError extends Error {
  constructor(public readonly issues: string[]) {
    super(`invalid configuration:\n  ${issues.join("\n  ")}`);
    this.name = "ConfigError";
  }
}

/**
 * Reads and validates the environment once, against a zod object schema whose keys are env var
 * names. Empty strings count as unset. Throws a ConfigError naming every bad variable.
 */
export function loadConfig<S extends z.ZodObject>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const input: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const v = env[key];
    if (v !== undefined && v !== "") input[key] = v;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".") || "(env)"}: ${i.message}`));
  }
  return parsed.data;
}

/** Common env vars: a port number, a listen address, a log level. */
export const port = (def: number) => z.coerce.number().int().min(0).max(65535).default(def);
export const logLevel = z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info");
export const url = z.string().url();
