// The WebKit driver: selenium-webdriver attached to the run's one WebKitWebDriver session
// (MiniBrowser, WebKitGTK). WebDriver classic has no browser contexts, so a page "closes" by
// clearing what it left in its origin (storage, IndexedDB, caches, cookies) and going blank.
// Keys go through the Actions API: `element.sendKeys` moves the caret to the end first.
import { By, Capabilities, Key, until, WebDriver } from "selenium-webdriver";
import { Executor, HttpClient } from "selenium-webdriver/http";
import { Session } from "selenium-webdriver/lib/session";
import { parseChord } from "../chord";
import type { Driver, EnginePage } from "../driver";
import {
  clearOriginStorage,
  type Evaluate,
  navigateAway,
  pollUntil,
  readRecording,
  requestCount,
} from "./in-page";

/** How long a click waits for its element to appear (a framework may render after load). */
const FIND_TIMEOUT_MS = 10_000;

/** WebDriver's key codes for the named keys the suites press. */
const NAMED_KEYS: Readonly<Record<string, string>> = {
  Backspace: Key.BACK_SPACE,
  Delete: Key.DELETE,
  Tab: Key.TAB,
  Enter: Key.ENTER,
  Escape: Key.ESCAPE,
  Home: Key.HOME,
  End: Key.END,
  ArrowLeft: Key.ARROW_LEFT,
  ArrowRight: Key.ARROW_RIGHT,
  ArrowUp: Key.ARROW_UP,
  ArrowDown: Key.ARROW_DOWN,
  Shift: Key.SHIFT,
  Control: Key.CONTROL,
  Alt: Key.ALT,
  Meta: Key.META,
};

function webdriverKey(name: string): string {
  const named = NAMED_KEYS[name];
  if (named) return named;
  if ([...name].length !== 1) throw new Error(`No WebDriver key for "${name}"`);
  return name;
}

/** Runs `fn(arg)` in the page (WebDriver awaits a returned promise). */
function evaluateIn(driver: WebDriver): Evaluate {
  return (fn, arg) => driver.executeScript(`return (${fn.toString()})(arguments[0]);`, arg);
}

/** The Actions API's builder. */
type Actions = ReturnType<WebDriver["actions"]>;

/** Adds a chord to `actions`: modifiers down, the key, modifiers up. */
function addChord(actions: Actions, chord: string): Actions {
  const { modifiers, key } = parseChord(chord);
  // A letter under a shortcut is its lower-case key (`Control+Z` is Control and `z`).
  const pressed = key.length === 1 && modifiers.length > 0 ? key.toLowerCase() : key;
  let chain = actions;
  for (const modifier of modifiers) chain = chain.keyDown(webdriverKey(modifier));
  chain = chain.sendKeys(webdriverKey(pressed));
  for (const modifier of [...modifiers].reverse()) chain = chain.keyUp(webdriverKey(modifier));
  return chain;
}

/** Presses chords one after another through the Actions API, in one `perform`. */
async function pressChords(driver: WebDriver, chords: readonly string[]): Promise<void> {
  let actions = driver.actions({ async: true });
  for (const chord of chords) actions = addChord(actions, chord);
  await actions.perform();
}

/**
 * Puts `text` on the clipboard with `navigator.clipboard.writeText`, which WebKit allows only
 * inside a user gesture: a one-shot capturing listener calls it from a real Shift keydown, and
 * keeps that Shift's keydown and keyup from the page's own listeners.
 */
async function writeClipboard(driver: WebDriver, text: string): Promise<void> {
  const evaluate = evaluateIn(driver);
  await evaluate((value) => {
    const state = { written: "" };
    Object.assign(window, { __e2eClipboard: state });
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key !== "Shift") return;
      event.stopImmediatePropagation();
      removeEventListener("keyup", onKeyUp, true);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Shift") return;
      event.stopImmediatePropagation();
      removeEventListener("keydown", onKeyDown, true);
      navigator.clipboard.writeText(value).then(
        () => {
          state.written = "ok";
        },
        (error: unknown) => {
          state.written = String(error);
        },
      );
    };
    addEventListener("keydown", onKeyDown, true);
    addEventListener("keyup", onKeyUp, true);
  }, text);
  await driver.actions({ async: true }).keyDown(Key.SHIFT).keyUp(Key.SHIFT).perform();
  await pollUntil(
    async () =>
      (await evaluate(
        () => (Reflect.get(window, "__e2eClipboard") as { written: string }).written,
        null,
      )) === "ok",
    "the clipboard write",
  );
}

/** Clears what a page left in its origin, so the next test starts as in a fresh context. */
async function clearOrigin(driver: WebDriver): Promise<void> {
  await evaluateIn(driver)(clearOriginStorage, null);
  await driver.manage().deleteAllCookies();
  await driver.get("about:blank");
}

function enginePage(driver: WebDriver, logUrl: string, from: number): EnginePage {
  const evaluate = evaluateIn(driver);
  let errorsExpected = false;
  return {
    engine: "webkit",
    goto: (url) => driver.get(url),
    goBack: () =>
      navigateAway(evaluate, async () => {
        await evaluate(() => history.back(), null);
      }),
    url: () => driver.getCurrentUrl(),
    click: async (selector) => {
      const element = await driver.wait(until.elementLocated(By.css(selector)), FIND_TIMEOUT_MS);
      await element.click();
    },
    type: (text) => driver.actions({ async: true }).sendKeys(text).perform(),
    press: (chord) => pressChords(driver, [chord]),
    pressSequence: (chords) => pressChords(driver, chords),
    evaluate,
    evaluateSource: async (source) => {
      await driver.executeScript(source);
    },
    writeClipboard: (text) => writeClipboard(driver, text),
    screenshot: async () => Buffer.from(await driver.takeScreenshot(), "base64"),
    cookies: async () =>
      (await driver.manage().getCookies()).map(({ name, value, path }) => ({
        name,
        value,
        path: path ?? "/",
      })),
    recording: () => readRecording(evaluate, logUrl, from),
    expectConsoleErrors: () => {
      errorsExpected = true;
    },
    get errorsExpected() {
      return errorsExpected;
    },
  };
}

/** Attaches to the run's WebKitWebDriver session (created once by the global setup). */
export async function connectWebKit(
  serverUrl: string,
  sessionId: string,
  logUrl: string,
): Promise<Driver> {
  const driver = new WebDriver(
    new Session(sessionId, new Capabilities()),
    new Executor(new HttpClient(serverUrl)),
  );
  return {
    engine: "webkit",
    async open(url) {
      const from = await requestCount(logUrl);
      await driver.get(url);
      return enginePage(driver, logUrl, from);
    },
    close: () => clearOrigin(driver),
    disconnect: async () => {},
  };
}
