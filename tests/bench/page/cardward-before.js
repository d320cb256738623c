// cardward as built at an earlier commit (compare.mjs bundles it as "@cardward-before/dom"), on
// the same page as today's build, so a change is measured before and after in the same rounds.
import { mountCardFields } from "@cardward-before/dom";

export function mount({ number, expiry, cvc }) {
  const card = mountCardFields({ number, expiry, cvc });
  return {
    reset: () => card.clear(),
    read: () => ({ number: number.value, expiry: expiry.value, cvc: cvc.value }),
    readCvc: () => card.collect().cvc.reveal(),
    destroy: () => card.destroy(),
  };
}
