import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { classifierV1 } from "@openhs/proto";
import { createLogger, createPool, grpc, listen, makeClient, migrate, type BuiltServer, type Pool } from "@openhs/shared";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ClassificationStore } from "./adapters/pg-store.js";
import { ClassifierApp } from "./app.js";
import { ClassifierEngine, type ClassificationResult } from "./domain/engine.js";
import { buildServer } from "./server.js";
import { testKnowledge } from "./test-knowledge.test-util.js";

/** The classifier over gRPC on 127.0.0.1:0 with the real nomenclature and a real PostgreSQL store. */

let pool: Pool;
let built: BuiltServer;
let client: classifierV1.ClassifierServiceClient;

const call = <Req, Res>(m: (r: Req, cb: (e: grpc.ServiceError | null, r: Res) => void) => unknown, req: Req) =>
  new Promise<Res>((resolve, reject) => m.call(client, req, (e, r) => (e ? reject(e) : resolve(r))));
const product = (p: Partial<{ productName: string; description: string; material: string; composition: string; processing: string; category: string }>, extra: Partial<classifierV1.ClassificationInput> = {}) =>
  classifierV1.ClassificationInput.fromPartial({ product: { productName: "", ...p }, destinationCountry: "US", ...extra });

beforeAll(async () => {
  const url = inject("databaseUrl");
  pool = createPool(url, 4);
  await migrate(pool, "classifier", path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "migrations"));
  const { knowledge, dataVersion } = await testKnowledge(url);
  const logger = createLogger("classifier-test", "silent");
  const app = new ClassifierApp(new ClassifierEngine(knowledge), dataVersion, new ClassificationStore<ClassificationResult>(pool), logger);
  built = buildServer({ app: () => app, logger });
  const port = await listen(built.server, "127.0.0.1", 0);
  built.setServing(true);
  client = makeClient(classifierV1.ClassifierServiceClient, `127.0.0.1:${port}`);
}, 120_000);

afterAll(async () => {
  client?.close();
  built?.server.forceShutdown();
  await pool?.end();
});

