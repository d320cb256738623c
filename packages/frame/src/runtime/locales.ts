import { en, type Locale } from "@cardward/core";
import { ar } from "@cardward/core/locales/ar";
import { de } from "@cardward/core/locales/de";
import { es } from "@cardward/core/locales/es";
import { fr } from "@cardward/core/locales/fr";
import { ja } from "@cardward/core/locales/ja";
import { ptBR } from "@cardward/core/locales/pt-BR";
import { ru } from "@cardward/core/locales/ru";
import { tr } from "@cardward/core/locales/tr";
import { zhCN } from "@cardward/core/locales/zh-CN";
import type { LocaleTag } from "../protocol/messages";

/** Every locale the frame carries, by tag: the page names one (functions cannot cross). */
export const LOCALES: Readonly<Record<LocaleTag, Locale>> = {
  en,
  ar,
  de,
  es,
  fr,
  ja,
  "pt-BR": ptBR,
  ru,
  tr,
  "zh-CN": zhCN,
};
