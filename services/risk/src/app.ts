import { nationalScheduleFor, type Logger } from "@openhs/shared";
import type { Nomenclature } from "./adapters/tariff.js";
import { assess } from "./domain/assess.js";
import { parseLane, type RawLane } from "./domain/input.js";
import type { RegimeSet } from "./domain/regime-set.js";
import type { Assessment, Lane, Warning } from "./domain/types.js";

export interface LaneAssessment {
  lane: Lane;
  assessment: Assessment;
  /** Schedule the code was checked in ("US", "EU", "HS2022"). */
  schedule: string;
  description: string;
}

/**
 * The risk application: validates the request, checks the code in the destination's schedule (tariff
 * service), fetches exchange rates when a value must be compared with a threshold, and grades the
 * lane with the pure domain. Bad input throws InputError (→ INVALID_ARGUMENT with the field).
 */
export class RiskApp {
  constructor(readonly regimes: RegimeSet, private readonly nomenclature: Nomenclature, private readonly logger?: Logger) {}

  async assess(raw: RawLane): Promise<LaneAssessment> {
    const lane = parseLane(raw, await this.nomenclature.reference());
    const extra: Warning[] = [];
    const national = nationalScheduleFor(lane.destination);
    // 4- and 6-digit codes are HS codes; 8- and 10-digit codes are lines of the destination's schedule.
    const schedule = lane.code.length <= 6 || !national ? "HS2022" : national;
    const asked = schedule === "HS2022" ? lane.code.slice(0, 6) : lane.code;
    const check = await this.nomenclature.checkCode(asked, schedule, lane.asOf);
    if (!check.checked) {
      this.logger?.warn({ err: check.error }, "tariff service unavailable: code not checked");
      extra.push({ code: "CODE_NOT_VALIDATED", message: `the code could not be checked against the ${schedule} schedule (tariff service unavailable); the assessment assumes it is valid` });
    } else {
      if (lane.code.length > 6 && !national) {
        extra.push({ code: "NATIONAL_DIGITS_NOT_CHECKED", message: `no national schedule of ${lane.destination} is loaded: only the HS subheading ${asked} was checked; regimes are matched on the digits given` });
      }
      if (lane.code.length > 6 && national && !check.declarable) {
        extra.push({ code: "CODE_NOT_DECLARABLE", message: `${lane.code} is not a declarable ${schedule} line; regimes scoped to narrower lines are listed as conditional` });
      }
    }
    const rates = new Map<string, string | undefined>();
    if (lane.value) {
      const currencies = new Set([lane.value.currency, ...this.regimes.regimes.flatMap((r) => (r.valueThreshold ? [r.valueThreshold.currency] : []))]);
      await Promise.all([...currencies].map(async (c) => rates.set(c, await this.nomenclature.ratePerEur(c, lane.asOf))));
    }
    const assessment = assess(this.regimes, lane, (c) => rates.get(c));
    assessment.warnings.unshift(...extra);
    return { lane, assessment, schedule, description: check.description };
  }
}
