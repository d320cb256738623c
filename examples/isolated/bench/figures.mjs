// The isolated mode's figures, from one run: the frame bundle's and the page SDK's sizes (gzip),
// the time from mountIsolatedFields to every frame ready, and the cost of one keystroke inside a
// frame against @cardward/dom's in the page (the same page, the same browser).
//
//   pnpm -F @cardward/example-isolated build && node examples/isolated/bench/figures.mjs
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { serve } from "../../../scripts/serve.mjs";
import { startIsolatedDemo } from "../server/demo.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = join(HERE, "../../..");
const require = createRequire(import.meta.url);
const esbuild = createRequire(require.resolve("vite"))("esbuild");
const { chromium } = createRequire(join(REPO, "tests/e2e/package.json"))("playwright-core");
const LOADS = 5;
const ROUNDS = 10;
const PAN = "4242424242424242";

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
// performance.now() is coarsened to 0.1 ms in a page that is not cross-origin isolated: the mean
// over many keystrokes says more than the median.
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** The gzip size of `code` bundled and minified, as a merchant's bundler would ship it. */
async function bundled(code) {
  const result = await esbuild.build({
    stdin: { contents: code, resolveDir: HERE, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    platform: "browser",
    logLevel: "error",
  });
  return gzipSync(result.outputFiles[0].contents).length;
}

const sizes = {
  "frame runtime (dist/site/frame.js, with jose and 10 locales)": gzipSync(
    readFileSync(join(REPO, "packages/frame/dist/site/frame.js")),
  ).length,
  "page SDK (mountIsolatedFields)": await bundled(
    'export { mountIsolatedFields } from "@cardward/isolated";',
  ),
  "for comparison, @cardward/dom (mountCardFields)": await bundled(
    'export { mountCardFields } from "@cardward/dom";',
  ),
};

const routes = {};
let frameSrc = "";
const page = await serve({
  root: { "/isolated/": join(HERE, "../dist") },
  routes,
  cspFor: () => `default-src 'self'; script-src 'self'; style-src 'self'; frame-src ${frameSrc}`,
});
const demo = await startIsolatedDemo({ pageOrigin: `http://localhost:${page.port}`, framePort: 0 });
Object.assign(routes, demo.routes);
frameSrc = demo.frameOrigin;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox"],
});

/** Milliseconds from mountIsolatedFields to every frame ready, per fresh page load. */
async function readyTimes() {
  const times = [];
  for (let load = 0; load < LOADS; load += 1) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`http://localhost:${page.port}/isolated/bench.html`);
    await tab.waitForFunction(() => performance.getEntriesByName("cardward:ready").length > 0);
    times.push(
      await tab.evaluate(() => performance.getEntriesByName("cardward:ready")[0].duration),
    );
    await context.close();
  }
  return times;
}

/** Records, in every document, how long the input's own listeners take per `beforeinput`. */
function recordKeystrokes() {
  const costs = [];
  let start = 0;
  Object.assign(window, { __costs: costs });
  addEventListener("beforeinput", () => (start = performance.now()), true);
  addEventListener("beforeinput", () => costs.push(performance.now() - start));
}

async function keystrokeCosts() {
  const context = await browser.newContext();
  await context.addInitScript(recordKeystrokes);
  const tab = await context.newPage();
  await tab.goto(`http://localhost:${page.port}/isolated/bench.html`);
  await tab.waitForFunction(() => performance.getEntriesByName("cardward:ready").length > 0);
  const frame = await (await tab.$("#card-number iframe")).contentFrame();
  for (let round = 0; round < ROUNDS; round += 1) {
    await tab.fill("#dom-number", "");
    await tab.click("#dom-number");
    await tab.keyboard.type(PAN);
    await frame.click("input");
    await tab.keyboard.press("ControlOrMeta+A");
    await tab.keyboard.press("Backspace");
    await tab.keyboard.type(PAN);
  }
  const costs = {
    "@cardward/dom, in the page": await tab.evaluate(() => window.__costs),
    "isolated, inside the number frame": (await frame.evaluate(() => window.__costs)).filter(
      (_cost, index) => index % (PAN.length + 1) !== 0,
    ),
  };
  await context.close();
  return costs;
}

const ready = await readyTimes();
const keystrokes = await keystrokeCosts();
await browser.close();
await demo.close();
await page.close();

console.log("Sizes (minified, gzip):");
for (const [name, bytes] of Object.entries(sizes)) console.log(`  ${name}: ${kb(bytes)}`);
console.log(
  `\nmountIsolatedFields to all 3 frames ready (${LOADS} fresh loads, localhost page, 127.0.0.1 frames):`,
);
console.log(
  `  median ${median(ready).toFixed(1)} ms (${ready.map((t) => t.toFixed(0)).join(", ")})`,
);
console.log(
  `\nOne keystroke's handling (beforeinput listeners, ${ROUNDS} x ${PAN.length} digits):`,
);
for (const [name, values] of Object.entries(keystrokes)) {
  const line = `mean ${mean(values).toFixed(3)} ms, median ${median(values).toFixed(1)} ms`;
  console.log(`  ${name}: ${line} over ${values.length} keystrokes`);
}
