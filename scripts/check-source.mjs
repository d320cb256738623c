// The source rules of issue 17's "Done when", run by `pnpm test`'s lint step: no function in
// packages/*/src longer than 80 lines, and no import cycle (type-only imports included) within
// any package's src. Each finding is printed as file:line, and the run fails.
//
//   node scripts/check-source.mjs            check every package
//   node scripts/check-source.mjs --folders  also list folders whose modules import each other
//
// Before checking, it runs each rule on the cases in scripts/lib/source-rules-cases.mjs, which
// must fail where they say; so a rule that stops finding anything fails the run instead of
// passing it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import {
  importCycles,
  importGraph,
  longFunctions,
  MAX_FUNCTION_LINES,
  mutualFolders,
} from "./lib/source-rules.mjs";
import { selfCheck } from "./lib/source-rules-cases.mjs";
import { ROOT } from "./lib/workspace.mjs";

/** Every .ts and .tsx file under `dir`, as path and text. */
function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((path) => ({ path, text: readFileSync(path, "utf8") }));
}

/** Each package folder that has a src/, with its files. */
function packageSources() {
  const base = join(ROOT, "packages");
  return readdirSync(base)
    .sort()
    .map((dir) => join(base, dir, "src"))
    .filter((src) => existsSync(src))
    .map((src) => ({ src, files: sourceFiles(src) }));
}

const showFolders = process.argv.includes("--folders");
const broken = selfCheck();
if (broken.length > 0) {
  for (const failure of broken) console.error(`check-source's own case failed: ${failure}`);
  process.exit(2);
}

const at = (path) => relative(ROOT, path);
const problems = [];
let modules = 0;
for (const { src, files } of packageSources()) {
  modules += files.length;
  for (const file of files) {
    for (const found of longFunctions(file)) {
      problems.push(
        `${at(found.path)}:${found.line}: function ${found.name} is ${found.lines} lines long (at most ${MAX_FUNCTION_LINES})`,
      );
    }
  }
  const graph = importGraph(files);
  for (const cycle of importCycles(graph)) {
    const [first] = cycle;
    problems.push(`${at(first)}:1: import cycle: ${cycle.map(at).join(" -> ")}`);
  }
  if (showFolders) {
    for (const pair of mutualFolders(graph, src)) console.log(`${at(src)}: folders ${pair}`);
  }
}

for (const problem of problems) console.error(problem);
const verdict = problems.length === 0 ? "no problems" : `${problems.length} problem(s)`;
console.log(`check-source: ${modules} modules in packages/*/src, ${verdict}`);
process.exitCode = problems.length === 0 ? 0 : 1;
