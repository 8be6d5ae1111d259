import { SpanKind, SpanStatusCode, context, trace, type Context } from "@opentelemetry/api";
import type { JsMsg, NatsConnection } from "nats";
import { classifierV1 } from "@openhs/proto";
import { ChunkPuller, contextFromHeaders, grpc, sleep, traceHeaders, uuidv7, type BatchTopology, type Logger } from "@openhs/shared";
import type { ClassificationStore, ResultRow, StoredJob, WebhookEvent } from "./adapters/classifications.js";
import type { WebhookStore } from "./adapters/webhooks.js";
import { presentClassification, productKey, toProtoInput } from "./classification-input.js";

/** One distinct product to classify and every id (batch item or async classification) waiting for it. */
export interface WorkUnit {
  batchId: string;
  itemIds: string[];
  classificationIds: string[];
  input: classifierV1.ClassificationInput;
}

/**
 * Hands work to classifier workers and stores what comes back. Two implementations: JetStream (the
 * real path, across processes) and in-process (no NATS configured: the gateway itself streams the
 * work to the classifier's ClassifyBatch RPC).
 */
export interface WorkDispatcher {
  readonly kind: "jetstream" | "in-process";
  /** Hands units to the workers; `ctx` is the trace context of the request that asked (default: active). */
  dispatch(units: WorkUnit[], ctx?: Context): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

const tracer = trace.getTracer("openhs-gateway");

/** Groups pending rows into work units (identical products of a batch share one unit). */
export function unitsFromJobs(jobs: StoredJob[]): WorkUnit[] {
  const byKey = new Map<string, WorkUnit>();
  const units: WorkUnit[] = [];
  for (const j of jobs) {
    if (!j.batchId) {
      units.push({ batchId: "", itemIds: [], classificationIds: [j.id], input: toProtoInput(j.input) });
      continue;
    }
    const k = `${j.batchId}\u0000${productKey(j.input)}`;
    let u = byKey.get(k);
    if (!u) {
      u = { batchId: j.batchId, itemIds: [], classificationIds: [], input: toProtoInput(j.input) };
      byKey.set(k, u);
      units.push(u);
    }
    u.itemIds.push(j.itemId ?? "");
    u.classificationIds.push(j.id);
  }
  return units;
}

/** A worker's answer as rows to store. */
export function resultRow(r: { classificationIds: string[]; classification?: classifierV1.Classification; error?: classifierV1.BatchItemError; deliveryCount: number }): ResultRow {
  if (r.classification) {
    return { ids: r.classificationIds, status: "completed", output: presentClassification(r.classification) as Record<string, unknown>, dataVersion: r.classification.dataVersion, attempts: r.deliveryCount };
  }
  return { ids: r.classificationIds, status: "failed", error: { code: (r.error?.code ?? "INTERNAL").toLowerCase(), message: r.error?.message ?? "failed" }, attempts: r.deliveryCount };
}

export interface StoreSink {
  store: ClassificationStore;
  webhooks: WebhookStore;
  logger: Logger;
  /** Called after results are stored (SSE progress, metrics). */
  onStored?: (info: { stored: number; duplicates: number; events: WebhookEvent[]; completedBatches: string[] }) => void;
}

async function storeRows(sink: StoreSink, rows: ResultRow[]) {
  const info = await sink.store.storeResults(rows, (c, events) => sink.webhooks.enqueue(c, events));
  sink.onStored?.(info);
  return info;
}

/**
 * JetStream: units are published to the work stream (msgID `w:<batch>:<first id>`, trace context in
 * the headers); results are pulled from the results stream by a durable consumer, stored in one
 * transaction per fetch, and acked only after the commit.
 */
export class JetStreamDispatcher implements WorkDispatcher {
  readonly kind = "jetstream" as const;
  private stopping = false;
  private loop?: Promise<void>;
  private sweeper?: NodeJS.Timeout;
  stored = 0;
  duplicates = 0;
  storeMs = 0;

  constructor(
    private readonly nc: NatsConnection,
    private readonly topo: BatchTopology,
    private readonly sink: StoreSink,
    private readonly opts: { fetchSize: number; publishWindow: number; stallMs: number },
  ) {}

  async dispatch(units: WorkUnit[], parent: Context = context.active()): Promise<void> {
    if (!units.length) return;
    const js = this.nc.jetstream();
    const span = tracer.startSpan("batch publish", { kind: SpanKind.PRODUCER, attributes: { "messaging.system": "nats", "messaging.destination.name": this.topo.workSubject, "openhs.units": units.length } }, parent);
    const ctx = trace.setSpan(parent, span);
    try {
      for (let i = 0; i < units.length; i += this.opts.publishWindow) {
        const chunk = units.slice(i, i + this.opts.publishWindow);
        await Promise.all(
          chunk.map(async (u) => {
            const data = classifierV1.BatchWorkItem.encode({ batchId: u.batchId, itemIds: u.itemIds, classificationIds: u.classificationIds, input: u.input }).finish();
            const msgID = `w:${u.batchId || "single"}:${u.classificationIds[0]}`;
            // A publish that times out (NATS restarting) is retried; the msgID makes a retry that
            // did reach the stream a no-op.
            for (let attempt = 1; ; attempt++) {
              try {
                await js.publish(this.topo.workSubject, data, { msgID, headers: traceHeaders(ctx), timeout: 5000 });
                return;
              } catch (err) {
                if (attempt >= 20 || this.stopping) throw err;
                await sleep(Math.min(250 * attempt, 2000));
              }
            }
          }),
        );
      }
    } catch (err) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
      throw err;
    } finally {
      span.end();
    }
  }

