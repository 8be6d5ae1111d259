import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { riskV1, tariffV1 } from "@openhs/proto";
import { createLogger, createPool, dataDir, errorField, grpc, listen, makeClient, type BuiltServer, type Pool } from "@openhs/shared";
import { loadCatalog } from "../../tariff/src/adapters/pg-snapshot.js";
import { buildServer as buildTariff } from "../../tariff/src/server.js";
import { loadRegimeSet } from "./adapters/regime-files.js";
import { TariffNomenclature, type Nomenclature } from "./adapters/tariff.js";
import { RiskApp } from "./app.js";
import { buildServer } from "./server.js";

/**
 * The risk service end to end over gRPC: the shipped regime files and data sets, with codes and
 * countries checked by a real tariff server on the real imported data.
 */

let pool: Pool;
let tariff: BuiltServer;
let risk: BuiltServer;
let riskDown: BuiltServer;
let tariffClient: tariffV1.TariffServiceClient;
let client: riskV1.RiskServiceClient;
let clientDown: riskV1.RiskServiceClient;

beforeAll(async () => {
  pool = createPool(inject("databaseUrl"), 4);
  const silent = createLogger("risk-test", "silent");
  tariff = buildTariff({ holder: { catalog: await loadCatalog(pool) }, logger: silent });
  const tport = await listen(tariff.server, "127.0.0.1", 0);
  tariff.setServing(true);
  tariffClient = makeClient(tariffV1.TariffServiceClient, `127.0.0.1:${tport}`);
  const regimes = loadRegimeSet({ dataDir: dataDir() });
  const nomenclature = new TariffNomenclature(tariffClient);
  risk = buildServer({ app: () => new RiskApp(regimes, nomenclature, silent), logger: silent });
  const port = await listen(risk.server, "127.0.0.1", 0);
  risk.setServing(true);
  client = makeClient(riskV1.RiskServiceClient, `127.0.0.1:${port}`);
  // A risk service whose tariff service is gone (countries were loaded before it went away).
  const dead = new TariffNomenclature(makeClient(tariffV1.TariffServiceClient, "127.0.0.1:1"), 300);
  const halfDown: Nomenclature = { reference: () => nomenclature.reference(), checkCode: (c, s, a) => dead.checkCode(c, s, a), ratePerEur: (c, a) => dead.ratePerEur(c, a) };
  riskDown = buildServer({ app: () => new RiskApp(regimes, halfDown, silent), logger: silent });
  const dport = await listen(riskDown.server, "127.0.0.1", 0);
  riskDown.setServing(true);
  clientDown = makeClient(riskV1.RiskServiceClient, `127.0.0.1:${dport}`);
});

afterAll(async () => {
  client?.close();
  clientDown?.close();
  tariffClient?.close();
  risk?.server.forceShutdown();
  riskDown?.server.forceShutdown();
  tariff?.server.forceShutdown();
  await pool?.end();
});

type Req = Partial<riskV1.AssessRiskRequest> & { value?: { amount: string; currency: string } };
const call = <Res>(c: riskV1.RiskServiceClient, method: "assessRisk" | "listRequiredDocuments" | "listRegimes", req: unknown) =>
  new Promise<{ res?: Res; err?: grpc.ServiceError }>((resolve) =>
    (c[method] as (r: unknown, cb: (e: grpc.ServiceError | null, r: Res) => void) => void).call(c, req, (err, res) => resolve(err ? { err } : { res })),
  );
const assessOn = async (c: riskV1.RiskServiceClient, req: Req) => {
  const { res, err } = await call<riskV1.AssessRiskResponse>(c, "assessRisk", riskV1.AssessRiskRequest.fromPartial({ asOf: "2026-06-01", ...req }));
  if (err) throw err;
  return res!;
};
const assess = (req: Req) => assessOn(client, req);
const ids = (r: riskV1.AssessRiskResponse) => r.elements.map((e) => e.regime);
const el = (r: riskV1.AssessRiskResponse, id: string) => r.elements.find((e) => e.regime === id);
const G = riskV1.RiskGrade;
const APPLIES = riskV1.Applicability.APPLICABILITY_APPLIES;

