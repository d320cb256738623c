import { defineConfig } from "tsup";
import { preset } from "../../tooling/tsup.preset.mjs";

export default defineConfig(preset({ index: "src/index.ts", frame: "src/frame.ts" }));
