import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { landedCostV1, tariffV1 } from "@openhs/proto";
import { createLogger, createPool, errorField, grpc, listen, makeClient, type BuiltServer, type Pool } from "@openhs/shared";
import { service as healthService } from "grpc-health-check";
import { loadCatalog } from "../../tariff/src/adapters/pg-snapshot.js";
import { buildServer as buildTariff } from "../../tariff/src/server.js";
import { loadRuleTables } from "./adapters/rule-files.js";
import { GrpcTariff } from "./adapters/tariff-grpc.js";
import { LandedCostApp } from "./app.js";
import { Dec } from "./domain/money.js";
import { buildServer } from "./server.js";

/**
 * The landed-cost gRPC service end to end: a real tariff server (127.0.0.1:0) over the imported
 * data in PostgreSQL, the landed-cost server on 127.0.0.1:0, and a gRPC client.
 */

let pool: Pool;
let tariff: BuiltServer;
let server: BuiltServer;
let tariffClient: tariffV1.TariffServiceClient;
let client: landedCostV1.LandedCostServiceClient;
let port: number;

beforeAll(async () => {
  pool = createPool(inject("databaseUrl"), 2);
  const silent = createLogger("landed-cost-test", "silent");
  tariff = buildTariff({ holder: { catalog: await loadCatalog(pool) }, logger: silent });
  const tport = await listen(tariff.server, "127.0.0.1", 0);
  tariff.setServing(true);
  tariffClient = makeClient(tariffV1.TariffServiceClient, `127.0.0.1:${tport}`);
  const app = new LandedCostApp(new GrpcTariff(tariffClient), await loadRuleTables());
  server = buildServer({ app, logger: silent });
  port = await listen(server.server, "127.0.0.1", 0);
  server.setServing(true);
  client = makeClient(landedCostV1.LandedCostServiceClient, `127.0.0.1:${port}`);
});

afterAll(async () => {
  client?.close();
  tariffClient?.close();
  server?.server.forceShutdown();
  tariff?.server.forceShutdown();
  await pool?.end();
});

const calc = (req: Partial<landedCostV1.CalculateLandedCostRequest>) =>
  new Promise<landedCostV1.CalculateLandedCostResponse>((resolve, reject) =>
    client.calculateLandedCost(landedCostV1.CalculateLandedCostRequest.fromPartial(req), (err, res) => (err ? reject(err) : resolve(res))),
  );
const fails = (req: Partial<landedCostV1.CalculateLandedCostRequest>) => calc(req).then(() => undefined, (e: grpc.ServiceError) => e);
const comp = (r: landedCostV1.CalculateLandedCostResponse, code: string) => r.components.find((c) => c.code === code);

const tshirts = {
  hsCode: "6109.10.00.12",
  destinationCountry: "US",
  unitValue: "4.50",
  quantity: "1000",
  weightKg: "180",
  currency: "USD",
  shipping: "300",
  incoterm: landedCostV1.Incoterm.INCOTERM_FOB,
  transportMode: landedCostV1.TransportMode.TRANSPORT_MODE_SEA,
  date: "2026-03-02",
};

