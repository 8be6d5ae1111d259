import { riskV1 } from "@openhs/proto";
import { describeContractOnlyService } from "../../../test/stub-service.test-util.js";
import { buildServer } from "./server.js";

describeContractOnlyService({
  name: "risk",
  serviceName: "RiskService",
  build: buildServer,
  Client: riskV1.RiskServiceClient,
  call: (c, cb) => c.assessRisk(riskV1.AssessRiskRequest.fromPartial({}), (e) => cb(e)),
});
