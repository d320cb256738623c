// cleave-zen formatting (wired exactly as in cleave-zen.js) plus card-validator validating each
// field as it changes, the way a merchant pairs them to get what cardward's fields also do on
// every keystroke: the brand (`data-card-brand`), the security code's length for that brand, and
// `aria-invalid` once a field can no longer become valid. Informative only: the keystroke target
// compares cardward with the formatting libraries alone.
import valid from "card-validator";
import { mount as mountCleave } from "./cleave-zen.js";

export function mount(fields) {
  const { number, expiry, cvc } = fields;
  let size = 3;
  const flag = (input, potentiallyValid) => {
    if (potentiallyValid) input.removeAttribute("aria-invalid");
    else input.setAttribute("aria-invalid", "true");
  };
  const onNumber = () => {
    const result = valid.number(number.value);
    const type = result.card?.type ?? "";
    if (number.getAttribute("data-card-brand") !== type)
      number.setAttribute("data-card-brand", type);
    size = result.card?.code.size ?? 3;
    flag(number, result.isPotentiallyValid);
  };
  const onExpiry = () => flag(expiry, valid.expirationDate(expiry.value).isPotentiallyValid);
  const onCvc = () => flag(cvc, valid.cvv(cvc.value, size).isPotentiallyValid);
  // After cleave-zen's own input listeners (added first), so the validators see formatted text.
  const cleave = mountCleave(fields);
  number.addEventListener("input", onNumber);
  expiry.addEventListener("input", onExpiry);
  cvc.addEventListener("input", onCvc);
  return {
    ...cleave,
    reset() {
      cleave.reset();
      number.removeAttribute("data-card-brand");
      for (const input of [number, expiry, cvc]) input.removeAttribute("aria-invalid");
    },
    destroy() {
      number.removeEventListener("input", onNumber);
      expiry.removeEventListener("input", onExpiry);
      cvc.removeEventListener("input", onCvc);
      cleave.destroy();
    },
  };
}
