// Keystroke cost in Chromium: typing a 16-digit number, an expiry and a CVC into cardward's
// mountCardFields and into imask, maskito and cleave-zen formatting the same fields on the same
// page. Each keystroke is the event sequence Chromium delivers (keydown, keypress, beforeinput,
// insertion + input, keyup), dispatched from page JS and timed with performance.now() around a
// batch of typed fields. A baseline set of plain inputs measures the dispatch and insertion
// itself; a library's handling cost is its time minus the baseline's in the same round.
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { openBenchPage } from "./browser.mjs";
import { median, us } from "./stats.mjs";

export const PEERS = ["imask", "maskito", "cleave-zen"];
/** Rows measured for context, never a target peer, with the sentence the report prints about each. */
export const CONTEXT = {
  "cleave-zen-card-validator":
    "cleave-zen formatting plus card-validator validating each field on every input (brand attribute, the code's length for the brand, `aria-invalid`): what cardward's fields also do besides formatting. Shown for context; the target compares the formatting libraries alone.",
};
const FIELDS = ["number", "expiry", "cvc"];
const TYPED = { number: "4242424242424242", expiry: "1230", cvc: "123" };
const EXPECTED = { number: "4242 4242 4242 4242", expiry: "12 / 30", cvc: "123" };
const KEYS = { number: 16, expiry: 4, cvc: 3 };
const ALL_KEYS = 23;

/** Whether a library's fields hold exactly the expected text after typing. */
function check(lib, read) {
  const problems = [];
  if (lib === "baseline") return problems;
  for (const field of ["number", "expiry"]) {
    if (read[field] !== EXPECTED[field])
      problems.push(`${field} is ${JSON.stringify(read[field])}`);
  }
  if (read.cvcDigits !== EXPECTED.cvc) problems.push(`cvc holds ${JSON.stringify(read.cvcDigits)}`);
  if (lib === "cardward" && (read.cvc.length !== 3 || /\d/.test(read.cvc))) {
    problems.push(`cvc input shows ${read.cvc.length} characters, digits: ${/\d/.test(read.cvc)}`);
  }
  return problems;
}

/**
 * Verifies every library formats the fields as expected, both through the page-dispatched events
 * the benchmark uses and through real key presses from Chromium's input pipeline
 * (`page.keyboard.type`), so the benchmark exercises the same handlers a person would.
 */
export async function verify(page, libs) {
  const results = {};
  for (const lib of libs) {
    await page.evaluate((l) => window.bench.reset(l), lib);
    await page.evaluate((l) => window.bench.type(l, 1), lib);
    const synthetic = check(lib, await page.evaluate((l) => window.bench.read(l), lib));
    await page.evaluate((l) => window.bench.reset(l), lib);
    for (const field of FIELDS) {
      await page.focus(`#${lib}-${field}`);
      await page.keyboard.type(TYPED[field]);
    }
    const real = check(lib, await page.evaluate((l) => window.bench.read(l), lib));
    await page.evaluate((l) => window.bench.reset(l), lib);
    results[lib] = { synthetic, real };
  }
  return results;
}

/** Types every library's fields `rounds` times on an open bench page; returns the samples. */
async function sample(session, { rounds = 25, reps = 20, warmup = 3 } = {}) {
  const { page } = session;
  const libs = await page.evaluate(() => window.bench.libs);
  const verified = await verify(page, libs);
  for (let i = 0; i < warmup; i++) {
    for (const lib of libs) await page.evaluate(([l, n]) => window.bench.type(l, n), [lib, reps]);
  }
  const samples = Object.fromEntries(
    libs.map((l) => [l, { number: [], expiry: [], cvc: [], all: [] }]),
  );
  for (let round = 0; round < rounds; round++) {
    // Rotate the order so no library always runs first (or right after a GC).
    const order = libs.map((_, i) => libs[(i + round) % libs.length]);
    for (const lib of order) {
      const total = await page.evaluate(([l, n]) => window.bench.type(l, n), [lib, reps]);
      const s = samples[lib];
      for (const field of FIELDS) s[field].push((total[field] * 1000) / (reps * KEYS[field]));
      s.all.push(((total.number + total.expiry + total.cvc) * 1000) / (reps * ALL_KEYS));
    }
  }
  return { libs, verified, samples, rounds, reps };
}

