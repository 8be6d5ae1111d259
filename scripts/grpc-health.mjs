// Exit 0 when the gRPC server at ADDR reports SERVING on grpc.health.v1 (used by compose healthchecks).
import * as grpc from "@grpc/grpc-js";
import { service as healthService } from "grpc-health-check";

const addr = process.argv[2] ?? "127.0.0.1:50051";
const Client = grpc.makeGenericClientConstructor(healthService, "Health");
const client = new Client(addr, grpc.credentials.createInsecure());
client.check({ service: "" }, { deadline: Date.now() + 3000 }, (err, res) => {
  const ok = !err && (res?.status === "SERVING" || res?.status === 1);
  console.log(ok ? "SERVING" : `NOT SERVING ${err?.message ?? res?.status}`);
  process.exit(ok ? 0 : 1);
});
