import { describe, expect, it } from "vitest";
import { penultimateWednesdayOfPreviousMonth, fxRuleFor } from "./fx.js";
import { calculateLandedCost } from "./landed-cost.js";
import { Dec, formatMoney } from "./money.js";
import { adValorem, facts, free, fx, input, measure, reviewedRules } from "./test-fixtures.test-util.js";
import type { Component, LandedCostResult, TariffFacts } from "./types.js";

/**
 * Worked examples, each computed by hand in the test with its formula. Amounts are rounded half-up
 * to the cent as each figure is produced; later figures use the rounded ones.
 */

const rules = reviewedRules();
/** A fresh rate table per calculation (it records the rates used). */
const usd = () => fx({ USD: "1.0850" });

const money = (d: Dec | undefined) => (d === undefined ? undefined : formatMoney(d, "USD"));
const byType = (r: LandedCostResult, type: Component["type"]) => r.components.filter((c) => c.type === type);
const one = (r: LandedCostResult, code: string) => r.components.find((c) => c.code === code);
const codes = (r: LandedCostResult) => r.warnings.map((w) => w.code);

// US HTS 6109.10.00 (cotton T-shirts, men's 6109.10.00.12): general 16.5 %, free under the
// US–Australia FTA (and others), as printed in the USITC HTSUS 2026 Rev. 4.
const tshirtUs = (origin: string): TariffFacts => {
  const general = measure({ measureType: "general", expression: adValorem("16.5"), commodityCode: "61091000", appliesToOrigin: origin !== "CU" });
  const pref = measure({
    measureType: "preferential",
    geographicalArea: "AU,BH,CL,CO,IL,JO,KR,MA,OM,P,PA,PE,S,SG",
    expression: free(),
    text: "Free (AU,BH,CL,CO,IL,JO,KR,MA,OM,P,PA,PE,S,SG)",
    programs: [
      { code: "AU", name: "United States-Australia Free Trade Agreement", countries: ["AU"], legalReference: "General Note 28" },
      { code: "KR", name: "United States-Korea Free Trade Agreement", countries: ["KR"], legalReference: "General Note 33" },
    ],
    commodityCode: "61091000",
    appliesToOrigin: origin === "AU" || origin === "KR",
  });
  // Section 301 List 4A (HTSUS 9903.88.15: the duty of the subheading + 7.5 %) on products of China.
  const s301 = measure({
    measureType: "additional",
    geographicalArea: "CN",
    expression: { kind: "derived", text: "The duty provided in the applicable subheading + 7.5%", components: [{ type: "ad_valorem", percent: "7.5" }], reason: "The duty provided in the applicable subheading" },
    additionalCode: "9903.88.15",
    legalBasis: "Section 301 (Trade Act of 1974), China: List 4A, HTSUS 9903.88.15 (U.S. note 20)",
    source: "us-special-tariffs",
    licence: "MIT",
    commodityCode: "61091000",
    appliesToOrigin: origin === "CN",
  });
  return facts({ code: "6109100012", description: "Men's or boys' T-shirts of cotton", measures: [general, pref, s301], applicable: origin === "AU" ? pref : general });
};

