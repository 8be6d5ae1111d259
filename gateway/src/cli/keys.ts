// `openhs keys create --name NAME [--rate-limit N] [--json]` · `openhs keys revoke ID|PREFIX` ·
// `openhs keys list` · `openhs keys local` (the development key `npm start` prints)
// Keys are stored hashed (sha256); the plain key is printed once, on creation.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createPool, repoRoot } from "@openhs/shared";
import { KeyStore } from "../adapters/keys.js";
import { migrateGateway } from "../app-factory.js";

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const eq = args.find((a) => a.startsWith(`${name}=`));
  return eq?.slice(name.length + 1);
}

export async function run(cmd: string, args: string[], out: (s: string) => void = (s) => console.log(s)): Promise<number> {
  const url = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/openhs";
  const pool = createPool(url, 2);
  try {
    await migrateGateway(pool);
    const keys = new KeyStore(pool);
    if (cmd === "create") {
      const name = arg(args, "--name");
      if (!name) {
        console.error("usage: openhs keys create --name NAME [--rate-limit REQUESTS_PER_MINUTE] [--json]");
        return 2;
      }
      const limit = Number(arg(args, "--rate-limit") ?? process.env.RATE_LIMIT_PER_MINUTE ?? 600);
      const { key, record } = await keys.create(name, limit);
      if (args.includes("--json")) out(JSON.stringify({ key, id: record.id, name: record.name, prefix: record.prefix, rate_limit_per_minute: record.rateLimitPerMinute }));
      else {
        out(key);
        console.error(`created key ${record.prefix} (id ${record.id}, "${record.name}", ${record.rateLimitPerMinute} requests/minute). It is shown only now: store it safely.`);
      }
      return 0;
    }
    if (cmd === "revoke") {
      const which = args.find((a) => !a.startsWith("--"));
      if (!which) {
        console.error("usage: openhs keys revoke ID|PREFIX");
        return 2;
      }
      const r = await keys.revoke(which);
      if (!r) {
        console.error(`no key ${which}`);
        return 1;
      }
      out(`revoked ${r.prefix} (${r.name})`);
      return 0;
    }
    if (cmd === "local") {
      // The key `npm start` prints: created on first use and kept in .openhs/local-key (mode 0600,
      // git-ignored) so later starts print the same one. A revoked or unknown one is replaced.
      const file = path.join(repoRoot(), ".openhs", "local-key");
      const saved = existsSync(file) ? readFileSync(file, "utf8").trim() : "";
      const known = saved ? await keys.verify(saved) : undefined;
      if (known && !known.revokedAt) {
        out(saved);
        return 0;
      }
      const { key } = await keys.create("local development (npm start)", Number(process.env.RATE_LIMIT_PER_MINUTE ?? 6000));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, `${key}\n`, { mode: 0o600 });
      chmodSync(file, 0o600);
      out(key);
      return 0;
    }
    if (cmd === "list") {
      for (const k of await keys.list()) out(`${k.prefix}\t${k.id}\t${k.name}\t${k.rateLimitPerMinute}/min\t${k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : "active"}`);
      return 0;
    }
    console.error("usage: openhs keys create|revoke|list|local");
    return 2;
  } catch (err) {
    console.error(`openhs keys ${cmd}: ${(err as Error).message}`);
    return 1;
  } finally {
    await pool.end();
  }
}

export const create = (args: string[]) => run("create", args);
export const revoke = (args: string[]) => run("revoke", args);
export const list = (args: string[]) => run("list", args);
export const local = (args: string[]) => run("local", args);
