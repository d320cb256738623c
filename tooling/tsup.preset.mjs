// The one tsup preset every package builds with: ESM + CJS + declarations, tree-shakable output.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

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
