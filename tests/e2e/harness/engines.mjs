// Where each engine's executables are on this machine, and how to install them when they are
// not. Chromium's lookup lives in chromium.mjs; Firefox and WebKit come from Debian's packages
// (`firefox-esr`; `webkit2gtk-driver`, with `xvfb` for a display), as `.ci/run` installs them.
import { existsSync } from "node:fs";
import { INSTALL_HINT as CHROMIUM_HINT, findChromium } from "./chromium.mjs";

/** Firefox ESR, driven over WebDriver BiDi (`$FIREFOX_PATH` overrides). */
const FIREFOX_CANDIDATES = ["/usr/bin/firefox-esr", "/usr/bin/firefox"];
/** WebKitGTK's WebDriver and the browser it automates (`$WEBKIT_DRIVER`, `$MINIBROWSER_PATH`). */
const WEBKIT_DRIVER = "/usr/bin/WebKitWebDriver";
const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const XVFB_RUN = "/usr/bin/xvfb-run";

/** The first path that exists, or null. */
function firstExisting(paths) {
  return paths.find((path) => path && existsSync(path)) ?? null;
}

/** The path an environment variable names (only it, when set), else the first existing default. */
function fromEnvOr(name, defaults) {
  const named = process.env[name];
  if (named) return existsSync(named) ? named : null;
  return firstExisting(defaults);
}

/**
 * Each engine's executables, or null where one is missing.
 * @returns {{ chromium: string | null, firefox: string | null,
 *   webkit: { driver: string, browser: string, xvfbRun: string | null } | null }}
 */
export function findEngines() {
  const driver = fromEnvOr("WEBKIT_DRIVER", [WEBKIT_DRIVER]);
  const browser = fromEnvOr("MINIBROWSER_PATH", [MINIBROWSER]);
  return {
    chromium: findChromium(),
    firefox: fromEnvOr("FIREFOX_PATH", FIREFOX_CANDIDATES),
    webkit: driver && browser ? { driver, browser, xvfbRun: firstExisting([XVFB_RUN]) } : null,
  };
}

/** How to get each engine, for the error message when one is missing. */
export const INSTALL_HINTS = {
  chromium: CHROMIUM_HINT,
  firefox: [
    "No Firefox found for the browser tests (tried $FIREFOX_PATH, then",
    `${FIREFOX_CANDIDATES.join(", ")}). On Debian/Ubuntu: \`sudo apt-get install firefox-esr\``,
    "(.ci/run installs it), or point FIREFOX_PATH at a Firefox executable.",
  ].join("\n"),
  webkit: [
    `No WebKit found for the browser tests (tried ${WEBKIT_DRIVER} and ${MINIBROWSER},`,
    "or $WEBKIT_DRIVER and $MINIBROWSER_PATH). On Debian/Ubuntu:",
    "`sudo apt-get install webkit2gtk-driver xvfb` (.ci/run installs them).",
  ].join("\n"),
};
