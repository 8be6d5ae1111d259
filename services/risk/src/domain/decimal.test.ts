import { describe, expect, it } from "vitest";
import { compareAcrossCurrencies, compareDecimal, isDecimal } from "./decimal.js";

describe("decimal comparisons (no binary floats)", () => {
  it("compares decimal strings exactly", () => {
    expect(compareDecimal("2500", "2500.00")).toBe(0);
    expect(compareDecimal("2500.01", "2500")).toBe(1);
    expect(compareDecimal("0.1", "0.10000000000000001")).toBe(-1);
    expect(compareDecimal("99999999999999999999.99", "99999999999999999999.98")).toBe(1);
  });
  it("compares amounts in two currencies through their rates per EUR, by cross-multiplying", () => {
    // 2,700 USD at 1.08 USD/EUR is 2,500 EUR: equal to a 2,500 EUR threshold.
    expect(compareAcrossCurrencies("2700", "1.08", "2500", "1")).toBe(0);
    // 160 GBP at 0.85 GBP/EUR ≈ 188.24 EUR > 150 EUR.
    expect(compareAcrossCurrencies("160", "0.85", "150", "1")).toBe(1);
    // 2,000 EUR vs 2,500 USD at 1.08: 2,000 EUR = 2,160 USD < 2,500 USD.
    expect(compareAcrossCurrencies("2000", "1", "2500", "1.08")).toBe(-1);
  });
  it("accepts only non-negative plain decimals", () => {
    expect(isDecimal("12.50")).toBe(true);
    for (const bad of ["-1", "1e3", "1,5", "", ".5", "12."]) expect(isDecimal(bad)).toBe(false);
  });
});
