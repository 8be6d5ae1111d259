import { landedCostV1 } from "@openhs/proto";
import { unary, type Logger } from "@openhs/shared";
import type { CalculationAnswer, LandedCostApp } from "../app.js";
import { formatMoney, plain, type Dec } from "../domain/money.js";
import type { Component, Confidence, DeMinimisOutcome, Incoterm, TransportMode } from "../domain/types.js";

/** proto ↔ domain mapping for LandedCostService. */

const INCOTERMS: Record<number, Incoterm | undefined> = {
  [landedCostV1.Incoterm.INCOTERM_EXW]: "EXW",
  [landedCostV1.Incoterm.INCOTERM_FCA]: "FCA",
  [landedCostV1.Incoterm.INCOTERM_FAS]: "FAS",
  [landedCostV1.Incoterm.INCOTERM_FOB]: "FOB",
  [landedCostV1.Incoterm.INCOTERM_CFR]: "CFR",
  [landedCostV1.Incoterm.INCOTERM_CIF]: "CIF",
  [landedCostV1.Incoterm.INCOTERM_CPT]: "CPT",
  [landedCostV1.Incoterm.INCOTERM_CIP]: "CIP",
  [landedCostV1.Incoterm.INCOTERM_DAP]: "DAP",
  [landedCostV1.Incoterm.INCOTERM_DPU]: "DPU",
  [landedCostV1.Incoterm.INCOTERM_DDP]: "DDP",
};

const MODES: Record<number, TransportMode | undefined> = {
  [landedCostV1.TransportMode.TRANSPORT_MODE_SEA]: "sea",
  [landedCostV1.TransportMode.TRANSPORT_MODE_AIR]: "air",
  [landedCostV1.TransportMode.TRANSPORT_MODE_ROAD]: "road",
  [landedCostV1.TransportMode.TRANSPORT_MODE_RAIL]: "rail",
  [landedCostV1.TransportMode.TRANSPORT_MODE_POSTAL]: "postal",
  [landedCostV1.TransportMode.TRANSPORT_MODE_COURIER]: "courier",
};

const TYPE: Record<Component["type"], landedCostV1.CostComponentType> = {
  customs_value: landedCostV1.CostComponentType.COST_COMPONENT_TYPE_CUSTOMS_VALUE,
  duty: landedCostV1.CostComponentType.COST_COMPONENT_TYPE_DUTY,
  preferential_duty: landedCostV1.CostComponentType.COST_COMPONENT_TYPE_PREFERENTIAL_DUTY,
  additional_duty: landedCostV1.CostComponentType.COST_COMPONENT_TYPE_ADDITIONAL_DUTY,
  anti_dumping: landedCostV1.CostComponentType.COST_COMPONENT_TYPE_ANTI_DUMPING,
  vat: landedCostV1.CostComponentType.COST_COMPONENT_TYPE_VAT,
  gst: landedCostV1.CostComponentType.COST_COMPONENT_TYPE_GST,
  sales_tax: landedCostV1.CostComponentType.COST_COMPONENT_TYPE_SALES_TAX,
  fee: landedCostV1.CostComponentType.COST_COMPONENT_TYPE_FEE,
  de_minimis: landedCostV1.CostComponentType.COST_COMPONENT_TYPE_DE_MINIMIS,
  shipping: landedCostV1.CostComponentType.COST_COMPONENT_TYPE_SHIPPING,
  insurance: landedCostV1.CostComponentType.COST_COMPONENT_TYPE_INSURANCE,
};

const CONFIDENCE: Record<Confidence, landedCostV1.Confidence> = {
  high: landedCostV1.Confidence.CONFIDENCE_HIGH,
  medium: landedCostV1.Confidence.CONFIDENCE_MEDIUM,
  low: landedCostV1.Confidence.CONFIDENCE_LOW,
  unavailable: landedCostV1.Confidence.CONFIDENCE_UNAVAILABLE,
};

const DM_STATUS: Record<DeMinimisOutcome["status"], landedCostV1.DeMinimisStatus> = {
  applies: landedCostV1.DeMinimisStatus.DE_MINIMIS_STATUS_APPLIES,
  exceeded: landedCostV1.DeMinimisStatus.DE_MINIMIS_STATUS_EXCEEDED,
  not_available: landedCostV1.DeMinimisStatus.DE_MINIMIS_STATUS_NOT_AVAILABLE,
  unknown: landedCostV1.DeMinimisStatus.DE_MINIMIS_STATUS_UNKNOWN,
};

const KIND_TO_PROTO: Record<string, number> = { free: 1, ad_valorem: 2, specific: 3, compound: 4, reference: 5, no_change: 6, unparsed: 7, derived: 8 };

