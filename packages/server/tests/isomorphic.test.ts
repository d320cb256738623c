// The frame entry must run in a browser frame and the whole package in edge runtimes: no Node
// built-in, no Node global, and (for the frame entry) nothing from @cardward/core.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = join(dirname(fileURLToPath(import.meta.url)), "../src");
const IMPORT = /from\s+"([^"]+)"/g;
const NODE_ONLY = /\b(node:|Buffer|process\.|require\(|__dirname|globalThis\.process)/;

/** The code of a source file without its comments (TSDoc examples may show server code). */
function codeOf(file: string): string {
  return readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "");
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(IMPORT)].map((match) => match[1] ?? "");
}

/** Every source file the entry reaches through relative imports, and every package it names. */
function closure(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith(".")) visit(resolve(dirname(file), `${specifier}.ts`));
      else packages.add(specifier);
    }
  };
  visit(join(SRC, entry));
  return { files, packages };
}

describe("runtime neutrality", () => {
  it("no source file uses a Node built-in or global", () => {
    const sources = readdirSync(SRC).filter((name) => name.endsWith(".ts"));
    expect(sources.length).toBeGreaterThan(10);
    for (const name of sources) expect(codeOf(join(SRC, name))).not.toMatch(NODE_ONLY);
  });

  it("the frame entry reaches jose and nothing else outside the package", () => {
    const { files, packages } = closure("frame.ts");
    expect([...packages]).toEqual(["jose"]);
    expect(files.has(join(SRC, "verify-capture-context.ts"))).toBe(true);
    expect(files.has(join(SRC, "open-card.ts"))).toBe(false);
  });

  it("the main entry reaches jose and @cardward/core only", () => {
    expect([...closure("index.ts").packages].sort()).toEqual(["@cardward/core", "jose"]);
  });
});
