import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { context, propagation, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { core, tracing } from "@opentelemetry/sdk-node";
import { startStack, type Stack } from "./test-stack.test-util.js";
import { batchProducts } from "./batch-products.test-util.js";

/**
 * Batches on the real path: the real NATS JetStream (a stream per run), a classifier worker, the real
 * PostgreSQL. Also: one trace from the REST request through the NATS publish to the worker.
 */

const exporter = new tracing.InMemorySpanExporter();
let s: Stack;

beforeAll(async () => {
  trace.setGlobalTracerProvider(new tracing.BasicTracerProvider({ spanProcessors: [new tracing.SimpleSpanProcessor(exporter)] }));
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new core.W3CTraceContextPropagator());
  s = await startStack(inject("databaseUrl"), { nats: true });
});

afterAll(async () => {
  await s?.close();
  trace.disable();
  context.disable();
  propagation.disable();
});

const until = async <T>(fn: () => Promise<T | undefined | false>, ms: number, every = 100): Promise<T> => {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, every));
  }
};

describe("a 10,000-item batch over JetStream", () => {
  it("completes with every item accounted for: completed, or failed with its own reason", async () => {
    const items: Array<Record<string, unknown>> = batchProducts(10_000, 2_000).map((p, i) => ({ id: `item-${i}`, ...p }));
    // Ten items are invalid (a name over the limit): they fail alone, the rest is unaffected.
    for (let i = 0; i < 10; i++) items[i * 997] = { id: `item-${i * 997}`, product_name: "x".repeat(600) };
    const t0 = Date.now();
    const r = await s.app.inject({ method: "POST", url: "/v1/classify/batch", payload: { items }, headers: s.auth });
    expect(r.statusCode).toBe(202);
    const { batch_id, distinct_products } = r.json().data;
    expect(distinct_products).toBeLessThanOrEqual(2_000);
    const done = await until(async () => {
      const g = (await s.app.inject({ method: "GET", url: `/v1/batches/${batch_id}?per_page=1`, headers: s.auth })).json().data;
      return g.status === "completed" && g;
    }, 240_000, 250);
    const wall = Date.now() - t0;
    expect(done.counts).toEqual({ total: 10_000, completed: 9_990, failed: 10, pending: 0 });
    // Every item once, under its own id, with its own classification id.
    const rows = await s.pool.query(
      "SELECT item_id, status, output->>'id' AS cid, id, error FROM gateway.classification WHERE batch_id = $1",
      [batch_id],
    );
    expect(rows.rowCount).toBe(10_000);
    expect(new Set(rows.rows.map((x) => x.item_id)).size).toBe(10_000);
    for (const x of rows.rows) {
      if (x.status === "completed") expect(x.cid).toBe(x.id);
      else expect(x.error).toMatchObject({ field: expect.stringMatching(/^items\[\d+\]\.product_name$/) });
    }
    // The classifier stored each completed item's answer exactly once, under the item's id.
    const stored = await s.pool.query("SELECT count(*)::int AS n FROM classifier.classification WHERE id = ANY($1::uuid[])", [rows.rows.filter((x) => x.status === "completed").map((x) => x.id)]);
    expect(stored.rows[0].n).toBe(9_990);
    // A page of results in submission order.
    const page = (await s.app.inject({ method: "GET", url: `/v1/batches/${batch_id}?page=3&per_page=1000`, headers: s.auth })).json().data;
    expect(page.results.map((x: { item_id: string }) => x.item_id)).toEqual(Array.from({ length: 1000 }, (_, i) => `item-${2000 + i}`));
    const d = s.api.api.dispatcher as unknown as { storeMs: number; stored: number; duplicates: number };
    console.log(`10,000-item batch (${distinct_products} distinct products) completed in ${wall} ms in the test process; worker ${JSON.stringify(s.worker?.timing)}; gateway store ${Math.round(d.storeMs)} ms (${d.stored} stored, ${d.duplicates} duplicates)`);
  }, 300_000);
});

describe("telemetry", () => {
  it("one trace: the REST request → the NATS publish → the worker's processing → the result store", async () => {
    exporter.reset();
    const tracer = trace.getTracer("test");
    const root = tracer.startSpan("POST /v1/classify");
    // The caller's trace context arrives as a W3C traceparent header (as the HTTP instrumentation reads it).
    const headers: Record<string, string> = { ...s.auth };
    propagation.inject(trace.setSpan(context.active(), root), headers);
    expect(headers.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    const r = await s.app.inject({ method: "POST", url: "/v1/classify?mode=async", payload: { product_name: "traced wooden stool" }, headers });
    root.end();
    expect(r.statusCode).toBe(202);
    const traceId = root.spanContext().traceId;
    const spans = await until(async () => {
      const all = exporter.getFinishedSpans().filter((x) => x.spanContext().traceId === traceId);
      return all.some((x) => x.name === "batch result store") && all;
    }, 30_000);
    const byName = Object.fromEntries(spans.map((x) => [x.name, x]));
    const parentOf = (name: string) => byName[name]!.parentSpanContext?.spanId;
    expect(parentOf("batch publish")).toBe(root.spanContext().spanId);
    expect(parentOf("batch item classify")).toBe(byName["batch publish"]!.spanContext().spanId);
    expect(parentOf("batch result store")).toBe(byName["batch item classify"]!.spanContext().spanId);
  });
});
