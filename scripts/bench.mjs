// `npm run bench`: REST latency of tariff look-ups, search and duty rates through the real path
// (HTTP → gateway → gRPC → tariff service, data in PostgreSQL). Targets: look-up p50 ≤ 1 ms,
// search p50 ≤ 5 ms. Then REST classify throughput and p50/p99 at concurrency 32 (target ≥ 1,500
// req/s, p99 ≤ 25 ms) and batch wall time for 1,000 and 10,000 items through NATS JetStream and the
// classifier workers (targets ≤ 2 s and ≤ 15 s). Uses DATABASE_URL (default: the local server's
// database "openhs"); imports the data first if needed; NATS from NATS_URL or 127.0.0.1:4222 (streams
// with a per-run prefix). BENCH_WORKERS (default 1) extra worker processes run beside the classifier's
// own worker. BENCH_SKIP_TARIFF=1 skips the tariff part, BENCH_SKIP_CLASSIFY=1 the REST classify part.
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import http from "node:http";
import { readFileSync } from "node:fs";
import { ensureBuilt, freePort, portOpen, root, sleep } from "./lib.mjs";
import { batchProducts } from "./products.mjs";

ensureBuilt();
const env = { ...process.env, LOG_LEVEL: "warn", DATABASE_URL: process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/openhs" };
const imp = spawnSync(process.execPath, [join(root, "bin", "openhs.js"), "data", "import"], { env, stdio: ["ignore", "ignore", "inherit"] });
if (imp.status !== 0) process.exit(imp.status ?? 1);

const keyRun = spawnSync(process.execPath, [join(root, "bin", "openhs.js"), "keys", "create", "--name", `bench-${Date.now()}`, "--rate-limit", "100000000", "--json"], { env, encoding: "utf8" });
if (keyRun.status !== 0) throw new Error(`creating a bench key failed: ${keyRun.stderr}`);
const KEY = JSON.parse(keyRun.stdout).key;
const AUTH = { authorization: `Bearer ${KEY}` };
const verdict = (v, t) => (v <= t ? "met" : "NOT met");

const natsUrl = process.env.NATS_URL ?? ((await portOpen(4222)) ? "nats://127.0.0.1:4222" : undefined);
const prefix = `BENCH${Date.now().toString(36).toUpperCase()}`;
const batchEnv = natsUrl ? { NATS_URL: natsUrl, BATCH_STREAM_PREFIX: prefix } : {};
const grpcPort = await freePort();
const classifierPort = await freePort();
const httpPort = await freePort();
const riskPort = await freePort();
const landedPort = await freePort();
const tariffAddr = `127.0.0.1:${grpcPort}`;
const procs = [
  spawn(process.execPath, [join(root, "services/tariff/dist/main.js")], { env: { ...env, GRPC_PORT: String(grpcPort), DATA_RELOAD_INTERVAL_MS: "0" }, stdio: "inherit" }),
  spawn(process.execPath, [join(root, "services/classifier/dist/main.js")], { env: { ...env, ...batchEnv, GRPC_PORT: String(classifierPort), TARIFF_ADDR: tariffAddr }, stdio: "inherit" }),
  spawn(process.execPath, [join(root, "services/risk/dist/main.js")], { env: { ...env, GRPC_PORT: String(riskPort), TARIFF_ADDR: tariffAddr }, stdio: "inherit" }),
  spawn(process.execPath, [join(root, "services/landed-cost/dist/main.js")], { env: { ...env, GRPC_PORT: String(landedPort), TARIFF_ADDR: tariffAddr, CLASSIFIER_ADDR: `127.0.0.1:${classifierPort}` }, stdio: "inherit" }),
  spawn(process.execPath, [join(root, "gateway/dist/main.js")], {
    env: { ...env, ...batchEnv, PORT: String(httpPort), TARIFF_ADDR: tariffAddr, CLASSIFIER_ADDR: `127.0.0.1:${classifierPort}`, RISK_ADDR: `127.0.0.1:${riskPort}`, LANDED_COST_ADDR: `127.0.0.1:${landedPort}`, KEY_CACHE_TTL_MS: "60000" },
    stdio: "inherit",
  }),
];
const workers = natsUrl ? Number(process.env.BENCH_WORKERS ?? 1) : 0;
for (let i = 0; i < workers; i++) {
  procs.push(spawn(process.execPath, [join(root, "services/classifier/dist/worker.js")], { env: { ...env, ...batchEnv, TARIFF_ADDR: tariffAddr }, stdio: "inherit" }));
}
const stop = () => procs.forEach((p) => p.kill("SIGTERM"));
process.on("exit", stop);
const names = ["tariff", "classifier", "risk", "landed-cost", "gateway", ...Array.from({ length: workers }, (_, i) => `worker${i + 1}`)];

/**
 * CPU seconds used so far by each service process (Linux /proc; utime + stime). The machine may be
 * shared: CPU time per request is a figure that other load does not inflate the way wall time is.
 */
function cpu() {
  const out = {};
  procs.forEach((p, i) => {
    try {
      const f = readFileSync(`/proc/${p.pid}/stat`, "utf8").split(") ")[1].split(" ");
      out[names[i]] = (Number(f[11]) + Number(f[12])) / 100;
    } catch {
      out[names[i]] = NaN;
    }
  });
  return out;
}
const cpuDelta = (a, b) => Object.fromEntries(Object.keys(b).map((k) => [k, b[k] - a[k]]));
const loadavg = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");

const base = `http://127.0.0.1:${httpPort}`;
for (let i = 0; i < 600; i++) {
  const ready = (await portOpen(httpPort)) && (await fetch(`${base}/ready`).then((r) => r.ok, () => false));
  if (ready) break;
  await sleep(250);
}

const CODES = ["6109100012", "8471300100", "0901210020", "8517130000", "6403999065", "9401694035", "2204100030", "8712002500"];
const HS = ["6109", "847130", "0901", "851713", "640399", "940171", "220421", "871200", "61", "85"];
const QUERIES = ["cotton t-shirt", "laptop computer", "smartphone", "bicycle", "leather handbag", "red wine", "frozen shrimp", "wooden chair", "running shoes", "olive oil", "lithium ion battery", "stainless steel knife"];

// "uncached": every request bypasses the gateway's answer cache (Cache-Control: no-cache), so each
// one goes HTTP → gRPC → in-memory catalog. "cached": repeated look-ups answered by the gateway cache.
async function measure(name, urls, n, cached = false) {
  const headers = cached ? { ...AUTH } : { "cache-control": "no-cache", ...AUTH };
  for (let i = 0; i < 200; i++) await fetch(urls[i % urls.length], { headers }).then((r) => r.arrayBuffer()); // warm-up
  const times = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    const r = await fetch(urls[i % urls.length], { headers });
    await r.arrayBuffer();
    if (!r.ok) throw new Error(`${urls[i % urls.length]} → ${r.status}`);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(2);
  console.log(`${name.padEnd(28)} n=${n}  p50=${q(0.5)} ms  p90=${q(0.9)} ms  p99=${q(0.99)} ms`);
  return Number(q(0.5));
}

console.log(`openhs tariff REST benchmark (sequential requests, keep-alive, node ${process.version})`);
// Steady state: warm the JIT of the gateway, the tariff service and this client on every endpoint first.
{
  const all = [
    ...HS.map((c) => `${base}/v1/commodities/${c}`),
    ...CODES.map((c) => `${base}/v1/commodities/${c}?schedule=us`),
    ...QUERIES.map((q) => `${base}/v1/search?q=${encodeURIComponent(q)}&limit=10`),
    ...CODES.map((c) => `${base}/v1/duty-rates/${c}?origin=CN`),
  ];
  if (!process.env.BENCH_SKIP_TARIFF) for (let i = 0; i < 3000; i++) await fetch(all[i % all.length], { headers: { "cache-control": "no-cache", ...AUTH } }).then((r) => r.arrayBuffer());
}
if (!process.env.BENCH_SKIP_TARIFF) {
const lookup = await measure("look-up HS, uncached", HS.map((c) => `${base}/v1/commodities/${c}`), 3000);
await measure("look-up US 10-digit, uncached", CODES.map((c) => `${base}/v1/commodities/${c}?schedule=us`), 3000);
const search = await measure("search, uncached", QUERIES.map((q) => `${base}/v1/search?q=${encodeURIComponent(q)}&limit=10`), 2000);
await measure("duty rates US/CN, uncached", CODES.map((c) => `${base}/v1/duty-rates/${c}?origin=CN`), 2000);
const lookupCached = await measure("look-up HS, cached", HS.map((c) => `${base}/v1/commodities/${c}`), 3000, true);
const searchCached = await measure("search, cached", QUERIES.map((q) => `${base}/v1/search?q=${encodeURIComponent(q)}&limit=10`), 2000, true);
console.log(`targets: look-up p50 ≤ 1 ms → uncached ${lookup} ms (${verdict(lookup, 1)}), cached ${lookupCached} ms (${verdict(lookupCached, 1)}); ` +
  `search p50 ≤ 5 ms → uncached ${search} ms (${verdict(search, 5)}), cached ${searchCached} ms (${verdict(searchCached, 5)})`);
}

// ---- REST classify at concurrency 32 -------------------------------------------------------------
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
function post(path, body) {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = http.request(`${base}${path}`, { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(data), ...AUTH } }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString() }));
    });
    req.on("error", reject);
    req.end(data);
  });
}
async function getJson(path) {
  return new Promise((resolve, reject) => {
    http.get(`${base}${path}`, { agent, headers: AUTH }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString())));
    }).on("error", reject);
  });
}

