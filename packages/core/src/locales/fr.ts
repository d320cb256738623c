import { countsDigits } from "../locale/counts-digits";
import { listLengths } from "../locale/list-lengths";
import type { Locale } from "../locale/types";
import type { CardField } from "../types";

const fields = {
  number: "numéro de carte",
  expiry: "date d’expiration",
  cvc: "code de sécurité",
  name: "nom du titulaire",
  postalCode: "code postal",
} as const;

// French typography puts a no-break space before ":".
const colon = "\u00a0:";
// Only "date" is feminine: it takes "la", "elle" and feminine adjectives.
const f = (field: CardField | undefined) => field === "expiry";
const the = (field: CardField | undefined): string =>
  `${f(field) ? "La" : "Le"} ${fields[field ?? "number"]}`;
// French keeps 0 and 1 singular.
const lengths = (field: CardField | undefined, expected: readonly number[]): string =>
  `${listLengths(expected, "ou")} ${countsDigits(field) ? "chiffre" : "caractère"}${
    (expected.at(-1) ?? 0) > 1 ? "s" : ""
  }`;

/** French messages. */
export const fr: Locale = {
  tag: "fr",
  direction: "ltr",
  fields,
  messages: {
    required: ({ field }) => `Saisissez ${the(field).toLowerCase()}.`,
    invalid_type: ({ field }) => `${the(field)} doit être du texte.`,
    invalid_characters: ({ field }) => `${the(field)} contient des caractères non autorisés.`,
    too_short: ({ field, expected }) =>
      `${the(field)} est trop ${f(field) ? "courte" : "court"}${
        expected?.length
          ? `${colon} ${f(field) ? "elle" : "il"} doit comporter ${lengths(field, expected)}`
          : ""
      }.`,
    too_long: ({ field, expected }) =>
      `${the(field)} est trop ${f(field) ? "longue" : "long"}${
        expected?.length ? `${colon} ${lengths(field, [Math.max(...expected)])} au maximum` : ""
      }.`,
    invalid_length: ({ field, brand, expected }) =>
      `${brand ? `Les cartes ${brand} n’utilisent pas` : "Ce type de carte n’utilise pas"} de numéro de cette longueur${
        expected?.length ? `${colon} il doit comporter ${lengths(field, expected)}` : ""
      }.`,
    luhn: () =>
      "Le numéro de carte n’est pas valide. Vérifiez qu’il ne comporte pas de faute de frappe.",
    unknown_brand: () => "Ce numéro ne correspond à aucun réseau de cartes connu.",
    unsupported_brand: ({ brand }) =>
      brand ? `Les cartes ${brand} ne sont pas acceptées.` : "Ce type de carte n’est pas accepté.",
    invalid_month: () => "Le mois d’expiration doit être compris entre 01 et 12.",
    invalid_year: () => "L’année d’expiration n’est pas valide.",
    expired: () => "La carte a expiré.",
    too_far_ahead: ({ maxYearsAhead: n = 19 }) =>
      `La date d’expiration se situe à plus de ${n} an${n > 1 ? "s" : ""} dans le futur.`,
    invalid_format: ({ field }) =>
      field === "expiry"
        ? "Saisissez la date d’expiration au format MM / AA."
        : `${the(field)} n’est pas au bon format.`,
    cvc_length: ({ codeName, expected }) =>
      `Le ${codeName ?? "code de sécurité"} doit comporter ${lengths(
        "cvc",
        expected?.length ? expected : [3, 4],
      )}.`,
  },
};
