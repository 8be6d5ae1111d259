// Structural validation of docker-compose.yml without a Docker engine: every service has an image
// or build, a healthcheck (or is a one-shot job), and depends_on only names defined services.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { root } from "./lib.mjs";

export function checkCompose(text) {
  const doc = parse(text, { merge: true });
  const errors = [];
  const services = doc?.services ?? {};
  const names = new Set(Object.keys(services));
  if (names.size === 0) errors.push("no services defined");
  for (const [name, svc] of Object.entries(services)) {
    if (!svc.image && !svc.build) errors.push(`${name}: needs image or build`);
    if (!svc.healthcheck && svc.restart !== "no") errors.push(`${name}: no healthcheck`);
    const deps = Array.isArray(svc.depends_on) ? svc.depends_on : Object.keys(svc.depends_on ?? {});
    for (const d of deps) if (!names.has(d)) errors.push(`${name}: depends_on unknown service ${d}`);
  }
  for (const required of ["postgres", "nats", "tariff", "classifier", "landed-cost", "risk", "gateway"]) {
    if (!names.has(required)) errors.push(`missing service ${required}`);
  }
  return errors;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const errors = checkCompose(readFileSync(join(root, "docker-compose.yml"), "utf8"));
  if (errors.length) {
    console.error(`docker-compose.yml is invalid:\n  ${errors.join("\n  ")}`);
    process.exit(1);
  }
  console.log("docker-compose.yml: structure valid");
}
