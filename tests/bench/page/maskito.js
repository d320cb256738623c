// Maskito 5 (@maskito/core with @maskito/kit) formatting the three fields: a dynamic number mask
// with brand-dependent grouping, kit's date mask in `mm/yy` mode with a ` / ` separator, and a
// 3-4 digit security code.
import { Maskito } from "@maskito/core";
import { maskitoDateOptionsGenerator } from "@maskito/kit";

const groups = (sizes) =>
  sizes.flatMap((size, i) => [...(i ? [" "] : []), ...Array.from({ length: size }, () => /\d/)]);
const AMEX = groups([4, 6, 5]);
const DINERS = groups([4, 6, 4]);
const OTHERS = groups([4, 4, 4, 4, 3]);

const numberOptions = {
  mask: ({ value }) => {
    const digits = value.replace(/\D/g, "");
    return /^3[47]/.test(digits) ? AMEX : /^3(?:0[0-5]|[689])/.test(digits) ? DINERS : OTHERS;
  },
};
const expiryOptions = maskitoDateOptionsGenerator({ mode: "mm/yy", separator: " / " });
const cvcOptions = { mask: /^\d{0,4}$/ };

export function mount({ number, expiry, cvc }) {
  const masks = [
    new Maskito(number, numberOptions),
    new Maskito(expiry, expiryOptions),
    new Maskito(cvc, cvcOptions),
  ];
  return {
    reset() {
      number.value = "";
      expiry.value = "";
      cvc.value = "";
    },
    read: () => ({ number: number.value, expiry: expiry.value, cvc: cvc.value }),
    destroy() {
      for (const m of masks) m.destroy();
    },
  };
}
