// Before and after on one page: today's build of cardward and an earlier one (a single ESM file
// of @cardward/dom with its core, made with --pack from that commit's build), typed in the same
// rounds as the plain-input baseline and cleave-zen. On a shared machine the absolute times move
// with the load; two builds measured side by side in the same rounds still compare.
//
//   git stash / checkout the earlier commit, pnpm build, then:
//   node tests/bench/compare.mjs --pack /tmp/cardward-before.js
//   back on today's commit, pnpm build, then:
//   node tests/bench/compare.mjs --before /tmp/cardward-before.js [--rounds 60] [--cpu-throttle 4]
//
// `--after FILE` types another packed build in place of today's (two earlier builds side by side,
// or a scratch variant against today's pack). A commit older than this script is packed with
// esbuild straight from its dist: `@cardward/dom`'s `dist/index.js` bundled with `@cardward/core`
// aliased to core's `dist/index.js`, as `pack` below does.
//
// Prints the handling cost per keystroke (the library's time minus the baseline's) per field at
// the 10th and 50th percentiles of the rounds: the 10th is the least disturbed by other work.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { openBenchPage } from "./browser.mjs";
import { entryOf } from "./workspace.mjs";

const LIBS = ["baseline", "cardward", "cardward-before", "cleave-zen"];
const KEYS = { number: 16, expiry: 4, cvc: 3 };
const ALL_KEYS = 23;
const REPS = 10;
const PERCENTILES = [0.1, 0.5];

/** Bundles today's @cardward/dom build, with its core, into one ESM file at `file`. */
async function pack(file) {
  await build({
    entryPoints: [entryOf("dom")],
    bundle: true,
    format: "esm",
    alias: { "@cardward/core": entryOf("core") },
    outfile: resolve(file),
    logLevel: "warning",
  });
}

/** Types every library's fields `rounds` times, in a rotating order; per-keystroke samples. */
async function sample(before, after, rounds, rate) {
  const alias = { "@cardward-before/dom": resolve(before) };
  if (after) alias["@cardward/dom"] = resolve(after);
  const session = await openBenchPage({ libs: LIBS, alias });
  try {
    const { page } = session;
    if (rate > 1) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    }
    const type = (lib) => page.evaluate(([l, n]) => window.bench.type(l, n), [lib, REPS]);
    for (const lib of LIBS) await type(lib);
    const samples = Object.fromEntries(LIBS.map((l) => [l, { number: [], expiry: [], cvc: [] }]));
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < LIBS.length; i++) {
        const lib = LIBS[(i + round) % LIBS.length];
        const total = await type(lib);
        for (const field of Object.keys(KEYS)) {
          samples[lib][field].push((total[field] * 1000) / (REPS * KEYS[field]));
        }
      }
    }
    return samples;
  } finally {
    await session.close();
  }
}

/** The `p` quantile of `values`. */
const quantile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(p * (sorted.length - 1))];
};

/** The report: handling costs per field and all keystrokes, and the ratios, per percentile. */
function report(samples) {
  const lines = [];
  for (const p of PERCENTILES) {
    const net = (lib, field) =>
      quantile(samples[lib][field], p) - quantile(samples.baseline[field], p);
    const all = (lib) =>
      Object.entries(KEYS).reduce((sum, [field, keys]) => sum + keys * net(lib, field), 0) /
      ALL_KEYS;
    lines.push(
      "",
      `p${p * 100} of the rounds, µs per keystroke (handling cost):`,
      "",
      "| library | number | expiry | CVC | all keystrokes | vs cleave-zen |",
      "|---|--:|--:|--:|--:|--:|",
    );
    for (const lib of LIBS.filter((l) => l !== "baseline")) {
      const cells = Object.keys(KEYS).map((field) => net(lib, field).toFixed(1));
      const ratio = (all(lib) / all("cleave-zen")).toFixed(2);
      lines.push(`| ${lib} | ${cells.join(" | ")} | ${all(lib).toFixed(1)} | ${ratio}x |`);
    }
    lines.push(
      "",
      `cardward / cardward-before: ${(all("cardward") / all("cardward-before")).toFixed(2)}x`,
    );
  }
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      pack: { type: "string" },
      before: { type: "string" },
      after: { type: "string" },
      rounds: { type: "string" },
      "cpu-throttle": { type: "string" },
    },
  });
  if (values.pack) {
    await pack(values.pack);
    process.stdout.write(`packed @cardward/dom into ${values.pack}\n`);
  } else if (values.before) {
    const rate = Number(values["cpu-throttle"] ?? 1);
    const rounds = Number(values.rounds ?? 60);
    const samples = await sample(values.before, values.after, rounds, rate);
    if (rate > 1) process.stdout.write(`CPU throttled ${rate}x\n`);
    process.stdout.write(`${report(samples).trimStart()}\n`);
  } else {
    process.stderr.write(
      "usage: compare.mjs --pack FILE | --before FILE [--after FILE] [--rounds N] [--cpu-throttle R]\n",
    );
    process.exitCode = 1;
  }
}