/** Runs the keystroke benchmark on an open bench page. */
export async function measureKeystrokes(session, options = {}) {
  return summarize([await sample(session, options)], await isolatedOf(session));
}

/**
 * Runs the keystroke benchmark on `sessions` bench pages opened one after another by `open`
 * (each a fresh browser) and pools their rounds: how fast a page's code runs depends on the page
 * load (where the JIT put it, what shares the caches), so one load can favour one library.
 */
export async function measureKeystrokesAcross(open, sessions = 3, options = {}) {
  const runs = [];
  let isolated = true;
  for (let i = 0; i < sessions; i++) {
    const session = await open();
    try {
      runs.push(await sample(session, options));
      isolated &&= await isolatedOf(session);
    } finally {
      await session.close();
    }
  }
  return summarize(runs, isolated);
}

/** Whether the page is cross-origin isolated (its timer then has the finest resolution). */
const isolatedOf = (session) => session.page.evaluate(() => window.bench.crossOriginIsolated);

/** Medians, handling costs and ratios over the pooled rounds of one or more page loads. */
function summarize(runs, isolated) {
  const { libs, reps } = runs[0];
  const verified = Object.fromEntries(
    libs.map((lib) => [
      lib,
      {
        synthetic: [...new Set(runs.flatMap((r) => r.verified[lib].synthetic))],
        real: [...new Set(runs.flatMap((r) => r.verified[lib].real))],
      },
    ]),
  );
  const samples = Object.fromEntries(
    libs.map((lib) => [
      lib,
      Object.fromEntries(
        [...FIELDS, "all"].map((key) => [key, runs.flatMap((r) => r.samples[lib][key])]),
      ),
    ]),
  );
  const rounds = runs.reduce((n, r) => n + r.rounds, 0);
  const result = {
    libs: {},
    verified,
    rounds,
    reps,
    sessions: runs.length,
    crossOriginIsolated: isolated,
  };
  for (const lib of libs) {
    const entry = { raw: {}, net: {} };
    for (const key of [...FIELDS, "all"]) {
      entry.raw[key] = median(samples[lib][key]);
      entry.net[key] = median(samples[lib][key].map((v, i) => v - samples.baseline[key][i]));
    }
    result.libs[lib] = entry;
  }
  // Ratios are of the median handling costs, both measured in the same rounds. (A median of
  // per-round ratios is not used: a peer's handling cost is small next to the baseline it is
  // taken from, so a round's ratio can have a denominator near zero and swing the median.)
  const ratioOf = (a, b) => result.libs[a].net.all / result.libs[b].net.all;
  const valid = (lib) => verified[lib].synthetic.length === 0;
  const peers = PEERS.filter((p) => result.libs[p] && valid(p));
  const fastest = peers.reduce(
    (best, p) => (!best || result.libs[p].net.all < result.libs[best].net.all ? p : best),
    null,
  );
  result.fastestPeer = fastest;
  for (const lib of libs.filter((l) => l !== "baseline")) {
    result.libs[lib].vsFastest = fastest ? ratioOf(lib, fastest) : undefined;
    result.libs[lib].vsCardward = result.libs.cardward ? ratioOf(lib, "cardward") : undefined;
  }
  if (result.libs.cardward && fastest) {
    const ours = result.libs.cardward.net.all;
    const theirs = result.libs[fastest].net.all;
    const r = result.libs.cardward.vsFastest;
    result.target = {
      target: "keystroke handling cost <= the fastest of imask, maskito, cleave-zen",
      measured: `${us(ours)} µs vs ${fastest} ${us(theirs)} µs per keystroke (${r.toFixed(2)}x)`,
      met: valid("cardward") && r <= 1,
      note: valid("cardward")
        ? r <= 1
          ? ""
          : `over by ${us(ours - theirs)} µs per keystroke`
        : "cardward's fields did not format as expected",
    };
  }
  return result;
}

