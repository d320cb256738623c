// Finds import cycles among core's modules, type-only imports included (what `madge --circular`
// reports), and folders that import each other (edit/ and format/ once did).
//
//   node packages/core/scripts/check-cycles.mjs
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const src = resolve(dirname(fileURLToPath(import.meta.url)), "../src");
const IMPORT = /(?:import|export)\s[^;]*?from\s*"(\.[^"]+)"|import\(\s*"(\.[^"]+)"\s*\)/g;

/** Every .ts file under `dir`. */
const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });

/** The module a relative specifier names. */
function resolveSpecifier(from, specifier) {
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, join(base, "index.ts"), base].find(
    (path) => existsSync(path) && statSync(path).isFile(),
  );
}

const graph = new Map(
  files(src).map((file) => [
    file,
    [...readFileSync(file, "utf8").matchAll(IMPORT)]
      .map((m) => resolveSpecifier(file, m[1] ?? m[2]))
      .filter((path) => path !== undefined),
  ]),
);

const cycles = [];
const state = new Map();
function visit(file, path) {
  state.set(file, "open");
  for (const next of graph.get(file) ?? []) {
    if (state.get(next) === "open") cycles.push([...path.slice(path.indexOf(next)), next]);
    else if (!state.has(next)) visit(next, [...path, next]);
  }
  state.set(file, "done");
}
for (const file of graph.keys()) if (!state.has(file)) visit(file, [file]);

const folder = (file) => relative(src, dirname(file)) || ".";
const edges = new Set();
for (const [file, imports] of graph) {
  for (const next of imports)
    if (folder(file) !== folder(next)) edges.add(`${folder(file)} -> ${folder(next)}`);
}
// The root's shared modules (types, errors, the index) are imported from everywhere: only folders
// under src/ are compared.
const mutual = [...edges].filter(
  (edge) =>
    !edge.includes(". ->") &&
    !edge.endsWith("-> .") &&
    edges.has(edge.split(" -> ").reverse().join(" -> ")),
);

for (const cycle of cycles)
  process.stdout.write(`cycle: ${cycle.map((f) => relative(src, f)).join(" -> ")}\n`);
for (const edge of mutual) process.stdout.write(`folders import each other: ${edge}\n`);
process.stdout.write(
  `${graph.size} modules, ${cycles.length} cycles, ${mutual.length / 2} mutual folder pairs\n`,
);
process.exitCode = cycles.length === 0 ? 0 : 1;
