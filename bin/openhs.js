#!/usr/bin/env node
// openhs command line: `openhs data import [...]` (more commands are added by each service).
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [group, cmd, ...rest] = process.argv.slice(2);
const commands = {
  "data import": "services/tariff/dist/import/cli.js",
  "keys create": ["gateway/dist/cli/keys.js", "create"],
  "keys revoke": ["gateway/dist/cli/keys.js", "revoke"],
  "keys list": ["gateway/dist/cli/keys.js", "list"],
  "keys local": ["gateway/dist/cli/keys.js", "local"],
};
const key = `${group ?? ""} ${cmd ?? ""}`.trim();
const target = commands[key];
if (!target) {
  console.error(`usage: openhs <command>\n\ncommands:\n${Object.keys(commands).map((c) => `  openhs ${c}`).join("\n")}`);
  process.exit(key === "" || key === "help" || group === "--help" ? 0 : 2);
}
const [targetFile, fn] = Array.isArray(target) ? target : [target, "main"];
const file = join(root, targetFile);
if (!existsSync(file)) {
  console.error(`openhs is not built yet (${targetFile} missing): run \`npm run build\` first`);
  process.exit(1);
}
const mod = await import(file);
const code = await mod[fn](rest);
process.exitCode = typeof code === "number" ? code : process.exitCode;
