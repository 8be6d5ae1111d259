/**
 * Preload module: `node --import @openhs/shared/otel-setup <main.js>`. Registers the ESM loader hook
 * before the application loads (so grpc-js and http are instrumented) and starts the SDK.
 */
import { register } from "node:module";
import { startTelemetry } from "./telemetry.js";

register("@opentelemetry/instrumentation/hook.mjs", import.meta.url);
startTelemetry(process.env.OTEL_SERVICE_NAME ?? "openhs");