/** `total` requests from `concurrency` concurrent clients; throughput and latency percentiles. */
async function load(name, bodies, total, concurrency = 32) {
  const c0 = cpu();
  const times = [];
  let next = 0;
  let errors = 0;
  const t0 = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const s = process.hrtime.bigint();
        const r = await post("/v1/classify", bodies[i % bodies.length]);
        times.push(Number(process.hrtime.bigint() - s) / 1e6);
        if (r.status !== 200) errors++;
      }
    }),
  );
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  const rps = total / secs;
  const d = cpuDelta(c0, cpu());
  const perReq = (k) => ((d[k] * 1000) / total).toFixed(2);
  console.log(`${name.padEnd(44)} n=${total} c=${concurrency}  ${rps.toFixed(0)} req/s  p50=${q(0.5).toFixed(2)} ms  p99=${q(0.99).toFixed(2)} ms  errors=${errors}  ` +
    `CPU/request: gateway ${perReq("gateway")} ms, classifier ${perReq("classifier")} ms, risk ${perReq("risk")} ms  (load average ${loadavg()})`);
  return { rps, p50: q(0.5), p99: q(0.99) };
}

console.log(`\nopenhs classify REST benchmark (concurrency 32, keep-alive; HTTP → gateway (auth, rate limit, storage) → gRPC → classifier)`);
if (!process.env.BENCH_SKIP_CLASSIFY) {
const catalog = batchProducts(200, 200);
await load("warm-up", catalog, 2000);
const repeated = await load("classify, 200 products repeated (answer cache)", catalog, 20_000);
const distinct = await load("classify, every product new (no cache)", batchProducts(3000, 3000).map((p, i) => ({ ...p, product_name: `${p.product_name} ref ${i}` })), 3000);
console.log(`targets: ≥ 1,500 req/s and p99 ≤ 25 ms → repeated ${repeated.rps.toFixed(0)} req/s, p99 ${repeated.p99.toFixed(1)} ms (${repeated.rps >= 1500 && repeated.p99 <= 25 ? "met" : "NOT met"}); ` +
  `new products ${distinct.rps.toFixed(0)} req/s, p99 ${distinct.p99.toFixed(1)} ms (${distinct.rps >= 1500 && distinct.p99 <= 25 ? "met" : "NOT met"})`);
}

