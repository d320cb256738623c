// Issue 15, undo and redo: a pure history of field states in core, grouped as browsers group edits.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editCvc, emptyCvcState } from "../src/edit/cvc";
import {
  createEditHistory,
  type EditHistory,
  emptyHistory,
  recordEdit,
  redoEdit,
  undoEdit,
} from "../src/edit/history";
import { editNumber } from "../src/edit/number";
import type { CvcFieldState, Edit, FieldState } from "../src/edit/types";
import { backspace, del, field, input, paste, replace, show, type } from "./edit-notation";

/** Runs edits on the number field from a state in notation, recording each; returns both. */
function play(start: string, edits: Edit[]) {
  let history: EditHistory = emptyHistory();
  let state: FieldState = field(start);
  for (const edit of edits) {
    const after = editNumber(state, edit);
    history = recordEdit(history, state, edit, after);
    state = after;
  }
  return { history, state };
}

/** Undoes until nothing is left: the states shown, in notation. */
function undoAll(history: EditHistory, current: FieldState): string[] {
  const shown: string[] = [];
  let moved = undoEdit(history, current);
  while (moved) {
    shown.push(show(moved.state));
    moved = undoEdit(moved.history, moved.state);
  }
  return shown;
}

/** A caret moved to `offset` without an edit. */
const caretAt = (state: FieldState, offset: number): FieldState => ({
  ...state,
  selectionStart: offset,
  selectionEnd: offset,
});

describe("edit history: what one undo step is", () => {
  it.each([
    ["a run of typed characters", "|", [..."4242"].map(type), ["|"]],
    ["typing, then a paste", "|", [type("4"), type("2"), paste("42")], ["42|", "|"]],
    ["typing, then Backspace", "|", [type("4"), type("2"), backspace], ["42|", "|"]],
    ["a run of Backspaces", "4242|", [backspace, backspace], ["4242|"]],
    ["typing after Backspace", "4242|", [backspace, type("1")], ["424|", "4242|"]],
    ["Delete then typing", "|4242", [del, type("1")], ["|242", "|4242"]],
    ["a deletion of a selection", "[4242]", [backspace], ["[4242]"]],
    ["a cut", "[42]42", [input("deleteByCut")], ["[42]42"]],
    ["autofill", "|", [replace("4242424242424242")], ["|"]],
    ["two pastes", "|", [paste("42"), paste("42")], ["42|", "|"]],
    ["an edit that changes nothing is no step", "|", [type("a"), type("4")], ["|"]],
  ])("%s", (_, start, edits, undone) => {
    const { history, state } = play(start, edits);
    expect(undoAll(history, state)).toEqual(undone);
  });

  it("a caret move breaks a run of typing", () => {
    let history: EditHistory = emptyHistory();
    const a = editNumber(field("|"), type("4"));
    history = recordEdit(history, field("|"), type("4"), a);
    const moved = caretAt(a, 0);
    const b = editNumber(moved, type("2"));
    history = recordEdit(history, moved, type("2"), b);
    expect(undoAll(history, b)).toEqual(["|4", "|"]);
  });
});

describe("edit history: undo and redo", () => {
  it("undo restores the value and the caret; redo comes back", () => {
    const { history, state } = play("4242 4242|", [backspace]);
    const undone = undoEdit(history, state);
    expect(undone && show(undone.state)).toBe("4242 4242|");
    const redone = undone && redoEdit(undone.history, undone.state);
    expect(redone?.state).toBe(state);
    expect(redone && undoEdit(redone.history, redone.state)?.state).toBe(undone?.state);
  });

  it("a new edit after undo forgets what was undone", () => {
    const { history, state } = play("|", [paste("42"), paste("42")]);
    const undone = undoEdit(history, state);
    if (!undone) throw new Error("nothing undone");
    const after = editNumber(undone.state, type("1"));
    const next = recordEdit(undone.history, undone.state, type("1"), after);
    expect(redoEdit(next, after)).toBeNull();
    expect(next.future).toEqual([]);
  });

  it("has nothing to undo or redo when empty, and keeps at most `limit` steps", () => {
    const empty = emptyHistory();
    expect([undoEdit(empty, field("|")), redoEdit(empty, field("|"))]).toEqual([null, null]);
    let history: EditHistory = emptyHistory();
    let state: FieldState = field("|");
    for (let i = 0; i < 5; i++) {
      const after = editNumber(state, paste("4"));
      history = recordEdit(history, state, paste("4"), after, 3);
      state = after;
    }
    expect(undoAll(history, state)).toEqual(["4444|", "444|", "44|"]);
  });
});

