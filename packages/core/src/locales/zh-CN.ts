import { countsDigits } from "../locale/counts-digits";
import { listLengths } from "../locale/list-lengths";
import type { Locale } from "../locale/types";
import type { CardField } from "../types";

const fields = {
  number: "卡号",
  expiry: "有效期",
  cvc: "安全码",
  name: "持卡人姓名",
  postalCode: "邮政编码",
} as const;

const name = (field: CardField | undefined): string => fields[field ?? "number"];
// "3 或 4 位", "2 个字符"; numbers are set off from Chinese text by spaces.
const lengths = (field: CardField | undefined, expected: readonly number[]): string =>
  `${listLengths(expected, "或", "、")} ${countsDigits(field) ? "位" : "个字符"}`;

/** Simplified Chinese messages. */
export const zhCN: Locale = {
  tag: "zh-CN",
  direction: "ltr",
  fields,
  messages: {
    required: ({ field }) => `请输入${name(field)}。`,
    invalid_type: ({ field }) => `${name(field)}必须是文本。`,
    invalid_characters: ({ field }) => `${name(field)}包含不允许的字符。`,
    too_short: ({ field, expected }) =>
      `${name(field)}太短${expected?.length ? `，应为 ${lengths(field, expected)}` : ""}。`,
    too_long: ({ field, expected }) =>
      `${name(field)}太长${
        expected?.length ? `，最多 ${lengths(field, [Math.max(...expected)])}` : ""
      }。`,
    invalid_length: ({ field, brand, expected }) =>
      `${brand ? `${brand} 卡` : "该卡组织"}没有这个长度的卡号${
        expected?.length ? `，应为 ${lengths(field, expected)}` : ""
      }。`,
    luhn: () => "卡号无效，请检查是否输入有误。",
    unknown_brand: () => "该卡号不属于任何已知的卡组织。",
    unsupported_brand: ({ brand }) => (brand ? `不支持 ${brand} 卡。` : "不支持该卡组织的卡。"),
    invalid_month: () => "有效期月份必须在 01 到 12 之间。",
    invalid_year: () => "有效期年份无效。",
    expired: () => "该卡已过期。",
    too_far_ahead: ({ maxYearsAhead: n = 19 }) => `有效期距今超过 ${n} 年。`,
    invalid_format: ({ field }) =>
      field === "expiry" ? "请按 MM / YY 格式输入有效期。" : `${name(field)}格式无效。`,
    cvc_length: ({ codeName, expected }) =>
      `安全码${codeName ? `（${codeName}）` : ""}应为 ${lengths(
        "cvc",
        expected?.length ? expected : [3, 4],
      )}数字。`,
  },
};
