import { tariffV1 } from "@openhs/proto";
import { grpc, makeClient } from "@openhs/shared";

/** Promise wrapper around a ts-proto unary client method, with a deadline. */
export function callUnary<Req, Res>(
  client: grpc.Client,
  method: (req: Req, md: grpc.Metadata, opts: Partial<grpc.CallOptions>, cb: (err: grpc.ServiceError | null, res: Res) => void) => grpc.ClientUnaryCall,
  req: Req,
  deadlineMs: number,
): Promise<Res> {
  return new Promise((resolve, reject) => {
    method.call(client, req, new grpc.Metadata(), { deadline: Date.now() + deadlineMs }, (err, res) => (err ? reject(err) : resolve(res)));
  });
}

export interface Clients {
  tariff: tariffV1.TariffServiceClient;
  close(): void;
}

export function createClients(addrs: { tariff: string }): Clients {
  const tariff = makeClient(tariffV1.TariffServiceClient, addrs.tariff);
  return {
    tariff,
    close() {
      tariff.close();
    },
  };
}
