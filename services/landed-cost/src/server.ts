import { landedCostV1 } from "@openhs/proto";
import { createGrpcServer, type BuiltServer, type Logger } from "@openhs/shared";
import type { LandedCostApp } from "./app.js";
import { landedCostHandlers } from "./handlers/landed-cost.js";

export interface Deps {
  app: LandedCostApp;
  logger: Logger;
}

/** The landed-cost gRPC server with its handlers and health service; the caller binds and serves it. */
export function buildServer(deps: Deps): BuiltServer {
  return createGrpcServer([
    {
      name: "hs.landedcost.v1.LandedCostService",
      definition: landedCostV1.LandedCostServiceService,
      implementation: landedCostHandlers(deps.app, deps.logger),
    },
  ]);
}
