// Validation throughput in Node: cardward's validateNumber, validateExpiry and validateCvc
// against card-validator's number / expirationDate / cvv and payment's validateCardNumber /
// validateCardExpiry / validateCardCVC, on the same inputs, in one process. Each round times every
// library over the whole input mix (in a rotating order, after a warm-up); the figure is the median
// of the rounds' ops/s, and the ratios compare medians measured side by side.
//
//   node tests/bench/validation.mjs [--quick]
//
// cardward is imported from its built dist (`pnpm --filter @cardward/core build` first).
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { validateCvc, validateExpiry, validateNumber } from "@cardward/core";
import { median, ratio } from "./stats.mjs";

const require = createRequire(import.meta.url);
const cardValidator = require("card-validator");
const payment = require("payment");

/** The libraries this section compares against, for the report's version list. */
export const PEER_PACKAGES = ["card-validator", "payment"];

/** Valid cards of several brands (plain and formatted), partial numbers and garbage. */
export const NUMBER_INPUTS = [
  "4242424242424242",
  "4242 4242 4242 4242",
  "5555555555554444",
  "2223-0031-2200-3222",
  "378282246310005",
  "3782 822463 10005",
  "6011111111111117",
  "3566002020360505",
  "36227206271667",
  "6200000000000005",
  "6304000000000000",
  "4111111111111111110",
  "4242424242424241",
  "4242",
  "4242 4242 42",
  "5",
  "37828",
  "60110000",
  "",
  "0000000000000000",
  "4242abcd4242",
  "not a card",
  "4242424242424242424242",
  "9792000000000001",
];
/** Complete, partial, expired, far-ahead and malformed expiry dates. */
export const EXPIRY_INPUTS = [
  "12/30",
  "03/2031",
  "12 / 29",
  "1/30",
  "0130",
  "12/",
  "1",
  "13/30",
  "02/20",
  "12/2",
  "ab/cd",
  "",
];
/** CVCs for a Visa card: valid, short, long and garbage. */
export const CVC_INPUTS = ["123", "737", "12", "1234", "12a", ""];

const contenders = {
  number: {
    cardward: (s) => validateNumber(s).isValid,
    "card-validator": (s) => cardValidator.number(s).isValid,
    payment: (s) => payment.fns.validateCardNumber(s),
  },
  expiry: {
    cardward: (s) => validateExpiry(s).isValid,
    "card-validator": (s) => cardValidator.expirationDate(s).isValid,
    payment: (s) => payment.fns.validateCardExpiry(s),
  },
  cvc: {
    cardward: (s) => validateCvc(s, { brand: "visa" }).isValid,
    "card-validator": (s) => cardValidator.cvv(s, 3),
    payment: (s) => payment.fns.validateCardCVC(s, "visa"),
  },
};
const INPUTS = { number: NUMBER_INPUTS, expiry: EXPIRY_INPUTS, cvc: CVC_INPUTS };
const LABELS = {
  number: "validateNumber / number / validateCardNumber",
  expiry: "validateExpiry / expirationDate / validateCardExpiry",
  cvc: "validateCvc / cvv / validateCardCVC",
};

/** Calls `fn` over `inputs` for about `ms` milliseconds: `[calls, nanoseconds]`. */
function slice(fn, inputs, ms) {
  let sink = 0;
  let calls = 0;
  const budget = BigInt(Math.round(ms * 1e6));
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let rep = 0; rep < 20; rep++) {
      for (let i = 0; i < inputs.length; i++) if (fn(inputs[i])) sink++;
    }
    calls += 20 * inputs.length;
    elapsed = process.hrtime.bigint() - start;
  }
  if (sink < 0) throw new Error("unreachable: keeps the results alive");
  return [calls, Number(elapsed)];
}

/**
 * Measures every validator against its peers. A round interleaves short slices of every library
 * (rotating who goes first), so a burst of load on a shared machine hits all of them alike; the
 * figure is the median over rounds of each library's calls per second.
 * @param {{ quick?: boolean }} [options] `quick`: fewer rounds (a smoke run)
 */
export async function measureValidation({ quick = false } = {}) {
  const rounds = quick ? 3 : 9;
  const slices = quick ? 6 : 20;
  const ms = 10;
  const results = {};
  for (const [kind, libs] of Object.entries(contenders)) {
    const names = Object.keys(libs);
    const samples = Object.fromEntries(names.map((n) => [n, []]));
    for (const name of names) slice(libs[name], INPUTS[kind], 200); // warm-up
    for (let round = 0; round < rounds; round++) {
      const total = Object.fromEntries(names.map((n) => [n, [0, 0]]));
      for (let s = 0; s < slices; s++) {
        for (let k = 0; k < names.length; k++) {
          const name = names[(s + k) % names.length];
          const [calls, ns] = slice(libs[name], INPUTS[kind], ms);
          total[name][0] += calls;
          total[name][1] += ns;
        }
      }
      for (const name of names) samples[name].push((total[name][0] * 1e9) / total[name][1]);
    }
    results[kind] = Object.fromEntries(names.map((n) => [n, median(samples[n])]));
  }
  const inputs = Object.fromEntries(Object.entries(INPUTS).map(([k, v]) => [k, v.length]));
  return { rounds, inputs, results };
}

const fmt = (ops) => `${(ops / 1e6).toFixed(2)} M`;

/** The section as markdown: ops/s per library and cardward's ratio to each peer. */
export function validationMarkdown({ rounds, inputs, results }) {
  const lines = [
    `Median of ${rounds} rounds; each round calls every library on the same input mix (numbers:`,
    `${inputs.number} inputs of several brands, plain and formatted, partial and garbage; expiry:`,
    `${inputs.expiry}; CVC: ${inputs.cvc}). ops/s in millions of calls per second; a ratio above 1x`,
    "means cardward is faster. cardward returns a full result (brand, candidates, issues with",
    "messages) where payment returns a boolean.",
    "",
    "| validator | cardward | card-validator | payment | vs card-validator | vs payment |",
    "|---|---|---|---|---|---|",
  ];
  for (const [kind, r] of Object.entries(results)) {
    lines.push(
      `| ${LABELS[kind]} | ${fmt(r.cardward)} | ${fmt(r["card-validator"])} | ${fmt(r.payment)} | ${ratio(r.cardward, r["card-validator"])} | ${ratio(r.cardward, r.payment)} |`,
    );
  }
  return lines.join("\n");
}

/** The targets: validateNumber at least 10x card-validator and at least 1x payment. */
export function validationTargets({ results }) {
  const n = results.number;
  return [
    {
      target: "validateNumber >= 10x card-validator's number()",
      measured: ratio(n.cardward, n["card-validator"]),
      met: n.cardward >= 10 * n["card-validator"],
    },
    {
      target: "validateNumber >= 1x payment's validateCardNumber()",
      measured: ratio(n.cardward, n.payment),
      met: n.cardward >= n.payment,
    },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await measureValidation({ quick: process.argv.includes("--quick") });
  const targets = validationTargets(result)
    .map((t) => `- ${t.target}: ${t.measured} (${t.met ? "met" : "MISSED"})`)
    .join("\n");
  process.stdout.write(`${validationMarkdown(result)}\n\n${targets}\n`);
}
