import type { TtlLru } from "../cache.js";
import type { FastifyInstance } from "fastify";
import { classifierV1, riskV1 } from "@openhs/proto";
import { HttpError, toHttpError } from "../errors.js";
import { callUnary, type Clients } from "../grpc-clients.js";
import { errorSchema } from "./tariff.js";

/** REST body of POST /v1/risk and POST /v1/risk/documents. */
interface RiskBody {
  hs_code: string;
  origin_country: string;
  destination_country: string;
  value?: number | string;
  currency?: string;
  as_of?: string;
}

const GRADES = ["L0", "L1", "L2", "L3", "L4", "L5", "L6"] as const;

/** proto grade → "L0".."L6", or null when not graded. */
export function gradeName(g: riskV1.RiskGrade): string | null {
  return g >= riskV1.RiskGrade.RISK_GRADE_L0 && g <= riskV1.RiskGrade.RISK_GRADE_L6 ? GRADES[g - 1]! : null;
}
const applicability = (a: riskV1.Applicability) => (a === riskV1.Applicability.APPLICABILITY_APPLIES ? "applies" : a === riskV1.Applicability.APPLICABILITY_CONDITIONAL ? "conditional" : "unknown");
const direction = (d: riskV1.Direction) => (d === riskV1.Direction.DIRECTION_EXPORT ? "export" : "import");

function presentDocument(d: riskV1.RequiredDocument) {
  return {
    code: d.code,
    name: d.name,
    regime: d.regime,
    mandatory: d.mandatory,
    applicability: applicability(d.applicability),
    issuing_authority: d.issuingAuthority,
    description: d.description,
    legal_ref: d.legalRef,
    source_url: d.sourceUrl,
    verified_date: d.verifiedDate,
    declaration_codes: d.declarationCodes.map((c) => ({ code: c.code, system: c.system, description: c.description, guidance: c.guidance })),
  };
}

/** An AssessRisk answer as REST JSON (snake_case, grades as "L0".."L6"). */
export function presentAssessment(r: riskV1.AssessRiskResponse) {
  return {
    hs_code: r.hsCode,
    schedule_used: r.scheduleUsed,
    commodity_description: r.commodityDescription || null,
    origin_country: r.originCountry || null,
    destination_country: r.destinationCountry,
    as_of: r.asOf,
    available: r.available,
    unavailable_reason: r.unavailableReason || null,
    grade: gradeName(r.grade),
    max_possible_grade: gradeName(r.maxPossibleGrade),
    elements: r.elements.map((e) => ({
      regime: e.regime,
      regime_name: e.regimeName,
      level: gradeName(e.level),
      applicability: applicability(e.applicability),
      condition: e.condition || null,
      category: e.category,
      jurisdiction: e.jurisdiction,
      direction: direction(e.direction),
      matched_by: e.matchedBy,
      obligations: e.obligations,
      legal_ref: e.legalRef,
      source_url: e.sourceUrl,
      verified_date: e.verifiedDate,
      validity_start: e.validityStart || null,
      validity_end: e.validityEnd || null,
      scope_source: e.scopeSource,
      notes: e.notes,
    })),
    documents: r.documents.map(presentDocument),
    warnings: r.warnings.map((w) => ({ code: w.code, message: w.message })),
    data_version: r.dataVersion,
  };
}

const DECIMAL = /^\d{1,15}(\.\d{1,6})?$/;

function requestOf(b: RiskBody): riskV1.AssessRiskRequest {
  let value: { amount: string; currency: string } | undefined;
  if (b.value !== undefined) {
    const amount = typeof b.value === "number" ? String(b.value) : b.value.trim();
    if (typeof b.value === "number" && (!Number.isFinite(b.value) || b.value < 0)) throw new HttpError(422, "invalid_argument", "value must be a non-negative amount", "value");
    if (!DECIMAL.test(amount)) throw new HttpError(422, "invalid_argument", `value must be a non-negative decimal amount such as "1250.00" (got "${amount.slice(0, 20)}")`, "value");
    if (!b.currency) throw new HttpError(400, "invalid_request", "body.currency is required when value is given", "currency");
    value = { amount, currency: b.currency.toUpperCase() };
  } else if (b.currency) {
    throw new HttpError(400, "invalid_request", "body.value is required when currency is given", "value");
  }
  return riskV1.AssessRiskRequest.fromPartial({
    hsCode: b.hs_code,
    originCountry: b.origin_country.toUpperCase(),
    destinationCountry: b.destination_country.toUpperCase(),
    value,
    asOf: b.as_of ?? "",
  });
}

