// Reads the ```ts and ```tsx blocks of the root README and the packages' READMEs. Words after
// the language in a block's info string say how it is checked (renderers only read the first):
//
//   ```ts              compiled, then run in happy-dom (the default)
//   ```ts no-run       compiled only (a test file, a server that listens on a port, ...)
//   ```ts continued    appended to the previous block of the same README (one file in parts)
//   ```ts no-check     neither: an illustration that is not a program (a shape, a fragment)
//
// A block whose first line is a path comment (`// shared/checkout.ts`) is written to that path,
// so the README's other blocks can import it by that name.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../scripts/lib/workspace.mjs";

const FENCE = /^```(tsx?)((?:[ \t]+[\w-]+)*)[ \t]*\n([\s\S]*?)^```[ \t]*$/gm;
const PATH_COMMENT = /^\/\/ ([\w./-]+\.tsx?)\s*$/;

/**
 * @typedef {object} Snippet
 * @property {string} readme the README's path from the root, e.g. `packages/zod/README.md`
 * @property {string} id the README's folder and the block's number, e.g. `zod-3`
 * @property {string} file where it is written, relative to the README's generated folder
 * @property {string} code the block's text (continued blocks appended)
 * @property {number} line the line of the README where the block starts
 * @property {boolean} run whether it runs after compiling
 */

/** The READMEs whose snippets are checked. */
export function readmes() {
  const packages = readdirSync(join(ROOT, "packages")).sort();
  return ["README.md", ...packages.map((dir) => `packages/${dir}/README.md`)];
}

/** The folder name a README's snippets are generated into: `root`, `core`, ... */
export function folderOf(readme) {
  return readme === "README.md" ? "root" : readme.split("/")[1];
}

/**
 * The checked snippets of one README, in order.
 * @returns {Snippet[]}
 */
export function snippetsOf(readme) {
  let text;
  try {
    text = readFileSync(join(ROOT, readme), "utf8");
  } catch {
    return [];
  }
  const folder = folderOf(readme);
  /** @type {Snippet[]} */
  const snippets = [];
  for (const match of text.matchAll(FENCE)) {
    const [, language, info, code] = match;
    const words = info.trim().split(/\s+/);
    if (words.includes("no-check")) continue;
    const previous = snippets.at(-1);
    if (words.includes("continued") && previous !== undefined) {
      previous.code += `\n${code}`;
      continue;
    }
    const id = `${folder}-${snippets.length + 1}`;
    const named = PATH_COMMENT.exec(code.split("\n")[0] ?? "")?.[1];
    snippets.push({
      readme,
      id,
      file: named ?? `${id}.${language}`,
      code,
      line: text.slice(0, match.index).split("\n").length,
      run: !words.includes("no-run"),
    });
  }
  return snippets;
}
