import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it, expect } from "vitest";
import { iterateCsvRecords } from "@openhs/shared/csv";
import {
  DUTY_UNITS,
  EmptyRateTextError,
  UNIT_ALIASES,
  canonicalDecimal,
  centsToDollars,
  normalizeRateText,
  parseDutyExpression,
  parseSpecialRates,
  type DutyComponent,
  type DutyExpression,
} from "./duty-expression.js";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const DATA_DIR = process.env.HS_DATA_DIR ?? path.resolve(REPO_ROOT, "../shared/data");
const HTS_CSV = path.join(DATA_DIR, "us-hts-usitc-2026-rev4/hts_2026_revision_4.csv");

const usd = (amount: string, unit: string, extra: Partial<DutyComponent> = {}): DutyComponent => ({
  type: "specific",
  amount,
  currency: "USD",
  unit,
  unitText: expect.any(String) as unknown as string,
  ...extra,
});
const pct = (percent: string, extra: Partial<DutyComponent> = {}): DutyComponent => ({ type: "ad_valorem", percent, ...extra });

describe("decimal helpers", () => {
  it("converts cents to dollars exactly", () => {
    expect(centsToDollars("2.6")).toBe("0.026");
    expect(centsToDollars("0.2")).toBe("0.002");
    expect(centsToDollars("0.01")).toBe("0.0001");
    expect(centsToDollars("85.2")).toBe("0.852");
    expect(centsToDollars("6.58170")).toBe("0.065817");
    expect(centsToDollars("0.0622005")).toBe("0.000622005");
    expect(centsToDollars("100")).toBe("1");
    expect(centsToDollars("1234.5")).toBe("12.345");
  });

  it("canonicalizes decimal strings", () => {
    expect(canonicalDecimal("1.50")).toBe("1.5");
    expect(canonicalDecimal("5.00")).toBe("5");
    expect(canonicalDecimal("007")).toBe("7");
    expect(canonicalDecimal("1,000.10")).toBe("1000.1");
    expect(canonicalDecimal(".5")).toBe("0.5");
    expect(() => canonicalDecimal("1e3")).toThrow(RangeError);
  });
});

describe("normalizeRateText", () => {
  it("fixes whitespace, hyphenation, slashes, final periods and run-together words", () => {
    expect(normalizeRateText(" Free\n(A, B) ")).toBe("Free (A, B)");
    expect(normalizeRateText("See U.S. note 3 to this sub- chapter")).toBe("See U.S. note 3 to this subchapter");
    expect(normalizeRateText("any internal- revenue tax")).toBe("any internal-revenue tax");
    expect(normalizeRateText("0.0622005¢ /kg")).toBe("0.0622005¢/kg");
    expect(normalizeRateText("14.27¢/ liter")).toBe("14.27¢/liter");
    expect(normalizeRateText("No change.")).toBe("No change");
    expect(normalizeRateText("See note 3 of the U.S.")).toBe("See note 3 of the U.S.");
    expect(normalizeRateText("35% on thebattery")).toBe("35% on the battery");
  });
});

