import path from "node:path";
import { loadSync } from "@grpc/proto-loader";
import { ReflectionService } from "@grpc/reflection";
import type { grpc } from "./grpc.js";
import { repoRoot } from "./paths.js";

/**
 * Turns on gRPC server reflection (grpc.reflection.v1 and v1alpha) for the services defined in
 * `protoFiles` (paths relative to the repository's proto/ folder), so grpcurl / grpcui and other
 * mesh clients can discover and call them without the .proto files.
 */
export function addReflection(server: grpc.Server, protoFiles: string[]): void {
  const dir = path.join(repoRoot(), "proto");
  const pkg = loadSync(protoFiles, { includeDirs: [dir], keepCase: true, longs: String, enums: String, defaults: true, oneofs: true });
  new ReflectionService(pkg).addToServer(server);
}
