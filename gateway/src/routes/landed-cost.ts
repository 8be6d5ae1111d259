import type { FastifyInstance } from "fastify";
import { classifierV1, landedCostV1, type commonV1 } from "@openhs/proto";
import { HttpError, toHttpError } from "../errors.js";
import { callUnary, type Clients } from "../grpc-clients.js";
import { dutyExpression } from "../present.js";
import { errorSchema } from "./tariff.js";

/** POST /v1/landed-cost: what an import really costs, every figure with its rate, base, legal basis, source and date. */

type Amount = string | number;

export interface LandedCostBody {
  hs_code?: string;
  product?: { product_name: string; description?: string; material?: string; category?: string; processing?: string; composition?: string; weight_spec?: string; attributes?: Record<string, string> };
  origin_country: string;
  destination_country: string;
  value: Amount;
  quantity?: Amount;
  weight_kg?: Amount;
  currency: string;
  shipping?: Amount;
  insurance?: Amount;
  incoterm?: string;
  transport_mode?: string;
  date?: string;
  supplementary_quantities?: Record<string, Amount>;
  ignore_preferences?: boolean;
}

const INCOTERMS = ["EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP"] as const;
const MODES = ["sea", "air", "road", "rail", "postal", "courier"] as const;

const amount = (description: string) => ({
  type: ["string", "number"],
  description: `${description}. A decimal string such as "12.50" is exact; a JSON number is read as its shortest decimal form.`,
  pattern: "^-?\\d+(\\.\\d+)?$",
});

/** The figures of the README / test worked example: 1,000 cotton T-shirts from China into the US. */
const exampleRequest = {
  hs_code: "6109.10.00.12",
  origin_country: "CN",
  destination_country: "US",
  value: "4.50",
  quantity: "1000",
  weight_kg: "180",
  currency: "USD",
  shipping: "300",
  incoterm: "FOB",
  transport_mode: "sea",
  date: "2026-03-02",
};

export const landedCostBodySchema = {
  type: "object",
  additionalProperties: false,
  required: ["origin_country", "destination_country", "value", "currency"],
  properties: {
    hs_code: { type: "string", minLength: 1, maxLength: 32, description: "HS 6-digit or national (8–10 digit) code of the destination; dots and spaces ignored. Required unless `product` is given." },
    product: {
      type: "object",
      additionalProperties: false,
      required: ["product_name"],
      description: "A product to classify first (instead of hs_code)",
      properties: {
        product_name: { type: "string", minLength: 1, maxLength: 500 },
        description: { type: "string", maxLength: 5000 },
        material: { type: "string", maxLength: 5000 },
        category: { type: "string", maxLength: 5000 },
        processing: { type: "string", maxLength: 5000 },
        composition: { type: "string", maxLength: 5000 },
        weight_spec: { type: "string", maxLength: 5000 },
        attributes: { type: "object", additionalProperties: { type: "string", maxLength: 1000 }, maxProperties: 100 },
      },
    },
    origin_country: { type: "string", pattern: "^[A-Za-z]{2}$", description: "Country of origin, ISO 3166-1 alpha-2" },
    destination_country: { type: "string", pattern: "^[A-Za-z]{2}$", description: "Country of importation, ISO 3166-1 alpha-2 (for the EU: the member state)" },
    value: amount("Invoice value of ONE unit in `currency`"),
    quantity: amount("Number of units (default 1)"),
    weight_kg: amount("Total net weight in kg (for duties per kg)"),
    currency: { type: "string", pattern: "^[A-Za-z]{3}$", description: "ISO 4217 currency of value, shipping and insurance" },
    shipping: amount("Freight to the destination for the whole shipment"),
    insurance: amount("Insurance for the whole shipment"),
    incoterm: { type: "string", enum: [...INCOTERMS], description: "Incoterms 2020 of the invoice value (default FOB): decides what the value already includes" },
    transport_mode: { type: "string", enum: [...MODES], description: "How the goods arrive (the US harbor maintenance fee applies to sea cargo)" },
    date: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "Date of importation (default today): rates, thresholds and exchange rates of that date" },
    supplementary_quantities: {
      type: "object",
      maxProperties: 20,
      additionalProperties: amount("Shipment total in that unit"),
      description: "Quantities in other units for specific duties, e.g. {\"liter\": \"750\", \"pf_liter\": \"300\", \"pair\": \"120\"}",
    },
    ignore_preferences: { type: "boolean", description: "Do not claim preferential rates (charge the general / MFN rate)" },
  },
  examples: [exampleRequest],
};

