import { describe, expect, it } from "vitest";
import { isValidOn, parseAsOf, today } from "./dates.js";
import { InputError } from "./grpc.js";

describe("parseAsOf", () => {
  it("defaults to today", () => expect(parseAsOf("")).toBe(today()));
  it("accepts a real calendar date", () => expect(parseAsOf("2024-02-29")).toBe("2024-02-29"));
  it.each(["2023-02-29", "2024-13-01", "24-01-01", "yesterday", "2024-01-01T00:00:00Z"])("rejects %s with the field named", (v) => {
    expect(() => parseAsOf(v)).toThrow(InputError);
    try {
      parseAsOf(v, "as_of");
    } catch (e) {
      expect((e as InputError).field).toBe("as_of");
    }
  });
});

describe("isValidOn", () => {
  it("treats null bounds as open and bounds as inclusive", () => {
    expect(isValidOn("2022-01-01", "2022-01-01", null)).toBe(true);
    expect(isValidOn("2021-12-31", "2022-01-01", null)).toBe(false);
    expect(isValidOn("2021-12-31", null, "2021-12-31")).toBe(true);
    expect(isValidOn("2022-01-01", null, "2021-12-31")).toBe(false);
  });
});
