// The one tsup preset every package builds with: ESM + CJS + declarations, tree-shakable output.
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
    sourcemap: true,
    clean: true,
    treeshake: true,
    splitting: true,
    target: "es2022",
    platform: "neutral",
    outDir: "dist",
    ...overrides,
  };
}
