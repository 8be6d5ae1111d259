import { describe, expect, it } from "vitest";
import { InputError } from "@openhs/shared";
import { parseLane } from "./input.js";

const ref = { countries: new Set(["DE", "CN", "US", "GB", "FR", "RU"]), currencies: new Set(["EUR", "USD", "CNY", "GBP"]) };
const lane = (over: Partial<Parameters<typeof parseLane>[0]>) => parseLane({ hsCode: "6109100010", originCountry: "CN", destinationCountry: "DE", asOf: "2026-03-01", ...over }, ref);
const fieldOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.field;
    throw e;
  }
  return undefined;
};

describe("parseLane", () => {
  it("normalizes the code and the countries", () => {
    expect(lane({ hsCode: "6109.10.00 10", originCountry: "cn", destinationCountry: " de " })).toMatchObject({ code: "6109100010", origin: "CN", destination: "DE" });
  });
  it("accepts EU as a destination and an empty origin as unknown", () => {
    expect(lane({ destinationCountry: "EU", originCountry: "" })).toMatchObject({ destination: "EU", origin: undefined });
  });
  it("rejects malformed codes with the field", () => {
    for (const hsCode of ["", "61x9", "61", "61091", "61091000101", "6109-10-abc"]) expect(fieldOf(() => lane({ hsCode }))).toBe("hs_code");
  });
  it("rejects unknown or malformed countries with the field", () => {
    expect(fieldOf(() => lane({ destinationCountry: "ZZ" }))).toBe("destination_country");
    expect(fieldOf(() => lane({ destinationCountry: "DEU" }))).toBe("destination_country");
    expect(fieldOf(() => lane({ destinationCountry: "" }))).toBe("destination_country");
    expect(fieldOf(() => lane({ originCountry: "XX" }))).toBe("origin_country");
    expect(fieldOf(() => lane({ originCountry: "EU" }))).toBe("origin_country");
  });
  it("rejects bad dates and values with the field", () => {
    expect(fieldOf(() => lane({ asOf: "2026-02-30" }))).toBe("as_of");
    expect(fieldOf(() => lane({ value: { amount: "-5", currency: "EUR" } }))).toBe("value.amount");
    expect(fieldOf(() => lane({ value: { amount: "1e9", currency: "EUR" } }))).toBe("value.amount");
    expect(fieldOf(() => lane({ value: { amount: "10", currency: "EURO" } }))).toBe("value.currency");
    expect(fieldOf(() => lane({ value: { amount: "10", currency: "XYZ" } }))).toBe("value.currency");
    expect(lane({ value: { amount: "10.50", currency: "usd" } }).value).toEqual({ amount: "10.50", currency: "USD" });
  });
});
