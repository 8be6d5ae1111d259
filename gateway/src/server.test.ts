import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createLogger } from "@openhs/shared";
import type { Clients } from "./grpc-clients.js";
import { buildServer } from "./server.js";
import { startStack, type Stack } from "./test-stack.test-util.js";

/**
 * The REST gateway end to end: fastify → gRPC (real tariff server on 127.0.0.1:0) → the real
 * imported data in PostgreSQL.
 */

let stack: Stack;
let app: FastifyInstance;
let clients: Clients;

beforeAll(async () => {
  stack = await startStack(inject("databaseUrl"));
  app = stack.app;
  clients = stack.clients;
});

afterAll(async () => {
  await stack?.close();
});

const get = async (url: string) => {
  const r = await app.inject({ method: "GET", url, headers: stack.auth });
  return { status: r.statusCode, body: r.json() };
};
const post = async (url: string, payload: unknown, headers: Record<string, string> = {}) => {
  const r = await app.inject({ method: "POST", url, payload: payload as string, headers: { "content-type": "application/json", ...stack.auth, ...headers } });
  return { status: r.statusCode, body: r.json() };
};

describe("GET /health and /docs", () => {
  it("answers ok", async () => expect(await get("/health")).toEqual({ status: 200, body: { success: true, data: { status: "ok" } } }));
  it("serves the OpenAPI document with every tariff path", async () => {
    const r = await get("/docs/json");
    expect(r.status).toBe(200);
    expect(Object.keys(r.body.paths)).toEqual(
      expect.arrayContaining(["/health", "/v1/commodities/{code}", "/v1/commodities/{code}/children", "/v1/search", "/v1/duty-rates/{code}", "/v1/validate"]),
    );
  });
});

describe("GET /v1/duty-rates/{code}", () => {
  it("US 6109.10.00.12 from CN: the general rate 16.5% with its parsed expression", async () => {
    const r = await get("/v1/duty-rates/6109100012?origin=CN");
    expect(r.status).toBe(200);
    expect(r.body.data.applicable).toMatchObject({
      measure_type: "general",
      duty_expression_text: "16.5%",
      duty_expression: { kind: "ad_valorem", components: [{ type: "ad_valorem", percent: "16.5" }] },
      applies_to_origin: true,
    });
    expect(r.body.data.measures.map((m: { measure_type: string }) => m.measure_type)).toEqual(["general", "preferential", "column2"]);
  });
  it("from AU: the free US-Australia FTA preference applies", async () => {
    const r = await get("/v1/duty-rates/6109100012?origin=AU");
    expect(r.body.data.applicable.measure_type).toBe("preferential");
    expect(r.body.data.applicable.duty_expression.kind).toBe("free");
    expect(r.body.data.applicable.programs.map((p: { code: string }) => p.code)).toContain("AU");
  });
  it("from CU: column 2 (90%)", async () => {
    const r = await get("/v1/duty-rates/6109100012?origin=CU");
    expect(r.body.data.applicable).toMatchObject({ measure_type: "column2", duty_expression_text: "90%" });
  });
  it("a specific line (4.4¢/kg) and a compound line (8.8¢/kg + 20%) come back parsed, in dollars", async () => {
    const beef = await get("/v1/duty-rates/0201.10.05?origin=BR");
    expect(beef.body.data.applicable.duty_expression).toMatchObject({
      kind: "specific",
      components: [{ type: "specific", amount: "0.044", currency: "USD", unit: "kg" }],
    });
    const mushrooms = await get("/v1/duty-rates/0709.51.01?origin=BR");
    expect(mushrooms.body.data.applicable.duty_expression).toMatchObject({
      kind: "compound",
      components: [{ type: "specific", amount: "0.088", unit: "kg" }, { type: "ad_valorem", percent: "20" }],
    });
  });
  it("an EU destination has its standard VAT and says duty data is unavailable rather than inventing one", async () => {
    const r = await get("/v1/duty-rates/6109100010?origin=CN&destination=DE&as_of=2026-03-01");
    expect(r.status).toBe(200);
    expect(r.body.data.vat).toMatchObject({ country: "DE", rate_percent: expect.stringMatching(/^19(\.0+)?$/) });
    expect(r.body.data.warnings.join(" ")).toContain("duty_unavailable");
  });
});

