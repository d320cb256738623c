// Connects a test file to the run's engine through the cross-engine driver: each test's pages are
// closed after it, and any console error or page error they reported fails the test, unless the
// test said it expects them (the leak audit's self-tests plant some).
import { afterAll, afterEach, beforeAll, inject, type TestContext } from "vitest";
import type { Driver, Engine, EnginePage, OpenOptions } from "./driver";
import { connectChromium } from "./drivers/chromium";
import { connectFirefox } from "./drivers/firefox";
import { connectWebKit } from "./drivers/webkit";
import type { E2eContext } from "./global-setup";

/** What {@link useEngine} gives a test file. */
export interface EngineSession {
  /** The origins of the fixtures and the built examples, and the run's engine. */
  readonly e2e: E2eContext;
  /** The engine this run drives. */
  readonly engine: Engine;
  /** Opens `url` in a fresh context and waits for it to load. */
  open(url: string, options?: OpenOptions): Promise<EnginePage>;
}

/** Options for {@link useEngine}. */
export interface EngineSessionOptions {
  /**
   * Give every page a browser context of its own (Chromium, Firefox) rather than reusing one tab
   * and clearing its origin's storage and cookies after each test. WebDriver classic has no
   * contexts: in WebKit the tab is always reused and cleared.
   * @default false
   */
  readonly freshContexts?: boolean;
}

function connect(e2e: E2eContext, freshContexts: boolean): Promise<Driver> {
  if (e2e.engine === "chromium") return connectChromium(e2e.wsEndpoint, freshContexts);
  if (e2e.engine === "firefox") {
    return connectFirefox(e2e.wsEndpoint, e2e.requestLog, freshContexts);
  }
  if (!e2e.webdriver) throw new Error("The WebKit run has no WebDriver session");
  return connectWebKit(e2e.webdriver.url, e2e.webdriver.sessionId, e2e.requestLog);
}

/**
 * Resolves once the page has painted twice after load: the examples' frameworks render their
 * fields a task after the load event, and WebDriver, unlike Playwright, does not wait for them.
 */
function afterFirstRender(): Promise<void> {
  return new Promise((done) => {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)));
    // A page that never paints (hidden, throttled) must not hang the test: one second at most.
    setTimeout(done, 1000);
  });
}

/** The errors a page reported that fail its test. */
async function reportedErrors(page: EnginePage): Promise<string[]> {
  const recording = await page.recording();
  if (page.errorsExpected) return [];
  return [
    ...recording.console
      .filter((message) => message.type === "error")
      .map((message) => `console.error: ${message.text}`),
    ...recording.pageErrors.map((error) => `page error: ${error}`),
  ];
}

/** Connects the test file to the run's engine; closes each test's pages after it. */
export function useEngine(options: EngineSessionOptions = {}): EngineSession {
  const e2e = inject("e2e");
  let driver: Driver | undefined;
  let opened: EnginePage[] = [];

  beforeAll(async () => {
    driver = await connect(e2e, options.freshContexts ?? false);
  });
  afterAll(async () => {
    await driver?.disconnect();
  });
  afterEach(async () => {
    const current = opened;
    opened = [];
    const errors: string[] = [];
    for (const page of current) {
      errors.push(...(await reportedErrors(page).catch((error: unknown) => [String(error)])));
      await driver?.close(page);
    }
    if (errors.length > 0) throw new Error(`The page reported errors:\n${errors.join("\n")}`);
  });

  return {
    e2e,
    engine: e2e.engine,
    async open(url, options) {
      if (!driver) throw new Error("useEngine(): the browser is not connected yet");
      const page = await driver.open(url, options);
      opened.push(page);
      await page.evaluate(afterFirstRender, null);
      return page;
    },
  };
}

/**
 * Skips the running test, by name and with the reason, in an engine that cannot run it: the run
 * lists every such test (it never passes silently).
 */
export function onlyIn(context: TestContext, engines: readonly Engine[], reason: string): void {
  const { engine } = inject("e2e");
  if (!engines.includes(engine)) context.skip(`${engines.join("/")} only: ${reason}`);
}
