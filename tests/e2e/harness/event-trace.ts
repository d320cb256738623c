// The events a text input receives, written the same way in a real engine and in happy-dom
// under @cardward/testing's simulators, so the two sequences can be compared: `type` or
// `type(what)`, where `what` is the key, `inputType:data`, or the text of a paste or textInput.
import type { EnginePage } from "./driver";

/** The event types traced (what a keyboard, a paste or an undo sends to an input). */
export const TRACED_EVENTS = [
  "keydown",
  "keypress",
  "keyup",
  "beforeinput",
  "textInput",
  "input",
  "paste",
] as const;

/**
 * Traces `types` on `input` into the returned array. Self-contained (it refers to nothing outside
 * itself), so the same source runs in the page and in happy-dom.
 */
export function traceEvents(input: EventTarget, types: readonly string[]): string[] {
  const trace: string[] = [];
  for (const type of types) {
    input.addEventListener(type, (event) => {
      const fields = event as unknown as Record<string, unknown>;
      let what = "";
      if (type.startsWith("key")) what = String(fields.key);
      else if (type === "beforeinput" || type === "input") {
        what = `${String(fields.inputType)}:${String(fields.data)}`;
      } else if (type === "textInput") what = String(fields.data);
      else if (type === "paste") {
        const data = fields.clipboardData as { getData(format: string): string } | null;
        what = data ? data.getData("text/plain") : "no clipboardData";
      }
      trace.push(what === "" ? type : `${type}(${what})`);
    });
  }
  return trace;
}

/** Starts tracing the input matching `selector` in the page. */
export async function startTrace(page: EnginePage, selector: string): Promise<void> {
  const target = `document.querySelector(${JSON.stringify(selector)})`;
  const types = JSON.stringify(TRACED_EVENTS);
  await page.evaluateSource(
    `window.__e2eTrace = (${traceEvents.toString()})(${target}, ${types});`,
  );
}

/** Reads and empties the page's trace. */
export function takeTrace(page: EnginePage): Promise<string[]> {
  return page.evaluate(() => {
    const trace = Reflect.get(window, "__e2eTrace") as string[];
    return trace.splice(0, trace.length);
  }, null);
}
