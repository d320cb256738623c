import { own, readEdit, readFieldState } from "../guard/edit-input";
import { integerOption } from "../options/check-option";
import { ownOptions } from "../options/own-options";
import { isSensitive } from "../sensitive";
import type { Edit, FieldState } from "./types";

/** How many steps a history keeps by default (older ones are forgotten). */
export const DEFAULT_HISTORY_LIMIT = 100;
/** The most steps a `limit` may ask for: far more than anyone undoes, and a bound on the work. */
export const MAX_HISTORY_LIMIT = 1000;

/** Edits the browser groups into one undo step when they follow each other at the caret. */
type RunKind = "typing" | "deleteBackward" | "deleteForward";

/** The step the next edit may join: its kind and the value and selection it left. */
interface OpenRun {
  readonly kind: RunKind;
  readonly after: FieldState;
}

/**
 * An undo history of a field's states, as an immutable value: the states undo goes back to (the
 * nearest last), those redo goes forward to (the nearest last), and the run of typing or
 * deleting the next edit may join.
 */
export interface EditHistory<S extends FieldState = FieldState> {
  /** The state before each step, oldest first. */
  readonly past: readonly S[];
  /** The states undone, the most recently undone last. */
  readonly future: readonly S[];
  /** The run the next edit joins when it goes on from where it stopped. */
  readonly run: OpenRun | null;
}

/** A history with nothing to undo or redo. */
export function emptyHistory<S extends FieldState = FieldState>(): EditHistory<S> {
  return { past: [], future: [], run: null };
}

/** Where undo or redo leads: the state to show (value and selection) and the history after it. */
export interface HistoryMove<S extends FieldState> {
  readonly state: S;
  readonly history: EditHistory<S>;
}

/** Whether `value` names a run. */
const isRunKind = (value: unknown): value is RunKind =>
  value === "typing" || value === "deleteBackward" || value === "deleteForward";

/** The newest {@link MAX_HISTORY_LIMIT} states of a list; empty for anything else. */
function ownList<S>(value: unknown): S[] {
  try {
    return Array.isArray(value) ? value.slice(-MAX_HISTORY_LIMIT) : [];
  } catch {
    return [];
  }
}

/**
 * The entry guard of the history functions: the history read as plain values (own properties,
 * lists of at most {@link MAX_HISTORY_LIMIT} states, the run's state as a plain field state), so
 * that a proxy, a getter or a polluted prototype makes it empty, never a throw. The states are
 * kept as given: a CVC state's secret stays inside its `Sensitive`.
 */
function readHistory<S extends FieldState>(history: unknown): EditHistory<S> {
  const run = own(history, "run");
  const kind = own(run, "kind");
  const after = own(run, "after");
  return {
    past: ownList(own(history, "past")),
    future: ownList(own(history, "future")),
    run: isRunKind(kind) && after !== undefined ? { kind, after: readFieldState(after) } : null,
  };
}

/** How many steps `limit` keeps (`invalid_option` unless an integer from 1 to the maximum). */
const stepLimit = (limit: unknown): number =>
  integerOption(limit, "limit", { min: 1, max: MAX_HISTORY_LIMIT }) ?? DEFAULT_HISTORY_LIMIT;

/** The run an edit belongs to: one character typed, or one Backspace or Delete, at a caret. */
function runKind(before: FieldState, edit: Edit): RunKind | null {
  if (edit.kind !== "input" || before.selectionStart !== before.selectionEnd) return null;
  if (edit.inputType === "insertText" && typeof edit.data === "string") return "typing";
  if (edit.inputType === "deleteContentBackward") return "deleteBackward";
  if (edit.inputType === "deleteContentForward") return "deleteForward";
  return null;
}

/** Whether two states show the same value and selection. */
const sameState = (a: FieldState, b: FieldState): boolean =>
  a.value === b.value && a.selectionStart === b.selectionStart && a.selectionEnd === b.selectionEnd;

/**
 * Records that `edit` turned `before` into `after`. A run of characters typed at the caret, or of
 * Backspaces or Deletes, is one step, as browsers group them: the run breaks when the caret moved
 * in between (`before` is not the state the run left), or an edit of another kind comes. A paste,
 * a cut, a deletion of a selection, a word deletion and a `replace` (autofill) are one step each.
 * An edit that changed nothing is not recorded. A new step forgets what was undone. At most
 * `limit` steps are kept (an integer from 1 to 1000, `invalid_option` otherwise). Never throws
 * for any history, state or edit.
 */
