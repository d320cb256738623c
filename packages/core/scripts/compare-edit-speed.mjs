// Core's cost per keystroke before and after a change, measured side by side in one process: the
// edit model at a git ref and at the working tree type the same things in turn (rounds
// interleaved, so load on a shared machine falls on both alike). The cases are those of
// tests/bench/edit.mjs: a Visa and an Amex number, an expiry, a CVC typed one digit at a time.
//
//   node packages/core/scripts/compare-edit-speed.mjs [--ref main] [--rounds 11]
import { option, withCores } from "./core-at-ref.mjs";

const REF = option("ref", "main");
const ROUNDS = Number(option("rounds", "11"));
const SLICE_MS = 50;
const WARM_UP_MS = 200;

const EMPTY = { value: "", selectionStart: 0, selectionEnd: 0 };
const type = (data) => ({ kind: "input", inputType: "insertText", data });

/** The cases for one build of core: each types its digits and returns how many keystrokes. */
function cases(core) {
  const typing =
    (edit, digits, start = () => EMPTY) =>
    () => {
      let state = start();
      for (const d of digits) state = edit(state, type(d));
      if (state.value === "") throw new Error("the edit model dropped every digit");
      return digits.length;
    };
  return {
    "editNumber: type 4242424242424242": typing(core.editNumber, "4242424242424242"),
    "editNumber: type 378282246310005 (Amex)": typing(core.editNumber, "378282246310005"),
    "editExpiry: type 1230": typing(core.editExpiry, "1230"),
    "editCvc: type 737": typing(
      (s, e) => core.editCvc(s, e, { brand: "visa" }),
      "737",
      core.emptyCvcState,
    ),
  };
}

/**
 * Nanoseconds of CPU time per keystroke of `fn` over about `ms` milliseconds of CPU time. CPU
 * time, not wall time: on a shared machine the time spent waiting for a core is not counted.
 */
function slice(fn, ms) {
  const budget = ms * 1000;
  const start = process.cpuUsage();
  let units = 0;
  let used = 0;
  while (used < budget) {
    for (let rep = 0; rep < 10; rep++) units += fn();
    const { user, system } = process.cpuUsage(start);
    used = user + system;
  }
  return (used * 1000) / units;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

await withCores(REF, ({ ref, cur }) => {
  const before = cases(ref);
  const after = cases(cur);
  const lines = [`| case | ${REF} µs | working tree µs | after / before |`, "|---|--:|--:|--:|"];
  const ratios = [];
  for (const name of Object.keys(before)) {
    slice(before[name], WARM_UP_MS);
    slice(after[name], WARM_UP_MS);
    const a = [];
    const b = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate which goes first, so neither always runs on a warmer machine.
      const order = round % 2 === 0 ? [before, after] : [after, before];
      for (const side of order) (side === before ? a : b).push(slice(side[name], SLICE_MS));
    }
    const ratio = median(b) / median(a);
    ratios.push(ratio);
    lines.push(
      `| ${name} | ${(median(a) / 1000).toFixed(2)} | ${(median(b) / 1000).toFixed(2)} | ${ratio.toFixed(2)}x |`,
    );
  }
  const geomean = Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length);
  lines.push("", `geometric mean, after / before: ${geomean.toFixed(2)}x (below 1x: faster)`);
  process.stdout.write(`${lines.join("\n")}\n`);
});
