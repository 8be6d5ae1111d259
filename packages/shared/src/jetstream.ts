import { context, propagation, type Context } from "@opentelemetry/api";
import {
  AckPolicy,
  DeliverPolicy,
  DiscardPolicy,
  RetentionPolicy,
  StorageType,
  headers as natsHeaders,
  nanos,
  type JetStreamManager,
  type JsMsg,
  type MsgHdrs,
  type NatsConnection,
} from "nats";

/**
 * The JetStream topology of batch classification, shared by the gateway (publishes work, consumes
 * results) and the classifier workers (consume work, publish results):
 *
 *   <PREFIX>_WORK     stream, subject <prefix>.work     work-queue retention; durable pull consumer
 *                     <PREFIX>_workers (explicit ack, bounded max_ack_pending) shared by every worker
 *   <PREFIX>_RESULTS  stream, subject <prefix>.results  work-queue retention; durable pull consumer
 *                     <PREFIX>_gateway shared by every gateway replica
 *
 * Both streams de-duplicate on the publisher's msgID within `duplicateWindowMs`; storing a result
 * twice is a no-op on the gateway side anyway. A prefix per deployment (or per test run) keeps
 * streams apart.
 */
export interface BatchTopology {
  workStream: string;
  workSubject: string;
  workDurable: string;
  resultStream: string;
  resultSubject: string;
  resultDurable: string;
}

export function batchTopology(prefix = "OPENHS_BATCH"): BatchTopology {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(prefix)) throw new Error(`invalid batch stream prefix: ${prefix}`);
  const up = prefix.toUpperCase();
  const low = prefix.toLowerCase();
  return {
    workStream: `${up}_WORK`,
    workSubject: `${low}.work`,
    workDurable: `${up}_workers`,
    resultStream: `${up}_RESULTS`,
    resultSubject: `${low}.results`,
    resultDurable: `${up}_gateway`,
  };
}

export interface TopologyOptions {
  /** Redelivery of an unacknowledged message after this long (a killed worker's items come back). */
  ackWaitMs?: number;
  /** Unacknowledged messages in flight per consumer (summed over its workers). */
  maxAckPending?: number;
  /** msgID de-duplication window. */
  duplicateWindowMs?: number;
}

async function ensureStream(jsm: JetStreamManager, name: string, subject: string, duplicateWindowMs: number) {
  const config = {
    name,
    subjects: [subject],
    retention: RetentionPolicy.Workqueue,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    duplicate_window: nanos(duplicateWindowMs),
  };
  try {
    await jsm.streams.info(name);
    await jsm.streams.update(name, config);
  } catch (err) {
    if (!/not found/i.test(String((err as Error).message))) throw err;
    await jsm.streams.add(config);
  }
}

async function ensureConsumer(jsm: JetStreamManager, stream: string, durable: string, subject: string, o: Required<TopologyOptions>) {
  const config = {
    durable_name: durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    filter_subject: subject,
    ack_wait: nanos(o.ackWaitMs),
    max_ack_pending: o.maxAckPending,
    max_deliver: -1,
  };
  try {
    await jsm.consumers.info(stream, durable);
    await jsm.consumers.update(stream, durable, { ack_wait: config.ack_wait, max_ack_pending: config.max_ack_pending, max_deliver: -1 });
  } catch (err) {
    if (!/not found/i.test(String((err as Error).message))) throw err;
    await jsm.consumers.add(stream, config);
  }
}

/** Creates (or updates) both streams and both durable consumers; safe to call from every process. */
export async function ensureBatchTopology(nc: NatsConnection, topo: BatchTopology, opts: TopologyOptions = {}): Promise<void> {
  const o: Required<TopologyOptions> = { ackWaitMs: 30_000, maxAckPending: 1024, duplicateWindowMs: 10 * 60_000, ...opts };
  const jsm = await nc.jetstreamManager();
  await ensureStream(jsm, topo.workStream, topo.workSubject, o.duplicateWindowMs);
  await ensureStream(jsm, topo.resultStream, topo.resultSubject, o.duplicateWindowMs);
  await ensureConsumer(jsm, topo.workStream, topo.workDurable, topo.workSubject, o);
  await ensureConsumer(jsm, topo.resultStream, topo.resultDurable, topo.resultSubject, o);
}