  async start(): Promise<void> {
    this.loop = this.consume();
    // Safety net: work whose publish never completed (the gateway died mid-way) or that made no
    // progress for `stallMs` (e.g. a NATS store lost) is published again.
    this.sweeper = setInterval(() => void this.resume(this.opts.stallMs).catch((err) => this.sink.logger.warn({ err: (err as Error).message }, "batch sweeper failed")), Math.max(1000, Math.min(this.opts.stallMs / 2, 60_000)));
    this.sweeper.unref();
  }

  /** Publishes pending work again (msgID de-duplication and idempotent storage make this safe). */
  async resume(olderThanMs: number): Promise<number> {
    const jobs = await this.sink.store.pending({ stalledBeforeMs: olderThanMs });
    const units = unitsFromJobs(jobs);
    if (units.length) {
      this.sink.logger.warn({ units: units.length }, "re-publishing stalled batch work");
      await this.dispatch(units);
    }
    return units.length;
  }

  private async consume(): Promise<void> {
    const js = this.nc.jetstream();
    let puller: ChunkPuller | undefined;
    while (!this.stopping) {
      try {
        puller ??= new ChunkPuller(await js.consumers.get(this.topo.resultStream, this.topo.resultDurable), this.opts.fetchSize);
        const msgs = await puller.next();
        if (msgs.length) await this.storeMsgs(msgs);
      } catch (err) {
        if (this.stopping) break;
        this.sink.logger.warn({ err: (err as Error).message }, "result consumer: fetch failed, retrying");
        puller = undefined;
        await sleep(500);
      }
    }
    const rest = await puller?.drain().catch(() => []);
    if (rest?.length) await this.storeMsgs(rest);
  }

  private async storeMsgs(msgs: JsMsg[]): Promise<void> {
    const rows: ResultRow[] = [];
    const good: JsMsg[] = [];
    const spans = [];
    for (const m of msgs) {
      let r: classifierV1.BatchWorkResult;
      try {
        r = classifierV1.BatchWorkResult.decode(m.data);
      } catch {
        this.sink.logger.error({ seq: m.seq }, "undecodable batch result dropped");
        m.term();
        continue;
      }
      spans.push(tracer.startSpan("batch result store", { kind: SpanKind.CONSUMER, attributes: { "openhs.batch_id": r.batchId, "openhs.items": r.classificationIds.length } }, contextFromHeaders(m.headers)));
      rows.push(resultRow(r));
      good.push(m);
    }
    const t0 = performance.now();
    try {
      const info = await storeRows(this.sink, rows);
      this.storeMs += performance.now() - t0;
      this.stored += info.stored;
      this.duplicates += info.duplicates;
      for (const m of good) m.ack();
      for (const s of spans) s.end();
    } catch (err) {
      this.sink.logger.warn({ err: (err as Error).message }, "storing batch results failed; they will be redelivered");
      for (const m of good) m.nak(1000);
      for (const s of spans) s.setStatus({ code: SpanStatusCode.ERROR }).end();
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.sweeper);
    await this.loop;
  }
}

/**
 * No NATS configured (`npm start` without a server, embedded mode): the gateway streams the work to
 * the classifier's ClassifyBatch RPC itself, in chunks, and stores the answers. Pending work is in
 * PostgreSQL, so it is resumed when the gateway starts again. One process only: this path does not
 * spread work over several workers.
 */
export class InProcessDispatcher implements WorkDispatcher {
  readonly kind = "in-process" as const;
  private queue: WorkUnit[] = [];
  private wake?: () => void;
  private stopping = false;
  private loop?: Promise<void>;

  constructor(
    private readonly classifier: () => classifierV1.ClassifierServiceClient | undefined,
    private readonly sink: StoreSink,
    private readonly opts: { chunk: number; deadlineMs: number; resumeOnStart?: boolean },
  ) {}

  async dispatch(units: WorkUnit[]): Promise<void> {
    this.queue.push(...units);
    this.wake?.();
  }

  async start(): Promise<void> {
    const jobs = this.opts.resumeOnStart === false ? [] : await this.sink.store.pending({ stalledBeforeMs: 0 });
    if (jobs.length) {
      this.sink.logger.info({ items: jobs.length }, "resuming pending classification work");
      this.queue.push(...unitsFromJobs(jobs));
    }
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      if (!this.queue.length) {
        await new Promise<void>((r) => (this.wake = r));
        this.wake = undefined;
        continue;
      }
      const chunk = this.queue.splice(0, this.opts.chunk);
      try {
        await this.process(chunk);
      } catch (err) {
        this.sink.logger.warn({ err: (err as Error).message, units: chunk.length }, "in-process batch chunk failed; retrying");
        this.queue.unshift(...chunk);
        await sleep(1000);
      }
    }
  }

  private async process(units: WorkUnit[]): Promise<void> {
    const client = this.classifier();
    if (!client) throw new Error("the classifier service is not configured");
    const rows: ResultRow[] = [];
    const byClient = new Map(units.map((u, i) => [String(i), u]));
    const stream = client.classifyBatch(
      { items: units.map((u, i) => ({ clientId: String(i), input: u.input, classificationIds: u.classificationIds })) },
      new grpc.Metadata(),
      { deadline: Date.now() + this.opts.deadlineMs },
    );
    for await (const m of stream as AsyncIterable<classifierV1.ClassifyBatchResponse>) {
      const u = byClient.get(m.clientId);
      if (!u) continue;
      rows.push(resultRow({ classificationIds: u.classificationIds, classification: m.classification, error: m.error, deliveryCount: 1 }));
    }
    await storeRows(this.sink, rows);
  }
}

export const newId = () => uuidv7();
