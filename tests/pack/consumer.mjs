// The files of the throwaway app that installs the packed packages: one use of every entry each
// package exports, generated from the `exports` maps so a new entry is covered without an edit.
import { entrySubpaths, specifier } from "../../scripts/lib/workspace.mjs";

/**
 * @typedef {object} Entry
 * @property {string} specifier what a consumer imports, e.g. `@cardward/core/locales/de`
 * @property {string} id a JavaScript identifier for it
 * @property {boolean} esmOnly the entry has no `require` condition (a Node tool written as ESM,
 *   such as `@cardward/frame/site`): CommonJS consumers cannot load it, by design
 */

/**
 * Every entry of every package.
 * @param {import("../../scripts/lib/workspace.mjs").WorkspacePackage[]} packages
 * @returns {Entry[]}
 */
export function entriesOf(packages) {
  return packages.flatMap((pkg) =>
    entrySubpaths(pkg.manifest).map((subpath) => {
      const spec = specifier(pkg.name, subpath);
      return {
        specifier: spec,
        id: `entry_${spec.replace(/[^\w]/g, "_")}`,
        esmOnly: !JSON.stringify(pkg.manifest.exports[subpath]).includes('"require"'),
      };
    }),
  );
}

/** A CommonJS script that requires every entry and prints its export names as JSON. */
export function requireScript(entries) {
  const lines = withoutEsmOnly(entries).map(
    (entry) =>
      `names[${JSON.stringify(entry.specifier)}] = Object.keys(require(${JSON.stringify(entry.specifier)})).sort();`,
  );
  return ["const names = {};", ...lines, "process.stdout.write(JSON.stringify(names));", ""].join(
    "\n",
  );
}

/** An ES module that imports every entry and prints its export names as JSON. */
export function importScript(entries) {
  const lines = entries.map(
    (entry) =>
      `names[${JSON.stringify(entry.specifier)}] = Object.keys(await import(${JSON.stringify(entry.specifier)})).sort();`,
  );
  return ["const names = {};", ...lines, "process.stdout.write(JSON.stringify(names));", ""].join(
    "\n",
  );
}

/**
 * TypeScript that imports every entry as a namespace and proves each one has typed exports: an
 * entry whose types did not resolve is `any`, one with no exports has no keys, and either makes
 * `Usable` a message that `true` cannot be assigned to.
 */
export function typesModule(entries) {
  const imports = entries.map(
    (entry) => `import * as ${entry.id} from ${JSON.stringify(entry.specifier)};`,
  );
  const uses = entries.map(
    (entry) => `export const ${entry.id}_usable: Usable<typeof ${entry.id}> = true;`,
  );
  return [
    ...imports,
    "",
    "type Usable<T> = 0 extends 1 & T",
    '  ? "its types did not resolve"',
    "  : keyof T extends never",
    '    ? "it has no exports"',
    "    : true;",
    "",
    ...uses,
    "",
  ].join("\n");
}

/**
 * The tsconfig of one `moduleResolution` profile, over the given files. `checkDeclarations`
 * type-checks every declaration file, the packages' own and their peers' (slow, so only the node16
 * profile does it: it reads both the `.d.ts` and the `.d.cts` files).
 */
function tsconfig(module, moduleResolution, files, checkDeclarations = false) {
  return {
    compilerOptions: {
      module,
      moduleResolution,
      target: "ES2022",
      lib: ["ES2022", "DOM", "DOM.Iterable"],
      types: ["node"],
      strict: true,
      noEmit: true,
      skipLibCheck: !checkDeclarations,
      esModuleInterop: true,
    },
    files,
  };
}

/** The entries a CommonJS consumer can load. */
export const withoutEsmOnly = (entries) => entries.filter((entry) => !entry.esmOnly);

/** The files of the app, by path relative to it. */
export function appFiles(entries, dependencies) {
  const types = typesModule(entries);
  const commonJsTypes = typesModule(withoutEsmOnly(entries));
  return {
    "package.json": `${JSON.stringify({ name: "cardward-pack-check", private: true, dependencies }, null, 2)}\n`,
    "require.cjs": requireScript(entries),
    "import.mjs": importScript(entries),
    "consumer.ts": types,
    "consumer-commonjs.ts": commonJsTypes,
    "consumer.mts": types,
    "consumer.cts": commonJsTypes,
    "tsconfig.node10.json": JSON.stringify(
      tsconfig("commonjs", "node10", ["consumer-commonjs.ts"]),
    ),
    "tsconfig.node16.json": JSON.stringify(
      // `module: node20` is Node 20.19+ as `engines` says: a CommonJS file may `require` an ES
      // module (jose, behind @cardward/server's CommonJS build), which `module: node16` forbids.
      tsconfig("node20", "node16", ["consumer.mts", "consumer.cts"], true),
    ),
    "tsconfig.bundler.json": JSON.stringify(tsconfig("esnext", "bundler", ["consumer.ts"])),
  };
}
