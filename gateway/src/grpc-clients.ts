import { classifierV1, riskV1, tariffV1 } from "@openhs/proto";
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
  classifier?: classifierV1.ClassifierServiceClient;
  risk?: riskV1.RiskServiceClient;
  close(): void;
}

export function createClients(addrs: { tariff: string; classifier?: string; risk?: string }): Clients {
  const tariff = makeClient(tariffV1.TariffServiceClient, addrs.tariff);
  const classifier = addrs.classifier ? makeClient(classifierV1.ClassifierServiceClient, addrs.classifier) : undefined;
  const risk = addrs.risk ? makeClient(riskV1.RiskServiceClient, addrs.risk) : undefined;
  return {
    tariff,
    classifier,
    risk,
    close() {
      tariff.close();
      classifier?.close();
      risk?.close();
    },
  };
}