describe("US import of cotton T-shirts, HTSUS 6109.10.00.12", () => {
  // 1,000 shirts at USD 4.50 FOB, 180 kg, by sea, freight USD 300 paid on top, imported 2026-03-02.
  const req = (origin: string) =>
    input({ code: "6109100012", origin, destination: "US", currency: "USD", unitValue: new Dec("4.50"), quantity: new Dec(1000), weightKg: new Dec(180), shipping: new Dec(300), incoterm: "FOB", transportMode: "sea" });

  it("from CN: 16.5 % general duty, Section 301 List 4A 7.5 %, MPF at its FY2026 minimum, HMF on sea cargo", () => {
    const r = calculateLandedCost(req("CN"), tshirtUs("CN"), rules, { currency: "USD", fx: usd(), fxRule: fxRuleFor("US", "2026-03-02") });
    // customs value (FOB) = 1000 × 4.50 = 4500.00 (freight excluded in the US)
    expect(money(r.totals.customsValue)).toBe("4500.00");
    expect(r.valuationBasis).toBe("FOB");
    // duty = 16.5 % × 4500.00 = 742.50
    expect(one(r, "MFN")).toMatchObject({ type: "duty", rate: "16.5%", confidence: "high" });
    expect(money(one(r, "MFN")!.amount)).toBe("742.50");
    // Section 301 = 7.5 % × 4500.00 = 337.50, itemized with its heading, source and licence
    expect(one(r, "9903.88.15")).toMatchObject({ type: "additional_duty", source: "us-special-tariffs", licence: "MIT" });
    expect(money(one(r, "9903.88.15")!.amount)).toBe("337.50");
    // MPF = 0.3464 % × 4500.00 = 15.588 → 15.59, below the FY2026 minimum 33.58 → 33.58
    expect(money(one(r, "MPF")!.amount)).toBe("33.58");
    expect(one(r, "MPF")!.note).toContain("raised to the minimum 33.58 USD");
    // HMF = 0.125 % × 4500.00 = 5.625 → 5.63
    expect(money(one(r, "HMF")!.amount)).toBe("5.63");
    // no de minimis since 2025-08-29 (EO 14324); no import VAT in the US
    expect(r.deMinimis.duty).toMatchObject({ status: "not_available", waived: false });
    expect(byType(r, "vat")).toHaveLength(0);
    // duties and taxes = 742.50 + 337.50 + 33.58 + 5.63 = 1119.21; landed = 4500.00 + 300.00 + 1119.21 = 5919.21
    expect(money(r.totals.duties)).toBe("1080.00");
    expect(money(r.totals.dutiesAndTaxes)).toBe("1119.21");
    expect(money(r.totals.landedCost)).toBe("5919.21");
    // per unit = 5919.21 / 1000 = 5.91921 → 5.92
    expect(money(r.totals.landedCostPerUnit)).toBe("5.92");
    expect(r.totals.complete).toBe(true);
  });

  it("from AU: free under the US–Australia FTA (proof of origin needed) and no MPF on originating goods", () => {
    const r = calculateLandedCost(req("AU"), tshirtUs("AU"), rules, { currency: "USD", fx: usd(), fxRule: fxRuleFor("US", "2026-03-02") });
    const duty = byType(r, "preferential_duty")[0]!;
    expect(duty).toMatchObject({ code: "AU", rate: "Free (AU,BH,CL,CO,IL,JO,KR,MA,OM,P,PA,PE,S,SG)" });
    expect(duty.label).toContain("United States-Australia Free Trade Agreement");
    expect(money(duty.amount)).toBe("0.00");
    expect(codes(r)).toContain("PROOF_OF_ORIGIN_REQUIRED");
    expect(money(one(r, "MPF")!.amount)).toBe("0.00");
    expect(one(r, "MPF")!.note).toContain("programme AU");
    // landed = 4500.00 + 300.00 + HMF 5.63 = 4805.63
    expect(money(r.totals.landedCost)).toBe("4805.63");
  });

  it("claiming no preference from AU charges the general rate", () => {
    const r = calculateLandedCost({ ...req("AU"), ignorePreferences: true }, tshirtUs("AU"), rules, { currency: "USD", fx: usd(), fxRule: fxRuleFor("US", "2026-03-02") });
    expect(money(one(r, "MFN")!.amount)).toBe("742.50");
  });

  it("without a transport mode, the HMF is not charged and a warning says when it applies", () => {
    const r = calculateLandedCost({ ...req("CN"), transportMode: undefined }, tshirtUs("CN"), rules, { currency: "USD", fx: usd(), fxRule: fxRuleFor("US", "2026-03-02") });
    expect(one(r, "HMF")).toBeUndefined();
    expect(codes(r)).toContain("FEE_DEPENDS_ON_TRANSPORT");
  });
});

