import { describe, expect, it } from "vitest";
import { editCvc, emptyCvcState } from "../src/edit/cvc";
import { editName } from "../src/edit/name";
import { editNumber } from "../src/edit/number";
import { maskNumber } from "../src/format/mask-number";
import { ru } from "../src/locales/ru";
import { cardSchema, numberSchema } from "../src/schema/standard-schema";
import { validateCard } from "../src/validators/card";
import { validateNumber } from "../src/validators/card-number";
import { validateCardholderName } from "../src/validators/cardholder-name";
import { validateCvc } from "../src/validators/cvc";
import { validateExpiry } from "../src/validators/expiry";
import { validatePostalCode } from "../src/validators/postal-code";
import { withPollution } from "./support/pollution";

const now = new Date("2026-03-15T12:00:00Z");
const AMEX = "378282246310005";
const UNIONPAY_NOT_LUHN = "6200000000000001";
const empty = { value: "", selectionStart: 0, selectionEnd: 0 };
const paste = (data: string) => ({ kind: "input", inputType: "insertFromPaste", data }) as const;

/** What a call answers, as plain data (Sensitive values as what they hold). */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value ?? null));

// Each row: the polluted key and value, and a call whose result must not change because of it.
const cases: [string, Record<string, unknown>, () => unknown][] = [
  ["acceptedBrands on a number", { acceptedBrands: ["visa"] }, () => validateNumber(AMEX)],
  [
    "acceptedBrands on a card",
    { acceptedBrands: ["visa"] },
    () => validateCard({ number: AMEX, expiry: "03/30", cvc: "1234" }, { now }),
  ],
  ["maxLength on a number", { maxLength: 12 }, () => validateNumber("4242424242424242")],
  ["luhnValidateUnionPay", { luhnValidateUnionPay: true }, () => validateNumber(UNIONPAY_NOT_LUHN)],
  ["locale", { locale: ru }, () => validateNumber("4242")],
  ["maxYearsAhead", { maxYearsAhead: 0 }, () => validateExpiry("03/30", { now })],
  ["now", { now: new Date("2040-01-01T00:00:00Z") }, () => validateExpiry("03/30")],
  ["month of an expiry object", { month: 3 }, () => validateExpiry({ year: 30 }, { now })],
  ["brand on a CVC", { brand: "american-express" }, () => validateCvc("123")],
  [
    "brand in a message's params",
    { brand: "Evil" },
    () => validateNumber("3", { acceptedBrands: ["visa"] }),
  ],
  ["maxLength on a name", { maxLength: 2 }, () => validateCardholderName("Ada Lovelace")],
  ["minLength on a postal code", { minLength: 9 }, () => validatePostalCode("SW1A 1AA")],
  [
    "name on a card",
    { name: "4242" },
    () => validateCard({ number: AMEX, expiry: "03/30", cvc: "1234" }, { now }),
  ],
  [
    "cvc on a card",
    { cvc: "1234" },
    () => validateCard({ number: AMEX, expiry: "03/30" } as never, { now }),
  ],
  ["reveal on editCvc", { reveal: true }, () => editCvc(emptyCvcState(), paste("737")).value],
  ["mask on editCvc", { mask: "*" }, () => editCvc(emptyCvcState(), paste("737")).value],
  ["maxLength on editNumber", { maxLength: 4 }, () => editNumber(empty, paste("4242424242424242"))],
  ["maxLength on editName", { maxLength: 3 }, () => editName(empty, paste("Ada Lovelace"))],
  ["showBin on maskNumber", { showBin: true }, () => maskNumber("4242424242424242")],
  [
    "acceptedBrands on a schema",
    { acceptedBrands: ["visa"] },
    () => numberSchema()["~standard"].validate(AMEX),
  ],
  [
    "postalCode on a card schema",
    { postalCode: "!" },
    () => cardSchema({ now })["~standard"].validate({ number: AMEX, expiry: "03/30", cvc: "1234" }),
  ],
];

describe("a polluted Object.prototype changes no result", () => {
  it.each(cases)("%s", (_, pollution, call) => {
    const clean = plain(call());
    expect(plain(withPollution(pollution, call))).toEqual(clean);
    // And the pollution is gone again.
    for (const key of Object.keys(pollution)) expect(key in {}).toBe(false);
  });
});
