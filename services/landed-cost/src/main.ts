import { createLogger, drainServer, listen, onShutdown } from "@openhs/shared";
import { shutdownTelemetry } from "@openhs/shared/telemetry";
import { readConfig } from "./config.js";
import { buildServer } from "./server.js";

const logger = createLogger("landed-cost");

async function main() {
  const config = readConfig();
  const built = buildServer({ logger });
  const bound = await listen(built.server, config.GRPC_HOST, config.GRPC_PORT);
  built.setServing(true);
  logger.info({ port: bound }, "landed-cost service listening");
  onShutdown(logger, [
    ["health", () => built.setServing(false)],
    ["grpc", () => drainServer(built.server)],
    ["telemetry", () => shutdownTelemetry()],
  ]);
}

main().catch((err) => {
  logger.fatal({ err }, "landed-cost service failed to start");
  process.exit(1);
});