/** gRPC field names → REST body fields (the same names, except the nested value). */
function restField(err: unknown): unknown {
  if (err instanceof HttpError) return err;
  const { status, body } = toHttpError(err);
  if (body.error.field === "value.amount") body.error.field = "value";
  if (body.error.field === "value.currency") body.error.field = "currency";
  return body.error.field ? new HttpError(status, body.error.code, body.error.message, body.error.field) : err;
}

const country = (what: string) => ({ type: "string", pattern: "^[A-Za-z]{2}$", description: `${what}, ISO 3166-1 alpha-2` });
const bodySchema = {
  type: "object",
  additionalProperties: false,
  required: ["hs_code", "origin_country", "destination_country"],
  properties: {
    hs_code: { type: "string", minLength: 1, maxLength: 32, description: "HS heading (4 digits), subheading (6) or national line of the destination (8/10: US HTSUS, EU TARIC); dots and spaces ignored" },
    origin_country: country("Country of origin (also taken as the country of export for export controls)"),
    destination_country: { ...country("Destination"), description: "Destination, ISO 3166-1 alpha-2, or EU. Import rules are covered for EU member states, US and GB" },
    value: { type: ["number", "string"], description: "Shipment value (decimal; a string keeps it exact), for regimes with value thresholds" },
    currency: { type: "string", pattern: "^[A-Za-z]{3}$", description: "ISO 4217 currency of value" },
    as_of: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "Date the assessment is for (YYYY-MM-DD); default today" },
  },
  examples: [
    { hs_code: "7208390090", origin_country: "CN", destination_country: "DE" },
    { hs_code: "6109100012", origin_country: "BD", destination_country: "US", value: "3000.00", currency: "EUR" },
  ],
};

const gradeSchema = { type: ["string", "null"], enum: [...GRADES, null], description: "L0 no code-specific requirement · L1 information/labelling · L2 documentary/self-declared · L3 conformity assessment, registration, notification · L4 licence/authorisation · L5 heavily restricted (sanctions screening, trade remedies, quotas) · L6 prohibited" };
const warningSchema = { type: "object", properties: { code: { type: "string" }, message: { type: "string" } } };
const documentSchema = {
  type: "object",
  properties: {
    code: { type: "string" },
    name: { type: "string" },
    regime: { type: "string" },
    mandatory: { type: "boolean" },
    applicability: { type: "string", enum: ["applies", "conditional"] },
    issuing_authority: { type: "string" },
    description: { type: "string" },
    legal_ref: { type: "string" },
    source_url: { type: "string" },
    verified_date: { type: "string" },
    declaration_codes: {
      type: "array",
      description: "Codes to declare the document under (UK CDS Appendix 5A on GB lanes)",
      items: { type: "object", properties: { code: { type: "string" }, system: { type: "string" }, description: { type: "string" }, guidance: { type: "string" } } },
    },
  },
};
const elementSchema = {
  type: "object",
  properties: {
    regime: { type: "string", example: "EU_CBAM" },
    regime_name: { type: "string" },
    level: gradeSchema,
    applicability: { type: "string", enum: ["applies", "conditional"], description: "applies: the code and lane are in scope; conditional: see condition" },
    condition: { type: ["string", "null"] },
    category: { type: "string", enum: ["carbon", "trade_remedy", "sanctions", "export_control", "product_safety", "chemicals", "labelling", "customs"] },
    jurisdiction: { type: "string", enum: ["EU", "US", "GB"] },
    direction: { type: "string", enum: ["import", "export"] },
    matched_by: { type: "string" },
    obligations: { type: "array", items: { type: "string" } },
    legal_ref: { type: "string" },
    source_url: { type: "string" },
    verified_date: { type: "string" },
    validity_start: { type: ["string", "null"] },
    validity_end: { type: ["string", "null"] },
    scope_source: { type: "string" },
    notes: { type: "array", items: { type: "string" } },
  },
};
export const assessmentSchema = {
  type: "object",
  properties: {
    hs_code: { type: "string" },
    schedule_used: { type: "string", enum: ["US", "EU", "HS2022"] },
    commodity_description: { type: ["string", "null"] },
    origin_country: { type: ["string", "null"] },
    destination_country: { type: "string" },
    as_of: { type: "string" },
    available: { type: "boolean", description: "false: the destination's import rules are not covered (unknown, not L0)" },
    unavailable_reason: { type: ["string", "null"] },
    grade: { ...gradeSchema, description: `Highest level among the elements that apply. ${gradeSchema.description}` },
    max_possible_grade: { ...gradeSchema, description: "Highest level if every conditional element applied" },
    elements: { type: "array", items: elementSchema },
    documents: { type: "array", items: documentSchema },
    warnings: { type: "array", items: warningSchema },
    data_version: { type: "string" },
  },
};
const ok = (data: object, example?: object) => ({ type: "object", properties: { success: { type: "boolean" }, data }, ...(example ? { example: { success: true, data: example } } : {}) });
const errors = { 400: errorSchema, 404: errorSchema, 422: errorSchema, 503: errorSchema };

