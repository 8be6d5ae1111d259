import type { ImportSummary, SourceResult } from "./types.js";

const fmt = new Intl.NumberFormat("en-US");
export const n = (x: number): string => fmt.format(x);

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function rate(rows: number, ms: number): string {
  return ms > 0 ? `${n(Math.round((rows * 1000) / ms))} rows/s` : "";
}

/**
 * Progress of the import: one line per source. With a TTY (and no custom `log`), the running
 * source's line is updated in place; otherwise only the final line of each source is written.
 */
export class Progress {
  private current: { id: string; index: number; total: number; started: number; rows: number } | undefined;
  private lastPaint = 0;

  constructor(
    private readonly log: (line: string) => void,
    private readonly tty: NodeJS.WriteStream | undefined,
  ) {}

  start(id: string, index: number, total: number): void {
    this.current = { id, index, total, started: Date.now(), rows: 0 };
    this.paint(true);
  }

  rows(rows: number): void {
    if (!this.current) return;
    this.current.rows = rows;
    this.paint(false);
  }

  done(result: SourceResult, index: number, total: number): void {
    if (this.tty) this.tty.write("\r\x1b[2K");
    this.current = undefined;
    this.log(formatSourceLine(result, index, total));
  }

  private paint(force: boolean): void {
    if (!this.tty || !this.current) return;
    const now = Date.now();
    if (!force && now - this.lastPaint < 100) return;
    this.lastPaint = now;
    const c = this.current;
    const ms = now - c.started;
    this.tty.write(`\r\x1b[2K[${c.index}/${c.total}] ${c.id.padEnd(20)} loading  ${n(c.rows).padStart(9)} rows  ${rate(c.rows, ms)}`);
  }
}

export function formatSourceLine(r: SourceResult, index: number, total: number): string {
  const head = `[${index}/${total}] ${r.id.padEnd(20)}`;
  if (r.status === "failed") return `${head} FAILED   ${r.error ?? ""} (rolled back; previous rows kept)`;
  if (r.status === "unchanged") return `${head} unchanged (same content hash; ${n(r.totalRows)} rows from the last import; --force to reload)`;
  const skipped = Object.values(r.skipped).reduce((a, b) => a + b, 0);
  const extra = [`${n(r.issueCount)} malformed`];
  if (skipped) extra.push(`${n(skipped)} skipped by design`);
  return `${head} imported ${n(r.totalRows).padStart(9)} rows in ${seconds(r.durationMs)} (${rate(r.totalRows, r.durationMs)}), ${extra.join(", ")}`;
}

/** The final summary: sources, rows per table, malformed rows (first 20). */
export function formatSummary(s: ImportSummary): string {
  const out: string[] = [];
  out.push("");
  out.push(`${"source".padEnd(20)} ${"status".padEnd(9)} ${"rows".padStart(9)} ${"malformed".padStart(9)} ${"skipped".padStart(8)} ${"time".padStart(7)}`);
  for (const r of s.sources) {
    const skipped = Object.values(r.skipped).reduce((a, b) => a + b, 0);
    out.push(
      `${r.id.padEnd(20)} ${r.status.padEnd(9)} ${n(r.totalRows).padStart(9)} ${n(r.issueCount).padStart(9)} ${n(skipped).padStart(8)} ${seconds(r.durationMs).padStart(7)}`,
    );
  }
  out.push("");
  out.push(`${"table".padEnd(28)} ${"rows".padStart(9)}`);
  for (const [t, c] of Object.entries(s.tables)) out.push(`${("tariff." + t).padEnd(28)} ${n(c).padStart(9)}`);
  const skippedLines = s.sources.flatMap((r) => Object.entries(r.skipped).map(([why, c]) => `  ${r.id}: ${n(c)} × ${why}`));
  if (skippedLines.length) out.push("", "skipped by design:", ...skippedLines);
  const noteLines = s.sources.flatMap((r) => Object.entries(r.notes).map(([what, c]) => `  ${r.id}: ${what}: ${n(c)}`));
  if (noteLines.length) out.push("", "notes:", ...noteLines);
  if (s.issues.length) {
    out.push("", "malformed rows (skipped; all of them are in tariff.import_issue):");
    for (const i of s.issues.slice(0, 20)) out.push(`  ${i.sourceId}: ${i.file}:${i.line}: ${i.reason}`);
    const total = s.sources.reduce((a, r) => a + (r.status === "imported" ? r.issueCount : 0), 0);
    if (total > 20) out.push(`  … and ${n(total - 20)} more`);
  }
  const failed = s.sources.filter((r) => r.status === "failed");
  out.push("");
  out.push(
    failed.length
      ? `import FAILED for ${failed.map((r) => r.id).join(", ")} (${seconds(s.durationMs)}); other sources were imported`
      : `import OK (${seconds(s.durationMs)})`,
  );
  return out.join("\n");
}
