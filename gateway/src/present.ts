import { commonV1, tariffV1 } from "@openhs/proto";

/** proto → REST JSON (snake_case, enums as readable strings, no empty optional noise). */

export const SCHEDULE_NAMES: Record<string, tariffV1.Schedule> = {
  hs: tariffV1.Schedule.SCHEDULE_HS,
  hs2022: tariffV1.Schedule.SCHEDULE_HS,
  hs2017: tariffV1.Schedule.SCHEDULE_HS2017,
  us: tariffV1.Schedule.SCHEDULE_US,
  eu: tariffV1.Schedule.SCHEDULE_EU,
  uk: tariffV1.Schedule.SCHEDULE_UK,
  jp: tariffV1.Schedule.SCHEDULE_JP,
  au: tariffV1.Schedule.SCHEDULE_AU,
  no: tariffV1.Schedule.SCHEDULE_NO,
};

export function scheduleName(s: tariffV1.Schedule): string {
  return tariffV1.scheduleToJSON(s).replace(/^SCHEDULE_/, "");
}
export function levelName(l: tariffV1.Level): string {
  return tariffV1.levelToJSON(l).replace(/^LEVEL_/, "").toLowerCase();
}
export const LEVEL_NAMES = ["section", "chapter", "heading", "subheading", "tariff_line", "statistical", "group"] as const;
export function levelFromName(name: string): tariffV1.Level {
  return tariffV1.levelFromJSON(`LEVEL_${name.toUpperCase()}`);
}

export function commodity(c: tariffV1.Commodity | undefined) {
  if (!c) return null;
  return {
    code: c.code,
    formatted_code: c.formattedCode,
    schedule: scheduleName(c.schedule),
    level: levelName(c.level),
    description: c.description,
    full_description: c.fullDescription,
    section: c.section,
    units: c.units,
    declarable: c.declarable,
    validity_start: c.validityStart || null,
    validity_end: c.validityEnd || null,
    source: c.source,
    suffix: c.suffix || undefined,
    has_children: c.hasChildren,
  };
}

function component(c: commonV1.DutyComponent | undefined) {
  if (!c) return undefined;
  return {
    type: c.type === commonV1.DutyComponent_Type.TYPE_AD_VALOREM ? "ad_valorem" : "specific",
    ...(c.percent ? { percent: c.percent } : {}),
    ...(c.amount ? { amount: c.amount, currency: c.currency, unit: c.unit } : {}),
    ...(c.unitText ? { unit_text: c.unitText } : {}),
    ...(c.percentFraction ? { percent_fraction: c.percentFraction } : {}),
    ...(c.appliesTo ? { applies_to: c.appliesTo } : {}),
    ...(c.over ? { over: c.over } : {}),
    ...(c.subtract ? { subtract: true } : {}),
    ...(c.perEach ? { per_each: c.perEach } : {}),
  };
}

export function dutyExpression(e: commonV1.DutyExpression | undefined) {
  if (!e) return null;
  return {
    kind: commonV1.dutyExpression_KindToJSON(e.kind).replace(/^KIND_/, "").toLowerCase(),
    text: e.text,
    components: e.components.map(component),
    ...(e.minimum ? { minimum: component(e.minimum) } : {}),
    ...(e.maximum ? { maximum: component(e.maximum) } : {}),
    ...(e.adjustments.length ? { adjustments: e.adjustments.map(component) } : {}),
    ...(e.conditions.length ? { conditions: e.conditions } : {}),
    ...(e.reason ? { reason: e.reason } : {}),
  };
}

export function measure(m: tariffV1.DutyMeasure | undefined) {
  if (!m) return null;
  return {
    measure_type: m.measureType,
    geographical_area: m.geographicalArea,
    duty_expression_text: m.dutyExpressionText,
    duty_expression: dutyExpression(m.dutyExpression),
    programs: m.programs.map((p) => ({ code: p.code, name: p.name, legal_reference: p.legalReference })),
    commodity_code: m.commodityCode,
    validity_start: m.validityStart || null,
    validity_end: m.validityEnd || null,
    source: m.source,
    applies_to_origin: m.appliesToOrigin,
    ...(m.legalBasis ? { legal_basis: m.legalBasis } : {}),
    ...(m.dataDate ? { data_date: m.dataDate } : {}),
    confidence: tariffV1.measureConfidenceToJSON(m.confidence).replace(/^MEASURE_CONFIDENCE_/, "").toLowerCase(),
    ...(m.licence ? { licence: m.licence } : {}),
    ...(m.excludedCountries.length ? { excluded_countries: m.excludedCountries } : {}),
    ...(m.additionalCode ? { additional_code: m.additionalCode } : {}),
    ...(m.notes.length ? { notes: m.notes } : {}),
  };
}

export function vat(v: tariffV1.VatRate | undefined) {
  if (!v) return null;
  return {
    country: v.country,
    rate_type: v.rateType,
    rate_percent: v.ratePercent,
    validity_start: v.validityStart || null,
    validity_end: v.validityEnd || null,
    source: v.source,
    description: v.description || undefined,
  };
}