describe("createEditHistory", () => {
  it("wraps the moves for a binding", () => {
    const history = createEditHistory();
    const before = field("|");
    const after = editNumber(before, paste("42"));
    expect([history.canUndo, history.canRedo]).toEqual([false, false]);
    history.record(before, paste("42"), after);
    expect(history.canUndo).toBe(true);
    expect(history.undo(after)).toBe(before);
    expect([history.canUndo, history.canRedo]).toEqual([false, true]);
    expect(history.redo(before)).toBe(after);
    expect(history.undo(before) === null || history.canRedo).toBe(true);
  });

  it("holds the CVC's digits in Sensitive states only, and clear() wipes them", () => {
    const history = createEditHistory<CvcFieldState>();
    let state = emptyCvcState();
    const states: CvcFieldState[] = [state];
    for (const edit of [paste("73"), paste("7")]) {
      const after = editCvc(state, edit);
      history.record(state, edit, after);
      state = after;
      states.push(after);
    }
    const undone = history.undo(state);
    expect(undone?.value).toBe("••");
    expect(undone?.secret.reveal()).toBe("73");
    expect(JSON.stringify(undone)).not.toMatch(/73/);
    history.clear();
    expect([history.canUndo, history.canRedo]).toEqual([false, false]);
    // The states the history held (the first, and the one undone from) are wiped; the one shown
    // is the binding's.
    expect(states[0]?.secret.isWiped).toBe(true);
    expect(state.secret.isWiped).toBe(true);
    expect(undone?.secret.reveal()).toBe("73");
  });

  it("wipes the secrets of undone states a new edit forgets", () => {
    const history = createEditHistory<CvcFieldState>();
    const first = emptyCvcState();
    const second = editCvc(first, paste("73"));
    history.record(first, paste("73"), second);
    const back = history.undo(second);
    if (!back) throw new Error("nothing undone");
    const third = editCvc(back, paste("1"));
    history.record(back, paste("1"), third);
    expect(second.secret.isWiped).toBe(true);
    expect(back.secret.isWiped).toBe(false);
  });
});

const EDITS: Edit[] = [
  type("4"),
  type("2"),
  backspace,
  del,
  paste("4242"),
  input("deleteByCut"),
  replace("4111 1111"),
];
const step = fc.record({
  edit: fc.constantFrom(...EDITS),
  start: fc.nat(24),
  end: fc.nat(24),
  moveFirst: fc.boolean(),
});

describe("edit history properties", { timeout: 60_000 }, () => {
  it("undo after any edit sequence restores the state before the last step; redo is identity", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        let history: EditHistory = emptyHistory();
        let state: FieldState = field("|");
        let lastStepStart: FieldState | null = null;
        for (const { edit, start, end, moveFirst } of steps) {
          const n = state.value.length;
          const before = moveFirst
            ? {
                ...state,
                selectionStart: Math.min(start, end, n),
                selectionEnd: Math.min(Math.max(start, end), n),
              }
            : state;
          const after = editNumber(before, edit);
          const next = recordEdit(history, before, edit, after);
          if (next.past.length > history.past.length) lastStepStart = before;
          history = next;
          state = after;
        }
        const undone = undoEdit(history, state);
        if (lastStepStart === null) return undone === null;
        if (!undone || undone.state !== lastStepStart) return false;
        const redone = redoEdit(undone.history, undone.state);
        return redone?.state === state && redone.history.past.length === history.past.length;
      }),
      { numRuns: 2_000 },
    );
  });

  it("undoing every step returns to the empty field, redoing every step to the last state", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...EDITS), { maxLength: 12 }), (edits) => {
        const { history, state } = play("|", edits);
        let h = history;
        let s = state;
        for (let moved = undoEdit(h, s); moved; moved = undoEdit(h, s))
          [h, s] = [moved.history, moved.state];
        if (show(s) !== "|" && history.past.length > 0) return false;
        for (let moved = redoEdit(h, s); moved; moved = redoEdit(h, s))
          [h, s] = [moved.history, moved.state];
        return s.value === state.value && s.selectionStart === state.selectionStart;
      }),
      { numRuns: 2_000 },
    );
  });
});
