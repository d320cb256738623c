import { countsDigits } from "../locale/counts-digits";
import { listLengths } from "../locale/list-lengths";
import type { Locale } from "../locale/types";
import type { CardField } from "../types";

const fields = {
  number: "Kartennummer",
  expiry: "Ablaufdatum",
  cvc: "Sicherheitscode",
  name: "Name des Karteninhabers",
  postalCode: "Postleitzahl",
} as const;

// The field with its article, as subject (nominative) and as object (accusative).
const nominative = {
  number: "Die Kartennummer",
  expiry: "Das Ablaufdatum",
  cvc: "Der Sicherheitscode",
  name: "Der Name des Karteninhabers",
  postalCode: "Die Postleitzahl",
} as const;
const accusative = {
  number: "die Kartennummer",
  expiry: "das Ablaufdatum",
  cvc: "den Sicherheitscode",
  name: "den Namen des Karteninhabers",
  postalCode: "die Postleitzahl",
} as const;

// "3 oder 4 Ziffern", "1 Ziffer", "2 Zeichen".
const lengths = (field: CardField | undefined, expected: readonly number[]): string =>
  `${listLengths(expected, "oder")} ${
    countsDigits(field) ? (expected.at(-1) === 1 ? "Ziffer" : "Ziffern") : "Zeichen"
  }`;
// "erforderlich sind 16 Ziffern", "erforderlich ist 1 Ziffer".
const verb = (expected: readonly number[]): string =>
  expected.length === 1 && expected[0] === 1 ? "ist" : "sind";

/** German messages (formal address). */
export const de: Locale = {
  tag: "de",
  direction: "ltr",
  fields,
  messages: {
    required: ({ field }) => `Bitte geben Sie ${accusative[field ?? "number"]} ein.`,
    invalid_type: ({ field }) => `${nominative[field ?? "number"]} muss ein Text sein.`,
    invalid_characters: ({ field }) =>
      `${nominative[field ?? "number"]} enthält unzulässige Zeichen.`,
    too_short: ({ field, expected }) =>
      `${nominative[field ?? "number"]} ist zu kurz${
        expected?.length ? `: erforderlich ${verb(expected)} ${lengths(field, expected)}` : ""
      }.`,
    too_long: ({ field, expected }) =>
      `${nominative[field ?? "number"]} ist zu lang${
        expected?.length
          ? `: erlaubt sind höchstens ${lengths(field, [Math.max(...expected)])}`
          : ""
      }.`,
    invalid_length: ({ field, brand, expected }) =>
      `Diese Länge der Kartennummer gibt es bei ${brand ?? "dieser Kartenmarke"} nicht${
        expected?.length ? `: erforderlich ${verb(expected)} ${lengths(field, expected)}` : ""
      }.`,
    luhn: () => "Die Kartennummer ist ungültig. Bitte prüfen Sie sie auf Tippfehler.",
    unknown_brand: () => "Diese Kartennummer gehört zu keinem bekannten Kartenanbieter.",
    unsupported_brand: ({ brand }) =>
      brand
        ? `Karten von ${brand} werden nicht akzeptiert.`
        : "Dieser Kartentyp wird nicht akzeptiert.",
    invalid_month: () => "Der Ablaufmonat muss zwischen 01 und 12 liegen.",
    invalid_year: () => "Das Ablaufjahr ist ungültig.",
    expired: () => "Die Karte ist abgelaufen.",
    too_far_ahead: ({ maxYearsAhead: n = 19 }) =>
      `Das Ablaufdatum liegt mehr als ${n} ${n === 1 ? "Jahr" : "Jahre"} in der Zukunft.`,
    invalid_format: ({ field }) =>
      field === "expiry"
        ? "Bitte geben Sie das Ablaufdatum im Format MM / JJ ein."
        : `${nominative[field ?? "number"]} hat kein gültiges Format.`,
    cvc_length: ({ codeName, expected }) =>
      `Der Sicherheitscode${codeName ? ` (${codeName})` : ""} muss ${lengths(
        "cvc",
        expected?.length ? expected : [3, 4],
      )} haben.`,
  },
};
