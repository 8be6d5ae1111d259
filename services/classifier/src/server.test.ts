import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classifierV1 } from "@openhs/proto";
import { createLogger, grpc, listen, makeClient, type BuiltServer } from "@openhs/shared";
import { service as healthService } from "grpc-health-check";
import { buildServer } from "./server.js";

let built: BuiltServer;
let port: number;

beforeAll(async () => {
  built = buildServer({ logger: createLogger("classifier-test", "silent") });
  port = await listen(built.server, "127.0.0.1", 0);
  built.setServing(true);
});
afterAll(() => built?.server.forceShutdown());

describe("classifier gRPC server on port 0", () => {
  it("answers the standard health check with SERVING, and NOT_SERVING once shutting down", async () => {
    const Health = grpc.makeGenericClientConstructor(healthService, "Health");
    const h = new Health(`127.0.0.1:${port}`, grpc.credentials.createInsecure()) as unknown as {
      check(req: { service: string }, cb: (e: Error | null, r: { status: string | number }) => void): void;
      close(): void;
    };
    const check = () => new Promise<string | number>((res, rej) => h.check({ service: "" }, (e, r) => (e ? rej(e) : res(r.status))));
    expect(["SERVING", 1]).toContain(await check());
    built.setServing(false);
    expect(["NOT_SERVING", 2]).toContain(await check());
    built.setServing(true);
    h.close();
  });

  it("publishes its v1 contract and answers UNIMPLEMENTED (not a hang or a crash) until its logic lands", async () => {
    const client = makeClient(classifierV1.ClassifierServiceClient, `127.0.0.1:${port}`);
    const err = await new Promise<grpc.ServiceError>((resolve) =>
      (client.classify as unknown as (r: object, cb: (e: grpc.ServiceError) => void) => void).call(client, classifierV1.ClassifyRequest.fromPartial({}), (e) => resolve(e)),
    );
    client.close();
    expect(err.code).toBe(grpc.status.UNIMPLEMENTED);
    expect(err.details).toContain("ClassifierService");
  });
});
