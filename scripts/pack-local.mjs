// `pnpm pack:local [folder]`: builds the packages, packs each into a tarball the way
// `pnpm publish` would (default folder: ./tarballs), and prints how to install them into another
// project with npm, pnpm or yarn until the packages are on the registry.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { publishablePackages, ROOT } from "./lib/workspace.mjs";

const folder = resolve(process.argv[2] ?? join(ROOT, "tarballs"));
mkdirSync(folder, { recursive: true });
execFileSync("pnpm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });

/** `@cardward/core` -> the tarball's absolute path. */
const tarballs = new Map(
  publishablePackages().map((pkg) => {
    const output = execFileSync("pnpm", ["pack", "--pack-destination", folder], {
      cwd: pkg.path,
      encoding: "utf8",
    });
    return [pkg.name, output.trim().split("\n").at(-1)?.trim() ?? ""];
  }),
);

const files = Object.fromEntries([...tarballs].map(([name, path]) => [name, `file:${path}`]));
const paths = [...tarballs.values()].join(" ");
console.log(`\nPacked ${tarballs.size} packages into ${folder}. In your project:\n`);
console.log(`npm:   npm install ${paths}`);
console.log("\npnpm and yarn look a package's own @cardward dependencies up on the registry, so");
console.log("point every @cardward name at its tarball first, in your package.json:");
console.log(`  pnpm: "pnpm": { "overrides": ${JSON.stringify(files)} }`);
console.log(`  yarn: "resolutions": ${JSON.stringify(files)}`);
console.log(`then:  pnpm add ${[...tarballs.keys()].join(" ")}`);
console.log(`  or:  yarn add ${paths}`);
console.log("\n(Install only the packages you use; the overrides may list them all.)");
