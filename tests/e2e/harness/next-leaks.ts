// What the leak audit reads on the Next.js example besides the common sinks: the React Server
// Components payloads (the flight data the page was rendered from, and every RSC response, such
// as a server action's answer), and which request is the server action's call: the one request
// that may carry the card's non-secret parts (the number, expiry, name and postal code).
import type { Page } from "playwright-core";
import type { EnginePage, RecordedRequest } from "./driver";
import { holds, type Sentinel } from "./leak-audit";

/** The media type of an RSC payload (a server action's answer, a navigation's payload). */
const RSC_TYPE = "text/x-component";

/** One RSC payload the page received, as text. */
export interface RscPayload {
  readonly where: string;
  readonly text: string;
}

/** A sentinel found in an RSC payload. */
export interface RscFinding {
  readonly sentinel: string;
  readonly where: string;
}

const recordings = new WeakMap<Page, Promise<RscPayload>[]>();

function chromiumPage(page: EnginePage): Page {
  if (!page.playwright) throw new Error("RSC responses are recorded in Chromium only");
  return page.playwright.page;
}

/**
 * Starts recording the body of every RSC response of the page (call it right after opening): each
 * fetch the page makes goes through `route.fetch()`, so the body is read as it arrives (DevTools
 * keeps no body of a streamed fetch response to ask for later).
 */
export async function recordRscResponses(page: EnginePage): Promise<void> {
  const target = chromiumPage(page);
  const bodies: Promise<RscPayload>[] = [];
  recordings.set(target, bodies);
  await target.route("**/*", async (route) => {
    const request = route.request();
    if (request.resourceType() !== "fetch") return route.fallback();
    const response = await route.fetch();
    if ((response.headers()["content-type"] ?? "").startsWith(RSC_TYPE)) {
      const where = `${request.method()} ${request.url()} (response)`;
      bodies.push(response.text().then((text) => ({ where, text })));
    }
    await route.fulfill({ response });
  });
}

/**
 * The RSC payloads of the page: its flight data as served (the inline scripts Next rendered into
 * the document push it to `self.__next_f`, which hydration then empties) and every RSC response
 * recorded since `recordRscResponses`.
 */
export async function rscPayloads(page: EnginePage): Promise<RscPayload[]> {
  const flight = await page.evaluate(
    () =>
      [...document.scripts]
        .filter((script) => !script.src)
        .map((script) => script.textContent ?? "")
        .join("\n"),
    null,
  );
  const responses = await Promise.all(recordings.get(chromiumPage(page)) ?? []);
  return [{ where: "inline flight data", text: flight }, ...responses];
}

/** Every sentinel found in `payloads`. */
export function findInPayloads(
  payloads: readonly RscPayload[],
  sentinels: readonly Sentinel[],
): RscFinding[] {
  return payloads.flatMap(({ where, text }) =>
    sentinels
      .filter((sentinel) => holds(text, sentinel.digits))
      .map((sentinel) => ({ sentinel: sentinel.label, where })),
  );
}

/**
 * Whether `request` calls a server action of the page at `pageUrl`: a POST to the page's own URL
 * (same origin) with the `Next-Action` header naming the action.
 */
export function isServerActionCall(request: RecordedRequest, pageUrl: string): boolean {
  return (
    request.method === "POST" &&
    request.url === pageUrl &&
    typeof request.headers["next-action"] === "string"
  );
}

/** The argument names a server action call sent: the keys of its one object argument, sorted. */
export function serverActionFields(request: RecordedRequest): string[] {
  const parsed: unknown = JSON.parse(request.body ?? "null");
  const [argument] = Array.isArray(parsed) ? parsed : [];
  if (typeof argument !== "object" || argument === null) return [];
  return Object.keys(argument).sort();
}
