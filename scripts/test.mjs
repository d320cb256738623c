// `pnpm test` and `pnpm test:quick`: runs the steps that gate a change, one after the other,
// saying what each is and how long it took, and stops at the first that fails.
//
//   pnpm test                      every step (what CI runs)
//   pnpm test:quick                lint, typecheck, the unit tests of what changed
//   pnpm test -- unit pack         only the named steps, in the usual order
import { spawn } from "node:child_process";
import { ROOT } from "./lib/workspace.mjs";

/**
 * @typedef {object} Step
 * @property {string} name short name, also what `pnpm test -- <name>` selects
 * @property {string} what what it checks, for the log
 * @property {string[][]} commands what runs, one after the other, from the repository root
 */

/** @type {Step[]} */
const STEPS = [
  {
    name: "lint",
    what: "Biome lint and format; no function over 80 lines, no import cycle (check-source)",
    commands: [
      ["pnpm", "run", "lint"],
      ["node", "scripts/check-source.mjs"],
    ],
  },
  {
    name: "manifests",
    what: "package.json fields derived from exports are up to date",
    commands: [["node", "scripts/sync-manifests.mjs", "--check"]],
  },
  {
    name: "changesets",
    what: "every changed package has a changeset",
    commands: [["node", "scripts/check-changesets.mjs"]],
  },
  { name: "build", what: "build the packages", commands: [["pnpm", "run", "build"]] },
  { name: "typecheck", what: "tsc in every project", commands: [["pnpm", "run", "typecheck"]] },
  {
    name: "readme",
    what: "the READMEs' TypeScript snippets compile and run",
    commands: [["node", "tests/readme/run.mjs"]],
  },
  {
    name: "unit",
    what: "unit, property and conformance tests",
    commands: [["pnpm", "run", "test:unit"]],
  },
  {
    name: "pack",
    what: "pack, publint, attw, install with npm and use every entry",
    commands: [["pnpm", "run", "test:pack"]],
  },
  {
    name: "examples",
    what: "build the example apps",
    commands: [["pnpm", "run", "build:examples"]],
  },
  { name: "e2e", what: "browser tests", commands: [["pnpm", "run", "test:e2e"]] },
  { name: "size", what: "size budgets", commands: [["pnpm", "run", "size"]] },
];

/** The inner loop: no build, and only the unit tests that changed files reach. */
const QUICK = [
  ...STEPS.filter((step) => step.name === "lint" || step.name === "typecheck"),
  {
    name: "unit (changed)",
    what: "unit tests reached by files changed since the last commit",
    commands: [["pnpm", "exec", "vitest", "run", "--changed", "--passWithNoTests"]],
  },
];

/** Runs one command with its output passed through; resolves with its exit code. */
function runCommand([command, ...args]) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: "inherit",
      shell: process.platform === "win32",
    });
    child.once("error", () => resolve(1));
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs a step's commands in order, stopping at the first that fails; resolves with its code. */
async function runStep(step) {
  for (const command of step.commands) {
    const code = await runCommand(command);
    if (code !== 0) return code;
  }
  return 0;
}

/** `12.3 s` or `2 min 05 s`. */
function duration(milliseconds) {
  const seconds = milliseconds / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, "0")} s`;
}

/** The steps selected by the command line. */
function selectedSteps(argv) {
  if (argv.includes("--quick")) return QUICK;
  const names = argv.filter((arg) => !arg.startsWith("-"));
  if (names.length === 0) return STEPS;
  const unknown = names.filter((name) => !STEPS.some((step) => step.name === name));
  if (unknown.length > 0) {
    console.error(
      `Unknown step ${unknown.join(", ")}; steps: ${STEPS.map((s) => s.name).join(", ")}`,
    );
    process.exit(2);
  }
  return STEPS.filter((step) => names.includes(step.name));
}

const steps = selectedSteps(process.argv.slice(2));
const timings = [];
const started = performance.now();
for (const [index, step] of steps.entries()) {
  console.log(`\n▶ [${index + 1}/${steps.length}] ${step.name}: ${step.what}`);
  const stepStarted = performance.now();
  const code = await runStep(step);
  const took = performance.now() - stepStarted;
  timings.push({ name: step.name, took, ok: code === 0 });
  if (code !== 0) {
    console.error(`\n✗ ${step.name} failed (exit ${code}) after ${duration(took)}`);
    break;
  }
  console.log(`✓ ${step.name} (${duration(took)})`);
}

const width = Math.max(...timings.map((timing) => timing.name.length));
console.log("\nstep".padEnd(width + 3), "time");
for (const timing of timings) {
  console.log(`${timing.ok ? "✓" : "✗"} ${timing.name.padEnd(width)}  ${duration(timing.took)}`);
}
console.log(`${"total".padStart(width + 2)}  ${duration(performance.now() - started)}`);
if (timings.some((timing) => !timing.ok)) process.exit(1);
