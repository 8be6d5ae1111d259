import { classifierV1 } from "@openhs/proto";
import { createGrpcServer, unimplementedService, type BuiltServer, type Logger } from "@openhs/shared";

export interface Deps {
  logger: Logger;
}

/**
 * The classifier gRPC server. Its v1 contract (proto/hs/…/classifier_service.proto) is published; the methods answer
 * UNIMPLEMENTED until the service logic lands.
 */
export function buildServer(_deps: Deps): BuiltServer {
  return createGrpcServer([
    {
      name: "hs.classifier.v1.ClassifierService",
      definition: classifierV1.ClassifierServiceService,
      implementation: unimplementedService(classifierV1.ClassifierServiceService, "ClassifierService"),
    },
  ]);
}
