import { riskV1 } from "@openhs/proto";
import { createGrpcServer, unimplementedService, type BuiltServer, type Logger } from "@openhs/shared";

export interface Deps {
  logger: Logger;
}

/**
 * The risk gRPC server. Its v1 contract (proto/hs/…/risk_service.proto) is published; the methods answer
 * UNIMPLEMENTED until the service logic lands.
 */
export function buildServer(_deps: Deps): BuiltServer {
  return createGrpcServer([
    {
      name: "hs.risk.v1.RiskService",
      definition: riskV1.RiskServiceService,
      implementation: unimplementedService(riskV1.RiskServiceService, "RiskService"),
    },
  ]);
}