// ---- batches ---------------------------------------------------------------------------------------
async function batch(n, distinctProducts) {
  const items = batchProducts(n, distinctProducts).map((p, i) => ({ id: `b${n}-${i}`, ...p, product_name: `${p.product_name} lot ${i % distinctProducts}` }));
  const c0 = cpu();
  const t0 = Date.now();
  const r = await post("/v1/classify/batch?mode=async", { items });
  if (r.status !== 202) throw new Error(`batch submit → ${r.status} ${r.body.slice(0, 300)}`);
  const { batch_id, distinct_products } = JSON.parse(r.body).data;
  const submitted = Date.now() - t0;
  for (;;) {
    const g = await getJson(`/v1/batches/${batch_id}?per_page=1`);
    if (g.data.status === "completed") {
      const wall = Date.now() - t0;
      const d = cpuDelta(c0, cpu());
      const used = Object.entries(d).filter(([k]) => k !== "tariff").map(([k, v]) => `${k} ${v.toFixed(1)}`).join(", ");
      console.log(`batch of ${String(n).padStart(6)} items (${distinct_products} distinct)  wall ${(wall / 1000).toFixed(2)} s  (submit ${submitted} ms)  ${JSON.stringify(g.data.counts)}  CPU s: ${used}  (load average ${loadavg()})${await redeliveries()}`);
      return wall;
    }
    await sleep(100);
  }
}
/** Messages JetStream has redelivered so far (work to the workers, results to the gateway): a sign of work that sat out its ack wait. */
async function redeliveries() {
  try {
    const { connect } = await import("nats");
    const nc = await connect({ servers: natsUrl });
    const jsm = await nc.jetstreamManager();
    const w = await jsm.consumers.info(`${prefix}_WORK`, `${prefix}_workers`);
    const r = await jsm.consumers.info(`${prefix}_RESULTS`, `${prefix}_gateway`);
    await nc.close();
    return w.num_redelivered || r.num_redelivered ? `  redelivered so far: work ${w.num_redelivered}, results ${r.num_redelivered}` : "";
  } catch {
    return "";
  }
}
if (natsUrl) {
  console.log(`\nbatch benchmark (NATS JetStream ${natsUrl}, classifier worker + ${workers} worker process${workers === 1 ? "" : "es"})`);
  const b1 = await batch(1000, 1000);
  const b10 = await batch(10_000, 10_000);
  const b10d = await batch(10_000, 2000);
  console.log(`targets: 1,000 items ≤ 2 s → ${(b1 / 1000).toFixed(2)} s (${verdict(b1, 2000)}); 10,000 items ≤ 15 s → ${(b10 / 1000).toFixed(2)} s all distinct (${verdict(b10, 15000)}), ${(b10d / 1000).toFixed(2)} s with 2,000 distinct (${verdict(b10d, 15000)})`);
  // The per-run streams are empty now; remove them.
  const { connect } = await import("nats");
  const nc = await connect({ servers: natsUrl });
  const jsm = await nc.jetstreamManager();
  for (const s of [`${prefix}_WORK`, `${prefix}_RESULTS`]) await jsm.streams.delete(s).catch(() => {});
  await nc.close();
} else {
  console.log("\nno NATS server (NATS_URL or 127.0.0.1:4222): batch benchmark skipped");
}
stop();
process.exit(0);
