import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { run as keysCli } from "./cli/keys.js";
import { AllowList, SIGNATURE_HEADER, isBlockedAddress, sign, verifySignature, vetWebhookUrl } from "./webhooks.js";
import { startStack, type Stack } from "./test-stack.test-util.js";

/**
 * The public API end to end on the real path: gateway → gRPC classifier, batch work through the real
 * NATS JetStream (a per-run stream) to a classifier worker, results and keys in the real PostgreSQL.
 */

let s: Stack;
let receiver: http.Server;
let receiverUrl: string;
const received: Array<{ headers: http.IncomingHttpHeaders; body: string }> = [];
let failNext = 0;

beforeAll(async () => {
  s = await startStack(inject("databaseUrl"), { nats: true, api: { CLASSIFY_CACHE_TTL_MS: 60_000 } });
  receiver = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      if (failNext > 0) {
        failNext--;
        res.writeHead(500).end("try again");
      } else res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});

afterAll(async () => {
  await s?.close();
  receiver?.close();
});

const req = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}, auth: Record<string, string> | null = s.auth) => {
  const r = await s.app.inject({
    method: method as "GET",
    url,
    payload: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    headers: { ...(body !== undefined ? { "content-type": "application/json" } : {}), ...(auth ?? {}), ...headers },
  });
  return { status: r.statusCode, body: r.body ? (r.headers["content-type"]?.toString().includes("json") ? r.json() : r.body) : undefined, headers: r.headers };
};
const until = async <T>(fn: () => Promise<T | undefined | false>, ms = 30_000, every = 50): Promise<T> => {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, every));
  }
};

