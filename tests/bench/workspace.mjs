// Where the cardward packages are: bundles resolve @cardward/* straight to each package's build
// (or its TypeScript sources), independent of the workspace links in node_modules.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const root = resolve(here, "../..");
export const PACKAGES = ["core", "dom", "react", "vue", "zod"];

/** The entry file of a cardward package: its ESM build, or its sources with `source`. */
export const entryOf = (pkg, source = false) =>
  join(root, "packages", pkg, source ? "src/index.ts" : "dist/index.js");

/** esbuild `alias` map from every @cardward/* package to its entry file. */
export function cardwardAlias(source = false) {
  return Object.fromEntries(PACKAGES.map((p) => [`@cardward/${p}`, entryOf(p, source)]));
}
