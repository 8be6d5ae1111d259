import { tariffV1 } from "@openhs/proto";
import { createGrpcServer, type BuiltServer, type Logger } from "@openhs/shared";
import { tariffHandlers, type CatalogHolder } from "./handlers/tariff.js";

export type { CatalogHolder };

export interface TariffDeps {
  holder: CatalogHolder;
  logger: Logger;
}

/** The tariff gRPC server with its handlers and health service; the caller binds and serves it. */
export function buildServer(deps: TariffDeps): BuiltServer {
  return createGrpcServer([
    {
      name: "hs.tariff.v1.TariffService",
      definition: tariffV1.TariffServiceService,
      implementation: tariffHandlers(deps.holder, deps.logger),
    },
  ]);
}
