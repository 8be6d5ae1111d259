import { commonV1, tariffV1 } from "@openhs/proto";
import { InputError, NotFoundError, grpc, parseAsOf, toServiceError, unary, type Logger } from "@openhs/shared";
import type { Catalog } from "../domain/catalog.js";
import type { AppliedMeasure } from "../domain/duty.js";
import type { DutyComponent, DutyExpression } from "../domain/duty-expression.js";
import type { Commodity, Level, Schedule } from "../domain/nomenclature.js";

/** proto ↔ domain mapping for TariffService. */

const SCHEDULE_FROM_PROTO: Record<number, Schedule> = {
  [tariffV1.Schedule.SCHEDULE_UNSPECIFIED]: "HS2022",
  [tariffV1.Schedule.SCHEDULE_HS]: "HS2022",
  [tariffV1.Schedule.SCHEDULE_HS2017]: "HS2017",
  [tariffV1.Schedule.SCHEDULE_US]: "US",
  [tariffV1.Schedule.SCHEDULE_EU]: "EU",
  [tariffV1.Schedule.SCHEDULE_UK]: "UK",
  [tariffV1.Schedule.SCHEDULE_JP]: "JP",
  [tariffV1.Schedule.SCHEDULE_AU]: "AU",
  [tariffV1.Schedule.SCHEDULE_NO]: "NO",
};
const SCHEDULE_TO_PROTO: Record<string, tariffV1.Schedule> = {
  HS2022: tariffV1.Schedule.SCHEDULE_HS,
  HS2017: tariffV1.Schedule.SCHEDULE_HS2017,
  US: tariffV1.Schedule.SCHEDULE_US,
  EU: tariffV1.Schedule.SCHEDULE_EU,
  UK: tariffV1.Schedule.SCHEDULE_UK,
  JP: tariffV1.Schedule.SCHEDULE_JP,
  AU: tariffV1.Schedule.SCHEDULE_AU,
  NO: tariffV1.Schedule.SCHEDULE_NO,
};
const LEVEL_TO_PROTO: Record<Level, tariffV1.Level> = {
  section: tariffV1.Level.LEVEL_SECTION,
  chapter: tariffV1.Level.LEVEL_CHAPTER,
  heading: tariffV1.Level.LEVEL_HEADING,
  subheading: tariffV1.Level.LEVEL_SUBHEADING,
  tariff_line: tariffV1.Level.LEVEL_TARIFF_LINE,
  statistical: tariffV1.Level.LEVEL_STATISTICAL,
  group: tariffV1.Level.LEVEL_GROUP,
};
const LEVEL_FROM_PROTO = Object.fromEntries(Object.entries(LEVEL_TO_PROTO).map(([k, v]) => [v, k as Level])) as Record<number, Level>;

function schedule(v: number): Schedule {
  const s = SCHEDULE_FROM_PROTO[v];
  if (!s) throw new InputError("schedule", `unknown schedule ${v}`);
  return s;
}

export function commodityToProto(c: Commodity): tariffV1.Commodity {
  return {
    code: c.code,
    formattedCode: c.formattedCode,
    schedule: SCHEDULE_TO_PROTO[c.schedule] ?? tariffV1.Schedule.SCHEDULE_NATIONAL,
    level: LEVEL_TO_PROTO[c.level] ?? tariffV1.Level.LEVEL_UNSPECIFIED,
    description: c.description,
    fullDescription: c.fullDescription,
    section: c.section,
    units: c.units,
    declarable: c.declarable,
    validityStart: c.validityStart,
    validityEnd: c.validityEnd,
    source: c.sourceId,
    suffix: c.suffix,
    hasChildren: c.hasChildren,
    indent: c.indent,
  };
}

const KIND: Record<DutyExpression["kind"], commonV1.DutyExpression_Kind> = {
  free: commonV1.DutyExpression_Kind.KIND_FREE,
  ad_valorem: commonV1.DutyExpression_Kind.KIND_AD_VALOREM,
  specific: commonV1.DutyExpression_Kind.KIND_SPECIFIC,
  compound: commonV1.DutyExpression_Kind.KIND_COMPOUND,
  reference: commonV1.DutyExpression_Kind.KIND_REFERENCE,
  no_change: commonV1.DutyExpression_Kind.KIND_NO_CHANGE,
  unparsed: commonV1.DutyExpression_Kind.KIND_UNPARSED,
  derived: commonV1.DutyExpression_Kind.KIND_DERIVED,
};

