import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCompose } from "./check-compose.mjs";
import { parse } from "yaml";
import { CLASSIFIER_NODE_FLAGS } from "../packages/shared/src/runtime.ts";
import { root } from "./lib.mjs";

describe("docker-compose.yml", () => {
  it("defines every service with a healthcheck and valid dependencies", () => {
    expect(checkCompose(readFileSync(join(root, "docker-compose.yml"), "utf8"))).toEqual([]);
  });
  it("flags a dependency on an undefined service", () => {
    const bad = "services:\n  a:\n    image: x\n    healthcheck: {test: [CMD, true]}\n    depends_on: [b]\n";
    expect(checkCompose(bad).some((e) => e.includes("depends_on unknown service b"))).toBe(true);
  });
  it("runs the classifier and its workers with the classifier's Node flags, as npm start and the evaluation do", () => {
    const doc = parse(readFileSync(join(root, "docker-compose.yml"), "utf8"));
    const classifiers = Object.values(doc.services).filter((s) => (s.command ?? []).some((c) => String(c).startsWith("services/classifier/dist/")));
    expect(classifiers.length).toBe(2);
    for (const s of classifiers) for (const f of CLASSIFIER_NODE_FLAGS) expect(s.command).toContain(f);
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    for (const f of CLASSIFIER_NODE_FLAGS) expect(pkg.scripts.eval).toContain(f);
    expect(readFileSync(join(root, "scripts", "start.mjs"), "utf8")).toContain("CLASSIFIER_NODE_FLAGS");
  });
});
