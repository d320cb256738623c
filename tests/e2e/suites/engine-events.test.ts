// What each engine sends a plain input (no binding) for the edits the card fields handle, next to
// what @cardward/testing's simulators fire for that engine in happy-dom: the sequences must be
// equal, so every difference between the engines is modelled by the simulators and pinned here.
import type { SimulatedEngine } from "@cardward/testing";
import { paste, pressBackspace, pressDelete, typeInto } from "@cardward/testing";
import { Window } from "happy-dom";
import { afterAll, describe, expect, it } from "vitest";
import type { EnginePage } from "../harness/driver";
import { onlyIn, useEngine } from "../harness/engine-session";
import { startTrace, TRACED_EVENTS, takeTrace, traceEvents } from "../harness/event-trace";
import { dispatchHistory, focusField, pasteText, readField, SELECTORS } from "../harness/fields";
import { fixtureUrl } from "../harness/targets";

const session = useEngine();
const engine: SimulatedEngine = session.engine;

/** One edit, done with the engine's keyboard and clipboard, and with the simulators. */
interface TracedEdit {
  readonly name: string;
  /** Where the field starts (not traced): its value, and the caret (at the end by default). */
  readonly start?: { readonly value: string; readonly caret?: number };
  readonly real: (page: EnginePage) => Promise<void>;
  readonly simulated: (input: HTMLInputElement) => void;
}

const EDITS: readonly TracedEdit[] = [
  {
    name: "types a digit and a letter",
    real: (page) => page.type("4a"),
    simulated: (input) => typeInto(input, "4a", { engine }),
  },
  {
    name: "presses Backspace after a digit",
    start: { value: "4" },
    real: (page) => page.press("Backspace"),
    simulated: (input) => pressBackspace(input, { engine }),
  },
  {
    name: "presses Delete at the end (nothing to delete)",
    start: { value: "4" },
    real: (page) => page.press("Delete"),
    simulated: (input) => pressDelete(input, { engine }),
  },
  {
    name: "presses Backspace in the empty field (nothing to delete)",
    real: (page) => page.press("Backspace"),
    simulated: (input) => pressBackspace(input, { engine }),
  },
  {
    name: "presses Backspace before a digit (nothing to delete)",
    start: { value: "4", caret: 0 },
    real: (page) => page.press("Backspace"),
    simulated: (input) => pressBackspace(input, { engine }),
  },
  {
    name: "pastes a grouped number with Ctrl+V",
    real: (page) => pasteText(page, "4242 4242"),
    simulated: (input) => paste(input, "4242 4242", { engine }),
  },
];

/** The eight bytes every PNG file starts with. */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let shared: Window | undefined;
afterAll(async () => {
  await shared?.happyDOM.close();
});

/** Puts the field's value and caret where the edit starts (runs in the page and in happy-dom). */
function placeStart(input: HTMLInputElement, { start }: Pick<TracedEdit, "start">): void {
  if (!start) return;
  input.value = start.value;
  const caret = start.caret ?? start.value.length;
  input.setSelectionRange(caret, caret);
}

/** The simulated trace of `edit` in happy-dom, on an empty focused input. */
function simulate(edit: TracedEdit): string[] {
  shared ??= new Window({ url: "https://checkout.example/" });
  const { document } = shared;
  document.body.replaceChildren();
  const input = document.createElement("input");
  document.body.append(input);
  const field = input as unknown as HTMLInputElement;
  field.focus();
  placeStart(field, edit);
  const trace = traceEvents(field, TRACED_EVENTS);
  edit.simulated(field);
  return trace;
}

describe(`what ${session.engine} sends an input, and the simulators for ${session.engine}`, () => {
  it.each(EDITS)("$name", async (edit) => {
    const page = await session.open(fixtureUrl("plain.html"));
    await focusField(page, "number");
    await page.evaluate(
      ([selector, start]) => {
        const input = document.querySelector(selector) as HTMLInputElement;
        if (!start) return;
        input.value = start.value;
        const caret = start.caret ?? start.value.length;
        input.setSelectionRange(caret, caret);
      },
      [SELECTORS.number, edit.start ?? null] as const,
    );
    await startTrace(page, SELECTORS.number);
    await edit.real(page);
    const real = await takeTrace(page);
    expect(simulate(edit)).toEqual(real);
  });

  it("undoes typing with Ctrl+Z: beforeinput and input historyUndo", async (context) => {
    onlyIn(context, ["chromium", "firefox"], "MiniBrowser has no undo shortcut (see historyUndo)");
    const page = await session.open(fixtureUrl("plain.html"));
    await focusField(page, "number");
    await page.type("4");
    await startTrace(page, SELECTORS.number);
    await page.press("ControlOrMeta+z");
    expect(await takeTrace(page)).toEqual([
      "keydown(Control)",
      "keydown(z)",
      "beforeinput(historyUndo:null)",
      "input(historyUndo:null)",
      "keyup(z)",
      "keyup(Control)",
    ]);
    expect((await readField(page, "number")).value).toBe("");
  });

  it("takes a screenshot of the page as a PNG", async () => {
    const page = await session.open(fixtureUrl("plain.html"));
    const png = await page.screenshot();
    expect([...png.subarray(0, PNG_SIGNATURE.length)]).toEqual(PNG_SIGNATURE);
    expect(png.length).toBeGreaterThan(PNG_SIGNATURE.length);
  });

  it("lets a script send the historyUndo beforeinput an Edit menu's Undo sends", async () => {
    const page = await session.open(fixtureUrl("plain.html"));
    await focusField(page, "number");
    await startTrace(page, SELECTORS.number);
    expect(await dispatchHistory(page, "number", "historyUndo")).toBe(false);
    expect(await takeTrace(page)).toEqual(["beforeinput(historyUndo:null)"]);
  });
});
