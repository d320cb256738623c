// Editing as people really do it (issue 15), with real key presses in each engine on each example:
// the expiry edited in place and committed on leaving, four-digit years typed and pasted, Delete
// keeping the caret, undo and redo on every field (the CVC's never putting a digit in the page),
// and a brand change keeping what was typed. A field is written as in core's edit tests: `12| / 30`
// is the caret after `12`, `1[2 / 3]0` a selection. Carets and selections are placed with Home,
// the arrows and Shift+Arrow, undo and redo with Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y.
import { describe, expect, it, type TestContext } from "vitest";
import type { EnginePage } from "../harness/driver";
import { onlyIn, useEngine } from "../harness/engine-session";
import { startTrace, takeTrace } from "../harness/event-trace";
import { parseField, showField } from "../harness/field-notation";
import {
  dispatchHistory,
  type Field,
  focusField,
  pasteText,
  readField,
  SELECTORS,
  selectionKeys,
  textContent,
} from "../harness/fields";
import { exampleTargets, fixtureUrl } from "../harness/targets";

const session = useEngine();

/** Something a person does to a field: a chord pressed, text typed key by key, a real paste. */
type Action = { readonly press: string } | { readonly type: string } | { readonly paste: string };

const press = (chord: string): Action => ({ press: chord });
const typing = (text: string): Action => ({ type: text });
const pasting = (text: string): Action => ({ paste: text });

/** Does the action with the engine's real keyboard (and clipboard, for a paste). */
async function perform(page: EnginePage, action: Action): Promise<void> {
  if ("press" in action) await page.press(action.press);
  else if ("type" in action) await page.type(action.type);
  else await pasteText(page, action.paste);
}

/** Types `text` into a field with real key presses, the caret at its end first. */
async function typeInto(page: EnginePage, field: Field, text: string): Promise<void> {
  await focusField(page, field);
  await page.type(text);
}

/** The field in notation: `12| / 30`. */
const shown = async (page: EnginePage, field: Field) => showField(await readField(page, field));

/** The field's value. */
const value = async (page: EnginePage, field: Field) => (await readField(page, field)).value;

/**
 * Brings a field to `start` (in notation) as a person would: types the digits of its value, then
 * places the caret or selection with the keyboard (an empty `start` leaves the field empty).
 */
async function prepare(page: EnginePage, field: Field, start: string): Promise<void> {
  const { value: startValue, selectionStart, selectionEnd } = parseField(start);
  await typeInto(page, field, startValue.replace(/\D/g, ""));
  expect(await value(page, field)).toBe(startValue);
  // The field has the focus: the keys alone place the caret (one round trip in WebKit).
  await page.pressSequence(selectionKeys(selectionStart, selectionEnd));
}

/** One edit of the issue: where the field starts, what the person does, where it must end. */
type EditRow = readonly [name: string, start: string, actions: readonly Action[], end: string];

/** The expiry, edited in place: the month and the year are slots. */
const EXPIRY_IN_PLACE: readonly EditRow[] = [
  ["Backspace after the month keeps the year", "12| / 30", [press("Backspace")], "1| / 30"],
  [
    "... and a digit typed there fills the month",
    "12| / 30",
    [press("Backspace"), typing("1")],
    "11| / 30",
  ],
  ["Backspace after the month's first digit", "1|2 / 30", [press("Backspace")], "|2 / 30"],
  [
    "... and 1 typed there gives the month back",
    "1|2 / 30",
    [press("Backspace"), typing("1")],
    "1|2 / 30",
  ],
  [
    "Backspace after the separator deletes the month's digit",
    "12 / |30",
    [press("Backspace")],
    "1| / 30",
  ],
  [
    "Delete before the separator deletes the year's digit",
    "12| / 30",
    [press("Delete")],
    "12| / 0",
  ],
  ["Delete inside the month", "1|2 / 30", [press("Delete")], "1| / 30"],
  ["Backspace over a selection across the separator", "1[2 / 3]0", [press("Backspace")], "1| / 0"],
  ["typing over a selection across the separator", "1[2 / 3]0", [typing("1")], "11| / 0"],
  ["typing over the month", "[12] / 30", [typing("05")], "05| / 30"],
  ["typing over the year", "12 / [30]", [typing("4")], "12 / 4|"],
  [
    "deleting the month and typing it again",
    "[12] / 30",
    [press("Backspace"), typing("11")],
    "11| / 30",
  ],
  [
    "a one-digit month is padded once the caret moves to the year",
    "12| / 30",
    [press("Backspace"), press("End")],
    "01 / 30|",
  ],
];

