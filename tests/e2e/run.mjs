// `pnpm test:e2e`: builds what the browser suite needs if it is missing (the dom, testing and
// frame packages and the four examples), runs the suite in the system's Chromium, and ends with a
// summary line `N passed, N failed`. Exits non-zero on any failure or when no Chromium is found.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startVitest } from "vitest/node";
import { findChromium, INSTALL_HINT } from "./harness/chromium.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = dirname(dirname(HERE));

if (!findChromium()) {
  console.error(INSTALL_HINT);
  console.log("0 passed, 1 failed");
  process.exit(1);
}

/** Builds a workspace package whose output is missing. */
function ensureBuilt(filter, output) {
  if (existsSync(join(REPO, output))) return;
  console.log(`Building ${filter} (${output} is missing)...`);
  const result = spawnSync("pnpm", ["--filter", `${filter}...`, "run", "build"], {
    cwd: REPO,
    stdio: "inherit",
  });
  if (result.status !== 0) {
    console.error(`Could not build ${filter}.`);
    console.log("0 passed, 1 failed");
    process.exit(1);
  }
}
const args = process.argv.slice(2);
if (!args.includes("--no-build")) {
  ensureBuilt("@cardward/dom", "packages/dom/dist/index.js");
  for (const name of ["vanilla", "react", "vue"]) {
    ensureBuilt(`@cardward/example-${name}`, `examples/${name}/dist/index.html`);
  }
  // The isolated suites: the frame site's builder (Node) and the isolated example's page.
  ensureBuilt("@cardward/frame", "packages/frame/dist/site.js");
  ensureBuilt("@cardward/example-isolated", "examples/isolated/dist/index.html");
}

let passed = 0;
let failed = 0;
/** Counts every test case's final state. */
const counter = {
  onTestCaseResult(testCase) {
    const { state } = testCase.result();
    if (state === "passed") passed += 1;
    else if (state === "failed") failed += 1;
  },
};

const filters = args.filter((arg) => arg !== "--no-build");
const started = Date.now();
const vitest = await startVitest("test", filters, {
  config: join(HERE, "vitest.e2e.config.ts"),
  watch: false,
  reporters: ["default", counter],
});
const errors = vitest.state.getUnhandledErrors().length;
await vitest.close();
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (passed + failed === 0 || errors > 0) failed += Math.max(1, errors);
console.log(`Browser suite finished in ${seconds} s.`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || process.exitCode ? 1 : 0);
