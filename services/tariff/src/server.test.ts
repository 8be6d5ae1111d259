import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { tariffV1 } from "@openhs/proto";
import { createLogger, createPool, grpc, listen, makeClient, type BuiltServer, type Pool } from "@openhs/shared";
import { service as healthService } from "grpc-health-check";
import { loadCatalog } from "./adapters/pg-snapshot.js";
import { buildServer } from "./server.js";

/** The tariff gRPC server on 127.0.0.1:0 over the real imported data in PostgreSQL. */

let pool: Pool;
let built: BuiltServer;
let client: tariffV1.TariffServiceClient;
let port: number;

function call<Req, Res>(method: (r: Req, cb: (e: grpc.ServiceError | null, r: Res) => void) => unknown, req: Req): Promise<Res> {
  return new Promise((resolve, reject) => method.call(client, req, (e, r) => (e ? reject(e) : resolve(r))));
}

beforeAll(async () => {
  pool = createPool(inject("databaseUrl"), 4);
  const catalog = await loadCatalog(pool);
  built = buildServer({ holder: { catalog }, logger: createLogger("tariff-test", "silent") });
  port = await listen(built.server, "127.0.0.1", 0);
  built.setServing(true);
  client = makeClient(tariffV1.TariffServiceClient, `127.0.0.1:${port}`);
});

afterAll(async () => {
  client?.close();
  built?.server.forceShutdown();
  await pool?.end();
});

describe("TariffService over gRPC (port 0, real data)", () => {
  it("reports SERVING on the standard health service", async () => {
    const Health = grpc.makeGenericClientConstructor(healthService, "Health");
    const h = new Health(`127.0.0.1:${port}`, grpc.credentials.createInsecure()) as unknown as {
      check(req: { service: string }, cb: (e: Error | null, r: { status: string | number }) => void): void;
      close(): void;
    };
    const res = await new Promise<{ status: string | number }>((resolve, reject) =>
      h.check({ service: "hs.tariff.v1.TariffService" }, (e, r) => (e ? reject(e) : resolve(r))),
    );
    h.close();
    expect(["SERVING", 1]).toContain(res.status);
  });

  it("GetCommodity: US 6109.10.00.12 with its chain section XI → chapter 61 → 6109 → 6109.10.00 → group lines", async () => {
    const r = await call(client.getCommodity, { code: "6109.10.00.12", schedule: tariffV1.Schedule.SCHEDULE_US, asOf: "2026-06-01" });
    expect(r.commodity?.description).toBe("Men's (338)");
    expect(r.commodity?.level).toBe(tariffV1.Level.LEVEL_STATISTICAL);
    expect(r.ancestors.map((a) => a.code).filter(Boolean)).toEqual(["XI", "61", "6109", "61091000"]);
    expect(r.ancestors.some((a) => a.level === tariffV1.Level.LEVEL_GROUP)).toBe(true);
    expect(r.dataVersion).toMatch(/^[0-9a-f]{16}$/);
  });

  it("GetDutyRates: general 16.5% from CN; free under the US-Australia FTA from AU", async () => {
    const cn = await call(client.getDutyRates, { code: "6109100012", originCountry: "CN", destinationCountry: "US", asOf: "2026-06-01" });
    expect(cn.applicable?.measureType).toBe("general");
    expect(cn.applicable?.dutyExpression?.components[0]?.percent).toBe("16.5");
    expect(cn.applicable?.commodityCode).toBe("61091000");
    const au = await call(client.getDutyRates, { code: "6109100012", originCountry: "AU", destinationCountry: "US", asOf: "2026-06-01" });
    expect(au.applicable?.measureType).toBe("preferential");
    expect(au.applicable?.programs.map((p) => p.code)).toContain("AU");
    expect(au.applicable?.dutyExpressionText).toMatch(/^Free/);
  });

  it("ValidateCode: HS 2017 8517.12 is replaced in HS 2022 by 8517.13 and 8517.14", async () => {
    const r = await call(client.validateCode, { code: "851712", schedule: 0, destinationCountry: "", asOf: "2026-06-01" });
    expect(r.valid).toBe(false);
    expect(r.editions).toEqual(["HS2017"]);
    expect(r.replacedBy.map((x) => x.hs2022Code).slice(0, 2)).toEqual(["851713", "851714"]);
  });

  it("StreamNomenclature streams every HS 2022 line parents-first", async () => {
    const stream = client.streamNomenclature({ schedule: tariffV1.Schedule.SCHEDULE_HS });
    let n = 0;
    let subheadings = 0;
    const seen = new Set<string>();
    let orphan = 0;
    for await (const msg of stream as AsyncIterable<tariffV1.StreamNomenclatureResponse>) {
      n++;
      const c = msg.commodity!;
      if (c.level === tariffV1.Level.LEVEL_SUBHEADING) subheadings++;
      if (c.code.length > 2 && !seen.has(c.code.slice(0, c.code.length === 6 ? 4 : 2))) orphan++;
      seen.add(c.code);
    }
    expect(subheadings).toBe(5612);
    expect(n).toBeGreaterThan(5612 + 1228);
    expect(orphan).toBe(0);
  });

  it.each([
    ["empty code", { code: "", schedule: 0, asOf: "" }, grpc.status.INVALID_ARGUMENT],
    ["letters", { code: "61x9", schedule: 0, asOf: "" }, grpc.status.INVALID_ARGUMENT],
    ["bad date", { code: "6109", schedule: 0, asOf: "2026-02-30" }, grpc.status.INVALID_ARGUMENT],
    ["unknown schedule", { code: "6109", schedule: 99, asOf: "" }, grpc.status.INVALID_ARGUMENT],
    ["unknown code", { code: "999999", schedule: 0, asOf: "" }, grpc.status.NOT_FOUND],
  ])("GetCommodity with %s is rejected with the right status", async (_name, req, status) => {
    await expect(call(client.getCommodity, req as tariffV1.GetCommodityRequest)).rejects.toMatchObject({ code: status });
  });

  it("bad origin country → INVALID_ARGUMENT naming the field", async () => {
    const err = await call(client.getDutyRates, { code: "6109100012", originCountry: "ZZ", destinationCountry: "US", asOf: "" }).catch((e) => e);
    expect(err.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(err.metadata.get("field")).toEqual(["origin_country"]);
  });
});
