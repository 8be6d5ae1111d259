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
