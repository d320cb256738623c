// The browser suite's own vitest config (not named vitest.config.ts, so the root `vitest run`
// does not pick it up): Node drives one shared browser of the run's engine (`E2E_ENGINE`); test
// files run one after the other because the machine's cores are better spent on the browser.
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@cardward/source"] },
  // Vite resolves the node environment's imports with `ssr.resolve` conditions: without this the
  // simulators and the happy-dom runner would run the packages' last build, not their source.
  ssr: { resolve: { conditions: ["@cardward/source"] } },
  test: {
    name: `e2e-${process.env.E2E_ENGINE ?? "chromium"}`,
    root: import.meta.dirname,
    environment: "node",
    include: ["suites/**/*.test.ts"],
    globalSetup: ["harness/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
