// `npm run bench`: REST latency of tariff look-ups, search and duty rates through the real path
// (HTTP → gateway → gRPC → tariff service, data in PostgreSQL). Targets: look-up p50 ≤ 1 ms,
// search p50 ≤ 5 ms. Uses DATABASE_URL (default: the local server's database "openhs"); imports the
// data first if needed.
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { ensureBuilt, freePort, portOpen, root, sleep } from "./lib.mjs";

ensureBuilt();
const env = { ...process.env, LOG_LEVEL: "warn", DATABASE_URL: process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/openhs" };
const imp = spawnSync(process.execPath, [join(root, "bin", "openhs.js"), "data", "import"], { env, stdio: ["ignore", "ignore", "inherit"] });
if (imp.status !== 0) process.exit(imp.status ?? 1);

const grpcPort = await freePort();
const httpPort = await freePort();
const procs = [
  spawn(process.execPath, [join(root, "services/tariff/dist/main.js")], { env: { ...env, GRPC_PORT: String(grpcPort), DATA_RELOAD_INTERVAL_MS: "0" }, stdio: "inherit" }),
  spawn(process.execPath, [join(root, "gateway/dist/main.js")], { env: { ...env, PORT: String(httpPort), TARIFF_ADDR: `127.0.0.1:${grpcPort}` }, stdio: "inherit" }),
];
const stop = () => procs.forEach((p) => p.kill("SIGTERM"));
process.on("exit", stop);

const base = `http://127.0.0.1:${httpPort}`;
for (let i = 0; i < 120; i++) {
  if ((await portOpen(httpPort)) && (await fetch(`${base}/v1/commodities/61`).then((r) => r.ok, () => false))) break;
  await sleep(250);
}

const CODES = ["6109100012", "8471300100", "0901210020", "8517130000", "6403999065", "9401694035", "2204100030", "8712002500"];
const HS = ["6109", "847130", "0901", "851713", "640399", "940171", "220421", "871200", "61", "85"];
const QUERIES = ["cotton t-shirt", "laptop computer", "smartphone", "bicycle", "leather handbag", "red wine", "frozen shrimp", "wooden chair", "running shoes", "olive oil", "lithium ion battery", "stainless steel knife"];

// "uncached": every request bypasses the gateway's answer cache (Cache-Control: no-cache), so each
// one goes HTTP → gRPC → in-memory catalog. "cached": repeated look-ups answered by the gateway cache.
async function measure(name, urls, n, cached = false) {
  const headers = cached ? {} : { "cache-control": "no-cache" };
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
  for (let i = 0; i < 3000; i++) await fetch(all[i % all.length], { headers: { "cache-control": "no-cache" } }).then((r) => r.arrayBuffer());
}
const lookup = await measure("look-up HS, uncached", HS.map((c) => `${base}/v1/commodities/${c}`), 3000);
await measure("look-up US 10-digit, uncached", CODES.map((c) => `${base}/v1/commodities/${c}?schedule=us`), 3000);
const search = await measure("search, uncached", QUERIES.map((q) => `${base}/v1/search?q=${encodeURIComponent(q)}&limit=10`), 2000);
await measure("duty rates US/CN, uncached", CODES.map((c) => `${base}/v1/duty-rates/${c}?origin=CN`), 2000);
const lookupCached = await measure("look-up HS, cached", HS.map((c) => `${base}/v1/commodities/${c}`), 3000, true);
const searchCached = await measure("search, cached", QUERIES.map((q) => `${base}/v1/search?q=${encodeURIComponent(q)}&limit=10`), 2000, true);
const verdict = (v, t) => (v <= t ? "met" : "NOT met");
console.log(`targets: look-up p50 ≤ 1 ms → uncached ${lookup} ms (${verdict(lookup, 1)}), cached ${lookupCached} ms (${verdict(lookupCached, 1)}); ` +
  `search p50 ≤ 5 ms → uncached ${search} ms (${verdict(search, 5)}), cached ${searchCached} ms (${verdict(searchCached, 5)})`);
stop();
process.exit(0);
