import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { startStack, type Stack } from "../test-stack.test-util.js";

/** POST /v1/landed-cost through the gateway: fastify → landed-cost (gRPC) → tariff (gRPC) → PostgreSQL. */

let stack: Stack;
let app: FastifyInstance;

beforeAll(async () => {
  stack = await startStack(inject("databaseUrl"));
  app = stack.app;
});

afterAll(async () => {
  await stack?.close();
});

const post = async (payload: unknown, headers: Record<string, string> = stack.auth) => {
  const r = await app.inject({ method: "POST", url: "/v1/landed-cost", payload: payload as string, headers: { "content-type": "application/json", ...headers } });
  return { status: r.statusCode, body: r.json() };
};

const tshirts = {
  hs_code: "6109.10.00.12",
  origin_country: "CN",
  destination_country: "US",
  value: "4.50",
  quantity: "1000",
  weight_kg: "180",
  currency: "USD",
  shipping: "300",
  incoterm: "FOB",
  transport_mode: "sea",
  date: "2026-03-02",
};

describe("POST /v1/landed-cost", () => {
  it("the worked example: cotton T-shirts from CN into the US, every component with its source", async () => {
    const r = await post(tshirts);
    expect(r.status).toBe(200);
    const d = r.body.data;
    expect(d).toMatchObject({ hs_code: "610910", national_code: "6109100012", schedule: "US", currency: "USD", valuation_basis: "FOB", date: "2026-03-02" });
    const byCode = Object.fromEntries(d.components.map((c: { code: string }) => [c.code, c]));
    expect(byCode.MFN).toMatchObject({ type: "duty", rate: "16.5%", base: "4500.00", amount: "742.50", source: "us-hts", confidence: "high" });
    expect(byCode.MFN.rate_expression).toMatchObject({ kind: "ad_valorem", components: [{ percent: "16.5" }] });
    expect(byCode["9903.88.15"]).toMatchObject({ type: "additional_duty", rate: "The duty provided in the applicable subheading + 7.5%", amount: "337.50", source: "us-special-tariffs" });
    expect(byCode["9903.88.15"].licence).toContain("MIT");
    expect(byCode.MPF).toMatchObject({ type: "fee", amount: "33.58" });
    expect(byCode.MPF.legal_basis).toContain("19 U.S.C. 58c");
    expect(byCode.MPF.source_url).toMatch(/^https:\/\//);
    expect(byCode.HMF).toMatchObject({ amount: "5.63" });
    expect(d.totals).toEqual({
      goods_value: "4500.00",
      shipping: "300.00",
      insurance: "0.00",
      customs_value: "4500.00",
      duties: "1080.00",
      taxes: "0.00",
      fees: "39.21",
      duties_and_taxes: "1119.21",
      landed_cost: "5919.21",
      landed_cost_per_unit: "5.92",
      complete: true,
    });
    expect(d.de_minimis.duty).toMatchObject({ status: "not_available", waived: false });
    expect(d.de_minimis.duty.legal_basis).toContain("14324");
  });

  it("JSON numbers are accepted for amounts", async () => {
    const r = await post({ ...tshirts, value: 4.5, quantity: 1000, weight_kg: 180, shipping: 300 });
    expect(r.body.data.totals.landed_cost).toBe("5919.21");
  });

  it("a destination without a duty schedule answers what is known, with duty_unavailable", async () => {
    const r = await post({ hs_code: "610910", origin_country: "CN", destination_country: "CA", value: "100", currency: "CAD", date: "2026-03-02" });
    expect(r.status).toBe(200);
    expect(r.body.data.warnings.map((w: { code: string }) => w.code)).toContain("DUTY_UNAVAILABLE");
    const duty = r.body.data.components.find((c: { type: string }) => c.type === "duty");
    expect(duty).toMatchObject({ amount: null, confidence: "unavailable" });
    expect(r.body.data.components.find((c: { type: string }) => c.type === "gst")).toBeTruthy();
    expect(r.body.data.totals.complete).toBe(false);
  });

  it("needs an API key like every /v1 route", async () => {
    expect((await post(tshirts, {})).status).toBe(401);
  });

  it("is documented in OpenAPI with its figures", async () => {
    const doc = (await app.inject({ method: "GET", url: "/docs/json" })).json();
    const op = doc.paths["/v1/landed-cost"].post;
    expect(op.tags).toContain("landed cost");
    expect(op.description).toContain("5,919.21");
    expect(JSON.stringify(op.requestBody)).toContain("6109.10.00.12");
    expect(JSON.stringify(op.responses["200"])).toContain("742.50");
  });

  it.each([
    ["a negative value", { value: "-5" }, 422, "value"],
    ["a value of the wrong type", { value: true }, 400, "value"],
    ["an unknown currency", { currency: "XYZ" }, 422, "currency"],
    ["an unknown country", { origin_country: "ZZ" }, 422, "origin_country"],
    ["a malformed country", { destination_country: "USA" }, 400, "destination_country"],
    ["a code not in the schedule", { hs_code: "9999.99.99.99" }, 404, "hs_code"],
    ["a code with letters", { hs_code: "61O9" }, 422, "hs_code"],
    ["an unknown incoterm", { incoterm: "FOO" }, 400, "incoterm"],
    ["an unknown field", { colour: "red" }, 400, "colour"],
    ["no code and no product", { hs_code: undefined }, 400, "hs_code"],
    ["a missing value", { value: undefined }, 400, "value"],
    ["an impossible date", { date: "2026-02-30" }, 422, "date"],
  ])("rejects %s with a clear 4xx naming the field", async (_name, patch, status, field) => {
    const r = await post({ ...tshirts, ...patch });
    expect(r.status).toBe(status);
    expect(r.body.success).toBe(false);
    expect(r.body.error.field).toBe(field);
    expect(r.body.error.message).toBeTruthy();
  });
});
