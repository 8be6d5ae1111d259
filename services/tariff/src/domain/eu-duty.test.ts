import { describe, expect, it } from "vitest";
import { parseMetricDutyExpression } from "./metric-duty-expression.js";
import type { MeasureRow } from "./duty.js";
import { euDutyFor } from "./eu-duty.js";
import { row } from "./fixtures.test-util.js";

/** EU duty from the CET 2020 table cross-checked with the derived 2026 ad valorem table (hand-made rows). */

const cn8 = (code: string) => row({ schedule: "EU", code, level: "tariff_line", description: "line", declarable: true });
const cet = (code: string, text: string): MeasureRow => ({
  schedule: "EU", commodityCode: code, measureType: "general", geographicalArea: "ERGA_OMNES", programs: [], dutyExpressionText: text,
  dutyExpression: parseMetricDutyExpression(text), validityStart: "2020-01-01", validityEnd: null, sourceId: "eu-cet-2020", dataDate: "2020-01-01", confidence: "medium", notes: [],
});
const adv = (code: string, pct: string): MeasureRow => ({
  ...cet(code, `${pct}%`), sourceId: "eu-adval-2026", validityStart: "2026-01-01", dataDate: "2026-04-06", confidence: "low",
});
const answer = (code: string, measures: MeasureRow[]) => euDutyFor([cn8(code)], (c) => measures.filter((m) => m.commodityCode === c), new Map(), "CN", "2026-03-02");

describe("EU duty: CET 2020 cross-checked with the 2026 table", () => {
  it("same pure ad valorem rate in both: the 2020 rate with HIGH confidence", () => {
    const a = answer("6109100000", [cet("6109100000", "12.0%"), adv("6109100000", "12")]);
    expect(a.applicable).toMatchObject({ sourceId: "eu-cet-2020", dutyExpressionText: "12.0%", confidence: "high" });
  });
  it("compound rate whose ad valorem part agrees: MEDIUM (the specific part is 2020's)", () => {
    const a = answer("0201100000", [cet("0201100000", "12.80% + 176.80 EUR / 100 kg"), adv("0201100000", "12.8")]);
    expect(a.applicable).toMatchObject({ confidence: "medium" });
    expect(a.applicable!.notes!.join(" ")).toContain("specific part is from 2020");
  });
  it("the tables disagree: the official 2020 rate with LOW confidence and the 2026 figure in a note", () => {
    const a = answer("8407341000", [cet("8407341000", "2.7%"), adv("8407341000", "0")]);
    expect(a.applicable).toMatchObject({ dutyExpressionText: "2.7%", confidence: "low" });
    expect(a.applicable!.notes!.join(" ")).toContain("may have changed");
  });
  it("the 2026 table's RU/BY-conditional 50 % does not override the 2020 rate", () => {
    const a = answer("1201900000", [cet("1201900000", "0.0%"), adv("1201900000", "50")]);
    expect(a.applicable).toMatchObject({ dutyExpressionText: "0.0%", confidence: "medium" });
  });
  it("a new code only in the 2026 table: its ad valorem rate with LOW confidence in industrial chapters", () => {
    const a = answer("8517130000", [adv("8517130000", "0")]);
    expect(a.applicable).toMatchObject({ sourceId: "eu-adval-2026", confidence: "low" });
  });
  it("a 0 % only in the 2026 table in chapters 01-24 is not a rate: duty_unavailable", () => {
    const a = answer("0403201100", [adv("0403201100", "0")]);
    expect(a.applicable).toBeUndefined();
    expect(a.warnings.join(" ")).toContain("duty_unavailable");
  });
  it("no data at all: duty_unavailable", () => {
    const a = answer("9999999999", []);
    expect(a.applicable).toBeUndefined();
    expect(a.warnings.join(" ")).toContain("duty_unavailable");
  });
});
