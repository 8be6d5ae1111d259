import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{packages,services,gateway}/*/src/**/*.test.ts", "gateway/src/**/*.test.ts", "scripts/**/*.test.mjs"],
    exclude: ["**/node_modules/**", "**/dist/**"],
    globalSetup: ["./test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: "forks",
  },
});
