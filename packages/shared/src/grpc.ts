import * as grpc from "@grpc/grpc-js";
import { HealthImplementation } from "grpc-health-check";
import type { Logger } from "pino";
import { addReflection } from "./grpc-reflection.js";

export { grpc };

/** A gRPC service to mount: its definition, implementation and full name (for health). */
export interface MountedService {
  name: string; // e.g. "hs.tariff.v1.TariffService"
  definition: grpc.ServiceDefinition;
  implementation: grpc.UntypedServiceImplementation;
}

export interface BuiltServer {
  server: grpc.Server;
  health: HealthImplementation;
  /** Marks every mounted service (and the server, key "") SERVING or NOT_SERVING. */
  setServing(serving: boolean): void;
}

/** Max message size for the suite (batch results and nomenclature streams can be large). */
const MAX_MESSAGE = 64 * 1024 * 1024;

/**
 * Creates a gRPC server with the given services plus the standard grpc.health.v1 service (all
 * NOT_SERVING until `setServing(true)`) and server reflection. Does not listen.
 */
export function createGrpcServer(services: MountedService[]): BuiltServer {
  const server = new grpc.Server({
    "grpc.max_receive_message_length": MAX_MESSAGE,
    "grpc.max_send_message_length": MAX_MESSAGE,
  });
  const statusMap: Record<string, "SERVING" | "NOT_SERVING"> = { "": "NOT_SERVING" };
  for (const s of services) {
    server.addService(s.definition, s.implementation);
    statusMap[s.name] = "NOT_SERVING";
  }
  const health = new HealthImplementation(statusMap);
  health.addToServer(server);
  // Server reflection for the mounted services (grpcurl -plaintext HOST:PORT list).
  addReflection(server, services.map((s) => s.name));
  return {
    server,
    health,
    setServing(serving) {
      const st = serving ? "SERVING" : "NOT_SERVING";
      health.setStatus("", st);
      for (const s of services) health.setStatus(s.name, st);
    },
  };
}

/** Binds the server to `host:port` (port 0 = any free port) and resolves with the bound port. */
export function listen(server: grpc.Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.bindAsync(`${host}:${port}`, grpc.ServerCredentials.createInsecure(), (err, bound) => {
      if (err) reject(err);
      else resolve(bound);
    });
  });
}

