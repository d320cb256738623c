// `pnpm test:readme`: the READMEs' TypeScript snippets are programs, so they are checked like
// programs. Writes each ```ts/```tsx block (see extract.mjs for the markers) to .generated/,
// compiles them all with the repository's strict settings against the packages' sources, then
// runs the runnable ones in happy-dom (snippets.test.ts), which also checks what the root
// README's snippet promises.
import { spawn } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT } from "../../scripts/lib/workspace.mjs";
import { folderOf, readmes, snippetsOf } from "./extract.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const GENERATED = join(HERE, ".generated");

/** Runs a command with its output passed through; resolves with whether it succeeded. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: "inherit" });
    child.once("error", () => resolve(false));
    child.once("exit", (code) => resolve(code === 0));
  });
}

await rm(GENERATED, { recursive: true, force: true });
const snippets = readmes().flatMap(snippetsOf);
for (const snippet of snippets) {
  const path = join(GENERATED, folderOf(snippet.readme), snippet.file);
  await mkdir(dirname(path), { recursive: true });
  const header = `// ${snippet.readme}, the block at line ${snippet.line} (${snippet.id})\n`;
  await writeFile(path, `${header}${snippet.code}\nexport {};\n`);
}
const runnable = snippets
  .filter((snippet) => snippet.run)
  .map(({ readme, id, line, file }) => ({
    readme,
    id,
    line,
    path: join(GENERATED, folderOf(readme), file),
  }));
await writeFile(join(GENERATED, "runnable.json"), JSON.stringify(runnable, null, 2));
const readmeCount = new Set(snippets.map((snippet) => snippet.readme)).size;
console.log(
  `${snippets.length} snippets from ${readmeCount} READMEs: compiling, then running ${runnable.length}`,
);

const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
if (!(await run(process.execPath, [tsc, "-p", join(HERE, "tsconfig.json")]))) {
  console.error("A README snippet does not compile (the path above names the README and line).");
  process.exit(1);
}
const vitest = ["exec", "vitest", "run", "--config", join(HERE, "vitest.readme.config.ts")];
if (!(await run("pnpm", vitest))) process.exit(1);
