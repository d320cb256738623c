// What each feature costs in the size-limit rows: every row is bundled from the packages' sources
// (esbuild, minified, tree-shaken, gzip -9, as tests/bench/breakdown.mjs does), once whole and
// once with a feature left out: its exports not imported, or its modules replaced by stubs that
// do nothing. The difference is the feature's cost. The totals are sources' (with the readable
// brand table); `pnpm size` measures dist, which ships the table encoded, so the columns are for
// the differences.
//
//   node scripts/size-attribution.mjs
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import ts from "typescript";
import { ROOT } from "./lib/workspace.mjs";

// esbuild is tsup's dependency, not the repository's: it is found from tsup.
const requireFromTsup = createRequire(createRequire(join(ROOT, "package.json")).resolve("tsup"));
const { build } = requireFromTsup("esbuild");

/**
 * The features left out as modules, by the issue that added them. Each module is replaced by a
 * stub exporting the same names as functions that do nothing. Its callers stay, so a cost is what
 * the modules and everything only they import weigh: a lower bound.
 */
const FEATURES = {
  optionChecks: {
    label: "option checks, own properties (14)",
    modules: ["core/src/options/check-option.ts", "core/src/options/own-options.ts"],
  },
  entryGuards: {
    label: "edit and expiry entry guards (14)",
    modules: ["core/src/guard/edit-input.ts", "core/src/guard/expiry-input.ts"],
  },
  expirySlots: {
    label: "expiry slots and typing (15)",
    modules: ["core/src/format/expiry-slots.ts", "core/src/format/expiry-typing.ts"],
  },
  sensitiveValues: {
    label: "Sensitive values as input and output",
    modules: ["core/src/sensitive.ts"],
  },
  fieldHistory: { label: "per-field undo history (15)", modules: ["dom/src/field-history.ts"] },
  splitExpiry: {
    label: "split month/year inputs (15)",
    modules: ["dom/src/split-expiry-inputs.ts"],
  },
  inputChangeEvents: {
    label: "input/change events (16)",
    modules: ["dom/src/field-notify.ts"],
  },
};

/** The names a module exports as values (types need no stub). */
function valueExports(path) {
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest);
  const names = [];
  for (const statement of source.statements) {
    const exported = ts
      .getModifiers?.(statement)
      ?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) {
      if (statement.name) names.push(statement.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        names.push(declaration.name.getText(source));
      }
    }
  }
  return names;
}

/** A module standing in for `path`: every value export a function that does nothing. */
const stubOf = (path) =>
  valueExports(path)
    .map((name) => `export const ${name} = () => {};`)
    .join("\n");

/** A plugin that loads a stub in place of each of `modules` (paths under packages/). */
function stubPlugin(modules) {
  const stubbed = new Set(modules.map((module) => join(ROOT, "packages", module)));
  return {
    name: "size-attribution-stubs",
    setup(esbuild) {
      esbuild.onLoad({ filter: /\.ts$/ }, ({ path }) =>
        stubbed.has(path) ? { contents: stubOf(path), loader: "js" } : undefined,
      );
    },
  };
}

/** Gzipped bytes of `names` exported from a package's sources, with `stubs` in place. */
async function gzipBytes(pkg, names, { stubs = [], external = [] } = {}) {
  const result = await build({
    stdin: { contents: `export ${names} from "./packages/${pkg}/src/index.ts";`, resolveDir: ROOT },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    logLevel: "silent",
    conditions: ["@cardward/source"],
    external: ["react", "react-dom", "vue", "zod", ...external],
    plugins: [stubPlugin(stubs)],
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

const VALIDATORS = [
  "detectBrand",
  "brandCandidates",
  "luhn",
  "validateNumber",
  "validateExpiry",
  "validateCvc",
  "validateCardholderName",
  "validatePostalCode",
  "validateCard",
];
const HISTORY = ["emptyHistory", "recordEdit", "undoEdit", "redoEdit", "createEditHistory"];
const SPLIT_EXPIRY = ["editExpiryMonth", "commitExpiryMonth", "editExpiryYear"];
const EDITING = [
  ...HISTORY,
  ...SPLIT_EXPIRY,
  "editNumber",
  "editExpiry",
  "commitExpiry",
  "editCvc",
  "emptyCvcState",
  "editName",
  "editPostalCode",
];
const SCHEMAS = ["cardSchema", "cvcSchema", "expirySchema", "numberSchema"];

/** Every value export of core, read from its built index. */
const coreExports = Object.keys(await import(`${ROOT}packages/core/dist/index.js`));
const allBut = (left) => `{ ${coreExports.filter((name) => !left.includes(name)).join(", ")} }`;

/**
 * @typedef {object} Row
 * @property {string} name
 * @property {string} pkg
 * @property {string} names
 * @property {{ label: string, modules?: string[], names?: string, external?: string[] }[]} features
 *   each left out as modules (stubs), as exports not imported, or as a package left external
 */

const {
  optionChecks,
  entryGuards,
  expirySlots,
  sensitiveValues,
  fieldHistory,
  splitExpiry,
  inputChangeEvents,
} = FEATURES;

/** @type {Row[]} */
const ROWS = [
  { name: "validateNumber", pkg: "core", names: "{ validateNumber }", features: [optionChecks] },
  {
    name: "validators",
    pkg: "core",
    names: `{ ${VALIDATORS.join(", ")} }`,
    features: [optionChecks, entryGuards, sensitiveValues],
  },
  {
    name: "all of core",
    pkg: "core",
    names: "*",
    features: [
      { label: "undo history exports (15)", names: allBut(HISTORY) },
      { label: "split month/year exports (15)", names: allBut(SPLIT_EXPIRY) },
      expirySlots,
      { label: "the whole edit model", names: allBut(EDITING) },
      { label: "Standard Schema objects", names: allBut(SCHEMAS) },
      optionChecks,
      entryGuards,
    ],
  },
  {
    name: "mountCardFields",
    pkg: "dom",
    names: "{ mountCardFields }",
    features: [
      fieldHistory,
      splitExpiry,
      expirySlots,
      inputChangeEvents,
      optionChecks,
      entryGuards,
      { label: "all of core it uses", external: ["@cardward/core", "@cardward/core/internal"] },
    ],
  },
];

for (const row of ROWS) {
  const whole = await gzipBytes(row.pkg, row.names);
  process.stdout.write(`${row.name}: ${whole} B gzip from sources\n`);
  for (const feature of row.features) {
    const less = await gzipBytes(row.pkg, feature.names ?? row.names, {
      stubs: feature.modules,
      external: feature.external,
    });
    process.stdout.write(`  ${feature.label.padEnd(40)} ${String(whole - less).padStart(5)} B\n`);
  }
}
