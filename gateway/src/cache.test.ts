import { describe, expect, it } from "vitest";
import { TtlLru } from "./cache.js";

describe("TtlLru", () => {
  it("returns what was stored until it expires", () => {
    const c = new TtlLru<string>(10, 1000);
    c.set("a", "1", 0);
    expect(c.get("a", 999)).toBe("1");
    expect(c.get("a", 1000)).toBeUndefined();
  });
  it("evicts the least recently used entry beyond its size", () => {
    const c = new TtlLru<number>(2, 10_000);
    c.set("a", 1, 0);
    c.set("b", 2, 0);
    c.get("a", 1); // a is now the most recent
    c.set("c", 3, 2);
    expect(c.get("b", 3)).toBeUndefined();
    expect(c.get("a", 3)).toBe(1);
    expect(c.get("c", 3)).toBe(3);
  });
  it("stores nothing when disabled", () => {
    const c = new TtlLru<number>(0, 1000);
    c.set("a", 1);
    expect(c.get("a")).toBeUndefined();
  });
});
