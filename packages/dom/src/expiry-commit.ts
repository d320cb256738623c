import { commitExpiry, type Edit } from "@cardward/core";
import type { FieldRecord } from "./field-record";
import type { LiveSettings } from "./live-settings";

/** Why the expiry is committed: focus left it, or its caret moved without an edit. */
export type CommitReason = "blur" | "caret";

/**
 * The expiry's commits: when the person moves on (`blur`, or the caret moved), a one-digit month
 * is padded. `settle` marks the state an `input` edit that changed the value produced: core's
 * model already decided the padding at its caret, so a caret commit while the caret is still
 * there is skipped (a `keyup` follows every keystroke; core's `commit-at-edit-caret` test holds
 * that such a commit changes nothing).
 */
export interface ExpiryCommits {
  /** Marks the expiry's state as produced by a changing `input` edit at its caret. */
  settle(record: FieldRecord): void;
  /** The `replace` edit that commits the expiry, or null when committing changes nothing. */
  commit(record: FieldRecord, reason: CommitReason): Edit | null;
}

/** Whether the browser's selection in `input` is the one `record`'s state holds. */
const caretUnmoved = (input: HTMLInputElement, { state }: FieldRecord): boolean =>
  input.selectionStart === state.selectionStart && input.selectionEnd === state.selectionEnd;

/** Creates the expiry's commits over the live settings. */
export function createExpiryCommits(settings: LiveSettings): ExpiryCommits {
  /** The expiry state the last changing `input` edit produced (one expiry per binding). */
  let settled: object | null = null;
  return {
    settle(record) {
      if (record.field === "expiry") settled = record.state;
    },
    commit(record, reason) {
      const { input, state } = record;
      if (record.field !== "expiry" || !input) return null;
      if (reason === "caret" && settled === state && caretUnmoved(input, record)) return null;
      // A caret move is read from the browser: no edit told the model where the caret went.
      const from = {
        ...state,
        selectionStart: input.selectionStart ?? state.selectionStart,
        selectionEnd: input.selectionEnd ?? state.selectionEnd,
      };
      const { value, selectionStart, selectionEnd } = commitExpiry(from, {
        ...settings.options.expiry,
        reason,
      });
      if (value === state.value) return null;
      return { kind: "replace", value, selectionStart, selectionEnd };
    },
  };
}
