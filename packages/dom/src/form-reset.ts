import type { Listen } from "./bind-text-input";
import type { BoundElement } from "./resolve-fields";

/** What a form reset triggers. */
export interface FormResetActions {
  /**
   * Empties every field and wipes the security code (the same operation as `clear()`), then takes
   * in the fields' default values, which the reset puts back.
   */
  readonly clear: () => void;
  /** Takes in what the reset left in the fields, once it is done. */
  readonly takeRestored: () => void;
}

/**
 * A native form reset (`<button type="reset">`, `form.reset()`) empties the inputs: the
 * controller is cleared with them (the security code wiped), so `collect()` and the next
 * keystroke cannot bring the old card back; the fields' default values (`value` attributes) are
 * taken in as the reset leaves them. The `reset` event fires before the browser resets the
 * controls (happy-dom fires it after), so the fields are read again in a task after it. Returns
 * the teardown (a pending read cancelled).
 */
export function clearOnFormReset(
  bound: readonly BoundElement[],
  on: Listen,
  { clear, takeRestored }: FormResetActions,
): () => void {
  const view = bound[0]?.element.ownerDocument.defaultView;
  let pending: number | undefined;
  const forms = new Set(bound.map(({ element }) => element.form));
  for (const form of forms) {
    on<Event>(form, "reset", () => {
      clear();
      if (pending !== undefined) view?.clearTimeout(pending);
      pending = view?.setTimeout(() => {
        pending = undefined;
        takeRestored();
      });
    });
  }
  return () => {
    if (pending !== undefined) view?.clearTimeout(pending);
  };
}
