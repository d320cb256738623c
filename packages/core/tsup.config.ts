import { defineConfig } from "tsup";
import { modulePreset } from "../../tooling/tsup.preset.mjs";
import { encodedBrandTable } from "./scripts/encoded-brand-table.ts";

export default defineConfig(
  modulePreset(
    {
      index: "src/index.ts",
      internal: "src/internal.ts",
      "locales/en": "src/locales/en.ts",
      "locales/ru": "src/locales/ru.ts",
      "locales/es": "src/locales/es.ts",
      "locales/pt-BR": "src/locales/pt-BR.ts",
      "locales/de": "src/locales/de.ts",
      "locales/fr": "src/locales/fr.ts",
      "locales/tr": "src/locales/tr.ts",
      "locales/zh-CN": "src/locales/zh-CN.ts",
      "locales/ja": "src/locales/ja.ts",
      "locales/ar": "src/locales/ar.ts",
    },
    { esbuildPlugins: [encodedBrandTable] },
  ),
);
