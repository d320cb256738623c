// The Chromium driver: playwright-core connected to the run's shared Chromium, every page in a
// fresh context recorded through the DevTools protocol from the moment it opens (console messages
// with their arguments, page errors, every request with its body).
import {
  type Browser,
  type BrowserContext,
  type ConsoleMessage,
  chromium,
  type Page,
} from "playwright-core";
import type { Driver, EnginePage, PageFunction, RecordedMessage, Recording } from "../driver";

/** A Chromium page in its own context, with what it did (the Playwright-style suites use it). */
export interface ChromiumPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly recording: Recording;
  /** Waits until every console message's arguments have been read. */
  settle(): Promise<void>;
}

/** How long one Playwright action may hang before it fails with its own message. */
const ACTION_TIMEOUT_MS = 10_000;

async function readArgs(message: ConsoleMessage): Promise<unknown[]> {
  return Promise.all(
    message.args().map((arg) => arg.jsonValue().catch(() => "[unserializable argument]")),
  );
}

/** Opens `url` in a fresh context that records everything, with the clipboard granted. */
export async function openChromiumPage(browser: Browser, url: string): Promise<ChromiumPage> {
  const context = await browser.newContext();
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: new URL(url).origin,
  });
  await context.addInitScript(() => {
    addEventListener("pageshow", (event) => {
      Object.assign(window, { __e2ePageshowPersisted: event.persisted });
    });
    const violations: unknown[] = [];
    Object.assign(window, { __e2eCspViolations: violations });
    document.addEventListener("securitypolicyviolation", (event) => {
      violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
    });
  });
  const recording: Recording = { console: [], pageErrors: [], requests: [] };
  const pending: Promise<unknown>[] = [];
  context.on("console", (message) => {
    const entry: RecordedMessage = { type: message.type(), text: message.text(), args: [] };
    recording.console.push(entry);
    pending.push(readArgs(message).then((args) => entry.args.push(...args)));
  });
  context.on("weberror", (error) => {
    const { message, stack } = error.error();
    recording.pageErrors.push(`${message}\n${stack ?? ""}`);
  });
  context.on("request", (request) => {
    recording.requests.push({
      url: request.url(),
      method: request.method(),
      headers: request.headers(),
      body: request.postData(),
    });
  });
  const page = await context.newPage();
  await page.goto(url);
  return {
    page,
    context,
    recording,
    settle: async () => {
      await Promise.all(pending);
    },
  };
}

/**
 * `page.evaluate` with the driver's signature: Playwright types the argument as `Unboxed<A>`,
 * which is `A` itself for the JSON values the suites pass, but TypeScript cannot see that for a
 * generic `A`.
 */
export function evaluateIn<A, R>(page: Page, fn: PageFunction<A, R>, arg: A): Promise<R> {
  return page.evaluate(fn as (value: unknown) => R | Promise<R>, arg);
}

/** Wraps an opened Chromium page in the cross-engine interface. */
function enginePage(opened: ChromiumPage): EnginePage {
  const { page, context } = opened;
  let errorsExpected = false;
  return {
    engine: "chromium",
    playwright: { page, context },
    goto: async (url) => {
      await page.goto(url);
    },
    goBack: async () => {
      await page.goBack({ waitUntil: "commit" });
    },
    url: async () => page.url(),
    click: (selector) => page.click(selector),
    type: (text) => page.keyboard.type(text),
    press: (chord) => page.keyboard.press(chord),
    evaluate: (fn, arg) => evaluateIn(page, fn, arg),
    evaluateSource: async (source) => {
      await page.evaluate(source);
    },
    writeClipboard: (text) => page.evaluate((value) => navigator.clipboard.writeText(value), text),
    screenshot: () => page.screenshot(),
    cookies: () => context.cookies(),
    recording: async () => {
      await opened.settle();
      return opened.recording;
    },
    expectConsoleErrors: () => {
      errorsExpected = true;
    },
    get errorsExpected() {
      return errorsExpected;
    },
  };
}

/** Connects to the run's Chromium (a Playwright browser server). */
export async function connectChromium(wsEndpoint: string): Promise<Driver> {
  const browser = await chromium.connect(wsEndpoint);
  const contexts = new Map<EnginePage, BrowserContext>();
  return {
    engine: "chromium",
    async open(url) {
      const opened = await openChromiumPage(browser, url);
      const page = enginePage(opened);
      contexts.set(page, opened.context);
      return page;
    },
    async close(page) {
      await contexts.get(page)?.close();
      contexts.delete(page);
    },
    disconnect: () => browser.close(),
  };
}
