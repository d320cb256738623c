import type { CardField, Locale } from "@cardward/core";
import type { FieldStyle } from "../protocol/style";
import { styleSheetText } from "../protocol/style";

/** The `autocomplete` token of each field: browsers fill card frames by these. */
const AUTOCOMPLETE: Record<CardField, string> = {
  number: "cc-number",
  expiry: "cc-exp",
  cvc: "cc-csc",
  name: "cc-name",
  postalCode: "postal-code",
};

/** The class that hides the error and the live region visually (in the frame's stylesheet). */
const HIDDEN = "visually-hidden";

/** The frame's document as the field sees it. */
export interface FieldView {
  readonly input: HTMLInputElement;
  /** Shows (`aria-invalid`, described-by text) or clears the error. */
  showError(message: string | null): void;
  /** Announces a message politely. */
  announce(message: string): void;
  /** Sets the accessible name, placeholder, language and direction. */
  label(label: string, placeholder: string | undefined, locale: Locale): void;
  /** Toggles the state classes the style variants hang on. */
  setClasses(classes: Readonly<Record<string, boolean>>): void;
  /** Replaces the merchant's filtered style (a constructable stylesheet: no inline style). */
  setStyle(style: FieldStyle): void;
}

/** Builds the field's input, its error text and a live region inside `root`. */
export function createFieldView(doc: Document, root: HTMLElement, field: CardField): FieldView {
  const input = doc.createElement("input");
  input.id = "field";
  input.type = "text";
  input.setAttribute("autocomplete", AUTOCOMPLETE[field]);
  input.spellcheck = false;
  input.setAttribute("autocorrect", "off");
  input.setAttribute("autocapitalize", "off");
  if (field !== "name" && field !== "postalCode") input.inputMode = "numeric";
  const error = doc.createElement("span");
  error.id = "field-error";
  error.className = HIDDEN;
  input.setAttribute("aria-describedby", error.id);
  const live = doc.createElement("span");
  live.className = HIDDEN;
  live.setAttribute("role", "status");
  live.setAttribute("aria-live", "polite");
  root.append(input, error, live);
  const View = doc.defaultView;
  const sheet = View ? new View.CSSStyleSheet() : null;
  if (sheet) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return {
    input,
    showError(message) {
      error.textContent = message ?? "";
      input.toggleAttribute("aria-invalid", message !== null);
      if (message !== null) input.setAttribute("aria-invalid", "true");
    },
    announce(message) {
      live.textContent = live.textContent === message ? `${message}\u00a0` : message;
    },
    label(label, placeholder, locale) {
      input.setAttribute("aria-label", label);
      if (placeholder === undefined) input.removeAttribute("placeholder");
      else input.placeholder = placeholder;
      doc.documentElement.lang = locale.tag;
      doc.documentElement.dir = locale.direction;
      doc.title = label;
    },
    setClasses(classes) {
      for (const [name, on] of Object.entries(classes)) root.classList.toggle(name, on);
    },
    setStyle(style) {
      sheet?.replaceSync(styleSheetText(style));
    },
  };
}
