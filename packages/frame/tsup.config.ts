import { defineConfig } from "tsup";
import { preset } from "../../tooling/tsup.preset.mjs";

export default defineConfig([
  // The library: the runtime's API and the protocol (for the page SDK). The three builds run at
  // once, so none of them cleans `dist` (the build script empties it first): a clean here deleted
  // the site's declarations as the other build wrote them.
  { ...preset({ index: "src/index.ts", protocol: "src/protocol/index.ts" }), clean: false },
  // The frame site's one script: everything inlined, for the browser (cleaned by the first build).
  {
    entry: { "site/frame": "src/runtime/entry.ts" },
    format: ["esm"],
    platform: "browser",
    target: "es2022",
    outDir: "dist",
    noExternal: [/.*/],
    minify: true,
    treeshake: true,
    clean: false,
    dts: false,
    sourcemap: false,
  },
  // The Node side: the build command and the local server.
  {
    entry: { site: "src/site/index.ts", bin: "src/site/bin.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    outDir: "dist",
    dts: { entry: { site: "src/site/index.ts" } },
    clean: false,
    sourcemap: true,
    // As the shared preset: the maps point at the shipped `src/` instead of embedding it.
    esbuildOptions(options) {
      options.sourcesContent = false;
    },
  },
]);
