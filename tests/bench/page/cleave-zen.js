// cleave-zen wired the way its README shows: format on `input`, with the cursor tracker on each
// field. formatCreditCard groups by brand itself (American Express 4-6-5, others 4-4-4-4).
import { formatCreditCard, formatDate, formatGeneral, registerCursorTracker } from "cleave-zen";

const EXPIRY = { datePattern: ["m", "y"], delimiter: " / " };
const CVC = { blocks: [4], numericOnly: true };

export function mount({ number, expiry, cvc }) {
  const onNumber = () => {
    number.value = formatCreditCard(number.value);
  };
  const onExpiry = () => {
    expiry.value = formatDate(expiry.value, EXPIRY);
  };
  const onCvc = () => {
    cvc.value = formatGeneral(cvc.value, CVC);
  };
  number.addEventListener("input", onNumber);
  expiry.addEventListener("input", onExpiry);
  cvc.addEventListener("input", onCvc);
  const trackers = [
    registerCursorTracker({ input: number, delimiter: " " }),
    registerCursorTracker({ input: expiry, delimiter: " / " }),
  ];
  return {
    reset() {
      number.value = "";
      expiry.value = "";
      cvc.value = "";
    },
    read: () => ({ number: number.value, expiry: expiry.value, cvc: cvc.value }),
    destroy() {
      number.removeEventListener("input", onNumber);
      expiry.removeEventListener("input", onExpiry);
      cvc.removeEventListener("input", onCvc);
      for (const untrack of trackers) untrack();
    },
  };
}
