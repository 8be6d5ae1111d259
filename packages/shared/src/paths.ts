import path from "node:path";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The repository root: the nearest ancestor of this module that holds the root package.json with workspaces. */
export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    if (existsSync(path.join(dir, "tsconfig.base.json"))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

/** HS_DATA_DIR, default `../shared/data` relative to the repository root. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(repoRoot(), env.HS_DATA_DIR || "../shared/data");
}
