// `npm start`: install if needed, build, pick PostgreSQL / NATS (configured, local, or embedded),
// import the tariff data if needed, then run every service and the gateway as separate processes.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { ensureBuilt, ensureInstalled, portOpen, root, sleep } from "./lib.mjs";

ensureInstalled();
ensureBuilt();
const { CLASSIFIER_NODE_FLAGS } = await import("@openhs/shared");

const log = (msg) => console.error(`[openhs] ${msg}`);
const env = { ...process.env };
let embedded;

const forceEmbedded = env.OPENHS_EMBEDDED === "1";
if (env.DATABASE_URL && !forceEmbedded) {
  log("PostgreSQL: using DATABASE_URL");
} else if (!forceEmbedded && (await portOpen(5432))) {
  env.DATABASE_URL = "postgres://postgres@127.0.0.1:5432/openhs";
  log("PostgreSQL: found a server on 127.0.0.1:5432, using database 'openhs'");
} else {
  const { startEmbeddedPostgres } = await import("@openhs/shared/embedded");
  const port = Number(env.OPENHS_EMBEDDED_PG_PORT ?? 54329);
  embedded = await startEmbeddedPostgres({ dataDir: join(root, ".openhs", "pgdata"), port });
  env.DATABASE_URL = embedded.url;
  log(`PostgreSQL: ${forceEmbedded ? "OPENHS_EMBEDDED=1" : "no server configured or running"}; started embedded PGlite on 127.0.0.1:${port} (data in .openhs/pgdata)`);
}

if (forceEmbedded) {
  delete env.NATS_URL;
  log("NATS: OPENHS_EMBEDDED=1, services use their in-process stand-in for NATS");
} else if (env.NATS_URL) {
  log("NATS: using NATS_URL");
} else if (await portOpen(4222)) {
  env.NATS_URL = "nats://127.0.0.1:4222";
  log("NATS: found a server on 127.0.0.1:4222");
} else {
  log("NATS: no server configured or running; services use their in-process stand-in for NATS");
}

// Import tariff data (idempotent: unchanged sources are skipped by content hash).
log("importing tariff data if needed…");
await new Promise((resolve, reject) => {
  const p = spawn(process.execPath, [join(root, "bin", "openhs.js"), "data", "import"], { stdio: "inherit", env, cwd: root });
  p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`data import failed (exit ${code})`))));
});

// The API needs a key: print the local development one (created on first start, kept in .openhs/local-key).
const localKey = await new Promise((resolve, reject) => {
  const p = spawn(process.execPath, [join(root, "bin", "openhs.js"), "keys", "local"], { stdio: ["ignore", "pipe", "inherit"], env, cwd: root });
  let out = "";
  p.stdout.on("data", (d) => (out += d));
  p.on("exit", (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`creating the local API key failed (exit ${code})`))));
});

const ports = {
  tariff: Number(env.TARIFF_PORT ?? 50051),
  classifier: Number(env.CLASSIFIER_PORT ?? 50052),
  landedCost: Number(env.LANDED_COST_PORT ?? 50053),
  risk: Number(env.RISK_PORT ?? 50054),
  gateway: Number(env.PORT ?? 3000),
};
const addr = (p) => `127.0.0.1:${p}`;
const common = {
  ...env,
  TARIFF_ADDR: env.TARIFF_ADDR ?? addr(ports.tariff),
  CLASSIFIER_ADDR: env.CLASSIFIER_ADDR ?? addr(ports.classifier),
  LANDED_COST_ADDR: env.LANDED_COST_ADDR ?? addr(ports.landedCost),
  RISK_ADDR: env.RISK_ADDR ?? addr(ports.risk),
};
const services = [
  ["tariff", "services/tariff/dist/main.js", { GRPC_PORT: String(ports.tariff) }],
  ["classifier", "services/classifier/dist/main.js", { GRPC_PORT: String(ports.classifier) }],
  ["landed-cost", "services/landed-cost/dist/main.js", { GRPC_PORT: String(ports.landedCost) }],
  ["risk", "services/risk/dist/main.js", { GRPC_PORT: String(ports.risk) }],
  ["gateway", "gateway/dist/main.js", { PORT: String(ports.gateway) }],
];

const children = [];
let stopping = false;
for (const [name, file, extra] of services) {
  const flags = name === "classifier" ? CLASSIFIER_NODE_FLAGS : [];
  const child = spawn(process.execPath, [...flags, "--import", "@openhs/shared/otel-setup", join(root, file)], {
    cwd: root,
    env: { ...common, ...extra, OTEL_SERVICE_NAME: `openhs-${name}`, OPENHS_LAUNCHER_PID: String(process.pid) },
    stdio: ["ignore", "inherit", "inherit"],
  });
  child.on("exit", (code, signal) => {
    if (!stopping) {
      log(`${name} exited (${signal ?? code}); stopping the suite`);
      void stop(1);
    }
  });
  children.push([name, child]);
}

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  log("stopping…");
  await Promise.all(
    children.map(
      ([, c]) =>
        new Promise((resolve) => {
          if (c.exitCode !== null || c.signalCode !== null) return resolve();
          c.once("exit", resolve);
          c.kill("SIGTERM");
          setTimeout(() => c.kill("SIGKILL"), 15_000).unref();
        }),
    ),
  );
  if (embedded) await embedded.stop();
  log("stopped");
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

// Report when the gateway answers.
for (let i = 0; i < 120 && !stopping; i++) {
  if (await portOpen(ports.gateway)) {
    try {
      const res = await fetch(`http://127.0.0.1:${ports.gateway}/health`);
      if (res.ok) {
        log(`openhs is up: REST http://localhost:${ports.gateway}  ·  API docs http://localhost:${ports.gateway}/docs  ·  Ctrl-C stops everything`);
        log(`local API key (send it as 'Authorization: Bearer <key>'):\n\n  export OPENHS_KEY=${localKey}\n`);
        break;
      }
    } catch {}
  }
  await sleep(500);
}
