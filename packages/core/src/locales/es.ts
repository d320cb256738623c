import { countsDigits } from "../locale/counts-digits";
import { listLengths } from "../locale/list-lengths";
import type { Locale } from "../locale/types";
import type { CardField } from "../types";

const fields = {
  number: "número de tarjeta",
  expiry: "fecha de vencimiento",
  cvc: "código de seguridad",
  name: "nombre del titular",
  postalCode: "código postal",
} as const;

// Only "fecha" is feminine: it takes "la" and feminine adjectives.
const f = (field: CardField | undefined) => field === "expiry";
const the = (field: CardField | undefined): string =>
  `${f(field) ? "La" : "El"} ${fields[field ?? "number"]}`;
// "o" becomes "u" before a word sounding like "o": "7 u 8", "10 u 11".
const lengths = (field: CardField | undefined, expected: readonly number[]): string => {
  const n = expected.at(-1) ?? 0;
  const or = /^(8|11|8\d)$/.test(String(n)) ? "u" : "o";
  const unit = countsDigits(field) ? ["dígito", "dígitos"] : ["carácter", "caracteres"];
  return `${listLengths(expected, or)} ${unit[n === 1 ? 0 : 1]}`;
};

/** Spanish messages. */
export const es: Locale = {
  tag: "es",
  direction: "ltr",
  fields,
  messages: {
    required: ({ field }) => `Introduce ${the(field).toLowerCase()}.`,
    invalid_type: ({ field }) => `${the(field)} debe ser un texto.`,
    invalid_characters: ({ field }) => `${the(field)} contiene caracteres no permitidos.`,
    too_short: ({ field, expected }) =>
      `${the(field)} es demasiado ${f(field) ? "corta" : "corto"}${
        expected?.length ? `: debe tener ${lengths(field, expected)}` : ""
      }.`,
    too_long: ({ field, expected }) =>
      `${the(field)} es demasiado ${f(field) ? "larga" : "largo"}${
        expected?.length ? `: admite como máximo ${lengths(field, [Math.max(...expected)])}` : ""
      }.`,
    invalid_length: ({ field, brand, expected }) =>
      `${brand ? `Las tarjetas ${brand} no usan` : "Esta marca de tarjeta no usa"} números de esta longitud${
        expected?.length ? `: debe tener ${lengths(field, expected)}` : ""
      }.`,
    luhn: () => "El número de tarjeta no es válido. Comprueba que no haya errores de escritura.",
    unknown_brand: () => "El número de tarjeta no corresponde a ninguna marca de tarjeta conocida.",
    unsupported_brand: ({ brand }) =>
      brand ? `No se aceptan tarjetas ${brand}.` : "No se acepta esta marca de tarjeta.",
    invalid_month: () => "El mes de vencimiento debe estar entre 01 y 12.",
    invalid_year: () => "El año de vencimiento no es válido.",
    expired: () => "La tarjeta está vencida.",
    too_far_ahead: ({ maxYearsAhead: n = 19 }) =>
      `La fecha de vencimiento está a más de ${n} año${n === 1 ? "" : "s"} en el futuro.`,
    invalid_format: ({ field }) =>
      field === "expiry"
        ? "Introduce la fecha de vencimiento con el formato MM / AA."
        : `${the(field)} no tiene un formato válido.`,
    cvc_length: ({ codeName, expected }) =>
      `El ${codeName ?? "código de seguridad"} debe tener ${lengths(
        "cvc",
        expected?.length ? expected : [3, 4],
      )}.`,
  },
};
