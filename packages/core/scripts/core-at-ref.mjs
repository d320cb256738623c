// Bundles packages/core/src at a git ref and at the working tree (esbuild, through tsup) and
// imports both, for scripts that compare the two side by side in one process.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The repository's root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

const require = createRequire(createRequire(join(root, "package.json")).resolve("tsup"));
const esbuild = require("esbuild");

/** Bundles `packages/core/src/index.ts` under `dir` into one ESM file and imports it. */
async function load(dir, out) {
  await esbuild.build({
    entryPoints: [join(dir, "packages/core/src/index.ts")],
    bundle: true,
    format: "esm",
    platform: "neutral",
    minify: true,
    outfile: out,
    logLevel: "error",
  });
  return import(pathToFileURL(out).href);
}

/** Calls `run({ ref, cur })` with core at `ref` and at the working tree; cleans up after. */
export async function withCores(ref, run) {
  const dir = mkdtempSync(join(tmpdir(), "cardward-core-"));
  try {
    execFileSync("sh", [
      "-c",
      `git -C "${root}" archive ${ref} packages/core | tar -x -C "${dir}"`,
    ]);
    return await run({
      ref: await load(dir, join(dir, "ref.mjs")),
      cur: await load(root, join(dir, "cur.mjs")),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The value of `--name` in the command line, or `fallback`. */
export function option(name, fallback) {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
}
