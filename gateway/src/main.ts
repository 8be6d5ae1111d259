import { connectNats, createLogger, createPool, onShutdown, safeUrl } from "@openhs/shared";
import { shutdownTelemetry } from "@openhs/shared/telemetry";
import { TtlLru } from "./cache.js";
import { readConfig } from "./config.js";
import { createApi } from "./app-factory.js";
import { createClients } from "./grpc-clients.js";
import { buildServer } from "./server.js";

const logger = createLogger("gateway");

async function main() {
  const config = readConfig();
  const clients = createClients({ tariff: config.TARIFF_ADDR, classifier: config.CLASSIFIER_ADDR, risk: config.RISK_ADDR });
  const cache = new TtlLru<unknown>(config.TARIFF_CACHE_MAX_ENTRIES, config.TARIFF_CACHE_TTL_MS);
  const pool = createPool(config.DATABASE_URL, 16);
  logger.info({ database: safeUrl(config.DATABASE_URL) }, "starting gateway");
  const nc = await connectNats(config.NATS_URL, "openhs-gateway", logger);
  const api = await createApi(pool, clients, logger, nc, {
    ...config,
    services: { tariff: config.TARIFF_ADDR, classifier: config.CLASSIFIER_ADDR, "landed-cost": config.LANDED_COST_ADDR, risk: config.RISK_ADDR },
  });
  await api.start();
  logger.info({ batch_mode: api.api.dispatcher.kind }, nc ? "batch work goes through NATS JetStream" : "no NATS: batch work runs on the in-process path (gateway → classifier gRPC)");
  const app = await buildServer({ clients, logger, deadlineMs: config.GRPC_DEADLINE_MS, bodyLimit: config.BODY_LIMIT_BYTES, cache, api: api.api });
  await app.listen({ host: config.HOST, port: config.PORT });
  onShutdown(logger, [
    ["http", () => app.close()],
    ["batch work and webhooks", () => api.stop()],
    ["grpc clients", () => clients.close()],
    ["nats", () => nc?.drain()],
    ["pg", () => pool.end()],
    ["telemetry", () => shutdownTelemetry()],
  ]);
}

main().catch((err) => {
  logger.fatal({ err }, "gateway failed to start");
  process.exit(1);
});
