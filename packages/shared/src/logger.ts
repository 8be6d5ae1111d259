import { trace, context } from "@opentelemetry/api";
import { pino, type Logger } from "pino";

export type { Logger };

/** Keys whose values never reach a log line. */
const REDACT = [
  "authorization", "*.authorization", "headers.authorization", "req.headers.authorization",
  "req.headers[\"x-api-key\"]", "headers[\"x-api-key\"]", "apiKey", "*.apiKey", "api_key", "*.api_key",
  "password", "*.password", "secret", "*.secret", "connectionString", "*.connectionString",
];

/**
 * pino JSON logger for a service. Every line carries the active trace and span ids (when a span is
 * active), so logs and traces can be joined.
 */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    redact: { paths: REDACT, censor: "[redacted]" },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin() {
      const span = trace.getSpan(context.active());
      if (!span) return {};
      const ctx = span.spanContext();
      return { trace_id: ctx.traceId, span_id: ctx.spanId };
    },
  });
}

/** Strips credentials from a connection URL before it is logged. */
export function safeUrl(u: string | undefined): string | undefined {
  if (!u) return u;
  try {
    const parsed = new URL(u);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "[unparseable url]";
  }
}