describe("parseDutyExpression: worked examples", () => {
  it("free, in any case, with or without qualifying clauses", () => {
    expect(parseDutyExpression("Free")).toEqual({ kind: "free", text: "Free", components: [] });
    expect(parseDutyExpression("free").kind).toBe("free");
    expect(parseDutyExpression("Free, under bond, as prescribed in U.S. note 1 to this subchapter")).toMatchObject({
      kind: "free",
      conditions: ["under bond, as prescribed in U.S. note 1 to this subchapter"],
    });
    expect(parseDutyExpression("Free (See U.S. note 4 of this subchapter)").conditions).toEqual([
      "See U.S. note 4 of this subchapter",
    ]);
    // Additional Duties column
    expect(parseDutyExpression("No additional duty").kind).toBe("free");
  });

  it("ad valorem", () => {
    expect(parseDutyExpression("16.5%")).toEqual({ kind: "ad_valorem", text: "16.5%", components: [pct("16.5")] });
    expect(parseDutyExpression("10.0%").components).toEqual([pct("10")]);
    expect(parseDutyExpression("1.5 percent of the fair retail value").components).toEqual([
      pct("1.5", { appliesTo: "fair retail value" }),
    ]);
    // A repeating fraction keeps its exact value as a fraction.
    expect(parseDutyExpression("33 1/3%").components).toEqual([pct("33.3333333333", { percentFraction: "100/3" })]);
  });

  it("specific: cents per kg, dollars per unit, per item", () => {
    expect(parseDutyExpression("2.6¢/kg")).toEqual({
      kind: "specific",
      text: "2.6¢/kg",
      components: [{ type: "specific", amount: "0.026", currency: "USD", unit: "kg", unitText: "kg" }],
    });
    expect(parseDutyExpression("0.2¢/liter").components).toEqual([usd("0.002", "liter")]);
    expect(parseDutyExpression("$1.035/kg").components).toEqual([usd("1.035", "kg")]);
    expect(parseDutyExpression("$1.78/pf. liter").components).toEqual([usd("1.78", "pf_liter", { unitText: "pf. liter" })]);
    expect(parseDutyExpression("18.9¢/pf.liter").components).toEqual([usd("0.189", "pf_liter")]);
    expect(parseDutyExpression("$1.50 each").components).toEqual([usd("1.5", "each")]);
    expect(parseDutyExpression("68¢/head").components).toEqual([usd("0.68", "head")]);
    expect(parseDutyExpression("$1.24/t").components).toEqual([usd("1.24", "ton", { unitText: "t" })]);
    expect(parseDutyExpression("$2.50/thou- sand + 40%").components).toEqual([usd("2.5", "thousand"), pct("40")]);
    expect(parseDutyExpression("10¢/1,000 pins + 3.5%").components[0]).toEqual(usd("0.1", "thousand", { unitText: "1,000 pins" }));
    expect(parseDutyExpression("0.18¢/line/ gross + 2.5%").components[0]).toEqual(usd("0.0018", "line_gross"));
    expect(parseDutyExpression("18.7¢/clean kg").components).toEqual([usd("0.187", "clean_kg", { unitText: "clean kg" })]);
    expect(parseDutyExpression("3.3¢/lin. m").components).toEqual([usd("0.033", "m")]);
    expect(parseDutyExpression("62¢/pr. + 13.7%").components[0]).toEqual(usd("0.62", "pair"));
  });

  it("specific with the quantity base it is charged on", () => {
    expect(parseDutyExpression("0.01¢/kg of total sugars").components).toEqual([
      usd("0.0001", "kg", { appliesTo: "total sugars" }),
    ]);
    expect(parseDutyExpression("3.7¢/kg on drained weight").components).toEqual([usd("0.037", "kg", { appliesTo: "drained weight" })]);
    expect(parseDutyExpression("$1.32/t, including weight of container").components).toEqual([
      usd("1.32", "ton", { appliesTo: "including weight of container" }),
    ]);
  });

  it("compound: sums of specific and ad valorem parts", () => {
    const e = parseDutyExpression("12.4¢/kg + 2%");
    expect(e.kind).toBe("compound");
    expect(e.components).toEqual([usd("0.124", "kg"), pct("2")]);
    expect(parseDutyExpression("$1.035/kg +13.6%").components).toEqual([usd("1.035", "kg"), pct("13.6")]);
    expect(parseDutyExpression("8.8¢/kg on copper content + 3.3¢/kg on lead content + 3.7¢/kg on zinc content").components).toEqual([
      usd("0.088", "kg", { appliesTo: "copper content" }),
      usd("0.033", "kg", { appliesTo: "lead content" }),
      usd("0.037", "kg", { appliesTo: "zinc content" }),
    ]);
  });

  it('compound with "on the case" / "on the strap" / "on the battery" parts', () => {
    const e = parseDutyExpression("$1.70 each + 45% on the case + 110% on the strap, band or bracelet + 35% on the battery");
    expect(e.kind).toBe("compound");
    expect(e.components).toEqual([
      usd("1.7", "each"),
      pct("45", { appliesTo: "case" }),
      pct("110", { appliesTo: "strap, band or bracelet" }),
      pct("35", { appliesTo: "battery" }),
    ]);
    expect(parseDutyExpression("41¢ each + 5% on case and strap, band or bracelet + 4.2% on the battery").components[1]).toEqual(
      pct("5", { appliesTo: "case and strap, band or bracelet" }),
    );
    expect(parseDutyExpression("3.1% on the value of the rifle + 13% on the value of the telescopic sight, if any").components).toEqual([
      pct("3.1", { appliesTo: "rifle" }),
      pct("13", { appliesTo: "telescopic sight, if any" }),
    ]);
    expect(parseDutyExpression("$2.70 each + 45% on the case + 35% on thebattery").components[2]).toEqual(pct("35", { appliesTo: "battery" }));
  });

  it("jewels, thresholds and verbatim limiting clauses", () => {
    expect(parseDutyExpression("43¢ each + 2.8¢/jewel over 7 + 3.7% on the case").components).toEqual([
      usd("0.43", "each"),
      usd("0.028", "jewel", { over: "7" }),
      pct("3.7", { appliesTo: "case" }),
    ]);
    const e = parseDutyExpression(
      "4.3% + 1.7¢/jewel + 0.2¢ for each other piece or part, but if consisting in part of a plate or a set of plates the total duty shall not exceed the duty for the complete movement",
    );
    expect(e.kind).toBe("compound");
    expect(e.components).toEqual([pct("4.3"), usd("0.017", "jewel"), usd("0.002", "each", { appliesTo: "other piece or part" })]);
    expect(e.conditions).toEqual([
      "but if consisting in part of a plate or a set of plates the total duty shall not exceed the duty for the complete movement",
    ]);
  });

  it("sliding scale with a minimum (raw sugar by polarity)", () => {
    const e = parseDutyExpression(
      "4.3817¢/kg less 0.0622005¢ /kg for each degree under 100 degrees (and fractions of a degree in proportion) but not less 2.831562¢ /kg",
    );
    expect(e.kind).toBe("specific");
    expect(e.components).toEqual([usd("0.043817", "kg")]);
    expect(e.adjustments).toEqual([
      usd("0.000622005", "kg", { subtract: true, perEach: "degree under 100 degrees (and fractions of a degree in proportion)" }),
    ]);
    expect(e.minimum).toEqual(usd("0.02831562", "kg"));
  });

  it("reference", () => {
    expect(parseDutyExpression("See additional U.S. note 3")).toEqual({
      kind: "reference",
      text: "See additional U.S. note 3",
      components: [],
      reason: "See additional U.S. note 3",
    });
    expect(parseDutyExpression("The rate of duty appli- cable to that article in the set subject to the high- est rate of duty").reason).toBe(
      "The rate of duty applicable to that article in the set subject to the highest rate of duty",
    );
    expect(parseDutyExpression("A duty upon the value of the repairs oralterations (see U.S. note 3 of this subchapter)")).toMatchObject({
      kind: "reference",
      reason: "A duty upon the value of the repairs or alterations (see U.S. note 3 of this subchapter)",
    });
    expect(parseDutyExpression("The duty provided in the applicable subheading.").kind).toBe("reference");
  });

  it("derived: another provision's rate plus or minus components", () => {
    expect(parseDutyExpression("The duty provided in the applicable subheading + 25%")).toEqual({
      kind: "derived",
      text: "The duty provided in the applicable subheading + 25%",
      components: [pct("25")],
      reason: "The duty provided in the applicable subheading",
    });
    expect(parseDutyExpression("The duty provided inthe applicable subheading+ 25%").components).toEqual([pct("25")]);
    expect(parseDutyExpression("The duty provided in the applicable subheading plus 25%").components).toEqual([pct("25")]);
    expect(
      parseDutyExpression("The duty provided in the applicable subheading + a duty of 50% upon the value of the steel content.").components,
    ).toEqual([pct("50", { appliesTo: "steel content" })]);
    expect(parseDutyExpression("The duty rate provided in such subheading minus 0.5%")).toMatchObject({
      kind: "derived",
      components: [pct("0.5", { subtract: true })],
      reason: "The duty rate provided in such subheading",
    });
    expect(parseDutyExpression("The duty provided in subheadings 8716.39.00, 8716.90.30 or 8716.90.50 + 100%").reason).toBe(
      "The duty provided in subheadings 8716.39.00, 8716.90.30 or 8716.90.50",
    );
  });

  it("no change", () => {
    expect(parseDutyExpression("No change")).toEqual({ kind: "no_change", text: "No change", components: [] });
    expect(parseDutyExpression("No Change").kind).toBe("no_change");
    expect(parseDutyExpression("No change.").kind).toBe("no_change");
  });

  it("unparsed with a precise reason; empty text throws", () => {
    expect(parseDutyExpression("3¢/furlong")).toMatchObject({ kind: "unparsed", reason: 'unknown unit in "3¢/furlong": "/furlong"' });
    expect(parseDutyExpression("5% + ")).toMatchObject({ kind: "unparsed", reason: "empty component (stray '+')" });
    expect(parseDutyExpression("Free (A,AU)").reason).toMatch(/parseSpecialRates/);
    expect(parseDutyExpression("whatever")).toMatchObject({ kind: "unparsed", reason: 'unrecognized rate component "whatever"' });
    expect(() => parseDutyExpression("")).toThrow(EmptyRateTextError);
    expect(() => parseDutyExpression(" \n ")).toThrow(EmptyRateTextError);
  });
});

