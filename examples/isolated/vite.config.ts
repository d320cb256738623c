import { defaultClientConditions, defineConfig } from "vite";

// `vite build` bundles the packages' published builds (dist); `vite` (dev) runs their sources.
export default defineConfig(({ command }) => ({
  base: "./",
  resolve:
    command === "serve" ? { conditions: ["@cardward/source", ...defaultClientConditions] } : {},
  // Emit every asset as a file: a data: URL would need `img-src data:` in the CSP.
  // bench.html: the isolated fields next to @cardward/dom's, for the keystroke figures.
  build: {
    assetsInlineLimit: 0,
    rollupOptions: { input: { index: "index.html", bench: "bench.html" } },
  },
}));
