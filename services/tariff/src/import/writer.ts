import { readFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import type { PoolClient } from "pg";
import { TABLES } from "./tables.js";
import type { ImportContext, ImportIssue, RowLocation, TableName } from "./types.js";

/** Bound parameters per statement stay far below PostgreSQL's 65,535 limit. */
const MAX_PARAMS = 16_000;
const MAX_ROWS = 1000;
/** Issues kept (and stored) per source; the count stays exact beyond that. */
export const MAX_STORED_ISSUES = 10_000;

/**
 * The `ImportContext` of one source run: buffers rows per table and writes them with batched
 * multi-row INSERTs (parameterized, one `$n` per value, casts from `TABLES`), all on the source's
 * transaction client.
 */
export class SourceWriter implements ImportContext {
  readonly rows: Partial<Record<TableName, number>> = {};
  totalRows = 0;
  /** Rows queued with a source location (derived from a file row, not static data). */
  locatedRows = 0;
  readonly issues: ImportIssue[] = [];
  issueCount = 0;
  readonly skipped: Record<string, number> = {};
  readonly notes: Record<string, number> = {};
  private readonly buffers = new Map<TableName, unknown[][]>();
  private readonly seenKeys = new Map<TableName, Set<string>>();
  private readonly statements = new Map<string, string>();
  private sidPool: number[] = [];
  private sidSequence: string | undefined;

  constructor(
    readonly client: PoolClient,
    readonly sourceId: string,
    readonly dir: string,
    private readonly onProgress: (rows: number) => void = () => {},
  ) {}

  path(file: string): string {
    return path.join(this.dir, file);
  }

  async readText(file: string): Promise<string> {
    let buf = await readFile(this.path(file));
    if (file.endsWith(".gz")) buf = gunzipSync(buf);
    const text = buf.toString("utf8");
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  async insert(table: TableName, row: Record<string, unknown>, at?: RowLocation): Promise<void> {
    const spec = TABLES[table];
    if (spec.key) {
      const key = spec.key.map((c) => String(row[c])).join("\u0001");
      let seen = this.seenKeys.get(table);
      if (!seen) this.seenKeys.set(table, (seen = new Set()));
      if (seen.has(key)) {
        this.issue(at?.file ?? "", at?.line ?? 0, `duplicate ${table} key (${spec.key.join(", ")}) = (${spec.key.map((c) => String(row[c])).join(", ")})`);
        return;
      }
      seen.add(key);
    }
    if (at) this.locatedRows++;
    const values = spec.columns.map(([name, type]) => {
      let v = row[name];
      if (v === undefined) v = spec.defaults?.[name] ?? null;
      if (type === "jsonb" && v !== null && typeof v !== "string") v = JSON.stringify(v);
      return v;
    });
    let buf = this.buffers.get(table);
    if (!buf) this.buffers.set(table, (buf = []));
    buf.push(values);
    if (buf.length >= this.batchSize(table)) await this.flush(table);
  }

  issue(file: string, line: number, reason: string): void {
    this.issueCount++;
    if (this.issues.length < MAX_STORED_ISSUES) this.issues.push({ sourceId: this.sourceId, file, line, reason });
  }

  skip(reason: string, n = 1): void {
    this.skipped[reason] = (this.skipped[reason] ?? 0) + n;
  }

  note(label: string, n = 1): void {
    this.notes[label] = (this.notes[label] ?? 0) + n;
  }

  async nextSid(): Promise<number> {
    if (this.sidPool.length === 0) {
      if (!this.sidSequence) {
        const r = await this.client.query<{ seq: string }>("SELECT pg_get_serial_sequence('tariff.goods_nomenclature', 'sid') AS seq");
        this.sidSequence = r.rows[0]!.seq;
      }
      const r = await this.client.query<{ id: string }>("SELECT nextval($1::regclass)::text AS id FROM generate_series(1, 5000)", [
        this.sidSequence,
      ]);
      this.sidPool = r.rows.map((x) => Number(x.id)).reverse();
    }
    return this.sidPool.pop()!;
  }

  /** Writes every buffered row. */
  async finish(): Promise<void> {
    for (const table of [...this.buffers.keys()]) await this.flush(table);
  }

  private batchSize(table: TableName): number {
    return Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / (TABLES[table].columns.length + 1))));
  }

  private async flush(table: TableName): Promise<void> {
    const buf = this.buffers.get(table);
    if (!buf || buf.length === 0) return;
    this.buffers.set(table, []);
    const sql = this.statement(table, buf.length);
    const params: unknown[] = [this.sourceId];
    for (const values of buf) for (const v of values) params.push(v);
    await this.client.query(sql, params);
    this.rows[table] = (this.rows[table] ?? 0) + buf.length;
    this.totalRows += buf.length;
    this.onProgress(this.totalRows);
  }

  private statement(table: TableName, n: number): string {
    const cacheKey = `${table}:${n}`;
    const cached = this.statements.get(cacheKey);
    if (cached) return cached;
    const cols = TABLES[table].columns;
    const tuples: string[] = [];
    let p = 2; // $1 = source_id
    for (let r = 0; r < n; r++) {
      const parts = cols.map(([, type]) => `$${p++}::${type}`);
      parts.push("$1::text");
      tuples.push(`(${parts.join(",")})`);
    }
    const sql = `INSERT INTO tariff.${table} (${cols.map(([c]) => c).join(", ")}, source_id) VALUES ${tuples.join(",")}`;
    this.statements.set(cacheKey, sql);
    return sql;
  }
}

/** Writes the stored issues of a source (batched). */
export async function writeIssues(client: PoolClient, issues: ImportIssue[]): Promise<void> {
  for (let i = 0; i < issues.length; i += 1000) {
    const chunk = issues.slice(i, i + 1000);
    const params: unknown[] = [];
    const tuples = chunk.map((iss) => {
      params.push(iss.sourceId, iss.file, iss.line, iss.reason.slice(0, 2000));
      const b = params.length - 3;
      return `($${b}::text,$${b + 1}::text,$${b + 2}::integer,$${b + 3}::text)`;
    });
    await client.query(`INSERT INTO tariff.import_issue (source_id, file, line, reason) VALUES ${tuples.join(",")}`, params);
  }
}
