// Undo and redo on every field: a run of typing is one step, a paste, a cut or an autofill one
// step each; the caret lands where it was; the CVC's history never puts a digit in the page and
// is wiped on clear(), pagehide, a form reset and (single use) after collect().
import { cut, selectRange } from "@cardward/testing";
import { afterEach, describe, expect, it } from "vitest";
import { autofill, beforeInput, checkoutForm, inputs, mountAll, paste, type } from "./helpers";

afterEach(() => {
  document.body.innerHTML = "";
});

/** Presses Ctrl+Z (or Ctrl+Shift+Z / Ctrl+Y) in `input`; whether the key was consumed. */
function shortcut(input: HTMLInputElement, key: "z" | "y", shiftKey = false): boolean {
  const event = new KeyboardEvent("keydown", { key, ctrlKey: true, shiftKey, cancelable: true });
  return !input.dispatchEvent(event);
}

const undo = (input: HTMLInputElement) => shortcut(input, "z");
const redo = (input: HTMLInputElement) => shortcut(input, "z", true);
/** Fills every field but the CVC with valid values. */
function fillOthers(): void {
  const { number, expiry, name, postalCode } = inputs();
  type(number, "4242424242424242");
  type(expiry, "1230");
  type(name, "Ada Lovelace");
  type(postalCode, "12345");
}

const caret = (input: HTMLInputElement) => [input.selectionStart, input.selectionEnd];

/** Sends the cancelable `beforeinput` a browser's Undo or Redo sends to `target`; whether cancelled. */
function browserHistory(target: HTMLElement, inputType: "historyUndo" | "historyRedo"): boolean {
  const init = { inputType, bubbles: true, cancelable: true, composed: true };
  return !target.dispatchEvent(new InputEvent("beforeinput", init));
}

describe("the browser's own Undo aimed at another input of the page", () => {
  it("moves the focused card field's history instead, once, and leaves the other input alone", () => {
    checkoutForm('<input id="email">');
    const card = mountAll();
    const { number } = inputs();
    const email = document.getElementById("email") as HTMLInputElement;
    type(number, "4242");
    expect(document.activeElement).toBe(number);
    expect(browserHistory(email, "historyUndo")).toBe(true);
    expect(number.value).toBe("");
    expect(browserHistory(email, "historyRedo")).toBe(true);
    expect(number.value).toBe("4242");
    // Aimed at the field itself, the move is made once (by the field's own listener).
    expect(browserHistory(number, "historyUndo")).toBe(true);
    expect(number.value).toBe("");
    card.destroy();
  });

  it("is left to the browser when no card field has the focus, and after destroy()", () => {
    checkoutForm('<input id="email">');
    const card = mountAll();
    const { number } = inputs();
    const email = document.getElementById("email") as HTMLInputElement;
    type(number, "4242");
    email.focus();
    expect(browserHistory(email, "historyUndo")).toBe(false);
    expect(number.value).toBe("4242");
    number.focus();
    card.destroy();
    expect(browserHistory(email, "historyUndo")).toBe(false);
  });
});

describe("the context menu's Undo and Redo on a page where only card fields were typed into", () => {
  /**
   * Gives the document the editing commands happy-dom lacks, with an undo stack that knows only
   * how many steps it has; returns the calls made.
   */
  function browserEditing(): string[] {
    const calls: string[] = [];
    let undo = 0;
    let redo = 0;
    const doc = document as Document & Record<string, unknown>;
    doc.queryCommandEnabled = (command: string) => (command === "undo" ? undo > 0 : redo > 0);
    doc.execCommand = (command: string, _ui?: boolean, text?: string) => {
      const input = document.activeElement as HTMLInputElement;
      calls.push(`${command}${text === undefined ? "" : `(${text})`}@${input.selectionStart}`);
      if (command === "undo") [undo, redo] = [undo - 1, redo + 1];
      else [undo, redo] = [undo + 1, 0];
      return true;
    };
    return calls;
  }

  afterEach(() => {
    Reflect.deleteProperty(document, "execCommand");
    Reflect.deleteProperty(document, "queryCommandEnabled");
  });

  const openMenu = (input: HTMLInputElement) =>
    input.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));

  it("gives the browser a step to undo, and one to redo, only when the field has them", () => {
    checkoutForm();
    const card = mountAll();
    const { number } = inputs();
    const calls = browserEditing();
    openMenu(number);
    expect(calls).toEqual([]);
    type(number, "4242");
    number.setSelectionRange(2, 2);
    openMenu(number);
    // The last character replaced by itself; the caret put back; the value and state unchanged.
    expect(calls.splice(0)).toEqual(["insertText(2)@3"]);
    expect([number.value, number.selectionStart]).toEqual(["4242", 2]);
    openMenu(number);
    expect(calls.splice(0)).toEqual([]);
    undo(number);
    openMenu(number);
    // Empty now: a space typed for the redo token, undone at once.
    expect(calls.splice(0)).toEqual(["insertText( )@0", "undo@0"]);
    expect(card.getState().number.empty).toBe(true);
    card.destroy();
  });

  it("makes no token in a security code that shows its digits", () => {
    checkoutForm();
    const card = mountAll({ revealCvc: true });
    const { cvc } = inputs();
    const calls = browserEditing();
    type(cvc, "737");
    openMenu(cvc);
    expect(calls).toEqual([]);
    card.setOptions({ revealCvc: false });
    openMenu(cvc);
    expect(calls).toEqual(["insertText(•)@2"]);
    card.destroy();
  });
});

