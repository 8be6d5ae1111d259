/**
 * `openhs data import`: loads the staged reference data (HS_DATA_DIR) into the `tariff` schema.
 * See types.ts for the adapter interface and registry.ts for the sources.
 */
export { ADAPTERS } from "./registry.js";
export { runImport, isDatabaseEmpty, selectAdapters, contentHash, tableCounts, defaultDataDir, MIGRATIONS_DIR, type ImportOptions } from "./runner.js";
export { formatSummary } from "./progress.js";
export { VAT_SOURCE_PRECEDENCE } from "./adapters/vat.js";
export type { SourceAdapter, ImportContext, ImportSummary, SourceResult, ImportIssue, TableName, RowLocation } from "./types.js";
