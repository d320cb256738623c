import type { AttributeJournal } from "./attribute-journal";

/** A field's error display: `aria-invalid` on its inputs and the message in a described-by element. */
export interface ErrorSlot {
  /** Shows `message` (and `aria-invalid="true"`), or clears both with `null`. */
  show(message: string | null): void;
  /** Removes the created element or restores the merchant's one. */
  remove(): void;
}

let nextId = 0;

/**
 * Wires `inputs` to an error element: the merchant's `provided` one, or a `<span>` created after
 * the last input. Existing `aria-describedby` ids are kept. Text is written with `textContent`.
 */
export function createErrorSlot(
  inputs: readonly Element[],
  journal: AttributeJournal,
  provided: Element | null,
): ErrorSlot {
  const last = inputs[inputs.length - 1] as Element;
  const element = provided ?? last.ownerDocument.createElement("span");
  const originalText = provided ? provided.textContent : null;
  if (!provided) {
    element.className = "cardward-error";
    element.setAttribute("hidden", "");
    last.after(element);
  }
  if (!element.id) journal.set(element, "id", `cardward-error-${++nextId}`);
  const invalid = inputs.map((input) => input.getAttribute("aria-invalid"));
  for (const input of inputs) {
    const ids = (input.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
    if (!ids.includes(element.id))
      journal.set(input, "aria-describedby", [...ids, element.id].join(" "));
  }
  return {
    show(message) {
      if (element.textContent !== (message ?? "")) element.textContent = message ?? "";
      if (!provided) element.toggleAttribute("hidden", message === null);
      inputs.forEach((input, i) => {
        journal.set(input, "aria-invalid", message === null ? (invalid[i] ?? null) : "true");
      });
    },
    remove() {
      if (provided) provided.textContent = originalText;
      else element.remove();
    },
  };
}