function componentToProto(c: DutyComponent): commonV1.DutyComponent {
  return {
    type: c.type === "ad_valorem" ? commonV1.DutyComponent_Type.TYPE_AD_VALOREM : commonV1.DutyComponent_Type.TYPE_SPECIFIC,
    percent: c.percent ?? "",
    amount: c.amount ?? "",
    currency: c.currency ?? "",
    unit: c.unit ?? "",
    appliesTo: c.appliesTo ?? "",
    percentFraction: c.percentFraction ?? "",
    unitText: c.unitText ?? "",
    over: c.over ?? "",
    subtract: c.subtract ?? false,
    perEach: c.perEach ?? "",
  };
}

export function expressionToProto(e: DutyExpression): commonV1.DutyExpression {
  return {
    kind: KIND[e.kind] ?? commonV1.DutyExpression_Kind.KIND_UNSPECIFIED,
    components: e.components.map(componentToProto),
    minimum: e.minimum ? componentToProto(e.minimum) : undefined,
    maximum: e.maximum ? componentToProto(e.maximum) : undefined,
    reason: e.reason ?? "",
    text: e.text,
    adjustments: (e.adjustments ?? []).map(componentToProto),
    conditions: e.conditions ?? [],
  };
}

const CONFIDENCE_TO_PROTO: Record<string, tariffV1.MeasureConfidence> = {
  high: tariffV1.MeasureConfidence.MEASURE_CONFIDENCE_HIGH,
  medium: tariffV1.MeasureConfidence.MEASURE_CONFIDENCE_MEDIUM,
  low: tariffV1.MeasureConfidence.MEASURE_CONFIDENCE_LOW,
};

function measureToProto(m: AppliedMeasure, licences: ReadonlyMap<string, string>): tariffV1.DutyMeasure {
  return {
    measureType: m.measureType,
    geographicalArea: m.geographicalArea,
    programs: m.programs.map((code) => {
      const info = m.programInfo.find((p) => p.code === code || p.code === code.replace(/[*+]$/, ""));
      return { code, name: info?.name ?? "", countries: info?.countries ?? [], legalReference: info?.legalReference ?? "" };
    }),
    dutyExpressionText: m.dutyExpressionText,
    dutyExpression: expressionToProto(m.dutyExpression),
    commodityCode: m.commodityCode,
    validityStart: m.validityStart ?? "",
    validityEnd: m.validityEnd ?? "",
    source: m.sourceId,
    appliesToOrigin: m.appliesToOrigin,
    legalBasis: m.legalBasis ?? "",
    dataDate: m.dataDate ?? m.validityStart ?? "",
    confidence: CONFIDENCE_TO_PROTO[m.confidence ?? "high"] ?? tariffV1.MeasureConfidence.MEASURE_CONFIDENCE_HIGH,
    licence: licences.get(m.sourceId) ?? "",
    excludedCountries: m.excludedCountries ?? [],
    additionalCode: m.additionalCode ?? "",
    notes: m.notes ?? [],
  };
}

/** A holder so the catalog can be swapped on reload without rebuilding the server. */
export interface CatalogHolder {
  catalog: Catalog;
}

