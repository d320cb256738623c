// Derives the published parts of every package.json from what the repository already says, so
// a new entry in a package's `exports` is published correctly without anyone editing by hand:
//
// - `publishConfig.exports`: `exports` without the `@cardward/source` condition, which points at
//   TypeScript sources the tarball does not ship. pnpm (and so `changeset publish`) replaces
//   `exports` with it in the packed package.json.
// - `typesVersions`: one mapping per subpath entry, for TypeScript's `moduleResolution: node10`,
//   which ignores `exports`.
// - `repository` (with `directory`), `homepage`, `bugs`: links to this repository.
//
// It also checks what it cannot derive: a description, keywords, an author, the MIT license, a
// LICENSE file next to the manifest, and a README whose links work on the registry's page.
//
//   node scripts/sync-manifests.mjs           write the derived fields (`pnpm build` runs this)
//   node scripts/sync-manifests.mjs --check   fail if a manifest is out of date or incomplete
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  entrySubpaths,
  publishablePackages,
  REPOSITORY,
  SOURCE_CONDITION,
} from "./lib/workspace.mjs";

/** A Markdown link or image whose target is a relative path. */
const RELATIVE_LINK = /\]\((?!https?:|mailto:|#)[^)]+\)/;
/** A README's prose: fenced code blocks hold code (a regular expression may look like a link). */
const withoutCodeBlocks = (markdown) => markdown.replace(/^```[\s\S]*?^```/gm, "");

/** Where the fields go in a manifest; keys not listed keep their place after these. */
const KEY_ORDER = [
  "name",
  "version",
  "description",
  "keywords",
  "license",
  "author",
  "contributors",
  "homepage",
  "repository",
  "bugs",
  "type",
  "sideEffects",
  "engines",
  "files",
  "main",
  "module",
  "types",
  "typesVersions",
  "exports",
  "publishConfig",
  "scripts",
  "dependencies",
  "peerDependencies",
  "peerDependenciesMeta",
  "devDependencies",
];

/**
 * `exports` without the source condition, at any depth.
 * @param {unknown} value
 * @returns {unknown}
 */
function withoutSourceCondition(value) {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(withoutSourceCondition);
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== SOURCE_CONDITION)
      .map(([key, nested]) => [key, withoutSourceCondition(nested)]),
  );
}

/**
 * The declaration file a `require` of `subpath` resolves to, or undefined.
 * @param {Record<string, any>} exports
 * @param {string} subpath
 * @returns {string | undefined}
 */
function requireTypes(exports, subpath) {
  const entry = exports[subpath];
  return entry?.require?.types ?? entry?.types ?? entry?.import?.types;
}

/**
 * `typesVersions` for every subpath entry (node10 reads `types` for the root itself).
 * @param {Record<string, any>} manifest
 * @returns {Record<string, Record<string, string[]>> | undefined}
 */
function typesVersionsFor(manifest) {
  const mappings = {};
  for (const subpath of entrySubpaths(manifest)) {
    if (subpath === ".") continue;
    const types = requireTypes(manifest.exports, subpath);
    if (types !== undefined) mappings[subpath.slice(2)] = [types];
  }
  return Object.keys(mappings).length > 0 ? { "*": mappings } : undefined;
}

/**
 * The manifest with its derived fields written, keys in `KEY_ORDER`.
 * @param {import("./lib/workspace.mjs").WorkspacePackage} pkg
 */
function derive(pkg) {
  const manifest = structuredClone(pkg.manifest);
  manifest.homepage = `${REPOSITORY}/tree/main/packages/${pkg.dir}#readme`;
  manifest.repository = {
    type: "git",
    url: `git+${REPOSITORY}.git`,
    directory: `packages/${pkg.dir}`,
  };
  manifest.bugs = { url: `${REPOSITORY}/issues` };
  const typesVersions = typesVersionsFor(manifest);
  if (typesVersions === undefined) delete manifest.typesVersions;
  else manifest.typesVersions = typesVersions;
  manifest.publishConfig = {
    access: "public",
    provenance: true,
    ...manifest.publishConfig,
    exports: withoutSourceCondition(manifest.exports),
  };
  const ordered = {};
  for (const key of KEY_ORDER) if (key in manifest) ordered[key] = manifest[key];
  for (const key of Object.keys(manifest)) if (!(key in ordered)) ordered[key] = manifest[key];
  return ordered;
}

/**
 * What a manifest lacks that cannot be derived.
 * @param {import("./lib/workspace.mjs").WorkspacePackage} pkg
 * @returns {string[]}
 */
function missing(pkg) {
  const { manifest } = pkg;
  const problems = [];
  if (!manifest.description) problems.push("a description");
  if (!Array.isArray(manifest.keywords) || manifest.keywords.length === 0) {
    problems.push("keywords");
  }
  if (!manifest.author && !manifest.contributors) problems.push("an author or contributors");
  if (manifest.license !== "MIT") problems.push('"license": "MIT"');
  if (!existsSync(join(pkg.path, "LICENSE"))) problems.push("a LICENSE file");
  const readme = join(pkg.path, "README.md");
  if (!existsSync(readme)) problems.push("a README.md");
  else if (RELATIVE_LINK.test(withoutCodeBlocks(readFileSync(readme, "utf8")))) {
    problems.push(
      `absolute links in README.md (the registry cannot follow relative ones: use ${REPOSITORY}/...)`,
    );
  }
  return problems;
}

const check = process.argv.includes("--check");
let failed = false;
for (const pkg of publishablePackages()) {
  const current = `${JSON.stringify(pkg.manifest, null, 2)}\n`;
  const wanted = `${JSON.stringify(derive(pkg), null, 2)}\n`;
  const problems = missing(pkg);
  if (problems.length > 0) {
    console.error(`${pkg.name}: package.json needs ${problems.join(", ")}`);
    failed = true;
  }
  if (current === wanted) continue;
  if (check) {
    console.error(`${pkg.name}: package.json is out of date; run node scripts/sync-manifests.mjs`);
    failed = true;
  } else {
    writeFileSync(join(pkg.path, "package.json"), wanted);
    console.log(`${pkg.name}: updated package.json (commit it)`);
  }
}
if (failed) process.exit(1);
