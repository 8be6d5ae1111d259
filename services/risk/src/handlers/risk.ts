import { riskV1 } from "@openhs/proto";
import { InputError, unary, type Logger } from "@openhs/shared";
import type { LaneAssessment, RiskApp } from "../app.js";
import type { RawLane } from "../domain/input.js";
import type { Applicability, Direction, Element, Grade, Regime, RequiredDoc } from "../domain/types.js";

/** proto ↔ domain mapping for RiskService. */

const GRADE: Record<Grade, riskV1.RiskGrade> = {
  0: riskV1.RiskGrade.RISK_GRADE_L0,
  1: riskV1.RiskGrade.RISK_GRADE_L1,
  2: riskV1.RiskGrade.RISK_GRADE_L2,
  3: riskV1.RiskGrade.RISK_GRADE_L3,
  4: riskV1.RiskGrade.RISK_GRADE_L4,
  5: riskV1.RiskGrade.RISK_GRADE_L5,
  6: riskV1.RiskGrade.RISK_GRADE_L6,
};
const APPLICABILITY: Record<Applicability, riskV1.Applicability> = {
  applies: riskV1.Applicability.APPLICABILITY_APPLIES,
  conditional: riskV1.Applicability.APPLICABILITY_CONDITIONAL,
};
const DIRECTION: Record<Direction, riskV1.Direction> = {
  import: riskV1.Direction.DIRECTION_IMPORT,
  export: riskV1.Direction.DIRECTION_EXPORT,
};

const grade = (g: Grade | undefined) => (g === undefined ? riskV1.RiskGrade.RISK_GRADE_UNSPECIFIED : GRADE[g]);

function element(e: Element): riskV1.RiskElement {
  const r = e.regime;
  return {
    regime: r.id,
    regimeName: r.name,
    level: GRADE[r.level],
    obligations: r.obligations,
    legalRef: r.legalRef,
    sourceUrl: r.sourceUrl,
    verifiedDate: r.verifiedDate,
    matchedBy: e.matchedBy,
    applicability: APPLICABILITY[e.applicability],
    condition: e.condition ?? "",
    category: r.category,
    jurisdiction: r.jurisdiction,
    direction: DIRECTION[r.direction],
    validityStart: r.validFrom ?? "",
    validityEnd: r.validTo ?? "",
    scopeSource: r.scopeSource,
    notes: e.notes,
  };
}

function document(d: RequiredDoc): riskV1.RequiredDocument {
  return {
    code: d.spec.code,
    name: d.spec.name,
    regime: d.regime.id,
    legalRef: d.regime.legalRef,
    issuingAuthority: d.spec.issuingAuthority,
    description: d.spec.description,
    mandatory: d.spec.mandatory,
    sourceUrl: d.regime.sourceUrl,
    verifiedDate: d.regime.verifiedDate,
    declarationCodes: d.declarationCodes.map((c) => ({ code: c.code, system: c.system, description: c.description, guidance: c.guidance })),
    applicability: APPLICABILITY[d.applicability],
  };
}

function rawLane(req: { hsCode: string; originCountry: string; destinationCountry: string; asOf: string; value?: { amount: string; currency: string } | undefined }): RawLane {
  return { hsCode: req.hsCode, originCountry: req.originCountry, destinationCountry: req.destinationCountry, asOf: req.asOf, value: req.value };
}

export function assessmentToProto(r: LaneAssessment, dataVersion: string): riskV1.AssessRiskResponse {
  const a = r.assessment;
  return {
    grade: grade(a.grade),
    available: a.available,
    unavailableReason: a.unavailableReason ?? "",
    elements: a.elements.map(element),
    documents: a.documents.map(document),
    warnings: a.warnings,
    dataVersion,
    maxPossibleGrade: grade(a.maxPossibleGrade),
    hsCode: r.lane.code,
    scheduleUsed: r.schedule,
    commodityDescription: r.description,
    asOf: r.lane.asOf,
    originCountry: r.lane.origin ?? "",
    destinationCountry: r.lane.destination,
  };
}

function regimeInfo(r: Regime, size: number): riskV1.RegimeInfo {
  return {
    id: r.id,
    name: r.name,
    category: r.category,
    jurisdiction: r.jurisdiction,
    direction: DIRECTION[r.direction],
    level: GRADE[r.level],
    legalRef: r.legalRef,
    sourceUrl: r.sourceUrl,
    verifiedDate: r.verifiedDate,
    validityStart: r.validFrom ?? "",
    validityEnd: r.validTo ?? "",
    scopeSource: r.scopeSource,
    scopeSize: size,
    countries: r.countries.exclude.length ? [...r.countries.include, ...r.countries.exclude.map((c) => `-${c}`)] : r.countries.include,
  };
}

export function riskHandlers(app: () => RiskApp, logger: Logger): riskV1.RiskServiceServer {
  return {
    assessRisk: unary(async (req: riskV1.AssessRiskRequest) => {
      const a = app();
      return assessmentToProto(await a.assess(rawLane(req)), a.regimes.dataVersion);
    }, logger),
    listRequiredDocuments: unary(async (req: riskV1.ListRequiredDocumentsRequest) => {
      const a = app();
      const r = await a.assess(rawLane(req));
      return {
        documents: r.assessment.documents.map(document),
        available: r.assessment.available,
        unavailableReason: r.assessment.unavailableReason ?? "",
        dataVersion: a.regimes.dataVersion,
        warnings: r.assessment.warnings,
      };
    }, logger),
    listRegimes: unary((req: riskV1.ListRegimesRequest) => {
      const set = app().regimes;
      const j = req.jurisdiction.trim().toUpperCase();
      if (j && !/^[A-Z]{2}$/.test(j)) throw new InputError("jurisdiction", "must be a jurisdiction code such as EU, US, GB");
      return {
        regimes: set.regimes.filter((r) => !j || r.jurisdiction === j).map((r) => regimeInfo(r, set.matcher(r.id).size)),
        dataVersion: set.dataVersion,
        coveredDestinations: set.coveredDestinations(),
        crossCheckFindings: set.crossCheckFindings,
      };
    }, logger),
  };
}
