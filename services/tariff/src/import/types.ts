/**
 * The importer's extension point. Each staged data folder under HS_DATA_DIR is loaded by one
 * `SourceAdapter`; adding a schedule (EU/UK duty tables, Japan, Australia, Norway, Mercosur, ...) is
 * one more adapter file plus a line in `registry.ts`.
 *
 * The runner (`runner.ts`) owns everything around an adapter: hashing the input files, skipping
 * unchanged sources, the per-source transaction, deleting the source's previous rows, batching
 * inserts, recording malformed rows in `tariff.import_issue`, the `tariff.data_source` row and
 * progress output. An adapter only parses its files and hands rows to `ctx.insert`.
 */

import type { PoolClient } from "pg";

/** Tables an adapter can write (all in schema `tariff`; every one has a `source_id` column). */
export type TableName =
  | "section"
  | "goods_nomenclature"
  | "preference_program"
  | "measure"
  | "legal_note"
  | "hs_correlation"
  | "vat_rate"
  | "country"
  | "exchange_rate";

/** Where a row came from, for issue reports: file name relative to the source folder, 1-based line. */
export interface RowLocation {
  file: string;
  line: number;
}

export interface ImportContext {
  /** `tariff.data_source.id` of the running source; the runner fills `source_id` of every row with it. */
  readonly sourceId: string;
  /** Absolute path of the source folder. */
  readonly dir: string;
  /** Absolute path of a file of the source folder. */
  path(file: string): string;
  /** Reads a file as UTF-8 text: BOM stripped, `.gz` files gunzipped. Throws when missing. */
  readText(file: string): Promise<string>;
  /**
   * Queues a row for `table` (batched multi-row INSERT). Columns not given take their defaults;
   * `source_id` is added. Pass `at` for rows derived from a file row (static rows, like the US
   * programme table, have none): it locates duplicate-key issues, and the runner fails a source
   * whose malformed rows outnumber its located rows (the file format probably changed).
   * For tables with a primary key, a row whose key was already written by this source is reported
   * as an issue at `at` and skipped instead of failing the transaction.
   */
  insert(table: TableName, row: Record<string, unknown>, at?: RowLocation): Promise<void>;
  /** Reports a malformed row (it is skipped; the import goes on). */
  issue(file: string, line: number, reason: string): void;
  /** Counts rows deliberately not loaded (e.g. Comtrade's TOTAL/99 pseudo-codes). Not an issue. */
  skip(reason: string, n?: number): void;
  /** Free-form statistics shown in the summary (e.g. "unparsed duty expressions"). */
  note(label: string, n?: number): void;
  /** A fresh `goods_nomenclature.sid` (pre-allocated from its sequence), so parents can be linked before insert. */
  nextSid(): Promise<number>;
  /** The transaction's client, for adapters that need to read (e.g. other sources' rows). */
  readonly client: PoolClient;
}

export interface SourceAdapter {
  /** Stable id, = `tariff.data_source.id` and the `source_id` of every row it writes. */
  id: string;
  /** Optional group name selectable with `--source` (e.g. `vat` selects all VAT sources). */
  group?: string;
  /** Folder under HS_DATA_DIR. */
  folder: string;
  /** Input files (relative to `folder`), hashed for idempotency; a missing file fails the source. */
  files: string[];
  description: string;
  /** Licence as stated by the source (see the folder's PROVENANCE.md). */
  licence: string;
  /**
   * Version of the adapter's mapping; part of the content hash, so bumping it re-imports the source
   * even when the files did not change.
   */
  version: string;
  /** Parses the files and writes rows through `ctx`. Throwing rolls the whole source back. */
  load(ctx: ImportContext): Promise<void>;
}

export interface ImportIssue {
  sourceId: string;
  file: string;
  line: number;
  reason: string;
}

export type SourceStatus = "imported" | "unchanged" | "failed";

export interface SourceResult {
  id: string;
  folder: string;
  status: SourceStatus;
  /** Rows written per table (for `unchanged`: the counts recorded by the last import). */
  rows: Partial<Record<TableName, number>>;
  totalRows: number;
  /** Malformed rows reported (and skipped). */
  issueCount: number;
  /** Rows skipped by design, by reason. */
  skipped: Record<string, number>;
  notes: Record<string, number>;
  contentHash: string | null;
  durationMs: number;
  error?: string;
}

export interface ImportSummary {
  ok: boolean;
  sources: SourceResult[];
  /** Rows per table in the database after the import (all sources). */
  tables: Record<string, number>;
  /** Malformed rows of the sources imported in this run (at most 1000 listed; counts are complete). */
  issues: ImportIssue[];
  durationMs: number;
}
