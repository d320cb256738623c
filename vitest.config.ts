import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      "packages/*/vitest.config.ts",
      "packages/zod/vitest.lowest.config.ts",
      "tests/*/vitest.config.ts",
    ],
  },
});
