/**
 * A server-rendered security code (`<input value="7391">`) sits in the `value` attribute, where
 * the HTML, other scripts and a form reset (which puts the default value back) can read it. The
 * attribute is removed while mounted; `restore` puts it back on destroy (the merchant's choice,
 * {@link MountOptions.restoreCvcValue}). Returns the teardown.
 */
export function removeCvcValueAttribute(cvc: HTMLInputElement, restore: boolean): () => void {
  const value = cvc.getAttribute("value");
  if (value === null) return () => {};
  cvc.removeAttribute("value");
  // Without restore, nothing keeps the server-rendered code: the teardown holds no reference to it.
  if (!restore) return () => {};
  return () => {
    if (!cvc.hasAttribute("value")) cvc.setAttribute("value", value);
  };
}
