import vue from "@vitejs/plugin-vue";
import { defaultClientConditions, defineConfig } from "vite";

// `vite build` bundles the packages' published builds (dist); `vite` (dev) runs their sources.
// Templates are compiled at build time (SFCs), so the runtime-only Vue needs no `eval`.
export default defineConfig(({ command }) => ({
  base: "./",
  plugins: [vue()],
  resolve:
    command === "serve" ? { conditions: ["@cardward/source", ...defaultClientConditions] } : {},
  // Emit every asset as a file: a data: URL would need `img-src data:` in the CSP.
  build: { assetsInlineLimit: 0 },
}));
