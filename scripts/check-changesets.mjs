// Fails when a published package changed without a changeset saying how it changed. What counts
// as a change: a file under the package's src/, its package.json or tsup.config.ts, or the shared
// tsup preset (which changes every package's build). A changeset added in the same range covers
// the packages it names; an empty one (`pnpm changeset --empty`) says the change needs no release.
//
// What it compares against, in order:
// 1. `CHANGESET_BASE` if set (any git ref);
// 2. on a branch other than main: the merge base with main (origin/main, else main), so a pull
//    request is held to its own changes;
// 3. otherwise (main itself, or CI's clean clone of main): the last release tag
//    (`@cardward/<name>@<version>`, as `changeset publish` tags), so every change since the last
//    release needs one before the next;
// 4. nothing to compare with (no other branch and no release yet): passes and says so.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { publishablePackages, ROOT } from "./lib/workspace.mjs";

const MAIN_BRANCHES = ["origin/main", "main"];
const SHARED_BUILD_INPUTS = ["tooling/tsup.preset.mjs"];
const PACKAGE_BUILD_INPUTS = ["package.json", "tsup.config.ts"];

/** Runs git in the repository; returns its trimmed output, or undefined if it fails. */
function git(...args) {
  try {
    return execFileSync("git", args, {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return undefined;
  }
}

/** The ref to compare with and why, or undefined when there is none. */
function findBase() {
  if (process.env.CHANGESET_BASE) {
    return { ref: process.env.CHANGESET_BASE, why: "CHANGESET_BASE" };
  }
  const head = git("rev-parse", "HEAD");
  for (const branch of MAIN_BRANCHES) {
    if (git("rev-parse", "--verify", "--quiet", branch) === undefined) continue;
    const mergeBase = git("merge-base", "HEAD", branch);
    if (mergeBase !== undefined && mergeBase !== head) {
      return { ref: mergeBase, why: `the merge base with ${branch}` };
    }
  }
  const tag = git("describe", "--tags", "--abbrev=0", "--match", "@cardward/*@*");
  return tag ? { ref: tag, why: "the last release tag" } : undefined;
}

/** Files changed since `ref`: committed, staged, unstaged and untracked. */
function changedFiles(ref) {
  const changed = git("diff", "--name-only", ref) ?? "";
  const untracked = git("ls-files", "--others", "--exclude-standard") ?? "";
  return [...new Set([...changed.split("\n"), ...untracked.split("\n")])].filter(Boolean);
}

/**
 * The package names a changeset's front matter lists (none for an empty changeset).
 * @param {string} text
 */
function namedPackages(text) {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n?---/.exec(text)?.[1] ?? "";
  return [...frontMatter.matchAll(/^\s*["']?([^"':\s]+)["']?\s*:/gm)].map((match) => match[1]);
}

const base = findBase();
if (base === undefined) {
  console.log("changesets: nothing to compare with (no main branch to diverge from, no release");
  console.log("tag yet): passing. Set CHANGESET_BASE=<ref> to check a range.");
  process.exit(0);
}

const files = changedFiles(base.ref);
const sharedChanged = files.some((file) => SHARED_BUILD_INPUTS.includes(file));
const changed = publishablePackages().filter((pkg) => {
  const prefix = `packages/${pkg.dir}/`;
  return (
    sharedChanged ||
    files.some(
      (file) =>
        file.startsWith(`${prefix}src/`) ||
        PACKAGE_BUILD_INPUTS.some((input) => file === `${prefix}${input}`),
    )
  );
});
const changesets = files.filter(
  (file) =>
    file.startsWith(".changeset/") &&
    file.endsWith(".md") &&
    file !== ".changeset/README.md" &&
    existsSync(join(ROOT, file)),
);
const named = changesets.map((file) => namedPackages(readFileSync(join(ROOT, file), "utf8")));
const optedOut = named.some((names) => names.length === 0);
const covered = new Set(named.flat());
const uncovered = optedOut ? [] : changed.filter((pkg) => !covered.has(pkg.name));

const shownRef = /^[0-9a-f]{40}$/.test(base.ref) ? base.ref.slice(0, 12) : base.ref;
const summary = `compared with ${shownRef} (${base.why})`;
if (uncovered.length > 0) {
  console.error(`changesets: ${summary}, these packages changed without a changeset:`);
  for (const pkg of uncovered) console.error(`  ${pkg.name}`);
  console.error("Run `pnpm changeset` and commit the file it writes (see CONTRIBUTING.md).");
  process.exit(1);
}
console.log(
  `changesets: ${summary}: ${changed.length} changed package(s), ${changesets.length} changeset(s)`,
);
