// The isolated-mode suites' own setup: the isolated example's page on http://localhost:P1 (the
// page origin), its frame site on http://127.0.0.1:P2 (another site; both secure contexts), a
// third origin on http://127.0.0.1:P3 playing the attacker, and the same frame site served again
// on P4 with a `frame-ancestors` that lets the third origin embed it (so the frame's own origin
// check can be tested apart from the header). Each test gets a fresh browser context.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { frameCsp, serveFrameSite } from "@cardward/frame/site";
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Frame,
  type Page,
} from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, inject } from "vitest";
import { type IsolatedDemo, startIsolatedDemo } from "../../../examples/isolated/server/demo.mjs";
import { serve } from "../../../scripts/serve.mjs";
import { CHROMIUM_ONLY_NOTE } from "./session";

const REPO = dirname(dirname(dirname(dirname(fileURLToPath(import.meta.url)))));
const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'";

/** The origins of one run. */
export interface IsolatedSites {
  readonly pageOrigin: string;
  readonly frameOrigin: string;
  readonly thirdOrigin: string;
  /** The frame site with `frame-ancestors` that also allows the third origin (config does not). */
  readonly looseFrameOrigin: string;
  /** The example page (strict CSP, `frame-src` the frame origin). */
  readonly pageUrl: string;
  /** The example page whose CSP also lets the third origin be framed (sibling-window attacks). */
  readonly loosePageUrl: string;
  readonly demo: IsolatedDemo;
}

/** A page of a fresh context, with every console error and page error of all its frames. */
export interface IsolatedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly errors: string[];
  /** The frame document of a field (by its container id suffix: number, expiry, cvc, name, postal). */
  frame(field: string): Promise<Frame>;
}

/** Options of `open`. */
export interface OpenIsolatedOptions {
  /**
   * Grant clipboard access to the page origin (the test writes the clipboard from the page: the
   * frames may not use the Clipboard API, a cross-origin frame has no `clipboard-write`).
   */
  readonly clipboard?: boolean;
  /** A script run in the page origin's documents before any of theirs (the spies). */
  readonly pageInit?: { script: (arg: { origin: string }) => void };
  /** Wait for every frame to be ready. @default true */
  readonly ready?: boolean;
}

/** Starts the sites once per test file and opens pages in fresh contexts. */
export function useIsolatedSites() {
  let browser: Browser | undefined;
  let sites: IsolatedSites | undefined;
  const closers: (() => Promise<void>)[] = [];
  let contexts: { context: BrowserContext; errors: string[]; expected: boolean }[] = [];

  // The isolated suites drive cross-site frames through playwright-core (out-of-process frames,
  // CDP autofill): they run in Chromium and are listed by name as not run elsewhere.
  const inChromium = inject("e2e").engine === "chromium";
  beforeEach((context) => {
    if (!inChromium) context.skip(CHROMIUM_ONLY_NOTE);
  });
  beforeAll(async () => {
    if (!inChromium) return;
    browser = await chromium.connect(inject("e2e").wsEndpoint);
    sites = await startSites(closers);
  });
  afterAll(async () => {
    for (const close of closers.reverse()) await close();
    await browser?.close();
  });
  afterEach(async () => {
    const current = contexts;
    contexts = [];
    const errors: string[] = [];
    for (const { context, errors: seen, expected } of current) {
      await context.close();
      if (!expected) errors.push(...seen);
    }
    if (errors.length > 0) throw new Error(`The pages reported errors:\n${errors.join("\n")}`);
  });

  return {
    sites: () => sites as IsolatedSites,
    /** This test expects console errors (a blocked embedding): do not fail it for them. */
    expectErrors() {
      for (const entry of contexts) entry.expected = true;
    },
    async open(url: string, options: OpenIsolatedOptions = {}): Promise<IsolatedPage> {
      if (!browser || !sites) throw new Error("useIsolatedSites(): not started");
      const context = await browser.newContext();
      context.setDefaultTimeout(10_000);
      const errors: string[] = [];
      contexts.push({ context, errors, expected: false });
      if (options.clipboard) {
        await context.grantPermissions(["clipboard-read", "clipboard-write"], {
          origin: sites.pageOrigin,
        });
      }
      await context.addInitScript(() => {
        const violations: unknown[] = [];
        Object.assign(window, { __e2eCspViolations: violations });
        document.addEventListener("securitypolicyviolation", (event) => {
          violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
        });
      });
      if (options.pageInit)
        await context.addInitScript(options.pageInit.script, { origin: sites.pageOrigin });
      context.on("console", (message) => {
        if (message.type() === "error") errors.push(`console.error: ${message.text()}`);
      });
      context.on("weberror", (error) => errors.push(`page error: ${error.error().message}`));
      const page = await context.newPage();
      await page.goto(url);
      if (options.ready !== false) await waitReady(page);
      return { page, context, errors, frame: (field) => frameOf(page, field) };
    },
  };
}

