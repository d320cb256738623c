// What each source module adds to a bundle: bundles an entry from the packages' sources (esbuild,
// minified, tree-shaken, as sizes.mjs does from dist) and prints the total min and gzip bytes and
// each module's minified bytes, largest first. For finding where size goes; the budgets are
// measured from dist by `pnpm size` and sizes.mjs.
//
//   node tests/bench/breakdown.mjs                              # all of core
//   node tests/bench/breakdown.mjs dom "{ mountCardFields }"    # a package, some exports
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../..", import.meta.url));
const [pkg = "core", names = "*"] = process.argv.slice(2);
const result = await build({
  stdin: {
    contents: `export ${names} from "./packages/${pkg}/src/index.ts";`,
    resolveDir: root,
  },
  bundle: true,
  minify: true,
  format: "esm",
  write: false,
  metafile: true,
  logLevel: "silent",
  conditions: ["@cardward/source"],
  external: ["react", "react-dom", "vue", "zod"],
});
const code = result.outputFiles[0].contents;
const output = Object.values(result.metafile.outputs)[0];
const lines = [
  `${pkg} ${names}: ${code.length} B min, ${gzipSync(code, { level: 9 }).length} B gzip`,
];
const rows = Object.entries(output.inputs)
  .filter(([, v]) => v.bytesInOutput > 0)
  .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
for (const [file, v] of rows) lines.push(`${String(v.bytesInOutput).padStart(7)}  ${file}`);
process.stdout.write(`${lines.join("\n")}\n`);