describe("GET /v1/commodities/{code}", () => {
  it("looks up any level with ancestors (HS, US, EU)", async () => {
    const hs = await get("/v1/commodities/6109");
    expect(hs.body.data.commodity).toMatchObject({ code: "6109", level: "heading", section: "XI" });
    expect(hs.body.data.ancestors.map((a: { code: string }) => a.code)).toEqual(["XI", "61"]);
    const us = await get("/v1/commodities/6109.10.00.12?schedule=us");
    expect(us.body.data.commodity.formatted_code).toBe("6109.10.00.12");
    const eu = await get("/v1/commodities/6109100010?schedule=eu");
    expect(eu.status).toBe(200);
    expect(eu.body.data.commodity.schedule).toBe("EU");
  });
  it("as of a date: HS 2017 8517.12 exists in 2020, not in 2023", async () => {
    expect((await get("/v1/commodities/851712?schedule=hs2017&as_of=2020-06-01")).status).toBe(200);
    const gone = await get("/v1/commodities/851712?schedule=hs2017&as_of=2023-06-01");
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toContain("not valid on 2023-06-01");
  });
  it("children: sections at the top, chapters of a section, lines of a heading", async () => {
    const top = await get("/v1/commodities/XI/children");
    expect(top.body.data.children.map((c: { code: string }) => c.code)).toContain("61");
    const kids = await get("/v1/commodities/6109/children");
    expect(kids.body.data.children.map((c: { code: string }) => c.code)).toEqual(["610910", "610990"]);
  });
});

describe("GET /v1/search relevance on real products", () => {
  // Each product's right HS heading must be among the first three hits.
  it.each([
    ["cotton t-shirt", "6109"],
    ["laptop computer", "8471"],
    ["smartphone", "8517"],
    ["bicycle", "8712"],
    ["leather handbag", "4202"],
    ["red wine", "2204"],
    ["frozen shrimp", "0306"],
    ["wooden chair", "9401"],
    ["running shoes", "6404"],
    ["olive oil", "1509"],
    ["men's cotton jeans", "6203"],
    ["stainless steel kitchen knife", "8211"],
    ["lithium ion battery", "8507"],
    ["roasted coffee", "0901"],
  ])("%s → heading %s in the top 3", async (q, heading) => {
    const r = await get(`/v1/search?q=${encodeURIComponent(q)}&limit=3`);
    expect(r.status).toBe(200);
    const codes = r.body.data.hits.map((h: { commodity: { code: string } }) => h.commodity.code.slice(0, 4));
    expect(codes).toContain(heading);
  });
});

describe("POST /v1/validate", () => {
  it("an HS 2017 code replaced in HS 2022", async () => {
    const r = await post("/v1/validate", { code: "8517.12" });
    expect(r.body.data).toMatchObject({ valid: false, editions: ["HS2017"] });
    expect(r.body.data.replaced_by[0].hs2022_code).toBe("851713");
  });
  it("a declarable US line is valid for the destination; its 8-digit parent is not declarable", async () => {
    expect((await post("/v1/validate", { code: "6109100012", destination_country: "US" })).body.data).toMatchObject({ valid: true, declarable_for_destination: true });
    expect((await post("/v1/validate", { code: "61091000", destination_country: "US" })).body.data).toMatchObject({ valid: false, exists: true, declarable_for_destination: false });
  });
  it("an unknown code exists nowhere", async () => {
    expect((await post("/v1/validate", { code: "999999" })).body.data).toMatchObject({ valid: false, exists: false, editions: [] });
  });
});