describe("landed-cost gRPC service on the real US HTS data", () => {
  it("answers the standard health check", async () => {
    const Health = grpc.makeGenericClientConstructor(healthService, "Health");
    const h = new Health(`127.0.0.1:${port}`, grpc.credentials.createInsecure()) as unknown as {
      check(req: { service: string }, cb: (e: Error | null, r: { status: string | number }) => void): void;
      close(): void;
    };
    const status = await new Promise<string | number>((res, rej) => h.check({ service: "hs.landedcost.v1.LandedCostService" }, (e, r) => (e ? rej(e) : res(r.status))));
    h.close();
    expect(["SERVING", 1]).toContain(status);
  });

  it("cotton T-shirts from CN: 16.5 % of 4500.00 = 742.50, Section 301 7.5 % = 337.50, MPF minimum 33.58, HMF 5.63, landed 5919.21 USD", async () => {
    const r = await calc({ ...tshirts, originCountry: "CN" });
    expect(r.currency).toBe("USD");
    expect(r.schedule).toBe("US");
    expect(r.valuationBasis).toBe(landedCostV1.ValuationBasis.VALUATION_BASIS_FOB);
    expect(comp(r, "MFN")).toMatchObject({ rate: "16.5%", amount: { currency: "USD", amount: "742.50" }, source: "us-hts", dataDate: "2026-01-01" });
    // Section 301 List 4A, HTSUS 9903.88.15: + 7.5 % (the list names 6109.10.00; the rate is the heading's)
    expect(comp(r, "9903.88.15")).toMatchObject({ amount: { currency: "USD", amount: "337.50" }, source: "us-special-tariffs" });
    expect(comp(r, "MPF")?.amount?.amount).toBe("33.58");
    expect(comp(r, "HMF")?.amount?.amount).toBe("5.63");
    // 4500.00 + 300.00 + 742.50 + 337.50 + 33.58 + 5.63 = 5919.21
    expect(r.totals?.landedCost?.amount).toBe("5919.21");
    expect(r.deMinimis?.duty?.status).toBe(landedCostV1.DeMinimisStatus.DE_MINIMIS_STATUS_NOT_AVAILABLE);
    expect(r.hsCode).toBe("610910");
    expect(r.nationalCode).toBe("6109100012");
  });

  it("the same from AU: free under the US–Australia FTA (proof of origin needed), no MPF, landed 4805.63 USD", async () => {
    const r = await calc({ ...tshirts, originCountry: "AU" });
    const duty = r.components.find((c) => c.type === landedCostV1.CostComponentType.COST_COMPONENT_TYPE_PREFERENTIAL_DUTY)!;
    expect(duty.amount?.amount).toBe("0.00");
    expect(duty.code).toBe("AU");
    expect(r.warnings.map((w) => w.code)).toContain("PROOF_OF_ORIGIN_REQUIRED");
    expect(comp(r, "MPF")?.amount?.amount).toBe("0.00");
    expect(r.totals?.landedCost?.amount).toBe("4805.63");
  });

  it("a specific duty (0201.10.05, 4.4¢/kg) and a compound one (0709.51.01, 8.8¢/kg + 20 %) from the real schedule", async () => {
    // 2000 kg × 0.044 = 88.00
    const beef = await calc({ hsCode: "0201.10.05", originCountry: "BR", destinationCountry: "US", unitValue: "9.00", quantity: "2000", weightKg: "2000", currency: "USD", date: "2026-03-02" });
    expect(comp(beef, "MFN")?.amount?.amount).toBe("88.00");
    // 500 kg × 0.088 + 20 % × 1200.00 = 44.00 + 240.00 = 284.00
    const mush = await calc({ hsCode: "0709.51.01", originCountry: "BR", destinationCountry: "US", unitValue: "2.40", quantity: "500", weightKg: "500", currency: "USD", date: "2026-03-02" });
    expect(comp(mush, "MFN")?.amount?.amount).toBe("284.00");
    expect(comp(mush, "MFN")?.rateExpression?.components).toHaveLength(2);
  });

  it("a Section 301 addition from the real lists, rated by its chapter 99 heading: 7326.90.86.88 from CN", async () => {
    // general 2.9 % × 1000.00 = 29.00; Section 301 List 3 (HTSUS 9903.88.03: + 25 %) × 1000.00 = 250.00
    const r = await calc({ hsCode: "7326908688", originCountry: "CN", destinationCountry: "US", unitValue: "1000", currency: "USD", date: "2026-03-02" });
    expect(comp(r, "MFN")?.amount?.amount).toBe("29.00");
    const s301 = comp(r, "9903.88.03")!;
    expect(s301).toMatchObject({ type: landedCostV1.CostComponentType.COST_COMPONENT_TYPE_ADDITIONAL_DUTY, source: "us-special-tariffs", amount: { currency: "USD", amount: "250.00" } });
    expect(s301.legalBasis).toContain("Section 301");
    expect(s301.licence).toContain("MIT");
    expect(r.totals?.duties?.amount).toBe("279.00");
    // the same goods from Viet Nam: no Section 301 duty
    const vn = await calc({ hsCode: "7326908688", originCountry: "VN", destinationCountry: "US", unitValue: "1000", currency: "USD", date: "2026-03-02" });
    expect(comp(vn, "9903.88.03")).toBeUndefined();
    expect(vn.totals?.duties?.amount).toBe("29.00");
  });

  it("a value in another currency is converted with the ECB rate of the date, and the rate is named", async () => {
    // EUR 4,000.00 → USD at the ECB reference rate of 2026-03-02
    const r = await calc({ ...tshirts, originCountry: "CN", unitValue: "4.00", currency: "EUR", shipping: "" });
    const rate = r.exchangeRates.find((x) => x.fromCurrency === "EUR" && x.toCurrency === "USD")!;
    expect(rate.rateDate).toBe("2026-03-02");
    expect(rate.source).toBeTruthy();
    // goods = 1000 × 4.00 EUR × rate, rounded to the cent
    expect(r.totals?.goodsValue?.amount).toBe(new Dec(rate.rate).times(4000).toDecimalPlaces(2).toFixed(2));
  });
});

