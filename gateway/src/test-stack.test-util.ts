// Test helper: the whole suite in one process on 127.0.0.1:0 — tariff and classifier gRPC servers on
// the real data, the gateway with its API (keys, store, dispatcher) on the test database — and a key.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { connect, type NatsConnection } from "nats";
import { batchTopology, createLogger, createPool, deleteBatchTopology, ensureBatchTopology, listen, migrate, type BuiltServer, type Pool } from "@openhs/shared";
import { loadCatalog } from "../../services/tariff/src/adapters/pg-snapshot.js";
import { buildServer as buildTariff } from "../../services/tariff/src/server.js";
import { ClassificationStore } from "../../services/classifier/src/adapters/pg-store.js";
import { BatchWorker } from "../../services/classifier/src/adapters/batch-worker.js";
import { ClassifierApp } from "../../services/classifier/src/app.js";
import { ClassifierEngine } from "../../services/classifier/src/domain/engine.js";
import { buildServer as buildClassifier } from "../../services/classifier/src/server.js";
import { testKnowledge } from "../../services/classifier/src/test-knowledge.test-util.js";
import { loadRegimeSet } from "../../services/risk/src/adapters/regime-files.js";
import { TariffNomenclature } from "../../services/risk/src/adapters/tariff.js";
import { RiskApp } from "../../services/risk/src/app.js";
import { buildServer as buildRisk } from "../../services/risk/src/server.js";
import { tariffV1 } from "@openhs/proto";
import { dataDir, makeClient } from "@openhs/shared";
import { createApi, type ApiOptions } from "./app-factory.js";
import { createClients, type Clients } from "./grpc-clients.js";
import { buildServer } from "./server.js";
import { run as keysCli } from "./cli/keys.js";

const here = path.dirname(fileURLToPath(import.meta.url));
export const NATS_URL = process.env.TEST_NATS_URL ?? "nats://127.0.0.1:4222";

export interface Stack {
  pool: Pool;
  app: FastifyInstance;
  clients: Clients;
  tariffPort: number;
  classifierPort: number;
  capp: ClassifierApp;
  api: Awaited<ReturnType<typeof createApi>>;
  /** A key created through the CLI's code path, and its auth header. */
  key: string;
  auth: Record<string, string>;
  nc?: NatsConnection;
  prefix?: string;
  worker?: BatchWorker;
  newKey(rateLimit?: number): Promise<string>;
  close(): Promise<void>;
}

/** Creates a key the way `openhs keys create --name NAME --json` does, and returns the plain key. */
export async function cliKey(databaseUrl: string, name: string, rateLimit = 100_000): Promise<string> {
  let out = "";
  const prev = process.env.DATABASE_URL;
  process.env.DATABASE_URL = databaseUrl;
  try {
    const code = await keysCli("create", ["--name", name, "--rate-limit", String(rateLimit), "--json"], (s) => (out += s));
    if (code !== 0) throw new Error(`keys create exited ${code}`);
  } finally {
    if (prev === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = prev;
  }
  return JSON.parse(out).key;
}

export async function startStack(databaseUrl: string, opts: { nats?: boolean; natsUrl?: string; worker?: boolean; api?: ApiOptions; ackWaitMs?: number } = {}): Promise<Stack> {
  const pool = createPool(databaseUrl, 8);
  const silent = createLogger("test", "silent");
  const tariff: BuiltServer = buildTariff({ holder: { catalog: await loadCatalog(pool) }, logger: silent });
  const tariffPort = await listen(tariff.server, "127.0.0.1", 0);
  tariff.setServing(true);
  await migrate(pool, "classifier", path.join(here, "../../services/classifier/migrations"));
  const { knowledge, dataVersion } = await testKnowledge(databaseUrl);
  const capp = new ClassifierApp(new ClassifierEngine(knowledge), dataVersion, new ClassificationStore(pool), silent);
  const classifier = buildClassifier({ app: () => capp, logger: silent });
  const classifierPort = await listen(classifier.server, "127.0.0.1", 0);
  classifier.setServing(true);
  const riskTariff = makeClient(tariffV1.TariffServiceClient, `127.0.0.1:${tariffPort}`);
  const riskApp = new RiskApp(loadRegimeSet({ dataDir: dataDir() }), new TariffNomenclature(riskTariff), silent);
  const risk = buildRisk({ app: () => riskApp, logger: silent });
  const riskPort = await listen(risk.server, "127.0.0.1", 0);
  risk.setServing(true);
  const clients = createClients({ tariff: `127.0.0.1:${tariffPort}`, classifier: `127.0.0.1:${classifierPort}`, risk: `127.0.0.1:${riskPort}` });

  let nc: NatsConnection | undefined;
  let prefix: string | undefined;
  if (opts.nats) {
    nc = await connect({ servers: opts.natsUrl ?? NATS_URL, name: "openhs-test", reconnect: true, maxReconnectAttempts: -1, reconnectTimeWait: 250 });
    prefix = `T${randomBytes(5).toString("hex")}`;
  }
  const api = await createApi(pool, clients, silent, nc, {
    KEY_CACHE_TTL_MS: 0,
    BATCH_STREAM_PREFIX: prefix,
    BATCH_ACK_WAIT_MS: opts.ackWaitMs ?? 5000,
    WEBHOOK_ALLOW_HOSTS: "127.0.0.1,example.com",
    WEBHOOK_RETRY_BASE_MS: 50,
    webhookPollMs: 50,
    ssePollMs: 50,
    usageFlushMs: 0,
    // Test stacks share one database: none may pick up another stack's pending work.
    resumeOnStart: false,
    BATCH_STALL_MS: 86_400_000,
    services: { tariff: `127.0.0.1:${tariffPort}`, classifier: `127.0.0.1:${classifierPort}`, risk: `127.0.0.1:${riskPort}` },
    ...opts.api,
  });
  await api.start();
  let worker: BatchWorker | undefined;
  if (nc && opts.worker !== false) {
    const topology = batchTopology(prefix);
    await ensureBatchTopology(nc, topology, { ackWaitMs: opts.ackWaitMs ?? 5000 });
    worker = new BatchWorker(nc, () => capp, { topology, concurrency: 64, maxDeliveries: 5, name: "test-worker", logger: silent });
    worker.start();
  }
  const app = await buildServer({ clients, logger: silent, api: api.api });
  const newKey = (rateLimit = 100_000) => cliKey(databaseUrl, `test-${randomBytes(3).toString("hex")}`, rateLimit);
  const key = await newKey();
  return {
    pool, app, clients, tariffPort, classifierPort, capp, api, key, nc, prefix, worker, newKey,
    auth: { authorization: `Bearer ${key}` },
    async close() {
      await app.close();
      await worker?.stop();
      await api.stop();
      if (nc && prefix) {
        await deleteBatchTopology(nc, batchTopology(prefix));
        await nc.drain();
      }
      clients.close();
      riskTariff.close();
      risk.server.forceShutdown();
      tariff.server.forceShutdown();
      classifier.server.forceShutdown();
      await pool.end();
    },
  };
}
