import type { Dec } from "./money.js";

/** Plain domain types of a landed-cost calculation (no protobuf, no I/O). */

export type Incoterm = "EXW" | "FCA" | "FAS" | "FOB" | "CFR" | "CIF" | "CPT" | "CIP" | "DAP" | "DPU" | "DDP";
export type TransportMode = "sea" | "air" | "road" | "rail" | "postal" | "courier";

/** A validated request. Money is in `currency`; quantities are totals for the shipment. */
export interface LandedCostInput {
  /** Digits only (6–10), the code whose rates were looked up. */
  code: string;
  origin: string;
  destination: string;
  unitValue: Dec;
  quantity: Dec;
  weightKg?: Dec;
  currency: string;
  /** Freight to the destination for the whole shipment (see `incoterm` for whether the invoice includes it). */
  shipping?: Dec;
  insurance?: Dec;
  /** Delivery terms of the invoice value; undefined = FOB. */
  incoterm?: Incoterm;
  /** Date of importation, YYYY-MM-DD. */
  date: string;
  /** Other quantities by normalized unit ("liter", "pf_liter", "pair", "each", ...), shipment totals. */
  supplementary: Record<string, Dec>;
  ignorePreferences: boolean;
  transportMode?: TransportMode;
}

// ---------------------------------------------------------------------------------------------
// Duty expressions (the plain form of hs.common.v1.DutyExpression)

export interface DutyComponent {
  type: "ad_valorem" | "specific";
  percent?: string;
  amount?: string;
  currency?: string;
  unit?: string;
  unitText?: string;
  appliesTo?: string;
  over?: string;
  subtract?: boolean;
  perEach?: string;
}

export type DutyKind = "free" | "ad_valorem" | "specific" | "compound" | "reference" | "derived" | "no_change" | "unparsed";

export interface DutyExpression {
  kind: DutyKind;
  text: string;
  components: DutyComponent[];
  minimum?: DutyComponent;
  maximum?: DutyComponent;
  adjustments?: DutyComponent[];
  conditions?: string[];
  reason?: string;
}

export type Confidence = "high" | "medium" | "low" | "unavailable";

export interface ProgramRef {
  code: string;
  name: string;
  countries: string[];
  legalReference: string;
}

/** A duty measure as the tariff service answers it. */
export interface Measure {
  measureType: "general" | "preferential" | "column2" | "additional" | "anti_dumping" | string;
  geographicalArea: string;
  programs: ProgramRef[];
  text: string;
  expression: DutyExpression;
  commodityCode: string;
  validityStart: string;
  source: string;
  appliesToOrigin: boolean;
  legalBasis: string;
  dataDate: string;
  confidence: Exclude<Confidence, "unavailable"> | "";
  licence: string;
  excludedCountries: string[];
  additionalCode: string;
  notes: string[];
}

export interface VatFact {
  country: string;
  ratePercent: string;
  validityStart: string;
  source: string;
}

/** What the tariff service knows about the goods for the lane and date. */
export interface TariffFacts {
  /** Schedule the rates come from ("US", "EU", ...); "HS2022" when the destination has none. */
  schedule: string;
  code: string;
  description: string;
  declarable: boolean;
  applicable?: Measure;
  measures: Measure[];
  vat?: VatFact;
  warnings: string[];
  dataVersion: string;
}

/** ECB reference rate: units of `currency` per 1 EUR on `rateDate`. */
export interface EcbRate {
  currency: string;
  perEur: string;
  rateDate: string;
  source: string;
}

// ---------------------------------------------------------------------------------------------
// Reviewed rule tables (services/landed-cost/data/*.csv)

export interface ReviewedRow {
  validFrom: string;
  validTo?: string;
  legalBasis: string;
  sourceUrl: string;
  reviewed: string;
  confidence: "high" | "medium";
  note: string;
}

export interface DeMinimisRow extends ReviewedRow {
  /** ISO alpha-2, or "EU" for every member state. */
  destination: string;
  charge: "duty" | "tax";
  /** Undefined = no relief. */
  threshold?: Dec;
  currency: string;
  valueBasis: "intrinsic" | "customs_value" | "fair_retail";
  /** Empty = every origin. */
  origins: string[];
  excludedOrigins: string[];
  /** HS code prefixes of goods the relief does not cover. */
  excludedHs: string[];
}

export interface DestinationRow extends ReviewedRow {
  destination: string;
  valuationBasis: "CIF" | "FOB";
  valuationLegalBasis: string;
  importTax: "VAT" | "GST" | "consumption_tax" | "none";
  taxBase: "customs_value_plus_duty" | "customs_value_plus_duty_plus_transport" | "";
  taxLegalBasis: string;
}

export interface FeeRow extends ReviewedRow {
  destination: string;
  code: string;
  label: string;
  kind: "ad_valorem" | "flat";
  ratePercent?: Dec;
  amount?: Dec;
  minimum?: Dec;
  maximum?: Dec;
  currency: string;
  appliesWhen: "formal_entry" | "informal_entry" | "sea" | "always";
  exemptPrograms: string[];
}

export interface RuleTables {
  deMinimis: DeMinimisRow[];
  destinations: DestinationRow[];
  fees: FeeRow[];
}

// ---------------------------------------------------------------------------------------------
// Result

export type ComponentType =
  | "customs_value"
  | "duty"
  | "preferential_duty"
  | "additional_duty"
  | "anti_dumping"
  | "vat"
  | "gst"
  | "sales_tax"
  | "fee"
  | "de_minimis"
  | "shipping"
  | "insurance";

export interface Component {
  type: ComponentType;
  code: string;
  label: string;
  rate: string;
  expression?: DutyExpression;
  /** In the result currency; undefined when not applicable. */
  base?: Dec;
  /** In the result currency; undefined when unavailable. */
  amount?: Dec;
  legalBasis: string;
  source: string;
  dataDate: string;
  confidence: Confidence;
  licence: string;
  sourceUrl: string;
  note: string;
}

export interface Warning {
  code: string;
  message: string;
}

export type DeMinimisStatus = "applies" | "exceeded" | "not_available" | "unknown";

export interface DeMinimisOutcome {
  status: DeMinimisStatus;
  threshold?: { amount: Dec; currency: string };
  comparedValue?: { amount: Dec; currency: string };
  valueBasis: string;
  waived: boolean;
  legalBasis: string;
  sourceUrl: string;
  validFrom: string;
  reviewed: string;
  reason: string;
}

export interface ExchangeRateUsed {
  from: string;
  to: string;
  /** Units of `to` per 1 `from`, as used in the arithmetic. */
  rate: Dec;
  rateDate: string;
  source: string;
}

export interface Totals {
  goodsValue: Dec;
  shipping: Dec;
  insurance: Dec;
  customsValue: Dec;
  duties: Dec;
  taxes: Dec;
  fees: Dec;
  dutiesAndTaxes: Dec;
  landedCost: Dec;
  landedCostPerUnit: Dec;
  complete: boolean;
}

export interface LandedCostResult {
  currency: string;
  schedule: string;
  code: string;
  description: string;
  valuationBasis: "CIF" | "FOB";
  valuationLegalBasis: string;
  components: Component[];
  totals: Totals;
  exchangeRates: ExchangeRateUsed[];
  deMinimis: { duty: DeMinimisOutcome; tax: DeMinimisOutcome };
  warnings: Warning[];
  date: string;
  dataVersion: string;
}
