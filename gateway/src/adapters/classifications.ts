import { uuidv7, withTransaction, type Pool, type PoolClient } from "@openhs/shared";

/** REST-shaped classification input (snake_case, aliases resolved) as stored and re-dispatched. */
export type RestInput = Record<string, unknown> & { product_name: string };

export type JobStatus = "pending" | "completed" | "failed";

export interface StoredJob {
  id: string;
  keyId: string;
  batchId: string | null;
  itemId: string | null;
  mode: "sync" | "async" | "batch";
  status: JobStatus;
  input: RestInput;
  output: Record<string, unknown> | null;
  error: { code: string; message: string } | null;
  dataVersion: string | null;
  attempts: number;
  createdAt: Date;
  completedAt: Date | null;
  /** The classifier's id of the answer this one repeats (served from the gateway's answer cache); null = `id` itself. */
  sourceId: string | null;
}

/** A synchronous answer to store: `sourceId` when it repeats a cached answer of the classifier. */
export interface CompletedRow {
  id: string;
  keyId: string;
  input: RestInput;
  /** The answer, or `outputJson`: the same already serialized. */
  output?: Record<string, unknown>;
  outputJson?: string;
  /**
   * A repeat of the stored answer `sourceId`: only the top-level fields that differ from it (id,
   * created_at, latency_ms) are stored; reading the row overlays them on the source's output.
   */
  overlay?: Record<string, unknown>;
  dataVersion: string;
  sourceId?: string;
}

export interface BatchRecord {
  id: string;
  keyId: string;
  status: "running" | "completed";
  total: number;
  distinctProducts: number;
  createdAt: Date;
  completedAt: Date | null;
  publishedAt: Date | null;
}

export interface BatchCounts {
  total: number;
  completed: number;
  failed: number;
  pending: number;
}

/** One stored outcome: one worker answer fanned out to every id that asked for it. */
export interface ResultRow {
  ids: string[];
  status: "completed" | "failed";
  output?: Record<string, unknown>;
  error?: { code: string; message: string };
  dataVersion?: string;
  attempts: number;
}

/** Webhook events produced by storing results (written in the same transaction: an outbox). */
export interface WebhookEvent {
  keyId: string;
  event: "classification.completed" | "classification.failed" | "batch.completed";
  payload: Record<string, unknown>;
}

const JOB_COLS = "id, key_id, batch_id, item_id, mode, status, input, output, error, data_version, attempts, created_at, completed_at, source_id";
/** JOB_COLS of `c` with a repeated answer's output read through its source row `s` (see `overlay`). */
const JOB_COLS_RESOLVED = `${JOB_COLS.split(", ").map((col) => (col === "output" ? "CASE WHEN c.output_from_source THEN s.output || c.output ELSE c.output END AS output" : `c.${col}`)).join(", ")}`;
const RESOLVE_SOURCE = "LEFT JOIN gateway.classification s ON c.output_from_source AND s.id = c.source_id";

function job(r: Record<string, unknown>): StoredJob {
  return {
    id: String(r.id),
    keyId: String(r.key_id),
    batchId: (r.batch_id as string | null) ?? null,
    itemId: (r.item_id as string | null) ?? null,
    mode: r.mode as StoredJob["mode"],
    status: r.status as JobStatus,
    input: r.input as RestInput,
    output: (r.output as Record<string, unknown> | null) ?? null,
    error: (r.error as StoredJob["error"]) ?? null,
    dataVersion: (r.data_version as string | null) ?? null,
    attempts: Number(r.attempts ?? 0),
    createdAt: r.created_at as Date,
    completedAt: (r.completed_at as Date | null) ?? null,
    sourceId: (r.source_id as string | null) ?? null,
  };
}

