import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";
import { regime, regimeSet } from "./fixtures.test-util.js";

const asOf = "2026-06-01";

describe("assess: grading", () => {
  const set = regimeSet([
    regime("LABEL", { level: 1, applies: ["61"] }),
    regime("CE", { level: 3, applies: ["9503"], conditional: [{ prefix: "9504", condition: "if for children" }] }),
    regime("CARBON", { level: 4, applies: ["72"], exclude: ["7204"], counterparties: { include: ["*"], exclude: ["EU", "NO"] } }),
    regime("BAN", { level: 6, allCodes: true, counterparties: { include: ["RU"], exclude: [] } }),
  ]);
  it("the grade is the highest level among elements that apply; conditional ones only raise the possible grade", () => {
    const toy = assess(set, { code: "9503000000", origin: "CN", destination: "DE", asOf });
    expect(toy).toMatchObject({ available: true, grade: 3, maxPossibleGrade: 3 });
    const game = assess(set, { code: "950490", origin: "CN", destination: "DE", asOf });
    expect(game).toMatchObject({ grade: 0, maxPossibleGrade: 3 });
    expect(game.elements[0]).toMatchObject({ applicability: "conditional", condition: "if for children" });
  });
  it("L0 with no elements is 'no obligations', distinct from an unavailable destination", () => {
    const none = assess(set, { code: "0101210000", origin: "CN", destination: "DE", asOf });
    expect(none).toMatchObject({ available: true, grade: 0, elements: [] });
    const unknown = assess(set, { code: "0101210000", origin: "CN", destination: "JP", asOf });
    expect(unknown.available).toBe(false);
    expect(unknown.grade).toBeUndefined();
    expect(unknown.unavailableReason).toContain("JP");
  });
  it("origin scope: excluded origins drop the regime, an unknown origin makes it conditional", () => {
    expect(assess(set, { code: "720839", origin: "CN", destination: "FR", asOf }).elements.map((e) => e.regime.id)).toEqual(["CARBON"]);
    expect(assess(set, { code: "720839", origin: "NO", destination: "FR", asOf }).elements).toEqual([]);
    const unknown = assess(set, { code: "720839", destination: "FR", asOf });
    expect(unknown.elements[0]).toMatchObject({ applicability: "conditional" });
    expect(unknown.elements[0]!.condition).toContain("origin was not given");
    expect(unknown.warnings.map((w) => w.code)).toContain("ORIGIN_UNKNOWN");
  });
  it("without an origin, all-goods rules of particular origins are named in the warning, not listed", () => {
    const r = assess(set, { code: "6109100010", destination: "DE", asOf });
    expect(r.elements.map((e) => e.regime.id)).toEqual(["LABEL"]);
    expect(r.warnings.find((w) => w.code === "ORIGIN_UNKNOWN")?.message).toContain("BAN (RU)");
  });
  it("an all-codes regime applies to any code for its origin, and sorts first by level", () => {
    const r = assess(set, { code: "720839", origin: "RU", destination: "DE", asOf });
    expect(r.elements.map((e) => e.regime.id)).toEqual(["BAN", "CARBON"]);
    expect(r.grade).toBe(6);
  });
  it("a code broader than the scope, or above a carve-out, is conditional and says why", () => {
    expect(assess(set, { code: "7204", origin: "CN", destination: "DE", asOf }).elements).toEqual([]);
    const above = assess(set, { code: "72", origin: "CN", destination: "DE", asOf });
    expect(above).toMatchObject({ grade: 0, maxPossibleGrade: 4 });
    expect(above.elements[0]!.matchedBy).toBe("72 is in scope except 7204");
    const broad = assess(set, { code: "95", origin: "CN", destination: "DE", asOf });
    expect(broad.elements.map((e) => [e.regime.id, e.applicability])).toEqual([["CE", "conditional"]]);
    expect(broad.elements[0]!.matchedBy).toBe("some lines under 95 are in scope: 9503");
  });
  it("coverage warnings and general warnings are attached to available answers only", () => {
    expect(assess(set, { code: "6109100010", origin: "BD", destination: "DE", asOf }).warnings.map((w) => w.code)).toEqual(["EU_GAP", "GENERAL"]);
    expect(assess(set, { code: "6109100010", origin: "BD", destination: "JP", asOf }).warnings).toEqual([]);
  });
});