describe("a steel product from anywhere into the EU shows CBAM", () => {
  it.each(["CN", "IN", "TR", "US", "BR", "KR", "JP", "VN", "UA", "ZA", "GB", "RU"])("hot-rolled flat steel 7208 39 00 90 from %s into DE", async (origin) => {
    const r = await assess({ hsCode: "7208390090", originCountry: origin, destinationCountry: "DE" });
    expect(r.available).toBe(true);
    const cbam = el(r, "EU_CBAM")!;
    expect(cbam).toMatchObject({ applicability: APPLIES, level: G.RISK_GRADE_L4, legalRef: expect.stringContaining("2023/956"), sourceUrl: expect.stringMatching(/^https:/), verifiedDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(cbam.matchedBy).toContain("72");
    expect(r.grade).toBeGreaterThanOrEqual(G.RISK_GRADE_L4);
    expect(r.documents.map((d) => d.code)).toContain("CBAM_AUTHORISATION");
  });
  it("steel screws, aluminium and cement too; the EEA and Switzerland are exempt (Annex III)", async () => {
    for (const hsCode of ["7318155890", "7601208000", "2523290000"]) expect(ids(await assess({ hsCode, originCountry: "CN", destinationCountry: "FR" }))).toContain("EU_CBAM");
    for (const origin of ["NO", "CH", "IS", "LI"]) expect(ids(await assess({ hsCode: "7208390090", originCountry: origin, destinationCountry: "DE" }))).not.toContain("EU_CBAM");
  });
  it("Russian steel is banned (L6); steel from elsewhere needs proof that it has no Russian inputs", async () => {
    const ru = await assess({ hsCode: "7208390090", originCountry: "RU", destinationCountry: "DE" });
    expect(ru.grade).toBe(G.RISK_GRADE_L6);
    expect(el(ru, "EU_RU_IMPORT_BANS")?.applicability).toBe(APPLIES);
    const tr = await assess({ hsCode: "7208390090", originCountry: "TR", destinationCountry: "DE" });
    expect(el(tr, "EU_RU_INPUTS_PROOF")?.scopeSource).toContain("TARIC measure type 763");
  });
  it("before 2026 the transitional (reporting) period applies instead, with its EUR 150 exemption", async () => {
    const r = await assess({ hsCode: "7208390090", originCountry: "CN", destinationCountry: "DE", asOf: "2025-03-01", value: { amount: "5000", currency: "EUR" } });
    expect(ids(r)).toContain("EU_CBAM_TRANSITIONAL");
    expect(ids(r)).not.toContain("EU_CBAM");
    expect(r.warnings.map((w) => w.code)).toContain("UPCOMING_REGIME");
    const small = await assess({ hsCode: "7208390090", originCountry: "CN", destinationCountry: "DE", asOf: "2025-03-01", value: { amount: "120", currency: "EUR" } });
    expect(ids(small)).not.toContain("EU_CBAM_TRANSITIONAL");
  });
});

describe("product-safety regimes", () => {
  it("a toy into the EU shows the Toy Safety Directive (applies, L3) with its documents", async () => {
    const r = await assess({ hsCode: "9503007500", originCountry: "CN", destinationCountry: "DE" });
    expect(r).toMatchObject({ available: true, grade: G.RISK_GRADE_L3, scheduleUsed: "EU" });
    const toy = el(r, "EU_TOY_SAFETY")!;
    expect(toy).toMatchObject({ applicability: APPLIES, category: "product_safety", jurisdiction: "EU" });
    expect(toy.obligations.join(" ")).toContain("CE marking");
    expect(r.documents.filter((d) => d.regime === "EU_TOY_SAFETY").map((d) => d.code)).toEqual(expect.arrayContaining(["EU_DECLARATION_OF_CONFORMITY", "TECHNICAL_DOCUMENTATION"]));
  });
  it("a toy into the US shows CPSIA children's product certification; into GB the UK toy regulations", async () => {
    const us = await assess({ hsCode: "9503000073", originCountry: "CN", destinationCountry: "US" });
    expect(el(us, "US_CPSIA_CHILDRENS_PRODUCTS")?.applicability).toBe(APPLIES);
    expect(us.documents.map((d) => d.code)).toContain("CPSC_CPC");
    const gb = await assess({ hsCode: "950300", originCountry: "CN", destinationCountry: "GB" });
    expect(el(gb, "GB_TOY_SAFETY")?.applicability).toBe(APPLIES);
  });
  it("headphones into the EU show EMC, RoHS and WEEE (RoHS and WEEE apply; EMC depends on active electronics)", async () => {
    const r = await assess({ hsCode: "8518300090", originCountry: "CN", destinationCountry: "DE" });
    expect(ids(r)).toEqual(expect.arrayContaining(["EU_EMC", "EU_ROHS", "EU_WEEE"]));
    expect(el(r, "EU_ROHS")?.applicability).toBe(APPLIES);
    expect(el(r, "EU_WEEE")?.applicability).toBe(APPLIES);
    expect(el(r, "EU_EMC")?.applicability).toBe(riskV1.Applicability.APPLICABILITY_CONDITIONAL);
    expect(el(r, "EU_EMC")?.condition).toContain("inherently benign");
    expect(ids(r)).not.toContain("EU_LVD");
    expect(r.grade).toBe(G.RISK_GRADE_L3);
  });
});

describe("a plain cotton T-shirt is L1 with textile labelling only", () => {
  it.each(["BD", "CN", "TR", "IN"])("6109 10 00 10 from %s into DE", async (origin) => {
    const r = await assess({ hsCode: "6109100010", originCountry: origin, destinationCountry: "DE" });
    expect(r).toMatchObject({ available: true, grade: G.RISK_GRADE_L1, maxPossibleGrade: G.RISK_GRADE_L1 });
    expect(ids(r)).toEqual(["EU_TEXTILE_LABELLING"]);
    expect(r.documents).toEqual([]);
    expect(r.commodityDescription).toContain("T-shirts");
  });
  it("into the US from Bangladesh: FTC labelling applies (L1); the clothing flammability certificate is conditional", async () => {
    const r = await assess({ hsCode: "6109100012", originCountry: "BD", destinationCountry: "US", value: { amount: "1200", currency: "USD" } });
    expect(r.grade).toBe(G.RISK_GRADE_L1);
    expect(el(r, "US_FTC_TEXTILE_LABELLING")?.applicability).toBe(APPLIES);
    expect(el(r, "US_CPSC_GCC")?.applicability).toBe(riskV1.Applicability.APPLICABILITY_CONDITIONAL);
    expect(ids(r)).not.toContain("US_FORMAL_ENTRY");
  });
  it("from China into the US it is on Section 301 List 4A (L5)", async () => {
    const r = await assess({ hsCode: "6109100012", originCountry: "CN", destinationCountry: "US" });
    expect(r.grade).toBe(G.RISK_GRADE_L5);
    expect(el(r, "US_S301_CHINA")?.matchedBy).toContain("List 4A");
  });
});

describe("value thresholds use the ECB rates of the tariff service", () => {
  it("US formal entry: EUR 3,000 is above USD 2,500, EUR 1,000 is not", async () => {
    const above = await assess({ hsCode: "6109100012", originCountry: "BD", destinationCountry: "US", value: { amount: "3000", currency: "EUR" } });
    expect(el(above, "US_FORMAL_ENTRY")?.applicability).toBe(APPLIES);
    const below = await assess({ hsCode: "6109100012", originCountry: "BD", destinationCountry: "US", value: { amount: "1000", currency: "EUR" } });
    expect(ids(below)).not.toContain("US_FORMAL_ENTRY");
  });
});

describe("unknown is not L0", () => {
  it("a destination without import data is unavailable, with the reason", async () => {
    const r = await assess({ hsCode: "610910", originCountry: "CN", destinationCountry: "JP" });
    expect(r).toMatchObject({ available: false, grade: G.RISK_GRADE_UNSPECIFIED, scheduleUsed: "HS2022" });
    expect(r.unavailableReason).toContain("JP");
  });
  it("export rules of the origin are still listed (EU dual-use export of a laptop to Russia)", async () => {
    const r = await assess({ hsCode: "847130", originCountry: "DE", destinationCountry: "RU" });
    expect(r.available).toBe(false);
    expect(ids(r)).toEqual(expect.arrayContaining(["EU_RU_BY_EXPORT_SCREENING", "EU_RU_BY_EXPORT_BANS", "EU_DUAL_USE_EXPORT"]));
    expect(r.warnings.map((w) => w.code)).toContain("EXPORT_SIDE_ONLY");
  });
  it("goods with no code-specific rule are L0 with the general-obligations warning", async () => {
    const r = await assess({ hsCode: "0101210000", originCountry: "CH", destinationCountry: "DE" });
    expect(r).toMatchObject({ available: true, grade: G.RISK_GRADE_L0, elements: [] });
    expect(r.warnings.map((w) => w.code)).toContain("GENERAL_OBLIGATIONS_NOT_LISTED");
  });
  it("when the tariff service is down the code is not checked, and the answer says so", async () => {
    const r = await assessOn(clientDown, { hsCode: "6109100010", originCountry: "BD", destinationCountry: "DE" });
    expect(r.warnings.map((w) => w.code)).toContain("CODE_NOT_VALIDATED");
    expect(ids(r)).toEqual(["EU_TEXTILE_LABELLING"]);
  });
});

describe("bad input is INVALID_ARGUMENT with the field, never a crash", () => {
  it.each([
    ["unknown destination", { hsCode: "6109100010", originCountry: "CN", destinationCountry: "ZZ" }, "destination_country", /unknown country/],
    ["unknown origin", { hsCode: "6109100010", originCountry: "QQ", destinationCountry: "DE" }, "origin_country", /unknown country/],
    ["three-letter country", { hsCode: "6109100010", originCountry: "CHN", destinationCountry: "DE" }, "origin_country", /alpha-2/],
    ["missing destination", { hsCode: "6109100010", originCountry: "CN" }, "destination_country", /required/],
    ["malformed code", { hsCode: "61x9", originCountry: "CN", destinationCountry: "DE" }, "hs_code", /digits only/],
    ["odd-length code", { hsCode: "61091", originCountry: "CN", destinationCountry: "DE" }, "hs_code", /heading/],
    ["code not in the EU schedule", { hsCode: "9999999999", originCountry: "CN", destinationCountry: "DE" }, "hs_code", /not a code of the EU TARIC/],
    ["a US line sent for an EU destination", { hsCode: "6109100012", originCountry: "CN", destinationCountry: "DE" }, "hs_code", /EU TARIC/],
    ["code not in HS 2022", { hsCode: "999999", originCountry: "CN", destinationCountry: "JP" }, "hs_code", /HS 2022/],
    ["an HS 2017 code replaced in HS 2022", { hsCode: "851712", originCountry: "CN", destinationCountry: "GB" }, "hs_code", /replaced it by 851713/],
    ["negative value", { hsCode: "6109100010", originCountry: "CN", destinationCountry: "DE", value: { amount: "-1", currency: "EUR" } }, "value.amount", /non-negative/],
    ["unknown currency", { hsCode: "6109100010", originCountry: "CN", destinationCountry: "DE", value: { amount: "10", currency: "ABC" } }, "value.currency", /unknown currency/],
    ["impossible date", { hsCode: "6109100010", originCountry: "CN", destinationCountry: "DE", asOf: "2026-02-30" }, "as_of", /calendar/],
  ])("%s", async (_n, req, field, message) => {
    const { err } = await call(client, "assessRisk", riskV1.AssessRiskRequest.fromPartial({ asOf: "2026-06-01", ...(req as Req) }));
    expect(err?.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(errorField(err!)).toBe(field);
    expect(err!.details).toMatch(message);
  });
});

describe("ListRequiredDocuments and ListRegimes", () => {
  it("lists only the documents, with UK CDS declaration codes on a GB lane", async () => {
    const { res } = await call<riskV1.ListRequiredDocumentsResponse>(client, "listRequiredDocuments", { hsCode: "3924100011", originCountry: "CN", destinationCountry: "GB", asOf: "2026-06-01" });
    const doc = res!.documents.find((d) => d.regime === "GB_FCM_KITCHENWARE_CN_HK" && d.mandatory)!;
    expect(doc.declarationCodes[0]).toMatchObject({ code: "C060", system: "UK_CDS", description: expect.stringContaining("284/2011") });
    expect(res!.available).toBe(true);
  });
  it("lists the regimes with their sources, the covered destinations and the cross-check result", async () => {
    const { res } = await call<riskV1.ListRegimesResponse>(client, "listRegimes", { jurisdiction: "EU" });
    expect(res!.regimes.length).toBeGreaterThan(20);
    expect(res!.regimes.every((r) => r.jurisdiction === "EU")).toBe(true);
    expect(res!.coveredDestinations).toEqual(expect.arrayContaining(["EU", "US", "GB"]));
    expect(res!.crossCheckFindings).toEqual([]);
    const bad = await call(client, "listRegimes", { jurisdiction: "E1" });
    expect(bad.err?.code).toBe(grpc.status.INVALID_ARGUMENT);
  });
});
