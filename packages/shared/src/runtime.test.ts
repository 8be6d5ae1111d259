import { describe, expect, it } from "vitest";
import { collectGarbage } from "./runtime.js";

describe("collectGarbage", () => {
  it("frees the garbage a warm-up leaves behind (the heap in use shrinks)", () => {
    let garbage: Array<{ i: number; s: string }> | undefined = [];
    for (let i = 0; i < 300_000; i++) garbage.push({ i, s: `item ${i}` });
    const before = process.memoryUsage().heapUsed;
    garbage = undefined;
    expect(collectGarbage()).toBe(true);
    expect(process.memoryUsage().heapUsed).toBeLessThan(before - 10_000_000);
  });
});
