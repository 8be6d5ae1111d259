/**
 * A pure function of a string key, memoized per key (texts, words and terms recur across requests). Bounded: the
 * memo is emptied once it holds `limit` keys. Values must not be changed by callers: they are shared.
 */
export function memoByKey<T>(f: (key: string) => T, limit = 8192): (key: string) => T {
  const memo = new Map<string, T>();
  return (key: string): T => {
    const hit = memo.get(key);
    if (hit !== undefined || memo.has(key)) return hit as T;
    const v = f(key);
    if (memo.size >= limit) memo.clear();
    memo.set(key, v);
    return v;
  };
}

/**
 * A memo keyed by object identity for values worked out per request object (a request's attributes and the copies a
 * follow-up question tries): it keeps the `capacity` most recently stored keys, and none from before the latest
 * {@link RecentMap.newScope} (a classification starts one). Not a WeakMap on purpose: V8's young-generation collector
 * keeps a WeakMap entry's value alive even when its key is garbage (only a full collection clears it), so per-request
 * values in a module-level WeakMap survive every young collection, are copied and promoted, and lengthen its pauses.
 */
export class RecentMap<K extends object, V> {
  private static scope = 0;
  /** Starts a new scope: every RecentMap forgets the keys stored before it. */
  static newScope(): void {
    RecentMap.scope++;
  }

  private readonly keys: Array<K | undefined>;
  private readonly values: Array<V | undefined>;
  private next = 0;
  private scope = RecentMap.scope;

  constructor(readonly capacity = 32) {
    this.keys = new Array<K | undefined>(capacity).fill(undefined);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
  }

  private enterScope(): void {
    if (this.scope === RecentMap.scope) return;
    this.scope = RecentMap.scope;
    this.keys.fill(undefined);
    this.values.fill(undefined);
    this.next = 0;
  }

  /** The value stored for `key` in this scope (most recent keys are looked at first). */
  get(key: K): V | undefined {
    this.enterScope();
    const n = this.capacity;
    for (let i = 1; i <= n; i++) {
      const j = (this.next - i + n) % n;
      if (this.keys[j] === key) return this.values[j];
    }
    return undefined;
  }

  /** Stores `value` for `key`, replacing the oldest key once full. */
  set(key: K, value: V): this {
    this.enterScope();
    const n = this.capacity;
    for (let i = 1; i <= n; i++) {
      const j = (this.next - i + n) % n;
      if (this.keys[j] === key) {
        this.values[j] = value;
        return this;
      }
    }
    this.keys[this.next] = key;
    this.values[this.next] = value;
    this.next = (this.next + 1) % n;
    return this;
  }
}
