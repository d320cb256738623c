// Finds a Chromium to drive and says how to launch it. playwright-core cannot download browsers
// here, so the suite uses the system's Chromium (Debian's `chromium` package, or any Chrome).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Flags for a quiet, offline, headless Chromium that still behaves like the real one. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/**
 * Playwright's default flags that would hide real behaviour: it turns the back-forward cache off,
 * and the leak audit must see a page come back from it.
 */
export const IGNORED_DEFAULT_ARGS = ["--disable-back-forward-cache"];

const CANDIDATES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

/** How to get a Chromium, for the error message. */
export const INSTALL_HINT = [
  "No Chromium found for the browser tests (tried $CHROMIUM_PATH, then",
  `${CANDIDATES.join(", ")} on the PATH).`,
  "Install one, e.g. `sudo apt-get install chromium` on Debian/Ubuntu, `brew install --cask",
  "chromium` on macOS, or point CHROMIUM_PATH at a Chrome/Chromium executable:",
  "  CHROMIUM_PATH=/path/to/chrome pnpm test:e2e",
].join("\n");

/**
 * The Chromium executable to launch: `$CHROMIUM_PATH`, else the first of `chromium`,
 * `chromium-browser`, `google-chrome`, `google-chrome-stable` on the PATH.
 * @returns {string | null} its path, or null when there is none
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const name of CANDIDATES) {
    try {
      const path = execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim();
      if (path) return path;
    } catch {
      // not on the PATH: try the next name
    }
  }
  return null;
}
