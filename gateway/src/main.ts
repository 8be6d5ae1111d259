import { createLogger, onShutdown } from "@openhs/shared";
import { shutdownTelemetry } from "@openhs/shared/telemetry";
import { TtlLru } from "./cache.js";
import { readConfig } from "./config.js";
import { createClients } from "./grpc-clients.js";
import { buildServer } from "./server.js";

const logger = createLogger("gateway");

async function main() {
  const config = readConfig();
  const clients = createClients({ tariff: config.TARIFF_ADDR, classifier: config.CLASSIFIER_ADDR, landedCost: config.LANDED_COST_ADDR, risk: config.RISK_ADDR });
  const cache = new TtlLru<unknown>(config.TARIFF_CACHE_MAX_ENTRIES, config.TARIFF_CACHE_TTL_MS);
  const app = await buildServer({ clients, logger, deadlineMs: config.GRPC_DEADLINE_MS, bodyLimit: config.BODY_LIMIT_BYTES, cache });
  await app.listen({ host: config.HOST, port: config.PORT });
  onShutdown(logger, [
    ["http", () => app.close()],
    ["grpc clients", () => clients.close()],
    ["telemetry", () => shutdownTelemetry()],
  ]);
}

main().catch((err) => {
  logger.fatal({ err }, "gateway failed to start");
  process.exit(1);
});