describe("EU import on the real data: VAT on the CIF customs value plus duty", () => {
  it("1,000 cotton T-shirts from CN into DE, every figure to the cent", async () => {
    // Invoice FOB USD 5,000.00 (1000 × 5.00), freight USD 400.00, insurance USD 25.00, imported 2026-03-02.
    const r = await calc({
      hsCode: "6109100010", originCountry: "CN", destinationCountry: "DE", unitValue: "5.00", quantity: "1000", currency: "USD",
      shipping: "400", insurance: "25", incoterm: landedCostV1.Incoterm.INCOTERM_FOB, date: "2026-03-02",
    });
    expect(r.currency).toBe("EUR");
    // Customs rate: the ECB rate of the penultimate Wednesday of February 2026 (2026-02-18): 1 EUR = 1.1845 USD,
    // so 1 USD = 1 / 1.1845 = 0.8442380751 EUR (10 decimals).
    expect(r.exchangeRates).toEqual([expect.objectContaining({ fromCurrency: "USD", toCurrency: "EUR", rate: "0.8442380751", rateDate: "2026-02-18" })]);
    // goods 5000 × 0.8442380751 = 4221.19; freight 400 × … = 337.70; insurance 25 × … = 21.11
    // customs value (CIF) = 4221.19 + 337.70 + 21.11 = 4580.00
    expect(r.valuationBasis).toBe(landedCostV1.ValuationBasis.VALUATION_BASIS_CIF);
    expect(r.totals?.customsValue?.amount).toBe("4580.00");
    // duty: CET 2020 12.0 %, confirmed by the 2026 table → 12 % × 4580.00 = 549.60
    expect(comp(r, "MFN")).toMatchObject({ rate: "12.0%", source: "eu-cet-2020", dataDate: "2020-01-01", confidence: landedCostV1.Confidence.CONFIDENCE_HIGH });
    expect(comp(r, "MFN")?.amount?.amount).toBe("549.60");
    // import VAT: 19 % × (4580.00 + 549.60) = 19 % × 5129.60 = 974.624 → 974.62
    const vat = r.components.find((c) => c.type === landedCostV1.CostComponentType.COST_COMPONENT_TYPE_VAT)!;
    expect(vat.base?.amount).toBe("5129.60");
    expect(vat.amount?.amount).toBe("974.62");
    // landed = 4221.19 + 337.70 + 21.11 + 549.60 + 974.62 = 6104.22
    expect(r.totals?.landedCost?.amount).toBe("6104.22");
    expect(r.deMinimis?.duty?.status).toBe(landedCostV1.DeMinimisStatus.DE_MINIMIS_STATUS_EXCEEDED);
  });

  it("bicycle frames from China: the EU anti-dumping measure is listed with its legal basis and no amount", async () => {
    const r = await calc({ hsCode: "8714911031", originCountry: "CN", destinationCountry: "DE", unitValue: "40", quantity: "100", currency: "EUR", shipping: "200", date: "2026-03-02" });
    const ad = r.components.find((c) => c.type === landedCostV1.CostComponentType.COST_COMPONENT_TYPE_ANTI_DUMPING)!;
    expect(ad.amount).toBeUndefined();
    expect(ad.confidence).toBe(landedCostV1.Confidence.CONFIDENCE_UNAVAILABLE);
    expect(ad.legalBasis).toContain("anti-dumping");
    expect(ad.source).toBe("eu-trade-defence-2025-10");
    expect(r.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["ANTI_DUMPING_MEASURE", "TOTALS_INCOMPLETE"]));
    expect(r.totals?.complete).toBe(false);
    // from Viet Nam the measure does not apply
    const vn = await calc({ hsCode: "8714911031", originCountry: "VN", destinationCountry: "DE", unitValue: "40", quantity: "100", currency: "EUR", shipping: "200", date: "2026-03-02" });
    expect(vn.components.some((c) => c.type === landedCostV1.CostComponentType.COST_COMPONENT_TYPE_ANTI_DUMPING)).toBe(false);
  });

  it("a parcel under the EU 150 EUR duty threshold pays VAT only; over it, duty and VAT", async () => {
    const parcel = (n: string) => calc({ hsCode: "6109100010", originCountry: "CN", destinationCountry: "DE", unitValue: "6.00", quantity: n, currency: "EUR", shipping: "15.00", date: "2026-03-02" });
    // 20 × 6.00 = 120.00 ≤ 150: duty 12 % × 135.00 = 16.20 relieved; VAT 19 % × 135.00 = 25.65; landed 120 + 15 + 25.65 = 160.65
    const under = await parcel("20");
    expect(under.deMinimis?.duty).toMatchObject({ status: landedCostV1.DeMinimisStatus.DE_MINIMIS_STATUS_APPLIES, waived: true, threshold: { currency: "EUR", amount: "150.00" } });
    expect(under.totals?.duties?.amount).toBe("0.00");
    expect(under.totals?.taxes?.amount).toBe("25.65");
    expect(under.totals?.landedCost?.amount).toBe("160.65");
    // 30 × 6.00 = 180.00 > 150: duty 12 % × 195.00 = 23.40; VAT 19 % × 218.40 = 41.50; landed 180 + 15 + 23.40 + 41.50 = 259.90
    const over = await parcel("30");
    expect(over.deMinimis?.duty?.status).toBe(landedCostV1.DeMinimisStatus.DE_MINIMIS_STATUS_EXCEEDED);
    expect(over.totals?.landedCost?.amount).toBe("259.90");
  });
});

