import { realpathSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createPool, type Pool } from "@openhs/shared/db";
import { formatSummary } from "./progress.js";
import { ADAPTERS } from "./registry.js";
import { defaultDataDir, runImport } from "./runner.js";

/**
 * `openhs data import [--data-dir DIR] [--source id,id] [--force]`
 *
 * Creates the database of DATABASE_URL when it does not exist, migrates the tariff schema, imports
 * the sources (one transaction each), prints progress to stderr and the summary to stdout.
 * Returns (and sets process.exitCode to) 0 when every source was imported or unchanged, 1 when a
 * source failed, 2 on a usage error.
 */

export const DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/openhs";

const USAGE = `usage: openhs data import [--data-dir DIR] [--source id,id,...] [--force]

  --data-dir DIR   staged data folder (default: $HS_DATA_DIR, else ../shared/data next to the repo)
  --source LIST    only these sources (ids or groups, comma-separated)
  --force          re-import sources whose files did not change

environment: DATABASE_URL (default ${DEFAULT_DATABASE_URL})

sources:
${ADAPTERS.map((a) => `  ${a.id.padEnd(20)} ${a.folder}${a.group ? `  (group: ${a.group})` : ""}`).join("\n")}
`;

export interface CliArgs {
  dataDir?: string;
  sources?: string[];
  force: boolean;
  help: boolean;
}

/** Parses the arguments after `openhs` (a leading `data import` is accepted and ignored). */
export function parseArgs(argv: string[]): CliArgs {
  const args = [...argv];
  if (args[0] === "data") args.shift();
  if (args[0] === "import") args.shift();
  const out: CliArgs = { force: false, help: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [flag, inline] = a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined || v === "") throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === "--data-dir") out.dataDir = value();
    else if (flag === "--source" || flag === "--sources") out.sources = [...(out.sources ?? []), ...value().split(",").map((s) => s.trim()).filter(Boolean)];
    else if (flag === "--force" || flag === "-f") out.force = true;
    else if (flag === "--help" || flag === "-h") out.help = true;
    else throw new Error(`unknown argument ${JSON.stringify(a)}`);
  }
  return out;
}

/** Connects to `url`; when its database does not exist, creates it from the `postgres` database. */
export async function ensureDatabase(url: string): Promise<void> {
  const probe = createPool(url, 1);
  try {
    await probe.query("SELECT 1");
    return;
  } catch (err) {
    if ((err as { code?: string }).code !== "3D000") throw err; // invalid_catalog_name = no such database
  } finally {
    await probe.end().catch(() => {});
  }
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.replace(/^\//, ""));
  if (!name) throw new Error("DATABASE_URL has no database name");
  u.pathname = "/postgres";
  const admin = createPool(u.toString(), 1);
  try {
    await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code !== "42P04" && code !== "23505") throw err; // created concurrently: fine
  } finally {
    await admin.end().catch(() => {});
  }
}

function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(invalid DATABASE_URL)";
  }
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const dataDir = args.dataDir ? path.resolve(args.dataDir) : defaultDataDir();
  let pool: Pool | undefined;
  try {
    await ensureDatabase(url);
    pool = createPool(url, 2);
    process.stderr.write(`openhs data import: ${dataDir} → ${safeUrl(url)}${args.force ? " (--force)" : ""}\n`);
    const summary = await runImport({ pool, dataDir, sources: args.sources, force: args.force });
    process.stdout.write(formatSummary(summary) + "\n");
    const code = summary.ok ? 0 : 1;
    process.exitCode = code;
    return code;
  } catch (err) {
    process.stderr.write(`openhs data import failed: ${(err as Error).message}\n`);
    process.exitCode = 1;
    return 1;
  } finally {
    await pool?.end().catch(() => {});
  }
}

// `node services/tariff/dist/import/cli.js data import ...` also works.
const entry = process.argv[1];
if (entry) {
  let isMain = false;
  try {
    isMain = import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    isMain = false;
  }
  if (isMain) void main(process.argv.slice(2));
}
