// imask 7 formatting the three fields: brand-dependent number grouping through a dynamic mask
// (American Express 4-6-5, Diners 4-6-4, others 4-4-4-4), `MM / YY` with month and year ranges,
// and a 3-4 digit security code.
import IMask from "imask";

const NUMBER_MASKS = [
  { mask: "0000 000000 00000", regex: /^3[47]/ },
  { mask: "0000 000000 0000", regex: /^3(?:0[0-5]|[689])/ },
  { mask: "0000 0000 0000 0000 000", regex: /^/ },
];

export function mount({ number, expiry, cvc }) {
  const masks = [
    IMask(number, {
      mask: NUMBER_MASKS,
      dispatch: (appended, dynamic) => {
        const digits = (dynamic.value + appended).replace(/\D/g, "");
        return dynamic.compiledMasks.find((m) => m.regex.test(digits));
      },
    }),
    IMask(expiry, {
      mask: "MM / YY",
      blocks: {
        MM: { mask: IMask.MaskedRange, from: 1, to: 12, maxLength: 2 },
        YY: { mask: IMask.MaskedRange, from: 0, to: 99, maxLength: 2 },
      },
    }),
    IMask(cvc, { mask: "0000" }),
  ];
  return {
    reset() {
      for (const m of masks) m.value = "";
    },
    read: () => ({ number: number.value, expiry: expiry.value, cvc: cvc.value }),
    destroy() {
      for (const m of masks) m.destroy();
    },
  };
}