function batch(r: Record<string, unknown>): BatchRecord {
  return {
    id: String(r.id),
    keyId: String(r.key_id),
    status: r.status as BatchRecord["status"],
    total: Number(r.total),
    distinctProducts: Number(r.distinct_products),
    createdAt: r.created_at as Date,
    completedAt: (r.completed_at as Date | null) ?? null,
    publishedAt: (r.published_at as Date | null) ?? null,
  };
}

/**
 * Classifications and batches in PostgreSQL (schema "gateway"). Results are stored once: a result
 * for a row that is no longer pending is ignored, so a redelivered result is a no-op.
 */
export class ClassificationStore {
  constructor(private readonly pool: Pool) {}

  /** Synchronous answers, many rows in one statement (the group-commit writer calls this). */
  async insertCompleted(rows: CompletedRow[]): Promise<void> {
    if (!rows.length) return;
    await this.pool.query(
      `INSERT INTO gateway.classification (id, key_id, mode, status, input, output, data_version, completed_at, source_id, output_from_source)
       SELECT v.id, v.key_id, 'sync', 'completed', v.input, v.output, v.data_version, now(), v.source_id, v.from_source
       FROM json_to_recordset($1::json) AS v(id uuid, key_id uuid, input jsonb, output jsonb, data_version text, source_id uuid, from_source boolean)
       ON CONFLICT (id) DO NOTHING`,
      // One JSON document for the whole group: no array literal to build and escape per field.
      [
        `[${rows
          .map((r) => {
            const fromSource = r.overlay !== undefined && r.sourceId !== undefined;
            const rest = JSON.stringify({ id: r.id, key_id: r.keyId, input: r.input, data_version: r.dataVersion, source_id: r.sourceId ?? null, from_source: fromSource });
            return `${rest.slice(0, -1)},"output":${fromSource ? JSON.stringify(r.overlay) : (r.outputJson ?? JSON.stringify(r.output ?? null))}}`;
          })
          .join(",")}]`,
      ],
    );
  }

  async insertPending(keyId: string, input: RestInput): Promise<StoredJob> {
    const r = await this.pool.query(
      `INSERT INTO gateway.classification (id, key_id, mode, status, input) VALUES ($1, $2, 'async', 'pending', $3) RETURNING ${JOB_COLS}`,
      [uuidv7(), keyId, JSON.stringify(input)],
    );
    return job(r.rows[0]);
  }

  async get(id: string, keyId: string): Promise<StoredJob | undefined> {
    const r = await this.pool.query(`SELECT ${JOB_COLS_RESOLVED} FROM gateway.classification c ${RESOLVE_SOURCE} WHERE c.id = $1 AND c.key_id = $2`, [id, keyId]);
    return r.rowCount ? job(r.rows[0]) : undefined;
  }

  /** Single (sync and async) classifications of a key, newest first. */
  async list(keyId: string, page: number, perPage: number): Promise<{ total: number; items: StoredJob[] }> {
    const [count, rows] = await Promise.all([
      this.pool.query("SELECT count(*)::int AS n FROM gateway.classification WHERE key_id = $1 AND batch_id IS NULL", [keyId]),
      this.pool.query(
        `SELECT ${JOB_COLS_RESOLVED} FROM gateway.classification c ${RESOLVE_SOURCE}
         WHERE c.key_id = $1 AND c.batch_id IS NULL ORDER BY c.created_at DESC, c.id DESC LIMIT $2 OFFSET $3`,
        [keyId, perPage, (page - 1) * perPage],
      ),
    ]);
    return { total: count.rows[0].n, items: rows.rows.map(job) };
  }

  /**
   * Creates a batch and its items (all pending) in one transaction. With an idempotency key already
   * used by this API key, nothing is created and the existing batch is returned (`created: false`).
   */
  async createBatch(
    keyId: string,
    idempotencyKey: string | undefined,
    items: Array<{ id: string; itemId: string; input: RestInput }>,
    distinctProducts: number,
  ): Promise<{ batch: BatchRecord; created: boolean }> {
    return withTransaction(this.pool, async (c) => {
      const id = uuidv7();
      const ins = await c.query(
        `INSERT INTO gateway.batch (id, key_id, idempotency_key, status, total, distinct_products) VALUES ($1, $2, $3, 'running', $4, $5)
         ON CONFLICT (key_id, idempotency_key) DO NOTHING RETURNING *`,
        [id, keyId, idempotencyKey ?? null, items.length, distinctProducts],
      );
      if (ins.rowCount === 0) {
        const prev = await c.query("SELECT * FROM gateway.batch WHERE key_id = $1 AND idempotency_key = $2", [keyId, idempotencyKey]);
        return { batch: batch(prev.rows[0]), created: false };
      }
      await c.query(
        `INSERT INTO gateway.classification (id, key_id, batch_id, item_id, seq, mode, status, input)
         SELECT v.id, $1, $2, v.item_id, v.seq, 'batch', 'pending', v.input
         FROM json_to_recordset($3::json) AS v(id uuid, item_id text, seq int, input jsonb)`,
        [keyId, id, JSON.stringify(items.map((i, k) => ({ id: i.id, item_id: i.itemId, seq: k, input: i.input })))],
      );
      return { batch: batch(ins.rows[0]), created: true };
    });
  }

  async markPublished(batchId: string): Promise<void> {
    await this.pool.query("UPDATE gateway.batch SET published_at = COALESCE(published_at, now()) WHERE id = $1", [batchId]);
  }

  async getBatch(id: string, keyId: string): Promise<BatchRecord | undefined> {
    const r = await this.pool.query("SELECT * FROM gateway.batch WHERE id = $1 AND key_id = $2", [id, keyId]);
    return r.rowCount ? batch(r.rows[0]) : undefined;
  }

  async batchCounts(batchId: string): Promise<BatchCounts> {
    const r = await this.pool.query("SELECT status, count(*)::int AS n FROM gateway.classification WHERE batch_id = $1 GROUP BY status", [batchId]);
    const by = Object.fromEntries(r.rows.map((x) => [x.status, x.n]));
    const completed = by.completed ?? 0;
    const failed = by.failed ?? 0;
    const pending = by.pending ?? 0;
    return { total: completed + failed + pending, completed, failed, pending };
  }

  /** Items of a batch in submission order, optionally only one status. */
  async batchItems(batchId: string, page: number, perPage: number, status?: JobStatus): Promise<StoredJob[]> {
    const r = await this.pool.query(
      `SELECT ${JOB_COLS} FROM gateway.classification WHERE batch_id = $1 ${status ? "AND status = $4" : ""} ORDER BY seq LIMIT $2 OFFSET $3`,
      status ? [batchId, perPage, (page - 1) * perPage, status] : [batchId, perPage, (page - 1) * perPage],
    );
    return r.rows.map(job);
  }

  /** Pending rows to (re-)dispatch: of one batch, or every unfinished one (at start, or when stalled). */
  async pending(opts: { batchId?: string; stalledBeforeMs?: number; limit?: number }): Promise<StoredJob[]> {
    if (opts.batchId) {
      const r = await this.pool.query(`SELECT ${JOB_COLS} FROM gateway.classification WHERE batch_id = $1 AND status = 'pending' ORDER BY seq`, [opts.batchId]);
      return r.rows.map(job);
    }
    const before = new Date(Date.now() - (opts.stalledBeforeMs ?? 0));
    const r = await this.pool.query(
      `SELECT ${JOB_COLS} FROM gateway.classification c
       WHERE c.status = 'pending' AND c.created_at < $1
         AND (c.batch_id IS NULL OR EXISTS (SELECT 1 FROM gateway.batch b WHERE b.id = c.batch_id AND b.status = 'running'
              AND NOT EXISTS (SELECT 1 FROM gateway.classification d WHERE d.batch_id = b.id AND d.completed_at > $1)))
       ORDER BY c.created_at, c.seq LIMIT $2`,
      [before, opts.limit ?? 100_000],
    );
    return r.rows.map(job);
  }

  /**
   * Stores worker results in one transaction: each pending row gets its outcome (rows already
   * completed or failed are left alone: storing twice is a no-op), batches whose last item this was
   * are completed, and the webhook events this produced are queued. Returns the events and how many
   * rows changed.
   */
  async storeResults(results: ResultRow[], enqueue: (c: PoolClient, events: WebhookEvent[]) => Promise<void>): Promise<{ stored: number; duplicates: number; events: WebhookEvent[]; completedBatches: string[] }> {
    if (!results.length) return { stored: 0, duplicates: 0, events: [], completedBatches: [] };
    const ids: string[] = [];
    for (const r of results) ids.push(...r.ids);
    return withTransaction(this.pool, async (c) => {
      const updated = await c.query(
        `WITH v AS (
           SELECT x.id, r.status, r.output, r.error, r.data_version, r.attempts
           FROM json_to_recordset($1::json) AS r(ids uuid[], status text, output jsonb, error jsonb, data_version text, attempts int)
           CROSS JOIN LATERAL unnest(r.ids) AS x(id))
         UPDATE gateway.classification c
         SET status = v.status,
             output = CASE WHEN v.output IS NULL THEN NULL ELSE jsonb_set(v.output, '{id}', to_jsonb(c.id::text)) END,
             error = v.error, data_version = v.data_version, attempts = v.attempts, completed_at = now()
         FROM v WHERE c.id = v.id AND c.status = 'pending'
         RETURNING c.id, c.key_id, c.batch_id, c.mode, c.status, c.error, c.created_at, c.completed_at,
                   CASE WHEN c.mode = 'async' THEN c.output END AS output`, // only the webhook events of single classifications carry it
        // One JSON document for all results: no array literal to build and escape per field.
        [JSON.stringify(results.map((r) => ({ ids: r.ids, status: r.status, output: r.output ?? null, error: r.error ?? null, data_version: r.dataVersion ?? null, attempts: r.attempts })))],
      );
      const events: WebhookEvent[] = [];
      const batchIds = new Set<string>();
      for (const r of updated.rows) {
        if (r.batch_id) batchIds.add(r.batch_id);
        else if (r.mode === "async") {
          events.push({
            keyId: r.key_id,
            event: r.status === "completed" ? "classification.completed" : "classification.failed",
            payload: { id: r.id, status: r.status, classification: r.output, error: r.error, created_at: r.created_at, completed_at: r.completed_at },
          });
        }
      }
      const completedBatches: string[] = [];
      if (batchIds.size) {
        const done = await c.query(
          `UPDATE gateway.batch b SET status = 'completed', completed_at = now()
           WHERE b.id = ANY($1::uuid[]) AND b.status = 'running'
             AND NOT EXISTS (SELECT 1 FROM gateway.classification c WHERE c.batch_id = b.id AND c.status = 'pending')
           RETURNING b.id, b.key_id, b.total, b.created_at, b.completed_at`,
          [[...batchIds]],
        );
        for (const b of done.rows) {
          completedBatches.push(b.id);
          const counts = await c.query("SELECT status, count(*)::int AS n FROM gateway.classification WHERE batch_id = $1 GROUP BY status", [b.id]);
          const by = Object.fromEntries(counts.rows.map((x) => [x.status, x.n]));
          events.push({
            keyId: b.key_id,
            event: "batch.completed",
            payload: { batch_id: b.id, status: "completed", total: b.total, completed: by.completed ?? 0, failed: by.failed ?? 0, pending: 0, created_at: b.created_at, completed_at: b.completed_at },
          });
        }
      }
      if (events.length) await enqueue(c, events);
      return { stored: updated.rowCount ?? 0, duplicates: ids.length - (updated.rowCount ?? 0), events, completedBatches };
    });
  }
}