export function tariffHandlers(holder: CatalogHolder, logger: Logger): tariffV1.TariffServiceServer {
  const cat = () => holder.catalog;
  return {
    getCommodity: unary((req: tariffV1.GetCommodityRequest) => {
      const found = cat().lookup(schedule(req.schedule), req.code, parseAsOf(req.asOf));
      return {
        commodity: commodityToProto(found.commodity),
        ancestors: found.ancestors.map(commodityToProto),
        // Children in short form (the contract allows an empty full_description there).
        children: found.children.map((c) => ({ ...commodityToProto(c), fullDescription: "" })),
        dataVersion: cat().dataVersion,
      };
    }, logger),
    listChildren: unary((req: tariffV1.ListChildrenRequest) => {
      const r = cat().children(schedule(req.schedule), req.code.trim() || undefined, parseAsOf(req.asOf));
      return { parent: r.parent ? commodityToProto(r.parent) : undefined, children: r.children.map(commodityToProto) };
    }, logger),
    searchCommodities: unary((req: tariffV1.SearchCommoditiesRequest) => {
      const levels = new Set(req.levels.map((l) => LEVEL_FROM_PROTO[l]).filter((l): l is Level => !!l));
      const r = cat().search(schedule(req.schedule), req.query, req.limit, parseAsOf(req.asOf), levels);
      return {
        total: r.total,
        hits: r.hits.map((h) => ({ commodity: commodityToProto(h.commodity), score: h.score, matchedTerms: h.matchedTerms })),
      };
    }, logger),
    validateCode: unary((req: tariffV1.ValidateCodeRequest) => {
      const sched = req.schedule === tariffV1.Schedule.SCHEDULE_UNSPECIFIED ? undefined : schedule(req.schedule);
      const r = cat().validate(req.code, sched, req.destinationCountry || undefined, parseAsOf(req.asOf));
      return {
        valid: r.valid,
        exists: r.exists,
        normalizedCode: r.normalizedCode,
        level: r.commodity ? LEVEL_TO_PROTO[r.commodity.level] : tariffV1.Level.LEVEL_UNSPECIFIED,
        editions: r.editions,
        replacedBy: r.replacedBy.map((x) => ({ hs2022Code: x.hs2022, relationship: x.relationship, description: x.description })),
        declarableForDestination: r.declarableForDestination,
        nationalSchedule: r.nationalSchedule,
        messages: r.messages,
        commodity: r.commodity ? commodityToProto(r.commodity) : undefined,
      };
    }, logger),
    getDutyRates: unary((req: tariffV1.GetDutyRatesRequest) => {
      const r = cat().dutyRates(req.code, req.originCountry || undefined, req.destinationCountry || "US", parseAsOf(req.asOf));
      const licences = cat().licences;
      return {
        commodity: commodityToProto(r.commodity),
        scheduleUsed: r.scheduleUsed,
        measures: r.measures.map((m) => measureToProto(m, licences)),
        applicable: r.applicable ? measureToProto(r.applicable, licences) : undefined,
        vat: r.vat ? vatToProto(r.vat) : undefined,
        warnings: r.warnings,
        dataVersion: cat().dataVersion,
      };
    }, logger),
    getVatRate: unary((req: tariffV1.GetVatRateRequest) => {
      const country = cat().country(req.country, "country", true)!;
      const asOf = parseAsOf(req.asOf);
      const rate = cat().vatRate(country, asOf, req.rateType || "standard");
      if (!rate) throw new NotFoundError(`no ${req.rateType || "standard"} VAT/GST rate known for ${country} on ${asOf}`, "country");
      return { rate: vatToProto(rate), otherRates: cat().vatRates(country, asOf).filter((v) => v !== rate).map(vatToProto) };
    }, logger),
    getLegalNotes: unary((req: tariffV1.GetLegalNotesRequest) => ({
      notes: cat().legalNotes(req.code).map((n) => ({ kind: n.kind, number: n.number, label: n.label, text: n.text, referencedHeadings: n.referencedHeadings })),
    }), logger),
    getExchangeRate: unary((req: tariffV1.GetExchangeRateRequest) => {
      const r = cat().exchangeRate(req.currency, parseAsOf(req.asOf));
      return { currency: r.currency, perEur: r.perEur, rateDate: r.rateDate, source: r.sourceId };
    }, logger),
    listCountries: unary(() => ({
      countries: cat().listCountries().map((c) => ({ alpha2: c.alpha2, alpha3: c.alpha3 ?? "", name: c.name, currency: c.currency ?? "" })),
    }), logger),
    getDataVersion: unary(() => ({
      dataVersion: cat().dataVersion,
      sources: cat().sources.map((s) => ({ id: s.id, description: s.description, importedAt: s.importedAt, rowCounts: s.rowCounts })),
    }), logger),
    streamNomenclature: (call: grpc.ServerWritableStream<tariffV1.StreamNomenclatureRequest, tariffV1.StreamNomenclatureResponse>) => {
      try {
        const sched = schedule(call.request.schedule);
        const it = cat().nomenclature.all(sched);
        // Respect back-pressure: pause writing while the stream buffer is full.
        const pump = () => {
          for (;;) {
            if (call.cancelled) return;
            const next = it.next();
            if (next.done) return call.end();
            if (!call.write({ commodity: commodityToProto(next.value) })) return call.once("drain", pump);
          }
        };
        pump();
      } catch (err) {
        call.destroy(toServiceError(err, logger));
      }
    },
  };
}

function vatToProto(v: { country: string; rateType: string; ratePercent: string; validityStart: string; validityEnd: string | null; sourceId: string; description: string | null }): tariffV1.VatRate {
  return {
    country: v.country,
    rateType: v.rateType,
    ratePercent: v.ratePercent,
    validityStart: v.validityStart,
    validityEnd: v.validityEnd ?? "",
    source: v.sourceId,
    description: v.description ?? "",
  };
}
