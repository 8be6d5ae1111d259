import { SpanKind, SpanStatusCode, context, trace } from "@opentelemetry/api";
import type { JsMsg, NatsConnection } from "nats";
import { classifierV1 } from "@openhs/proto";
import { ChunkPuller, InputError, contextFromHeaders, grpc, sleep, toServiceError, traceHeaders, type BatchTopology, type Logger } from "@openhs/shared";
import type { ClassifierApp } from "../app.js";
import { inputFromProto, stored } from "../handlers/classifier.js";

export interface BatchWorkerOptions {
  topology: BatchTopology;
  /** Work items fetched and in flight (unacknowledged) at once by this worker. */
  concurrency: number;
  /** A work item delivered more often than this is failed with the last error instead of retried. */
  maxDeliveries: number;
  /** Name reported in results and logs. */
  name: string;
  logger: Logger;
}

const tracer = trace.getTracer("openhs-classifier-worker");

/**
 * A classifier worker: pulls batch work from the JetStream durable consumer (explicit ack, at most
 * `concurrency` items at a time), classifies each distinct product once, stores the answer under
 * every item's id (idempotent), publishes the outcome to the results stream (msgID de-duplicated),
 * and only then acks the work item. A worker killed at any point loses nothing: unacked items are
 * redelivered after the consumer's ack wait, and storing or publishing them again is a no-op.
 */
export class BatchWorker {
  private stopping = false;
  private loop?: Promise<void>;
  processed = 0;
  redelivered = 0;
  /** Where the time goes (ms): classifying + storing, publishing results and acking. */
  readonly timing = { classifyAndStore: 0, publish: 0, chunks: 0 };

  constructor(
    private readonly nc: NatsConnection,
    private readonly app: () => ClassifierApp,
    private readonly opts: BatchWorkerOptions,
  ) {}

  start(): void {
    this.loop ??= this.run();
  }

