// What the Firefox and WebKit drivers share: they record a page from inside it (the recorder the
// test server loads first in every page) and from the test server's request log, since neither
// WebKitWebDriver nor this setup gives the DevTools protocol's events.
import type { PageFunction, RecordedMessage, RecordedRequest, Recording } from "../driver";

/** Runs a function in the page. */
export type Evaluate = <A, R>(fn: PageFunction<A, R>, arg: A) => Promise<R>;

/** How often a poll of the page repeats, and for how long before it fails. */
const POLL_MS = 50;
const POLL_TIMEOUT_MS = 10_000;

/** The log's answer: how many requests it holds, and those from the index asked for. */
interface LogPage {
  readonly total: number;
  readonly requests: RecordedRequest[];
}

async function readLog(logUrl: string, from: number): Promise<LogPage> {
  const response = await fetch(`${logUrl}?from=${from}`);
  return (await response.json()) as LogPage;
}

/** How many requests the test servers have answered so far (where a new page's share starts). */
export async function requestCount(logUrl: string): Promise<number> {
  return (await readLog(logUrl, 0)).total;
}

/** The page's console and errors (from its recorder) and the requests since `from`. */
export async function readRecording(
  evaluate: Evaluate,
  logUrl: string,
  from: number,
): Promise<Recording> {
  const inPage = await evaluate(
    () =>
      (Reflect.get(window, "__e2eRecording") as
        | { console: RecordedMessage[]; pageErrors: string[] }
        | undefined) ?? { console: [], pageErrors: [] },
    null,
  );
  const { requests } = await readLog(logUrl, from);
  return { console: inPage.console, pageErrors: inPage.pageErrors, requests };
}

/** Polls `check` until it answers true (an error counts as false: the page may be navigating). */
export async function pollUntil(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + POLL_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/**
 * Runs `navigate` and waits until another document has replaced the current one and loaded
 * (or came back from the back-forward cache, which fires `pageshow` but no `load`).
 */
export async function navigateAway(evaluate: Evaluate, navigate: () => Promise<void>) {
  await evaluate(() => {
    Object.assign(window, { __e2eLeaving: true });
  }, null);
  await navigate();
  await pollUntil(
    () =>
      evaluate(
        () =>
          !("__e2eLeaving" in window) &&
          document.readyState === "complete" &&
          "__e2ePageshowPersisted" in window,
        null,
      ),
    "the next document",
  );
}

/**
 * Clears what a page left in its origin (local and session storage, IndexedDB, Cache Storage),
 * so the next test on a reused tab starts as in a fresh context; cookies are the driver's to
 * clear. Runs in the page.
 */
export async function clearOriginStorage(): Promise<void> {
  if (!location.protocol.startsWith("http")) return;
  localStorage.clear();
  sessionStorage.clear();
  for (const info of await indexedDB.databases()) {
    if (info.name) indexedDB.deleteDatabase(info.name);
  }
  for (const name of await caches.keys()) await caches.delete(name);
}
