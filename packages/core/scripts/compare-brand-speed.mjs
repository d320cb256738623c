// detectBrand and brandCandidates with the readable brand table (what sources and tests run) and
// with the encoded one the build ships (dist), side by side in one process, rounds interleaved so
// load on a shared machine falls on both alike. Also times loading each module, which is where
// the encoded table is decoded and the prefix buckets are filled.
//
//   pnpm -F @cardward/core build && node packages/core/scripts/compare-brand-speed.mjs [--rounds 11]
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { option, root } from "./core-at-ref.mjs";

const require = createRequire(createRequire(join(root, "package.json")).resolve("tsup"));
const esbuild = require("esbuild");

const ROUNDS = Number(option("rounds", "11"));
const SLICE_MS = 100;
const LOADS = 30;

/** Prefixes and whole numbers of every brand, ambiguous prefixes and misses. */
const INPUTS = [
  ...["4", "42", "4242", "424242424242", "4242424242424242", "34", "378282246310005"],
  ...["3", "30", "36", "6", "60", "6011", "62", "6212345678901232", "5", "51", "2221", "2"],
  ...["22", "2200", "9792", "636368", "5067", "509", "81", "1", "0", "", "6370950000000005"],
  ...["4011784", "6062828888666688", "3566002020360505", "5019717010103742", "99"],
];

/**
 * Bundles core into one module at `out` and returns its URL: from `src/index.ts` (the readable
 * table) or `dist/index.js` (the encoded one), so that both load as one file.
 */
async function bundle(entry, out) {
  await esbuild.build({
    entryPoints: [join(root, "packages/core", entry)],
    bundle: true,
    format: "esm",
    platform: "neutral",
    outfile: out,
    logLevel: "error",
  });
  return pathToFileURL(out).href;
}

/** Calls of `fn` on every input per microsecond, over one time slice. */
function throughput(fn) {
  let calls = 0;
  const started = performance.now();
  while (performance.now() - started < SLICE_MS) {
    for (const input of INPUTS) fn(input);
    calls += INPUTS.length;
  }
  return calls / ((performance.now() - started) * 1000);
}

/** The median of a list. */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Milliseconds to import a fresh copy of `url`, median of LOADS. */
async function loadTime(url) {
  const times = [];
  for (let i = 0; i < LOADS; i++) {
    const started = performance.now();
    await import(`${url}?load=${i}`);
    times.push(performance.now() - started);
  }
  return median(times);
}

const dir = mkdtempSync(join(tmpdir(), "cardward-brands-"));
try {
  const forms = {
    readable: await bundle("src/index.ts", join(dir, "readable.mjs")),
    encoded: await bundle("dist/index.js", join(dir, "encoded.mjs")),
  };
  const cores = {
    readable: await import(forms.readable),
    encoded: await import(forms.encoded),
  };
  const rows = [];
  for (const name of ["detectBrand", "brandCandidates"]) {
    const runs = { readable: [], encoded: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? ["readable", "encoded"] : ["encoded", "readable"];
      for (const form of order) runs[form].push(throughput(cores[form][name]));
    }
    const readable = median(runs.readable);
    const encoded = median(runs.encoded);
    rows.push(
      `${name}: readable ${readable.toFixed(2)}, encoded ${encoded.toFixed(2)} calls/µs (encoded/readable ${(encoded / readable).toFixed(2)}x)`,
    );
  }
  const loads = {
    readable: await loadTime(forms.readable),
    encoded: await loadTime(forms.encoded),
  };
  rows.push(
    `module load: readable ${loads.readable.toFixed(2)} ms, encoded ${loads.encoded.toFixed(2)} ms`,
  );
  process.stdout.write(`${rows.join("\n")}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
