import type { Warn } from "./name-guard";
import type { BoundElement } from "./resolve-fields";

/** The card fields a native submit could put in a URL (the name and postal code are not). */
const CARD_FIELDS: ReadonlySet<string> = new Set(["number", "expiry", "cvc"]);

/**
 * Whether a native submit of the element's form would put its value in the URL: a form whose
 * method is GET (`form.method` is "get" when the attribute is missing too, the browser's
 * default), an element with a `name` still on it (the name guard took them off unless
 * `keepNames`), and not disabled. A form without `method` whose fields carry no name, as React
 * and Vue forms handled in script have, sends nothing.
 */
function sentInUrl(element: BoundElement["element"]): boolean {
  const { form } = element;
  return form?.method === "get" && element.name !== "" && !element.disabled;
}

/**
 * Warns about what puts card data at risk in the page itself: a card field (number, expiry, CVC)
 * that a native submit would really send in the URL (see {@link sentInUrl}), once per form, and a
 * page that is not a secure context. Call it after the name guard ran.
 */
export function warnAboutForms(bound: readonly BoundElement[], warn: Warn): void {
  const forms = new Set<HTMLFormElement>();
  for (const { field, element } of bound) {
    const { form } = element;
    if (form && CARD_FIELDS.has(field) && sentInUrl(element) && !forms.has(form)) {
      forms.add(form);
      warn({ code: "form_method_get", field });
    }
  }
  const view = bound[0]?.element.ownerDocument.defaultView;
  if (view?.isSecureContext === false) warn({ code: "insecure_context" });
}