export function recordEdit<S extends FieldState>(
  givenHistory: EditHistory<S>,
  before: S,
  edit: Edit,
  after: S,
  limit: number = DEFAULT_HISTORY_LIMIT,
): EditHistory<S> {
  // The entry guard: plain values read from what was given; `before` itself is what is kept.
  const steps = stepLimit(limit);
  const read = readHistory<S>(givenHistory);
  const plainBefore = readFieldState(before);
  const plainAfter = readFieldState(after);
  if (plainAfter.value === plainBefore.value) return read;
  const kind = runKind(plainBefore, readEdit(edit));
  const run = kind ? { kind, after: plainAfter } : null;
  const joins = kind !== null && read.run?.kind === kind && sameState(read.run.after, plainBefore);
  if (joins) return { past: read.past, future: [], run };
  const past = [...read.past, before].slice(-steps);
  return { past, future: [], run };
}

/** Undo: back to the state before the last step (value and caret), or null with nothing to undo. */
export function undoEdit<S extends FieldState>(
  givenHistory: EditHistory<S>,
  current: S,
): HistoryMove<S> | null {
  const history = readHistory<S>(givenHistory);
  const state = history.past.at(-1);
  if (state === undefined) return null;
  return {
    state,
    history: { past: history.past.slice(0, -1), future: [...history.future, current], run: null },
  };
}

/** Redo: forward to the state the last undo left, or null with nothing to redo. */
export function redoEdit<S extends FieldState>(
  givenHistory: EditHistory<S>,
  current: S,
): HistoryMove<S> | null {
  const history = readHistory<S>(givenHistory);
  const state = history.future.at(-1);
  if (state === undefined) return null;
  return {
    state,
    history: { past: [...history.past, current], future: history.future.slice(0, -1), run: null },
  };
}

/** A field's undo history held for a binding: {@link recordEdit} and the moves over one value. */
export interface EditHistoryController<S extends FieldState> {
  /** Records an edit (see {@link recordEdit}). */
  record(before: S, edit: Edit, after: S): void;
  /** The state to show after undo (`historyUndo`, Ctrl+Z), or null when there is none. */
  undo(current: S): S | null;
  /** The state to show after redo (`historyRedo`, Ctrl+Shift+Z, Ctrl+Y), or null. */
  redo(current: S): S | null;
  /** Whether undo has a step to go back to. */
  readonly canUndo: boolean;
  /** Whether redo has a step to go forward to. */
  readonly canRedo: boolean;
  /**
   * Forgets every step; a state holding a `Sensitive` secret (the CVC's) has it wiped. Call it on
   * `clear()`, `destroy()`, `pagehide`, and after a single-use `collect()`.
   */
  clear(): void;
}

/** Options of {@link createEditHistory}. */
export interface EditHistoryOptions {
  /**
   * How many steps are kept: an integer from 1 to 1000 (`invalid_option` otherwise).
   * @default 100
   */
  readonly limit?: number;
}

/** Wipes the secret a state holds, if any (a CVC state's `Sensitive`). */
function wipeSecret(state: FieldState): void {
  const secret = own(state, "secret");
  if (isSensitive(secret)) secret.wipe();
}

/**
 * A field's undo history for a binding to hold: record each edit's states, call `undo` on
 * `historyUndo` and `redo` on `historyRedo`, and write the state they return. For the CVC the
 * states are `CvcFieldState`s: their digits stay inside `Sensitive`s in memory (the value holds
 * mask characters), and `clear()` wipes them. Pure: no DOM, no clock.
 *
 * @example
 * const history = createEditHistory();
 * const before = { value: "", selectionStart: 0, selectionEnd: 0 };
 * const edit = { kind: "input", inputType: "insertText", data: "4" } as const;
 * const after = editNumber(before, edit);
 * history.record(before, edit, after);
 * history.undo(after); // before
 */
export function createEditHistory<S extends FieldState = FieldState>(
  givenOptions?: EditHistoryOptions,
): EditHistoryController<S> {
  const limit = stepLimit(ownOptions(givenOptions).limit);
  let history = emptyHistory<S>();
  const move = (moved: HistoryMove<S> | null): S | null => {
    if (!moved) return null;
    history = moved.history;
    return moved.state;
  };
  return {
    record(before, edit, after) {
      const next = recordEdit(history, before, edit, after, limit);
      // The states a step forgets (undone ones, the oldest past the limit) have their secret wiped.
      const kept = new Set<S>([...next.past, ...next.future]);
      for (const state of [...history.past, ...history.future]) {
        if (!kept.has(state)) wipeSecret(state);
      }
      history = next;
    },
    undo: (current) => move(undoEdit(history, current)),
    redo: (current) => move(redoEdit(history, current)),
    get canUndo() {
      return history.past.length > 0;
    },
    get canRedo() {
      return history.future.length > 0;
    },
    clear() {
      for (const state of [...history.past, ...history.future]) wipeSecret(state);
      history = emptyHistory<S>();
    },
  };
}
