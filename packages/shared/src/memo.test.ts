import { describe, expect, it } from "vitest";
import { RecentMap, RequestMap, memoByKey, memoByText, newRequestScope } from "./memo.js";

describe("memoByKey", () => {
  it("computes a key once, including an undefined answer, and starts afresh once the limit is reached", () => {
    const calls: string[] = [];
    const f = memoByKey((k: string) => {
      calls.push(k);
      return k === "none" ? undefined : k.length;
    }, 2);
    expect(f("ab")).toBe(2);
    expect(f("ab")).toBe(2);
    expect(f("none")).toBeUndefined();
    expect(f("none")).toBeUndefined();
    expect(calls).toEqual(["ab", "none"]);
    f("xyz"); // third key: the memo was full, so it is emptied first
    f("ab");
    expect(calls).toEqual(["ab", "none", "xyz", "ab"]);
  });
});

describe("RecentMap", () => {
  it("finds a value by its key object (not by equal contents), keeps only the most recent keys, and overwrites a key stored again", () => {
    const m = new RecentMap<object, number>(2);
    const a = {};
    const b = {};
    const c = {};
    m.set(a, 1).set(b, 2);
    expect(m.get(a)).toBe(1);
    expect(m.get({})).toBeUndefined();
    m.set(a, 3);
    expect(m.get(a)).toBe(3);
    m.set(c, 4); // full: the oldest stored key (b, then a again) makes room
    expect(m.get(c)).toBe(4);
    expect([m.get(a), m.get(b)].filter((v) => v !== undefined)).toHaveLength(1);
  });

  it("forgets every key stored before a new scope (one per classification), in every map", () => {
    const m1 = new RecentMap<object, string>();
    const m2 = new RecentMap<object, string>();
    const k = {};
    m1.set(k, "x");
    m2.set(k, "y");
    newRequestScope();
    expect(m1.get(k)).toBeUndefined();
    expect(m2.get(k)).toBeUndefined();
    m1.set(k, "z");
    expect(m1.get(k)).toBe("z");
  });
});

describe("per-request memos", () => {
  it("a RequestMap is empty in each new request scope", () => {
    const m = new RequestMap<string, number>();
    m.set("a", 1);
    expect(m.get("a")).toBe(1);
    newRequestScope();
    expect(m.has("a")).toBe(false);
  });

  it("a RequestMap never holds more than its limit, even when no new scope starts (a process that never classifies)", () => {
    const m = new RequestMap<string, number>(3);
    for (const k of ["a", "b", "c", "d"]) m.set(k, 1);
    expect(["a", "b", "c", "d"].filter((k) => m.has(k))).toEqual(["d"]);
  });

  it("memoByText keeps short texts across requests and a request's long texts for that request only", () => {
    const calls: string[] = [];
    const f = memoByText((k: string) => {
      calls.push(k);
      return k.length;
    }, 5);
    const long = "a long product title";
    f("red");
    f(long);
    f("red");
    f(long);
    expect(calls).toEqual(["red", long]);
    newRequestScope();
    f("red");
    f(long);
    expect(calls).toEqual(["red", long, long]);
  });
});
