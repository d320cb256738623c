// Runs the browser suite in one engine (`E2E_ENGINE`) with vitest and writes its tally to
// `E2E_SUMMARY` as JSON: passed, failed, seconds, and every test the engine cannot run, by name
// with the reason. run.mjs starts one of these per engine (WebKit's under xvfb-run).
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startVitest } from "vitest/node";

const HERE = dirname(fileURLToPath(import.meta.url));
const engine = process.env.E2E_ENGINE ?? "chromium";

let passed = 0;
let failed = 0;
const limited = [];
/** Counts every test case's final state; a skipped test is listed with its reason. */
const counter = {
  onTestCaseResult(testCase) {
    const result = testCase.result();
    if (result.state === "passed") passed += 1;
    else if (result.state === "failed") failed += 1;
    else if (result.state === "skipped") {
      limited.push({ name: testCase.fullName, note: result.note ?? "skipped without a reason" });
    }
  },
};

const started = Date.now();
const vitest = await startVitest("test", process.argv.slice(2), {
  config: join(HERE, "vitest.e2e.config.ts"),
  watch: false,
  reporters: ["default", counter],
});
const errors = vitest.state.getUnhandledErrors().length;
// A test file that failed outside its tests (it could not load, a hook threw) ran no test to
// count: each such file is a failure, or a broken file would pass the run unseen.
const brokenFiles = vitest.state
  .getFiles()
  .filter((file) => (file.result?.errors?.length ?? 0) > 0).length;
await vitest.close();
failed += brokenFiles;
// No test at all (a filter that matched nothing) is a failure too.
if (passed + failed + limited.length === 0 || errors > 0) failed += Math.max(1, errors);
const seconds = (Date.now() - started) / 1000;
const summary = { engine, passed, failed, seconds, limited };
if (process.env.E2E_SUMMARY) writeFileSync(process.env.E2E_SUMMARY, JSON.stringify(summary));
process.exit(failed > 0 ? 1 : 0);
