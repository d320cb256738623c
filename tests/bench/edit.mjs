// The edit model's cost per keystroke in Node: core's editNumber typing a 16-digit Visa one digit
// at a time (each result is the next state, as the dom binding does), editExpiry typing `1230`,
// editCvc typing `737`, and validateCvc against card-validator's cvv on the same inputs. Each
// round times every case in turn (after a warm-up); the figure is the median over rounds.
//
//   node tests/bench/edit.mjs [--quick]
//
// cardward is imported from its built dist (`pnpm --filter @cardward/core build` first).
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { editCvc, editExpiry, editNumber, emptyCvcState, validateCvc } from "@cardward/core";
import { median, ratio, us } from "./stats.mjs";

const require = createRequire(import.meta.url);
const cardValidator = require("card-validator");

const EMPTY = { value: "", selectionStart: 0, selectionEnd: 0 };
const type = (data) => ({ kind: "input", inputType: "insertText", data });

/** Types `digits` into an empty field with `edit`, one keystroke each; returns the keystrokes. */
function typing(edit, digits, start = EMPTY) {
  return () => {
    let state = start;
    for (const d of digits) state = edit(state, type(d));
    if (state.value === "") throw new Error("the edit model dropped every digit");
    return digits.length;
  };
}

const CVC_INPUTS = ["123", "737", "12", "1234", "12a", ""];

const cases = {
  "editNumber: type 4242424242424242": typing(editNumber, "4242424242424242"),
  "editNumber: type 378282246310005 (Amex)": typing(editNumber, "378282246310005"),
  "editExpiry: type 1230": typing(editExpiry, "1230"),
  "editCvc: type 737": typing((s, e) => editCvc(s, e, { brand: "visa" }), "737", emptyCvcState()),
  "validateCvc (6 inputs)": () => {
    let n = 0;
    for (const s of CVC_INPUTS) if (validateCvc(s, { brand: "visa" }).isValid) n++;
    return CVC_INPUTS.length + n * 0;
  },
  "card-validator cvv (6 inputs)": () => {
    let n = 0;
    for (const s of CVC_INPUTS) if (cardValidator.cvv(s, 3).isValid) n++;
    return CVC_INPUTS.length + n * 0;
  },
};

/** Runs `fn` for about `ms` milliseconds: nanoseconds per unit of work it reports. */
function slice(fn, ms) {
  const budget = BigInt(Math.round(ms * 1e6));
  const start = process.hrtime.bigint();
  let units = 0;
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let rep = 0; rep < 10; rep++) units += fn();
    elapsed = process.hrtime.bigint() - start;
  }
  return Number(elapsed) / units;
}

/** Measures every case: median nanoseconds per keystroke (or per validation). */
export function measureEdit({ quick = false } = {}) {
  const rounds = quick ? 3 : 11;
  const names = Object.keys(cases);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (const name of names) slice(cases[name], 200); // warm-up
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length];
      samples[name].push(slice(cases[name], 50));
    }
  }
  return Object.fromEntries(names.map((n) => [n, median(samples[n])]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = measureEdit({ quick: process.argv.includes("--quick") });
  const lines = ["| case | µs per keystroke (or call) |", "|---|--:|"];
  for (const [name, ns] of Object.entries(result)) lines.push(`| ${name} | ${us(ns / 1000)} |`);
  const cvc = result["validateCvc (6 inputs)"];
  const cv = result["card-validator cvv (6 inputs)"];
  lines.push(
    "",
    `validateCvc vs card-validator cvv: ${ratio(cv, cvc)} (above 1x: cardward faster)`,
  );
  process.stdout.write(`${lines.join("\n")}\n`);
}
