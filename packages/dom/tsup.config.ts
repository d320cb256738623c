import { defineConfig } from "tsup";
import { preset } from "../../tooling/tsup.preset.mjs";

// The theme's CSS and brand-mark files are copied next to the bundles by scripts/copy-theme.mjs.
export default defineConfig(
  preset({
    index: "src/index.ts",
    "brand-marks": "src/brand-marks.ts",
    "cvc-hint": "src/cvc-hint.ts",
  }),
);
