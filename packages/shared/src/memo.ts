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
 * The request scope: a classification starts a new one ({@link newRequestScope}), and what is memoized per request
 * ({@link RecentMap}, {@link RequestMap}, {@link memoByText}) is forgotten when the next one starts.
 *
 * Why not WeakMaps or long-lived bounded maps: V8's young-generation collector keeps a WeakMap entry's value alive even
 * when its key is garbage (only a full collection clears it), and a long-lived map's entries are alive by definition;
 * either way every request's values survive young collections, are copied and promoted, and lengthen the pauses.
 */
let scope = 0;

/** Starts a new request scope: every per-request memo forgets what it stored before. */
export function newRequestScope(): void {
  scope++;
}

/**
 * A memo keyed by object identity for values worked out per request object (a request's attributes and the copies a
 * follow-up question tries): it keeps the `capacity` most recently stored keys of the current request scope.
 */
export class RecentMap<K extends object, V> {
  private readonly keys: Array<K | undefined>;
  private readonly values: Array<V | undefined>;
  private next = 0;
  private scope = scope;

  constructor(readonly capacity = 32) {
    this.keys = new Array<K | undefined>(capacity).fill(undefined);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
  }

  private enterScope(): void {
    if (this.scope === scope) return;
    this.scope = scope;
    this.keys.fill(undefined);
    this.values.fill(undefined);
    this.next = 0;
  }

  /** The slot of `key` in this scope, or -1 (most recent keys are looked at first). */
  private slotOf(key: K): number {
    this.enterScope();
    const n = this.capacity;
    for (let i = 1; i <= n; i++) {
      const j = (this.next - i + n) % n;
      if (this.keys[j] === key) return j;
    }
    return -1;
  }

  /** The value stored for `key` in this scope. */
  get(key: K): V | undefined {
    const j = this.slotOf(key);
    return j < 0 ? undefined : this.values[j];
  }

  /** Stores `value` for `key`, replacing the oldest key once full. */
  set(key: K, value: V): this {
    let j = this.slotOf(key);
    if (j < 0) {
      j = this.next;
      this.keys[j] = key;
      this.next = (j + 1) % this.capacity;
    }
    this.values[j] = value;
    return this;
  }
}

/**
 * A map for the current request scope only: a new request finds it empty (a new map, not a cleared one). It holds at
 * most `limit` keys (a process that never starts request scopes, or a very large request, starts over when full).
 */
export class RequestMap<K, V> {
  private map = new Map<K, V>();
  private scope = scope;

  constructor(private readonly limit = 4096) {}

  private current(): Map<K, V> {
    if (this.scope !== scope) {
      this.scope = scope;
      this.map = new Map();
    }
    return this.map;
  }

  get(key: K): V | undefined {
    return this.current().get(key);
  }

  has(key: K): boolean {
    return this.current().has(key);
  }

  set(key: K, value: V): this {
    const m = this.current();
    if (m.size >= this.limit && !m.has(key)) this.map = new Map();
    this.map.set(key, value);
    return this;
  }
}

/**
 * {@link memoByKey} for texts: short ones (attribute values, single words: they recur across requests) are kept across
 * requests, up to `limit`; longer ones (a request's own texts, which do not recur) for the current request only.
 */
export function memoByText<T>(f: (key: string) => T, persistUpTo = 40, limit = 4096): (key: string) => T {
  const shared = memoByKey(f, limit);
  const own = new RequestMap<string, T>();
  return (key: string): T => {
    if (key.length <= persistUpTo) return shared(key);
    const hit = own.get(key);
    if (hit !== undefined || own.has(key)) return hit as T;
    const v = f(key);
    own.set(key, v);
    return v;
  };
}
