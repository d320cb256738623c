// Pictures as tests: a page made deterministic (viewport, colour scheme, fonts, no caret, no
// motion), a PNG of one element, and its comparison with the committed baseline by pixelmatch.
// UPDATE_SCREENSHOTS=1 writes the baselines instead; on a mismatch the actual picture and a diff
// image are saved to tests/e2e/.artifacts/screenshots/ (gitignored).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pixelmatch from "pixelmatch";
import type { Page } from "playwright-core";
import { PNG } from "pngjs";

const E2E = dirname(dirname(fileURLToPath(import.meta.url)));

/** Where the committed baselines are. */
export const BASELINE_DIR = join(E2E, "screenshots");

/** Where a failed comparison leaves the actual picture and the diff (gitignored). */
export const DIFF_DIR = join(E2E, ".artifacts", "screenshots");

/** Set to `1` to write the baselines from this run's pictures instead of comparing. */
export const UPDATE_ENV = "UPDATE_SCREENSHOTS";

/** pixelmatch's per-pixel colour distance threshold (0 to 1): anti-aliasing noise passes. */
const PIXEL_THRESHOLD = 0.1;

/** The share of a picture's pixels allowed to differ before the comparison fails. */
const MAX_DIFF_RATIO = 0.002;

/** A viewport the pictures are taken at. */
export interface Viewport {
  readonly name: string;
  readonly width: number;
  readonly height: number;
}

/** Desktop, and a 390 px wide phone. */
export const VIEWPORTS: readonly Viewport[] = [
  { name: "desktop", width: 1024, height: 900 },
  { name: "phone", width: 390, height: 844 },
];

/** A theme variant: the system's colour scheme and the page's direction. */
export interface Variant {
  readonly name: string;
  readonly colorScheme: "light" | "dark";
  /** Added to the example's URL (the examples read `?dir=rtl`). */
  readonly query: string;
}

/** Light, dark (through `prefers-color-scheme`) and right to left. */
export const VARIANTS: readonly Variant[] = [
  { name: "light", colorScheme: "light", query: "" },
  { name: "dark", colorScheme: "dark", query: "" },
  { name: "rtl", colorScheme: "light", query: "?dir=rtl" },
];

/**
 * Fonts every Debian Chromium has (fonts-dejavu-core), so a picture does not depend on what
 * `system-ui` resolves to; and nothing that moves or blinks.
 */
const DETERMINISTIC_CSS = `
:root, .cardward { --cardward-font: "DejaVu Sans", sans-serif; font-family: "DejaVu Sans", sans-serif; }
*, *::before, *::after { caret-color: transparent !important; transition: none !important; animation: none !important; }
`;

/** Sets the viewport and colour scheme, reduces motion, and pins the fonts. */
export async function prepareForPictures(
  page: Page,
  viewport: Viewport,
  variant: Variant,
): Promise<void> {
  await page.setViewportSize({ width: viewport.width, height: viewport.height });
  await page.emulateMedia({ colorScheme: variant.colorScheme, reducedMotion: "reduce" });
  await page.addStyleTag({ content: DETERMINISTIC_CSS });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** What a comparison found. */
export interface PictureResult {
  /** The baseline was written (update mode). */
  readonly updated: boolean;
  /** How many pixels differ (0 when updated). */
  readonly differentPixels: number;
  /** What went wrong, or null. */
  readonly failure: string | null;
}

/** Decodes a PNG file or buffer. */
function decode(data: Buffer): PNG {
  return PNG.sync.read(data);
}

/** Saves the actual picture (and the diff, when there is one) for a failed comparison. */
function saveFailure(name: string, actual: Buffer, diff: PNG | null): void {
  mkdirSync(DIFF_DIR, { recursive: true });
  writeFileSync(join(DIFF_DIR, `${name}.actual.png`), actual);
  if (diff) writeFileSync(join(DIFF_DIR, `${name}.diff.png`), PNG.sync.write(diff));
}

/**
 * Compares `actual` (a PNG) with the baseline `name`.png: same size and at most
 * {@link MAX_DIFF_RATIO} of the pixels differing by more than {@link PIXEL_THRESHOLD}. In update
 * mode, or never: a missing baseline is a failure unless updating.
 */
export function compareWithBaseline(name: string, actual: Buffer): PictureResult {
  const baselinePath = join(BASELINE_DIR, `${name}.png`);
  if (process.env[UPDATE_ENV] === "1") {
    mkdirSync(BASELINE_DIR, { recursive: true });
    writeFileSync(baselinePath, actual);
    return { updated: true, differentPixels: 0, failure: null };
  }
  if (!existsSync(baselinePath)) {
    saveFailure(name, actual, null);
    return {
      updated: false,
      differentPixels: 0,
      failure: `no baseline ${name}.png: run with ${UPDATE_ENV}=1 to write it`,
    };
  }
  const expected = decode(readFileSync(baselinePath));
  const got = decode(actual);
  if (expected.width !== got.width || expected.height !== got.height) {
    saveFailure(name, actual, null);
    return {
      updated: false,
      differentPixels: 0,
      failure: `${name}: ${got.width}×${got.height}, the baseline is ${expected.width}×${expected.height}`,
    };
  }
  const diff = new PNG({ width: got.width, height: got.height });
  const differentPixels = pixelmatch(expected.data, got.data, diff.data, got.width, got.height, {
    threshold: PIXEL_THRESHOLD,
  });
  const allowed = Math.floor(got.width * got.height * MAX_DIFF_RATIO);
  if (differentPixels <= allowed) return { updated: false, differentPixels, failure: null };
  saveFailure(name, actual, diff);
  return {
    updated: false,
    differentPixels,
    failure: `${name}: ${differentPixels} pixels differ (at most ${allowed}); see ${DIFF_DIR}`,
  };
}
