// A standalone classifier batch worker: the same engine as the classifier service, no gRPC server.
// Run as many as the CPU allows; JetStream spreads batch items over every worker.
//   NATS_URL=nats://127.0.0.1:4222 node services/classifier/dist/worker.js
import { batchTopology, connectNats, createLogger, ensureBatchTopology, onShutdown } from "@openhs/shared";
import { shutdownTelemetry } from "@openhs/shared/telemetry";
import { BatchWorker } from "./adapters/batch-worker.js";
import { bootstrapApp } from "./bootstrap.js";
import { readConfig } from "./config.js";

const logger = createLogger("classifier-worker");

async function main() {
  const config = readConfig();
  if (!config.NATS_URL) throw new Error("NATS_URL is required for a standalone batch worker");
  const { app, pool, closeTariff } = await bootstrapApp(config, logger);
  const nc = (await connectNats(config.NATS_URL, "openhs-classifier-worker", logger))!;
  const topology = batchTopology(config.BATCH_STREAM_PREFIX);
  await ensureBatchTopology(nc, topology, { ackWaitMs: config.BATCH_ACK_WAIT_MS });
  const worker = new BatchWorker(nc, () => app, { topology, concurrency: config.BATCH_WORKER_CONCURRENCY, maxDeliveries: config.BATCH_MAX_DELIVERIES, name: `worker-${process.pid}`, logger });
  worker.start();
  logger.info({ stream: topology.workStream, concurrency: config.BATCH_WORKER_CONCURRENCY }, "batch worker ready");
  onShutdown(logger, [
    ["batch worker", () => worker.stop()],
    ["nats", () => nc.drain()],
    ["tariff client", () => closeTariff()],
    ["pg", () => pool.end()],
    ["telemetry", () => shutdownTelemetry()],
  ]);
}

main().catch((err) => {
  logger.fatal({ err }, "classifier worker failed to start");
  process.exit(1);
});
