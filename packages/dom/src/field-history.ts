import {
  type Edit,
  type EditHistory,
  emptyHistory,
  recordEdit,
  redoEdit,
  undoEdit,
} from "@cardward/core";
import type { EditStart } from "./edit-field";
import type { HistoryMoveKind } from "./history-move";

/** How many undo steps a field keeps. */
const HISTORY_LIMIT = 100;

/**
 * A field's undo history, over core's pure history value. The binding owns the security code's
 * secrets: each `Sensitive` stays alive while the field or its history holds it, and is wiped as
 * soon as neither does (a step forgotten, a run of typing merged, `clear()`). The states stay in
 * memory only: undo writes them through the edit model, so the CVC's value shows mask characters.
 */
export interface FieldHistory {
  /** Records a person's edit from `before` to `after` (the field's new state). */
  record(before: EditStart, edit: Edit, after: EditStart): void;
  /** A change not recorded (a settings re-run, emptying): wipes `before`'s secret unless held. */
  release(before: EditStart, after: EditStart): void;
  /** The state undo or redo leads to from `current`, or null when there is none. */
  move(kind: HistoryMoveKind, current: EditStart): EditStart | null;
  /** Forgets every step, wiping the secrets only the history held. */
  clear(current: EditStart): void;
  /** Whether there is a step to undo, and one to redo. */
  moves(): { readonly undo: boolean; readonly redo: boolean };
}

/** The secrets a history's steps hold. */
const heldSecrets = ({ past, future }: EditHistory<EditStart>) =>
  new Set([...past, ...future].map((state) => state.secret));

/** Creates an empty history for one field. */
export function createFieldHistory(): FieldHistory {
  let history = emptyHistory<EditStart>();
  /** Wipes the secrets of `states` that neither `kept` nor `current` holds. */
  const wipeUnheld = (
    states: readonly EditStart[],
    kept: EditHistory<EditStart>,
    current: EditStart,
  ) => {
    const held = heldSecrets(kept);
    held.add(current.secret);
    for (const { secret } of states) if (secret && !held.has(secret)) secret.wipe();
  };
  return {
    record(before, edit, after) {
      const previous = history;
      history = recordEdit(previous, before, edit, after, HISTORY_LIMIT);
      // Only the security code's states hold secrets: the other fields have nothing to wipe.
      if (before.secret === undefined) return;
      wipeUnheld([...previous.past, ...previous.future, before], history, after);
    },
    release(before, after) {
      wipeUnheld([before], history, after);
    },
    move(kind, current) {
      const moved = kind === "undo" ? undoEdit(history, current) : redoEdit(history, current);
      if (!moved) return null;
      history = moved.history;
      return moved.state;
    },
    moves() {
      return { undo: history.past.length > 0, redo: history.future.length > 0 };
    },
    clear(current) {
      const forgotten = history;
      history = emptyHistory<EditStart>();
      wipeUnheld([...forgotten.past, ...forgotten.future], history, current);
    },
  };
}
