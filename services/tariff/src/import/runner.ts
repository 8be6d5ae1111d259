import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate, withTransaction, type Pool } from "@openhs/shared/db";
import { Progress } from "./progress.js";
import { ADAPTERS } from "./registry.js";
import { discoverDutyTables } from "./adapters/duty-table.js";
import { TABLE_ORDER } from "./tables.js";
import type { ImportIssue, ImportSummary, SourceAdapter, SourceResult, TableName } from "./types.js";
import { SourceWriter, writeIssues } from "./writer.js";

/** `services/tariff/migrations`, from both `src/import` and `dist/import`. */
export const MIGRATIONS_DIR = fileURLToPath(new URL("../../migrations/", import.meta.url));

/** The repository root (services/tariff/{src,dist}/import → ../../../..). */
export const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

/** HS_DATA_DIR, else `../shared/data` relative to the repository root. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.HS_DATA_DIR ? path.resolve(env.HS_DATA_DIR) : path.resolve(REPO_ROOT, "../shared/data");
}

export interface ImportOptions {
  pool: Pool;
  /** Root of the staged data (each adapter reads `<dataDir>/<folder>`). */
  dataDir: string;
  /** Adapter ids or groups to run (default: all). */
  sources?: string[];
  /** Re-import even when the content hash is unchanged. */
  force?: boolean;
  /** One line per source (default: stderr, updated in place on a TTY). */
  log?: (line: string) => void;
  /** Adapters to choose from (default: `ADAPTERS` plus the duty tables found); tests use this for fixtures. */
  adapters?: SourceAdapter[];
  /** Extra folders whose subfolders hold duty tables in the generic format (default: $DUTY_TABLES_DIR). */
  dutyTableDirs?: string[];
}

/** Picks adapters by id or group; unknown names are an error. */
export function selectAdapters(all: SourceAdapter[], names?: string[]): SourceAdapter[] {
  if (!names || names.length === 0) return all;
  const wanted = new Set(names.map((s) => s.trim()).filter(Boolean));
  const unknown = [...wanted].filter((w) => !all.some((a) => a.id === w || a.group === w));
  if (unknown.length) throw new Error(`unknown source(s): ${unknown.join(", ")} (known: ${all.map((a) => a.id).join(", ")})`);
  return all.filter((a) => wanted.has(a.id) || (a.group !== undefined && wanted.has(a.group)));
}

/** sha256 over the adapter id/version and every input file (name, size, bytes). Throws when a file is missing. */
export async function contentHash(adapter: SourceAdapter, dir: string): Promise<string> {
  const h = createHash("sha256");
  h.update(`openhs-import\0${adapter.id}\0${adapter.version}\0`);
  for (const file of adapter.files) {
    let buf: Buffer;
    try {
      buf = await readFile(path.join(dir, file));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new Error(code === "ENOENT" ? `missing file ${path.join(adapter.folder, file)}` : `cannot read ${path.join(adapter.folder, file)}: ${(err as Error).message}`);
    }
    h.update(`${file}\0${buf.length}\0`);
    h.update(buf);
  }
  return h.digest("hex");
}

/** True when the tariff schema is missing or has no goods nomenclature yet (first start: run the import). */
export async function isDatabaseEmpty(pool: Pool): Promise<boolean> {
  const r = await pool.query<{ t: string | null }>("SELECT to_regclass('tariff.goods_nomenclature')::text AS t");
  if (!r.rows[0]?.t) return true;
  const c = await pool.query<{ any: boolean }>("SELECT EXISTS (SELECT 1 FROM tariff.goods_nomenclature) AS any");
  return !c.rows[0]!.any;
}

async function lastImport(pool: Pool, id: string): Promise<{ content_hash: string; row_counts: Record<string, number>; issue_count: number } | undefined> {
  const r = await pool.query("SELECT content_hash, row_counts, issue_count FROM tariff.data_source WHERE id = $1", [id]);
  return r.rows[0];
}

function emptyResult(adapter: SourceAdapter): SourceResult {
  return {
    id: adapter.id,
    folder: adapter.folder,
    status: "failed",
    rows: {},
    totalRows: 0,
    issueCount: 0,
    skipped: {},
    notes: {},
    contentHash: null,
    durationMs: 0,
  };
}