export function toProto(answer: CalculationAnswer): landedCostV1.CalculateLandedCostResponse {
  const r = answer.result;
  const cur = r.currency;
  const money = (d: Dec | undefined) => (d === undefined ? undefined : { currency: cur, amount: formatMoney(d, cur) });
  const comp = (c: NonNullable<Component["expression"]>["components"][number]) => ({
    type: c.type === "ad_valorem" ? 1 : 2,
    percent: c.percent ?? "",
    amount: c.amount ?? "",
    currency: c.currency ?? "",
    unit: c.unit ?? "",
    appliesTo: c.appliesTo ?? "",
    percentFraction: "",
    unitText: c.unitText ?? "",
    over: c.over ?? "",
    subtract: c.subtract ?? false,
    perEach: c.perEach ?? "",
  });
  const dm = (o: DeMinimisOutcome): landedCostV1.DeMinimisRule => ({
    status: DM_STATUS[o.status],
    threshold: o.threshold ? { currency: o.threshold.currency, amount: formatMoney(o.threshold.amount, o.threshold.currency) } : undefined,
    comparedValue: o.comparedValue ? { currency: o.comparedValue.currency, amount: formatMoney(o.comparedValue.amount, o.comparedValue.currency) } : undefined,
    valueBasis: o.valueBasis,
    waived: o.waived,
    legalBasis: o.legalBasis,
    sourceUrl: o.sourceUrl,
    validFrom: o.validFrom,
    reviewed: o.reviewed,
    reason: o.reason,
  });
  const t = r.totals;
  const c = answer.classification;
  return {
    hsCode: (c?.hsCode ?? r.code).slice(0, 6),
    nationalCode: r.code.length > 6 ? r.code : "",
    classification: c ? { classificationId: c.id, final: c.final, confidence: c.confidence, missingAttributes: c.missingAttributes } : undefined,
    currency: cur,
    components: r.components.map((x) => ({
      type: TYPE[x.type],
      code: x.code,
      label: x.label,
      rate: x.rate,
      rateExpression: x.expression
        ? {
            kind: KIND_TO_PROTO[x.expression.kind] ?? 0,
            components: x.expression.components.map(comp),
            minimum: x.expression.minimum ? comp(x.expression.minimum) : undefined,
            maximum: x.expression.maximum ? comp(x.expression.maximum) : undefined,
            reason: x.expression.reason ?? "",
            text: x.expression.text,
            adjustments: (x.expression.adjustments ?? []).map(comp),
            conditions: x.expression.conditions ?? [],
          }
        : undefined,
      base: money(x.base),
      amount: money(x.amount),
      legalBasis: x.legalBasis,
      source: x.source,
      dataDate: x.dataDate,
      confidence: CONFIDENCE[x.confidence],
      licence: x.licence,
      sourceUrl: x.sourceUrl,
      note: x.note,
    })),
    totals: {
      goodsValue: money(t.goodsValue),
      shipping: money(t.shipping),
      insurance: money(t.insurance),
      customsValue: money(t.customsValue),
      duties: money(t.duties),
      taxes: money(t.taxes),
      fees: money(t.fees),
      dutiesAndTaxes: money(t.dutiesAndTaxes),
      landedCost: money(t.landedCost),
      landedCostPerUnit: money(t.landedCostPerUnit),
      complete: t.complete,
    },
    valuationBasis: r.valuationBasis === "FOB" ? landedCostV1.ValuationBasis.VALUATION_BASIS_FOB : landedCostV1.ValuationBasis.VALUATION_BASIS_CIF,
    exchangeRates: r.exchangeRates.map((x) => ({ fromCurrency: x.from, toCurrency: x.to, rate: plain(x.rate), rateDate: x.rateDate, source: x.source })),
    deMinimis: { duty: dm(r.deMinimis.duty), tax: dm(r.deMinimis.tax) },
    warnings: r.warnings,
    date: r.date,
    dataVersion: r.dataVersion,
    valuationLegalBasis: r.valuationLegalBasis,
    schedule: r.schedule,
    description: r.description,
  };
}

export function landedCostHandlers(app: LandedCostApp, logger: Logger): landedCostV1.LandedCostServiceServer {
  return {
    calculateLandedCost: unary(async (req: landedCostV1.CalculateLandedCostRequest) => {
      const answer = await app.calculate({
        hsCode: req.hsCode,
        product: req.product,
        originCountry: req.originCountry,
        destinationCountry: req.destinationCountry,
        unitValue: req.unitValue,
        quantity: req.quantity,
        weightKg: req.weightKg,
        currency: req.currency,
        shipping: req.shipping,
        insurance: req.insurance,
        incoterm: INCOTERMS[req.incoterm],
        date: req.date,
        supplementaryQuantities: req.supplementaryQuantities,
        ignorePreferences: req.ignorePreferences,
        transportMode: MODES[req.transportMode],
      });
      return toProto(answer);
    }, logger),
  };
}
