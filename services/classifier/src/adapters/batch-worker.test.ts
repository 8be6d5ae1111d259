import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes, randomUUID } from "node:crypto";
import { connect, type NatsConnection } from "nats";
import { classifierV1 } from "@openhs/proto";
import { InputError, batchTopology, createLogger, deleteBatchTopology, ensureBatchTopology, type BatchTopology } from "@openhs/shared";
import type { ClassifierApp } from "../app.js";
import type { ClassificationResult } from "../domain/engine.js";
import type { ProductInput } from "../domain/types.js";
import { BatchWorker } from "./batch-worker.js";

/**
 * The worker against the real NATS JetStream (a per-run stream), with an application whose storage
 * fails for one product: the other items of its chunk are not held back, and the failing item ends
 * failed with the reason once it has been delivered `maxDeliveries` times. An invalid product fails at
 * once (no retry).
 */

let nc: NatsConnection;
let topo: BatchTopology;
let worker: BatchWorker;
const attempts = new Map<string, number>();

const result = (name: string): ClassificationResult => ({
  status: "final", hs6: "940169", hsDescription: name, nationalCode: "", nationalDescription: "", nationalSchedule: "", confidence: 0.9,
  alternates: [], path: [], rulesApplied: [], fieldValidation: { provided: [], missing: [], mostInformativeMissing: "" }, questions: [], headingHint: "", warnings: [], candidates: [],
});

// Stands in for the storage of ClassifierApp.classifyBulk (the one seam this test needs to break).
const app = {
  dataVersion: "test",
  async classifyBulk(items: Array<{ raw: ProductInput; ids: string[] }>) {
    for (const it of items) attempts.set(it.raw.productName, (attempts.get(it.raw.productName) ?? 0) + 1);
    if (items.some((it) => it.raw.productName === "poison")) throw new Error("could not store");
    return items.map((it) =>
      it.raw.productName === "bad"
        ? { error: new InputError("product_name", "is not a product") }
        : { stored: { id: it.ids[0]!, input: it.raw, output: result(it.raw.productName), engineVersion: "1", dataVersion: "test", createdAt: new Date() }, ms: 1 },
    );
  },
} as unknown as ClassifierApp;

beforeAll(async () => {
  nc = await connect({ servers: process.env.TEST_NATS_URL ?? "nats://127.0.0.1:4222" });
  topo = batchTopology(`W${randomBytes(5).toString("hex")}`);
  // A generous ack wait: on a loaded machine a 2 s wait expires mid-processing and adds deliveries.
  await ensureBatchTopology(nc, topo, { ackWaitMs: 10_000 });
  worker = new BatchWorker(nc, () => app, { topology: topo, concurrency: 16, maxDeliveries: 3, name: "test", logger: createLogger("worker-test", "silent") });
  worker.start();
});

afterAll(async () => {
  await worker?.stop();
  if (nc) {
    await deleteBatchTopology(nc, topo);
    await nc.drain();
  }
});

describe("batch worker", () => {
  it("a product that cannot be stored fails alone, with the reason, after maxDeliveries; the rest completes", async () => {
    const js = nc.jetstream();
    const batchId = randomUUID();
    const names = ["chair", "poison", "bad", "table"];
    const ids = Object.fromEntries(names.map((n) => [n, randomUUID()]));
    for (const n of names) {
      const input = classifierV1.ClassificationInput.fromPartial({ product: { productName: n } });
      await js.publish(topo.workSubject, classifierV1.BatchWorkItem.encode({ batchId, itemIds: [n], classificationIds: [ids[n]!], input }).finish(), { msgID: `w:${batchId}:${ids[n]}` });
    }
    const consumer = await js.consumers.get(topo.resultStream, topo.resultDurable);
    const got = new Map<string, classifierV1.BatchWorkResult>();
    const end = Date.now() + 30_000;
    while (got.size < names.length && Date.now() < end) {
      const msgs = await consumer.fetch({ max_messages: 10, expires: 1000 });
      for await (const m of msgs) {
        const r = classifierV1.BatchWorkResult.decode(m.data);
        got.set(r.itemIds[0]!, r);
        m.ack();
      }
    }
    expect([...got.keys()].sort()).toEqual([...names].sort());
    expect(got.get("chair")!.classification?.id).toBe(ids.chair);
    expect(got.get("table")!.classification?.hsCode).toBe("940169");
    expect(got.get("bad")!.error).toMatchObject({ code: "INVALID_ARGUMENT", retryable: false });
    expect(got.get("poison")!.error).toMatchObject({ code: "INTERNAL", retryable: true });
    // Failed after at least maxDeliveries deliveries (an ack wait expiring on a loaded machine may add one).
    expect(got.get("poison")!.error!.message).toMatch(/failed after [3-9] attempts/);
    expect(got.get("poison")!.deliveryCount).toBeGreaterThanOrEqual(3);
    // Invalid input is not retried: failed on its first delivery.
    expect(got.get("bad")!.deliveryCount).toBe(1);
    expect(got.get("chair")!.deliveryCount).toBe(1);
  }, 60_000);
});
