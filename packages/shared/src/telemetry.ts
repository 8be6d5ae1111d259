import { NodeSDK, tracing } from "@opentelemetry/sdk-node";
import { GrpcInstrumentation } from "@opentelemetry/instrumentation-grpc";
import { HttpInstrumentation } from "@opentelemetry/instrumentation-http";

let sdk: NodeSDK | undefined;

/** A span exporter that drops spans: used when no OTLP endpoint is configured, so trace ids still exist. */
class DiscardingExporter implements tracing.SpanExporter {
  export(_spans: tracing.ReadableSpan[], done: (r: { code: number }) => void): void {
    done({ code: 0 });
  }
  async shutdown(): Promise<void> {}
}

/**
 * Starts OpenTelemetry tracing for this process. Configuration comes from the standard OTEL_* env
 * (OTEL_SERVICE_NAME, OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_TRACES_EXPORTER, OTEL_TRACES_SAMPLER...).
 * Without an exporter configured, spans are created (ids appear in logs, context propagates) and
 * discarded instead of being sent to an absent collector.
 */
export function startTelemetry(serviceName: string): NodeSDK {
  if (sdk) return sdk;
  process.env.OTEL_SERVICE_NAME ??= serviceName;
  // Logs go through pino and metrics are not exported unless asked for: without this the SDK would
  // default to OTLP exporters for both and wait on an absent collector at shutdown.
  process.env.OTEL_LOGS_EXPORTER ??= "none";
  process.env.OTEL_METRICS_EXPORTER ??= "none";
  const exporterConfigured = Boolean(
    process.env.OTEL_TRACES_EXPORTER || process.env.OTEL_EXPORTER_OTLP_ENDPOINT || process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT,
  );
  sdk = new NodeSDK({
    ...(exporterConfigured ? {} : { spanProcessors: [new tracing.BatchSpanProcessor(new DiscardingExporter())] }),
    instrumentations: [new GrpcInstrumentation(), new HttpInstrumentation()],
  });
  sdk.start();
  return sdk;
}

export async function shutdownTelemetry(): Promise<void> {
  if (!sdk) return;
  const s = sdk;
  sdk = undefined;
  await s.shutdown().catch(() => {});
}
