import type { Brand, Locale } from "@cardward/core";
import type { AttributeJournal } from "./attribute-journal";

/**
 * Makes the security code input follow the brand: `maxlength` is the code's size (4 while the
 * brand is unknown, for American Express's CID), the placeholder its name (CVV, CVC, CID, ...),
 * and the accessible name the field's own name followed by the code's, e.g. "Security code (CID)".
 * The own name comes first, from the original `aria-label`, the `<label>` or the locale, so the
 * visible label stays part of the accessible name (WCAG 2.5.3).
 */
export function applyCvcAttributes(
  input: HTMLInputElement,
  brand: Brand | null,
  locale: Locale,
  journal: AttributeJournal,
  originalLabel: string | null,
): void {
  const code = brand?.code ?? { name: "CVC", size: 4 };
  const label = originalLabel ?? capitalize(locale.fields.cvc);
  journal.set(input, "maxlength", String(code.size));
  journal.set(input, "placeholder", code.name);
  journal.set(input, "aria-label", `${label} (${code.name})`);
}

/** The input's own accessible name before mounting: its `aria-label` or its labels' text. */
export function ownLabel(input: HTMLInputElement): string | null {
  const text =
    input.getAttribute("aria-label") ??
    Array.from(input.labels ?? [], (label) => label.textContent ?? "").join(" ");
  return text.trim() || null;
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
