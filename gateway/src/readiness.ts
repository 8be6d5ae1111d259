import { grpc, type Pool } from "@openhs/shared";
import type { NatsConnection } from "nats";
import { service as healthService } from "grpc-health-check";

type HealthClient = grpc.Client & { check(req: { service: string }, md: grpc.Metadata, opts: Partial<grpc.CallOptions>, cb: (e: grpc.ServiceError | null, r: { status: string | number }) => void): void };
const Health = grpc.makeGenericClientConstructor(healthService, "Health") as unknown as new (addr: string, creds: grpc.ChannelCredentials) => HealthClient;

export interface ReadinessDeps {
  pool?: Pool;
  nats?: () => NatsConnection | undefined;
  /** "in-process" when no NATS is configured (reported, not a failure). */
  batchMode: "jetstream" | "in-process";
  services: Record<string, string>;
  timeoutMs?: number;
}

export interface ComponentCheck {
  status: "ok" | "down" | "not_configured";
  latency_ms?: number;
  detail?: string;
}

/** Deep readiness: PostgreSQL answers, NATS is connected, every gRPC service reports SERVING. */
export class Readiness {
  private readonly clients = new Map<string, HealthClient>();

  constructor(private readonly deps: ReadinessDeps) {
    for (const [name, addr] of Object.entries(deps.services)) this.clients.set(name, new Health(addr, grpc.credentials.createInsecure()));
  }

  async check(): Promise<{ ready: boolean; components: Record<string, ComponentCheck> }> {
    const timeout = this.deps.timeoutMs ?? 2000;
    const timed = async (fn: () => Promise<string | undefined>): Promise<ComponentCheck> => {
      const t0 = performance.now();
      try {
        const detail = await Promise.race([fn(), new Promise<never>((_, rej) => setTimeout(() => rej(new Error(`no answer within ${timeout} ms`)), timeout).unref())]);
        return { status: "ok", latency_ms: Math.round((performance.now() - t0) * 100) / 100, ...(detail ? { detail } : {}) };
      } catch (err) {
        return { status: "down", detail: (err as Error).message };
      }
    };
    const entries: Array<Promise<[string, ComponentCheck]>> = [];
    entries.push(
      this.deps.pool ? timed(async () => void (await this.deps.pool!.query("SELECT 1"))).then((c) => ["postgres", c]) : Promise.resolve(["postgres", { status: "not_configured" }]),
    );
    const nc = this.deps.nats?.();
    entries.push(
      nc
        ? timed(async () => {
            if (nc.isClosed()) throw new Error("connection closed");
            await nc.flush();
            return nc.getServer();
          }).then((c) => ["nats", c])
        : Promise.resolve(["nats", { status: "not_configured", detail: "no NATS_URL: batches run on the in-process path" }]),
    );
    for (const [name, client] of this.clients) {
      entries.push(
        timed(
          () =>
            new Promise<string | undefined>((resolve, reject) =>
              client.check({ service: "" }, new grpc.Metadata(), { deadline: Date.now() + timeout }, (e, r) => {
                if (e) return reject(new Error(e.details || e.message));
                if (r.status === "SERVING" || r.status === 1) resolve(undefined);
                else reject(new Error(`health status ${r.status}`));
              }),
            ),
        ).then((c) => [name, c]),
      );
    }
    const components = Object.fromEntries(await Promise.all(entries));
    const ready = Object.values(components).every((c) => c.status !== "down");
    return { ready, components };
  }

  close(): void {
    for (const c of this.clients.values()) c.close();
  }
}