describe("assess: dates", () => {
  const set = regimeSet([
    regime("OLD", { applies: ["72"], validFrom: "2019-02-02", validTo: "2026-03-31", afterEnd: "replaced by NEW" }),
    regime("NEW", { applies: ["72"], validFrom: "2026-04-01" }),
    regime("FUTURE", { applies: ["72"], validFrom: "2027-01-01" }),
    regime("GONE", { applies: ["72"], validTo: "2020-01-01" }),
  ]);
  it("only regimes in force on the date are elements; recent ends and near starts are warnings", () => {
    const before = assess(set, { code: "720839", origin: "CN", destination: "DE", asOf: "2026-03-31" });
    expect(before.elements.map((e) => e.regime.id)).toEqual(["OLD"]);
    expect(before.warnings.filter((w) => w.code === "UPCOMING_REGIME").map((w) => w.message.split(" ")[0])).toEqual(["NEW", "FUTURE"]);
    const after = assess(set, { code: "720839", origin: "CN", destination: "DE", asOf: "2026-06-01" });
    expect(after.elements.map((e) => e.regime.id)).toEqual(["NEW"]);
    const ended = after.warnings.find((w) => w.code === "REGIME_ENDED");
    expect(ended?.message).toContain("OLD");
    expect(ended?.message).toContain("replaced by NEW");
    expect(after.warnings.some((w) => w.message.startsWith("GONE"))).toBe(false);
  });
  it("no 'ended' warning while the successor named in supersededBy is an element", () => {
    const s = regimeSet([regime("OLD", { applies: ["72"], validTo: "2026-03-31", supersededBy: "NEW" }), regime("NEW", { applies: ["72"], validFrom: "2026-04-01" })]);
    expect(assess(s, { code: "720839", origin: "CN", destination: "DE", asOf: "2026-06-01" }).warnings.some((w) => w.code === "REGIME_ENDED")).toBe(false);
  });
});

describe("assess: value thresholds", () => {
  const set = regimeSet([
    regime("FORMAL", { countries: { include: ["US"], exclude: [] }, allCodes: true, level: 1, valueThreshold: { currency: "USD", amount: "2500", appliesWhen: "above", description: "over USD 2,500" } }),
  ]);
  const rates = (c: string) => ({ USD: "1.08", EUR: "1", GBP: "0.85" })[c];
  it("applies above the threshold, not at or below it; conditional when the value is unknown", () => {
    expect(assess(set, { code: "6109100012", origin: "CN", destination: "US", asOf, value: { amount: "2500.01", currency: "USD" } }, rates).elements[0]?.applicability).toBe("applies");
    expect(assess(set, { code: "6109100012", origin: "CN", destination: "US", asOf, value: { amount: "2500", currency: "USD" } }, rates).elements).toEqual([]);
    expect(assess(set, { code: "6109100012", origin: "CN", destination: "US", asOf }, rates).elements[0]?.applicability).toBe("conditional");
  });
  it("converts through the ECB rates: EUR 2,400 = USD 2,592 is above USD 2,500", () => {
    expect(assess(set, { code: "6109100012", origin: "CN", destination: "US", asOf, value: { amount: "2400", currency: "EUR" } }, rates).elements[0]?.applicability).toBe("applies");
    expect(assess(set, { code: "6109100012", origin: "CN", destination: "US", asOf, value: { amount: "2000", currency: "GBP" } }, rates).elements[0]?.applicability).toBe("applies");
    expect(assess(set, { code: "6109100012", origin: "CN", destination: "US", asOf, value: { amount: "1000", currency: "GBP" } }, rates).elements).toEqual([]);
  });
  it("a currency without a rate leaves the regime conditional, saying so", () => {
    const r = assess(set, { code: "6109100012", origin: "CN", destination: "US", asOf, value: { amount: "100000", currency: "XAF" } }, rates);
    expect(r.elements[0]?.condition).toContain("could not be converted");
  });
});

describe("assess: export-side regimes", () => {
  const set = regimeSet([
    regime("EXPORT_CTRL", { direction: "export", level: 4, countries: { include: ["EU"], exclude: [] }, counterparties: { include: ["*"], exclude: ["EU"] }, conditional: [{ prefix: "8471", condition: "if listed" }] }),
  ]);
  it("apply to the country of export (the origin) and the destination; not assessed without an origin", () => {
    expect(assess(set, { code: "847130", origin: "DE", destination: "US", asOf }).elements.map((e) => e.regime.id)).toEqual(["EXPORT_CTRL"]);
    expect(assess(set, { code: "847130", origin: "DE", destination: "FR", asOf }).elements).toEqual([]);
    expect(assess(set, { code: "847130", origin: "CN", destination: "US", asOf }).elements).toEqual([]);
    expect(assess(set, { code: "847130", destination: "US", asOf }).elements).toEqual([]);
  });
  it("are listed even when the destination's import rules are unknown, with the answer unavailable", () => {
    const r = assess(set, { code: "847130", origin: "DE", destination: "JP", asOf });
    expect(r.available).toBe(false);
    expect(r.grade).toBeUndefined();
    expect(r.elements.map((e) => e.regime.id)).toEqual(["EXPORT_CTRL"]);
    expect(r.warnings.map((w) => w.code)).toContain("EXPORT_SIDE_ONLY");
  });
});
