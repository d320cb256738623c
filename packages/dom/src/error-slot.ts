import type { SetAttribute } from "./attribute-journal";

/** A field's error display: `aria-invalid` on its inputs and the message in a described-by element (if any). */
export interface ErrorSlot {
  /** The message shown, or null. */
  readonly shown: string | null;
  /** Shows `message` (and `aria-invalid="true"`), or clears both with `null`. Call on changes. */
  show(message: string | null): void;
  /** Removes the created element or restores the merchant's one. */
  remove(): void;
}

let nextId = 0;

/**
 * Wires `inputs` to an error element: the merchant's `provided` one, or a hidden
 * `<span class="cardward-error">` created after the last input; with `null`, none (the merchant
 * renders messages itself) and only `aria-invalid` is managed. Existing `aria-describedby` ids
 * are kept. Text is written with `textContent`.
 */
export function createErrorSlot(
  inputs: readonly Element[],
  set: SetAttribute,
  provided: Element | null | undefined,
): ErrorSlot {
  const last = inputs[inputs.length - 1] as Element;
  const element = provided === null ? null : (provided ?? last.ownerDocument.createElement("span"));
  const text = element?.textContent;
  if (element) {
    if (!provided) {
      element.className = "cardward-error";
      element.setAttribute("hidden", "");
      last.after(element);
    }
    if (!element.id) set(element, "id", `cardward-error-${++nextId}`);
    for (const input of inputs) {
      const ids = input.getAttribute("aria-describedby");
      if (!ids?.split(/\s+/).includes(element.id)) {
        set(input, "aria-describedby", `${ids ?? ""} ${element.id}`.trim());
      }
    }
  }
  let shown: string | null = null;
  return {
    get shown() {
      return shown;
    },
    show(message) {
      shown = message;
      if (element) element.textContent = message;
      if (!provided) element?.toggleAttribute("hidden", message === null);
      // Without an error, `aria-invalid` is absent (the same as "false"); destroy restores it.
      for (const input of inputs) set(input, "aria-invalid", message === null ? null : "true");
    },
    remove() {
      if (provided) provided.textContent = text as string | null;
      else element?.remove();
    },
  };
}
