import { randomUUID } from "node:crypto";
import type { Pool, PoolClient } from "@openhs/shared";
import type { WebhookEvent } from "./classifications.js";

export interface Webhook {
  keyId: string;
  url: string;
  secret: string;
  events: string[];
  createdAt: Date;
  updatedAt: Date;
}

export interface Delivery {
  id: string;
  keyId: string;
  event: string;
  payload: Record<string, unknown>;
  attempts: number;
  url: string;
  secret: string;
}

/** Webhooks (one per API key) and their deliveries (an outbox, retried with backoff). */
export class WebhookStore {
  constructor(private readonly pool: Pool) {}

  async put(keyId: string, url: string, secret: string, events: string[]): Promise<Webhook> {
    const r = await this.pool.query(
      `INSERT INTO gateway.webhook (key_id, url, secret, events) VALUES ($1, $2, $3, $4)
       ON CONFLICT (key_id) DO UPDATE SET url = EXCLUDED.url, secret = EXCLUDED.secret, events = EXCLUDED.events, updated_at = now()
       RETURNING key_id, url, secret, events, created_at, updated_at`,
      [keyId, url, secret, events],
    );
    return toWebhook(r.rows[0]);
  }

  async get(keyId: string): Promise<Webhook | undefined> {
    const r = await this.pool.query("SELECT key_id, url, secret, events, created_at, updated_at FROM gateway.webhook WHERE key_id = $1", [keyId]);
    return r.rowCount ? toWebhook(r.rows[0]) : undefined;
  }

  async delete(keyId: string): Promise<boolean> {
    const r = await this.pool.query("DELETE FROM gateway.webhook WHERE key_id = $1", [keyId]);
    return (r.rowCount ?? 0) > 0;
  }

  /** Queues deliveries for the keys whose webhook subscribes to each event (inside the caller's transaction). */
  async enqueue(c: PoolClient | Pool, events: WebhookEvent[]): Promise<void> {
    if (!events.length) return;
    await c.query(
      `INSERT INTO gateway.webhook_delivery (id, key_id, event, payload, status)
       SELECT v.id, v.key_id, v.event, v.payload, 'pending'
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::jsonb[]) AS v(id, key_id, event, payload)
       JOIN gateway.webhook w ON w.key_id = v.key_id AND v.event = ANY(w.events)`,
      [events.map(() => randomUUID()), events.map((e) => e.keyId), events.map((e) => e.event), events.map((e) => JSON.stringify(e.payload))],
    );
  }

  /**
   * Claims up to `limit` due deliveries (their next attempt is pushed `leaseMs` ahead so another
   * gateway replica does not send them at the same time).
   */
  async claimDue(limit: number, leaseMs: number): Promise<Delivery[]> {
    const r = await this.pool.query(
      `WITH due AS (
         SELECT d.id FROM gateway.webhook_delivery d
         WHERE d.status = 'pending' AND d.next_attempt_at <= now()
         ORDER BY d.next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
       UPDATE gateway.webhook_delivery d SET next_attempt_at = now() + ($2::int * interval '1 millisecond')
       FROM due, gateway.webhook w WHERE d.id = due.id AND w.key_id = d.key_id
       RETURNING d.id, d.key_id, d.event, d.payload, d.attempts, w.url, w.secret`,
      [limit, leaseMs],
    );
    return r.rows.map((x) => ({ id: x.id, keyId: x.key_id, event: x.event, payload: x.payload, attempts: x.attempts, url: x.url, secret: x.secret }));
  }

  async delivered(id: string, httpStatus: number): Promise<void> {
    await this.pool.query(
      "UPDATE gateway.webhook_delivery SET status = 'delivered', attempts = attempts + 1, last_status = $2, last_error = NULL, delivered_at = now() WHERE id = $1",
      [id, httpStatus],
    );
  }

  /** Records a failed attempt: retried at `retryAt`, or failed for good when `retryAt` is undefined. */
  async attemptFailed(id: string, httpStatus: number | null, error: string, retryAt: Date | undefined): Promise<void> {
    await this.pool.query(
      `UPDATE gateway.webhook_delivery SET attempts = attempts + 1, last_status = $2, last_error = $3,
         status = CASE WHEN $4::timestamptz IS NULL THEN 'failed' ELSE 'pending' END,
         next_attempt_at = COALESCE($4::timestamptz, next_attempt_at)
       WHERE id = $1`,
      [id, httpStatus, error.slice(0, 500), retryAt ?? null],
    );
  }

  /** Deliveries of a key, newest first (the owner sees what was sent and how it went). */
  async deliveries(keyId: string, limit: number) {
    const r = await this.pool.query(
      `SELECT id, event, status, attempts, last_status, last_error, created_at, delivered_at, next_attempt_at
       FROM gateway.webhook_delivery WHERE key_id = $1 ORDER BY created_at DESC LIMIT $2`,
      [keyId, limit],
    );
    return r.rows.map((x) => ({
      id: x.id,
      event: x.event,
      status: x.status,
      attempts: x.attempts,
      last_status: x.last_status,
      last_error: x.last_error,
      created_at: x.created_at.toISOString(),
      delivered_at: x.delivered_at?.toISOString() ?? null,
      next_attempt_at: x.status === "pending" ? x.next_attempt_at.toISOString() : null,
    }));
  }
}

function toWebhook(r: Record<string, unknown>): Webhook {
  return { keyId: String(r.key_id), url: String(r.url), secret: String(r.secret), events: r.events as string[], createdAt: r.created_at as Date, updatedAt: r.updated_at as Date };
}
