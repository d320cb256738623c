// `pnpm test:e2e [--browser chromium|firefox|webkit]... [--no-build] [file filters]`: builds
// what the browser suite needs if it is missing (the dom, testing and frame
// packages and the four examples), then runs the suite in each engine, one after the other (WebKit under xvfb-run when
// there is no display). Each engine ends with `<engine>: N passed, N failed` after the list of the
// tests it cannot run (by name, with why); the last line is the total. Exits non-zero on any
// failure, and when an engine is missing (with how to install it).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { findEngines, INSTALL_HINTS } from "./harness/engines.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = dirname(dirname(HERE));
const ENGINES = ["chromium", "firefox", "webkit"];
const XVFB_ARGS = ["-a", "-s", "-screen 0 1280x1024x24"];

/** Splits the arguments into engines (`--browser x`, repeatable), flags and file filters. */
function parseArgs(args) {
  const engines = [];
  const filters = [];
  let build = true;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--no-build") build = false;
    else if (arg === "--browser" || arg.startsWith("--browser=")) {
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : args[++i];
      engines.push(...(value ?? "").split(","));
    } else filters.push(arg);
  }
  const unknown = engines.filter((engine) => !ENGINES.includes(engine));
  if (unknown.length > 0) {
    console.error(`Unknown --browser ${unknown.join(", ")}: choose from ${ENGINES.join(", ")}.`);
    process.exit(2);
  }
  return { engines: engines.length > 0 ? engines : ENGINES, filters, build };
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

/** Runs the suite in one engine; returns its summary. */
function runEngine(engine, filters, found) {
  if (!found[engine]) {
    console.error(INSTALL_HINTS[engine]);
    return { engine, passed: 0, failed: 1, seconds: 0, limited: [], missing: true };
  }
  const dir = mkdtempSync(join(tmpdir(), "cardward-e2e-summary-"));
  const summaryFile = join(dir, "summary.json");
  const node = [process.execPath, join(HERE, "run-engine.mjs"), ...filters];
  const xvfbRun = engine === "webkit" && !process.env.DISPLAY ? found.webkit.xvfbRun : null;
  if (engine === "webkit" && !process.env.DISPLAY && !xvfbRun) {
    console.error(`WebKit needs a display and xvfb-run is missing.\n${INSTALL_HINTS.webkit}`);
    return { engine, passed: 0, failed: 1, seconds: 0, limited: [], missing: true };
  }
  const [command, ...args] = xvfbRun ? [xvfbRun, ...XVFB_ARGS, ...node] : node;
  console.log(`\n=== ${engine} ===`);
  spawnSync(command, args, {
    cwd: REPO,
    stdio: "inherit",
    env: { ...process.env, E2E_ENGINE: engine, E2E_SUMMARY: summaryFile },
  });
  const summary = existsSync(summaryFile)
    ? JSON.parse(readFileSync(summaryFile, "utf8"))
    : { engine, passed: 0, failed: 1, seconds: 0, limited: [] };
  rmSync(dir, { recursive: true, force: true });
  return summary;
}

/** Prints an engine's closing lines: the tests it cannot run, then `N passed, N failed`. */
function report(summary) {
  if (summary.missing) console.log(`${summary.engine}: not installed (how to install it is above)`);
  for (const { name, note } of summary.limited) {
    console.log(`${summary.engine}: not run: ${name} (${note})`);
  }
  const limited = summary.limited.length;
  const extra = limited > 0 ? ` (${limited} not run in ${summary.engine}, listed above)` : "";
  console.log(`${summary.engine} in ${summary.seconds.toFixed(1)} s${extra}`);
  console.log(`${summary.engine}: ${summary.passed} passed, ${summary.failed} failed`);
}

const { engines, filters, build } = parseArgs(process.argv.slice(2));
if (build) {
  ensureBuilt("@cardward/dom", "packages/dom/dist/index.js");
  for (const name of ["vanilla", "react", "vue", "react-hook-form"]) {
    ensureBuilt(`@cardward/example-${name}`, `examples/${name}/dist/index.html`);
  }
  // The isolated suites: the frame site's builder (Node) and the isolated example's page.
  ensureBuilt("@cardward/frame", "packages/frame/dist/site.js");
  ensureBuilt("@cardward/example-isolated", "examples/isolated/dist/index.html");
  ensureBuilt("@cardward/example-next", "examples/next/.next/BUILD_ID");
}
const found = findEngines();
const summaries = engines.map((engine) => runEngine(engine, filters, found));
console.log("\n=== browser suite ===");
for (const summary of summaries) report(summary);
const passed = summaries.reduce((sum, summary) => sum + summary.passed, 0);
const failed = summaries.reduce((sum, summary) => sum + summary.failed, 0);
console.log(`Total (${engines.join(", ")}): ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
