// `pnpm bench`: every section side by side with the peers in one run, printed and written to
// docs/benchmarks.md with the machine and every version measured. Never part of `pnpm test`.
//
//   node tests/bench/run.mjs [--only sizes,validation,keystroke,mount] [--quick] [--profile]
//                            [--no-write]
//
// --quick runs fewer rounds (a smoke run); --profile always adds the CPU profile of cardward's
// keystroke path (it is added anyway when the keystroke target is missed).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { CHROMIUM_PATH, openBenchPage } from "./browser.mjs";
import { keystrokeMarkdown, measureKeystrokesAcross } from "./keystroke.mjs";
import { measureMounts, mountMarkdown } from "./mount.mjs";
import { profileKeystrokes, profileMarkdown } from "./profile.mjs";
import { measureSizes, PEER_PACKAGES, sizesReport, sizeTargets } from "./sizes.mjs";
import { entryOf, here, PACKAGES, root } from "./workspace.mjs";

const { values: args } = parseArgs({
  options: {
    only: { type: "string" },
    quick: { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
  },
});
const only = new Set((args.only ?? "sizes,validation,keystroke,mount").split(","));
const log = (line) => process.stderr.write(`[bench] ${line}\n`);

function ensureBuilt() {
  for (const pkg of PACKAGES.filter((p) => !existsSync(entryOf(p)))) {
    log(`building @cardward/${pkg} (no dist/)`);
    try {
      execFileSync("pnpm", ["--filter", `@cardward/${pkg}`, "run", "build"], {
        cwd: root,
        stdio: "ignore",
      });
    } catch {
      log(`@cardward/${pkg} did not build: it is left out of the sections that need it`);
    }
  }
}

function versionOf(name) {
  for (const dir of [join(here, "node_modules", name), join(root, "node_modules", name)]) {
    const file = join(dir, "package.json");
    if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")).version;
  }
  return "not installed";
}

function commit() {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      cwd: root,
      encoding: "utf8",
    }).trim();
  } catch {
    return "unknown";
  }
}

/** Loads the validation section when its module is present (it is written separately). */
async function validationSection() {
  const file = join(here, "validation.mjs");
  if (!existsSync(file)) return undefined;
  const mod = await import(pathToFileURL(file).href);
  const result = await mod.measureValidation({ quick: args.quick });
  return {
    markdown: mod.validationMarkdown(result),
    targets: mod.validationTargets?.(result) ?? [],
    versions: mod.PEER_PACKAGES ?? [],
  };
}

const started = Date.now();
ensureBuilt();
const sections = [];
const targets = [];
const versionNames = new Set(PEER_PACKAGES);
let chromiumVersion = "not run";

if (only.has("sizes")) {
  log("bundle sizes");
  const sizes = await measureSizes();
  sections.push(["Bundle size", await sizesReport(sizes)]);
  targets.push(...sizeTargets(sizes));
}

if (only.has("validation")) {
  log("validation throughput");
  const validation = await validationSection();
  if (validation) {
    sections.push(["Validation throughput (Node)", validation.markdown]);
    targets.push(...validation.targets);
    for (const name of validation.versions) versionNames.add(name);
  } else {
    sections.push(["Validation throughput (Node)", "validation.mjs is not present yet."]);
  }
}

if (only.has("keystroke") || only.has("mount")) {
  const session = await openBenchPage();
  chromiumVersion = session.version;
  try {
    if (only.has("keystroke")) {
      log("keystroke cost in Chromium");
      // Three page loads of 25 rounds each (one of 5 with --quick), pooled.
      const keystrokes = await measureKeystrokesAcross(
        openBenchPage,
        args.quick ? 1 : 3,
        args.quick ? { rounds: 5, reps: 5, warmup: 1 } : {},
      );
      sections.push(["Keystroke cost (Chromium)", keystrokeMarkdown(keystrokes)]);
      if (keystrokes.target) targets.push(keystrokes.target);
      if (keystrokes.libs.cardward && (args.profile || keystrokes.target?.met === false)) {
        log("profiling cardward's keystroke path");
        const profile = await profileKeystrokes("cardward", args.quick ? { reps: 100 } : {});
        sections.push(["Where cardward's keystroke time goes", profileMarkdown(profile)]);
      }
    }
    if (only.has("mount")) {
      log("mount time in Chromium");
      const mounts = await measureMounts(
        session,
        args.quick ? { rounds: 5, cycles: 10, warmup: 1 } : {},
      );
      sections.push(["Mount time (Chromium)", mountMarkdown(mounts)]);
      if (mounts.libs.cardward && args.profile) {
        log("profiling cardward's mount and destroy");
        const profile = await profileKeystrokes("cardward", {
          reps: args.quick ? 50 : 200,
          mount: true,
        });
        sections.push(["Where cardward's mount time goes", profileMarkdown(profile)]);
      }
    }
    if (session.pageErrors.length) log(`page errors: ${session.pageErrors.join("; ")}`);
  } finally {
    await session.close();
  }
}

const cpu = cpus();
const machine = [
  `- CPU: ${cpu[0]?.model ?? "unknown"}, ${cpu.length} logical cores; ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory`,
  `- Node ${process.versions.node} (V8 ${process.versions.v8}), ${chromiumVersion === "not run" ? "Chromium not run" : `Chromium ${chromiumVersion} (headless, ${CHROMIUM_PATH})`}`,
  `- cardward at ${commit()}: ${PACKAGES.map((p) => `@cardward/${p} ${JSON.parse(readFileSync(join(root, "packages", p, "package.json"), "utf8")).version}`).join(", ")}`,
  `- peers and tools: ${[...versionNames].map((n) => `${n} ${versionOf(n)}`).join(", ")}`,
  `- ${new Date().toISOString().slice(0, 10)}, ${Math.round((Date.now() - started) / 1000)} s${args.quick ? ", --quick (fewer rounds: not for publishing)" : ""}`,
].join("\n");

const targetLines = [
  "| target | measured | met |",
  "|---|---|---|",
  ...targets.map(
    (t) =>
      `| ${t.target} | ${t.measured} | ${t.met ? "yes" : `**no**${t.note ? `: ${t.note}` : ""}`} |`,
  ),
];

// The hand-written record of what changed the keystroke figure, with its before and after runs
// (measured with the commands it names), carried into every generated report.
const NOTES = join(root, "tests/bench/keystroke-notes.md");
const notes = existsSync(NOTES) ? ["", readFileSync(NOTES, "utf8").trimEnd()] : [];

const report = [
  "# Benchmarks",
  "",
  "Generated by `pnpm bench` (tests/bench/run.mjs); do not edit by hand. Every figure is a median",
  "of several runs, and every ratio compares libraries measured side by side in the same run, so",
  "the ratios hold on a noisy machine even when the absolute times move. See tests/bench/README.md",
  "for what each section measures and how.",
  "",
  "## Targets",
  "",
  ...targetLines,
  ...sections.flatMap(([title, body]) => ["", `## ${title}`, "", body]),
  ...notes,
  "",
  "## Machine",
  "",
  machine,
  "",
].join("\n");

process.stdout.write(report);
if (!args["no-write"] && !args.only && !args.quick) {
  mkdirSync(join(root, "docs"), { recursive: true });
  writeFileSync(join(root, "docs/benchmarks.md"), report);
  log("wrote docs/benchmarks.md");
}
