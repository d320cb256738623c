// Scripted edits a person makes in one field, with the value and caret they must end with. The
// behaviour suite plays them with each engine's real keyboard; the simulator suite plays the same
// script with @cardward/testing in happy-dom and compares.
import type { EnginePage } from "./driver";
import { autofill, type Field, focusField, pasteText, selectionKeys } from "./fields";

/** One thing a person does in the field. */
export type Step =
  /** Types the text, key by key. */
  | { readonly type: string }
  /** Presses Backspace or Delete. */
  | { readonly press: "Backspace" | "Delete" }
  /** Moves the caret to an offset with Home and the arrow keys. */
  | { readonly caret: number }
  /** Selects `[start, end)` with Home, the arrow keys and Shift+Arrow. */
  | { readonly select: readonly [number, number] }
  /** Pastes the text with a real Ctrl+V. */
  | { readonly paste: string }
  /** Autofills the field (value set, `input` without `beforeinput`). */
  | { readonly autofill: string };

/** A script and where it must end. */
export interface Script {
  /** What the person does, for the test name. */
  readonly name: string;
  readonly field: Field;
  readonly steps: readonly Step[];
  readonly value: string;
  /** Where the caret ends (`selectionStart` and `selectionEnd`). */
  readonly caret: number;
}

/** Scripts in the number field. */
export const NUMBER_SCRIPTS: readonly Script[] = [
  {
    name: "types a Visa number: grouped 4-4-4-4, caret at the end",
    field: "number",
    steps: [{ type: "4111111111111111" }],
    value: "4111 1111 1111 1111",
    caret: 19,
  },
  {
    name: "types the 5th digit: the caret jumps past the gap",
    field: "number",
    steps: [{ type: "41111" }],
    value: "4111 1",
    caret: 6,
  },
  {
    name: "presses Backspace just after a gap: the digit before it goes",
    field: "number",
    steps: [{ type: "41111111" }, { caret: 5 }, { press: "Backspace" }],
    value: "4111 111",
    caret: 3,
  },
  {
    name: "presses Backspace at the end across a gap",
    field: "number",
    steps: [{ type: "41111" }, { press: "Backspace" }, { press: "Backspace" }],
    value: "411",
    caret: 3,
  },
  {
    name: "presses Delete just before a gap: the digit after it goes",
    field: "number",
    steps: [{ type: "41112222" }, { caret: 4 }, { press: "Delete" }],
    value: "4111 222",
    caret: 4,
  },
  {
    name: "inserts a digit in the middle: the rest regroups, the caret follows the digit",
    field: "number",
    steps: [{ type: "41111111" }, { caret: 2 }, { type: "9" }],
    value: "4191 1111 1",
    caret: 3,
  },
  {
    name: "inserts a digit just before a gap: the caret lands after the gap",
    field: "number",
    steps: [{ type: "41111111" }, { caret: 4 }, { type: "9" }],
    value: "4111 9111 1",
    caret: 6,
  },
  {
    name: "selects a group and types over it",
    field: "number",
    steps: [{ type: "4111222233334444" }, { select: [5, 9] }, { type: "5" }],
    value: "4111 5333 3444 4",
    caret: 6,
  },
  {
    name: "selects everything and types a new number",
    field: "number",
    steps: [{ type: "4111222233334444" }, { select: [0, 19] }, { type: "55" }],
    value: "55",
    caret: 2,
  },
  {
    name: "types a letter: nothing changes",
    field: "number",
    steps: [{ type: "4111" }, { type: "a" }],
    value: "4111",
    caret: 4,
  },
  {
    name: "pastes a formatted Visa number",
    field: "number",
    steps: [{ paste: "4111 1111 1111 1111" }],
    value: "4111 1111 1111 1111",
    caret: 19,
  },
  {
    name: "pastes an unformatted American Express number: grouped 4-6-5",
    field: "number",
    steps: [{ paste: "378282246310005" }],
    value: "3782 822463 10005",
    caret: 17,
  },
  {
    name: "pastes a number written with dashes",
    field: "number",
    steps: [{ paste: "5555-5555-5555-4444" }],
    value: "5555 5555 5555 4444",
    caret: 19,
  },
  {
    name: "pastes digits in the middle of a number",
    field: "number",
    steps: [{ type: "41111111" }, { caret: 5 }, { paste: "22" }],
    value: "4111 2211 11",
    caret: 7,
  },
  {
    name: "autofills the number",
    field: "number",
    steps: [{ autofill: "4111111111111111" }],
    value: "4111 1111 1111 1111",
    caret: 19,
  },
];

/** Scripts in the expiry field. */
export const EXPIRY_SCRIPTS: readonly Script[] = [
  {
    name: "types the expiry as four digits",
    field: "expiry",
    steps: [{ type: "1230" }],
    value: "12 / 30",
    caret: 7,
  },
  {
    name: "autofills the expiry as MM/YYYY",
    field: "expiry",
    steps: [{ autofill: "12/2030" }],
    value: "12 / 30",
    caret: 7,
  },
  {
    name: "pastes the expiry as MM/YY",
    field: "expiry",
    steps: [{ paste: "12/30" }],
    value: "12 / 30",
    caret: 7,
  },
];

/** Plays a step with the engine's real keyboard and clipboard (the field has focus). */
export async function playStep(page: EnginePage, field: Field, step: Step): Promise<void> {
  if ("type" in step) await page.type(step.type);
  else if ("press" in step) await page.press(step.press);
  else if ("caret" in step) await page.pressSequence(selectionKeys(step.caret));
  else if ("select" in step) await page.pressSequence(selectionKeys(...step.select));
  else if ("paste" in step) await pasteText(page, step.paste);
  else await autofill(page, field, step.autofill);
}

/** Plays a whole script, starting with a click into the field. */
export async function playScript(page: EnginePage, script: Script): Promise<void> {
  await focusField(page, script.field);
  for (const step of script.steps) await playStep(page, script.field, step);
}