describe("Japan: CIF, consumption tax on value plus duty, yen without decimals", () => {
  it("200 cotton T-shirts (6109.10-020) from CN at JPY 500 each, freight JPY 10,000: RCEP rate for China", async () => {
    const r = await calc({ hsCode: "610910020", originCountry: "CN", destinationCountry: "JP", unitValue: "500", quantity: "200", currency: "JPY", shipping: "10000", date: "2026-08-01" });
    expect(r.currency).toBe("JPY");
    expect(r.schedule).toBe("JP");
    // customs value (CIF) = 100000 + 10000 = 110000
    expect(r.totals?.customsValue?.amount).toBe("110000");
    // duty: RCEP (schedule for China) 4.6 % × 110000 = 5060, preferential with proof of origin
    const duty = r.components.find((c) => c.type === landedCostV1.CostComponentType.COST_COMPONENT_TYPE_PREFERENTIAL_DUTY)!;
    expect(duty.rate).toContain("4.6%");
    expect(duty.code).toContain("RCEP-CN");
    expect(duty.amount?.amount).toBe("5060");
    // consumption tax 10 % × (110000 + 5060) = 11506
    expect(r.components.find((c) => c.type === landedCostV1.CostComponentType.COST_COMPONENT_TYPE_VAT)?.amount?.amount).toBe("11506");
    // landed = 100000 + 10000 + 5060 + 11506 = 126566; per unit 632.83 → 633
    expect(r.totals?.landedCost?.amount).toBe("126566");
    expect(r.totals?.landedCostPerUnit?.amount).toBe("633");
    // Japan's JPY 10,000 relief does not cover knitted garments (chapter 61)
    expect(r.deMinimis?.duty?.status).toBe(landedCostV1.DeMinimisStatus.DE_MINIMIS_STATUS_NOT_AVAILABLE);
    expect(r.deMinimis?.duty?.reason).toContain("chapter 61");
  });
});