const assessmentExample = {
  hs_code: "7208390090",
  schedule_used: "EU",
  commodity_description: "Flat-rolled products of iron or non-alloy steel, of a width of 600 mm or more, hot-rolled, not clad, plated or coated: … Of a thickness of less than 3 mm: Other",
  origin_country: "CN",
  destination_country: "DE",
  as_of: "2026-06-01",
  available: true,
  unavailable_reason: null,
  grade: "L4",
  max_possible_grade: "L4",
  elements: [
    {
      regime: "EU_CBAM",
      regime_name: "Carbon Border Adjustment Mechanism",
      level: "L4",
      applicability: "applies",
      condition: null,
      category: "carbon",
      jurisdiction: "EU",
      direction: "import",
      matched_by: "72 (iron and steel: chapter 72 except the Annex I exceptions) is in scope",
      obligations: ["Import CBAM goods only as an authorised CBAM declarant …"],
      legal_ref: "Regulation (EU) 2023/956, Annex I, as amended by Regulation (EU) 2025/2083",
      source_url: "https://eur-lex.europa.eu/eli/reg/2023/956/oj",
      verified_date: "2026-12-03",
      validity_start: "2026-01-01",
      validity_end: null,
      scope_source: "reviewed file eu-cbam.json",
      notes: [],
    },
  ],
  documents: [{ code: "CBAM_AUTHORISATION", name: "Authorised CBAM declarant status", regime: "EU_CBAM", mandatory: true, applicability: "applies" }],
  warnings: [{ code: "TRADE_REMEDY_DATA_PARTIAL", message: "EU anti-dumping and countervailing measures are included only where …" }],
  data_version: "risk-2026-12-03-…",
};

function requireRisk(clients: Clients) {
  const c = clients.risk;
  if (!c) throw new HttpError(503, "service_unavailable", "the risk service is not configured");
  return c;
}

