// The simulator specification, run once per DOM environment (happy-dom and jsdom).
import { afterEach, describe, expect, it } from "vitest";
import { autofill } from "../../src/simulate/autofill";
import { cut, paste } from "../../src/simulate/clipboard";
import { composeIme } from "../../src/simulate/compose-ime";
import { pressBackspace, pressDelete } from "../../src/simulate/press-key";
import { selectRange } from "../../src/simulate/select-range";
import { typeInto } from "../../src/simulate/type-into";
import { recordEvents } from "./record-events";

/** A focused input holding `value` with the caret at `caret`, and a fresh event log. */
function field(value = "", caret = value.length, tag: "input" | "textarea" = "input") {
  const el = document.createElement(tag);
  document.body.append(el);
  el.value = value;
  el.focus();
  el.setSelectionRange(caret, caret);
  const events = recordEvents(el);
  return { el, events };
}

const caret = (el: HTMLInputElement | HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd];

export function simulatorSuite(environment: string): void {
  afterEach(() => {
    document.body.replaceChildren();
  });

  describe(`typeInto (${environment})`, () => {
    it("fires keydown, keypress, beforeinput, textInput, input, keyup per character", () => {
      const { el, events } = field();
      typeInto(el, "4a");
      expect(events.seq()).toEqual([
        "keydown(4)",
        "keypress(4)",
        "beforeinput(insertText:4)",
        "textInput(4)",
        "input(insertText:4)",
        "keyup(4)",
        "keydown(a)",
        "keypress(a)",
        "beforeinput(insertText:a)",
        "textInput(a)",
        "input(insertText:a)",
        "keyup(a)",
      ]);
      expect([el.value, ...caret(el)]).toEqual(["4a", 2, 2]);
    });

    it("changes the value between beforeinput and input, not before", () => {
      const { el, events } = field("12");
      typeInto(el, "3");
      expect(events.get("beforeinput")[0]?.value).toBe("12");
      expect(events.get("textInput")[0]?.value).toBe("12");
      expect(events.get("input")[0]?.value).toBe("123");
    });

    it("builds real event objects: InputEvent with cancelable beforeinput, KeyboardEvent keys", () => {
      const { el, events } = field();
      typeInto(el, "7");
      const before = events.event<InputEvent>("beforeinput", 0);
      const input = events.event<InputEvent>("input", 0);
      expect(before).toBeInstanceOf(window.InputEvent);
      expect([before.cancelable, before.bubbles, before.dataTransfer]).toEqual([true, true, null]);
      expect([input.cancelable, input.bubbles, input.isComposing]).toEqual([false, true, false]);
      const down = events.event<KeyboardEvent>("keydown", 0);
      expect(down).toBeInstanceOf(window.KeyboardEvent);
      expect([down.key, down.code, down.keyCode]).toEqual(["7", "Digit7", 55]);
      const press = events.event<KeyboardEvent>("keypress", 0);
      expect([press.charCode, press.keyCode]).toEqual([55, 55]);
    });

    it.each([
      { value: "1234", at: 2 as const, text: "9", expected: "12934", caretAfter: 3 },
      { value: "1234", at: [1, 3] as const, text: "x", expected: "1x4", caretAfter: 2 },
      { value: "", at: 0 as const, text: "12/30", expected: "12/30", caretAfter: 5 },
      { value: "ab", at: 0 as const, text: "😀", expected: "😀ab", caretAfter: 2 },
    ])("types $text at $at into '$value'", ({ value, at, text, expected, caretAfter }) => {
      const { el } = field(value);
      typeInto(el, text, { at });
      expect([el.value, ...caret(el)]).toEqual([expected, caretAfter, caretAfter]);
    });

    it("types at the end of a field that did not have focus, and focuses it", () => {
      const el = document.createElement("input");
      document.body.append(el);
      el.value = "12";
      el.setSelectionRange(0, 0);
      const events = recordEvents(el);
      typeInto(el, "3");
      expect(document.activeElement).toBe(el);
      expect(events.seq()[0]).toBe("focus");
      expect(el.value).toBe("123");
    });

    it.each([
      ["keydown", ["keydown(5)", "keyup(5)"]],
      ["keypress", ["keydown(5)", "keypress(5)", "keyup(5)"]],
      ["beforeinput", ["keydown(5)", "keypress(5)", "beforeinput(insertText:5)", "keyup(5)"]],
      [
        "textInput",
        ["keydown(5)", "keypress(5)", "beforeinput(insertText:5)", "textInput(5)", "keyup(5)"],
      ],
    ])("respects preventDefault() on %s: no edit, no input, keyup still fires", (type, seq) => {
      const { el, events } = field("4");
      el.addEventListener(type, (e) => e.preventDefault());
      typeInto(el, "5");
      expect(events.seq()).toEqual(seq);
      expect([el.value, ...caret(el)]).toEqual(["4", 1, 1]);
    });

    it("lets a beforeinput listener do its own edit (what @cardward/dom does)", () => {
      const { el, events } = field("424");
      el.addEventListener("beforeinput", (e) => {
        e.preventDefault();
        el.value = "4242 ";
        el.setSelectionRange(5, 5);
      });
      typeInto(el, "2");
      expect([el.value, ...caret(el)]).toEqual(["4242 ", 5, 5]);
      expect(events.get("input")).toHaveLength(0);
    });

    it("applies maxlength: beforeinput fires, the value stays, no input", () => {
      const { el, events } = field("12");
      el.maxLength = 2;
      typeInto(el, "3");
      expect(events.seq()).toContain("beforeinput(insertText:3)");
      expect(events.get("input")).toHaveLength(0);
      expect(el.value).toBe("12");
    });

    it("fires only key events in a read-only field and nothing in a disabled one", () => {
      const { el, events } = field("1");
      el.readOnly = true;
      typeInto(el, "2");
      expect(events.seq()).toEqual(["keydown(2)", "keypress(2)", "keyup(2)"]);
      events.clear();
      el.readOnly = false;
      el.disabled = true;
      typeInto(el, "2");
      expect(events.seq()).toEqual([]);
      expect(el.value).toBe("1");
    });

    it("presses Enter for a line break: insertLineBreak in a textarea, key events only in an input", () => {
      const area = field("a", 1, "textarea");
      typeInto(area.el, "\n");
      expect(area.events.seq()).toContain("beforeinput(insertLineBreak:null)");
      expect(area.el.value).toBe("a\n");
      const input = field("a");
      typeInto(input.el, "\n");
      expect(input.events.seq()).toEqual(["keydown(Enter)", "keypress(Enter)", "keyup(Enter)"]);
    });

    it("writes through the prototype setter, not an instance property a framework installed", () => {
      const { el } = field("");
      const proto = Object.getPrototypeOf(el) as object;
      const native = Object.getOwnPropertyDescriptor(proto, "value") as PropertyDescriptor;
      const tracked: string[] = [];
      Object.defineProperty(el, "value", {
        configurable: true,
        get() {
          return native.get?.call(this);
        },
        set(v: string) {
          tracked.push(v);
          native.set?.call(this, v);
        },
      });
      typeInto(el, "42");
      expect(el.value).toBe("42");
      expect(tracked).toEqual([]);
    });

    it("throws on something that is not a text field", () => {
      expect(() => typeInto(document.createElement("div") as never, "1")).toThrow(TypeError);
    });
  });

  describe(`pressBackspace and pressDelete (${environment})`, () => {
    it("fires keydown, beforeinput deleteContentBackward (data null), input, keyup; no keypress", () => {
      const { el, events } = field("1234", 2);
      pressBackspace(el);
      expect(events.seq()).toEqual([
        "keydown(Backspace)",
        "beforeinput(deleteContentBackward:null)",
        "input(deleteContentBackward:null)",
        "keyup(Backspace)",
      ]);
      expect([el.value, ...caret(el)]).toEqual(["134", 1, 1]);
      expect(events.get("beforeinput")[0]?.event.cancelable).toBe(true);
    });

    it.each([
      {
        name: "backspace twice at the end",
        value: "1234",
        at: 4 as const,
        times: 2,
        fwd: false,
        out: "12",
        c: 2,
      },
      {
        name: "backspace on a selection",
        value: "1234",
        at: [1, 3] as const,
        times: 1,
        fwd: false,
        out: "14",
        c: 1,
      },
      {
        name: "backspace on an emoji",
        value: "a😀",
        at: 3 as const,
        times: 1,
        fwd: false,
        out: "a",
        c: 1,
      },
      {
        name: "delete at the start",
        value: "1234",
        at: 0 as const,
        times: 1,
        fwd: true,
        out: "234",
        c: 0,
      },
      {
        name: "delete three times",
        value: "1234",
        at: 1 as const,
        times: 3,
        fwd: true,
        out: "1",
        c: 1,
      },
      {
        name: "delete on a selection",
        value: "1234",
        at: [0, 2] as const,
        times: 1,
        fwd: true,
        out: "34",
        c: 0,
      },
    ])("$name", ({ value, at, times, fwd, out, c }) => {
      const { el } = field(value);
      (fwd ? pressDelete : pressBackspace)(el, { at, times });
      expect([el.value, ...caret(el)]).toEqual([out, c, c]);
    });

    // What each engine does with nothing to delete, as the e2e engine-events suite measured.
    it.each([
      ["Backspace at the start", pressBackspace, 0, "Backspace", "deleteContentBackward"],
      ["Delete at the end", pressDelete, 2, "Delete", "deleteContentForward"],
    ] as const)(
      "fires beforeinput but no input for %s (Chromium, Firefox)",
      (_, press, at, key, type) => {
        for (const engine of ["chromium", "firefox"] as const) {
          const { el, events } = field("12");
          press(el, { at, engine });
          expect(events.seq()).toEqual([
            `keydown(${key})`,
            `beforeinput(${type}:null)`,
            `keyup(${key})`,
          ]);
          expect(el.value).toBe("12");
          el.remove();
        }
      },
    );

    it.each([
      ["Backspace at the start", pressBackspace, 0, "Backspace"],
      ["Delete at the end", pressDelete, 2, "Delete"],
    ] as const)("fires no beforeinput or input for %s in WebKit", (_, press, at, key) => {
      const { el, events } = field("12");
      press(el, { at, engine: "webkit" });
      expect(events.seq()).toEqual([`keydown(${key})`, `keyup(${key})`]);
      expect(el.value).toBe("12");
    });

    it("types with WebKit's order: textInput before beforeinput", () => {
      const { el, events } = field("");
      typeInto(el, "4", { engine: "webkit" });
      expect(events.seq()).toEqual([
        "keydown(4)",
        "keypress(4)",
        "textInput(4)",
        "beforeinput(insertText:4)",
        "input(insertText:4)",
        "keyup(4)",
      ]);
    });

    it("pastes with WebKit's order: textInput before beforeinput", () => {
      const { el, events } = field("");
      paste(el, "42", { engine: "webkit" });
      expect(events.seq()).toEqual([
        "keydown(Control)",
        "keydown(v)",
        "paste(42)",
        "textInput(42)",
        "beforeinput(insertFromPaste:42)",
        "input(insertFromPaste:42)",
        "keyup(v)",
        "keyup(Control)",
      ]);
    });

    it("respects preventDefault() on beforeinput", () => {
      const { el, events } = field("12");
      el.addEventListener("beforeinput", (e) => e.preventDefault());
      pressDelete(el, { at: 0 });
      expect(el.value).toBe("12");
      expect(events.get("input")).toHaveLength(0);
      expect(events.get("keyup")).toHaveLength(1);
    });
  });

  describe(`paste (${environment})`, () => {
    it("fires Ctrl+V keys, paste with clipboardData, beforeinput insertFromPaste, textInput, input", () => {
      const { el, events } = field("12");
      paste(el, "34 56");
      expect(events.seq()).toEqual([
        "keydown(Control)",
        "keydown(v)",
        "paste(34 56)",
        "beforeinput(insertFromPaste:34 56)",
        "textInput(34 56)",
        "input(insertFromPaste:34 56)",
        "keyup(v)",
        "keyup(Control)",
      ]);
      expect([el.value, ...caret(el)]).toEqual(["1234 56", 7, 7]);
      expect(events.event<KeyboardEvent>("keydown", 1).ctrlKey).toBe(true);
      expect(events.event<InputEvent>("beforeinput", 0).dataTransfer).toBe(null);
    });

    it("attaches a dataTransfer to beforeinput and input on request", () => {
      const { el, events } = field();
      paste(el, "4242", { dataTransfer: true });
      for (const type of ["beforeinput", "input"]) {
        const transfer = events.event<InputEvent>(type).dataTransfer;
        expect(transfer?.getData("text/plain")).toBe("4242");
      }
    });

    it("pastes from a menu without key events, over a selection", () => {
      const { el, events } = field("1299");
      paste(el, "34", { via: "menu", at: [2, 4] });
      expect(events.seq()).toEqual([
        "paste(34)",
        "beforeinput(insertFromPaste:34)",
        "textInput(34)",
        "input(insertFromPaste:34)",
      ]);
      expect([el.value, ...caret(el)]).toEqual(["1234", 4, 4]);
    });

    it("turns line breaks into spaces and drops trailing ones in an input, and applies maxlength", () => {
      const { el } = field();
      el.maxLength = 9;
      paste(el, "4242\r\n4242\n4242\n");
      expect(el.value).toBe("4242 4242");
    });

    it.each(["paste", "beforeinput", "textInput"])("respects preventDefault() on %s", (type) => {
      const { el, events } = field("1");
      el.addEventListener(type, (e) => e.preventDefault());
      paste(el, "2");
      expect(el.value).toBe("1");
      expect(events.get("input")).toHaveLength(0);
      expect(events.get("keyup")).toHaveLength(2);
    });
  });

  describe(`cut (${environment})`, () => {
    it("fires Ctrl+X keys, cut, beforeinput deleteByCut, input; returns the clipboard text", () => {
      const { el, events } = field("1234");
      const copied = cut(el, { at: [0, 2] });
      expect(copied).toBe("12");
      expect(events.seq()).toEqual([
        "keydown(Control)",
        "keydown(x)",
        "cut",
        "beforeinput(deleteByCut:null)",
        "input(deleteByCut:null)",
        "keyup(x)",
        "keyup(Control)",
      ]);
      expect([el.value, ...caret(el)]).toEqual(["34", 0, 0]);
    });

    it("copies nothing and deletes nothing without a selection", () => {
      const { el, events } = field("1234", 2);
      expect(cut(el)).toBe(null);
      expect(events.get("cut")).toHaveLength(1);
      expect(events.get("beforeinput")).toHaveLength(0);
      expect(el.value).toBe("1234");
    });

    it("gives the clipboard what a canceling cut listener set, and keeps the value", () => {
      const { el } = field("1234");
      el.addEventListener("cut", (e) => {
        e.preventDefault();
        (e as ClipboardEvent).clipboardData?.setData("text/plain", "masked");
      });
      expect(cut(el, { at: [0, 4] })).toBe("masked");
      expect(el.value).toBe("1234");
    });

    it("keeps the text on the clipboard when beforeinput is canceled", () => {
      const { el, events } = field("1234");
      el.addEventListener("beforeinput", (e) => e.preventDefault());
      expect(cut(el, { at: [1, 3] })).toBe("23");
      expect(el.value).toBe("1234");
      expect(events.get("input")).toHaveLength(0);
    });
  });

  describe(`autofill (${environment})`, () => {
    it("fires Chromium's autofill sequence without beforeinput; input is a plain Event", () => {
      const el = document.createElement("input");
      const other = document.createElement("input");
      document.body.append(el, other);
      other.focus();
      el.value = "9";
      const events = recordEvents(el);
      autofill(el, "4242424242424242");
      expect(events.seq()).toEqual([
        "focus",
        "keydown(Unidentified)",
        "input(undefined:undefined)",
        "change",
        "keypress(Unidentified)",
        "keyup(Unidentified)",
        "blur",
      ]);
      const input = events.get("input")[0];
      expect(input?.value).toBe("4242424242424242");
      expect(input?.event).not.toBeInstanceOf(window.InputEvent);
      expect([input?.event.bubbles, input?.event.composed]).toEqual([true, true]);
      expect(document.activeElement).toBe(other);
      expect([el.value, ...caret(el)]).toEqual(["4242424242424242", 16, 16]);
    });

    it("fires no focus or blur when the field has focus", () => {
      const { el, events } = field();
      autofill(el, "12/2030");
      expect(events.seq()[0]).toBe("keydown(Unidentified)");
      expect(events.seq()).not.toContain("blur");
      expect(el.value).toBe("12/2030");
    });

    it("skips read-only and disabled fields", () => {
      const { el, events } = field("1");
      el.readOnly = true;
      autofill(el, "2");
      el.readOnly = false;
      el.disabled = true;
      autofill(el, "2");
      expect([el.value, events.seq()]).toEqual(["1", []]);
    });
  });

  describe(`composeIme (${environment})`, () => {
    it("fires Chrome's composition sequence and commits the text", () => {
      const { el, events } = field("a");
      composeIme(el, "日本", { steps: ["に", "にほ"] });
      expect(events.seq()).toEqual([
        "keydown(Process)",
        "compositionstart",
        "beforeinput(insertCompositionText:に)",
        "compositionupdate(に)",
        "input(insertCompositionText:に)",
        "keyup(Process)",
        "keydown(Process)",
        "beforeinput(insertCompositionText:にほ)",
        "compositionupdate(にほ)",
        "input(insertCompositionText:にほ)",
        "keyup(Process)",
        "keydown(Process)",
        "beforeinput(insertCompositionText:日本)",
        "compositionupdate(日本)",
        "textInput(日本)",
        "input(insertCompositionText:日本)",
        "compositionend(日本)",
        "keyup(Enter)",
      ]);
      expect(events.get("input").map((r) => r.value)).toEqual(["aに", "aにほ", "a日本"]);
      expect([el.value, ...caret(el)]).toEqual(["a日本", 3, 3]);
    });

    it("marks composition events: beforeinput not cancelable, isComposing true until the keyup", () => {
      const { el, events } = field();
      el.addEventListener("beforeinput", (e) => e.preventDefault());
      composeIme(el, "４２");
      const befores = events.get("beforeinput").map((r) => r.event as InputEvent);
      expect(befores.map((e) => [e.cancelable, e.isComposing])).toEqual([
        [false, true],
        [false, true],
      ]);
      expect(el.value).toBe("４２");
      const keyups = events.get("keyup").map((r) => (r.event as KeyboardEvent).isComposing);
      expect(keyups).toEqual([true, false]);
    });

    it("replaces a selection with the composition", () => {
      const { el } = field("1234");
      composeIme(el, "あ", { at: [1, 3] });
      expect([el.value, ...caret(el)]).toEqual(["1あ4", 2, 2]);
    });
  });

  describe(`selectRange (${environment})`, () => {
    it("focuses the field and sets a clamped selection", () => {
      const el = document.createElement("input");
      document.body.append(el);
      el.value = "4242";
      selectRange(el, 1, 99);
      expect(document.activeElement).toBe(el);
      expect(caret(el)).toEqual([1, 4]);
      typeInto(el, "0");
      expect(el.value).toBe("40");
    });
  });
}
