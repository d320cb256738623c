import type { BoundElement } from "./resolve-fields";
import type { CardwardWarning } from "./types";

/**
 * Diagnostics about the page the fields are mounted in: a GET form (a native submit would put
 * fields in the URL) and a page that is not a secure context. Codes only, never values.
 */
export function environmentWarnings(bound: readonly BoundElement[]): CardwardWarning[] {
  const warnings: CardwardWarning[] = [];
  const forms = new Set<HTMLFormElement>();
  for (const { field, element } of bound) {
    const form = element.form;
    // `form.method` is "get" when the attribute is missing too: the browser's default.
    if (form && form.method === "get" && !forms.has(form)) {
      forms.add(form);
      warnings.push({ code: "form_method_get", field });
    }
  }
  const view = bound[0]?.element.ownerDocument.defaultView;
  if (view && view.isSecureContext === false) warnings.push({ code: "insecure_context" });
  return warnings;
}