export function riskRoutes(app: FastifyInstance, clients: Clients, deadlineMs: number) {
  app.post<{ Body: RiskBody }>(
    "/v1/risk",
    {
      schema: {
        tags: ["risk"],
        summary: "Regulatory risk grade (L0–L6), obligations and documents for a code on a lane",
        description:
          "Grades (code, origin, destination) against reviewed regime data: EU CBAM, trade remedies (EU safeguard and anti-dumping in TARIC, US Section 232/301/201), sanctions on Russia and Belarus, export controls (dual-use), product safety (CE/UKCA: toys, EMC, LVD, RED, RoHS, WEEE, machinery, PPE; cosmetics; food contact; US CPSC, FCC, FDA, USDA, TTB, EPA), labelling. Each element cites its legal reference, source URL and verified date and says whether it applies or under which condition. `available: false` when the destination's import rules are not covered (unknown, never L0). Bad input: 400 (malformed body) or 422 (unknown country, code not in the destination's schedule, bad value) with the field.",
        body: bodySchema,
        response: { 200: ok(assessmentSchema, assessmentExample), ...errors },
      },
    },
    async (req) => {
      const c = requireRisk(clients);
      try {
        const r = await callUnary(c, c.assessRisk, requestOf(req.body), deadlineMs);
        return { success: true, data: presentAssessment(r) };
      } catch (err) {
        throw restField(err);
      }
    },
  );

  app.post<{ Body: RiskBody }>(
    "/v1/risk/documents",
    {
      schema: {
        tags: ["risk"],
        summary: "Documents required for a code on a lane",
        description: "The documents of POST /v1/risk only: declarations of conformity, certificates, licences, authorisations, with UK CDS declaration codes on GB lanes.",
        body: bodySchema,
        response: {
          200: ok({
            type: "object",
            properties: {
              available: { type: "boolean" },
              unavailable_reason: { type: ["string", "null"] },
              documents: { type: "array", items: documentSchema },
              warnings: { type: "array", items: warningSchema },
              data_version: { type: "string" },
            },
          }),
          ...errors,
        },
      },
    },
    async (req) => {
      const c = requireRisk(clients);
      try {
        const r = await callUnary(c, c.listRequiredDocuments, requestOf(req.body), deadlineMs);
        return {
          success: true,
          data: { available: r.available, unavailable_reason: r.unavailableReason || null, documents: r.documents.map(presentDocument), warnings: r.warnings, data_version: r.dataVersion },
        };
      } catch (err) {
        throw restField(err);
      }
    },
  );

  app.get<{ Querystring: { jurisdiction?: string } }>(
    "/v1/risk/regimes",
    {
      schema: {
        tags: ["risk"],
        summary: "The regimes the risk service knows, with sources and verification dates",
        querystring: { type: "object", additionalProperties: false, properties: { jurisdiction: { type: "string", enum: ["EU", "US", "GB", "eu", "us", "gb"] } } },
        response: {
          200: ok({
            type: "object",
            properties: {
              regimes: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    id: { type: "string" },
                    name: { type: "string" },
                    category: { type: "string" },
                    jurisdiction: { type: "string" },
                    direction: { type: "string" },
                    level: gradeSchema,
                    legal_ref: { type: "string" },
                    source_url: { type: "string" },
                    verified_date: { type: "string" },
                    validity_start: { type: ["string", "null"] },
                    validity_end: { type: ["string", "null"] },
                    scope_source: { type: "string" },
                    scope_size: { type: "integer", description: "Code prefixes in scope" },
                    countries: { type: "array", items: { type: "string" }, description: "Destinations (import rules) or countries of export (export rules); '-XX' = except XX" },
                  },
                },
              },
              covered_destinations: { type: "array", items: { type: "string" } },
              cross_check_findings: { type: "array", items: { type: "string" }, description: "Disagreements between reviewed scopes and the data sets (e.g. CBAM Annex I vs TARIC measure 775); empty = none" },
              data_version: { type: "string" },
            },
          }),
          ...errors,
        },
      },
    },
    async (req) => {
      const c = requireRisk(clients);
      const r = await callUnary(c, c.listRegimes, { jurisdiction: (req.query.jurisdiction ?? "").toUpperCase() }, deadlineMs);
      return {
        success: true,
        data: {
          regimes: r.regimes.map((x) => ({
            id: x.id,
            name: x.name,
            category: x.category,
            jurisdiction: x.jurisdiction,
            direction: direction(x.direction),
            level: gradeName(x.level),
            legal_ref: x.legalRef,
            source_url: x.sourceUrl,
            verified_date: x.verifiedDate,
            validity_start: x.validityStart || null,
            validity_end: x.validityEnd || null,
            scope_source: x.scopeSource,
            scope_size: x.scopeSize,
            countries: x.countries,
          })),
          covered_destinations: r.coveredDestinations,
          cross_check_findings: r.crossCheckFindings,
          data_version: r.dataVersion,
        },
      };
    },
  );
}

/**
 * The risk part of a classify answer: the classified code (national line when there is one) on the
 * request's lane. Null without a destination; an unavailable assessment (never a failed
 * classification) when the risk service cannot answer.
 */
export async function riskForClassification(
  clients: Clients,
  deadlineMs: number,
  c: classifierV1.Classification | undefined,
  lane: { origin: string; destination: string; price?: number; currency?: string },
  cache?: TtlLru<ReturnType<typeof presentAssessment>>,
): Promise<ReturnType<typeof presentAssessment> | { available: false; unavailable_reason: string } | null> {
  const code = c?.nationalCode || c?.hsCode;
  if (!lane.destination || !code) return null;
  if (!clients.risk) return { available: false, unavailable_reason: "the risk service is not configured" };
  const value = lane.price !== undefined && lane.currency ? { amount: String(lane.price), currency: lane.currency.toUpperCase() } : undefined;
  // The assessment depends only on the line, the lane, the value and the day (and the regime data,
  // which the cache's time to live bounds): many products share a line.
  const key = cache ? [new Date().toISOString().slice(0, 10), code, lane.origin, lane.destination, value?.amount ?? "", value?.currency ?? ""].join("|") : "";
  const hit = cache?.get(key);
  if (hit) return hit;
  try {
    const r = await callUnary(clients.risk, clients.risk.assessRisk, riskV1.AssessRiskRequest.fromPartial({ hsCode: code, originCountry: lane.origin, destinationCountry: lane.destination, value }), deadlineMs);
    const out = presentAssessment(r);
    cache?.set(key, out);
    return out;
  } catch (err) {
    return { available: false, unavailable_reason: `risk assessment failed: ${toHttpError(err).body.error.message}` };
  }
}
