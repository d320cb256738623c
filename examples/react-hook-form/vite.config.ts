import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";

// `vite build` bundles the packages' published builds (dist); `vite` (dev) runs their sources.
export default defineConfig(({ command }) => ({
  base: "./",
  plugins: [react()],
  resolve:
    command === "serve" ? { conditions: ["@cardward/source", ...defaultClientConditions] } : {},
  // Emit every asset as a file: a data: URL would need `img-src data:` in the CSP.
  build: { assetsInlineLimit: 0 },
}));
