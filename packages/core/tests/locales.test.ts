import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Locale } from "../src/locale/types";
import { ar } from "../src/locales/ar";
import { de } from "../src/locales/de";
import { en } from "../src/locales/en";
import { es } from "../src/locales/es";
import { fr } from "../src/locales/fr";
import { ja } from "../src/locales/ja";
import { ptBR } from "../src/locales/pt-BR";
import { ru } from "../src/locales/ru";
import { tr } from "../src/locales/tr";
import { zhCN } from "../src/locales/zh-CN";
import { type CardField, ISSUE_CODES, type IssueParams } from "../src/types";

const LOCALES: readonly (readonly [string, Locale])[] = [
  ["en", en],
  ["ru", ru],
  ["es", es],
  ["pt-BR", ptBR],
  ["de", de],
  ["fr", fr],
  ["tr", tr],
  ["zh-CN", zhCN],
  ["ja", ja],
  ["ar", ar],
];
const FIELDS: readonly CardField[] = ["number", "expiry", "cvc", "name", "postalCode"];

// Varied parameters: every field, one to three lengths, plural-sensitive counts, no params at all.
const PARAMS: readonly IssueParams[] = [
  {},
  ...FIELDS.map((field) => ({ field })),
  { field: "number", expected: [16], maxYearsAhead: 19 },
  { field: "number", expected: [16, 18, 19], brand: "Visa" },
  { field: "cvc", expected: [3, 4], codeName: "CVV", brand: "Visa" },
  { field: "cvc", expected: [4], codeName: "CID", brand: "American Express" },
  { field: "expiry", expected: [4], maxYearsAhead: 1 },
  { field: "name", expected: [2, 26], maxYearsAhead: 2 },
  { field: "postalCode", expected: [5], maxYearsAhead: 5 },
  { field: "number", expected: [1], maxYearsAhead: 21 },
  { field: "cvc", expected: [], maxYearsAhead: 11 },
  { field: "number", expected: [12, 13, 14, 15, 16, 17, 18, 19], maxYearsAhead: 100 },
];

// Digit runs a message may show: the lengths, the years and the month bounds 01 and 12.
const allowedNumbers = (params: IssueParams): Set<string> =>
  new Set([
    ...(params.expected ?? []).map(String),
    String(params.maxYearsAhead ?? 19),
    "3",
    "4",
    "01",
    "12",
  ]);

const cases = LOCALES.flatMap(([tag, locale]) =>
  ISSUE_CODES.flatMap((code) => PARAMS.map((params) => ({ tag, locale, code, params }))),
);

