import { countsDigits } from "../locale/counts-digits";
import { listLengths } from "../locale/list-lengths";
import type { Locale } from "../locale/types";
import type { CardField } from "../types";

const fields = {
  number: "رقم البطاقة",
  expiry: "تاريخ الانتهاء",
  cvc: "رمز الأمان",
  name: "اسم حامل البطاقة",
  postalCode: "الرمز البريدي",
} as const;

/**
 * Arabic counted nouns: 1 and 2 take the singular and dual, 3-10 the plural, 11-99 the singular
 * in the accusative ("16 رقمًا"), 100 and above (and 0) the singular.
 */
const counted = (n: number | undefined, forms: readonly [string, string, string, string]) => {
  const t = (n ?? 0) % 100;
  return n === 2 ? forms[1] : t >= 3 && t <= 10 ? forms[2] : t >= 11 ? forms[3] : forms[0];
};
const DIGIT = ["رقم", "رقمين", "أرقام", "رقمًا"] as const;
const CHARACTER = ["حرف", "حرفين", "أحرف", "حرفًا"] as const;
const YEAR = ["سنة", "سنتين", "سنوات", "سنة"] as const;

const name = (field: CardField | undefined): string => fields[field ?? "number"];
// Numbers are written with Western digits, as on the card and in the input.
const lengths = (field: CardField | undefined, expected: readonly number[]): string =>
  `${listLengths(expected, "أو", "، ")} ${counted(expected.at(-1), countsDigits(field) ? DIGIT : CHARACTER)}`;

/** Arabic messages (right to left). */
export const ar: Locale = {
  tag: "ar",
  direction: "rtl",
  fields,
  messages: {
    required: ({ field }) => `أدخل ${name(field)}.`,
    invalid_type: ({ field }) => `يجب أن يكون ${name(field)} نصًا.`,
    invalid_characters: ({ field }) => `يحتوي ${name(field)} على أحرف غير مسموح بها.`,
    too_short: ({ field, expected }) =>
      `${name(field)} قصير جدًا${
        expected?.length ? `: يجب أن يتكون من ${lengths(field, expected)}` : ""
      }.`,
    too_long: ({ field, expected }) =>
      `${name(field)} طويل جدًا${
        expected?.length ? `: الحد الأقصى ${lengths(field, [Math.max(...expected)])}` : ""
      }.`,
    invalid_length: ({ field, brand, expected }) =>
      `${brand ? `بطاقات ${brand}` : "هذا النوع من البطاقات"} لا تستخدم أرقامًا بهذا الطول${
        expected?.length ? `: يجب أن يتكون من ${lengths(field, expected)}` : ""
      }.`,
    luhn: () => "رقم البطاقة غير صالح. تحقق من عدم وجود أخطاء في الكتابة.",
    unknown_brand: () => "رقم البطاقة لا يتبع أي شبكة بطاقات معروفة.",
    unsupported_brand: ({ brand }) =>
      brand ? `بطاقات ${brand} غير مقبولة.` : "هذا النوع من البطاقات غير مقبول.",
    invalid_month: () => "يجب أن يكون شهر الانتهاء بين 01 و12.",
    invalid_year: () => "سنة الانتهاء غير صالحة.",
    expired: () => "انتهت صلاحية البطاقة.",
    too_far_ahead: ({ maxYearsAhead: n = 19 }) =>
      `لا يمكن أن يتجاوز تاريخ الانتهاء ${n} ${counted(n, YEAR)} من الآن.`,
    invalid_format: ({ field }) =>
      field === "expiry"
        ? "أدخل تاريخ الانتهاء بالصيغة MM / YY (الشهر / السنة)."
        : `صيغة ${name(field)} غير صالحة.`,
    cvc_length: ({ codeName, expected }) =>
      `يجب أن يتكون ${codeName ? `رمز ${codeName}` : "رمز الأمان"} من ${lengths(
        "cvc",
        expected?.length ? expected : [3, 4],
      )}.`,
  },
};