/** Waits until the example's controller says every frame is ready (the state's `ready`). */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll("iframe.cardward-frame").length > 0);
  for (const id of ["number", "expiry", "cvc", "name", "postal"]) {
    const frame = await frameOf(page, id);
    await frame.waitForFunction(() => document.querySelector("main input") !== null);
  }
  // And every channel answered its init (commands sent earlier wait for it; the tests start from
  // frames that are ready).
  await page.waitForFunction(
    () =>
      (
        window as unknown as { cardwardCard?: { getState(): { ready: boolean } } }
      ).cardwardCard?.getState().ready === true,
  );
}

/** The frame document inside `#card-<field>`. */
export async function frameOf(page: Page, field: string): Promise<Frame> {
  const handle = await page.waitForSelector(`#card-${field} iframe`);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`#card-${field} has no frame document`);
  return frame;
}

async function startSites(closers: (() => Promise<void>)[]): Promise<IsolatedSites> {
  const scratch = mkdtempSync(join(tmpdir(), "cardward-isolated-e2e-"));
  closers.push(async () => rmSync(scratch, { recursive: true, force: true }));
  const dist = join(scratch, "page");
  cpSync(join(REPO, "examples/isolated/dist"), dist, { recursive: true });
  cpSync(join(REPO, "examples/shared"), join(scratch, "shared"), { recursive: true });
  const thirdDir = join(scratch, "third");
  cpSync(dist, thirdDir, { recursive: true });
  writeFileSync(
    join(thirdDir, "blank.html"),
    "<!doctype html><title>Third origin</title><p>third</p>",
  );

  const routes: Record<string, IsolatedDemo["routes"][string]> = {};
  let frameSrc = "";
  let thirdOrigin = "";
  const page = await serve({
    root: { "/isolated/": dist, "/loose/": dist },
    routes,
    cspFor: (path: string) =>
      path.startsWith("/loose/")
        ? `${STRICT}; frame-src ${frameSrc} ${thirdOrigin}`
        : `${STRICT}; frame-src ${frameSrc}`,
  });
  closers.push(page.close);
  const pageOrigin = `http://localhost:${page.port}`;
  const demo = await startIsolatedDemo({ pageOrigin, framePort: 0 });
  closers.push(demo.close);
  for (const [path, route] of Object.entries(demo.routes)) {
    routes[path] = route;
    routes[path.replace("/isolated/", "/loose/")] = route;
  }
  frameSrc = demo.frameOrigin;
  const third = await serve({ root: thirdDir });
  closers.push(third.close);
  thirdOrigin = `http://127.0.0.1:${third.port}`;
  const looseHeaders = demo.site.headers.map(([name, value]): [string, string] =>
    name === "Content-Security-Policy"
      ? [name, frameCsp({ parentOrigins: [pageOrigin, thirdOrigin] })]
      : [name, value],
  );
  const loose = await serveFrameSite({ dir: demo.site.dir, headers: looseHeaders });
  closers.push(loose.close);
  return {
    pageOrigin,
    frameOrigin: demo.frameOrigin,
    thirdOrigin,
    looseFrameOrigin: loose.origin,
    pageUrl: `${pageOrigin}/isolated/`,
    loosePageUrl: `${pageOrigin}/loose/`,
    demo,
  };
}
