import { countsDigits } from "../locale/counts-digits";
import { listLengths } from "../locale/list-lengths";
import type { Locale } from "../locale/types";
import type { CardField } from "../types";

const fields = {
  number: "номер карты",
  expiry: "срок действия",
  cvc: "код безопасности",
  name: "имя владельца карты",
  postalCode: "почтовый индекс",
} as const;

/** Russian plural: 1, 21 -> `one`; 2-4, 22-24 -> `few`; 0, 5-20, 25-30 -> `many`. */
const plural = (n: number | undefined, one: string, few: string, many: string): string => {
  const d = (n ?? 0) % 10;
  const t = (n ?? 0) % 100;
  return d === 1 && t !== 11 ? one : d >= 2 && d <= 4 && (t < 12 || t > 14) ? few : many;
};

// The field's name with a capital, as a sentence's subject.
const subject = (field: CardField | undefined): string => {
  const s = fields[field ?? "number"];
  return s.charAt(0).toUpperCase() + s.slice(1);
};
// Short adjectives and participles agree in gender; only "имя" is neuter.
const agree = (field: CardField | undefined, masculine: string, neuter: string): string =>
  field === "name" ? neuter : masculine;
// A count's noun agrees with the last number of the list: "3 или 4 цифры", "16 или 19 цифр".
const lengths = (field: CardField | undefined, expected: readonly number[]): string => {
  const n = expected.at(-1);
  return `${listLengths(expected, "или")} ${
    countsDigits(field)
      ? plural(n, "цифра", "цифры", "цифр")
      : plural(n, "символ", "символа", "символов")
  }`;
};

// "нужна 1 цифра", "нужен 1 символ", "нужно 3 цифры".
const need = (field: CardField | undefined, n: number | undefined): string =>
  plural(n, countsDigits(field) ? "нужна" : "нужен", "нужно", "нужно");

/** Russian messages. */
export const ru: Locale = {
  tag: "ru",
  direction: "ltr",
  fields,
  messages: {
    required: ({ field }) => `Введите ${fields[field ?? "number"]}.`,
    invalid_type: ({ field }) =>
      `${subject(field)} ${agree(field, "должен", "должно")} быть строкой.`,
    invalid_characters: ({ field }) => `${subject(field)} содержит недопустимые символы.`,
    too_short: ({ field, expected }) =>
      `${subject(field)} слишком ${agree(field, "короткий", "короткое")}${
        expected?.length ? `: ${need(field, expected.at(-1))} ${lengths(field, expected)}` : ""
      }.`,
    too_long: ({ field, expected }) =>
      `${subject(field)} слишком ${agree(field, "длинный", "длинное")}${
        expected?.length ? `: максимум ${lengths(field, [Math.max(...expected)])}` : ""
      }.`,
    invalid_length: ({ field, brand, expected }) =>
      `${brand ? `У карт ${brand} не бывает` : "У карт этой платёжной системы не бывает"} номеров такой длины${
        expected?.length ? `: ${need(field, expected.at(-1))} ${lengths(field, expected)}` : ""
      }.`,
    luhn: () => "Номер карты недействителен. Проверьте, нет ли в нём опечаток.",
    unknown_brand: () => "Номер карты не относится ни к одной известной платёжной системе.",
    unsupported_brand: ({ brand }) =>
      brand ? `Карты ${brand} не принимаются.` : "Карты этой платёжной системы не принимаются.",
    invalid_month: () => "Месяц должен быть от 01 до 12.",
    invalid_year: () => "Год в сроке действия указан неверно.",
    expired: () => "Срок действия карты истёк.",
    too_far_ahead: ({ maxYearsAhead: n = 19 }) =>
      `Срок действия указан более чем на ${n} ${plural(n, "год", "года", "лет")} вперёд.`,
    invalid_format: ({ field }) =>
      field === "expiry"
        ? "Введите срок действия в формате ММ / ГГ."
        : `${subject(field)} ${agree(field, "указан", "указано")} в неверном формате.`,
    cvc_length: ({ codeName, expected }) => {
      const e = expected?.length ? expected : [3, 4];
      return `В коде ${codeName ?? "безопасности"} ${plural(e.at(-1), "должна", "должно", "должно")} быть ${lengths("cvc", e)}.`;
    },
  },
};