describe("US specific and compound duties", () => {
  it("beef 0201.10.05 at 4.4¢/kg: 2,000 kg → 88.00 USD", () => {
    const spec = { kind: "specific" as const, text: "4.4¢/kg", components: [{ type: "specific" as const, amount: "0.044", currency: "USD", unit: "kg" }] };
    const f = facts({ code: "02011005", measures: [measure({ measureType: "general", expression: spec })] });
    f.applicable = f.measures[0];
    const req = input({ code: "02011005", origin: "BR", destination: "US", currency: "USD", unitValue: new Dec("9.00"), quantity: new Dec(2000), weightKg: new Dec(2000), transportMode: "air" });
    const r = calculateLandedCost(req, f, rules, { currency: "USD", fx: usd(), fxRule: fxRuleFor("US", "2026-03-02") });
    // duty = 0.044 USD/kg × 2000 kg = 88.00
    expect(money(one(r, "MFN")!.amount)).toBe("88.00");
    expect(one(r, "MFN")!.note).toContain("0.044 USD/kg × 2000 kg");
    // MPF = 0.3464 % × 18000.00 = 62.352 → 62.35 (between 33.58 and 651.50)
    expect(money(one(r, "MPF")!.amount)).toBe("62.35");
    // landed = 18000.00 + 88.00 + 62.35 = 18150.35
    expect(money(r.totals.landedCost)).toBe("18150.35");
  });

  it("without the weight, a per-kg duty is not guessed: no amount, QUANTITY_MISSING, incomplete totals", () => {
    const spec = { kind: "specific" as const, text: "4.4¢/kg", components: [{ type: "specific" as const, amount: "0.044", currency: "USD", unit: "kg" }] };
    const f = facts({ code: "02011005", measures: [measure({ measureType: "general", expression: spec })] });
    f.applicable = f.measures[0];
    const r = calculateLandedCost(input({ code: "02011005", origin: "BR", destination: "US", currency: "USD", unitValue: new Dec("9.00"), quantity: new Dec(2000) }), f, rules, {
      currency: "USD",
      fx: usd(),
      fxRule: fxRuleFor("US", "2026-03-02"),
    });
    expect(one(r, "MFN")!.confidence).toBe("unavailable");
    expect(one(r, "MFN")!.amount).toBeUndefined();
    expect(codes(r)).toEqual(expect.arrayContaining(["QUANTITY_MISSING", "TOTALS_INCOMPLETE"]));
    expect(r.totals.complete).toBe(false);
  });

  it("mushrooms 0709.51.01 at 8.8¢/kg + 20 %: 500 kg worth 1,200.00 USD → 284.00 USD, informal-entry MPF", () => {
    const compound = {
      kind: "compound" as const,
      text: "8.8¢/kg + 20%",
      components: [
        { type: "specific" as const, amount: "0.088", currency: "USD", unit: "kg" },
        { type: "ad_valorem" as const, percent: "20" },
      ],
    };
    const f = facts({ code: "07095101", measures: [measure({ measureType: "general", expression: compound })] });
    f.applicable = f.measures[0];
    const req = input({ code: "07095101", origin: "BR", destination: "US", currency: "USD", unitValue: new Dec("2.40"), quantity: new Dec(500), weightKg: new Dec(500), transportMode: "air" });
    const r = calculateLandedCost(req, f, rules, { currency: "USD", fx: usd(), fxRule: fxRuleFor("US", "2026-03-02") });
    // duty = 0.088 × 500 + 20 % × 1200.00 = 44.00 + 240.00 = 284.00
    expect(money(one(r, "MFN")!.amount)).toBe("284.00");
    // value 1200.00 ≤ 2500: informal entry, flat MPF 2.69 (FY2026)
    expect(one(r, "MPF")).toBeUndefined();
    expect(money(one(r, "MPF-INFORMAL")!.amount)).toBe("2.69");
    // landed = 1200.00 + 284.00 + 2.69 = 1486.69
    expect(money(r.totals.landedCost)).toBe("1486.69");
  });

  it("a minimum clause raises the duty (EU style: 5 % MIN 1.00 EUR per item, in USD at the answer's rate)", () => {
    const e = { kind: "ad_valorem" as const, text: "5% MIN 1 EUR / item", components: [{ type: "ad_valorem" as const, percent: "5" }], minimum: { type: "specific" as const, amount: "1", currency: "EUR", unit: "each" } };
    const f = facts({ code: "123456", measures: [measure({ measureType: "general", expression: e })] });
    f.applicable = f.measures[0];
    const r = calculateLandedCost(input({ code: "123456", origin: "CN", destination: "US", currency: "USD", unitValue: new Dec("10.00"), quantity: new Dec(10) }), f, rules, {
      currency: "USD",
      fx: usd(),
      fxRule: fxRuleFor("US", "2026-03-02"),
    });
    // 5 % × 100.00 = 5.00 USD; minimum 1 EUR × 10 items × 1.085 USD/EUR = 10.85 USD → 10.85
    expect(money(one(r, "MFN")!.amount)).toBe("10.85");
  });
});