  /** Stops fetching and waits for the chunks in hand to be stored, published and acked. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.loop;
  }

  private async run(): Promise<void> {
    const { topology: t, logger } = this.opts;
    const js = this.nc.jetstream();
    let puller: ChunkPuller | undefined;
    // Two chunks in flight: the next one is fetched and classified (CPU) while the previous one is
    // stored and published (I/O), so the process does not sit idle waiting on PostgreSQL and NATS.
    const inflight = new Set<Promise<void>>();
    const handle = (msgs: JsMsg[]) => {
      const p: Promise<void> = this.process(msgs)
        .catch((err) => logger.warn({ err: (err as Error).message }, "batch worker: a chunk failed; its items will be redelivered"))
        .finally(() => inflight.delete(p));
      inflight.add(p);
    };
    while (!this.stopping) {
      try {
        if (inflight.size >= 2) await Promise.race(inflight);
        puller ??= new ChunkPuller(await js.consumers.get(t.workStream, t.workDurable), this.opts.concurrency);
        const msgs = await puller.next();
        if (msgs.length) handle(msgs);
      } catch (err) {
        if (this.stopping) break;
        logger.warn({ err: (err as Error).message }, "batch worker: fetch failed, retrying");
        puller = undefined;
        await sleep(500);
      }
    }
    // Items the open fetch still delivers are handled, not left to wait for redelivery.
    const rest = await puller?.drain().catch(() => []);
    if (rest?.length) handle(rest);
    await Promise.all(inflight);
  }

  private async process(msgs: JsMsg[]): Promise<void> {
    const { logger } = this.opts;
    const js = this.nc.jetstream();
    const items: Array<{ m: JsMsg; work?: classifierV1.BatchWorkItem; ctx: ReturnType<typeof contextFromHeaders> }> = msgs.map((m) => {
      const ctx = contextFromHeaders(m.headers);
      try {
        return { m, work: classifierV1.BatchWorkItem.decode(m.data), ctx };
      } catch {
        return { m, ctx };
      }
    });
    for (const it of items) {
      if (!it.work || it.work.classificationIds.length === 0) {
        logger.error({ seq: it.m.seq }, "batch worker: undecodable work item dropped");
        it.m.term();
      }
      if (it.m.info.redeliveryCount > 1) this.redelivered++;
    }
    const valid = items.filter((it) => it.work && it.work.classificationIds.length > 0) as Array<{ m: JsMsg; work: classifierV1.BatchWorkItem; ctx: ReturnType<typeof contextFromHeaders> }>;
    if (!valid.length) return;

    // Classify (CPU) and store (one statement for the whole chunk). A storage failure leaves every
    // item unacked: they are retried after a short delay.
    const spans = valid.map((it) =>
      tracer.startSpan("batch item classify", { kind: SpanKind.CONSUMER, attributes: { "messaging.system": "nats", "messaging.destination.name": this.opts.topology.workSubject, "openhs.batch_id": it.work.batchId, "openhs.items": it.work.classificationIds.length, "openhs.delivery": it.m.info.redeliveryCount } }, it.ctx),
    );
    type Outcome = Awaited<ReturnType<ClassifierApp["classifyBulk"]>>[number];
    const outcomes: Outcome[] = new Array(valid.length);
    const toClassify: Array<{ i: number; raw: ReturnType<typeof inputFromProto>; ids: string[] }> = [];
    valid.forEach((it, i) => {
      try {
        toClassify.push({ i, raw: inputFromProto(it.work.input), ids: it.work.classificationIds });
      } catch (error) {
        outcomes[i] = { error };
      }
    });
    const t0 = performance.now();
    this.timing.chunks++;
    try {
      const done = await this.app().classifyBulk(toClassify);
      this.timing.classifyAndStore += performance.now() - t0;
      done.forEach((o, k) => (outcomes[toClassify[k]!.i] = o));
    } catch (err) {
      // The chunk could not be stored: store item by item, so one item that cannot be stored does not
      // hold back the others. An item that still fails is retried later, and failed with the reason
      // once it has been delivered `maxDeliveries` times.
      logger.warn({ err: (err as Error).message, items: valid.length }, "batch worker: storing a chunk failed; storing item by item");
      for (const x of toClassify) {
        const it = valid[x.i]!;
        try {
          outcomes[x.i] = (await this.app().classifyBulk([x]))[0]!;
        } catch (e) {
          if (it.m.info.redeliveryCount >= this.opts.maxDeliveries) {
            outcomes[x.i] = { error: new Error(`storing the classification failed after ${it.m.info.redeliveryCount} attempts: ${(e as Error).message}`) };
          } else {
            spans[x.i]!.setStatus({ code: SpanStatusCode.ERROR, message: "store failed" }).end();
            it.m.nak(1000 * it.m.info.redeliveryCount);
            outcomes[x.i] = undefined as unknown as Outcome; // not published, not acked
          }
        }
      }
    }

    const t1 = performance.now();
    await Promise.all(
      valid.map(async (it, i) => {
        const span = spans[i]!;
        const o = outcomes[i];
        if (!o) return; // left for redelivery (nak'd above)
        const delivery = it.m.info.redeliveryCount;
        let result: classifierV1.BatchWorkResult;
        if ("stored" in o) {
          result = {
            batchId: it.work.batchId,
            itemIds: it.work.itemIds,
            classificationIds: it.work.classificationIds,
            classification: stored(o.stored, o.ms),
            error: undefined,
            deliveryCount: delivery,
            worker: this.opts.name,
          };
        } else {
          const e = toServiceError(o.error, logger);
          const retryable = !(o.error instanceof InputError) && e.code !== grpc.status.INVALID_ARGUMENT;
          if (retryable && delivery < this.opts.maxDeliveries) {
            span.setStatus({ code: SpanStatusCode.ERROR, message: e.details }).end();
            it.m.nak(1000 * delivery);
            return;
          }
          result = {
            batchId: it.work.batchId,
            itemIds: it.work.itemIds,
            classificationIds: it.work.classificationIds,
            classification: undefined,
            error: {
              code: grpc.status[e.code] ?? "INTERNAL",
              message: retryable ? `failed after ${delivery} attempts: ${e.details}` : e.details,
              retryable,
            },
            deliveryCount: delivery,
            worker: this.opts.name,
          };
        }
        try {
          const spanCtx = trace.setSpan(context.active(), span);
          await js.publish(this.opts.topology.resultSubject, classifierV1.BatchWorkResult.encode(result).finish(), {
            msgID: `r:${it.work.batchId || "single"}:${it.work.classificationIds[0]}`,
            headers: traceHeaders(spanCtx),
          });
          it.m.ack();
          this.processed++;
          span.end();
        } catch (err) {
          // Not acked: the item comes back and is stored (no-op) and published again.
          span.setStatus({ code: SpanStatusCode.ERROR, message: "publish failed" }).end();
          logger.warn({ err: (err as Error).message }, "batch worker: publishing a result failed; item will be redelivered");
          it.m.nak(1000);
        }
      }),
    );
    this.timing.publish += performance.now() - t1;
  }
}
