import { batchTopology, connectNats, createLogger, drainServer, ensureBatchTopology, listen, onShutdown } from "@openhs/shared";
import { shutdownTelemetry } from "@openhs/shared/telemetry";
import { BatchWorker } from "./adapters/batch-worker.js";
import { bootstrapApp } from "./bootstrap.js";
import { readConfig } from "./config.js";
import { buildServer } from "./server.js";

const logger = createLogger("classifier");

async function main() {
  const config = readConfig();
  const { app, pool, closeTariff } = await bootstrapApp(config, logger);

  const built = buildServer({ app: () => app, logger });
  const bound = await listen(built.server, config.GRPC_HOST, config.GRPC_PORT);
  built.setServing(true);
  logger.info({ port: bound }, "classifier service listening");

  // Batch work over JetStream, when NATS is configured (run more workers with `dist/worker.js`).
  const nc = config.BATCH_WORKER === "1" ? await connectNats(config.NATS_URL, "openhs-classifier", logger) : undefined;
  let worker: BatchWorker | undefined;
  if (nc) {
    const topology = batchTopology(config.BATCH_STREAM_PREFIX);
    await ensureBatchTopology(nc, topology, { ackWaitMs: config.BATCH_ACK_WAIT_MS });
    worker = new BatchWorker(nc, () => app, { topology, concurrency: config.BATCH_WORKER_CONCURRENCY, maxDeliveries: config.BATCH_MAX_DELIVERIES, name: `classifier-${process.pid}`, logger });
    worker.start();
    logger.info({ stream: topology.workStream, concurrency: config.BATCH_WORKER_CONCURRENCY }, "batch worker started");
  }
  onShutdown(logger, [
    ["health", () => built.setServing(false)],
    ["grpc", () => drainServer(built.server)],
    ["batch worker", () => worker?.stop()],
    ["nats", () => nc?.drain()],
    ["tariff client", () => closeTariff()],
    ["pg", () => pool.end()],
    ["telemetry", () => shutdownTelemetry()],
  ]);
}

main().catch((err) => {
  logger.fatal({ err }, "classifier service failed to start");
  process.exit(1);
});