/** Drains in-flight calls (tryShutdown), forcing after `timeoutMs`. */
export function drainServer(server: grpc.Server, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.forceShutdown();
      resolve();
    }, timeoutMs);
    timer.unref();
    server.tryShutdown(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Installs SIGINT/SIGTERM handlers that run the shutdown steps once, in order, each guarded so one
 * failing step does not skip the rest, then exit. Order per the suite's convention:
 * health NOT_SERVING → drain gRPC → nc.drain() → pool.end() → telemetry shutdown.
 */
export function onShutdown(logger: Logger, steps: Array<[name: string, fn: () => unknown | Promise<unknown>]>): () => Promise<void> {
  let running: Promise<void> | undefined;
  const run = () => {
    running ??= (async () => {
      logger.info("shutting down");
      for (const [name, fn] of steps) {
        const t0 = Date.now();
        try {
          await fn();
          logger.debug({ step: name, ms: Date.now() - t0 }, "shutdown step done");
        } catch (err) {
          logger.error({ err, step: name }, "shutdown step failed");
        }
      }
      logger.info("stopped");
    })();
    return running;
  };
  const handler = (signal: NodeJS.Signals) => {
    logger.info({ signal }, "signal received");
    void run().then(() => process.exit(0));
  };
  process.once("SIGINT", handler);
  process.once("SIGTERM", handler);
  // Started by the suite launcher: stop when it is gone (no orphaned services after a hard kill).
  const parent = Number(process.env.OPENHS_LAUNCHER_PID);
  if (parent > 0) {
    const watch = setInterval(() => {
      if (process.ppid !== parent) {
        clearInterval(watch);
        logger.warn("launcher process is gone");
        void run().then(() => process.exit(0));
      }
    }, 1000);
    watch.unref();
  }
  return run;
}

/** A gRPC error with a status code; `field` travels in trailing metadata as `field`. */
export function grpcError(code: grpc.status, message: string, field?: string): grpc.ServiceError {
  const metadata = new grpc.Metadata();
  if (field) metadata.set("field", field);
  const err = Object.assign(new Error(message), { code, details: message, metadata }) as grpc.ServiceError;
  return err;
}

export const invalidArgument = (field: string, reason: string) =>
  grpcError(grpc.status.INVALID_ARGUMENT, `${field}: ${reason}`, field);
export const notFound = (message: string, field?: string) => grpcError(grpc.status.NOT_FOUND, message, field);
export const unimplemented = (what: string) =>
  grpcError(grpc.status.UNIMPLEMENTED, `${what} is not implemented in this version of the service`);

/** Thrown by domain validation; handlers turn it into INVALID_ARGUMENT. */
export class InputError extends Error {
  constructor(public readonly field: string, public readonly reason: string) {
    super(`${field}: ${reason}`);
    this.name = "InputError";
  }
}
export class NotFoundError extends Error {
  constructor(message: string, public readonly field?: string) {
    super(message);
    this.name = "NotFoundError";
  }
}

/** Maps a thrown error to a gRPC ServiceError (domain errors → their status; others → INTERNAL). */
export function toServiceError(err: unknown, logger?: Logger): grpc.ServiceError {
  if (err instanceof InputError) return invalidArgument(err.field, err.reason);
  if (err instanceof NotFoundError) return notFound(err.message, err.field);
  const e = err as Partial<grpc.ServiceError>;
  if (typeof e?.code === "number" && e.metadata instanceof grpc.Metadata) return err as grpc.ServiceError;
  logger?.error({ err }, "unhandled error in gRPC handler");
  return grpcError(grpc.status.INTERNAL, "internal error");
}

/**
 * Wraps an async unary handler: resolves to the callback, maps errors, never throws into grpc-js.
 */
export function unary<Req, Res>(
  fn: (req: Req, call: grpc.ServerUnaryCall<Req, Res>) => Promise<Res> | Res,
  logger?: Logger,
): grpc.handleUnaryCall<Req, Res> {
  return (call, callback) => {
    Promise.resolve()
      .then(() => fn(call.request, call))
      .then(
        (res) => callback(null, res),
        (err) => callback(toServiceError(err, logger)),
      );
  };
}

/** Reads the `field` trailer of a gRPC error (set by grpcError). */
export function errorField(err: grpc.ServiceError): string | undefined {
  const v = err.metadata?.get("field")?.[0];
  return typeof v === "string" ? v : undefined;
}

/** Creates a client for a ts-proto generated client constructor. */
export function makeClient<C>(
  Ctor: new (address: string, creds: grpc.ChannelCredentials, options?: grpc.ClientOptions) => C,
  address: string,
): C {
  return new Ctor(address, grpc.credentials.createInsecure(), {
    "grpc.max_receive_message_length": MAX_MESSAGE,
    "grpc.max_send_message_length": MAX_MESSAGE,
  });
}

/**
 * An implementation answering UNIMPLEMENTED for every method of a service definition: for services
 * whose contract is published before their logic lands (callers get a clear status, not a hang).
 */
export function unimplementedService(definition: grpc.ServiceDefinition, label: string): grpc.UntypedServiceImplementation {
  const impl: grpc.UntypedServiceImplementation = {};
  for (const [name, method] of Object.entries(definition)) {
    const err = () => unimplemented(`${label}.${name}`);
    if (method.responseStream) {
      impl[name] = ((call: grpc.ServerWritableStream<unknown, unknown>) => call.destroy(err())) as grpc.UntypedHandleCall;
    } else {
      impl[name] = ((_call: unknown, callback: grpc.sendUnaryData<unknown>) => callback(err())) as grpc.UntypedHandleCall;
    }
  }
  return impl;
}
