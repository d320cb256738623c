// cardward: mountCardFields binds the three inputs; the security code input shows mask
// characters only, so its digits are read back through collect().
import { mountCardFields } from "@cardward/dom";

export function mount({ number, expiry, cvc }) {
  const card = mountCardFields({ number, expiry, cvc });
  return {
    reset: () => card.clear(),
    read: () => ({ number: number.value, expiry: expiry.value, cvc: cvc.value }),
    readCvc: () => card.collect().cvc.reveal(),
    destroy: () => card.destroy(),
  };
}