describe("bad input on every endpoint: a clear 4xx with the field, never a 500", () => {
  it.each([
    ["GET", "/v1/commodities/61x9", 422, "code"],
    ["GET", "/v1/commodities/6109?schedule=mars", 400, "schedule"],
    ["GET", "/v1/commodities/6109?as_of=yesterday", 400, "as_of"],
    ["GET", "/v1/commodities/6109?as_of=2026-02-30", 422, "as_of"],
    ["GET", "/v1/commodities/999999", 404, "code"],
    ["GET", `/v1/commodities/${"1".repeat(40)}`, 422, "code"],
    ["GET", "/v1/commodities/610/children", 422, "code"],
    ["GET", "/v1/search", 400, "q"],
    ["GET", "/v1/search?q=", 400, "q"],
    ["GET", "/v1/search?q=shirt&limit=0", 400, "limit"],
    ["GET", "/v1/search?q=shirt&limit=abc", 400, "limit"],
    ["GET", `/v1/search?q=${"x".repeat(501)}`, 422, "q"],
    ["GET", "/v1/duty-rates/6109100012?origin=CHN", 400, "origin"],
    ["GET", "/v1/duty-rates/6109100012?origin=ZZ", 422, "origin_country"],
    ["GET", "/v1/duty-rates/abc", 422, "code"],
    ["GET", "/v1/duty-rates/6109100012?destination=1", 400, "destination"],
  ])("%s %s → %i (%s)", async (method, url, status, field) => {
    const r = await app.inject({ method: method as "GET", url, headers: stack.auth });
    expect(r.statusCode).toBe(status);
    const body = r.json();
    expect(body.success).toBe(false);
    expect(body.error.message).toBeTruthy();
    expect(body.error.field).toBe(field);
  });
  it.each([
    ["missing code", {}, 400, "code"],
    ["code of wrong type", { code: 6109 }, 400, "code"],
    ["code as an object", { code: { $gt: "" } }, 400, "code"],
    ["code too long", { code: "1".repeat(33) }, 422, "code"],
    ["unknown property", { code: "6109", evil: 1 }, 400, "evil"],
    ["bad country", { code: "6109", destination_country: "USA" }, 400, "destination_country"],
  ])("POST /v1/validate with %s is rejected", async (_n, body, status, field) => {
    const r = await post("/v1/validate", body);
    expect(r.status).toBe(status);
    expect(r.body.error.field).toBe(field);
  });
  it("malformed JSON and binary bodies are 400, not 500", async () => {
    expect((await post("/v1/validate", "{not json")).status).toBe(400);
    const bin = await app.inject({ method: "POST", url: "/v1/validate", payload: Buffer.from([0, 255, 1, 2]), headers: { "content-type": "application/octet-stream", ...stack.auth } });
    expect(bin.statusCode).toBe(415);
    expect(bin.json().success).toBe(false);
  });
  it("a body over the limit is 413", async () => {
    const r = await post("/v1/validate", JSON.stringify({ code: "6109", pad: "x".repeat(1_100_000) }));
    expect(r.status).toBe(413);
  });
  it("an unknown route is a 404 envelope", async () => {
    expect(await get("/v1/nope")).toMatchObject({ status: 404, body: { success: false, error: { code: "not_found" } } });
  });
});

