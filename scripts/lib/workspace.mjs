// The publishable packages of the workspace, read from packages/*/package.json.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Where the repository lives; every package's links point here. */
export const REPOSITORY = "https://github.com/cardward/cardward";

/** The export condition that resolves to TypeScript sources inside the repository only. */
export const SOURCE_CONDITION = "@cardward/source";

/**
 * @typedef {object} WorkspacePackage
 * @property {string} name the package name, e.g. `@cardward/core`
 * @property {string} dir the folder name under packages/, e.g. `core`
 * @property {string} path the absolute folder
 * @property {Record<string, any>} manifest the parsed package.json
 */

/** Every package under packages/ that is not private, sorted by folder. @returns {WorkspacePackage[]} */
export function publishablePackages() {
  const base = join(ROOT, "packages");
  return readdirSync(base)
    .filter((dir) => existsSync(join(base, dir, "package.json")))
    .sort()
    .map((dir) => {
      const path = join(base, dir);
      const manifest = JSON.parse(readFileSync(join(path, "package.json"), "utf8"));
      return { name: manifest.name, dir, path, manifest };
    })
    .filter((pkg) => pkg.manifest.private !== true);
}

/**
 * The subpaths a package exports, without `./package.json`: `[".", "./mini"]`.
 * @param {Record<string, any>} manifest
 * @returns {string[]}
 */
export function entrySubpaths(manifest) {
  // A module entry declares its types; the others are files shipped as they are (a stylesheet,
  // SVG images), which a consumer's bundler loads but Node's `require` and TypeScript do not.
  return Object.entries(manifest.exports ?? {})
    .filter(([subpath, target]) => subpath !== "./package.json" && declaresTypes(target))
    .map(([subpath]) => subpath);
}

/** Whether an `exports` target names a `types` file under any of its conditions. */
function declaresTypes(target) {
  return JSON.stringify(target).includes('"types"');
}

/**
 * The specifier a consumer writes for an entry: `@cardward/core` or `@cardward/core/locales/de`.
 * @param {string} name
 * @param {string} subpath
 */
export function specifier(name, subpath) {
  return subpath === "." ? name : `${name}/${subpath.slice(2)}`;
}
