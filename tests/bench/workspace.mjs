// Where the cardward packages are: bundles resolve @cardward/* straight to each package's build
// (or its TypeScript sources), independent of the workspace links in node_modules.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = resolve(here, "../..");
export const PACKAGES = ["core", "dom", "react", "vue", "zod"];

/** The entry file of a cardward package: its ESM build, or its sources with `source`. */
export const entryOf = (pkg, source = false) =>
  join(root, "packages", pkg, source ? "src/index.ts" : "dist/index.js");

/**
 * esbuild `alias` map from every @cardward/* entry (each subpath in a package's `exports`, such as
 * `@cardward/core/internal`) to its ESM build, or its sources with `source`. esbuild applies the
 * longest matching alias, so a subpath never resolves under the package's main file.
 */
export function cardwardAlias(source = false) {
  const alias = {};
  for (const pkg of PACKAGES) {
    const manifest = JSON.parse(readFileSync(join(root, "packages", pkg, "package.json"), "utf8"));
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      const file = source ? target["@cardward/source"] : target.import?.default;
      if (typeof file !== "string" || !/\.(js|ts)$/.test(file)) continue;
      const name = subpath === "." ? `@cardward/${pkg}` : `@cardward/${pkg}/${subpath.slice(2)}`;
      alias[name] = join(root, "packages", pkg, file);
    }
  }
  return alias;
}
