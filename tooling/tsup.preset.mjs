// The one tsup preset every package builds with: ESM + CJS + declarations, tree-shakable output.
import { existsSync, readdirSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";

const OUT_DIR = "dist";

// With code splitting, esbuild also imports, for their side effects alone, the chunks an entry
// needs only through another chunk (`import './chunk-X.js';`), so that they load in parallel.
// Our packages have no side effects (`sideEffects: false`), so a merchant's bundler is right to
// drop those imports, and esbuild (Vite's dev server, tsup, esbuild itself) says so in an
// `ignored-bare-import` warning for each. The chunk is still imported by the chunk that uses it,
// so the line is blanked (not removed, which would shift the source maps' lines).
const HOISTED_CHUNK_IMPORT =
  /^(?:import '\.\/chunk-[\w-]+\.js'|require\('\.\/chunk-[\w-]+\.cjs'\));$/gm;

/** Blanks the hoisted bare chunk imports in every built module under `dir`. */
async function blankHoistedChunkImports(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const modules = entries.filter((entry) => entry.isFile() && /\.c?js$/.test(entry.name));
  await Promise.all(
    modules.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      const code = await readFile(path, "utf8");
      const blanked = code.replace(HOISTED_CHUNK_IMPORT, "");
      if (blanked !== code) await writeFile(path, blanked);
    }),
  );
}

/**
 * @param {Record<string, string>} entry entry points, e.g. `{ index: "src/index.ts" }`
 * @param {import("tsup").Options} [overrides] package-specific options (externals, platform)
 * @returns {import("tsup").Options}
 */
export function preset(entry, overrides = {}) {
  return {
    entry,
    format: ["esm", "cjs"],
    dts: true,
    // Source maps without the sources' text: the tarball ships `src/` once, and the maps point
    // at it (`../src/...`), instead of carrying a copy of every source in each of the ESM and
    // CJS maps.
    sourcemap: true,
    esbuildOptions(options) {
      options.sourcesContent = false;
    },
    clean: true,
    treeshake: true,
    splitting: true,
    target: "es2022",
    platform: "neutral",
    outDir: OUT_DIR,
    onSuccess: () => blankHoistedChunkImports(OUT_DIR),
    ...overrides,
  };
}

/** Every TypeScript module under `dir`, as a path relative to the package (`src/x/y.ts`). */
function sourceModules(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(
      (entry) => entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts"),
    )
    .map((entry) => relative(process.cwd(), join(entry.parentPath, entry.name)));
}

/** A relative specifier in built code: `from "./x"`, `import("./x")`, `require("./x")`. */
const RELATIVE_SPECIFIER = /(\bfrom\s*|\bimport\(\s*|\brequire\(\s*)(["'])(\.{1,2}\/[^"']*)\2/g;

/**
 * Gives each relative specifier in the modules under `dir` the file it names, as Node's ESM
 * loader needs (`./x` becomes `./x.js`, or `./x/index.js` for a folder; `.cjs` in CommonJS):
 * esbuild keeps specifiers as written when it does not bundle.
 */
async function addExtensions(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const modules = entries.filter((entry) => entry.isFile() && /\.c?js$/.test(entry.name));
  await Promise.all(
    modules.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      const extension = entry.name.endsWith(".cjs") ? ".cjs" : ".js";
      const code = await readFile(path, "utf8");
      const named = code.replace(RELATIVE_SPECIFIER, (whole, before, quote, specifier) => {
        const target = join(dirname(path), specifier);
        const file = [`${specifier}${extension}`, `${specifier}/index${extension}`].find(
          (candidate) => existsSync(join(dirname(path), candidate)),
        );
        if (file === undefined && !existsSync(target)) {
          throw new Error(`${path}: no module for "${specifier}"`);
        }
        return file === undefined ? whole : `${before}${quote}${file}${quote}`;
      });
      if (named !== code) await writeFile(path, named);
    }),
  );
}

/**
 * The preset for a package shipped one built file per source module (as `src/` is laid out),
 * instead of bundled entries: with `"sideEffects": false`, a merchant's bundler then drops every
 * module an import does not reach. In one bundled file it cannot: a class whose members have
 * computed keys (core's `Sensitive`, its cross-copy brand and Node's inspect hook) is kept, as a
 * bundler cannot prove those keys free of side effects, so everything shipped beside it weighs on
 * every import. Declarations are still one file per public entry.
 *
 * @param {Record<string, string>} entry the public entry points, e.g. `{ index: "src/index.ts" }`;
 *   each must be at its own path under src (`"locales/en": "src/locales/en.ts"`)
 * @param {import("tsup").Options} [overrides]
 * @returns {import("tsup").Options}
 */
export function modulePreset(entry, overrides = {}) {
  for (const [name, path] of Object.entries(entry)) {
    if (path !== `src/${name}.ts`) throw new Error(`entry ${name} must be src/${name}.ts`);
  }
  return preset(sourceModules("src"), {
    bundle: false,
    splitting: false,
    treeshake: false,
    dts: { entry },
    onSuccess: () => addExtensions(OUT_DIR),
    ...overrides,
  });
}
