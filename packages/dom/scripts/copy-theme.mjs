// After tsup: copies the optional theme (theme/theme.css and theme/brand-marks/*.svg) next to the
// bundles, so `@cardward/dom/theme.css` resolves its `./brand-marks/*.svg` in dist as in source.
// With --marks, first writes theme/brand-marks/*.svg from the built brand-marks entry (the files
// a unit test compares with BRAND_MARK_SVGS).
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE = dirname(dirname(fileURLToPath(import.meta.url)));
const THEME = join(PACKAGE, "theme");
const DIST = join(PACKAGE, "dist");

if (process.argv.includes("--marks")) {
  const { BRAND_MARK_SVGS } = await import(join(DIST, "brand-marks.js"));
  mkdirSync(join(THEME, "brand-marks"), { recursive: true });
  for (const [id, svg] of Object.entries(BRAND_MARK_SVGS)) {
    writeFileSync(join(THEME, "brand-marks", `${id}.svg`), svg);
  }
}
cpSync(THEME, DIST, { recursive: true });
