// The build step that ships the brand table encoded (see src/brands/brand-data-encoding.ts): when
// esbuild loads src/brands/brand-data.generated.ts, the readable file, it gets instead a module
// that decodes the same table from its encoded form. The readable file stays the source of truth
// (the generator writes it, a reviewer diffs it, sources and tests read it); the encoded form
// exists only in dist. tsup loads this file through its config, so it may import TypeScript.
import type { Options } from "tsup";
import { BRAND_DATA } from "../src/brands/brand-data.generated";
import { encodeBrandData } from "../src/brands/brand-data-encoding";

/** An esbuild plugin, as tsup takes them. */
type EsbuildPlugin = NonNullable<Options["esbuildPlugins"]>[number];

/** The readable table's module, by path. */
const READABLE_TABLE = /[\\/]src[\\/]brands[\\/]brand-data\.generated\.ts$/;

/** The module the build uses in place of the readable table: same export, encoded data. */
const encodedModule = `// Built by scripts/encoded-brand-table.ts from brand-data.generated.ts.
import { decodeBrandData } from "./brand-data-encoding";

export const BRAND_DATA = decodeBrandData(${JSON.stringify(encodeBrandData(BRAND_DATA))});
`;

/** Replaces the readable brand table with its encoded form in core's bundles. */
export const encodedBrandTable: EsbuildPlugin = {
  name: "cardward-encoded-brand-table",
  setup(build) {
    build.onLoad({ filter: READABLE_TABLE }, () => ({ contents: encodedModule, loader: "ts" }));
  },
};
