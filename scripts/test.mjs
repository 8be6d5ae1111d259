// `npm test`: build, check generated code is fresh, lint protos, run every test suite (unit and
// integration against the real PostgreSQL and NATS), and end with "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ensureBuilt, root } from "./lib.mjs";

const extra = process.argv.slice(2);
let passed = 0;
let failed = 0;
const step = (name, cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: "inherit", cwd: root });
  if (r.status === 0) passed++;
  else {
    failed++;
    console.error(`[test] ${name} FAILED`);
  }
  return r.status === 0;
};

try {
  ensureBuilt();
  passed++;
} catch (e) {
  console.error(`[test] build FAILED: ${e.message}`);
  console.log(`0 passed, 1 failed`);
  process.exit(1);
}
step("codegen is up to date", process.execPath, [join(root, "scripts", "codegen-check.mjs")]);
step("buf lint", join(root, "node_modules", ".bin", "buf"), ["lint", join(root, "proto")]);

const out = join(root, "test-results.json");
rmSync(out, { force: true });
const r = spawnSync(
  process.execPath,
  [join(root, "node_modules", "vitest", "vitest.mjs"), "run", "--reporter=default", "--reporter=json", `--outputFile=${out}`, ...extra],
  { stdio: "inherit", cwd: root },
);
if (existsSync(out)) {
  const res = JSON.parse(readFileSync(out, "utf8"));
  passed += res.numPassedTests ?? 0;
  failed += res.numFailedTests ?? 0;
  // A test file that failed to load or whose hooks failed has no failing test of its own: count it.
  for (const f of res.testResults ?? []) {
    if (f.status === "failed" && !(f.assertionResults ?? []).some((a) => a.status === "failed")) failed++;
  }
  if ((res.numTotalTests ?? 0) === 0) failed++;
} else {
  failed++;
}
if (r.status !== 0 && failed === 0) failed++;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