/** Deletes both streams (tests clean up their per-run topology). */
export async function deleteBatchTopology(nc: NatsConnection, topo: BatchTopology): Promise<void> {
  const jsm = await nc.jetstreamManager();
  for (const s of [topo.workStream, topo.resultStream]) await jsm.streams.delete(s).catch(() => false);
}

/** Trace context (W3C traceparent) of `ctx` written into NATS message headers. */
export function traceHeaders(ctx: Context = context.active(), into: MsgHdrs = natsHeaders()): MsgHdrs {
  propagation.inject(ctx, into, { set: (h, k, v) => h.set(k, String(v)) });
  return into;
}

/** The trace context carried by NATS message headers (the active context when there is none). */
export function contextFromHeaders(h: MsgHdrs | undefined): Context {
  if (!h) return context.active();
  return propagation.extract(context.active(), h, {
    get: (c, k) => (c.has(k) ? c.get(k) : undefined),
    keys: (c) => c.keys(),
  });
}

/** The part of a JetStream pull consumer a {@link ChunkPuller} uses. */
export interface FetchingConsumer {
  fetch(opts: { max_messages: number; expires: number }): Promise<AsyncIterable<JsMsg>>;
}

const LULL = Symbol("lull");

/**
 * Pulls chunks of up to `max` messages from a pull consumer. A fetch stays open until `max` messages
 * came or it expires (at least 1 s); waiting for that before handling what already arrived would
 * leave the last partial chunk of every batch idle for up to a second. Here a chunk is handed over
 * as soon as `max` messages are in or no further message arrived for `lullMs`; the same fetch then
 * goes on delivering into the next chunk.
 */
export class ChunkPuller {
  private iter?: AsyncIterator<JsMsg>;
  private pending?: Promise<IteratorResult<JsMsg>>;

  constructor(
    private readonly consumer: FetchingConsumer,
    private readonly max: number,
    private readonly lullMs = 5,
    private readonly expiresMs = 1000,
  ) {}

  /** The next chunk: empty when a fetch expired with nothing (so the caller can check for stop). */
  async next(): Promise<JsMsg[]> {
    const msgs: JsMsg[] = [];
    while (msgs.length < this.max) {
      this.iter ??= (await this.consumer.fetch({ max_messages: this.max, expires: this.expiresMs }))[Symbol.asyncIterator]();
      this.pending ??= this.iter.next();
      let timer: NodeJS.Timeout | undefined;
      let r: IteratorResult<JsMsg> | typeof LULL;
      try {
        r = msgs.length
          ? await Promise.race([this.pending, new Promise<typeof LULL>((res) => (timer = setTimeout(() => res(LULL), this.lullMs)))])
          : await this.pending;
      } catch (err) {
        // The fetch broke (e.g. the connection dropped): what arrived before is still handed over;
        // the next call starts a new fetch.
        this.iter = undefined;
        this.pending = undefined;
        if (msgs.length) return msgs;
        throw err;
      } finally {
        clearTimeout(timer);
      }
      if (r === LULL) break;
      this.pending = undefined;
      if (r.done) {
        this.iter = undefined;
        break;
      }
      msgs.push(r.value);
    }
    return msgs;
  }

  /** What the open fetch still delivers until it ends (at stop: handle these rather than leave them to redelivery). */
  async drain(): Promise<JsMsg[]> {
    const msgs: JsMsg[] = [];
    while (this.iter) {
      const r = await (this.pending ?? this.iter.next());
      this.pending = undefined;
      if (r.done) this.iter = undefined;
      else msgs.push(r.value);
    }
    return msgs;
  }
}
