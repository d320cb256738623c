// Starts the one browser a run shares, per engine: Chromium as a Playwright browser server,
// Firefox ESR through puppeteer-core (WebDriver BiDi), WebKit as WebKitWebDriver with one
// MiniBrowser session. Each returns where test files connect and how to stop it.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { chromium } from "playwright-core";
import puppeteer from "puppeteer-core";
import { Builder } from "selenium-webdriver";
import { CHROMIUM_ARGS, IGNORED_DEFAULT_ARGS } from "./chromium.mjs";
import type { Engine } from "./driver";
import { findEngines, INSTALL_HINTS } from "./engines.mjs";

/** Where test files connect to the engine. */
export interface EngineEndpoint {
  /** Chromium: the Playwright browser server; Firefox: the WebDriver BiDi socket. */
  readonly wsEndpoint: string;
  /** WebKit: the WebKitWebDriver URL and the session every test file attaches to. */
  readonly webdriver?: { readonly url: string; readonly sessionId: string };
}

/** A started engine. */
export interface LaunchedEngine {
  readonly endpoint: EngineEndpoint;
  stop(): Promise<void>;
}

/** Without a display, MiniBrowser hangs instead of failing: give up on the session after this. */
const SESSION_TIMEOUT_MS = 60_000;
const DRIVER_START_TIMEOUT_MS = 10_000;
const POLL_MS = 100;

async function launchChromium(executablePath: string): Promise<LaunchedEngine> {
  const server = await chromium.launchServer({
    executablePath,
    args: CHROMIUM_ARGS,
    ignoreDefaultArgs: IGNORED_DEFAULT_ARGS,
    headless: true,
  });
  return { endpoint: { wsEndpoint: server.wsEndpoint() }, stop: () => server.close() };
}

async function launchFirefox(executablePath: string): Promise<LaunchedEngine> {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath,
    headless: true,
    // Keep the back-forward cache as a person has it, and no first-run or update noise.
    extraPrefsFirefox: { "browser.shell.checkDefaultBrowser": false, "app.update.auto": false },
  });
  const wsEndpoint = browser.wsEndpoint();
  // The test files connect on their own; this connection only keeps the browser alive.
  await browser.disconnect();
  return {
    endpoint: { wsEndpoint },
    stop: async () => {
      const again = await puppeteer.connect({
        browserWSEndpoint: wsEndpoint,
        protocol: "webDriverBiDi",
      });
      await again.close();
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

async function waitForDriver(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + DRIVER_START_TIMEOUT_MS;
  while (Date.now() < deadline && child.exitCode === null) {
    const ready = await fetch(`${url}/status`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
  throw new Error(`WebKitWebDriver did not start on ${url}`);
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function launchWebKit(driverPath: string, browserPath: string): Promise<LaunchedEngine> {
  if (!process.env.DISPLAY) {
    throw new Error("WebKit needs a display: run it under `xvfb-run -a` (pnpm test:e2e does).");
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(driverPath, [`--port=${port}`], { stdio: "ignore" });
  try {
    await waitForDriver(url, child);
    const driver = await withTimeout(
      new Builder()
        .usingServer(url)
        .withCapabilities({
          browserName: "MiniBrowser",
          "webkitgtk:browserOptions": { binary: browserPath, args: ["--automation"] },
        })
        .build(),
      SESSION_TIMEOUT_MS,
      `WebKitWebDriver made no MiniBrowser session in ${SESSION_TIMEOUT_MS / 1000} s (no display?)`,
    );
    const sessionId = (await driver.getSession()).getId();
    return {
      endpoint: { wsEndpoint: "", webdriver: { url, sessionId } },
      stop: async () => {
        await driver.quit().catch(() => undefined);
        child.kill();
      },
    };
  } catch (error) {
    child.kill();
    throw error;
  }
}

/** Starts `engine`, or throws with how to install it. */
export async function launchEngine(engine: Engine): Promise<LaunchedEngine> {
  const found = findEngines();
  if (engine === "chromium") {
    if (!found.chromium) throw new Error(INSTALL_HINTS.chromium);
    return launchChromium(found.chromium);
  }
  if (engine === "firefox") {
    if (!found.firefox) throw new Error(INSTALL_HINTS.firefox);
    return launchFirefox(found.firefox);
  }
  if (!found.webkit) throw new Error(INSTALL_HINTS.webkit);
  return launchWebKit(found.webkit.driver, found.webkit.browser);
}
