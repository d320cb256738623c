import { countsDigits } from "../locale/counts-digits";
import type { Locale } from "../locale/types";
import type { CardField } from "../types";

const fields = {
  number: "カード番号",
  expiry: "有効期限",
  cvc: "セキュリティコード",
  name: "カード名義",
  postalCode: "郵便番号",
} as const;

const name = (field: CardField | undefined): string => fields[field ?? "number"];
// Each length takes its counter: "3桁または4桁", "16桁、18桁または19桁", "2文字".
const lengths = (field: CardField | undefined, expected: readonly number[]): string => {
  const items = expected.map((n) => `${n}${countsDigits(field) ? "桁" : "文字"}`);
  const last = items.pop();
  return items.length ? `${items.join("、")}または${last}` : (last ?? "");
};

/** Japanese messages. */
export const ja: Locale = {
  tag: "ja",
  direction: "ltr",
  fields,
  messages: {
    required: ({ field }) => `${name(field)}を入力してください。`,
    invalid_type: ({ field }) => `${name(field)}は文字列で指定してください。`,
    invalid_characters: ({ field }) => `${name(field)}に使用できない文字が含まれています。`,
    too_short: ({ field, expected }) =>
      `${name(field)}が短すぎます。${
        expected?.length ? `${lengths(field, expected)}で入力してください。` : ""
      }`,
    too_long: ({ field, expected }) =>
      `${name(field)}が長すぎます。${
        expected?.length ? `${lengths(field, [Math.max(...expected)])}以内で入力してください。` : ""
      }`,
    invalid_length: ({ field, brand, expected }) =>
      `${brand ? `${brand}のカード番号` : "このカードブランドの番号"}にこの桁数はありません。${
        expected?.length ? `${lengths(field, expected)}で入力してください。` : ""
      }`,
    luhn: () => "カード番号が正しくありません。入力内容をご確認ください。",
    unknown_brand: () => "このカード番号は既知のカードブランドに該当しません。",
    unsupported_brand: ({ brand }) =>
      brand
        ? `${brand}のカードはご利用いただけません。`
        : "このカードブランドはご利用いただけません。",
    invalid_month: () => "有効期限の月は01から12の間で入力してください。",
    invalid_year: () => "有効期限の年が正しくありません。",
    expired: () => "カードの有効期限が切れています。",
    too_far_ahead: ({ maxYearsAhead: n = 19 }) => `有効期限が${n}年より先になっています。`,
    invalid_format: ({ field }) =>
      field === "expiry"
        ? "有効期限はMM/YYの形式で入力してください。"
        : `${name(field)}の形式が正しくありません。`,
    cvc_length: ({ codeName, expected }) =>
      `セキュリティコード${codeName ? `（${codeName}）` : ""}は${lengths(
        "cvc",
        expected?.length ? expected : [3, 4],
      )}で入力してください。`,
  },
};
