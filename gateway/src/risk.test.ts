import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { createLogger } from "@openhs/shared";
import type { Clients } from "./grpc-clients.js";
import { buildServer } from "./server.js";
import { startStack, type Stack } from "./test-stack.test-util.js";

/** POST /v1/risk, /v1/risk/documents and GET /v1/risk/regimes through the gateway: fastify → gRPC risk → gRPC tariff → real data. */

let stack: Stack;
let clients: Clients;
let app: FastifyInstance;

beforeAll(async () => {
  stack = await startStack(inject("databaseUrl"));
  clients = stack.clients;
  app = stack.app;
});

afterAll(async () => {
  await stack?.close();
});

const post = async (url: string, payload: unknown) => {
  const r = await app.inject({ method: "POST", url, payload: payload as string, headers: { "content-type": "application/json", ...stack.auth } });
  return { status: r.statusCode, body: r.json() };
};
const regimes = (data: { elements: Array<{ regime: string }> }) => data.elements.map((e) => e.regime);

describe("POST /v1/risk", () => {
  it("steel into the EU: CBAM (L4) with its legal reference, source, verified date and documents", async () => {
    const r = await post("/v1/risk", { hs_code: "7208.39.00.90", origin_country: "cn", destination_country: "DE", as_of: "2026-09-01" });
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ hs_code: "7208390090", schedule_used: "EU", origin_country: "CN", destination_country: "DE", available: true, grade: "L4", unavailable_reason: null });
    const cbam = r.body.data.elements.find((e: { regime: string }) => e.regime === "EU_CBAM");
    expect(cbam).toMatchObject({
      level: "L4",
      applicability: "applies",
      condition: null,
      category: "carbon",
      jurisdiction: "EU",
      direction: "import",
      legal_ref: expect.stringContaining("2023/956"),
      source_url: "https://eur-lex.europa.eu/eli/reg/2023/956/oj",
      verified_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      validity_start: "2026-01-01",
      scope_source: expect.stringContaining("eu-cbam.json"),
    });
    expect(cbam.obligations.length).toBeGreaterThan(2);
    expect(r.body.data.documents.find((d: { code: string }) => d.code === "CBAM_AUTHORISATION")).toMatchObject({ regime: "EU_CBAM", mandatory: true, applicability: "applies", issuing_authority: expect.any(String) });
    expect(r.body.data.warnings[0]).toEqual({ code: expect.any(String), message: expect.any(String) });
    // The steel safeguard (L5) ended on 30 June 2026: no longer an element, but reported.
    expect(regimes(r.body.data)).not.toContain("EU_STEEL_SAFEGUARD");
    expect(r.body.data.warnings.find((w: { code: string }) => w.code === "REGIME_ENDED").message).toContain("EU_STEEL_SAFEGUARD");
    const before = await post("/v1/risk", { hs_code: "7208390090", origin_country: "CN", destination_country: "DE", as_of: "2026-06-01" });
    expect(before.body.data.grade).toBe("L5");
    expect(regimes(before.body.data)).toContain("EU_STEEL_SAFEGUARD");
    expect(r.body.data.data_version).toMatch(/^risk-/);
  });
  it("toy → toy safety; headphones → EMC/RoHS/WEEE; cotton T-shirt → L1 textile labelling only", async () => {
    const toy = await post("/v1/risk", { hs_code: "9503007500", origin_country: "CN", destination_country: "FR" });
    expect(regimes(toy.body.data)).toContain("EU_TOY_SAFETY");
    const phones = await post("/v1/risk", { hs_code: "8518300090", origin_country: "CN", destination_country: "NL" });
    expect(regimes(phones.body.data)).toEqual(expect.arrayContaining(["EU_EMC", "EU_ROHS", "EU_WEEE"]));
    const tee = await post("/v1/risk", { hs_code: "6109100010", origin_country: "BD", destination_country: "DE" });
    expect(tee.body.data).toMatchObject({ grade: "L1", max_possible_grade: "L1" });
    expect(regimes(tee.body.data)).toEqual(["EU_TEXTILE_LABELLING"]);
  });
  it("a value as a number or an exact decimal string", async () => {
    const a = await post("/v1/risk", { hs_code: "6109100012", origin_country: "BD", destination_country: "US", value: 3000, currency: "eur" });
    const b = await post("/v1/risk", { hs_code: "6109100012", origin_country: "BD", destination_country: "US", value: "3000.00", currency: "EUR" });
    for (const r of [a, b]) expect(regimes(r.body.data)).toContain("US_FORMAL_ENTRY");
  });
  it("an uncovered destination is unavailable with the reason (unknown, not L0)", async () => {
    const r = await post("/v1/risk", { hs_code: "610910", origin_country: "CN", destination_country: "JP" });
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ available: false, grade: null, max_possible_grade: null, unavailable_reason: expect.stringContaining("JP") });
  });
});