describe("EU import: VAT on the CIF customs value plus duty", () => {
  // DE imports 1,000 cotton T-shirts (CN 6109 10 00, 12 % third-country duty) from CN:
  // invoice FOB USD 5,000.00, freight USD 400.00, insurance USD 25.00; 1 EUR = 1.0850 USD.
  const eu = facts({
    schedule: "EU",
    code: "6109100010",
    measures: [measure({ measureType: "general", expression: adValorem("12", "12.0%"), commodityCode: "61091000", source: "eu-cet-2020", dataDate: "2020-01-01", confidence: "medium" })],
    vat: { country: "DE", ratePercent: "19", validityStart: "2020-01-01", source: "vat-ibericode" },
  });
  eu.applicable = eu.measures[0];

  it("computes every figure to the cent", () => {
    const req = input({ code: "6109100010", origin: "CN", destination: "DE", currency: "USD", unitValue: new Dec("5.00"), quantity: new Dec(1000), shipping: new Dec("400"), insurance: new Dec("25"), incoterm: "FOB" });
    const r = calculateLandedCost(req, eu, rules, { currency: "EUR", fx: usd(), fxRule: fxRuleFor("DE", "2026-03-02") });
    // rate USD→EUR = 1 / 1.0850 = 0.9216589862 (10 decimals)
    expect(r.exchangeRates).toEqual([expect.objectContaining({ from: "USD", to: "EUR", rateDate: "2026-02-18" })]);
    expect(r.exchangeRates[0]!.rate.toFixed()).toBe("0.9216589862");
    // goods 5000 × 0.9216589862 = 4608.294931 → 4608.29; freight 400 × … = 368.66; insurance 25 × … = 23.04
    expect(formatMoney(r.totals.goodsValue, "EUR")).toBe("4608.29");
    // customs value (CIF) = 4608.29 + 368.66 + 23.04 = 4999.99
    expect(formatMoney(r.totals.customsValue, "EUR")).toBe("4999.99");
    expect(r.valuationBasis).toBe("CIF");
    // duty = 12 % × 4999.99 = 599.9988 → 600.00
    expect(formatMoney(one(r, "MFN")!.amount!, "EUR")).toBe("600.00");
    // VAT = 19 % × (4999.99 + 600.00) = 19 % × 5599.99 = 1063.9981 → 1064.00
    const vat = byType(r, "vat")[0]!;
    expect(formatMoney(vat.base!, "EUR")).toBe("5599.99");
    expect(formatMoney(vat.amount!, "EUR")).toBe("1064.00");
    expect(vat.legalBasis).toContain("2006/112/EC");
    // de minimis: 4608.29 EUR > 150 EUR → duty due; no VAT de minimis since 2021-07-01
    expect(r.deMinimis.duty).toMatchObject({ status: "exceeded", waived: false });
    expect(r.deMinimis.tax).toMatchObject({ status: "not_available", waived: false });
    // landed = 4608.29 + 368.66 + 23.04 + 600.00 + 1064.00 = 6663.99
    expect(formatMoney(r.totals.landedCost, "EUR")).toBe("6663.99");
    expect(codes(r)).toContain("EXCHANGE_RATE_BASIS");
  });

  it("the customs exchange rate is the ECB rate of the penultimate Wednesday of the previous month", () => {
    // February 2026: Wednesdays 4, 11, 18, 25 → penultimate = 18th
    expect(penultimateWednesdayOfPreviousMonth("2026-03-02")).toBe("2026-02-18");
    // March 2026: Wednesdays 4, 11, 18, 25 → 18th; December 2025: 3, 10, 17, 24, 31 → 24th
    expect(penultimateWednesdayOfPreviousMonth("2026-04-30")).toBe("2026-03-18");
    expect(penultimateWednesdayOfPreviousMonth("2026-01-15")).toBe("2025-12-24");
    expect(fxRuleFor("US", "2026-03-02").date).toBe("2026-03-02");
  });
});