const money = { type: ["string", "null"], description: "Decimal string in the answer's currency, rounded to its minor unit; null when unavailable" };
const dmRule = {
  type: "object",
  properties: {
    status: { type: "string", enum: ["applies", "exceeded", "not_available", "unknown"] },
    threshold: { type: ["object", "null"], properties: { amount: { type: "string" }, currency: { type: "string" } } },
    compared_value: { type: ["object", "null"], properties: { amount: { type: "string" }, currency: { type: "string" } } },
    value_basis: { type: "string" },
    waived: { type: "boolean" },
    legal_basis: { type: "string" },
    source_url: { type: "string" },
    valid_from: { type: "string" },
    reviewed: { type: "string" },
    reason: { type: "string" },
  },
};
const componentSchema = {
  type: "object",
  properties: {
    type: { type: "string", enum: ["customs_value", "duty", "preferential_duty", "additional_duty", "anti_dumping", "vat", "gst", "sales_tax", "fee", "de_minimis", "shipping", "insurance"] },
    code: { type: "string", description: "MFN, a programme code (AU), a chapter 99 heading (9903.88.03), MPF, HMF, VAT-standard, …" },
    label: { type: "string" },
    rate: { type: "string", description: "Rate as printed in the source, e.g. 16.5%, 4.4¢/kg, 0.3464% (min 33.58 USD, max 651.50 USD)" },
    rate_expression: { type: ["object", "null"], additionalProperties: true, description: "The parsed duty expression" },
    base: money,
    amount: money,
    legal_basis: { type: "string" },
    source: { type: "string", description: "Data source id (see GET /v1/data-version) or the reviewed table" },
    licence: { type: "string" },
    source_url: { type: "string" },
    data_date: { type: "string", description: "Date of the data the figure comes from" },
    confidence: { type: "string", enum: ["high", "medium", "low", "unavailable"] },
    note: { type: "string", description: "How the amount was computed, or why it is unavailable" },
  },
};

const exampleResponse = {
  success: true,
  data: {
    hs_code: "610910",
    national_code: "6109100012",
    schedule: "US",
    currency: "USD",
    date: "2026-03-02",
    valuation_basis: "FOB",
    components: [
      { type: "customs_value", code: "FOB", rate: "", amount: "4500.00", confidence: "high", note: "invoice 4500.00 USD (FOB: international freight and insurance excluded)" },
      { type: "duty", code: "MFN", rate: "16.5%", base: "4500.00", amount: "742.50", source: "us-hts", data_date: "2026-01-01", confidence: "high", note: "16.5% of 4500.00 USD" },
      {
        type: "additional_duty",
        code: "9903.88.15",
        rate: "The duty provided in the applicable subheading + 7.5%",
        base: "4500.00",
        amount: "337.50",
        legal_basis: "Section 301 (Trade Act of 1974), China: List 4A, HTSUS 9903.88.15 (U.S. note 20)",
        source: "us-special-tariffs",
        licence: "MIT (Budget Lab at Yale); product lists and HTSUS are US government works",
        confidence: "medium",
      },
      { type: "fee", code: "MPF", rate: "0.3464% (min 33.58 USD, max 651.50 USD)", base: "4500.00", amount: "33.58", confidence: "medium", note: "0.3464% of 4500.00 USD = 15.59 USD, raised to the minimum 33.58 USD" },
      { type: "fee", code: "HMF", rate: "0.125%", base: "4500.00", amount: "5.63", confidence: "high" },
      { type: "shipping", code: "SHIPPING", amount: "300.00", confidence: "high" },
    ],
    totals: { goods_value: "4500.00", shipping: "300.00", insurance: "0.00", customs_value: "4500.00", duties: "1080.00", taxes: "0.00", fees: "39.21", duties_and_taxes: "1119.21", landed_cost: "5919.21", landed_cost_per_unit: "5.92", complete: true },
    de_minimis: { duty: { status: "not_available", legal_basis: "Executive Order 14324 …" } },
    warnings: [{ code: "NO_IMPORT_VAT", message: "the US levies no import VAT; state and local sales or use taxes are not included" }],
  },
};