describe("bad input on /v1/risk: a clear 4xx with the field, never a 500", () => {
  it.each([
    ["missing hs_code", { origin_country: "CN", destination_country: "DE" }, 400, "hs_code"],
    ["missing origin", { hs_code: "6109100010", destination_country: "DE" }, 400, "origin_country"],
    ["code as a number", { hs_code: 6109100010, origin_country: "CN", destination_country: "DE" }, 400, "hs_code"],
    ["three-letter country", { hs_code: "6109100010", origin_country: "CHN", destination_country: "DE" }, 400, "origin_country"],
    ["unknown field", { hs_code: "6109100010", origin_country: "CN", destination_country: "DE", colour: "red" }, 400, "colour"],
    ["value without currency", { hs_code: "6109100010", origin_country: "CN", destination_country: "DE", value: 10 }, 400, "currency"],
    ["currency without value", { hs_code: "6109100010", origin_country: "CN", destination_country: "DE", currency: "EUR" }, 400, "value"],
    ["bad date format", { hs_code: "6109100010", origin_country: "CN", destination_country: "DE", as_of: "yesterday" }, 400, "as_of"],
    ["unknown destination", { hs_code: "6109100010", origin_country: "CN", destination_country: "ZZ" }, 422, "destination_country"],
    ["unknown origin", { hs_code: "6109100010", origin_country: "XX", destination_country: "DE" }, 422, "origin_country"],
    ["malformed code", { hs_code: "61x9", origin_country: "CN", destination_country: "DE" }, 422, "hs_code"],
    ["code not in the schedule", { hs_code: "9999999999", origin_country: "CN", destination_country: "DE" }, 422, "hs_code"],
    ["negative value", { hs_code: "6109100010", origin_country: "CN", destination_country: "DE", value: -5, currency: "EUR" }, 422, "value"],
    ["value as text", { hs_code: "6109100010", origin_country: "CN", destination_country: "DE", value: "ten", currency: "EUR" }, 422, "value"],
    ["unknown currency", { hs_code: "6109100010", origin_country: "CN", destination_country: "DE", value: "10", currency: "ABC" }, 422, "currency"],
    ["impossible date", { hs_code: "6109100010", origin_country: "CN", destination_country: "DE", as_of: "2026-02-30" }, 422, "as_of"],
  ])("%s", async (_n, body, status, field) => {
    const r = await post("/v1/risk", body);
    expect(r.status).toBe(status);
    expect(r.body.success).toBe(false);
    expect(r.body.error.field).toBe(field);
    expect(r.body.error.message).toBeTruthy();
  });
  it("malformed JSON is a 400", async () => {
    expect((await post("/v1/risk", "{nope")).status).toBe(400);
  });
  it("without a risk service configured the answer is 503, not a crash", async () => {
    const bare = await buildServer({ clients: { tariff: clients.tariff, close() {} }, logger: createLogger("x", "silent"), api: stack.api.api });
    const r = await bare.inject({ method: "POST", url: "/v1/risk", payload: { hs_code: "6109100010", origin_country: "CN", destination_country: "DE" }, headers: stack.auth });
    expect(r.statusCode).toBe(503);
    await bare.close();
  });
});

describe("POST /v1/risk/documents and GET /v1/risk/regimes", () => {
  it("documents with UK CDS declaration codes on a GB export of a controllable item", async () => {
    const r = await post("/v1/risk/documents", { hs_code: "847130", origin_country: "GB", destination_country: "US" });
    expect(r.status).toBe(200);
    const licence = r.body.data.documents.find((d: { code: string }) => d.code === "UK_EXPORT_LICENCE");
    expect(licence).toMatchObject({ regime: "GB_STRATEGIC_EXPORT", applicability: "conditional" });
    expect(licence.declaration_codes[0]).toMatchObject({ code: "9104", system: "UK_CDS", guidance: expect.stringContaining("GBSIE") });
  });
  it("regimes of a jurisdiction with sources, and the CBAM cross-check result", async () => {
    const r = await app.inject({ method: "GET", url: "/v1/risk/regimes?jurisdiction=us", headers: stack.auth });
    expect(r.statusCode).toBe(200);
    const data = r.json().data;
    expect(data.regimes.every((x: { jurisdiction: string }) => x.jurisdiction === "US")).toBe(true);
    expect(data.regimes.find((x: { id: string }) => x.id === "US_S301_CHINA")).toMatchObject({ level: "L5", scope_size: expect.any(Number), source_url: expect.stringMatching(/^https:/) });
    expect(data.cross_check_findings).toEqual([]);
    expect((await app.inject({ method: "GET", url: "/v1/risk/regimes?jurisdiction=XX", headers: stack.auth })).statusCode).toBe(400);
  });
  it("the OpenAPI document describes the risk endpoints with examples", async () => {
    const doc = (await app.inject({ method: "GET", url: "/docs/json" })).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/v1/risk", "/v1/risk/documents", "/v1/risk/regimes"]));
    const op = doc.paths["/v1/risk"].post;
    expect(op.requestBody.content["application/json"].schema.required).toEqual(["hs_code", "origin_country", "destination_country"]);
    expect(JSON.stringify(op.requestBody.content["application/json"])).toContain("7208390090");
    expect(JSON.stringify(op.responses["200"])).toContain("EU_CBAM");
  });
});