describe("UK and Australia on the real data", () => {
  it("UK: 1,000 cotton T-shirts from CN, UKGT 12 %, VAT 20 % on CIF + duty, in GBP", async () => {
    const r = await calc({ hsCode: "6109100010", originCountry: "CN", destinationCountry: "GB", unitValue: "5.00", quantity: "1000", currency: "USD", shipping: "400", insurance: "25", date: "2026-03-02" });
    expect(r.currency).toBe("GBP");
    expect(r.schedule).toBe("UK");
    // ECB 2026-03-02: 1 EUR = 1.1698 USD = 0.8739 GBP → 1 USD = 0.8739 / 1.1698 = 0.7470507779 GBP
    expect(r.exchangeRates.find((x) => x.fromCurrency === "USD" && x.toCurrency === "GBP")?.rate).toBe("0.7470507779");
    // CIF = 3735.25 + 298.82 + 18.68 = 4052.75; duty 12 % (UKGT from 2021-01-01, line 6109.10.00) = 486.33
    expect(r.totals?.customsValue?.amount).toBe("4052.75");
    expect(comp(r, "MFN")).toMatchObject({ rate: "12.0%", source: "uk-global-tariff-2021", dataDate: "2021-01-01", confidence: landedCostV1.Confidence.CONFIDENCE_MEDIUM });
    expect(comp(r, "MFN")?.amount?.amount).toBe("486.33");
    // VAT 20 % × (4052.75 + 486.33) = 907.816 → 907.82; landed = 3735.25 + 298.82 + 18.68 + 486.33 + 907.82 = 5446.90
    expect(r.totals?.taxes?.amount).toBe("907.82");
    expect(r.totals?.landedCost?.amount).toBe("5446.90");
    expect(r.warnings.map((w) => w.code)).toContain("DUTY_DATA_OLDER");
  });

  it("Australia: FOB customs value, 5 % general duty, GST 10 % on value + duty + international transport and insurance", async () => {
    // 100 leather brief-cases (4202.11.10) from BR (no Australian FTA) at USD 50.00 FOB, freight USD 400, insurance USD 20.
    const r = await calc({ hsCode: "42021110", originCountry: "BR", destinationCountry: "AU", unitValue: "50.00", quantity: "100", currency: "USD", shipping: "400", insurance: "20", date: "2026-03-02" });
    expect(r.currency).toBe("AUD");
    // ECB 2026-03-02: 1 USD = 1.6579 / 1.1698 = 1.4172508121 AUD; goods 7086.25, freight 566.90, insurance 28.35
    expect(r.valuationBasis).toBe(landedCostV1.ValuationBasis.VALUATION_BASIS_FOB);
    expect(r.totals?.customsValue?.amount).toBe("7086.25");
    // duty 5 % × 7086.25 = 354.3125 → 354.31
    expect(comp(r, "MFN")?.amount?.amount).toBe("354.31");
    // GST 10 % × (7086.25 + 354.31 + 566.90 + 28.35 = 8035.81) = 803.58
    const gst = r.components.find((c) => c.type === landedCostV1.CostComponentType.COST_COMPONENT_TYPE_GST)!;
    expect(gst.base?.amount).toBe("8035.81");
    expect(gst.amount?.amount).toBe("803.58");
    // landed = 7086.25 + 566.90 + 28.35 + 354.31 + 803.58 = 8839.39
    expect(r.totals?.landedCost?.amount).toBe("8839.39");
    expect(r.deMinimis?.duty?.status).toBe(landedCostV1.DeMinimisStatus.DE_MINIMIS_STATUS_EXCEEDED);
  });

  it("Australia, a chapter missing from the partial table: GST and de minimis, duty_unavailable", async () => {
    const r = await calc({ hsCode: "610910", originCountry: "CN", destinationCountry: "AU", unitValue: "100", currency: "AUD", date: "2026-03-02" });
    expect(r.warnings.map((w) => w.code)).toContain("DUTY_UNAVAILABLE");
    expect(r.totals?.complete).toBe(false);
  });

  it("Norway: a free preference for an EU origin (proof of origin needed); for China no MFN rate is known", async () => {
    const de = await calc({ hsCode: "61091000", originCountry: "DE", destinationCountry: "NO", unitValue: "100", currency: "NOK", date: "2026-03-02" });
    const pref = de.components.find((c) => c.type === landedCostV1.CostComponentType.COST_COMPONENT_TYPE_PREFERENTIAL_DUTY)!;
    expect(pref.amount?.amount).toBe("0.00");
    expect(de.warnings.map((w) => w.code)).toContain("PROOF_OF_ORIGIN_REQUIRED");
    const cn = await calc({ hsCode: "61091000", originCountry: "CN", destinationCountry: "NO", unitValue: "100", currency: "NOK", date: "2026-03-02" });
    expect(cn.warnings.find((w) => w.code === "DUTY_UNAVAILABLE")?.message).toContain("no general (MFN) rates");
    // VAT 25 % still answered: 25 % × 100.00 = 25.00
    expect(cn.totals?.taxes?.amount).toBe("25.00");
  });
});