export const landedCostDataSchema = {
  type: "object",
  properties: {
    hs_code: { type: "string" },
    national_code: { type: ["string", "null"] },
    description: { type: "string" },
    schedule: { type: "string", description: "Duty schedule used (US, EU, UK, JP, AU, NO, …); HS2022 when the destination has none" },
    classification: {
      type: ["object", "null"],
      properties: { classification_id: { type: "string" }, final: { type: "boolean" }, confidence: { type: "number" }, missing_attributes: { type: "array", items: { type: "string" } } },
    },
    currency: { type: "string", description: "Currency of every amount (the destination's)" },
    date: { type: "string" },
    valuation_basis: { type: "string", enum: ["CIF", "FOB"] },
    valuation_legal_basis: { type: "string" },
    components: { type: "array", items: componentSchema },
    totals: {
      type: "object",
      properties: {
        goods_value: money,
        shipping: money,
        insurance: money,
        customs_value: money,
        duties: money,
        taxes: money,
        fees: money,
        duties_and_taxes: money,
        landed_cost: money,
        landed_cost_per_unit: money,
        complete: { type: "boolean", description: "false: some component could not be computed and the totals are a lower bound" },
      },
    },
    exchange_rates: {
      type: "array",
      items: { type: "object", properties: { from: { type: "string" }, to: { type: "string" }, rate: { type: "string", description: "Units of `to` per 1 `from`, as used" }, rate_date: { type: "string" }, source: { type: "string" } } },
    },
    de_minimis: { type: "object", properties: { duty: dmRule, tax: dmRule } },
    warnings: { type: "array", items: { type: "object", properties: { code: { type: "string" }, message: { type: "string" } } } },
    data_version: { type: "string" },
  },
};

const enumName = (s: string, prefix: string) => s.replace(new RegExp(`^${prefix}`), "").toLowerCase();

