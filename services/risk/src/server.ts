import { riskV1 } from "@openhs/proto";
import { createGrpcServer, type BuiltServer, type Logger } from "@openhs/shared";
import type { RiskApp } from "./app.js";
import { riskHandlers } from "./handlers/risk.js";

export interface Deps {
  /** The application (a getter, so it can be swapped when the regime data is reloaded). */
  app: () => RiskApp;
  logger: Logger;
}

/** The risk gRPC server with its handlers and health service; the caller binds it. */
export function buildServer(deps: Deps): BuiltServer {
  return createGrpcServer([
    {
      name: "hs.risk.v1.RiskService",
      definition: riskV1.RiskServiceService,
      implementation: riskHandlers(deps.app, deps.logger),
    },
  ]);
}
