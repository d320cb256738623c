import type { Warn } from "./name-guard";
import type { BoundElement } from "./resolve-fields";

/**
 * Warns about what puts card data at risk in the page itself: a card field in a form whose
 * method is GET (a native submit would put the fields in the URL; `form.method` is "get" when the
 * attribute is missing too, the browser's default), once per form, and a page that is not a
 * secure context.
 */
export function warnAboutForms(bound: readonly BoundElement[], warn: Warn): void {
  const forms = new Set<HTMLFormElement>();
  for (const { field, element } of bound) {
    const { form } = element;
    if (form?.method === "get" && !forms.has(form)) {
      forms.add(form);
      warn({ code: "form_method_get", field });
    }
  }
  const view = bound[0]?.element.ownerDocument.defaultView;
  if (view?.isSecureContext === false) warn({ code: "insecure_context" });
}
