import { describe, expect, it } from "vitest";
import { dutyFor, type MeasureRow, type ProgramInfo } from "./duty.js";
import { fixture } from "./fixtures.test-util.js";
import type { DutyExpression } from "./duty-expression.js";

const f = fixture();
const lineage = [f.ids.usMen, f.ids.usGroup, f.ids.us610910];
const av = (p: string): DutyExpression => ({ kind: "ad_valorem", text: `${p}%`, components: [{ type: "ad_valorem", percent: p }] });
const free: DutyExpression = { kind: "free", text: "Free", components: [] };
const m = (t: MeasureRow["measureType"], e: DutyExpression, programs: string[] = []): MeasureRow => ({
  schedule: "US", commodityCode: "61091000", measureType: t, geographicalArea: t === "general" ? "ERGA_OMNES" : t === "column2" ? "COLUMN2" : programs.join(","),
  programs, dutyExpressionText: e.text, dutyExpression: e, validityStart: "2020-01-01", validityEnd: null, sourceId: "fixture",
});
const measures = [m("general", av("16.5")), m("preferential", free, ["AU", "A+", "SG"]), m("column2", av("90"))];
const programs = new Map<string, ProgramInfo>([
  ["AU", { code: "AU", name: "US-Australia FTA", countries: ["AU"], legalReference: "GN 28", active: true }],
  ["SG", { code: "SG", name: "US-Singapore FTA", countries: ["SG"], legalReference: "GN 25", active: true }],
  ["A", { code: "A", name: "GSP", countries: ["KH", "IN"], legalReference: "GN 4", active: false, note: "GSP authorization lapsed 2020-12-31" }],
]);
const byCode = (code: string) => (code === "61091000" ? measures : []);

describe("dutyFor (US)", () => {
  it("a statistical line inherits the rates of its 8-digit tariff line: general 16.5% from CN", () => {
    const r = dutyFor(lineage, byCode, programs, "CN", "2026-06-01");
    expect(r.applicable?.measureType).toBe("general");
    expect(r.applicable?.dutyExpression).toEqual(av("16.5"));
    expect(r.measures.find((x) => x.measureType === "preferential")?.appliesToOrigin).toBe(false);
  });
  it("an Australian origin qualifies for the free US-Australia FTA rate (proof of origin warned)", () => {
    const r = dutyFor(lineage, byCode, programs, "AU", "2026-06-01");
    expect(r.applicable?.measureType).toBe("preferential");
    expect(r.applicable?.dutyExpression.kind).toBe("free");
    expect(r.warnings.join(" ")).toContain("proof of origin");
  });
  it("column 2 applies to North Korea and to Russia only from 2022-04-09 (Pub. L. 117-110)", () => {
    expect(dutyFor(lineage, byCode, programs, "KP", "2026-06-01").applicable?.measureType).toBe("column2");
    expect(dutyFor(lineage, byCode, programs, "RU", "2022-04-08").applicable?.measureType).toBe("general");
    expect(dutyFor(lineage, byCode, programs, "RU", "2022-04-09").applicable?.measureType).toBe("column2");
  });
  it("a lapsed programme (GSP, A+) gives no preference and says why", () => {
    const r = dutyFor(lineage, byCode, programs, "KH", "2026-06-01");
    expect(r.applicable?.measureType).toBe("general");
    expect(r.warnings.join(" ")).toContain("not in force");
  });
  it("without an origin the general rate is shown with a warning", () => {
    const r = dutyFor(lineage, byCode, programs, undefined, "2026-06-01");
    expect(r.applicable?.measureType).toBe("general");
    expect(r.warnings[0]).toContain("no origin");
  });
  it("reports when no measure exists at all", () => {
    const r = dutyFor(lineage, () => [], programs, "CN", "2026-06-01");
    expect(r.applicable).toBeUndefined();
    expect(r.warnings[0]).toContain("no duty measures");
  });
});
