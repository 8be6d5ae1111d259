import { parseCsv } from "@openhs/shared/csv";
import { Dec } from "./money.js";
import type { DeMinimisRow, DestinationRow, FeeRow, ReviewedRow, RuleTables } from "./types.js";

/**
 * Parsers of the reviewed rule tables (services/landed-cost/data/*.csv). Every row must carry a
 * legal basis, a source URL, a review date and a confidence; a malformed table is an error at
 * start, not a wrong answer later.
 */

export class RuleTableError extends Error {
  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.name = "RuleTableError";
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function records(file: string, text: string, header: string[]): Array<{ get: (c: string) => string; line: number }> {
  const rows = parseCsv(text);
  const head = rows[0];
  if (!head || head.join(",") !== header.join(",")) throw new RuleTableError(file, 1, `header must be ${header.join(",")}`);
  return rows.slice(1).map((r, i) => {
    if (r.length !== header.length) throw new RuleTableError(file, i + 2, `expected ${header.length} fields, got ${r.length}`);
    return { get: (c: string) => (r[header.indexOf(c)] ?? "").trim(), line: i + 2 };
  });
}

function reviewed(file: string, line: number, get: (c: string) => string): ReviewedRow {
  const validFrom = get("valid_from");
  const validTo = get("valid_to") || undefined;
  const fail = (why: string) => {
    throw new RuleTableError(file, line, why);
  };
  if (!ISO_DATE.test(validFrom)) fail("valid_from must be YYYY-MM-DD");
  if (validTo && (!ISO_DATE.test(validTo) || validTo < validFrom)) fail("valid_to must be YYYY-MM-DD on or after valid_from");
  if (!get("legal_basis")) fail("legal_basis is required");
  if (!/^https:\/\//.test(get("source_url"))) fail("source_url must be an https URL");
  if (!ISO_DATE.test(get("reviewed"))) fail("reviewed must be YYYY-MM-DD");
  const confidence = get("confidence");
  if (confidence !== "high" && confidence !== "medium") fail("confidence must be high or medium");
  return { validFrom, validTo, legalBasis: get("legal_basis"), sourceUrl: get("source_url"), reviewed: get("reviewed"), confidence: confidence as "high" | "medium", note: get("note") };
}

function decimal(file: string, line: number, field: string, v: string): Dec | undefined {
  if (v === "") return undefined;
  if (!/^\d+(\.\d+)?$/.test(v)) throw new RuleTableError(file, line, `${field} must be a non-negative decimal`);
  return new Dec(v);
}

function list(v: string): string[] {
  return v.split(/\s+/).filter(Boolean);
}

function country(file: string, line: number, v: string): string {
  if (!/^[A-Z]{2}$/.test(v)) throw new RuleTableError(file, line, `destination ${JSON.stringify(v)} must be an ISO alpha-2 code or EU`);
  return v;
}

const DE_MINIMIS_HEADER = ["destination", "charge", "threshold", "currency", "value_basis", "valid_from", "valid_to", "origins", "excluded_origins", "excluded_hs", "legal_basis", "source_url", "reviewed", "confidence", "note"];

export function parseDeMinimis(text: string, file = "de-minimis.csv"): DeMinimisRow[] {
  return records(file, text, DE_MINIMIS_HEADER).map(({ get, line }) => {
    const charge = get("charge");
    const basis = get("value_basis");
    if (charge !== "duty" && charge !== "tax") throw new RuleTableError(file, line, "charge must be duty or tax");
    if (!["intrinsic", "customs_value", "fair_retail"].includes(basis)) throw new RuleTableError(file, line, "value_basis must be intrinsic, customs_value or fair_retail");
    if (!/^[A-Z]{3}$/.test(get("currency"))) throw new RuleTableError(file, line, "currency must be ISO 4217");
    return {
      ...reviewed(file, line, get),
      destination: country(file, line, get("destination")),
      charge,
      threshold: decimal(file, line, "threshold", get("threshold")),
      currency: get("currency"),
      valueBasis: basis as DeMinimisRow["valueBasis"],
      origins: list(get("origins")),
      excludedOrigins: list(get("excluded_origins")),
      excludedHs: list(get("excluded_hs")),
    };
  });
}

const DESTINATION_HEADER = ["destination", "valuation_basis", "valuation_legal_basis", "import_tax", "tax_base", "tax_legal_basis", "valid_from", "valid_to", "source_url", "reviewed", "confidence", "note"];

export function parseDestinations(text: string, file = "destinations.csv"): DestinationRow[] {
  return records(file, text, DESTINATION_HEADER).map(({ get, line }) => {
    const basis = get("valuation_basis");
    const tax = get("import_tax");
    const taxBase = get("tax_base");
    if (basis !== "CIF" && basis !== "FOB") throw new RuleTableError(file, line, "valuation_basis must be CIF or FOB");
    if (!["VAT", "GST", "consumption_tax", "none"].includes(tax)) throw new RuleTableError(file, line, "import_tax must be VAT, GST, consumption_tax or none");
    if (!["customs_value_plus_duty", "customs_value_plus_duty_plus_transport", ""].includes(taxBase)) throw new RuleTableError(file, line, "tax_base is not a known base");
    if (tax !== "none" && !taxBase) throw new RuleTableError(file, line, "tax_base is required when there is an import tax");
    if (!get("valuation_legal_basis")) throw new RuleTableError(file, line, "valuation_legal_basis is required");
    return {
      ...reviewed(file, line, (c) => (c === "legal_basis" ? get("valuation_legal_basis") : get(c))),
      destination: country(file, line, get("destination")),
      valuationBasis: basis,
      valuationLegalBasis: get("valuation_legal_basis"),
      importTax: tax as DestinationRow["importTax"],
      taxBase: taxBase as DestinationRow["taxBase"],
      taxLegalBasis: get("tax_legal_basis"),
    };
  });
}

const FEE_HEADER = ["destination", "code", "label", "kind", "rate_percent", "amount", "minimum", "maximum", "currency", "applies_when", "exempt_programs", "valid_from", "valid_to", "legal_basis", "source_url", "reviewed", "confidence", "note"];

export function parseFees(text: string, file = "fees.csv"): FeeRow[] {
  return records(file, text, FEE_HEADER).map(({ get, line }) => {
    const kind = get("kind");
    const applies = get("applies_when");
    if (kind !== "ad_valorem" && kind !== "flat") throw new RuleTableError(file, line, "kind must be ad_valorem or flat");
    if (!["formal_entry", "informal_entry", "sea", "always"].includes(applies)) throw new RuleTableError(file, line, "applies_when must be formal_entry, informal_entry, sea or always");
    const row: FeeRow = {
      ...reviewed(file, line, get),
      destination: country(file, line, get("destination")),
      code: get("code"),
      label: get("label"),
      kind,
      ratePercent: decimal(file, line, "rate_percent", get("rate_percent")),
      amount: decimal(file, line, "amount", get("amount")),
      minimum: decimal(file, line, "minimum", get("minimum")),
      maximum: decimal(file, line, "maximum", get("maximum")),
      currency: get("currency"),
      appliesWhen: applies as FeeRow["appliesWhen"],
      exemptPrograms: list(get("exempt_programs")),
    };
    if (kind === "ad_valorem" && !row.ratePercent) throw new RuleTableError(file, line, "an ad_valorem fee needs rate_percent");
    if (kind === "flat" && !row.amount) throw new RuleTableError(file, line, "a flat fee needs amount");
    if (!/^[A-Z]{3}$/.test(row.currency)) throw new RuleTableError(file, line, "currency must be ISO 4217");
    return row;
  });
}

export function parseRuleTables(files: { deMinimis: string; destinations: string; fees: string }): RuleTables {
  return { deMinimis: parseDeMinimis(files.deMinimis), destinations: parseDestinations(files.destinations), fees: parseFees(files.fees) };
}
