import { afterAll, afterEach, describe, expect, inject, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startStack, NATS_URL, type Stack } from "./test-stack.test-util.js";
import { batchProducts } from "./batch-products.test-util.js";

/**
 * Failures mid-batch, on the real NATS and PostgreSQL: a worker process killed with SIGKILL and
 * restarted, and a NATS server restarted (a private one, on its own port and store directory).
 * Either way every item ends completed exactly once.
 */

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "../..");
const WORKER = path.join(root, "services/classifier/dist/worker.js");
const NATS_SERVER = process.env.NATS_SERVER_BIN ?? "/usr/sbin/nats-server";
const N = 1500;
const children: ChildProcess[] = [];
let stack: Stack | undefined;

afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  await stack?.close();
  stack = undefined;
});
afterAll(() => {
  for (const c of children) c.kill("SIGKILL");
});

const until = async <T>(fn: () => Promise<T | undefined | false>, ms: number, every = 200): Promise<T> => {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, every));
  }
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/** Spawns a process and resolves once a line of its output contains `ready`. */
function spawnUntil(cmd: string, args: string[], env: NodeJS.ProcessEnv, ready: string, timeoutMs: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    let out = "";
    const timer = setTimeout(() => reject(new Error(`${path.basename(cmd)} not ready in ${timeoutMs} ms:\n${out.slice(-2000)}`)), timeoutMs);
    const onData = (d: Buffer) => {
      out += d.toString();
      if (out.includes(ready)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code, sig) => {
      clearTimeout(timer);
      if (!out.includes(ready)) reject(new Error(`${path.basename(cmd)} exited (${sig ?? code}) before it was ready:\n${out.slice(-2000)}`));
    });
  });
}

const exited = (c: ChildProcess) => new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once("exit", () => r())));

async function submit(s: Stack) {
  const items = batchProducts(N, N).map((p: Record<string, unknown>, i: number) => ({ id: `p-${i}`, ...p }));
  const r = await s.app.inject({ method: "POST", url: "/v1/classify/batch", payload: { items }, headers: s.auth });
  expect(r.statusCode).toBe(202);
  return r.json().data.batch_id as string;
}

const counts = async (s: Stack, id: string) => (await s.app.inject({ method: "GET", url: `/v1/batches/${id}?per_page=1`, headers: s.auth })).json().data;

/** Every item completed exactly once: one row per item, one stored answer per id, none left or failed. */
async function expectExactlyOnce(s: Stack, id: string) {
  const done = await until(async () => {
    const c = await counts(s, id);
    return c.status === "completed" && c;
  }, 240_000, 500);
  expect(done.counts).toEqual({ total: N, completed: N, failed: 0, pending: 0 });
  const rows = await s.pool.query("SELECT id, item_id, status, attempts, output->>'id' AS cid FROM gateway.classification WHERE batch_id = $1", [id]);
  expect(rows.rowCount).toBe(N);
  expect(new Set(rows.rows.map((r) => r.item_id)).size).toBe(N);
  expect(rows.rows.every((r) => r.status === "completed" && r.cid === r.id)).toBe(true);
  const stored = await s.pool.query("SELECT count(*)::int AS n FROM classifier.classification WHERE id = ANY($1::uuid[])", [rows.rows.map((r) => r.id)]);
  expect(stored.rows[0].n).toBe(N);
  return rows.rows;
}

describe("failures mid-batch", () => {
  it("a worker process killed with SIGKILL and restarted: every item completed exactly once", async () => {
    expect(existsSync(WORKER), `${WORKER} missing: run npm run build`).toBe(true);
    const s = (stack = await startStack(inject("databaseUrl"), { nats: true, worker: false, ackWaitMs: 2000 }));
    const env = {
      ...process.env,
      NATS_URL,
      BATCH_STREAM_PREFIX: s.prefix!,
      BATCH_ACK_WAIT_MS: "2000",
      BATCH_WORKER_CONCURRENCY: "32",
      TARIFF_ADDR: `127.0.0.1:${s.tariffPort}`,
      DATABASE_URL: inject("databaseUrl"),
      LOG_LEVEL: "info",
      OPENHS_LAUNCHER_PID: String(process.pid),
    };
    const first = await spawnUntil(process.execPath, [WORKER], env, "batch worker ready", 120_000);
    const id = await submit(s);
    await until(async () => (await counts(s, id)).counts.completed >= N / 5, 120_000, 100);
    first.kill("SIGKILL");
    await exited(first);
    const atKill = (await counts(s, id)).counts;
    expect(atKill.pending).toBeGreaterThan(0);
    await spawnUntil(process.execPath, [WORKER], env, "batch worker ready", 120_000);
    // Exactly once, whether the killed worker held messages in flight (redelivered after the ack wait) or had
    // just acked its last fetch: the kill happened with work pending (asserted above).
    await expectExactlyOnce(s, id);
  }, 400_000);

  it("NATS restarted mid-batch: every item completed exactly once", async () => {
    const port = await freePort();
    const dir = mkdtempSync(path.join(os.tmpdir(), "openhs-nats-"));
    const args = ["-a", "127.0.0.1", "-p", String(port), "-js", "-sd", dir];
    try {
      let server = await spawnUntil(NATS_SERVER, args, process.env, "Server is ready", 20_000);
      const s = (stack = await startStack(inject("databaseUrl"), { nats: true, natsUrl: `nats://127.0.0.1:${port}`, ackWaitMs: 2000 }));
      const id = await submit(s);
      await until(async () => (await counts(s, id)).counts.completed >= N / 5, 120_000, 100);
      server.kill("SIGTERM");
      await exited(server);
      const during = (await counts(s, id)).counts;
      expect(during.pending).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 1500));
      server = await spawnUntil(NATS_SERVER, args, process.env, "Server is ready", 20_000);
      await expectExactlyOnce(s, id);
    } finally {
      await stack?.close();
      stack = undefined;
      for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    }
  }, 400_000);
});
