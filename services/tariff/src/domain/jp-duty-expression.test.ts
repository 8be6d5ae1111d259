import { describe, expect, it } from "vitest";
import { parseJpRate } from "./jp-duty-expression.js";

describe("Japanese tariff rate cells", () => {
  it.each([
    ["無税", { kind: "free" }, false],
    ["(無税)", { kind: "free" }, true],
    ["10.9%", { kind: "ad_valorem", components: [{ percent: "10.9" }] }, false],
    ["(10.9%)", { kind: "ad_valorem", components: [{ percent: "10.9" }] }, true],
    ["361円/kg", { kind: "specific", components: [{ amount: "361", currency: "JPY", unit: "kg" }] }, false],
    ["934円/kl", { kind: "specific", components: [{ amount: "0.934", currency: "JPY", unit: "liter" }] }, false],
    ["4,000,000円/頭", { kind: "specific", components: [{ amount: "4000000", unit: "head" }] }, false],
    ["25%＋63円/kg", { kind: "compound", components: [{ percent: "25" }, { amount: "63", unit: "kg" }] }, false],
  ])("%s", (cell, expression, bound) => {
    const r = parseJpRate(cell);
    expect(r.expression).toMatchObject(expression);
    expect(r.bound).toBe(bound);
  });

  it("'the higher of' is a minimum, 'the lower of' a maximum", () => {
    expect(parseJpRate("25%又は60円/kgのうちいずれか高い税率").expression).toMatchObject({ kind: "ad_valorem", components: [{ percent: "25" }], minimum: { amount: "60", unit: "kg" } });
    expect(parseJpRate("2.5%又は0.76円/kgのうちいずれか低い税率").expression).toMatchObject({ maximum: { amount: "0.76", unit: "kg" } });
    expect(parseJpRate("60%又は4,800円/足のうちいずれか高い税率").expression.minimum).toMatchObject({ amount: "4800", unit: "pair" });
  });

  it("markers are kept; quota texts, formulas and ranges are unparsed, never a partial rate", () => {
    expect(parseJpRate("◎無税")).toMatchObject({ marker: "◎", expression: { kind: "free" } });
    expect(parseJpRate("関税割当数量以内のもの\u3000無税").expression.kind).toBe("unparsed");
    expect(parseJpRate("(73.70円−課税価格)/kg").expression.kind).toBe("unparsed");
    expect(parseJpRate("(3%)〜(6%)").expression.kind).toBe("unparsed");
    expect(parseJpRate("5.6%又は4.4%＋1.52円/㎡のうちいずれか高い税率").expression).toMatchObject({ kind: "unparsed", reason: expect.stringContaining("compound") });
  });
});
