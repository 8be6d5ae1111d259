import { classifierV1 } from "@openhs/proto";
import { addReflection, createGrpcServer, type BuiltServer, type Logger } from "@openhs/shared";
import type { ClassifierApp } from "./app.js";
import { classifierHandlers } from "./handlers/classifier.js";

export interface Deps {
  /** The application (a getter: the engine is swapped when the data version changes). */
  app: () => ClassifierApp;
  logger: Logger;
}

/** The classifier gRPC server with its handlers and health service; the caller binds it. */
export function buildServer(deps: Deps): BuiltServer {
  const built = createGrpcServer([
    {
      name: "hs.classifier.v1.ClassifierService",
      definition: classifierV1.ClassifierServiceService,
      implementation: classifierHandlers(deps.app, deps.logger),
    },
  ]);
  // Server reflection: the mesh can discover and call every RPC (grpcurl -plaintext HOST:PORT list).
  addReflection(built.server, ["hs/classifier/v1/classifier_service.proto"]);
  return built;
}
