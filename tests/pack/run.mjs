// `pnpm test:pack`: what a merchant gets from the registry, checked before it gets there. Packs
// every package as `pnpm publish` would, then on the tarballs:
//
// 1. the packed manifests: no `workspace:` range, no `@cardward/source` condition;
// 2. publint --strict and are-the-types-wrong (every entry, every resolution, node10 included);
// 3. a throwaway app installs the tarballs with npm (peers at the workspace's versions, from the
//    npm cache when it has them), then CommonJS `require`s and ESM `import`s every entry (the
//    same export names both ways) and `tsc` compiles a file importing every entry under
//    `moduleResolution` node10, node16 (from ESM and from CJS) and bundler; every source map
//    points at a source the tarball ships, and none embeds the sources.
//
// The entries come from each package's `exports`, so a new entry is checked without an edit.
// Build first (`pnpm build`). KEEP_PACK=1 keeps the temporary folder and prints where it is.
import { spawn } from "node:child_process";
import { access, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { checkPackage, createPackageFromTarballData } from "@arethetypeswrong/core";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { publishablePackages, ROOT, SOURCE_CONDITION } from "../../scripts/lib/workspace.mjs";
import { appFiles, entriesOf } from "./consumer.mjs";

/** npm's cache for the app's peers, kept between runs so the check works offline once warm. */
const NPM_CACHE = join(ROOT, "node_modules", ".cache", "cardward-pack", "npm");
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
const ATTW = join(ROOT, "node_modules", "@arethetypeswrong", "cli", "dist", "index.js");
const RESOLUTIONS = ["node10", "node16", "bundler"];

/**
 * Runs a command; resolves with its output, rejects with it (and the command) if it fails.
 * @returns {Promise<string>}
 */
function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: "1" } });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.once("error", reject);
    child.once("close", (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(" ")} (in ${cwd}) failed:\n${output}`));
    });
  });
}

/** Packs one package into `destination`; returns the tarball's path. */
async function pack(pkg, destination) {
  const output = await run("pnpm", ["pack", "--pack-destination", destination], pkg.path);
  const tarball = output.trim().split("\n").at(-1)?.trim() ?? "";
  if (!tarball.endsWith(".tgz")) throw new Error(`${pkg.name}: pnpm pack printed no tarball`);
  return tarball;
}

/** The package.json inside a tarball. */
async function extractManifest(tarball) {
  return JSON.parse(await run("tar", ["-xzOf", tarball, "package/package.json"], ROOT));
}

/** What is wrong with a packed manifest's ranges and conditions. */
function manifestProblems(manifest) {
  const problems = [];
  for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      if (String(range).startsWith("workspace:")) problems.push(`${field}.${name} is ${range}`);
    }
  }
  if (JSON.stringify(manifest.exports ?? {}).includes(SOURCE_CONDITION)) {
    problems.push(`exports still has the ${SOURCE_CONDITION} condition`);
  }
  return problems;
}

/** publint --strict on a tarball; returns its messages as text (none: passed). */
async function lint(tarball) {
  const bytes = await readFile(tarball);
  const tarballBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const { messages, pkg } = await publint({
    pack: { tarball: tarballBuffer },
    strict: true,
    level: "warning",
  });
  return messages.map((message) => `${message.type}: ${formatMessage(message, pkg)}`);
}

/**
 * are-the-types-wrong on a tarball, in this process (TypeScript loads once for every package),
 * with the CLI's `strict` profile: every resolution counts, node10 included. Returns the CLI's
 * table when something is wrong (none: passed) and the entries checked.
 */
async function typesWrong(tarball, manifest) {
  const data = new Uint8Array(await readFile(tarball));
  const analysis = await checkPackage(createPackageFromTarballData(data));
  const entries = Object.keys(analysis.types === false ? {} : analysis.entrypoints);
  if (analysis.types === false) return { failures: "the package has no types", entries };
  const problems = analysis.problems.filter((problem) => !esmOnlyByDesign(problem, manifest));
  if (problems.length === 0) return { failures: "", entries };
  const table = await run(process.execPath, [ATTW, tarball, "--profile", "strict"], ROOT).catch(
    (error) => error.message,
  );
  return { failures: table, entries };
}

/**
 * Problems by design, not defects: CommonJS resolutions of an entry with no `require` condition,
 * and any resolution of a file entry.
 */
const COMMONJS_RESOLUTIONS = new Set(["node10", "node16-cjs"]);
function esmOnlyByDesign(problem, manifest) {
  const target = manifest.exports?.[problem.entrypoint];
  if (target === undefined) return false;
  const declared = JSON.stringify(target);
  // A file entry (a stylesheet, SVG images) declares no types: it is not a module to resolve.
  if (!declared.includes('"types"')) return true;
  return !declared.includes('"require"') && COMMONJS_RESOLUTIONS.has(problem.resolutionKind);
}

/**
 * Everything checked on one package's tarball; returns the lines to report.
 * @param {import("../../scripts/lib/workspace.mjs").WorkspacePackage} pkg
 */
async function checkTarball(pkg, tarball) {
  const manifest = await extractManifest(tarball);
  const failures = manifestProblems(manifest).map((problem) => `manifest: ${problem}`);
  const [lintMessages, attw] = await Promise.all([lint(tarball), typesWrong(tarball, manifest)]);
  failures.push(...lintMessages.map((message) => `publint: ${message}`));
  if (attw.failures) failures.push(`are-the-types-wrong:\n${attw.failures}`);
  const { size } = await readFile(tarball).then((bytes) => ({ size: bytes.byteLength }));
  const summary = `${pkg.name}: ${(size / 1024).toFixed(1)} KB packed, ${attw.entries.length} entries`;
  return { summary, failures: failures.map((failure) => `${pkg.name}: ${failure}`) };
}

/**
 * The app's dependencies: the tarballs, and every peer at the version the workspace installed
 * (react's types too, which its packages need to compile), and Node's types, which an app using
 * a Node entry (`@cardward/frame/site`, a build tool) has.
 */
async function dependenciesFor(packages, tarballs) {
  const dependencies = {
    "@types/node": JSON.parse(
      await readFile(join(ROOT, "node_modules", "@types", "node", "package.json"), "utf8"),
    ).version,
  };
  for (const [index, pkg] of packages.entries()) {
    dependencies[pkg.name] = `file:${tarballs[index]}`;
  }
  for (const pkg of packages) {
    const peers = Object.keys(pkg.manifest.peerDependencies ?? {});
    const typed = peers.includes("react") ? [...peers, "@types/react"] : peers;
    for (const peer of typed) {
      const installed = join(pkg.path, "node_modules", peer, "package.json");
      dependencies[peer] ??= JSON.parse(await readFile(installed, "utf8")).version;
    }
  }
  return dependencies;
}

/**
 * What is wrong with the installed packages' source maps: each must point at sources the
 * tarball ships (`src/`), and none may embed them again (`sourcesContent`).
 */
async function sourceMapProblems(app, packages) {
  const problems = [];
  for (const pkg of packages) {
    const dist = join(app, "node_modules", pkg.name, "dist");
    const entries = await readdir(dist, { recursive: true });
    for (const entry of entries.filter((name) => name.endsWith(".map"))) {
      const map = JSON.parse(await readFile(join(dist, entry), "utf8"));
      if (map.sourcesContent) problems.push(`${pkg.name}/dist/${entry} embeds its sources`);
      for (const source of map.sources) {
        const path = resolve(dirname(join(dist, entry)), source);
        await access(path).catch(() => problems.push(`${pkg.name}/dist/${entry}: no ${source}`));
      }
    }
  }
  return problems;
}

/** Installs the app and runs it: require, import, and tsc under every resolution. */
async function checkApp(app, packages, tarballs) {
  const entries = entriesOf(packages);
  const files = appFiles(entries, await dependenciesFor(packages, tarballs));
  await Promise.all(Object.entries(files).map(([name, text]) => writeFile(join(app, name), text)));
  const install = ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"];
  await run("npm", [...install, "--cache", NPM_CACHE], app);
  const [required, imported] = await Promise.all([
    run(process.execPath, ["require.cjs"], app),
    run(process.execPath, ["import.mjs"], app),
  ]);
  const failures = await sourceMapProblems(app, packages);
  const cjs = JSON.parse(required);
  const esm = JSON.parse(imported);
  for (const { specifier, esmOnly } of entries) {
    if (esm[specifier].length === 0) failures.push(`${specifier}: no exports`);
    if (esmOnly) continue;
    const both = [cjs[specifier], esm[specifier]].map((names) => names.join(", "));
    if (both[0] !== both[1])
      failures.push(`${specifier}: require gives ${both[0]}, import ${both[1]}`);
  }
  const compiled = await Promise.allSettled(
    RESOLUTIONS.map((name) => run(process.execPath, [TSC, "-p", `tsconfig.${name}.json`], app)),
  );
  for (const [index, result] of compiled.entries()) {
    if (result.status === "rejected") {
      failures.push(`tsc (${RESOLUTIONS[index]}): ${result.reason.message}`);
    }
  }
  return { entries: entries.length, failures };
}

const started = performance.now();
const work = await mkdtemp(join(tmpdir(), "cardward-pack-"));
try {
  const packages = publishablePackages();
  const tarballDir = join(work, "tarballs");
  const app = join(work, "app");
  await Promise.all([mkdir(tarballDir), mkdir(app)]);
  const tarballs = await Promise.all(packages.map((pkg) => pack(pkg, tarballDir)));
  console.log(`packed ${packages.length} packages`);

  const results = await Promise.all([
    ...packages.map((pkg, index) => checkTarball(pkg, tarballs[index])),
    checkApp(app, packages, tarballs),
  ]);
  const appResult = results.pop();
  for (const result of results) console.log(`  ${result.summary}: publint, attw ok`);
  const failures = [...results.flatMap((result) => result.failures), ...appResult.failures];
  if (failures.length > 0) {
    console.error(`\n${failures.join("\n\n")}`);
    process.exitCode = 1;
  } else {
    const modes = RESOLUTIONS.join(", ");
    console.log(
      `  npm app: ${appResult.entries} entries required, imported, compiled (${modes}); maps ok`,
    );
  }
  console.log(`pack check done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  if (process.env.KEEP_PACK) console.log(`kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}
