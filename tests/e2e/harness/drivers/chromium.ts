// The Chromium driver: playwright-core connected to the run's shared Chromium, every page
// recorded through the DevTools protocol from the moment it opens (console messages with their
// arguments, page errors, every request with its body).
import {
  type Browser,
  type BrowserContext,
  type ConsoleMessage,
  chromium,
  type Page,
} from "playwright-core";
import type { Driver, EnginePage, PageFunction, RecordedMessage, Recording } from "../driver";
import { clearOriginStorage } from "./in-page";

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

/** What a context recorded since its recording last restarted. */
interface Recorder {
  readonly recording: Recording;
  readonly pending: Promise<unknown>[];
}

/** A context and its one page, recording everything into the current recorder. */
interface RecordedContext {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Starts a new recording (a new test on the same page) and returns it. */
  restart(): Recorder;
}

function newRecorder(): Recorder {
  return { recording: { console: [], pageErrors: [], requests: [] }, pending: [] };
}

/** Marks whether a page came back from the back-forward cache, and hears CSP violations. */
function initScript(): void {
  addEventListener("pageshow", (event) => {
    Object.assign(window, { __e2ePageshowPersisted: event.persisted });
  });
  const violations: unknown[] = [];
  Object.assign(window, { __e2eCspViolations: violations });
  document.addEventListener("securitypolicyviolation", (event) => {
    violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
  });
}

/** A fresh context with one page, recording from the moment it opens. */
async function newRecordedContext(browser: Browser): Promise<RecordedContext> {
  const context = await browser.newContext();
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  await context.addInitScript(initScript);
  let current = newRecorder();
  context.on("console", (message) => {
    const entry: RecordedMessage = { type: message.type(), text: message.text(), args: [] };
    current.recording.console.push(entry);
    current.pending.push(readArgs(message).then((args) => entry.args.push(...args)));
  });
  context.on("weberror", (error) => {
    const { message, stack } = error.error();
    current.recording.pageErrors.push(`${message}\n${stack ?? ""}`);
  });
  context.on("request", (request) => {
    current.recording.requests.push({
      url: request.url(),
      method: request.method(),
      headers: request.headers(),
      body: request.postData(),
    });
  });
  const page = await context.newPage();
  return {
    context,
    page,
    restart: () => {
      current = newRecorder();
      return current;
    },
  };
}

/** Starts a new recording on the context's page and loads `url` there, clipboard granted. */
async function load(recorded: RecordedContext, url: string): Promise<ChromiumPage> {
  const { context, page } = recorded;
  const recorder = recorded.restart();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: new URL(url).origin,
  });
  await page.goto(url);
  return {
    page,
    context,
    recording: recorder.recording,
    settle: async () => {
      await Promise.all(recorder.pending);
    },
  };
}

/** Opens `url` in a fresh context that records everything, with the clipboard granted. */
export async function openChromiumPage(browser: Browser, url: string): Promise<ChromiumPage> {
  return load(await newRecordedContext(browser), url);
}

/**
 * `page.evaluate` with the driver's signature: Playwright types the argument as `Unboxed<A>`,
 * which is `A` itself for the JSON values the suites pass, but TypeScript cannot see that for a
 * generic `A`.
 */
export function evaluateIn<A, R>(page: Page, fn: PageFunction<A, R>, arg: A): Promise<R> {
  return page.evaluate(fn as (value: unknown) => R | Promise<R>, arg);
}

/**
 * Wraps an opened Chromium page in the cross-engine interface (a Playwright-style suite can pass
 * its `OpenedPage` through this to the cross-engine helpers, e.g. the leak audit's `auditSinks`).
 */
export function enginePage(opened: ChromiumPage): EnginePage {
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
    pressSequence: async (chords) => {
      for (const chord of chords) await page.keyboard.press(chord);
    },
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

/**
 * Connects to the run's Chromium (a Playwright browser server). With `freshContexts`, every page
 * gets a context of its own; without, the test file's pages share one context and tab, and a
 * closing page clears what it left in its origin (faster by most of a second a test).
 */
export async function connectChromium(wsEndpoint: string, freshContexts: boolean): Promise<Driver> {
  const browser = await chromium.connect(wsEndpoint);
  const contexts = new Map<EnginePage, BrowserContext>();
  let shared: RecordedContext | undefined;
  return {
    engine: "chromium",
    async open(url) {
      if (freshContexts) {
        const opened = await openChromiumPage(browser, url);
        const page = enginePage(opened);
        contexts.set(page, opened.context);
        return page;
      }
      shared ??= await newRecordedContext(browser);
      return enginePage(await load(shared, url));
    },
    async close(page) {
      const own = contexts.get(page);
      contexts.delete(page);
      if (own) return own.close();
      await page.evaluate(clearOriginStorage, null);
      await shared?.context.clearCookies();
      await page.goto("about:blank");
    },
    disconnect: () => browser.close(),
  };
}
