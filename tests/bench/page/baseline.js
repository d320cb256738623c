// Plain inputs with no library: the cost of dispatching the events and the browser's own
// insertion, subtracted from every library's figure to get its handling cost.
export function mount({ number, expiry, cvc }) {
  return {
    reset() {
      number.value = "";
      expiry.value = "";
      cvc.value = "";
    },
    read: () => ({ number: number.value, expiry: expiry.value, cvc: cvc.value }),
    destroy() {},
  };
}
