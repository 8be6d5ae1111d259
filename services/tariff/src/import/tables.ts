import type { TableName } from "./types.js";

/** Column name → SQL type used to cast the bound parameter. */
export interface TableSpec {
  columns: Array<[name: string, type: string]>;
  /** Primary-key columns: duplicates within one source are reported as issues, not SQL errors. */
  key?: string[];
  /** Values for columns a row leaves undefined (the SQL defaults of the migration). */
  defaults?: Record<string, unknown>;
}

/** Columns the importer writes (source_id is appended by the writer). Mirrors migrations/001_tariff.sql and 002_duty_tables.sql. */
export const TABLES: Record<TableName, TableSpec> = {
  section: {
    columns: [["edition", "text"], ["roman", "text"], ["number", "integer"], ["title", "text"]],
    key: ["edition", "roman"],
  },
  goods_nomenclature: {
    columns: [
      ["sid", "bigint"],
      ["schedule", "text"],
      ["code", "text"],
      ["suffix", "text"],
      ["level", "text"],
      ["indent", "integer"],
      ["position", "integer"],
      ["parent_sid", "bigint"],
      ["section", "text"],
      ["description", "text"],
      ["units", "text[]"],
      ["declarable", "boolean"],
      ["validity_start", "date"],
      ["validity_end", "date"],
    ],
    key: ["sid"],
    defaults: { suffix: "80", indent: 0, units: [], declarable: false },
  },
  preference_program: {
    columns: [["schedule", "text"], ["code", "text"], ["name", "text"], ["countries", "text[]"], ["legal_reference", "text"]],
    key: ["schedule", "code"],
    defaults: { countries: [] },
  },
  measure: {
    columns: [
      ["schedule", "text"],
      ["commodity_code", "text"],
      ["measure_type", "text"],
      ["geographical_area", "text"],
      ["programs", "text[]"],
      ["duty_expression_text", "text"],
      ["duty_expression", "jsonb"],
      ["validity_start", "date"],
      ["validity_end", "date"],
      ["legal_basis", "text"],
      ["data_date", "date"],
      ["confidence", "text"],
      ["excluded_countries", "text[]"],
      ["additional_code", "text"],
      ["notes", "text[]"],
    ],
    defaults: { programs: [], excluded_countries: [], notes: [] },
  },
  legal_note: {
    columns: [
      ["kind", "text"],
      ["number", "integer"],
      ["variant", "text"],
      ["note_label", "text"],
      ["text", "text"],
      ["referenced_headings", "text[]"],
      ["edition", "text"],
    ],
    defaults: { referenced_headings: [], edition: "HS2022" },
  },
  hs_correlation: {
    columns: [["hs2022", "text"], ["hs2017", "text"], ["relationship", "text"]],
    key: ["hs2022", "hs2017"],
  },
  vat_rate: {
    columns: [
      ["country", "text"],
      ["rate_type", "text"],
      ["rate_percent", "numeric"],
      ["validity_start", "date"],
      ["validity_end", "date"],
      ["description", "text"],
    ],
  },
  country: {
    columns: [["alpha2", "text"], ["alpha3", "text"], ["numeric_code", "text"], ["name", "text"], ["currency", "text"], ["region", "text"]],
    key: ["alpha2"],
  },
  exchange_rate: {
    columns: [["currency", "text"], ["rate_date", "date"], ["per_eur", "numeric"]],
    key: ["currency", "rate_date"],
  },
};

/** Tables cleared (by source_id) before a source is re-imported, children first. */
export const TABLE_ORDER: TableName[] = [
  "measure",
  "goods_nomenclature",
  "section",
  "preference_program",
  "legal_note",
  "hs_correlation",
  "vat_rate",
  "country",
  "exchange_rate",
];