describe("parseSpecialRates", () => {
  it("splits rates and their programme lists", () => {
    const r = parseSpecialRates("Free (A,AU,BH,CL,CO,D,E,IL,KR,MA,OM,P,PA,PE,S,SG)1.8¢/liter(JO)");
    expect(r.map((x) => x.programs)).toEqual([["A", "AU", "BH", "CL", "CO", "D", "E", "IL", "KR", "MA", "OM", "P", "PA", "PE", "S", "SG"], ["JO"]]);
    expect(r[0]!.expression.kind).toBe("free");
    expect(r[1]!.expression).toMatchObject({ kind: "specific", components: [usd("0.018", "liter")] });
  });

  it("tolerates stray whitespace and line breaks, keeps markers", () => {
    const r = parseSpecialRates("Free \n(A+, AU, BH,CL, CO, D, E*, IL,JO, KR, MA, OM,P, PA, PE, S, SG)");
    expect(r).toHaveLength(1);
    expect(r[0]!.programs).toEqual(["A+", "AU", "BH", "CL", "CO", "D", "E*", "IL", "JO", "KR", "MA", "OM", "P", "PA", "PE", "S", "SG"]);
  });

  it("handles several rates, references and no-change entries", () => {
    const r = parseSpecialRates("No change (A) Free (CA,IL, MX) See U.S. note 3 to this sub- chapter (E) See U.S. note 3(e) (CO,PE)");
    expect(r.map((x) => [x.expression.kind, x.programs, x.expression.reason])).toEqual([
      ["no_change", ["A"], undefined],
      ["free", ["CA", "IL", "MX"], undefined],
      ["reference", ["E"], "See U.S. note 3 to this subchapter"],
      ["reference", ["CO", "PE"], "See U.S. note 3(e)"],
    ]);
    const s = parseSpecialRates("$1.035/kg + 13.6% (S+)");
    expect(s).toEqual([{ programs: ["S+"], expression: expect.objectContaining({ kind: "compound" }) as DutyExpression }]);
  });

  it("does not take parenthesized notes for programme lists", () => {
    const r = parseSpecialRates(
      "Free (AU,BH,CL, CO,IL,JO,KR,MA,OM,P,PA, PE,S,SG) A duty upon the value of the repairs or alterations (see U.S. note 3 of this subchapter) (B,C,)",
    );
    expect(r).toHaveLength(2);
    expect(r[1]).toMatchObject({
      programs: ["B", "C"],
      expression: { kind: "reference", reason: "A duty upon the value of the repairs or alterations (see U.S. note 3 of this subchapter)" },
    });
    expect(parseSpecialRates("Free (See U.S. note 4 of this subchapter)")).toEqual([
      { programs: [], expression: expect.objectContaining({ kind: "free", conditions: ["See U.S. note 4 of this subchapter"] }) as DutyExpression },
    ]);
  });

  it("rates without programmes, duplicates and printing artifacts", () => {
    expect(parseSpecialRates("15%")).toEqual([{ programs: [], expression: expect.objectContaining({ kind: "ad_valorem" }) as DutyExpression }]);
    expect(parseSpecialRates("")).toEqual([]);
    expect(parseSpecialRates("Free (A,IL,L,KR,L,MA)")[0]!.programs).toEqual(["A", "IL", "L", "KR", "MA"]);
    const r = parseSpecialRates("Free (BH,CL) See 9919.04.50, 9919.04.57 (PA (PA)");
    expect(r.map((x) => x.programs)).toEqual([["BH", "CL"], ["PA"]]);
    expect(r[1]!.expression.reason).toBe("See 9919.04.50, 9919.04.57");
  });
});

