import type { Logger } from "@openhs/shared";
import { HttpError } from "./errors.js";
import type { ApiKey, KeyStore } from "./adapters/keys.js";
import type { UsageStore } from "./adapters/usage.js";

/**
 * Resolves the API key of a request (`Authorization: Bearer <key>` or `X-API-Key: <key>`). Verified
 * keys are remembered for `ttlMs` (by their hash, never the key), so a revocation takes effect
 * within that time; 0 checks the database on every request.
 */
export class Authenticator {
  private readonly cache = new Map<string, { key: ApiKey | undefined; until: number }>();

  constructor(private readonly keys: KeyStore, private readonly ttlMs: number) {}

  static presented(headers: Record<string, string | string[] | undefined>): string | undefined {
    const auth = headers.authorization;
    if (typeof auth === "string" && auth.trim()) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(auth.trim());
      if (!m) throw new HttpError(401, "unauthenticated", "the Authorization header must be 'Bearer <API key>'", "authorization");
      return m[1];
    }
    const x = headers["x-api-key"];
    if (typeof x === "string" && x.trim()) return x.trim();
    return undefined;
  }

  async authenticate(headers: Record<string, string | string[] | undefined>): Promise<ApiKey> {
    const presented = Authenticator.presented(headers);
    if (!presented) throw new HttpError(401, "unauthenticated", "an API key is required: send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'", "authorization");
    if (presented.length > 200) throw new HttpError(401, "unauthenticated", "invalid API key", "authorization");
    const now = Date.now();
    let hit = this.ttlMs > 0 ? this.cache.get(presented) : undefined;
    if (!hit || hit.until <= now) {
      hit = { key: await this.keys.verify(presented), until: now + this.ttlMs };
      if (this.ttlMs > 0) {
        if (this.cache.size > 10_000) this.cache.clear();
        this.cache.set(presented, hit);
      }
    }
    if (!hit.key) throw new HttpError(401, "unauthenticated", "invalid API key", "authorization");
    if (hit.key.revokedAt) throw new HttpError(401, "unauthenticated", "this API key has been revoked", "authorization");
    return hit.key;
  }
}

export interface RateDecision {
  limit: number;
  remaining: number;
  /** Unix time (seconds) when the current window ends. */
  reset: number;
  allowed: boolean;
  retryAfterS: number;
}

/**
 * Per-key fixed-window rate limit (requests per minute, per gateway replica): the window starts on
 * a key's first request and lasts 60 s.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  check(keyId: string, limit: number, now = Date.now()): RateDecision {
    let w = this.windows.get(keyId);
    if (!w || now - w.start >= 60_000) {
      w = { start: now, count: 0 };
      this.windows.set(keyId, w);
      if (this.windows.size > 100_000) for (const [k, v] of this.windows) if (now - v.start >= 60_000) this.windows.delete(k);
    }
    const resetMs = w.start + 60_000;
    const allowed = w.count < limit;
    if (allowed) w.count++;
    return { limit, remaining: Math.max(0, limit - w.count), reset: Math.ceil(resetMs / 1000), allowed, retryAfterS: allowed ? 0 : Math.max(1, Math.ceil((resetMs - now) / 1000)) };
  }
}

const day = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Usage counters kept in memory and added to PostgreSQL every `flushMs` (and on read and at shutdown). */
export class UsageMeter {
  private pending = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly store: UsageStore, private readonly logger: Logger, flushMs = 2000) {
    if (flushMs > 0) {
      this.timer = setInterval(() => void this.flush(), flushMs);
      this.timer.unref();
    }
  }

  count(keyId: string, endpoint: string, n = 1, now = Date.now()): void {
    const k = `${keyId}\u0000${day(now)}\u0000${endpoint}`;
    this.pending.set(k, (this.pending.get(k) ?? 0) + n);
  }

  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (!this.pending.size) return;
      const batch = this.pending;
      this.pending = new Map();
      const rows = [...batch].map(([k, count]) => {
        const [keyId, d, endpoint] = k.split("\u0000") as [string, string, string];
        return { keyId, day: d, endpoint, count };
      });
      try {
        await this.store.add(rows);
      } catch (err) {
        // Keep the counts for the next flush rather than losing them.
        for (const [k, n] of batch) this.pending.set(k, (this.pending.get(k) ?? 0) + n);
        this.logger.warn({ err: (err as Error).message }, "usage flush failed");
      }
    });
    return this.flushing;
  }

  async read(keyId: string, days: number) {
    await this.flush();
    const from = day(Date.now() - (days - 1) * 86_400_000);
    return this.store.read(keyId, from);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