describe("POST /v1/classify", () => {
  it("classifies with the decision path, rules and the US national line", async () => {
    const r = await post("/v1/classify", { product_name: "men's t-shirt", composition: "100% cotton", processing: "knitted", destination_country: "US" });
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ status: "final", hs_code: "610910", national_code: "6109100012", national_schedule: "US" });
    expect(r.body.data.decision_path.map((s: { level: string }) => s.level)).toEqual(["section", "chapter", "heading", "subheading", "national"]);
    expect(r.body.data.rules_applied.length).toBeGreaterThan(0);
  });
  it("the README worked example: answers in context, or a full description, give the final US line", async () => {
    const a = await post("/v1/classify", { product_name: "t-shirt", destination_country: "US", context: { material: "cotton", gender: "men" }, heading_hint: "6109" });
    const b = await post("/v1/classify", { product_name: "T-shirt for men", composition: "100% cotton", processing: "knitted", destination_country: "US" });
    for (const r of [a, b]) expect(r.body.data).toMatchObject({ status: "final", hs_code: "610910", national_code: "6109100012" });
    const q = await post("/v1/classify", { product_name: "t-shirt", destination_country: "US" });
    const byAttr = Object.fromEntries(q.body.data.follow_up_questions.map((x: { attribute: string; options: string[] }) => [x.attribute, x.options]));
    expect(byAttr.material).toContain("cotton");
    expect(byAttr.gender).toEqual(expect.arrayContaining(["men", "women"]));
  });
  it("accepts the camelCase aliases other APIs use", async () => {
    const r = await post("/v1/classify", { productName: "t-shirt", shipToCountry: "US" });
    expect(r.body.data).toMatchObject({ status: "needs_more_info", heading_hint: "6109" });
    expect(r.body.data.follow_up_questions.map((q: { attribute: string }) => q.attribute)).toContain("material");
  });
  it("includes the risk assessment of the classified line on the request's lane", async () => {
    const r = await post("/v1/classify", { product_name: "T-shirt for men", composition: "100% cotton", processing: "knitted", origin_country: "BD", destination_country: "US" });
    expect(r.body.data.risk).toMatchObject({ hs_code: "6109100012", destination_country: "US", origin_country: "BD", available: true, grade: "L1" });
    expect(r.body.data.risk.elements.map((e: { regime: string }) => e.regime)).toContain("US_FTC_TEXTILE_LABELLING");
    expect((await post("/v1/classify", { product_name: "t-shirt" })).body.data.risk).toBeNull();
  });
  it.each([
    ["no product name", { description: "x" }, 400, "product_name"],
    ["a number as name", { product_name: 5 }, 400, "product_name"],
    ["a bad destination", { product_name: "shirt", destination_country: "USA" }, 400, "destination_country"],
    ["an unknown field", { product_name: "shirt", colour: "red" }, 400, "colour"],
    ["a 10 kB name", { product_name: "x".repeat(10_000) }, 422, "product_name"],
    ["binary in the name", { product_name: "a\u0000b" }, 422, "product_name"],
  ])("rejects %s", async (_n, body, status, field) => {
    const r = await post("/v1/classify", body);
    expect(r.status).toBe(status);
    expect(r.body.error.field).toBe(field);
  });
});