/** Renders the keystroke tables as Markdown. */
export function keystrokeMarkdown(result) {
  const libs = Object.keys(result.libs).filter((l) => l !== "baseline");
  const fastest = result.fastestPeer;
  const lines = [
    `Median of ${result.rounds} rounds over ${result.sessions} page load${result.sessions === 1 ? "" : "s"} (each a fresh browser), each round typing every field ${result.reps} times; microseconds per keystroke (keydown, keypress, beforeinput, input, keyup). The first four columns are handling costs: the library's time minus the plain-input baseline in the same round (baseline: ${us(result.libs.baseline.raw.all)} µs per keystroke); "with dispatch" includes it. Ratios are of the median handling costs.`,
    "",
    `| library | number | expiry | CVC | all keystrokes | with dispatch | vs ${fastest ?? "fastest peer"} | vs cardward |`,
    "|---|--:|--:|--:|--:|--:|--:|--:|",
  ];
  for (const lib of libs) {
    const e = result.libs[lib];
    const bad = result.verified[lib].synthetic.length ? " (did not format as expected)" : "";
    lines.push(
      `| ${lib}${bad} | ${us(e.net.number)} | ${us(e.net.expiry)} | ${us(e.net.cvc)} | ${us(e.net.all)} | ${us(e.raw.all)} | ${e.vsFastest !== undefined ? `${e.vsFastest.toFixed(2)}x` : ""} | ${e.vsCardward !== undefined ? `${e.vsCardward.toFixed(2)}x` : ""} |`,
    );
  }
  for (const lib of libs.filter((l) => CONTEXT[l])) lines.push("", `${lib}: ${CONTEXT[lib]}`);
  const realFailures = Object.entries(result.verified).filter(
    ([, v]) => v.real.length || v.synthetic.length,
  );
  lines.push(
    "",
    realFailures.length
      ? `Formatting check failures: ${realFailures.map(([l, v]) => `${l}: ${[...v.synthetic.map((p) => `dispatched ${p}`), ...v.real.map((p) => `real keys ${p}`)].join(", ")}`).join("; ")}.`
      : `Every library's fields read "${EXPECTED.number}", "${EXPECTED.expiry}" and the CVC "123" (cardward's CVC input shows mask characters, its digits come from collect()) after typing, both with the dispatched events and with real key presses.`,
  );
  return lines.join("\n");
}

/**
 * Opens bench pages with Chromium's CPU slowed down `rate` times (DevTools protocol
 * `Emulation.setCPUThrottlingRate`, as DevTools' "4x slowdown" does): how the keystroke costs
 * compare on a slower phone. A rate of 1 is no throttling.
 */
export function throttledBenchPage(rate) {
  return async () => {
    const session = await openBenchPage();
    if (rate > 1) {
      const cdp = await session.page.context().newCDPSession(session.page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    }
    return session;
  };
}

// `node tests/bench/keystroke.mjs [--sessions N] [--cpu-throttle R]`: the keystroke section on its
// own, pooled over N page loads (default 1), with the CPU throttled R times (default 1).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { sessions: { type: "string" }, "cpu-throttle": { type: "string" } },
  });
  const rate = Number(values["cpu-throttle"] ?? 1);
  const result = await measureKeystrokesAcross(
    throttledBenchPage(rate),
    Number(values.sessions ?? 1),
  );
  if (rate > 1) process.stdout.write(`CPU throttled ${rate}x (Emulation.setCPUThrottlingRate)\n\n`);
  process.stdout.write(`${keystrokeMarkdown(result)}\n`);
}