/** Four-digit years typed or pasted by hand, into the empty expiry. */
const FOUR_DIGIT_YEARS: readonly EditRow[] = [
  ["typing 12/2030", "", [typing("12/2030")], "12 / 30|"],
  ["typing 12 / 2030", "", [typing("12 / 2030")], "12 / 30|"],
  ["typing 1 2030", "", [typing("1 2030")], "01 / 30|"],
  ["typing 122030", "", [typing("122030")], "12 / 30|"],
  ["pasting 122030", "", [pasting("122030")], "12 / 30|"],
  ["pasting 12-2030", "", [pasting("12-2030")], "12 / 30|"],
  ["pasting 2030-12", "", [pasting("2030-12")], "12 / 30|"],
];

/** The same, where the merchant shows the year with four digits (`MM / YYYY`). */
const FOUR_DIGIT_DISPLAY: readonly EditRow[] = [
  ["typing 12/2030", "", [typing("12/2030")], "12 / 2030|"],
  ["typing 1 2030", "", [typing("1 2030")], "01 / 2030|"],
  ["pasting 122030", "", [pasting("122030")], "12 / 2030|"],
  ["pasting 2030-12", "", [pasting("2030-12")], "12 / 2030|"],
  ["typing 1230: a two-digit year stays two digits", "", [typing("1230")], "12 / 30|"],
];

/** A step of one field's history, undone with Ctrl+Z: back as it was, its selection included. */
type UndoRow = readonly [
  name: string,
  field: Field,
  start: string,
  actions: readonly Action[],
  end: string,
];

/** Steps the browsers group as one, and that cardward's history must group as one too. */
const UNDO_STEPS: readonly UndoRow[] = [
  [
    "a deletion of a selection",
    "number",
    "4242 [4242]",
    [press("Backspace"), press("Control+Z")],
    "4242 [4242]",
  ],
  ["a cut", "number", "4242 [4242]", [press("Control+X"), press("Control+Z")], "4242 [4242]"],
  [
    "a run of Backspaces",
    "number",
    "4242 4242|",
    [press("Backspace"), press("Backspace"), press("Control+Z")],
    "4242 4242|",
  ],
  [
    "a deletion across the expiry's separator",
    "expiry",
    "1[2 / 3]0",
    [press("Backspace"), press("Control+Z")],
    "1[2 / 3]0",
  ],
];

/** Plays an edit row on `field` and checks where it ends. */
async function playRow(page: EnginePage, field: Field, [, start, actions, end]: EditRow) {
  await prepare(page, field, start);
  for (const action of actions) await perform(page, action);
  expect(await shown(page, field)).toBe(end);
}

