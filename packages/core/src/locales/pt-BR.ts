import { countsDigits } from "../locale/counts-digits";
import { listLengths } from "../locale/list-lengths";
import type { Locale } from "../locale/types";
import type { CardField } from "../types";

const fields = {
  number: "número do cartão",
  expiry: "data de validade",
  cvc: "código de segurança",
  name: "nome do titular",
  postalCode: "CEP",
} as const;

// Only "data" is feminine: it takes "a" and feminine adjectives.
const f = (field: CardField | undefined) => field === "expiry";
const the = (field: CardField | undefined): string =>
  `${f(field) ? "A" : "O"} ${fields[field ?? "number"]}`;
const lengths = (field: CardField | undefined, expected: readonly number[]): string =>
  `${listLengths(expected, "ou")} ${countsDigits(field) ? "dígito" : "caractere"}${
    expected.at(-1) === 1 ? "" : "s"
  }`;

/** Brazilian Portuguese messages. */
export const ptBR: Locale = {
  tag: "pt-BR",
  direction: "ltr",
  fields,
  messages: {
    required: ({ field }) => `Informe ${f(field) ? "a" : "o"} ${fields[field ?? "number"]}.`,
    invalid_type: ({ field }) => `${the(field)} deve ser um texto.`,
    invalid_characters: ({ field }) => `${the(field)} contém caracteres não permitidos.`,
    too_short: ({ field, expected }) =>
      `${the(field)} é ${f(field) ? "curta" : "curto"} demais${
        expected?.length ? `: ${f(field) ? "ela" : "ele"} deve ter ${lengths(field, expected)}` : ""
      }.`,
    too_long: ({ field, expected }) =>
      `${the(field)} é ${f(field) ? "longa" : "longo"} demais${
        expected?.length ? `: o máximo é ${lengths(field, [Math.max(...expected)])}` : ""
      }.`,
    invalid_length: ({ field, brand, expected }) =>
      `${brand ? `Cartões ${brand} não usam` : "Esta bandeira não usa"} números com esse comprimento${
        expected?.length ? `: ele deve ter ${lengths(field, expected)}` : ""
      }.`,
    luhn: () => "O número do cartão não é válido. Verifique se há erros de digitação.",
    unknown_brand: () => "Este número não pertence a nenhuma bandeira de cartão conhecida.",
    unsupported_brand: ({ brand }) =>
      brand ? `Cartões ${brand} não são aceitos.` : "Esta bandeira de cartão não é aceita.",
    invalid_month: () => "O mês de validade deve estar entre 01 e 12.",
    invalid_year: () => "O ano de validade não é válido.",
    expired: () => "O cartão está vencido.",
    too_far_ahead: ({ maxYearsAhead: n = 19 }) =>
      `A data de validade está a mais de ${n} ano${n === 1 ? "" : "s"} no futuro.`,
    invalid_format: ({ field }) =>
      field === "expiry"
        ? "Informe a data de validade no formato MM/AA."
        : `${the(field)} não está em um formato válido.`,
    cvc_length: ({ codeName, expected }) =>
      `O ${codeName ?? "código de segurança"} deve ter ${lengths(
        "cvc",
        expected?.length ? expected : [3, 4],
      )}.`,
  },
};
