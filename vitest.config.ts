import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{lib,models,workers,scripts,app,cli}/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