describe("undo and redo", () => {
  it.each([
    ["number", "4242", "4242 42", "4242"],
    ["expiry", "12", "12 / 30", "12 / "],
    ["name", "Al", "Al Bo", "Al"],
    ["postalCode", "12", "12345", "12"],
  ] as const)(
    "%s: a run of typing undoes as one step, paste as one, redo goes forward",
    (field, first, after, beforePaste) => {
      checkoutForm();
      const card = mountAll();
      const input = inputs()[field];
      type(input, first);
      paste(input, after.slice(beforePaste.length).replace(" / ", ""));
      expect(input.value).toBe(after);
      expect(undo(input)).toBe(true);
      expect(input.value).toBe(beforePaste);
      expect(caret(input)).toEqual([beforePaste.length, beforePaste.length]);
      expect(undo(input)).toBe(true);
      expect(input.value).toBe("");
      expect(redo(input)).toBe(true);
      expect(input.value).toBe(beforePaste);
      expect(shortcut(input, "y")).toBe(true);
      expect(input.value).toBe(after);
      card.destroy();
    },
  );

  it("historyUndo / historyRedo input types move the history, cancelled", () => {
    checkoutForm();
    const card = mountAll();
    const { number } = inputs();
    type(number, "4242");
    number.focus();
    expect(beforeInput(number, "historyUndo", null)).toBe(true);
    expect(number.value).toBe("");
    expect(beforeInput(number, "historyRedo", null)).toBe(true);
    expect(number.value).toBe("4242");
    expect(card.getState().number.empty).toBe(false);
    card.destroy();
  });

  it("a cut and an autofill are one step each; the caret lands where it was", () => {
    checkoutForm();
    const card = mountAll();
    const { number } = inputs();
    type(number, "42424242");
    selectRange(number, 5, 9);
    cut(number);
    expect(number.value).toBe("4242");
    undo(number);
    expect(number.value).toBe("4242 4242");
    expect(caret(number)).toEqual([5, 9]);
    autofill(number, "5555555555554444");
    expect(number.value).toBe("5555 5555 5555 4444");
    undo(number);
    expect(number.value).toBe("4242 4242");
    card.destroy();
  });

  it("the CVC: undo shows mask characters, the state and attributes hold no digit", () => {
    checkoutForm();
    const card = mountAll();
    const { cvc } = inputs();
    type(cvc, "97");
    paste(cvc, "3");
    undo(cvc);
    expect(cvc.value).toBe("••");
    const attributes = cvc.getAttributeNames().map((name) => cvc.getAttribute(name));
    expect(attributes.join()).not.toContain("97");
    expect(JSON.stringify(card.getState())).not.toContain("97");
    redo(cvc);
    expect(cvc.value).toBe("•••");
    fillOthers();
    expect(card.collect().cvc.reveal()).toBe("973");
    card.destroy();
  });

  it.each([
    ["clear()", (card: ReturnType<typeof mountAll>) => card.clear()],
    ["pagehide", () => window.dispatchEvent(new Event("pagehide"))],
    ["a form reset", () => (document.getElementById("pay") as HTMLFormElement).reset()],
  ])("the history is forgotten on %s", (_, forget) => {
    checkoutForm();
    const card = mountAll();
    const { number, cvc } = inputs();
    type(number, "4242");
    type(cvc, "123");
    forget(card);
    const left = number.value;
    expect(undo(number)).toBe(true);
    expect(number.value).toBe(left);
    expect(undo(cvc)).toBe(true);
    expect(cvc.value).toBe("");
    card.destroy();
  });

  it("singleUse forgets the history after collect(); without it, undo still works", () => {
    for (const singleUse of [true, false]) {
      checkoutForm();
      const card = mountAll({ singleUse });
      const { cvc } = inputs();
      fillOthers();
      type(cvc, "123");
      card.collect();
      undo(cvc);
      expect(cvc.value).toBe(singleUse ? "•••" : "");
      card.destroy();
    }
  });
});
