// The frame input's own events: typing becomes core edits, focus and blur are reported (a blur
// marks the field touched), a focused frame keeps its input focused, and the page going away
// wipes the field.
import type { Edit } from "@cardward/core";
import { bindInput } from "./bind-input";
import type { FieldSession } from "./field-session";
import type { WriteField } from "./field-writer";
import { keepInputFocus } from "./keep-input-focus";

/** What the events drive. */
export interface FieldEventDeps {
  readonly write: WriteField;
  readonly report: () => void;
  readonly wipe: () => void;
}

/** Listens to the input and the frame's window until `signal` aborts. */
export function bindFieldEvents(
  session: FieldSession,
  deps: FieldEventDeps,
  signal: AbortSignal,
): void {
  const { ui, model } = session;
  const onEdit = (edit: Edit) => {
    const { input } = ui;
    const selection =
      edit.kind === "input"
        ? { start: input.selectionStart ?? 0, end: input.selectionEnd ?? 0 }
        : undefined;
    deps.write(model.apply(edit, selection));
  };
  bindInput(ui.input, onEdit, session.field !== "cvc", signal);
  const onFocus = (event: FocusEvent) => {
    session.focused = event.type === "focus";
    session.touched ||= !session.focused;
    deps.report();
  };
  ui.input.addEventListener("focus", onFocus, { signal });
  ui.input.addEventListener("blur", onFocus, { signal });
  keepInputFocus(ui.input, signal);
  // A security code never outlives the visit (back-forward cache, unload).
  session.view.addEventListener("pagehide", deps.wipe, { signal });
}
