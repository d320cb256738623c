import { countsDigits } from "../locale/counts-digits";
import { listLengths } from "../locale/list-lengths";
import type { Locale } from "../locale/types";
import type { CardField } from "../types";

const fields = {
  number: "kart numarası",
  expiry: "son kullanma tarihi",
  cvc: "güvenlik kodu",
  name: "kart sahibinin adı",
  postalCode: "posta kodu",
} as const;

// Subjects with a capital (Turkish casing is written out, never computed: "i" -> "İ").
const subject = {
  number: "Kart numarası",
  expiry: "Son kullanma tarihi",
  cvc: "Güvenlik kodu",
  name: "Kart sahibinin adı",
  postalCode: "Posta kodu",
} as const;
// Objects in the accusative, following vowel harmony.
const accusative = {
  number: "Kart numarasını",
  expiry: "Son kullanma tarihini",
  cvc: "Güvenlik kodunu",
  name: "Kart sahibinin adını",
  postalCode: "Posta kodunu",
} as const;

// Nouns stay singular after a number: "3 veya 4 haneli", "16 karakter".
const lengths = (field: CardField | undefined, expected: readonly number[]): string =>
  `${listLengths(expected, "veya")} ${countsDigits(field) ? "haneli" : "karakter"}`;

/** Turkish messages. */
export const tr: Locale = {
  tag: "tr",
  direction: "ltr",
  fields,
  messages: {
    required: ({ field }) => `${accusative[field ?? "number"]} girin.`,
    invalid_type: ({ field }) => `${subject[field ?? "number"]} metin olmalıdır.`,
    invalid_characters: ({ field }) =>
      `${subject[field ?? "number"]} izin verilmeyen karakterler içeriyor.`,
    too_short: ({ field, expected }) =>
      `${subject[field ?? "number"]} çok kısa${
        expected?.length ? `: ${lengths(field, expected)} olmalıdır` : ""
      }.`,
    too_long: ({ field, expected }) =>
      `${subject[field ?? "number"]} çok uzun${
        expected?.length ? `: en fazla ${lengths(field, [Math.max(...expected)])} olabilir` : ""
      }.`,
    invalid_length: ({ field, brand, expected }) =>
      `${brand ? `${brand} kartları` : "Bu kart markası"} bu uzunlukta numara kullanmıyor${
        expected?.length ? `: ${lengths(field, expected)} olmalıdır` : ""
      }.`,
    luhn: () => "Kart numarası geçerli değil. Yazım hatası olup olmadığını kontrol edin.",
    unknown_brand: () => "Bu kart numarası bilinen bir kart markasına ait değil.",
    unsupported_brand: ({ brand }) =>
      brand ? `${brand} kartları kabul edilmiyor.` : "Bu kart markası kabul edilmiyor.",
    invalid_month: () => "Son kullanma ayı 01 ile 12 arasında olmalıdır.",
    invalid_year: () => "Son kullanma yılı geçerli değil.",
    expired: () => "Kartın son kullanma tarihi geçmiş.",
    too_far_ahead: ({ maxYearsAhead: n = 19 }) =>
      `Son kullanma tarihi ${n} yıldan daha ileride olamaz.`,
    invalid_format: ({ field }) =>
      field === "expiry"
        ? "Son kullanma tarihini AA / YY biçiminde girin."
        : `${subject[field ?? "number"]} geçerli bir biçimde değil.`,
    cvc_length: ({ codeName, expected }) =>
      `${codeName ?? "Güvenlik kodu"} ${lengths("cvc", expected?.length ? expected : [3, 4])} olmalıdır.`,
  },
};