describe.each(exampleTargets())("editing on the $name example", ({ url }) => {
  it.each(EXPIRY_IN_PLACE)("the expiry: %s", async (...row) => {
    const page = await session.open(url);
    await playRow(page, "expiry", row);
  });

  it.each(FOUR_DIGIT_YEARS)("the expiry: %s", async (...row) => {
    const page = await session.open(url);
    await playRow(page, "expiry", row);
  });

  it("leaving the expiry after one month digit pads it", async () => {
    const page = await session.open(url);
    await typeInto(page, "expiry", "1");
    await page.press("Tab");
    expect(await value(page, "expiry")).toBe("01 / ");
  });

  it("Delete at caret 5 in 4242 4242 keeps the caret at 5", async () => {
    const page = await session.open(url);
    await playRow(page, "number", ["", "4242 |4242", [press("Delete")], "4242 |242"]);
  });

  it("a 17-digit Visa number says its length is not one Visa uses, not that it is too short", async () => {
    const page = await session.open(url);
    await typeInto(page, "number", "42424242424242424");
    await page.press("Tab");
    await expect
      .poll(() => textContent(page, "#card-number-error"))
      .toBe("The card number has a length Visa does not use: it needs 16, 18 or 19 digits.");
  });

  it("an American Express CID's fourth digit stays when the number becomes a Visa", async () => {
    const page = await session.open(url);
    await typeInto(page, "number", "378282246310005");
    await typeInto(page, "cvc", "1234");
    await focusField(page, "number");
    await page.press("Shift+Home");
    await page.type("4242424242424242");
    expect((await readField(page, "cvc")).value).toMatch(/^[^0-9]{4}$/);
    await expect.poll(() => textContent(page, "#card-cvc-error")).toBe("The CVV must be 3 digits.");
  });

  it.each([
    ["number", "4242", "4242"],
    ["expiry", "12", "12 / "],
    ["name", "Ada", "Ada"],
    ["postalCode", "123", "123"],
  ] as const)(
    "%s: Ctrl+Z undoes a run of typing, Ctrl+Shift+Z and Ctrl+Y redo",
    async (field, text, typed) => {
      const page = await session.open(url);
      await typeInto(page, field, text);
      expect(await shown(page, field)).toBe(`${typed}|`);
      await page.press("Control+Z");
      expect(await shown(page, field)).toBe("|");
      await page.press("Control+Shift+Z");
      expect(await shown(page, field)).toBe(`${typed}|`);
      await page.press("Control+Z");
      await page.press("Control+Y");
      expect(await shown(page, field)).toBe(`${typed}|`);
    },
  );

  it.each(UNDO_STEPS)("undo, one step: %s in the %s", async (name, field, start, actions, end) => {
    const page = await session.open(url);
    await playRow(page, field, [name, start, actions, end]);
  });

  it("a paste undoes as one step, back to what was typed", async () => {
    const page = await session.open(url);
    await typeInto(page, "number", "4242");
    await pasteText(page, "42424242");
    expect(await shown(page, "number")).toBe("4242 4242 4242|");
    await page.press("Control+Z");
    expect(await shown(page, "number")).toBe("4242|");
  });

  it("the Edit menu's Undo and Redo (historyUndo, historyRedo) move the field's history", async () => {
    // No driver reaches a browser's own menus (WebDriver, BiDi and CDP send keys and pointers to
    // the page only), so this sends the cancelable `beforeinput` their Undo and Redo send.
    const page = await session.open(url);
    await typeInto(page, "number", "4242");
    expect(await dispatchHistory(page, "number", "historyUndo")).toBe(true);
    expect(await shown(page, "number")).toBe("|");
    expect(await dispatchHistory(page, "number", "historyRedo")).toBe(true);
    expect(await shown(page, "number")).toBe("4242|");
  });

  it("the CVC: undo and redo show mask characters only", async () => {
    const page = await session.open(url);
    await typeInto(page, "cvc", "739");
    await page.press("Control+Z");
    expect(await value(page, "cvc")).toBe("");
    await page.press("Control+Y");
    const redone = await value(page, "cvc");
    expect(redone).toMatch(/^[^0-9]{3}$/);
    await expect.poll(() => textContent(page, SELECTORS.cvcSpy)).toBe(redone);
  });

  it("IME in the CVC: the composed digit sits in the value until the composition ends (the stated limit)", async (context) => {
    onlyIn(
      context,
      ["chromium"],
      "composes with CDP's Input.imeSetComposition: WebDriver (classic and BiDi) has no IME input source",
    );
    const page = await session.open(url);
    if (!page.playwright) throw new Error("A Chromium page carries its playwright-core page");
    await focusField(page, "cvc");
    await page.type("73");
    const { page: chromiumPage, context: browserContext } = page.playwright;
    const cdp = await browserContext.newCDPSession(chromiumPage);
    await cdp.send("Input.imeSetComposition", { text: "9", selectionStart: 1, selectionEnd: 1 });
    // What Chromium leaves in the DOM while composing: the two masks and the composed digit.
    const composing = await value(page, "cvc");
    await cdp.send("Input.insertText", { text: "9" });
    const committed = await value(page, "cvc");
    expect(composing).toMatch(/^[^0-9]{2}9$/);
    expect(committed).toMatch(/^[^0-9]{3}$/);
  });
});

describe("the expiry shown as MM / YYYY (the fixture page, ?fourDigitYear)", () => {
  it.each(FOUR_DIGIT_DISPLAY)("%s", async (...row) => {
    const page = await session.open(fixtureUrl("fields.html?fourDigitYear"));
    await playRow(page, "expiry", row);
  });
});