describe("API keys", () => {
  it("no key, a malformed header, an unknown key: 401 naming the header", async () => {
    for (const headers of [{}, { authorization: "Basic abc" }, { authorization: "Bearer ohs_aaaaaaaaaaaa_" + "x".repeat(43) }, { "x-api-key": "nope" }]) {
      const r = await req("GET", "/v1/me", undefined, headers, null);
      expect(r.status).toBe(401);
      expect(r.body.error).toMatchObject({ code: "unauthenticated", field: "authorization" });
    }
  });
  it("accepts the key as Bearer and as X-API-Key; /health, /ready and /docs need none", async () => {
    expect((await req("GET", "/v1/me", undefined, { authorization: `Bearer ${s.key}` }, null)).status).toBe(200);
    expect((await req("GET", "/v1/me", undefined, { "x-api-key": s.key }, null)).body.data.prefix).toBe(s.key.split("_")[1]);
    expect((await req("GET", "/health", undefined, {}, null)).status).toBe(200);
    expect((await req("GET", "/docs/json", undefined, {}, null)).status).toBe(200);
  });
  it("a key revoked with the CLI is refused; keys are stored hashed", async () => {
    const key = await s.newKey();
    expect((await req("GET", "/v1/me", undefined, { authorization: `Bearer ${key}` }, null)).status).toBe(200);
    const prefix = key.split("_")[1]!;
    const code = await withDb(() => keysCli("revoke", [prefix], () => {}));
    expect(code).toBe(0);
    const r = await req("GET", "/v1/me", undefined, { authorization: `Bearer ${key}` }, null);
    expect(r.status).toBe(401);
    expect(r.body.error.message).toContain("revoked");
    const stored = await s.pool.query("SELECT key_hash FROM gateway.api_key WHERE prefix = $1", [prefix]);
    expect(stored.rows[0].key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored.rows)).not.toContain(key.split("_")[2]);
  });
  it("rate limit: X-RateLimit-* headers, then 429 with Retry-After", async () => {
    const key = await s.newKey(3);
    const h = { authorization: `Bearer ${key}` };
    const seen = [];
    for (let i = 0; i < 3; i++) {
      const r = await req("GET", "/v1/me", undefined, h, null);
      expect(r.status).toBe(200);
      seen.push(r.headers["x-ratelimit-remaining"]);
      expect(r.headers["x-ratelimit-limit"]).toBe("3");
      expect(Number(r.headers["x-ratelimit-reset"])).toBeGreaterThan(Date.now() / 1000);
    }
    expect(seen).toEqual(["2", "1", "0"]);
    const r = await req("GET", "/v1/me", undefined, h, null);
    expect(r.status).toBe(429);
    expect(Number(r.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    expect(r.body.error.code).toBe("rate_limited");
  });
  it("usage counts requests per endpoint for the key", async () => {
    const key = await s.newKey();
    const h = { authorization: `Bearer ${key}` };
    await req("GET", "/v1/commodities/6109", undefined, h, null);
    await req("GET", "/v1/commodities/6110", undefined, h, null);
    const u = await req("GET", "/v1/usage", undefined, h, null);
    expect(u.status).toBe(200);
    const row = u.body.data.by_day.find((x: { endpoint: string }) => x.endpoint === "GET /v1/commodities/:code");
    expect(row.count).toBe(2);
    expect(u.body.data.total_requests).toBeGreaterThanOrEqual(2);
  });
});

describe("classifications", () => {
  it("sync: stored per key, retrievable, listed newest first and paginated; another key sees none", async () => {
    const key = await s.newKey();
    const h = { authorization: `Bearer ${key}` };
    const ids: string[] = [];
    for (const name of ["leather handbag", "bicycle", "men's cotton knitted t-shirt"]) {
      const r = await req("POST", "/v1/classify", { product_name: name, destination_country: "US" }, h, null);
      expect(r.status).toBe(200);
      ids.push(r.body.data.id);
    }
    const one = await req("GET", `/v1/classifications/${ids[1]}`, undefined, h, null);
    expect(one.body.data).toMatchObject({ id: ids[1], status: "completed", mode: "sync", classification: { hs_code: "871200" } });
    const p1 = await req("GET", "/v1/classifications?page=1&per_page=2", undefined, h, null);
    expect(p1.body.data.total).toBe(3);
    expect(p1.body.data.items.map((x: { id: string }) => x.id)).toEqual([ids[2], ids[1]]);
    const p2 = await req("GET", "/v1/classifications?page=2&per_page=2", undefined, h, null);
    expect(p2.body.data.items.map((x: { id: string }) => x.id)).toEqual([ids[0]]);
    expect((await req("GET", `/v1/classifications/${ids[1]}`)).status).toBe(404);
  });

  it("async: 202 pending, then completed through the workers; the webhook is signed and verifiable", async () => {
    const put = await req("PUT", "/v1/webhook", { url: receiverUrl, events: ["classification.completed", "batch.completed"] });
    expect(put.status).toBe(200);
    const secret = put.body.data.secret;
    received.length = 0;
    const r = await req("POST", "/v1/classify?mode=async", { productName: "bicycle", shipToCountry: "US" });
    expect(r.status).toBe(202);
    expect(r.body.data).toEqual({ id: expect.any(String), status: "pending" });
    const done = await until(async () => {
      const g = await req("GET", `/v1/classifications/${r.body.data.id}`);
      return g.body.data.status === "completed" && g.body.data;
    });
    expect(done.classification).toMatchObject({ id: r.body.data.id, hs_code: "871200" });
    const hook = await until(async () => received.find((x) => x.body.includes(r.body.data.id)));
    expect(hook.headers["x-openhs-event"]).toBe("classification.completed");
    expect(verifySignature(secret, hook.body, String(hook.headers[SIGNATURE_HEADER]))).toBe(true);
    expect(verifySignature(secret, hook.body.replace("871200", "999999"), String(hook.headers[SIGNATURE_HEADER]))).toBe(false);
    expect(verifySignature("wrong-secret-wrong-secret", hook.body, String(hook.headers[SIGNATURE_HEADER]))).toBe(false);
    expect(JSON.parse(hook.body)).toMatchObject({ event: "classification.completed", data: { id: r.body.data.id, status: "completed" } });
  });

  it("a delivery answered 500 is retried with backoff until delivered", async () => {
    received.length = 0;
    failNext = 2;
    const r = await req("POST", "/v1/classify?mode=async", { product_name: "wooden chair" });
    await until(async () => received.filter((x) => x.body.includes(r.body.data.id)).length >= 3);
    const w = await req("GET", "/v1/webhook");
    const d = await until(async () => {
      const x = (await req("GET", "/v1/webhook")).body.data.deliveries.find((y: { status: string; attempts: number }) => y.attempts === 3);
      return x;
    });
    expect(d).toMatchObject({ status: "delivered", attempts: 3, last_status: 204 });
    expect(w.body.data.secret).toBeUndefined();
  });

  it("feedback: a correction is stored and changes the next answer for the same product", async () => {
    const first = await req("POST", "/v1/classify", { product_name: "quarble widget tray for desks" });
    const id = first.body.data.id;
    const fb = await req("POST", `/v1/classifications/${id}/feedback`, { verdict: "corrected", code: "392610", comment: "office article of plastics" }, { "idempotency-key": "fb-1" });
    expect(fb.status).toBe(201);
    expect(fb.body.data).toMatchObject({ classification_id: id, verdict: "corrected", code: "392610" });
    const again = await req("POST", `/v1/classifications/${id}/feedback`, { verdict: "corrected", code: "392610" }, { "idempotency-key": "fb-1" });
    expect(again.body.data.id).toBe(fb.body.data.id);
    const next = await req("POST", "/v1/classify", { product_name: "quarble widget tray for desks" });
    expect(next.body.data.hs_code).toBe("392610");
    expect((await req("POST", `/v1/classifications/${id}/feedback`, { verdict: "corrected" })).status).toBe(422);
    expect((await req("POST", `/v1/classifications/${id}/feedback`, { verdict: "maybe" })).status).toBe(400);
    expect((await req("POST", `/v1/classifications/${id}/feedback`, { verdict: "corrected", code: "12ab" })).body.error.field).toBe("corrected_code");
    expect((await req("POST", "/v1/classifications/00000000-0000-0000-0000-000000000000/feedback", { verdict: "confirmed" })).status).toBe(404);
  });
});

describe("answer cache", () => {
  it("a repeat is answered by the gateway under a new id, stored and retrievable; feedback on it reaches the classifier", async () => {
    const body = { product_name: "zorbel enamel mug for camping", destination_country: "US" };
    let calls = 0;
    const orig = s.capp.classify.bind(s.capp);
    s.capp.classify = async (x) => {
      calls++;
      return orig(x);
    };
    try {
      const a = await req("POST", "/v1/classify", body);
      const b = await req("POST", "/v1/classify", { ...body, product_name: "  Zorbel ENAMEL mug  for camping " });
      expect(calls).toBe(1);
      expect(b.body.data.id).not.toBe(a.body.data.id);
      const strip = (d: Record<string, unknown>) => ({ ...d, id: undefined, created_at: undefined, latency_ms: undefined });
      expect(strip(b.body.data)).toEqual(strip(a.body.data));
      const g = await req("GET", `/v1/classifications/${b.body.data.id}`);
      expect(g.body.data).toMatchObject({ id: b.body.data.id, status: "completed", classification: { id: b.body.data.id, hs_code: a.body.data.hs_code } });
      // What is read back is what was answered (a stored classification is presented without `risk`).
      const { risk, ...answered } = b.body.data;
      expect(risk).toBeTruthy();
      expect(g.body.data.classification).toEqual(answered);
      const listed = await req("GET", "/v1/classifications?per_page=100");
      expect(listed.body.data.items.find((i: { id: string }) => i.id === b.body.data.id).classification).toEqual(answered);
      // The repeat's row holds only what differs from the answer it repeats, not a copy of it.
      const stored = await s.pool.query("SELECT output, output_from_source FROM gateway.classification WHERE id = $1", [b.body.data.id]);
      expect(stored.rows[0]).toEqual({ output: { id: b.body.data.id, created_at: b.body.data.created_at, latency_ms: 0 }, output_from_source: true });
      // The repeat exists only in the gateway; it names the classifier's answer it repeats.
      const src = await s.pool.query("SELECT source_id FROM gateway.classification WHERE id = $1", [b.body.data.id]);
      expect(src.rows[0].source_id).toBe(a.body.data.id);

      await req("POST", "/v1/classify", body, { "cache-control": "no-cache" });
      expect(calls).toBe(2);
      await req("POST", "/v1/classify", { ...body, destination_country: "DE" });
      expect(calls).toBe(3);

      const fb = await req("POST", `/v1/classifications/${b.body.data.id}/feedback`, { verdict: "corrected", code: "732393" });
      expect(fb.status).toBe(201);
      expect(fb.body.data).toMatchObject({ classification_id: b.body.data.id, code: "732393" });
      const c = await req("POST", "/v1/classify", body);
      expect(calls).toBe(4);
      expect(c.body.data.hs_code).toBe("732393");
    } finally {
      s.capp.classify = orig;
    }
  });
});

describe("risk cache", () => {
  it("two products on the same line and lane need one risk assessment", async () => {
    const risk = s.clients.risk!;
    const orig = risk.assessRisk;
    let calls = 0;
    risk.assessRisk = function (this: unknown, ...args: unknown[]) {
      calls++;
      return (orig as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof orig;
    try {
      const a = await req("POST", "/v1/classify", { product_name: "steel wire nails for carpentry", destination_country: "DE", origin_country: "CN" });
      const b = await req("POST", "/v1/classify", { product_name: "galvanised steel wire nails for carpentry", destination_country: "DE", origin_country: "CN" });
      expect(b.body.data.national_code).toBe(a.body.data.national_code);
      expect(b.body.data.risk).toEqual(a.body.data.risk);
      expect(a.body.data.risk.available).toBe(true);
      expect(calls).toBe(1);
      await req("POST", "/v1/classify", { product_name: "steel wire nails for carpentry", destination_country: "DE", origin_country: "US" });
      expect(calls).toBe(2);
    } finally {
      risk.assessRisk = orig;
    }
  });
});

describe("POST /v1/validate modes", () => {
  it("validate_only (default), validate_and_classify, check_coherence", async () => {
    const only = await req("POST", "/v1/validate", { code: "6109100012", destination_country: "US" });
    expect(only.body.data).toMatchObject({ valid: true, mode: "validate_only" });
    const vc = await req("POST", "/v1/validate", { code: "8517.12", mode: "validate_and_classify", product: { product_name: "smartphone" } });
    expect(vc.body.data).toMatchObject({ valid: false, mode: "validate_and_classify" });
    expect(vc.body.data.classification.hs_code.slice(0, 4)).toBe("8517");
    const coh = await req("POST", "/v1/validate", { code: "8471.30", mode: "check_coherence", product: { product_name: "men's cotton knitted t-shirt" } });
    expect(coh.body.data.coherence).toMatchObject({ level: "not_coherent" });
    expect(coh.body.data.classification.hs_code).toBe("610910");
    expect((await req("POST", "/v1/validate", { code: "6109", mode: "check_coherence" })).body.error.field).toBe("product");
  });
});

describe("batches", () => {
  it("a small batch answers at once: duplicates classified once, a bad item fails alone", async () => {
    const r = await req("POST", "/v1/classify/batch", {
      items: [
        { id: "a", product_name: "Leather handbag", destination_country: "US" },
        { id: "b", product_name: "leather  HANDBAG ", destination_country: "us" },
        { id: "c", product_name: 42 },
        { id: "d", productName: "bicycle" },
      ],
    });
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ status: "completed", total: 4, distinct_products: 2, counts: { total: 4, completed: 3, failed: 1, pending: 0 } });
    const byItem = Object.fromEntries(r.body.data.results.map((x: { item_id: string }) => [x.item_id, x]));
    expect(byItem.a.classification.hs_code).toBe(byItem.b.classification.hs_code);
    expect(byItem.a.classification.id).toBe(byItem.a.id);
    expect(byItem.b.classification.id).toBe(byItem.b.id);
    expect(byItem.c).toMatchObject({ status: "failed", error: { field: "items[2].product_name" } });
    expect(byItem.d.classification.hs_code).toBe("871200");
  });

  it("a larger batch goes through JetStream: 202, SSE progress to completion, every item accounted for, webhook", async () => {
    received.length = 0;
    const items = Array.from({ length: 150 }, (_, i) => ({ id: `sku-${i}`, product_name: ["cotton t-shirt for men", "wooden chair", "steel bolt", "leather wallet", "ceramic mug"][i % 5] + (i % 3 === 0 ? "" : ` model ${i % 7}`), destination_country: "US" }));
    const r = await req("POST", "/v1/classify/batch", { items });
    expect(r.status).toBe(202);
    const id = r.body.data.batch_id;
    expect(r.body.data.distinct_products).toBeLessThan(150);
    const sse = await s.app.inject({ method: "GET", url: `/v1/batches/${id}/events`, headers: s.auth });
    expect(sse.headers["content-type"]).toContain("text/event-stream");
    const events = sse.body.trim().split("\n\n");
    expect(events.at(-1)).toContain("event: completed");
    expect(JSON.parse(events.at(-1)!.split("data: ")[1]!)).toMatchObject({ total: 150, completed: 150, failed: 0, pending: 0, status: "completed" });
    const g = await req("GET", `/v1/batches/${id}?per_page=1000`);
    expect(g.body.data.counts).toEqual({ total: 150, completed: 150, failed: 0, pending: 0 });
    expect(new Set(g.body.data.results.map((x: { item_id: string }) => x.item_id)).size).toBe(150);
    const hook = await until(async () => received.find((x) => x.body.includes(id)));
    expect(JSON.parse(hook.body)).toMatchObject({ event: "batch.completed", data: { batch_id: id, total: 150, completed: 150 } });
    const page2 = await req("GET", `/v1/batches/${id}?page=2&per_page=100&status=completed`);
    expect(page2.body.data.results).toHaveLength(50);
  });

  it("the same idempotency key creates one batch", async () => {
    const body = { items: Array.from({ length: 120 }, (_, i) => ({ id: String(i), product_name: `ceramic mug ${i % 4}` })) };
    const idem = `idem-${Date.now()}`;
    const a = await req("POST", "/v1/classify/batch", body, { "idempotency-key": idem });
    const b = await req("POST", "/v1/classify/batch", { ...body, idempotency_key: idem });
    expect(a.status).toBe(202);
    expect(b.body.data.batch_id).toBe(a.body.data.batch_id);
    expect(b.headers["idempotent-replayed"]).toBe("true");
    const n = await s.pool.query("SELECT count(*)::int AS n FROM gateway.batch WHERE idempotency_key = $1", [idem]);
    expect(n.rows[0].n).toBe(1);
  });

  it("rejects duplicate item ids, a missing id, more items than allowed, and unknown batches", async () => {
    expect((await req("POST", "/v1/classify/batch", { items: [{ id: "x", product_name: "a" }, { id: "x", product_name: "b" }] })).body.error).toMatchObject({ code: "duplicate_item_id", field: "items[1].id" });
    expect((await req("POST", "/v1/classify/batch", { items: [{ product_name: "a" }] })).body.error.field).toBe("items[0].id");
    expect((await req("POST", "/v1/classify/batch", { items: [] })).status).toBe(400);
    expect((await req("POST", "/v1/classify/batch", { items: Array.from({ length: 10_001 }, (_, i) => ({ id: String(i), product_name: "x" })) })).status).toBe(422);
    expect((await req("GET", "/v1/batches/00000000-0000-0000-0000-000000000000")).status).toBe(404);
    expect((await req("GET", "/v1/batches/not-a-uuid")).status).toBe(400);
  });
});

describe("webhook targets (SSRF)", () => {
  const none = new AllowList(undefined);
  it.each([
    "http://127.0.0.1/x", "http://localhost:8080/x", "http://10.0.0.1/x", "http://172.16.5.4/x", "http://192.168.1.1/x",
    "http://169.254.169.254/latest/meta-data/", "http://[::1]/x", "http://[fd00::1]/x", "http://[::ffff:127.0.0.1]/x",
    "http://0.0.0.0/x", "http://2130706433/x", "http://0x7f000001/x", "http://100.64.0.1/x", "http://[fe80::1]/x",
  ])("refuses %s", async (url) => {
    await expect(vetWebhookUrl(url, none)).rejects.toMatchObject({ status: 422, code: "forbidden_target", field: "url" });
  });
  it.each(["file:///etc/passwd", "gopher://example.com/", "ftp://example.com/", "http://user:pw@example.com/", "not a url"])("refuses %s", async (url) => {
    await expect(vetWebhookUrl(url, none)).rejects.toMatchObject({ status: 422, field: "url" });
  });
  it("the API refuses private targets with 422 naming the field; an allow-listed host is accepted", async () => {
    const r = await req("PUT", "/v1/webhook", { url: "http://10.1.2.3/hook" });
    expect(r.status).toBe(422);
    expect(r.body.error).toMatchObject({ code: "forbidden_target", field: "url" });
    expect((await vetWebhookUrl("http://10.1.2.3/hook", new AllowList("10.0.0.0/8"))).url.hostname).toBe("10.1.2.3");
    expect(isBlockedAddress("8.8.8.8")).toBe(false);
    expect(isBlockedAddress("2606:4700::1111")).toBe(false);
  });
  it("signatures: HMAC over timestamp and body; stale timestamps are refused", () => {
    const header = sign("s3cret-s3cret-s3cret", '{"a":1}', 1_700_000_000);
    expect(verifySignature("s3cret-s3cret-s3cret", '{"a":1}', header, 300, 1_700_000_100)).toBe(true);
    expect(verifySignature("s3cret-s3cret-s3cret", '{"a":1}', header, 300, 1_700_001_000)).toBe(false);
  });
  it("DELETE removes the webhook", async () => {
    await req("PUT", "/v1/webhook", { url: receiverUrl });
    expect((await req("DELETE", "/v1/webhook")).body.data.deleted).toBe(true);
    expect((await req("GET", "/v1/webhook")).status).toBe(404);
  });
});

describe("/ready and OpenAPI", () => {
  it("/ready checks PostgreSQL, NATS and every gRPC service", async () => {
    const r = await req("GET", "/ready", undefined, {}, null);
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ ready: true, batch_mode: "jetstream", components: { postgres: { status: "ok" }, nats: { status: "ok" }, tariff: { status: "ok" }, classifier: { status: "ok" } } });
  });
  it("every endpoint is documented: request and response schemas, errors, auth scheme", async () => {
    const doc = (await req("GET", "/docs/json", undefined, {}, null)).body;
    expect(doc.components.securitySchemes).toMatchObject({ bearerAuth: { type: "http", scheme: "bearer" }, apiKeyHeader: { type: "apiKey", name: "X-API-Key" } });
    const want = [
      "post /v1/classify", "get /v1/classifications", "get /v1/classifications/{id}", "post /v1/classifications/{id}/feedback", "post /v1/classify/batch",
      "get /v1/batches/{id}", "get /v1/batches/{id}/events", "post /v1/validate", "put /v1/webhook", "get /v1/webhook", "delete /v1/webhook", "get /v1/usage", "get /v1/me",
      "get /health", "get /ready",
    ];
    const have: string[] = [];
    for (const [p, methods] of Object.entries<Record<string, { summary?: string; security?: unknown[]; responses: Record<string, { content?: Record<string, { schema?: unknown }> }>; requestBody?: { content: Record<string, { schema: unknown }> } }>>(doc.paths)) {
      for (const [m, op] of Object.entries(methods)) {
        have.push(`${m} ${p}`);
        expect(op.summary, `${m} ${p} summary`).toBeTruthy();
        const ok = Object.keys(op.responses).find((c) => c.startsWith("2"));
        expect(ok, `${m} ${p} success response`).toBeTruthy();
        expect(Object.values(op.responses[ok!]!.content ?? {})[0]?.schema, `${m} ${p} success schema`).toBeTruthy();
        if (m === "post" || m === "put") expect(op.requestBody?.content["application/json"]?.schema, `${m} ${p} request schema`).toBeTruthy();
        if (p.startsWith("/v1/")) {
          expect(op.security, `${m} ${p} security`).toEqual([{ bearerAuth: [] }, { apiKeyHeader: [] }]);
          for (const code of ["400", "401", "422", "429"]) expect(op.responses[code], `${m} ${p} ${code}`).toBeTruthy();
        }
      }
    }
    expect(have).toEqual(expect.arrayContaining(want));
  });
});

async function withDb<T>(fn: () => Promise<T>): Promise<T> {
  const prev = process.env.DATABASE_URL;
  process.env.DATABASE_URL = inject("databaseUrl");
  try {
    return await fn();
  } finally {
    if (prev === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = prev;
  }
}
