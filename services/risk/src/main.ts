import path from "node:path";
import { tariffV1 } from "@openhs/proto";
import { createLogger, dataDir, drainServer, listen, makeClient, onShutdown, sleep } from "@openhs/shared";
import { shutdownTelemetry } from "@openhs/shared/telemetry";
import { loadRegimeSet } from "./adapters/regime-files.js";
import { TariffNomenclature } from "./adapters/tariff.js";
import { RiskApp } from "./app.js";
import { readConfig } from "./config.js";
import { buildServer } from "./server.js";

const logger = createLogger("risk");

async function main() {
  const config = readConfig();
  const t0 = Date.now();
  const regimes = loadRegimeSet({
    dataDir: config.HS_DATA_DIR ? path.resolve(config.HS_DATA_DIR) : dataDir(),
    regimesDir: config.RISK_REGIMES_DIR ? path.resolve(config.RISK_REGIMES_DIR) : undefined,
  });
  logger.info({ regimes: regimes.regimes.length, dataVersion: regimes.dataVersion, ms: Date.now() - t0 }, "regime data loaded");
  for (const f of regimes.crossCheckFindings) logger.warn({ finding: f }, "regime cross-check finding");

  // Codes and countries are checked by the tariff service; wait for it to be up.
  const tariff = makeClient(tariffV1.TariffServiceClient, config.TARIFF_ADDR);
  const nomenclature = new TariffNomenclature(tariff, config.TARIFF_DEADLINE_MS, config.RISK_CODE_CACHE_MAX_ENTRIES);
  const deadline = Date.now() + config.TARIFF_WAIT_MS;
  for (;;) {
    try {
      const ref = await nomenclature.reference();
      logger.info({ countries: ref.countries.size, tariff: config.TARIFF_ADDR }, "country list loaded from the tariff service");
      break;
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`tariff service at ${config.TARIFF_ADDR} not reachable: ${(err as Error).message}`);
      await sleep(500);
    }
  }
  const app = new RiskApp(regimes, nomenclature, logger);
  const built = buildServer({ app: () => app, logger });
  const bound = await listen(built.server, config.GRPC_HOST, config.GRPC_PORT);
  built.setServing(true);
  logger.info({ port: bound }, "risk service listening");
  onShutdown(logger, [
    ["health", () => built.setServing(false)],
    ["grpc", () => drainServer(built.server)],
    ["tariff client", () => tariff.close()],
    ["telemetry", () => shutdownTelemetry()],
  ]);
}

main().catch((err) => {
  logger.fatal({ err }, "risk service failed to start");
  process.exit(1);
});
