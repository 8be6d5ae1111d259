// Shared checks for a service whose v1 contract is published before its logic: it binds port 0,
// answers the standard health check, and every method answers UNIMPLEMENTED (not a hang or crash).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger, grpc, listen, makeClient, type BuiltServer, type Logger } from "@openhs/shared";
import { service as healthService } from "grpc-health-check";

type Ctor<C> = new (address: string, creds: grpc.ChannelCredentials, options?: grpc.ClientOptions) => C;

export function describeContractOnlyService<C extends grpc.Client>(opts: {
  name: string;
  serviceName: string;
  build: (deps: { logger: Logger }) => BuiltServer;
  Client: Ctor<C>;
  call: (client: C, cb: (err: grpc.ServiceError | null) => void) => void;
}) {
  let built: BuiltServer;
  let port: number;
  beforeAll(async () => {
    built = opts.build({ logger: createLogger(`${opts.name}-test`, "silent") });
    port = await listen(built.server, "127.0.0.1", 0);
    built.setServing(true);
  });
  afterAll(() => built?.server.forceShutdown());

  describe(`${opts.name} gRPC server on port 0`, () => {
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

    it("publishes its v1 contract and answers UNIMPLEMENTED until its logic lands", async () => {
      const client = makeClient(opts.Client, `127.0.0.1:${port}`);
      const err = await new Promise<grpc.ServiceError | null>((resolve) => opts.call(client, resolve));
      client.close();
      expect(err?.code).toBe(grpc.status.UNIMPLEMENTED);
      expect(err?.details).toContain(opts.serviceName);
    });
  });
}
