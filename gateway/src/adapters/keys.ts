import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import type { Pool } from "@openhs/shared";

/** An API key as stored (never the key itself: only its sha256). */
export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  rateLimitPerMinute: number;
  createdAt: Date;
  revokedAt: Date | null;
}

const KEY_FORMAT = /^ohs_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;
const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

export const hashKey = (key: string) => createHash("sha256").update(key, "utf8").digest("hex");

/** `ohs_<12 char prefix>_<256-bit secret, base64url>`: the prefix finds the row, the hash proves it. */
export function generateKey(): { key: string; prefix: string } {
  const bytes = randomBytes(12);
  const prefix = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join("");
  return { key: `ohs_${prefix}_${randomBytes(32).toString("base64url")}`, prefix };
}

/** The prefix of a well-formed key, or undefined. */
export function keyPrefix(key: string): string | undefined {
  return KEY_FORMAT.exec(key)?.[1];
}

function row(r: Record<string, unknown>): ApiKey {
  return {
    id: String(r.id),
    name: String(r.name),
    prefix: String(r.prefix),
    rateLimitPerMinute: Number(r.rate_limit_per_minute),
    createdAt: r.created_at as Date,
    revokedAt: (r.revoked_at as Date | null) ?? null,
  };
}

/** API keys in PostgreSQL (schema "gateway"). Used by the gateway and by `openhs keys`. */
export class KeyStore {
  constructor(private readonly pool: Pool) {}

  /** Creates a key; the plain key is returned once and never stored. */
  async create(name: string, rateLimitPerMinute: number): Promise<{ key: string; record: ApiKey }> {
    const n = name.trim();
    if (!n || n.length > 200) throw new Error("a key name of 1 to 200 characters is required");
    if (!Number.isInteger(rateLimitPerMinute) || rateLimitPerMinute < 1) throw new Error("the rate limit must be a positive whole number of requests per minute");
    const { key, prefix } = generateKey();
    const r = await this.pool.query(
      `INSERT INTO gateway.api_key (id, name, prefix, key_hash, rate_limit_per_minute) VALUES ($1, $2, $3, $4, $5)
       RETURNING id, name, prefix, rate_limit_per_minute, created_at, revoked_at`,
      [randomUUID(), n, prefix, hashKey(key), rateLimitPerMinute],
    );
    return { key, record: row(r.rows[0]) };
  }

  /** The key record for a presented key, or undefined when unknown (revoked keys are returned, flagged). */
  async verify(key: string): Promise<ApiKey | undefined> {
    const prefix = keyPrefix(key);
    if (!prefix) return undefined;
    const r = await this.pool.query("SELECT id, name, prefix, key_hash, rate_limit_per_minute, created_at, revoked_at FROM gateway.api_key WHERE prefix = $1", [prefix]);
    if (r.rowCount === 0) return undefined;
    const want = Buffer.from(String(r.rows[0].key_hash), "hex");
    const got = Buffer.from(hashKey(key), "hex");
    if (want.length !== got.length || !timingSafeEqual(want, got)) return undefined;
    return row(r.rows[0]);
  }

  /** Revokes by id or prefix; returns the record (undefined when no such key). */
  async revoke(idOrPrefix: string): Promise<ApiKey | undefined> {
    const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrPrefix);
    const r = await this.pool.query(
      `UPDATE gateway.api_key SET revoked_at = COALESCE(revoked_at, now()) WHERE ${isUuid ? "id = $1::uuid" : "prefix = $1"}
       RETURNING id, name, prefix, rate_limit_per_minute, created_at, revoked_at`,
      [idOrPrefix],
    );
    return r.rowCount ? row(r.rows[0]) : undefined;
  }

  async list(): Promise<ApiKey[]> {
    const r = await this.pool.query("SELECT id, name, prefix, rate_limit_per_minute, created_at, revoked_at FROM gateway.api_key ORDER BY created_at");
    return r.rows.map(row);
  }

  async count(): Promise<number> {
    const r = await this.pool.query("SELECT count(*)::int AS n FROM gateway.api_key WHERE revoked_at IS NULL");
    return r.rows[0].n;
  }
}
