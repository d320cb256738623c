// The cases scripts/check-source.mjs runs its rules on before it checks the packages: each must
// find exactly what it says, so that a rule that can no longer fail is noticed at once.
import { importCycles, importGraph, longFunctions, MAX_FUNCTION_LINES } from "./source-rules.mjs";

/** `count` lines of statements, to make a body as long as a case needs. */
const body = (count) => Array.from({ length: count }, (_, i) => `  step(${i});`).join("\n");

/**
 * Each kind of function the length rule counts, `lines` long from its first line to its last.
 * The opening and closing lines count, so the body holds `lines - 2` statements.
 */
const FUNCTION_KINDS = {
  declaration: (lines) => `export function f() {\n${body(lines - 2)}\n}`,
  arrow: (lines) => `export const f = () => {\n${body(lines - 2)}\n};`,
  expression: (lines) => `export const f = function () {\n${body(lines - 2)}\n};`,
  method: (lines) => `class C {\n  f() {\n${body(lines - 2)}\n  }\n}`,
  constructor: (lines) => `class C {\n  constructor() {\n${body(lines - 2)}\n  }\n}`,
  getter: (lines) => `const o = {\n  get f() {\n${body(lines - 2)}\n  },\n};`,
  setter: (lines) => `class C {\n  set f(v: number) {\n${body(lines - 2)}\n  }\n}`,
  "object method": (lines) => `const o = {\n  f() {\n${body(lines - 2)}\n  },\n};`,
};

/**
 * @typedef {object} CycleCase
 * @property {string} name
 * @property {Record<string, string>} files module path to text
 * @property {string[][]} cycles what importCycles must answer
 */

/** @type {CycleCase[]} */
const CYCLE_CASES = [
  {
    name: "a type-only import closing a loop",
    files: {
      "/src/a.ts": 'import type { B } from "./b";\nexport type A = B[];',
      "/src/b.ts": 'import { a } from "./a";\nexport type B = typeof a;',
    },
    cycles: [["/src/a.ts", "/src/b.ts", "/src/a.ts"]],
  },
  {
    name: "a re-export, a folder index and a .js specifier",
    files: {
      "/src/a.ts": 'export * from "./lib";',
      "/src/lib/index.ts": 'export { c } from "./c.js";',
      "/src/lib/c.tsx": 'import { type A } from "../a";\nexport const c = 1;',
    },
    cycles: [["/src/a.ts", "/src/lib/index.ts", "/src/lib/c.tsx", "/src/a.ts"]],
  },
  {
    name: "a dynamic import",
    files: {
      "/src/a.ts": 'export const load = () => import("./b");',
      "/src/b.ts": 'export { load } from "./a";',
    },
    cycles: [["/src/a.ts", "/src/b.ts", "/src/a.ts"]],
  },
  {
    name: "a chain and a diamond, which are no cycles",
    files: {
      "/src/a.ts": 'import "./b";\nimport "./c";\nimport "some-package";',
      "/src/b.ts": 'import "./d";',
      "/src/c.ts": 'import "./d";',
      "/src/d.ts": "export const d = 1;",
    },
    cycles: [],
  },
];

/** What each case found that it should not have, or missed; empty when every rule works. */
export function selfCheck() {
  const failures = [];
  for (const [kind, write] of Object.entries(FUNCTION_KINDS)) {
    for (const lines of [MAX_FUNCTION_LINES, MAX_FUNCTION_LINES + 1]) {
      const found = longFunctions({ path: `/src/${kind}.ts`, text: write(lines) });
      const expected = lines > MAX_FUNCTION_LINES ? 1 : 0;
      const spans = found.map((f) => f.lines).join();
      if (found.length !== expected || (expected === 1 && spans !== String(lines))) {
        failures.push(`a ${lines}-line ${kind}: found ${found.length} long function(s) [${spans}]`);
      }
    }
  }
  for (const { name, files, cycles } of CYCLE_CASES) {
    const sources = Object.entries(files).map(([path, text]) => ({ path, text }));
    const found = importCycles(importGraph(sources));
    if (JSON.stringify(found) !== JSON.stringify(cycles)) {
      failures.push(`${name}: found ${JSON.stringify(found)}, expected ${JSON.stringify(cycles)}`);
    }
  }
  return failures;
}
