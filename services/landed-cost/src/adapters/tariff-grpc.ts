import { commonV1, tariffV1 } from "@openhs/proto";
import { InputError, NotFoundError, errorField, grpc } from "@openhs/shared";
import type { DutyComponent, DutyExpression, DutyKind, EcbRate, Measure, TariffFacts } from "../domain/types.js";
import type { TariffPort } from "./ports.js";

/** The tariff service over gRPC, mapped to plain domain facts. */

function call<Req, Res>(
  client: tariffV1.TariffServiceClient,
  method: (req: Req, md: grpc.Metadata, opts: Partial<grpc.CallOptions>, cb: (err: grpc.ServiceError | null, res: Res) => void) => grpc.ClientUnaryCall,
  req: Req,
  deadlineMs: number,
): Promise<Res> {
  return new Promise((resolve, reject) => {
    method.call(client, req, new grpc.Metadata(), { deadline: Date.now() + deadlineMs }, (err, res) => (err ? reject(err) : resolve(res)));
  });
}

const KIND: Record<number, DutyKind> = {
  [commonV1.DutyExpression_Kind.KIND_FREE]: "free",
  [commonV1.DutyExpression_Kind.KIND_AD_VALOREM]: "ad_valorem",
  [commonV1.DutyExpression_Kind.KIND_SPECIFIC]: "specific",
  [commonV1.DutyExpression_Kind.KIND_COMPOUND]: "compound",
  [commonV1.DutyExpression_Kind.KIND_REFERENCE]: "reference",
  [commonV1.DutyExpression_Kind.KIND_NO_CHANGE]: "no_change",
  [commonV1.DutyExpression_Kind.KIND_UNPARSED]: "unparsed",
  [commonV1.DutyExpression_Kind.KIND_DERIVED]: "derived",
};

function component(c: commonV1.DutyComponent): DutyComponent {
  const out: DutyComponent = { type: c.type === commonV1.DutyComponent_Type.TYPE_SPECIFIC ? "specific" : "ad_valorem" };
  if (c.percent) out.percent = c.percent;
  if (c.amount) out.amount = c.amount;
  if (c.currency) out.currency = c.currency;
  if (c.unit) out.unit = c.unit;
  if (c.unitText) out.unitText = c.unitText;
  if (c.appliesTo) out.appliesTo = c.appliesTo;
  if (c.over) out.over = c.over;
  if (c.subtract) out.subtract = true;
  if (c.perEach) out.perEach = c.perEach;
  return out;
}

export function expressionFromProto(e: commonV1.DutyExpression | undefined, text: string): DutyExpression {
  if (!e) return { kind: "unparsed", text, components: [], reason: "no parsed expression" };
  return {
    kind: KIND[e.kind] ?? "unparsed",
    text: e.text || text,
    components: e.components.map(component),
    minimum: e.minimum ? component(e.minimum) : undefined,
    maximum: e.maximum ? component(e.maximum) : undefined,
    adjustments: e.adjustments.length ? e.adjustments.map(component) : undefined,
    conditions: e.conditions.length ? e.conditions : undefined,
    reason: e.reason || undefined,
  };
}

const CONFIDENCE: Record<number, Measure["confidence"]> = {
  [tariffV1.MeasureConfidence.MEASURE_CONFIDENCE_HIGH]: "high",
  [tariffV1.MeasureConfidence.MEASURE_CONFIDENCE_MEDIUM]: "medium",
  [tariffV1.MeasureConfidence.MEASURE_CONFIDENCE_LOW]: "low",
};

export function measureFromProto(m: tariffV1.DutyMeasure): Measure {
  return {
    measureType: m.measureType,
    geographicalArea: m.geographicalArea,
    programs: m.programs.map((p) => ({ code: p.code, name: p.name, countries: p.countries, legalReference: p.legalReference })),
    text: m.dutyExpressionText,
    expression: expressionFromProto(m.dutyExpression, m.dutyExpressionText),
    commodityCode: m.commodityCode,
    validityStart: m.validityStart,
    source: m.source,
    appliesToOrigin: m.appliesToOrigin,
    legalBasis: m.legalBasis,
    dataDate: m.dataDate,
    confidence: CONFIDENCE[m.confidence] ?? "",
    licence: m.licence,
    excludedCountries: m.excludedCountries,
    additionalCode: m.additionalCode,
    notes: m.notes,
  };
}

/** Tariff request fields → landed-cost request fields, for errors. */
const FIELD: Record<string, string> = { code: "hs_code", origin_country: "origin_country", destination_country: "destination_country", as_of: "date" };

function isServiceError(err: unknown): err is grpc.ServiceError {
  return typeof (err as grpc.ServiceError)?.code === "number" && (err as grpc.ServiceError).metadata instanceof grpc.Metadata;
}

/** Bad-input answers of the tariff service become this service's own bad-input errors. */
function translate(err: unknown): never {
  if (isServiceError(err)) {
    const field = FIELD[errorField(err) ?? ""] ?? errorField(err);
    if (err.code === grpc.status.INVALID_ARGUMENT) throw new InputError(field ?? "request", err.details.replace(/^[a-z_]+: /, ""));
    if (err.code === grpc.status.NOT_FOUND) throw new NotFoundError(err.details, field ?? "hs_code");
  }
  throw err;
}

export class GrpcTariff implements TariffPort {
  private countryCache?: { at: number; map: Map<string, string> };

  constructor(private readonly client: tariffV1.TariffServiceClient, private readonly deadlineMs = 5000) {}

  async dutyRates(code: string, origin: string, destination: string, date: string): Promise<TariffFacts> {
    const r = await call(this.client, this.client.getDutyRates, { code, originCountry: origin, destinationCountry: destination, asOf: date }, this.deadlineMs).catch(translate);
    return {
      schedule: r.scheduleUsed,
      code: r.commodity?.code ?? code,
      description: r.commodity?.fullDescription || r.commodity?.description || "",
      declarable: r.commodity?.declarable ?? false,
      applicable: r.applicable ? measureFromProto(r.applicable) : undefined,
      measures: r.measures.map(measureFromProto),
      vat: r.vat ? { country: r.vat.country, ratePercent: r.vat.ratePercent, validityStart: r.vat.validityStart, source: r.vat.source } : undefined,
      warnings: r.warnings,
      dataVersion: r.dataVersion,
    };
  }

  async exchangeRate(currency: string, date: string): Promise<EcbRate | undefined> {
    try {
      const r = await call(this.client, this.client.getExchangeRate, { currency, asOf: date }, this.deadlineMs);
      return { currency: r.currency, perEur: r.perEur, rateDate: r.rateDate, source: r.source };
    } catch (err) {
      if (isServiceError(err) && err.code === grpc.status.NOT_FOUND) return undefined;
      return translate(err);
    }
  }

  async countries(): Promise<Map<string, string>> {
    if (this.countryCache && Date.now() - this.countryCache.at < 3_600_000) return this.countryCache.map;
    const r = await call(this.client, this.client.listCountries, {}, this.deadlineMs);
    const map = new Map(r.countries.map((c) => [c.alpha2, c.currency]));
    if (map.size > 0) this.countryCache = { at: Date.now(), map };
    return map;
  }
}