/** Imports one source in one transaction. Never throws: failures are reported in the result. */
async function runSource(opts: ImportOptions, adapter: SourceAdapter, progress: Progress, issuesOut: ImportIssue[]): Promise<SourceResult> {
  const started = Date.now();
  const result = emptyResult(adapter);
  const dir = path.resolve(opts.dataDir, adapter.folder); // a duty-table folder may be absolute
  try {
    const hash = await contentHash(adapter, dir);
    result.contentHash = hash;
    const unchanged = (prev: Awaited<ReturnType<typeof lastImport>>) => {
      result.status = "unchanged";
      result.rows = (prev?.row_counts ?? {}) as SourceResult["rows"];
      result.totalRows = Object.values(result.rows).reduce((a, b) => a + (b ?? 0), 0);
      result.issueCount = prev?.issue_count ?? 0;
    };
    const prev = await lastImport(opts.pool, adapter.id);
    if (!opts.force && prev?.content_hash === hash) {
      unchanged(prev);
    } else {
      await withTransaction(opts.pool, async (client) => {
        // Concurrent importers of the same source queue here; the second one sees the new hash.
        await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`openhs-import:${adapter.id}`]);
        const again = await client.query("SELECT content_hash, row_counts, issue_count FROM tariff.data_source WHERE id = $1", [adapter.id]);
        if (!opts.force && again.rows[0]?.content_hash === hash) {
          unchanged(again.rows[0]);
          return;
        }
        await client.query(
          `INSERT INTO tariff.data_source (id, folder, files, description, licence, content_hash, row_counts, issue_count, imported_at)
           VALUES ($1, $2, $3::text[], $4, $5, $6, '{}'::jsonb, 0, now())
           ON CONFLICT (id) DO UPDATE SET folder = EXCLUDED.folder, files = EXCLUDED.files, description = EXCLUDED.description,
             licence = EXCLUDED.licence, content_hash = EXCLUDED.content_hash`,
          [adapter.id, adapter.folder, adapter.files, adapter.description, adapter.licence, hash],
        );
        await client.query("DELETE FROM tariff.import_issue WHERE source_id = $1", [adapter.id]);
        for (const t of TABLE_ORDER) await client.query(`DELETE FROM tariff.${t} WHERE source_id = $1`, [adapter.id]);

        const w = new SourceWriter(client, adapter.id, dir, (rows) => progress.rows(rows));
        await adapter.load(w);
        await w.finish();
        result.rows = w.rows;
        result.totalRows = w.totalRows;
        result.issueCount = w.issueCount;
        result.skipped = w.skipped;
        result.notes = w.notes;
        // A source whose rows are mostly malformed probably changed format: keep the previous data.
        if (w.issueCount > 0 && w.issueCount > w.locatedRows) {
          throw new Error(
            `${w.issueCount} malformed rows but only ${w.locatedRows} good ones — the file format may have changed (first: ${w.issues[0]?.file}:${w.issues[0]?.line}: ${w.issues[0]?.reason})`,
          );
        }
        await writeIssues(client, w.issues);
        await client.query("UPDATE tariff.data_source SET row_counts = $2::jsonb, issue_count = $3, imported_at = now() WHERE id = $1", [
          adapter.id,
          JSON.stringify(orderedCounts(w.rows)),
          w.issueCount,
        ]);
        result.status = "imported";
        for (const i of w.issues) if (issuesOut.length < 1000) issuesOut.push(i);
      });
    }
  } catch (err) {
    result.status = "failed";
    result.error = (err as Error).message;
  }
  result.durationMs = Date.now() - started;
  return result;
}

function orderedCounts(rows: Partial<Record<TableName, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of TABLE_ORDER) if (rows[t]) out[t] = rows[t]!;
  return out;
}

/** Row counts of every tariff table. */
export async function tableCounts(pool: Pool): Promise<Record<string, number>> {
  const tables = ["data_source", "import_issue", ...[...TABLE_ORDER].reverse()];
  const r = await pool.query<{ t: string; c: string }>(tables.map((t) => `SELECT '${t}' AS t, count(*)::text AS c FROM tariff.${t}`).join(" UNION ALL "));
  const byName = new Map(r.rows.map((x) => [x.t, Number(x.c)]));
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = byName.get(t) ?? 0;
  return out;
}

/**
 * Imports the staged data sources into the `tariff` schema (migrating it first). Each source runs
 * in its own transaction; a failing source is rolled back and reported, the others go on.
 */
export async function runImport(opts: ImportOptions): Promise<ImportSummary> {
  const started = Date.now();
  const tableDirs = [opts.dataDir, ...(opts.dutyTableDirs ?? (process.env.DUTY_TABLES_DIR ? process.env.DUTY_TABLES_DIR.split(path.delimiter) : []))];
  const adapters = selectAdapters(opts.adapters ?? [...ADAPTERS, ...discoverDutyTables(tableDirs)], opts.sources);
  await migrate(opts.pool, "tariff", MIGRATIONS_DIR);
  const tty = !opts.log && process.stderr.isTTY ? process.stderr : undefined;
  const log = opts.log ?? ((line: string) => process.stderr.write(line + "\n"));
  const progress = new Progress(log, tty);
  const sources: SourceResult[] = [];
  const issues: ImportIssue[] = [];
  for (const [i, adapter] of adapters.entries()) {
    progress.start(adapter.id, i + 1, adapters.length);
    const r = await runSource(opts, adapter, progress, issues);
    progress.done(r, i + 1, adapters.length);
    sources.push(r);
  }
  return {
    ok: sources.every((s) => s.status !== "failed"),
    sources,
    tables: await tableCounts(opts.pool),
    issues,
    durationMs: Date.now() - started,
  };
}
