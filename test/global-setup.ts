/**
 * Test database: a real PostgreSQL database `openhs_test` (TEST_DATABASE_URL overrides), migrated and
 * loaded with the real tariff data once per run (the importer skips unchanged sources).
 */
import type { TestProject } from "vitest/node";
import { createPool, migrate, dataDir } from "@openhs/shared";
import path from "node:path";
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/openhs_test";
  const u = new URL(url);
  const dbName = u.pathname.slice(1);
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const admin = createPool(adminUrl.toString(), 1);
  const quoted = `"${dbName.replace(/"/g, "")}"`;
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [dbName]);
  if (exists.rowCount !== 0 && (await madeByAnotherVersion(url))) {
    // A migration or a data source this code does not know: the database was made by another version
    // of the code (another branch, an older checkout). Start from an empty one.
    await admin.query(`DROP DATABASE ${quoted} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${quoted}`);
  } else if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${quoted}`);
  await admin.end();
  const pool = createPool(url, 4);
  await migrate(pool, "tariff", path.join(here, "../services/tariff/migrations"));
  const { runImport } = await import("../services/tariff/src/import/index.js");
  const summary = await runImport({ pool, dataDir: dataDir(), log: () => {} });
  if (summary.failed?.length) throw new Error(`test data import failed: ${JSON.stringify(summary.failed)}`);
  await pool.end();
  project.provide("databaseUrl", url);
}

/** Every migration file of this checkout (each service's migrations folder and the gateway's). */
function knownMigrations(): Set<string> {
  const out = new Set<string>();
  const root = path.join(here, "..");
  const dirs = [path.join(root, "gateway", "migrations"), ...readdirSync(path.join(root, "services")).map((d) => path.join(root, "services", d, "migrations"))];
  for (const d of dirs) if (existsSync(d)) for (const f of readdirSync(d)) if (f.endsWith(".sql")) out.add(f);
  return out;
}

/** True when the test database holds migrations or tariff data sources this checkout does not have. */
async function madeByAnotherVersion(url: string): Promise<boolean> {
  const pool = createPool(url, 1);
  try {
    const known = knownMigrations();
    const tables = (await pool.query("SELECT table_schema FROM information_schema.tables WHERE table_name = 'schema_migrations'")).rows.map((r) => String(r.table_schema));
    for (const schema of tables) {
      const versions = (await pool.query(`SELECT version FROM "${schema.replace(/"/g, "")}".schema_migrations`)).rows.map((r) => String(r.version));
      if (versions.some((v) => !known.has(v))) return true;
    }
    const hasSources = (await pool.query("SELECT to_regclass('tariff.data_source') IS NOT NULL AS has")).rows[0]?.has;
    if (!hasSources) return false;
    const { ADAPTERS } = await import("../services/tariff/src/import/index.js");
    const sources = new Set(ADAPTERS.map((a: { id: string }) => a.id));
    const ids = (await pool.query("SELECT id FROM tariff.data_source")).rows.map((r) => String(r.id));
    return ids.some((id) => !sources.has(id));
  } finally {
    await pool.end();
  }
}
