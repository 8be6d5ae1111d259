import { landedCostV1 } from "@openhs/proto";
import { createGrpcServer, unimplementedService, type BuiltServer, type Logger } from "@openhs/shared";

export interface Deps {
  logger: Logger;
}

/**
 * The landed-cost gRPC server. Its v1 contract (proto/hs/…/landed_cost_service.proto) is published; the methods answer
 * UNIMPLEMENTED until the service logic lands.
 */
export function buildServer(_deps: Deps): BuiltServer {
  return createGrpcServer([
    {
      name: "hs.landedcost.v1.LandedCostService",
      definition: landedCostV1.LandedCostServiceService,
      implementation: unimplementedService(landedCostV1.LandedCostServiceService, "LandedCostService"),
    },
  ]);
}
