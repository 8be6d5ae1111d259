import { describe, expect, it } from "vitest";
import { memoByKey } from "./memo.js";

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
