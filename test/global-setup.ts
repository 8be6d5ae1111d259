/**
 * Test database: a real PostgreSQL database `openhs_test` (TEST_DATABASE_URL overrides), migrated and
 * loaded with the real tariff data once per run (the importer skips unchanged sources).
 */
import type { TestProject } from "vitest/node";
import { createPool, migrate, dataDir } from "@openhs/shared";
import path from "node:path";
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
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [dbName]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${dbName.replace(/"/g, "")}"`);
  await admin.end();
  const pool = createPool(url, 4);
  await migrate(pool, "tariff", path.join(here, "../services/tariff/migrations"));
  const { runImport } = await import("../services/tariff/src/import/index.js");
  const summary = await runImport({ pool, dataDir: dataDir(), log: () => {} });
  if (summary.failed?.length) throw new Error(`test data import failed: ${JSON.stringify(summary.failed)}`);
  await pool.end();
  project.provide("databaseUrl", url);
}
