import { describe, expect, it } from "vitest";
import { uuidv7 } from "./ids.js";

describe("uuidv7", () => {
  it("is a well-formed version 7, variant 10 UUID", () => {
    for (let i = 0; i < 1000; i++) expect(uuidv7()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("carries its millisecond timestamp first, so later ids sort after earlier ones", () => {
    const t = Date.UTC(2026, 11, 3, 12, 0, 0, 123);
    const id = uuidv7(t);
    expect(parseInt(id.replace(/-/g, "").slice(0, 12), 16)).toBe(t);
    expect(uuidv7(t + 1) > uuidv7(t)).toBe(true);
  });

  it("does not repeat (random part from a refilled pool)", () => {
    const seen = new Set(Array.from({ length: 20_000 }, () => uuidv7(1_000)));
    expect(seen.size).toBe(20_000);
  });
});
