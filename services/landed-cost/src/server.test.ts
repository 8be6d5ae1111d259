import { landedCostV1 } from "@openhs/proto";
import { describeContractOnlyService } from "../../../test/stub-service.test-util.js";
import { buildServer } from "./server.js";

describeContractOnlyService({
  name: "landed-cost",
  serviceName: "LandedCostService",
  build: buildServer,
  Client: landedCostV1.LandedCostServiceClient,
  call: (c, cb) => c.calculateLandedCost(landedCostV1.CalculateLandedCostRequest.fromPartial({}), (e) => cb(e)),
});
