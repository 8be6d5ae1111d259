/**
 * Throwaway databases for the importer tests: one uniquely named database per test file (and
 * process), created from the `postgres` database of OPENHS_TEST_PG_URL (default: the local
 * PostgreSQL on 127.0.0.1:5432, trust auth) and dropped afterwards. Safe to run twice and in
 * parallel with other test files.
 */
import { createPool, type Pool } from "@openhs/shared/db";

export const ADMIN_URL = process.env.OPENHS_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export interface TestDatabase {
  name: string;
  url: string;
  pool: Pool;
  drop(): Promise<void>;
}

/** A database URL on the test server that does not exist yet (for CLI tests that create it). */
export function uniqueDatabaseUrl(tag: string): { name: string; url: string } {
  const name = `openhs_import_test_${tag}_${process.pid}_${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`.toLowerCase();
  const u = new URL(ADMIN_URL);
  u.pathname = `/${name}`;
  return { name, url: u.toString() };
}

export async function dropDatabase(name: string): Promise<void> {
  const admin = createPool(ADMIN_URL, 1);
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

export async function createTestDatabase(tag: string): Promise<TestDatabase> {
  const { name, url } = uniqueDatabaseUrl(tag);
  const admin = createPool(ADMIN_URL, 1);
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const pool = createPool(url, 4);
  return {
    name,
    url,
    pool,
    async drop() {
      await pool.end().catch(() => {});
      await dropDatabase(name);
    },
  };
}
