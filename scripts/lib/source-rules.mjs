// The two source rules `pnpm test`'s lint step enforces (issue 17's "Done when"), written as pure
// functions over in-memory sources so that scripts/check-source.mjs can prove each can fail.
//
// - No function longer than MAX_FUNCTION_LINES: declarations, expressions, arrows, methods,
//   constructors and accessors, counted from their first line to their last, inclusive.
// - No import cycle among a package's modules, type-only imports and re-exports included (what
//   `madge --circular` reports): a type cycle still ties the modules' meaning together.
import { dirname, join, relative } from "node:path";
import ts from "typescript";

/** The longest a function may be, in lines (the style guide: "functions under 80 lines"). */
export const MAX_FUNCTION_LINES = 80;

/**
 * @typedef {object} SourceFile
 * @property {string} path the file's path (absolute, or relative to the package's src)
 * @property {string} text its contents
 */

/**
 * @typedef {object} LongFunction
 * @property {string} path
 * @property {number} line where the function starts, 1-based
 * @property {number} lines how many lines it spans
 * @property {string} name its name, or what holds it (`<arrow>` when nothing names it)
 */

/** The node kinds the length rule counts. */
const FUNCTION_KINDS = new Set([
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.FunctionExpression,
  ts.SyntaxKind.ArrowFunction,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.Constructor,
  ts.SyntaxKind.GetAccessor,
  ts.SyntaxKind.SetAccessor,
]);

/** A readable name for a function node: its own, or the variable or property it is assigned to. */
function functionName(node) {
  if (node.kind === ts.SyntaxKind.Constructor) return "constructor";
  if (node.name) return node.name.getText();
  const holder = node.parent;
  if (holder && (ts.isVariableDeclaration(holder) || ts.isPropertyAssignment(holder))) {
    return holder.name.getText();
  }
  return node.kind === ts.SyntaxKind.ArrowFunction ? "<arrow>" : "<function>";
}

/**
 * Every function in `file` longer than `maxLines`, outermost first. Overloads and declarations
 * without a body are skipped.
 *
 * @param {SourceFile} file
 * @param {number} [maxLines]
 * @returns {LongFunction[]}
 */
export function longFunctions(file, maxLines = MAX_FUNCTION_LINES) {
  const kind = file.path.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, kind);
  const found = [];
  const lineOf = (position) => source.getLineAndCharacterOfPosition(position).line + 1;
  const visit = (node) => {
    if (FUNCTION_KINDS.has(node.kind) && node.body) {
      const line = lineOf(node.getStart(source));
      const lines = lineOf(node.getEnd()) - line + 1;
      if (lines > maxLines) found.push({ path: file.path, line, lines, name: functionName(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The extensions a relative specifier may leave out, in the order TypeScript tries them. */
const CANDIDATE_SUFFIXES = [".ts", ".tsx", "/index.ts", "/index.tsx", ""];

/**
 * The module of `files` that a relative specifier names, or undefined (a package import, or a
 * file outside the set). A `.js` specifier names its `.ts` source, as TypeScript resolves it.
 */
function resolveSpecifier(from, specifier, paths) {
  if (!specifier.startsWith(".")) return undefined;
  const base = join(dirname(from), specifier);
  const withoutJs = base.replace(/\.jsx?$/, "");
  return [
    ...CANDIDATE_SUFFIXES.map((suffix) => base + suffix),
    `${withoutJs}.ts`,
    `${withoutJs}.tsx`,
  ].find((path) => paths.has(path));
}

/**
 * Each module's imports among `files`: static imports and re-exports (type-only ones included),
 * `import type`, and dynamic `import()`.
 *
 * @param {SourceFile[]} files
 * @returns {Map<string, string[]>}
 */
export function importGraph(files) {
  const paths = new Set(files.map((file) => file.path));
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(file.text, true, true);
      const targets = importedFiles
        .map((imported) => resolveSpecifier(file.path, imported.fileName, paths))
        .filter((path) => path !== undefined);
      return [file.path, [...new Set(targets)]];
    }),
  );
}

/**
 * The import cycles of a graph, each as the list of modules from the first back to itself. Each
 * cycle is found once, from the module where the depth-first walk entered it.
 *
 * @param {Map<string, string[]>} graph
 * @returns {string[][]}
 */
export function importCycles(graph) {
  const cycles = [];
  const state = new Map();
  const visit = (file, path) => {
    state.set(file, "open");
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next, [...path, next]);
    }
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file, [file]);
  return cycles;
}

/**
 * Pairs of folders under `src` whose modules import each other (core's edit/ and format/ once
 * did), e.g. `edit <-> format`. Not a cycle of modules, so not a failure; the root folder, which
 * holds the modules shared by all (types, errors), is left out.
 *
 * @param {Map<string, string[]>} graph
 * @param {string} src
 * @returns {string[]}
 */
export function mutualFolders(graph, src) {
  const folder = (file) => relative(src, dirname(file));
  const edges = new Set();
  for (const [file, imports] of graph) {
    for (const next of imports) {
      if (folder(file) && folder(next) && folder(file) !== folder(next)) {
        edges.add(`${folder(file)}\n${folder(next)}`);
      }
    }
  }
  return [...edges]
    .map((edge) => edge.split("\n"))
    .filter(([from, to]) => from < to && edges.has(`${to}\n${from}`))
    .map(([from, to]) => `${from} <-> ${to}`);
}