describe("every locale answers every issue code", () => {
  it.each(cases)("$tag $code $params", ({ locale, code, params }) => {
    const message = locale.messages[code](params);
    expect(typeof message).toBe("string");
    expect(message.trim()).toBe(message);
    expect(message.length).toBeGreaterThan(3);
    expect(message).not.toMatch(/undefined|NaN|null|\[object|\$\{|Infinity|\s{2}/);
    // Only lengths, years and month bounds: never any other number (3 and 4 are the default CVC
    // lengths a message may state when it was given none).
    for (const run of message.match(/\d+/g) ?? []) {
      expect(allowedNumbers(params)).toContain(run);
    }
  });
});

describe("messages never carry card data slipped into their parameters", () => {
  const leaky = {
    field: "cvc",
    expected: [3],
    brand: "Visa",
    input: "4242424242424242",
    value: "737",
    cvc: "1234",
  } as IssueParams;
  it.each(LOCALES)("%s", (_, locale) => {
    for (const code of ISSUE_CODES) {
      const message = locale.messages[code](leaky);
      expect(message).not.toMatch(/4242|737|1234/);
    }
  });
});

describe("locale metadata", () => {
  it.each(LOCALES)("%s has its tag, direction and every field's name", (tag, locale) => {
    expect(locale.tag).toBe(tag);
    expect(locale.direction).toBe(tag === "ar" ? "rtl" : "ltr");
    for (const field of FIELDS) expect(locale.fields[field].length).toBeGreaterThan(1);
  });

  it.each(LOCALES.filter(([tag]) => tag !== "en"))("%s translates every message", (_, locale) => {
    for (const code of ISSUE_CODES) {
      for (const params of PARAMS) {
        expect(locale.messages[code](params)).not.toBe(en.messages[code](params));
      }
    }
  });

  it.each(LOCALES)("%s imports no other locale (each entry tree-shakes alone)", (tag) => {
    const source = readFileSync(new URL(`../src/locales/${tag}.ts`, import.meta.url), "utf8");
    const imports = [...source.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    for (const path of imports) expect(path).toMatch(/^\.\.\/(locale\/[a-z-]+|types)$/);
  });
});

describe("grammar of counts", () => {
  it.each([
    [ru, { field: "cvc", expected: [3, 4] }, "too_short", "нужно 3 или 4 цифры"],
    [ru, { field: "number", expected: [16, 18, 19] }, "too_short", "нужно 16, 18 или 19 цифр"],
    [ru, { field: "number", expected: [1] }, "too_short", "нужна 1 цифра"],
    [ru, { field: "name", expected: [2] }, "too_short", "нужно 2 символа"],
    [ru, { field: "name", expected: [21] }, "too_short", "нужен 21 символ"],
    [ru, { field: "name", expected: [5, 26] }, "too_long", "Имя владельца карты слишком длинное"],
    [ru, { field: "name", expected: [5, 26] }, "too_long", "максимум 26 символов"],
    [ru, { maxYearsAhead: 1 }, "too_far_ahead", "на 1 год вперёд"],
    [ru, { maxYearsAhead: 3 }, "too_far_ahead", "на 3 года вперёд"],
    [ru, { maxYearsAhead: 11 }, "too_far_ahead", "на 11 лет вперёд"],
    [ru, { maxYearsAhead: 19 }, "too_far_ahead", "на 19 лет вперёд"],
    [ru, { maxYearsAhead: 22 }, "too_far_ahead", "на 22 года вперёд"],
    [ru, { codeName: "CID", expected: [4] }, "cvc_length", "В коде CID должно быть 4 цифры."],
    [ru, {}, "cvc_length", "В коде безопасности должно быть 3 или 4 цифры."],
    [ar, { field: "cvc", expected: [3, 4] }, "too_short", "3 أو 4 أرقام"],
    [ar, { field: "number", expected: [16] }, "too_short", "16 رقمًا"],
    [ar, { field: "name", expected: [2] }, "too_short", "2 حرفين"],
    [ar, { maxYearsAhead: 5 }, "too_far_ahead", "5 سنوات"],
    [ar, { maxYearsAhead: 19 }, "too_far_ahead", "19 سنة"],
    [es, { field: "number", expected: [7, 8] }, "too_short", "7 u 8 dígitos"],
    [es, { field: "number", expected: [10, 11] }, "too_short", "10 u 11 dígitos"],
    [es, { field: "cvc", expected: [3, 4] }, "too_short", "3 o 4 dígitos"],
    [es, { field: "name", expected: [1] }, "too_short", "1 carácter"],
    [es, { field: "expiry" }, "too_short", "La fecha de vencimiento es demasiado corta."],
    [fr, { maxYearsAhead: 1 }, "too_far_ahead", "plus de 1 an dans"],
    [fr, { field: "expiry", expected: [4] }, "too_short", "trop courte\u00a0: elle doit"],
    [de, { field: "name" }, "required", "Bitte geben Sie den Namen des Karteninhabers ein."],
    [de, { maxYearsAhead: 1 }, "too_far_ahead", "mehr als 1 Jahr in"],
    [ptBR, { field: "expiry" }, "required", "Informe a data de validade."],
    [tr, { field: "cvc" }, "required", "Güvenlik kodunu girin."],
    [ja, { field: "number", expected: [16, 19] }, "too_short", "16桁または19桁"],
    [
      zhCN,
      { field: "cvc", codeName: "CVV", expected: [3] },
      "cvc_length",
      "安全码（CVV）应为 3 位",
    ],
  ] as const)("%#: %s", (locale, params, code, text) => {
    expect(locale.messages[code](params as IssueParams)).toContain(text);
  });
});
