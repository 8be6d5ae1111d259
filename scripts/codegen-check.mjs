#!/usr/bin/env node
// Verifies that the checked-in generated code (packages/proto/src/gen) is up to date with proto/.
//
//   node scripts/codegen-check.mjs        (npm run codegen:check)
//
// Regenerates into a temporary directory with the same buf.gen.yaml (`buf generate --output <tmp>/proto`
// redirects `out: ../packages/proto/src/gen` to <tmp>/packages/proto/src/gen, so the checked-in files are
// never touched), applies scripts/fix-gen.mjs to it, and compares file by file.
// Exit 0: identical. Exit 1: stale (lists added / removed / changed files). Exit 2: generation failed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const protoDir = join(root, "proto");
const genRel = join("packages", "proto", "src", "gen");
const checkedIn = join(root, genRel);

/** All files under dir, relative with "/" separators, sorted ([] if dir is missing). */
function listFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

/** 1-based number of the first line where a and b differ. */
function firstDifferentLine(a, b) {
  const la = a.split("\n");
  const lb = b.split("\n");
  const n = Math.max(la.length, lb.length);
  for (let i = 0; i < n; i++) if (la[i] !== lb[i]) return i + 1;
  return n;
}

function run(cmd, args, opts) {
  const r = spawnSync(cmd, args, { encoding: "utf8", ...opts });
  if (r.error || r.status !== 0) {
    const why = r.error ? r.error.message : `exit code ${r.status}`;
    console.error(`codegen-check: \`${cmd} ${args.join(" ")}\` failed (${why})`);
    if (r.stdout) process.stderr.write(r.stdout);
    if (r.stderr) process.stderr.write(r.stderr);
    return false;
  }
  return true;
}

const tmp = mkdtempSync(join(tmpdir(), "openhs-codegen-check-"));
let exitCode = 0;
try {
  // Same PATH as an npm script: the pinned buf and protoc-gen-ts_proto from node_modules/.bin.
  const env = { ...process.env, PATH: [join(root, "node_modules", ".bin"), process.env.PATH].join(delimiter) };
  const fresh = join(tmp, genRel);
  const ok =
    run("buf", ["generate", "--output", join(tmp, "proto")], { cwd: protoDir, env }) &&
    run(process.execPath, [join(root, "scripts", "fix-gen.mjs"), fresh], { cwd: root, env });
  if (!ok) {
    exitCode = 2;
  } else if (!existsSync(fresh)) {
    console.error(`codegen-check: generation produced no ${genRel} (check out: in proto/buf.gen.yaml)`);
    exitCode = 2;
  } else {
    const want = listFiles(fresh);
    const have = listFiles(checkedIn);
    const haveSet = new Set(have);
    const wantSet = new Set(want);
    const problems = [];
    for (const f of want) {
      if (!haveSet.has(f)) {
        problems.push(`  missing   ${genRel}/${f} (would be generated)`);
        continue;
      }
      const a = readFileSync(join(checkedIn, f), "utf8");
      const b = readFileSync(join(fresh, f), "utf8");
      if (a !== b) problems.push(`  differs   ${genRel}/${f} (first difference at line ${firstDifferentLine(a, b)})`);
    }
    for (const f of have) if (!wantSet.has(f)) problems.push(`  extra     ${genRel}/${f} (no longer generated)`);

    if (problems.length > 0) {
      console.error(
        `codegen-check: FAILED — ${genRel} is stale (${problems.length} file(s) differ from what proto/ generates):\n` +
          problems.join("\n") +
          "\nRun `npm run codegen` and commit the result.",
      );
      exitCode = 1;
    } else {
      console.log(`codegen-check: OK — ${genRel} is up to date (${want.length} files).`);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(exitCode);