describe("de minimis: a shipment under and over the threshold", () => {
  const eu = facts({ schedule: "EU", code: "6109100010", measures: [measure({ measureType: "general", expression: adValorem("12"), source: "eu-cet-2020" })], vat: { country: "DE", ratePercent: "19", validityStart: "2020-01-01", source: "vat-ibericode" } });
  eu.applicable = eu.measures[0];
  const eur = () => fx({ USD: "1.0850" });
  const parcel = (n: number) => input({ code: "6109100010", origin: "CN", destination: "DE", currency: "EUR", unitValue: new Dec("6.00"), quantity: new Dec(n), shipping: new Dec("15.00"), date: "2026-03-02" });

  it("EU, 20 shirts at 6.00 EUR (intrinsic 120.00 ≤ 150): duty waived, VAT still due", () => {
    const r = calculateLandedCost(parcel(20), eu, rules, { currency: "EUR", fx: eur(), fxRule: fxRuleFor("DE", "2026-03-02") });
    // customs value = 120.00 + 15.00 = 135.00; duty 12 % = 16.20, relieved
    expect(formatMoney(one(r, "MFN")!.amount!, "EUR")).toBe("16.20");
    expect(r.deMinimis.duty).toMatchObject({ status: "applies", waived: true });
    expect(r.deMinimis.duty.threshold!.amount.toFixed()).toBe("150");
    expect(formatMoney(one(r, "DE_MINIMIS_DUTY")!.amount!, "EUR")).toBe("-16.20");
    // VAT = 19 % × (135.00 + 0.00) = 25.65 (no VAT de minimis since 2021-07-01)
    expect(formatMoney(byType(r, "vat")[0]!.amount!, "EUR")).toBe("25.65");
    expect(formatMoney(r.totals.duties, "EUR")).toBe("0.00");
    // landed = 120.00 + 15.00 + 25.65 = 160.65
    expect(formatMoney(r.totals.landedCost, "EUR")).toBe("160.65");
  });

  it("EU, 30 shirts (intrinsic 180.00 > 150): duty and VAT due", () => {
    const r = calculateLandedCost(parcel(30), eu, rules, { currency: "EUR", fx: eur(), fxRule: fxRuleFor("DE", "2026-03-02") });
    expect(r.deMinimis.duty).toMatchObject({ status: "exceeded", waived: false });
    // duty = 12 % × (180.00 + 15.00) = 23.40; VAT = 19 % × (195.00 + 23.40) = 41.496 → 41.50
    expect(formatMoney(r.totals.duties, "EUR")).toBe("23.40");
    expect(formatMoney(r.totals.taxes, "EUR")).toBe("41.50");
    // landed = 180.00 + 15.00 + 23.40 + 41.50 = 259.90
    expect(formatMoney(r.totals.landedCost, "EUR")).toBe("259.90");
  });

  it("US before and after the end of the USD 800 exemption", () => {
    const us = tshirtUs("DE");
    const req = (date: string, origin = "DE") => input({ code: "6109100012", origin, destination: "US", currency: "USD", unitValue: new Dec("15.00"), quantity: new Dec(40), date });
    const opts = { currency: "USD", fx: usd(), fxRule: fxRuleFor("US", "2025-06-01") };
    // 2025-06-01 from DE: 600.00 ≤ 800 → duty waived, no entry, no MPF
    const before = calculateLandedCost(req("2025-06-01"), us, rules, opts);
    expect(before.deMinimis.duty).toMatchObject({ status: "applies", waived: true });
    expect(formatMoney(before.totals.dutiesAndTaxes, "USD")).toBe("0.00");
    expect(before.components.some((c) => c.type === "fee")).toBe(false);
    // the same day from CN: suspended for China since 2025-05-02 → duty 16.5 % × 600.00 = 99.00 + Section 301 7.5 % = 45.00
    const cn = calculateLandedCost(req("2025-06-01", "CN"), tshirtUs("CN"), rules, opts);
    expect(cn.deMinimis.duty).toMatchObject({ status: "not_available", waived: false });
    expect(cn.deMinimis.duty.legalBasis).toContain("14256");
    expect(formatMoney(cn.totals.duties, "USD")).toBe("144.00");
    // 2026-03-02: no de minimis for anyone → 99.00 duty + informal MPF 2.69
    const after = calculateLandedCost(req("2026-03-02"), us, rules, opts);
    expect(after.deMinimis.duty).toMatchObject({ status: "not_available", waived: false });
    expect(after.deMinimis.duty.legalBasis).toContain("14324");
    expect(formatMoney(after.totals.dutiesAndTaxes, "USD")).toBe("101.69");
  });

  it("goods excluded from the relief (alcohol into the EU) are never waived", () => {
    const wine = facts({ schedule: "EU", code: "2204210000", measures: [measure({ measureType: "general", expression: adValorem("10") })], vat: eu.vat });
    wine.applicable = wine.measures[0];
    const r = calculateLandedCost(input({ code: "2204210000", origin: "AU", destination: "FR", currency: "EUR", unitValue: new Dec("10") }), wine, rules, {
      currency: "EUR",
      fx: eur(),
      fxRule: fxRuleFor("FR", "2026-03-02"),
    });
    expect(r.deMinimis.duty.status).toBe("not_available");
    expect(r.deMinimis.duty.reason).toContain("2204");
    expect(r.warnings.map((w) => w.code)).toContain("EXCISE_NOT_INCLUDED");
  });
});

