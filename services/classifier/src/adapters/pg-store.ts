import { randomUUID } from "node:crypto";
import { uuidv7, type Pool } from "@openhs/shared";
import type { ProductInput } from "../domain/types.js";

export interface StoredClassification<T> {
  id: string;
  input: ProductInput;
  output: T;
  engineVersion: string;
  dataVersion: string;
  createdAt: Date;
}

export interface StoredFeedback {
  id: string;
  classificationId: string;
  verdict: "confirmed" | "corrected";
  code: string;
  comment: string | null;
  createdAt: Date;
}

/** Classifications and feedback in PostgreSQL (schema "classifier"); parameterized SQL only. */
export class ClassificationStore<T> {
  constructor(private readonly pool: Pool) {}

  private pending: Array<{ row: Record<string, unknown>; done: (err?: unknown) => void }> = [];
  private flushing = false;

  /**
   * Stores one answer. Under load, answers arriving while a write is in flight are written together by
   * the next one (group commit: one INSERT, one WAL flush); each caller still waits for its own row.
   */
  async save(input: ProductInput, productKey: string, output: T, engineVersion: string, dataVersion: string): Promise<StoredClassification<T>> {
    const id = uuidv7();
    const createdAt = new Date();
    await new Promise<void>((resolve, reject) => {
      this.pending.push({ row: { id, product_key: productKey, input, output, engine_version: engineVersion, data_version: dataVersion, created_at: createdAt }, done: (err) => (err ? reject(err) : resolve()) });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => void this.flush());
      }
    });
    return { id, input, output, engineVersion, dataVersion, createdAt };
  }

  private async flush(): Promise<void> {
    while (this.pending.length) {
      const batch = this.pending.splice(0, 500);
      try {
        // One JSON document for the whole group: no array literal to build and escape per field.
        await this.pool.query(
          `INSERT INTO classifier.classification (id, product_key, input, output, engine_version, data_version, created_at)
           SELECT v.id, v.product_key, v.input, v.output, v.engine_version, v.data_version, v.created_at
           FROM json_to_recordset($1::json) AS v(id uuid, product_key text, input jsonb, output jsonb, engine_version text, data_version text, created_at timestamptz)`,
          [JSON.stringify(batch.map((b) => b.row))],
        );
        for (const b of batch) b.done();
      } catch (err) {
        for (const b of batch) b.done(err);
      }
    }
    this.flushing = false;
  }

  /**
   * Stores one classification under each of `ids` (copies of the same answer, e.g. identical products
   * of a batch) in one statement. Storing an id that already exists is a no-op, so a redelivered
   * batch item stores nothing new.
   */
  async saveMany(ids: string[], input: ProductInput, productKey: string, output: T, engineVersion: string, dataVersion: string): Promise<Date> {
    if (ids.length === 0) return new Date();
    const r = await this.pool.query(
      `INSERT INTO classifier.classification (id, product_key, input, output, engine_version, data_version)
       SELECT unnest($1::uuid[]), $2, $3, $4, $5, $6
       ON CONFLICT (id) DO NOTHING RETURNING created_at`,
      [ids, productKey, JSON.stringify(input), JSON.stringify(output), engineVersion, dataVersion],
    );
    return r.rows[0]?.created_at ?? new Date();
  }

  /** Many answers, each under its ids, in one statement; ids already stored are left as they were. */
  async saveBulk(rows: Array<{ ids: string[]; input: ProductInput; key: string; output: T }>, engineVersion: string, dataVersion: string): Promise<void> {
    if (!rows.some((r) => r.ids.length)) return;
    await this.pool.query(
      `INSERT INTO classifier.classification (id, product_key, input, output, engine_version, data_version)
       SELECT x.id, v.product_key, v.input, v.output, $2, $3
       FROM json_to_recordset($1::json) AS v(ids uuid[], product_key text, input jsonb, output jsonb)
       CROSS JOIN LATERAL unnest(v.ids) AS x(id)
       ON CONFLICT (id) DO NOTHING`,
      [JSON.stringify(rows.map((r) => ({ ids: r.ids, product_key: r.key, input: r.input, output: r.output }))), engineVersion, dataVersion],
    );
  }

  async get(id: string): Promise<(StoredClassification<T> & { feedback: StoredFeedback[] }) | undefined> {
    const r = await this.pool.query(
      "SELECT id, input, output, engine_version, data_version, created_at FROM classifier.classification WHERE id = $1",
      [id],
    );
    if (r.rowCount === 0) return undefined;
    const row = r.rows[0];
    const fb = await this.pool.query(
      "SELECT id, classification_id, verdict, code, comment, created_at FROM classifier.feedback WHERE classification_id = $1 ORDER BY created_at",
      [id],
    );
    return {
      id: row.id,
      input: row.input,
      output: row.output,
      engineVersion: row.engine_version,
      dataVersion: row.data_version,
      createdAt: row.created_at,
      feedback: fb.rows.map(toFeedback),
    };
  }

  /**
   * Stores feedback once per idempotency key (a repeated key returns the first feedback).
   */
  async addFeedback(classificationId: string, verdict: "confirmed" | "corrected", code: string, comment: string | undefined, idempotencyKey: string | undefined): Promise<StoredFeedback> {
    const id = randomUUID();
    const r = await this.pool.query(
      `INSERT INTO classifier.feedback (id, classification_id, verdict, code, comment, idempotency_key)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (idempotency_key) DO NOTHING
       RETURNING id, classification_id, verdict, code, comment, created_at`,
      [id, classificationId, verdict, code, comment ?? null, idempotencyKey || null],
    );
    if (r.rowCount === 1) return toFeedback(r.rows[0]);
    const prev = await this.pool.query(
      "SELECT id, classification_id, verdict, code, comment, created_at FROM classifier.feedback WHERE idempotency_key = $1",
      [idempotencyKey],
    );
    return toFeedback(prev.rows[0]);
  }

  /** Every feedback with its product input, oldest first (to rebuild the feedback memory at start). */
  async allFeedback(): Promise<Array<{ input: ProductInput; verdict: "confirmed" | "corrected"; code: string; createdAt: Date }>> {
    const r = await this.pool.query(
      `SELECT c.input, f.verdict, f.code, f.created_at FROM classifier.feedback f
       JOIN classifier.classification c ON c.id = f.classification_id ORDER BY f.created_at`,
    );
    return r.rows.map((x) => ({ input: x.input, verdict: x.verdict, code: x.code, createdAt: x.created_at }));
  }
}

function toFeedback(r: Record<string, unknown>): StoredFeedback {
  return {
    id: String(r.id),
    classificationId: String(r.classification_id),
    verdict: r.verdict as "confirmed" | "corrected",
    code: String(r.code),
    comment: (r.comment as string | null) ?? null,
    createdAt: r.created_at as Date,
  };
}