describe("the editor's own Undo command, as the context menu runs it", () => {
  /** Runs the test in Chromium only: it sends the browser's editing commands. */
  const chromiumCommandsOnly = (context: TestContext) =>
    onlyIn(
      context,
      ["chromium"],
      "runs the editor's command with CDP's Input.dispatchKeyEvent `commands`: WebDriver (classic and BiDi) reaches neither a browser's editing commands nor its menus",
    );

  /** Runs one of Chromium's editing commands (`undo`) as a key event that carries only it. */
  async function runCommand(page: EnginePage, name: string): Promise<void> {
    if (!page.playwright) throw new Error("A Chromium page carries its playwright-core page");
    const { page: chromiumPage, context } = page.playwright;
    const cdp = await context.newCDPSession(chromiumPage);
    await cdp.send("Input.dispatchKeyEvent", { type: "rawKeyDown", commands: [name] });
  }

  /** Opens the context menu on a field with a right click (a headless Chromium shows none). */
  async function openMenu(page: EnginePage, field: Field): Promise<void> {
    if (!page.playwright) throw new Error("A Chromium page carries its playwright-core page");
    await page.playwright.page.click(SELECTORS[field], { button: "right" });
  }

  /** Whether the browser's editing would enable Undo and Redo now, as a menu reads them. */
  const menuState = () => [
    document.queryCommandEnabled("undo"),
    document.queryCommandEnabled("redo"),
  ];

  it("a plain input's typing is on the browser's stack; a bound field's is offered when its menu opens", async (context) => {
    chromiumCommandsOnly(context);
    const plain = await session.open(fixtureUrl("plain.html"));
    await typeInto(plain, "number", "42");
    await runCommand(plain, "undo");
    expect(await shown(plain, "number")).toBe("|");
    // The binding writes every value itself: the browser's stack stays empty while typing, so a
    // menu would show Undo and Redo disabled, until the menu opens on the field.
    const page = await session.open(fixtureUrl("fields.html"));
    await typeInto(page, "number", "4242");
    expect(await page.evaluate(menuState, null)).toEqual([false, false]);
    await startTrace(page, SELECTORS.number);
    await openMenu(page, "number");
    expect(await page.evaluate(menuState, null)).toEqual([true, false]);
    // The token step changed no value: the page's listeners saw one input with the same value.
    expect(await value(page, "number")).toBe("4242");
    expect((await takeTrace(page)).filter((e) => e.startsWith("input"))).toEqual([
      "input(insertText:2)",
    ]);
    await runCommand(page, "undo");
    expect(await value(page, "number")).toBe("");
    await openMenu(page, "number");
    expect(await page.evaluate(menuState, null)).toEqual([true, true]);
    await runCommand(page, "redo");
    expect(await value(page, "number")).toBe("4242");
  });

  it("the menu's Undo and Redo in the CVC put no digit in the page", async (context) => {
    chromiumCommandsOnly(context);
    const page = await session.open(fixtureUrl("fields.html"));
    await typeInto(page, "cvc", "739");
    const masked = await value(page, "cvc");
    expect(masked).toMatch(/^[^0-9]{3}$/);
    await openMenu(page, "cvc");
    expect(await value(page, "cvc")).toBe(masked);
    await runCommand(page, "undo");
    expect(await value(page, "cvc")).toBe("");
    await openMenu(page, "cvc");
    await runCommand(page, "redo");
    expect(await value(page, "cvc")).toBe(masked);
    await expect.poll(() => textContent(page, SELECTORS.cvcSpy)).toBe(masked);
  });

  it("Undo in a card field moves its own history, never another input's typing", async (context) => {
    chromiumCommandsOnly(context);
    // A checkout has other inputs (an e-mail) that the browser edits itself. Their steps are on
    // the document's one undo stack, so Undo is enabled in a card field's context menu, and the
    // browser aims it at the e-mail: it would erase the e-mail and move the focus there.
    const page = await session.open(fixtureUrl("fields.html"));
    await page.evaluate(() => {
      const input = document.createElement("input");
      input.id = "email";
      input.setAttribute("aria-label", "E-mail");
      document.querySelector("h1")?.after(input);
      input.focus();
    }, null);
    await page.type("ada@example.com");
    await typeInto(page, "number", "4242");
    await typeInto(page, "expiry", "12");
    const email = () => [
      (document.getElementById("email") as HTMLInputElement).value,
      document.activeElement?.id,
    ];
    await startTrace(page, SELECTORS.expiry);
    await runCommand(page, "undo");
    // The browser's historyUndo went to the e-mail (so the trace on the expiry shows only the
    // key): the binding cancelled it there and undid the expiry's typing, with its input event.
    expect(await takeTrace(page)).toEqual(["keydown", "input(historyUndo:null)"]);
    expect(await shown(page, "expiry")).toBe("|");
    expect(await page.evaluate(email, null)).toEqual(["ada@example.com", "card-expiry"]);
    // With nothing left to undo in the field, Undo still leaves the e-mail alone.
    await runCommand(page, "undo");
    expect(await page.evaluate(email, null)).toEqual(["ada@example.com", "card-expiry"]);
    expect(await value(page, "number")).toBe("4242");
    // Redo stays disabled: no native step was undone, so the browser's redo stack is empty and
    // sends nothing (Ctrl+Y and Ctrl+Shift+Z redo, as the tests above show).
    await runCommand(page, "redo");
    expect(await shown(page, "expiry")).toBe("|");
  });
});