describe("bad input is INVALID_ARGUMENT / NOT_FOUND with the field, never a crash", () => {
  it.each([
    ["a negative value", { unitValue: "-1" }, grpc.status.INVALID_ARGUMENT, "value"],
    ["a value that is not a number", { unitValue: "12,50" }, grpc.status.INVALID_ARGUMENT, "value"],
    ["a missing value", { unitValue: "" }, grpc.status.INVALID_ARGUMENT, "value"],
    ["a zero quantity", { quantity: "0" }, grpc.status.INVALID_ARGUMENT, "quantity"],
    ["an unknown currency", { currency: "XYZ" }, grpc.status.INVALID_ARGUMENT, "currency"],
    ["a malformed currency", { currency: "DOLLAR" }, grpc.status.INVALID_ARGUMENT, "currency"],
    ["an unknown origin", { originCountry: "ZZ" }, grpc.status.INVALID_ARGUMENT, "origin_country"],
    ["a malformed destination", { destinationCountry: "USA" }, grpc.status.INVALID_ARGUMENT, "destination_country"],
    ["the EU as a destination", { destinationCountry: "EU" }, grpc.status.INVALID_ARGUMENT, "destination_country"],
    ["an impossible date", { date: "2026-02-30" }, grpc.status.INVALID_ARGUMENT, "date"],
    ["a code with letters", { hsCode: "61O9" }, grpc.status.INVALID_ARGUMENT, "hs_code"],
    ["a code not in the schedule", { hsCode: "9999999999" }, grpc.status.NOT_FOUND, "hs_code"],
    ["an unknown supplementary unit", { supplementaryQuantities: { bananas: "3" } }, grpc.status.INVALID_ARGUMENT, "supplementary_quantities.bananas"],
    ["neither code nor product", { hsCode: undefined }, grpc.status.INVALID_ARGUMENT, "hs_code"],
  ])("%s", async (_name, patch, code, field) => {
    const err = await fails({ ...tshirts, originCountry: "CN", ...patch });
    expect(err?.code).toBe(code);
    expect(errorField(err!)).toBe(field);
    expect(err?.details).toBeTruthy();
  });
});
