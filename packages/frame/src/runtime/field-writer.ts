// Writing the model's outcome back into the frame's input: value, caret, the brand shared with
// the sibling frames (from the number frame), then the state report.
import { type BrandId, getBrand } from "@cardward/core";
import type { FieldResult } from "./field-model";
import type { FieldSession } from "./field-session";
import { otherFrames } from "./siblings";

/** Writes a result (the model's current one by default) into the input and reports the state. */
export type WriteField = (result?: FieldResult) => void;

/** Creates the field's writer; `report` sends the state afterwards. */
export function createFieldWriter(session: FieldSession, report: () => void): WriteField {
  const { model, ui } = session;
  const shareBrand = (id: BrandId | null) => {
    if (!model.setBrand(id)) return;
    for (const api of otherFrames(session.view, session.group)) api.setBrand(id);
    if (id) ui.announce(getBrand(id)?.name ?? "");
  };
  return (result = model.current) => {
    const { input } = ui;
    if (input.value !== result.value) input.value = result.value;
    if (session.view.document.activeElement === input)
      input.setSelectionRange(result.selectionStart, result.selectionEnd);
    if (session.isLeader) shareBrand(result.brand?.id ?? null);
    report();
  };
}

/**
 * The accessible name: the page's label, and for the CVC the code's name after it, e.g.
 * "Security code (CID)", so the visible label stays part of it (WCAG 2.5.3).
 */
export function relabel(session: FieldSession): void {
  const { settings, model, field } = session;
  const code = field === "cvc" ? model.context.brand?.code?.name : undefined;
  const label = code ? `${settings.label} (${code})` : settings.label;
  session.ui.label(label, settings.placeholder, model.context.locale);
}
