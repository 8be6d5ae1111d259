import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { loadSync, type PackageDefinition } from "@grpc/proto-loader";
import { ReflectionService } from "@grpc/reflection";
import type { grpc } from "./grpc.js";
import { repoRoot } from "./paths.js";

let all: PackageDefinition | undefined | null;

/** Every openhs contract (proto/hs/**.proto), loaded once. Null when the proto folder is absent. */
function contracts(): PackageDefinition | null {
  if (all !== undefined) return all;
  const dir = path.join(repoRoot(), "proto");
  if (!existsSync(path.join(dir, "hs"))) return (all = null);
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(path.join(dir, d), { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (e.name.endsWith(".proto")) files.push(path.join(d, e.name));
    }
  };
  walk("hs");
  return (all = loadSync(files.sort(), { includeDirs: [dir], keepCase: true, longs: String, enums: String, defaults: true, oneofs: true }));
}

/**
 * Turns on gRPC server reflection (grpc.reflection.v1 and v1alpha) for the given services (full
 * names), so grpcurl / grpcui and other mesh clients can discover and call them without the .proto
 * files. A no-op when the proto folder is not shipped.
 */
export function addReflection(server: grpc.Server, services: string[]): boolean {
  const pkg = contracts();
  if (!pkg) return false;
  new ReflectionService(pkg, { services }).addToServer(server);
  return true;
}