describe("units", () => {
  it("maps every printed unit alias into the documented vocabulary", () => {
    for (const unit of Object.values(UNIT_ALIASES)) expect(DUTY_UNITS).toHaveProperty(unit);
  });
});

/**
 * Rate texts of the real file that are allowed to stay unparsed, with the reason. Keep it small;
 * it is empty: every distinct rate text of HTSUS 2026 Revision 4 parses.
 */
const UNPARSED_ALLOW_LIST: ReadonlyMap<string, string> = new Map<string, string>([]);

describe("every rate text of the USITC HTSUS 2026 Revision 4 CSV", () => {
  it("parses, with known units and decimal-string amounts", () => {
    expect(existsSync(HTS_CSV), `missing data file ${HTS_CSV} (set HS_DATA_DIR)`).toBe(true);
    const text = readFileSync(HTS_CSV, "utf8");
    const columns = { general: 4, special: 5, column2: 6, additional: 8 } as const;
    const distinct = new Map<string, Set<string>>(Object.keys(columns).map((c) => [c, new Set<string>()]));
    let header = true;
    for (const { record } of iterateCsvRecords(text)) {
      if (header) {
        expect(record[columns.general]).toBe("General Rate of Duty");
        expect(record[columns.additional]).toBe("Additional Duties");
        header = false;
        continue;
      }
      for (const [name, i] of Object.entries(columns)) {
        const v = record[i]!;
        if (v.trim()) distinct.get(name)!.add(v);
      }
    }

    const failures: string[] = [];
    const kinds: Record<string, number> = {};
    const check = (column: string, source: string, e: DutyExpression) => {
      kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
      if (e.kind === "unparsed" && !UNPARSED_ALLOW_LIST.has(source)) failures.push(`${column}: ${JSON.stringify(source)} → ${e.reason}`);
      const parts = [...e.components, ...(e.adjustments ?? []), ...(e.minimum ? [e.minimum] : []), ...(e.maximum ? [e.maximum] : [])];
      for (const c of parts) {
        if (c.type === "specific") {
          if (!c.unit || !(c.unit in DUTY_UNITS)) failures.push(`${column}: ${JSON.stringify(source)} → unknown unit ${c.unit}`);
          if (!/^\d+(\.\d+)?$/.test(c.amount ?? "")) failures.push(`${column}: ${JSON.stringify(source)} → bad amount ${c.amount}`);
          if (c.currency !== "USD") failures.push(`${column}: ${JSON.stringify(source)} → currency ${c.currency}`);
        } else if (!/^\d+(\.\d+)?$/.test(c.percent ?? "")) {
          failures.push(`${column}: ${JSON.stringify(source)} → bad percent ${c.percent}`);
        }
      }
    };

    let total = 0;
    for (const [column, values] of distinct) {
      total += values.size;
      for (const v of values) {
        if (column === "special") {
          const rates = parseSpecialRates(v);
          if (rates.length === 0) failures.push(`${column}: ${JSON.stringify(v)} → no rates`);
          for (const r of rates) check(column, v, r.expression);
        } else {
          check(column, v, parseDutyExpression(v));
        }
      }
    }
    expect(failures).toEqual([]);
    expect(total).toBeGreaterThan(2000);
    // Every kind occurs in the real data.
    for (const k of ["free", "ad_valorem", "specific", "compound", "reference", "derived", "no_change"]) expect(kinds[k]).toBeGreaterThan(0);
  });
});
