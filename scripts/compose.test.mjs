import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCompose } from "./check-compose.mjs";
import { root } from "./lib.mjs";

describe("docker-compose.yml", () => {
  it("defines every service with a healthcheck and valid dependencies", () => {
    expect(checkCompose(readFileSync(join(root, "docker-compose.yml"), "utf8"))).toEqual([]);
  });
  it("flags a dependency on an undefined service", () => {
    const bad = "services:\n  a:\n    image: x\n    healthcheck: {test: [CMD, true]}\n    depends_on: [b]\n";
    expect(checkCompose(bad).some((e) => e.includes("depends_on unknown service b"))).toBe(true);
  });
});