/** proto answer → REST JSON (snake_case, one currency, amounts as decimal strings). */
export function presentLandedCost(r: landedCostV1.CalculateLandedCostResponse) {
  const amt = (m: commonV1.Money | undefined) => (m && m.amount !== "" ? m.amount : null);
  const rule = (d: landedCostV1.DeMinimisRule | undefined) =>
    d
      ? {
          status: enumName(landedCostV1.deMinimisStatusToJSON(d.status), "DE_MINIMIS_STATUS_"),
          threshold: d.threshold ? { amount: d.threshold.amount, currency: d.threshold.currency } : null,
          compared_value: d.comparedValue ? { amount: d.comparedValue.amount, currency: d.comparedValue.currency } : null,
          value_basis: d.valueBasis,
          waived: d.waived,
          legal_basis: d.legalBasis,
          source_url: d.sourceUrl,
          valid_from: d.validFrom,
          reviewed: d.reviewed,
          reason: d.reason,
        }
      : null;
  const t = r.totals;
  return {
    hs_code: r.hsCode,
    national_code: r.nationalCode || null,
    description: r.description,
    schedule: r.schedule,
    classification: r.classification
      ? { classification_id: r.classification.classificationId, final: r.classification.final, confidence: r.classification.confidence, missing_attributes: r.classification.missingAttributes }
      : null,
    currency: r.currency,
    date: r.date,
    valuation_basis: enumName(landedCostV1.valuationBasisToJSON(r.valuationBasis), "VALUATION_BASIS_").toUpperCase(),
    valuation_legal_basis: r.valuationLegalBasis,
    components: r.components.map((c) => ({
      type: enumName(landedCostV1.costComponentTypeToJSON(c.type), "COST_COMPONENT_TYPE_"),
      code: c.code,
      label: c.label,
      rate: c.rate,
      rate_expression: dutyExpression(c.rateExpression),
      base: amt(c.base),
      amount: amt(c.amount),
      legal_basis: c.legalBasis,
      source: c.source,
      licence: c.licence,
      source_url: c.sourceUrl,
      data_date: c.dataDate,
      confidence: enumName(landedCostV1.confidenceToJSON(c.confidence), "CONFIDENCE_"),
      note: c.note,
    })),
    totals: {
      goods_value: amt(t?.goodsValue),
      shipping: amt(t?.shipping),
      insurance: amt(t?.insurance),
      customs_value: amt(t?.customsValue),
      duties: amt(t?.duties),
      taxes: amt(t?.taxes),
      fees: amt(t?.fees),
      duties_and_taxes: amt(t?.dutiesAndTaxes),
      landed_cost: amt(t?.landedCost),
      landed_cost_per_unit: amt(t?.landedCostPerUnit),
      complete: t?.complete ?? false,
    },
    exchange_rates: r.exchangeRates.map((x) => ({ from: x.fromCurrency, to: x.toCurrency, rate: x.rate, rate_date: x.rateDate, source: x.source })),
    de_minimis: { duty: rule(r.deMinimis?.duty), tax: rule(r.deMinimis?.tax) },
    warnings: r.warnings.map((w) => ({ code: w.code, message: w.message })),
    data_version: r.dataVersion,
  };
}

const dec = (v: Amount | undefined) => (v === undefined ? "" : String(v));

/** REST body → gRPC request. */
export function landedCostRequest(b: LandedCostBody): landedCostV1.CalculateLandedCostRequest {
  const p = b.product;
  return landedCostV1.CalculateLandedCostRequest.fromPartial({
    hsCode: b.hs_code,
    product: p
      ? {
          productName: p.product_name,
          description: p.description ?? "",
          material: p.material ?? "",
          category: p.category ?? "",
          processing: p.processing ?? "",
          composition: p.composition ?? "",
          weightSpec: p.weight_spec ?? "",
          attributes: p.attributes ?? {},
        }
      : undefined,
    originCountry: b.origin_country.toUpperCase(),
    destinationCountry: b.destination_country.toUpperCase(),
    unitValue: dec(b.value),
    quantity: dec(b.quantity),
    weightKg: dec(b.weight_kg),
    currency: b.currency.toUpperCase(),
    shipping: dec(b.shipping),
    insurance: dec(b.insurance),
    incoterm: b.incoterm ? landedCostV1.incotermFromJSON(`INCOTERM_${b.incoterm}`) : landedCostV1.Incoterm.INCOTERM_UNSPECIFIED,
    transportMode: b.transport_mode ? landedCostV1.transportModeFromJSON(`TRANSPORT_MODE_${b.transport_mode.toUpperCase()}`) : landedCostV1.TransportMode.TRANSPORT_MODE_UNSPECIFIED,
    date: b.date ?? "",
    supplementaryQuantities: Object.fromEntries(Object.entries(b.supplementary_quantities ?? {}).map(([k, v]) => [k, String(v)])),
    ignorePreferences: b.ignore_preferences ?? false,
  });
}

export function requireLandedCostClient(clients: Clients): landedCostV1.LandedCostServiceClient {
  if (!clients.landedCost) throw new HttpError(503, "service_unavailable", "the landed-cost service is not configured");
  return clients.landedCost;
}

