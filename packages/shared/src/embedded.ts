import { mkdirSync } from "node:fs";

/**
 * Embedded PostgreSQL (PGlite, Postgres in WASM) exposed over TCP so every service process can
 * reach it with the ordinary `pg` driver. For local use when no PostgreSQL server is configured.
 * Connections are multiplexed onto one PGlite session (one transaction at a time).
 */
export async function startEmbeddedPostgres(opts: { dataDir: string; port: number; host?: string; maxConnections?: number }) {
  mkdirSync(opts.dataDir, { recursive: true });
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const db = await PGlite.create(opts.dataDir);
  const host = opts.host ?? "127.0.0.1";
  const server = new PGLiteSocketServer({ db, port: opts.port, host, maxConnections: opts.maxConnections ?? 32 } as ConstructorParameters<typeof PGLiteSocketServer>[0]);
  await server.start();
  return {
    url: `postgres://postgres@${host}:${opts.port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
