import type { Brand, Locale } from "@cardward/core";
import type { SetAttribute } from "./attribute-journal";

/**
 * Makes the security code input follow the brand: `maxlength` is the code's size (4 while the
 * brand is unknown, for American Express's CID), the placeholder its name (CVV, CVC, CID, ...),
 * and the accessible name the field's own name followed by the code's, e.g. "Security code (CID)".
 * The own name comes first, from the original `aria-label`, the `<label>` (`ownLabel`) or the
 * locale, so the visible label stays part of the accessible name (WCAG 2.5.3). Attributes are
 * written only when they change.
 */
export function applyCvcAttributes(
  input: HTMLInputElement,
  brand: Brand | null,
  locale: Locale,
  set: SetAttribute,
  ownLabel: string | null,
): void {
  const { name, size } = brand?.code ?? { name: "CVC", size: 4 };
  const label = ownLabel ?? locale.fields.cvc.replace(/^./, (first) => first.toUpperCase());
  set(input, "maxlength", `${size}`);
  set(input, "placeholder", name);
  set(input, "aria-label", `${label} (${name})`);
}

/** The input's own accessible name before mounting: its `aria-label` or its labels' text. */
export function ownLabel(input: HTMLInputElement): string | null {
  const text =
    input.getAttribute("aria-label") ??
    Array.from(input.labels ?? [], (label) => label.textContent).join(" ");
  return text.trim() || null;
}

/**
 * Binds {@link applyCvcAttributes} to the CVC input and its own label (read once, at mount):
 * call the returned function when the brand or the locale changes.
 */
export function cvcAttributesOf(
  input: HTMLInputElement,
  set: SetAttribute,
): (brand: Brand | null, locale: Locale) => void {
  const label = ownLabel(input);
  return (brand, locale) => applyCvcAttributes(input, brand, locale, set, label);
}
