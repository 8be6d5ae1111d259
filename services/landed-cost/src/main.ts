import { classifierV1, tariffV1 } from "@openhs/proto";
import { createLogger, drainServer, listen, makeClient, onShutdown } from "@openhs/shared";
import { shutdownTelemetry } from "@openhs/shared/telemetry";
import { GrpcClassifier } from "./adapters/classifier-grpc.js";
import { loadRuleTables } from "./adapters/rule-files.js";
import { GrpcTariff } from "./adapters/tariff-grpc.js";
import { LandedCostApp } from "./app.js";
import { readConfig } from "./config.js";
import { buildServer } from "./server.js";

const logger = createLogger("landed-cost");

async function main() {
  const config = readConfig();
  const rules = await loadRuleTables(config.LANDED_COST_RULES_DIR);
  logger.info({ deMinimis: rules.deMinimis.length, destinations: rules.destinations.length, fees: rules.fees.length }, "reviewed rule tables loaded");
  const tariffClient = makeClient(tariffV1.TariffServiceClient, config.TARIFF_ADDR);
  const classifierClient = makeClient(classifierV1.ClassifierServiceClient, config.CLASSIFIER_ADDR);
  const app = new LandedCostApp(new GrpcTariff(tariffClient, config.GRPC_DEADLINE_MS), rules, new GrpcClassifier(classifierClient, config.GRPC_DEADLINE_MS));
  const built = buildServer({ app, logger });
  const bound = await listen(built.server, config.GRPC_HOST, config.GRPC_PORT);
  built.setServing(true);
  logger.info({ port: bound, tariff: config.TARIFF_ADDR, classifier: config.CLASSIFIER_ADDR }, "landed-cost service listening");
  onShutdown(logger, [
    ["health", () => built.setServing(false)],
    ["grpc", () => drainServer(built.server)],
    ["clients", () => (tariffClient.close(), classifierClient.close())],
    ["telemetry", () => shutdownTelemetry()],
  ]);
}

main().catch((err) => {
  logger.fatal({ err }, "landed-cost service failed to start");
  process.exit(1);
});
