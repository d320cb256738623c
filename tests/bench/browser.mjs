// Shared browser harness: bundles tests/bench/page with esbuild, serves it on 127.0.0.1
// (cross-origin isolated, so performance.now() has its finest resolution) and opens it in
// Debian's Chromium through playwright-core.
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from "../e2e/harness/chromium.mjs";
import { cardwardAlias, entryOf, here } from "./workspace.mjs";

// One place decides which Chromium runs and with which flags: the browser suite's harness.
export { CHROMIUM_ARGS };

/** The Chromium the bench drives (`$CHROMIUM_PATH`, else the first on the PATH). */
export const CHROMIUM_PATH = findChromium();

/**
 * Bundles the page script. `source: true` bundles cardward from its TypeScript sources,
 * unminified unless `minify` says otherwise, so a CPU profile names cardward's own files and
 * functions. `alias` adds module paths (compare.mjs maps an earlier build's bundle).
 */
export async function bundlePage({
  source = false,
  libs = pageLibs(source),
  minify = !source,
  alias = {},
} = {}) {
  const names = libs.map((lib) => lib.replace(/\W/g, "_"));
  const contents = [
    'import { start } from "./main.js";',
    ...libs.map((lib, i) => `import * as ${names[i]} from "./${lib}.js";`),
    `start({ ${libs.map((lib, i) => `${JSON.stringify(lib)}: ${names[i]}`).join(", ")} });`,
  ].join("\n");
  const result = await build({
    stdin: { contents, resolveDir: join(here, "page"), sourcefile: "entry.js", loader: "js" },
    absWorkingDir: here,
    bundle: true,
    minify,
    keepNames: !minify,
    format: "iife",
    target: "es2022",
    platform: "browser",
    alias: { ...cardwardAlias(source), ...alias },
    define: { "process.env.NODE_ENV": '"production"' },
    nodePaths: process.env.BENCH_NODE_PATH ? [process.env.BENCH_NODE_PATH] : [],
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}

/** The libraries on the page: cardward only once @cardward/dom is built (or from sources). */
export function pageLibs(source = false) {
  const dom = source || existsSync(entryOf("dom"));
  return [
    "baseline",
    ...(dom ? ["cardward"] : []),
    "imask",
    "maskito",
    "cleave-zen",
    // Not a target peer: cleave-zen formatting plus card-validator validating as people type.
    "cleave-zen-card-validator",
  ];
}

const HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cardward keystroke bench</title></head>
<body><script src="/bench.js"></script></body></html>`;

/** Serves `script` as /bench.js under COOP/COEP headers; resolves to { url, close }. */
export function serve(script) {
  const server = createServer((req, res) => {
    const headers = {
      "Cross-Origin-Opener-Policy": "same-origin",
      "Cross-Origin-Embedder-Policy": "require-corp",
      "Cache-Control": "no-store",
    };
    if (req.url === "/bench.js") {
      res.writeHead(200, { ...headers, "Content-Type": "text/javascript" }).end(script);
    } else if (req.url === "/favicon.ico") {
      res.writeHead(204).end();
    } else if (req.url === "/") {
      res.writeHead(200, { ...headers, "Content-Type": "text/html" }).end(HTML);
    } else {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolveServer) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolveServer({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}

/** Opens the bench page; `pageErrors` collects uncaught errors and console errors. */
export async function openBenchPage(options = {}) {
  const script = await bundlePage(options);
  const server = await serve(script);
  if (!CHROMIUM_PATH) throw new Error(INSTALL_HINT);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const page = await browser.newPage();
  const pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(message.text());
  });
  await page.goto(server.url);
  await page.waitForFunction(() => window.bench !== undefined);
  return {
    page,
    browser,
    pageErrors,
    script,
    version: browser.version(),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
