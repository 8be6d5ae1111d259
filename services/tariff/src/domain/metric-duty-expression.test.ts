import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseCsv } from "@openhs/shared/csv";
import { dataDir } from "@openhs/shared";
import path from "node:path";
import { parseMetricDutyExpression } from "./metric-duty-expression.js";

describe("EU / UK duty expressions", () => {
  it.each([
    ["12.0%", { kind: "ad_valorem", components: [{ type: "ad_valorem", percent: "12" }] }],
    ["0.0%", { kind: "free", components: [] }],
    ["41.20 EUR / 100 kg", { kind: "specific", components: [{ type: "specific", amount: "0.412", currency: "EUR", unit: "kg", unitText: "100 kg" }] }],
    ["12.80% + 176.80 EUR / 100 kg", { kind: "compound", components: [{ type: "ad_valorem", percent: "12.8" }, { type: "specific", amount: "1.768", currency: "EUR", unit: "kg" }] }],
    ["10.00% + 77.00 GBP/100kg", { kind: "compound", components: [{ percent: "10" }, { amount: "0.77", currency: "GBP", unit: "kg" }] }],
    ["1,024.00 EUR / tonne", { kind: "specific", components: [{ amount: "1024", unit: "ton" }] }],
    ["32.00 EUR / hl", { kind: "specific", components: [{ amount: "32", unit: "hl" }] }],
    ["1.75 EUR / % vol / hl", { kind: "specific", components: [{ amount: "1.75", unit: "pct_vol_hl" }] }],
    ["52.00 EUR / 1,000 items", { kind: "specific", components: [{ amount: "52", unit: "thousand" }] }],
    ["0.20 GBP/ item", { kind: "specific", components: [{ amount: "0.2", currency: "GBP", unit: "each" }] }],
    ["5.10% + 9.40 EUR / 100 kg / net drained wt", { kind: "compound", components: [{ percent: "5.1" }, { amount: "0.094", unit: "kg", appliesTo: "net drained weight" }] }],
  ])("%s", (text, expected) => expect(parseMetricDutyExpression(text)).toMatchObject({ text, ...expected }));

  it("minimum and maximum clauses, in amounts or percents", () => {
    expect(parseMetricDutyExpression("4.50% MIN 0.30 EUR / item MAX 0.80 EUR / item")).toMatchObject({
      kind: "ad_valorem",
      minimum: { type: "specific", amount: "0.3", unit: "each" },
      maximum: { type: "specific", amount: "0.8", unit: "each" },
    });
    expect(parseMetricDutyExpression("0.50 EUR / item MIN 2.70% MAX 4.60%")).toMatchObject({ kind: "specific", minimum: { percent: "2.7" }, maximum: { percent: "4.6" } });
    expect(parseMetricDutyExpression("6.50% MAX 5.00 EUR / 100 m")).toMatchObject({ maximum: { amount: "0.05", unit: "m" } });
  });

  it("what cannot be computed is unparsed (or a reference) with the reason, never a partial rate", () => {
    expect(parseMetricDutyExpression("9.00% +  EA MAX 18.70%  + ADSZ")).toMatchObject({ kind: "unparsed", reason: expect.stringContaining("Meursing") });
    expect(parseMetricDutyExpression("15.00% (01 JAN-14 FEB, 16 JUN-31 DEC), 0.00% (15 FEB-15 JUN)")).toMatchObject({ kind: "unparsed", reason: expect.stringContaining("seasonal") });
    expect(parseMetricDutyExpression("0.40 EUR/100 kg/net/ % sacchar.")).toMatchObject({ kind: "unparsed", reason: expect.stringContaining("sucrose") });
    expect(parseMetricDutyExpression("9.10% + 45.10 EUR / 100 kg MAX 18.90% + 16.50 EUR / 100 kg")).toMatchObject({ kind: "unparsed", reason: expect.stringContaining("compound maximum") });
    expect(parseMetricDutyExpression("6.4 + 24.6 EUR/100 kg")).toMatchObject({ kind: "unparsed" });
    expect(parseMetricDutyExpression("Entry Price")).toMatchObject({ kind: "reference" });
  });

  it("parses every rate of the official UKGT-vs-CET table; under 1 % is unparsed, each with a reason", () => {
    const file = path.join(dataDir(), "uk-global-tariff-2021-vs-eu-cet-2020", "ukgt_vs_cet.csv");
    const rows = parseCsv(readFileSync(file, "utf8")).slice(1);
    let total = 0;
    let unparsed = 0;
    for (const r of rows) {
      for (const text of [r[3]!, r[4]!]) {
        if (!text) continue;
        total++;
        const e = parseMetricDutyExpression(text);
        if (e.kind === "unparsed") {
          unparsed++;
          expect(e.reason).toBeTruthy();
        }
        for (const c of [...e.components, e.minimum, e.maximum]) if (c) expect(c.type === "ad_valorem" ? c.percent : c.amount).toMatch(/^\d+(\.\d+)?$/);
      }
    }
    expect(total).toBeGreaterThan(23_000);
    expect(unparsed / total).toBeLessThan(0.01);
  });
});
