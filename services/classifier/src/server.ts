import { classifierV1 } from "@openhs/proto";
import { createGrpcServer, type BuiltServer, type Logger } from "@openhs/shared";
import type { ClassifierApp } from "./app.js";
import { classifierHandlers } from "./handlers/classifier.js";

export interface Deps {
  /** The application (a getter: the engine is swapped when the data version changes). */
  app: () => ClassifierApp;
  logger: Logger;
}

/** The classifier gRPC server with its handlers and health service; the caller binds it. */
export function buildServer(deps: Deps): BuiltServer {
  return createGrpcServer([
    {
      name: "hs.classifier.v1.ClassifierService",
      definition: classifierV1.ClassifierServiceService,
      implementation: classifierHandlers(deps.app, deps.logger),
    },
  ]);
}