describe("ClassifierService over gRPC", () => {
  it("a t-shirt with no material asks for the material (it decides 6109.10 vs 6109.90)", async () => {
    const r = await call(client.classify, { input: product({ productName: "t-shirt" }) });
    const c = r.classification!;
    expect(c.hsCode.slice(0, 4)).toBe("6109");
    expect(c.status).toBe(classifierV1.ClassificationStatus.CLASSIFICATION_STATUS_NEEDS_MORE_INFO);
    expect(c.followUpQuestions.map((q) => q.attribute)).toContain("material");
    expect(c.headingHint).toBe("6109");
  });

  it("with 100% cotton, knitted, men's it is final: US 6109.10.00.12", async () => {
    const r = await call(client.classify, { input: product({ productName: "men's t-shirt", composition: "100% cotton", processing: "knitted" }) });
    const c = r.classification!;
    expect(c.status).toBe(classifierV1.ClassificationStatus.CLASSIFICATION_STATUS_FINAL);
    expect(c.hsCode).toBe("610910");
    expect(c.nationalCode).toBe("6109100012");
    expect(c.decisionPath.map((s) => s.code)).toEqual(["XI", "61", "6109", "610910", "6109100012"]);
    expect(c.rulesApplied.length).toBeGreaterThan(0);
    expect(c.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers the earlier question: the material given as context makes it final", async () => {
    const r = await call(client.classify, { input: product({ productName: "men's knitted t-shirt" }, { context: { material: "cotton" }, headingHint: "6109" }) });
    expect(r.classification!.nationalCode).toBe("6109100012");
  });

  it("retrieves a stored classification by id", async () => {
    const r = await call(client.classify, { input: product({ productName: "stainless steel kitchen knife" }) });
    const got = await call(client.getClassification, { id: r.classification!.id });
    expect(got.classification!.hsCode).toBe(r.classification!.hsCode);
    expect(got.classification!.input!.product!.productName).toBe("stainless steel kitchen knife");
  });

  it("feedback: a correction changes the next answer for the same product and a near-identical one", async () => {
    const first = await call(client.classify, { input: product({ productName: "zorblax gadget holder for desks" }) });
    await call(client.submitFeedback, { classificationId: first.classification!.id, verdict: classifierV1.FeedbackVerdict.FEEDBACK_VERDICT_CORRECTED, correctedCode: "3926100000", comment: "office article of plastics", idempotencyKey: "" });
    const again = await call(client.classify, { input: product({ productName: "zorblax gadget holder for desks" }) });
    expect(again.classification!.hsCode).toBe("392610");
    const near = await call(client.classify, { input: product({ productName: "Zorblax gadget holders for desks" }) });
    expect(near.classification!.hsCode).toBe("392610");
    expect(near.classification!.rulesApplied.some((x) => x.ruleId === "FEEDBACK")).toBe(true);
  });

  it("validate: coherent, somewhat, not coherent — with the code we would give", async () => {
    const input = product({ productName: "men's cotton knitted t-shirt" });
    const ok = await call(client.validateCode, { code: "6109.10", input });
    expect(ok.coherence).toBe(classifierV1.Coherence.COHERENCE_COHERENT);
    const bad = await call(client.validateCode, { code: "8471.30", input });
    expect(bad.coherence).toBe(classifierV1.Coherence.COHERENCE_NOT_COHERENT);
    expect(bad.suggestion!.hsCode).toBe("610910");
  });

  it("streams a batch: one result per item, a bad item carries its own error", async () => {
    const items = [
      { clientId: "a", input: product({ productName: "leather handbag" }) },
      { clientId: "b", input: product({ productName: "" }) },
      { clientId: "c", input: product({ productName: "bicycle" }) },
    ].map((i) => classifierV1.ClassifyBatchItem.fromPartial(i));
    const out: classifierV1.ClassifyBatchResponse[] = [];
    for await (const m of client.classifyBatch({ items }) as AsyncIterable<classifierV1.ClassifyBatchResponse>) out.push(m);
    expect(out.map((m) => m.clientId)).toEqual(["a", "b", "c"]);
    expect(out[1]!.error?.code).toBe("INVALID_ARGUMENT");
    expect(out[0]!.classification?.hsCode.slice(0, 4)).toBe("4202");
    expect(out[2]!.classification?.hsCode).toBe("871200");
  });

  it.each([
    ["an empty product name", { productName: "" }, "product_name"],
    ["a 10 kB product name", { productName: "x".repeat(10_000) }, "product_name"],
    ["binary in the name", { productName: "shirt\u0000\u0001\u0002" }, "product_name"],
    ["a 10 kB description", { productName: "shirt", description: "y".repeat(10_000) }, "description"],
  ])("rejects %s with INVALID_ARGUMENT naming the field", async (_n, p, field) => {
    const err = await call(client.classify, { input: product(p) }).catch((e) => e);
    expect(err.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(err.metadata.get("field")).toEqual([field]);
  });

  it("rejects a missing product and a bad heading hint", async () => {
    await expect(call(client.classify, { input: undefined })).rejects.toMatchObject({ code: grpc.status.INVALID_ARGUMENT });
    await expect(call(client.classify, { input: product({ productName: "shirt" }, { headingHint: "61x" }) })).rejects.toMatchObject({ code: grpc.status.INVALID_ARGUMENT });
  });
});

describe("server reflection", () => {
  it("lists the classifier service and describes its RPCs (grpcurl-style discovery)", async () => {
    const { loadSync } = await import("@grpc/proto-loader");
    const { createRequire } = await import("node:module");
    const require = createRequire(import.meta.url);
    const protoPath = require.resolve("@grpc/reflection/build/proto/grpc/reflection/v1/reflection.proto");
    const def = grpc.loadPackageDefinition(loadSync(protoPath, { keepCase: true })) as unknown as {
      grpc: { reflection: { v1: { ServerReflection: new (addr: string, creds: grpc.ChannelCredentials) => grpc.Client & { ServerReflectionInfo(): grpc.ClientDuplexStream<unknown, Record<string, unknown>> } } } };
    };
    const addr = (client as unknown as grpc.Client).getChannel().getTarget().replace(/^dns:/, "");
    const refl = new def.grpc.reflection.v1.ServerReflection(addr, grpc.credentials.createInsecure());
    const ask = (req: Record<string, unknown>) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const call = refl.ServerReflectionInfo();
        call.on("data", (d) => {
          resolve(d);
          call.end();
        });
        call.on("error", reject);
        call.write(req);
      });
    const list = (await ask({ list_services: "" })) as { list_services_response: { service: Array<{ name: string }> } };
    expect(list.list_services_response.service.map((x) => x.name)).toContain("hs.classifier.v1.ClassifierService");
    const file = (await ask({ file_containing_symbol: "hs.classifier.v1.ClassifierService" })) as { file_descriptor_response: { file_descriptor_proto: Buffer[] } };
    const text = Buffer.concat(file.file_descriptor_response.file_descriptor_proto).toString("latin1");
    for (const rpc of ["Classify", "ClassifyBatch", "ValidateCode", "GetClassification", "SubmitFeedback"]) expect(text).toContain(rpc);
    refl.close();
  });

  it("ClassifyBatch honours the deadline: the stream ends with DEADLINE_EXCEEDED and the server stops working", async () => {
    const marker = `zz${Date.now()}`;
    const items = Array.from({ length: 300 }, (_, i) => classifierV1.ClassifyBatchItem.fromPartial({ clientId: String(i), input: product({ productName: `stainless steel bolt ${marker} size ${i}` }) }));
    const stream = client.classifyBatch({ items }, new grpc.Metadata(), { deadline: Date.now() + 5 });
    const err = await new Promise<grpc.ServiceError>((resolve) => {
      stream.on("data", () => {});
      stream.on("error", resolve);
      stream.on("end", () => resolve({ code: grpc.status.OK } as grpc.ServiceError));
    });
    expect(err.code).toBe(grpc.status.DEADLINE_EXCEEDED);
    await new Promise((r) => setTimeout(r, 1500));
    const done = await pool.query("SELECT count(*)::int AS n FROM classifier.classification WHERE input->>'productName' LIKE $1", [`%${marker}%`]);
    expect(done.rows[0].n).toBeLessThan(300);
  });
});