describe("without NATS: the in-process path for async work and batches", () => {
  it("an async classification and a 150-item batch complete through the classifier's ClassifyBatch", async () => {
    expect(stack.api.api.dispatcher.kind).toBe("in-process");
    const a = await post("/v1/classify?mode=async", { product_name: "wooden chair" });
    expect(a.status).toBe(202);
    const items = Array.from({ length: 150 }, (_, i) => ({ id: `i${i}`, product_name: ["wooden chair", "leather wallet", "ceramic mug"][i % 3]! }));
    const b = await post("/v1/classify/batch", { items });
    expect(b.status).toBe(202);
    expect(b.body.data.distinct_products).toBe(3);
    for (let i = 0; i < 300; i++) {
      const [x, y] = [await get(`/v1/classifications/${a.body.data.id}`), await get(`/v1/batches/${b.body.data.batch_id}`)];
      if (x.body.data.status === "completed" && y.body.data.status === "completed") {
        expect(y.body.data.counts).toEqual({ total: 150, completed: 150, failed: 0, pending: 0 });
        expect(x.body.data.classification.hs_code.slice(0, 4)).toBe("9401");
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error("the in-process path did not complete");
  });
});

describe("tariff answer cache", () => {
  it("serves a repeated GET from the cache, and bypasses it on Cache-Control: no-cache", async () => {
    const { TtlLru } = await import("./cache.js");
    const cached = await buildServer({ clients, logger: createLogger("gateway-test", "silent"), cache: new TtlLru(100, 60_000), api: stack.api.api });
    const h = stack.auth;
    const a = await cached.inject({ method: "GET", url: "/v1/commodities/6109", headers: h });
    const b = await cached.inject({ method: "GET", url: "/v1/commodities/6109", headers: h });
    const c = await cached.inject({ method: "GET", url: "/v1/commodities/6109", headers: { "cache-control": "no-cache", ...h } });
    const notFound = await cached.inject({ method: "GET", url: "/v1/commodities/999999", headers: h });
    const notFoundAgain = await cached.inject({ method: "GET", url: "/v1/commodities/999999", headers: h });
    expect([a.headers["x-cache"], b.headers["x-cache"], c.headers["x-cache"]]).toEqual(["MISS", "HIT", "BYPASS"]);
    expect(b.json()).toEqual(a.json());
    expect(notFoundAgain.headers["x-cache"]).toBeUndefined();
    expect(notFound.statusCode).toBe(404);
    await cached.close();
  });
});

describe("README curl examples", () => {
  // Every `curl` line of the README (and every `VAR=$(curl … | jq -r '.path')` capture) is run against
  // the app, in order, with $OPENHS_KEY set to a test key; each must succeed.
  const readme = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "../../README.md"), "utf8");
  const examples = readme
    .replace(/\\\n\s*/g, " ") // join continuation lines
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.startsWith("curl ") || /^[A-Z_]+=\$\(curl /.test(l))
    .map(parseCurl);
  const vars: Record<string, string> = {};
  const subst = (s: string) => s.replace(/\$\{?([A-Z_]+)\}?/g, (_m, v: string) => (v === "OPENHS_KEY" ? stack.key : (vars[v] ?? `$${v}`)));
  it("has examples", () => expect(examples.length).toBeGreaterThanOrEqual(10));
  it.each(examples.map((c) => [c.line, c] as const))("%s", async (_line, c) => {
    expect(c.url).toMatch(/^\//);
    const headers = Object.fromEntries(c.headers.map((h) => [h.slice(0, h.indexOf(":")).trim().toLowerCase(), subst(h.slice(h.indexOf(":") + 1).trim())]));
    if (c.body !== undefined) headers["content-type"] ??= "application/json";
    const r = await app.inject({ method: c.method as "GET", url: subst(c.url), payload: c.body === undefined ? undefined : subst(c.body), headers });
    expect(r.statusCode, r.body.slice(0, 300)).toBeGreaterThanOrEqual(200);
    expect(r.statusCode, r.body.slice(0, 300)).toBeLessThan(300);
    if (String(r.headers["content-type"]).startsWith("text/event-stream")) expect(r.body).toContain("event: ");
    else expect(r.json().success).toBe(true);
    if (c.capture) {
      const value = c.capture.path.split(".").filter(Boolean).reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], r.json());
      expect(value, `${c.capture.path} of ${r.body.slice(0, 200)}`).toBeTruthy();
      vars[c.capture.name] = String(value);
    }
  });
});

function parseCurl(line: string) {
  const cap = /^([A-Z_]+)=\$\((curl .*?)\s*\|\s*jq -r '([^']+)'\)$/.exec(line);
  const cmd = cap ? cap[2]! : line;
  const url = /'(?:http:\/\/)?localhost:3000([^']*)'|"(?:http:\/\/)?localhost:3000([^"]*)"|\s(?:http:\/\/)?localhost:3000(\/\S*)/.exec(cmd);
  const body = /(?:-d|--data) '([^']*)'/.exec(cmd);
  const method = /-X (\w+)/.exec(cmd)?.[1] ?? (body ? "POST" : "GET");
  const headers = [...cmd.matchAll(/-H (?:'([^']*)'|"([^"]*)")/g)].map((m) => m[1] ?? m[2]!);
  return { line, method, url: url?.[1] ?? url?.[2] ?? url?.[3] ?? "", body: body?.[1], headers, capture: cap ? { name: cap[1]!, path: cap[3]! } : undefined };
}
