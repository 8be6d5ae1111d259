import { createLogger, createPool, drainServer, listen, migrate, onShutdown, safeUrl } from "@openhs/shared";
import { shutdownTelemetry } from "@openhs/shared/telemetry";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { currentDataVersion, loadCatalog } from "./adapters/pg-snapshot.js";
import { readConfig } from "./config.js";
import { buildServer, type CatalogHolder } from "./server.js";

const logger = createLogger("tariff");

async function main() {
  const config = readConfig();
  const pool = createPool(config.DATABASE_URL);
  logger.info({ database: safeUrl(config.DATABASE_URL) }, "starting tariff service");
  await migrate(pool, "tariff", path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "migrations"));
  const t0 = Date.now();
  const holder: CatalogHolder = { catalog: await loadCatalog(pool) };
  logger.info({ ms: Date.now() - t0, rows: holder.catalog.nomenclature.rowCount, dataVersion: holder.catalog.dataVersion }, "catalog loaded");
  const built = buildServer({ holder, logger });
  const bound = await listen(built.server, config.GRPC_HOST, config.GRPC_PORT);
  built.setServing(true);
  logger.info({ port: bound }, "tariff service listening");

  // Reload the in-memory catalog when the data is re-imported.
  const reload = config.DATA_RELOAD_INTERVAL_MS > 0
    ? setInterval(async () => {
        try {
          const v = await currentDataVersion(pool);
          if (v !== holder.catalog.dataVersion) {
            holder.catalog = await loadCatalog(pool);
            logger.info({ dataVersion: holder.catalog.dataVersion }, "catalog reloaded after data import");
          }
        } catch (err) {
          logger.warn({ err }, "data version check failed");
        }
      }, config.DATA_RELOAD_INTERVAL_MS)
    : undefined;
  reload?.unref();

  onShutdown(logger, [
    ["health", () => built.setServing(false)],
    ["grpc", () => drainServer(built.server)],
    ["reload", () => reload && clearInterval(reload)],
    ["pg", () => pool.end()],
    ["telemetry", () => shutdownTelemetry()],
  ]);
}

main().catch((err) => {
  logger.fatal({ err }, "tariff service failed to start");
  process.exit(1);
});