export function landedCostRoutes(app: FastifyInstance, clients: Clients, deadlineMs: number) {
  app.post<{ Body: LandedCostBody }>(
    "/v1/landed-cost",
    {
      schema: {
        tags: ["landed cost"],
        summary: "What an import costs: customs value, duties, taxes, fees, de minimis",
        description:
          "Customs value on the destination's basis (CIF or FOB, stated), duty from the parsed duty expression (ad valorem, specific per kg / unit, compound, minimum / maximum), the preferential rate when the origin qualifies (with the programme and the proof-of-origin note), additional duties itemized with source and licence, anti-dumping where known, import VAT / GST on the destination's base, fees (US MPF with its minimum and maximum, HMF on sea cargo), de minimis for duty and tax separately as of the date, and ECB exchange rates as of the date (named). Every component has its rate, base, amount, legal basis, source, data date and confidence; what is unknown has no amount and a warning (e.g. DUTY_UNAVAILABLE) — never a made-up rate. Example: 1,000 cotton T-shirts (HTSUS 6109.10.00.12, 16.5 %) from China by sea, USD 4.50 FOB each, freight USD 300: duty 742.50, Section 301 List 4A 7.5 % = 337.50, MPF 33.58 (minimum), HMF 5.63, landed cost USD 5,919.21.",
        body: landedCostBodySchema,
        response: {
          200: { type: "object", properties: { success: { type: "boolean", const: true }, data: landedCostDataSchema }, examples: [exampleResponse] },
          400: errorSchema,
          404: errorSchema,
          422: errorSchema,
          503: errorSchema,
        },
      },
    },
    async (req) => {
      const b = req.body;
      if (!b.hs_code && !b.product) throw new HttpError(400, "invalid_request", "body.hs_code or body.product is required", "hs_code");
      if (b.hs_code && b.product) throw new HttpError(400, "invalid_request", "give either body.hs_code or body.product, not both", "hs_code");
      const c = requireLandedCostClient(clients);
      const r = await callUnary(c, c.calculateLandedCost, landedCostRequest(b), deadlineMs);
      return { success: true, data: presentLandedCost(r) };
    },
  );
}

/**
 * The landed cost of a classified line, for the classify answer when `goods_value` is given:
 * null without a goods value, `{available: false, unavailable_reason}` when the lane is incomplete
 * or the calculation fails (the classification itself still answers).
 */
export async function landedCostForClassification(
  clients: Clients,
  deadlineMs: number,
  c: classifierV1.Classification | undefined,
  lane: { origin: string; destination: string; goodsValue?: Amount; weightKg?: Amount; currency?: string },
): Promise<ReturnType<typeof presentLandedCost> | { available: false; unavailable_reason: string } | null> {
  if (lane.goodsValue === undefined) return null;
  const code = c?.nationalCode || c?.hsCode;
  if (!code) return { available: false, unavailable_reason: "no code was classified" };
  const missing = [!lane.origin && "origin_country", !lane.destination && "destination_country", !lane.currency && "currency"].filter(Boolean);
  if (missing.length) return { available: false, unavailable_reason: `goods_value needs ${missing.join(", ")} for the landed cost` };
  if (!clients.landedCost) return { available: false, unavailable_reason: "the landed-cost service is not configured" };
  try {
    const req = landedCostRequest({ hs_code: code, origin_country: lane.origin, destination_country: lane.destination, value: lane.goodsValue, weight_kg: lane.weightKg, currency: lane.currency! });
    const r = await callUnary(clients.landedCost, clients.landedCost.calculateLandedCost, req, deadlineMs);
    const out = presentLandedCost(r);
    if (c && c.status !== classifierV1.ClassificationStatus.CLASSIFICATION_STATUS_FINAL) {
      out.warnings.unshift({ code: "CLASSIFICATION_NOT_FINAL", message: `computed for ${code}, which the follow-up questions could still change` });
    }
    return out;
  } catch (err) {
    return { available: false, unavailable_reason: `landed cost failed: ${toHttpError(err).body.error.message}` };
  }
}
