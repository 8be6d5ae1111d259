/**
 * A small LRU cache with a time-to-live for tariff GET answers. Tariff data only changes when it is
 * re-imported, and the tariff service itself reloads on a poll, so answers a few seconds old are as
 * fresh as the service's own. Only successful answers are cached; clients bypass the cache with
 * `Cache-Control: no-cache`.
 */
export class TtlLru<V> {
  private readonly map = new Map<string, { value: V; expires: number }>();
  private hits = 0;
  private misses = 0;

  constructor(private readonly maxEntries: number, private readonly ttlMs: number) {}

  get enabled(): boolean {
    return this.maxEntries > 0 && this.ttlMs > 0;
  }

  get(key: string, now = Date.now()): V | undefined {
    const e = this.map.get(key);
    if (!e) {
      this.misses++;
      return undefined;
    }
    if (e.expires <= now) {
      this.map.delete(key);
      this.misses++;
      return undefined;
    }
    // Refresh recency: Map keeps insertion order, so re-insert to mark as most recently used.
    this.map.delete(key);
    this.map.set(key, e);
    this.hits++;
    return e.value;
  }

  set(key: string, value: V, now = Date.now()): void {
    if (!this.enabled) return;
    this.map.delete(key);
    this.map.set(key, { value, expires: now + this.ttlMs });
    while (this.map.size > this.maxEntries) this.map.delete(this.map.keys().next().value!);
  }

  /** Forgets every entry (e.g. when feedback may change answers). */
  clear(): void {
    this.map.clear();
  }

  stats() {
    return { entries: this.map.size, hits: this.hits, misses: this.misses };
  }
}
