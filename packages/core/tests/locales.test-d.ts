import { describe, expectTypeOf, it } from "vitest";
import type { Locale, MessageFormatter } from "../src/locale/types";
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
import type { CardField, IssueCode } from "../src/types";

describe("Locale", () => {
  it("is every locale's type", () => {
    for (const locale of [en, ru, es, ptBR, de, fr, tr, zhCN, ja, ar]) {
      expectTypeOf(locale).toEqualTypeOf<Locale>();
    }
  });

  it("has exactly one formatter per issue code and a name per field", () => {
    expectTypeOf<keyof Locale["messages"]>().toEqualTypeOf<IssueCode>();
    expectTypeOf<Locale["messages"][IssueCode]>().toEqualTypeOf<MessageFormatter>();
    expectTypeOf<keyof Locale["fields"]>().toEqualTypeOf<CardField>();
  });

  it("rejects a locale that lacks a code", () => {
    const { luhn: _, ...partial } = en.messages;
    // @ts-expect-error: `luhn` is missing
    const broken: Locale = { ...en, messages: partial };
    expectTypeOf(broken).toEqualTypeOf<Locale>();
  });

  it("rejects a code that does not exist", () => {
    const broken: Locale = {
      ...en,
      // @ts-expect-error: `not_a_code` is not an IssueCode
      messages: { ...en.messages, not_a_code: () => "" },
    };
    expectTypeOf(broken.direction).toEqualTypeOf<"ltr" | "rtl">();
  });
});