describe("honest coverage", () => {
  it("a destination without duty data answers VAT and de minimis with DUTY_UNAVAILABLE, never a rate", () => {
    const ca = facts({ schedule: "HS2022", code: "610910", warnings: ["duty_unavailable: no tariff schedule with duty rates is loaded for CA"], vat: { country: "CA", ratePercent: "5", validityStart: "2008-01-01", source: "sales-tax" } });
    const r = calculateLandedCost(input({ code: "610910", origin: "CN", destination: "CA", currency: "CAD", unitValue: new Dec("100") }), ca, rules, { currency: "CAD", fx: fx({ CAD: "1.5" }), fxRule: fxRuleFor("CA", "2026-03-02") });
    const duty = byType(r, "duty")[0]!;
    expect(duty.confidence).toBe("unavailable");
    expect(duty.amount).toBeUndefined();
    expect(codes(r)).toContain("DUTY_UNAVAILABLE");
    // GST 5 % × (100.00 + 0) = 5.00 on the FOB value; CAD 20 postal/courier de minimis exceeded
    expect(formatMoney(byType(r, "gst")[0]!.amount!, "CAD")).toBe("5.00");
    expect(r.deMinimis.duty).toMatchObject({ status: "exceeded" });
    expect(r.totals.complete).toBe(false);
  });

  it("a rate given by reference is not turned into a number", () => {
    const f = facts({ code: "99", measures: [measure({ measureType: "general", expression: { kind: "reference", text: "See U.S. note 3", components: [], reason: "See U.S. note 3" } })] });
    f.applicable = f.measures[0];
    const r = calculateLandedCost(input({ code: "123456", origin: "CN", destination: "US", currency: "USD", unitValue: new Dec(10) }), f, rules, { currency: "USD", fx: usd(), fxRule: fxRuleFor("US", "2026-03-02") });
    expect(one(r, "MFN")!.confidence).toBe("unavailable");
    expect(one(r, "MFN")!.amount).toBeUndefined();
    expect(codes(r)).toContain("DUTY_NOT_COMPUTED");
  });
});

describe("additional duties", () => {
  it("a Section 301 addition (duty of the subheading + 25 %) is itemized with its source", () => {
    const general = measure({ measureType: "general", expression: adValorem("2.6") });
    const s301 = measure({
      measureType: "additional",
      geographicalArea: "CN",
      expression: { kind: "derived", text: "The duty provided in the applicable subheading + 25%", components: [{ type: "ad_valorem", percent: "25" }], reason: "The duty provided in the applicable subheading" },
      additionalCode: "9903.88.03",
      legalBasis: "Section 301 (USTR), List 3, HTSUS 9903.88.03",
      source: "us-special-tariffs",
      licence: "MIT",
    });
    const f = facts({ code: "8471500150", measures: [general, s301], applicable: general });
    const r = calculateLandedCost(input({ code: "8471500150", origin: "CN", destination: "US", currency: "USD", unitValue: new Dec("1000") }), f, rules, { currency: "USD", fx: usd(), fxRule: fxRuleFor("US", "2026-03-02") });
    // 2.6 % × 1000.00 = 26.00; + 25 % × 1000.00 = 250.00
    expect(money(one(r, "MFN")!.amount)).toBe("26.00");
    expect(one(r, "9903.88.03")).toMatchObject({ type: "additional_duty", source: "us-special-tariffs", licence: "MIT", legalBasis: "Section 301 (USTR), List 3, HTSUS 9903.88.03" });
    expect(money(one(r, "9903.88.03")!.amount)).toBe("250.00");
    expect(money(r.totals.duties)).toBe("276.00");
  });

  it("an addition on the value of the steel content is an upper bound with low confidence", () => {
    const general = measure({ measureType: "general", expression: adValorem("0") });
    const s232 = measure({
      measureType: "additional",
      expression: { kind: "derived", text: "The duty provided in the applicable subheading + a duty of 50% upon the value of the steel content", components: [{ type: "ad_valorem", percent: "50", appliesTo: "steel content" }] },
      additionalCode: "9903.81.91",
    });
    const f = facts({ code: "7326908688", measures: [general, s232], applicable: general });
    const r = calculateLandedCost(input({ code: "7326908688", origin: "CN", destination: "US", currency: "USD", unitValue: new Dec("100") }), f, rules, { currency: "USD", fx: usd(), fxRule: fxRuleFor("US", "2026-03-02") });
    expect(one(r, "9903.81.91")).toMatchObject({ confidence: "low" });
    expect(one(r, "9903.81.91")!.note).toContain("steel content");
  });
});
