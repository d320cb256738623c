// Bundle size of each cardward entry point against the libraries a merchant would otherwise pick.
// Every entry is bundled the way a merchant's bundler would (esbuild: bundle, minify, ESM,
// tree-shaking, no down-levelling; framework and zod peers external), then compressed with gzip -9
// and brotli -q 11, the settings size-limit uses. Sizes are deterministic: one build per entry is enough.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { build } from "esbuild";
import { cardwardAlias, entryOf, here } from "./workspace.mjs";

const dist = (pkg) => entryOf(pkg);

/** Budgets in bytes (1 KB = 1000 B, as size-limit counts), min+gzip: issue 17's, as .size-limit.cjs. */
export const BUDGETS = {
  core: 8500,
  validateNumber: 3500,
  mountCardFields: 12000,
  adapterOverDom: 1000,
};

/**
 * The entries measured: `code` is the module a merchant's app would contain.
 * `budget` is a function of the measured sizes so the adapters can be checked against dom.
 */
export const ENTRIES = [
  {
    id: "core",
    name: "@cardward/core (everything)",
    code: `export * from ${JSON.stringify(dist("core"))};`,
    budget: () => BUDGETS.core,
  },
  {
    id: "validateNumber",
    name: "@cardward/core validateNumber",
    code: `export { validateNumber } from ${JSON.stringify(dist("core"))};`,
    budget: () => BUDGETS.validateNumber,
  },
  {
    id: "dom",
    name: "@cardward/dom mountCardFields",
    code: `export { mountCardFields } from ${JSON.stringify(dist("dom"))};`,
    budget: () => BUDGETS.mountCardFields,
  },
  {
    id: "react",
    name: "@cardward/react useCardFields",
    code: `export { useCardFields } from ${JSON.stringify(dist("react"))};`,
    budget: (sizes) => (sizes.dom ? sizes.dom.gzip + BUDGETS.adapterOverDom : undefined),
    budgetNote: "dom + 1 KB",
  },
  {
    id: "vue",
    name: "@cardward/vue useCardFields",
    code: `export { useCardFields } from ${JSON.stringify(dist("vue"))};`,
    budget: (sizes) => (sizes.dom ? sizes.dom.gzip + BUDGETS.adapterOverDom : undefined),
    budgetNote: "dom + 1 KB",
  },
  {
    id: "zod",
    name: "@cardward/zod card",
    code: `export { card } from ${JSON.stringify(dist("zod"))};`,
  },
  {
    id: "card-validator",
    name: "card-validator",
    peer: true,
    code: `import cv from "card-validator"; export default cv;`,
  },
  {
    id: "payment",
    name: "payment",
    peer: true,
    code: `import Payment from "payment"; export default Payment;`,
  },
  {
    id: "cleave-zen",
    name: "cleave-zen + card-validator",
    peer: true,
    code: `export { formatCreditCard, formatDate, formatGeneral, registerCursorTracker, unformatCreditCard } from "cleave-zen";
import cv from "card-validator"; export { cv };`,
  },
  {
    id: "imask",
    name: "imask",
    peer: true,
    code: `import IMask from "imask"; export default IMask;`,
  },
  {
    id: "maskito",
    name: "maskito (@maskito/core + @maskito/kit)",
    peer: true,
    code: `export { Maskito } from "@maskito/core"; export { maskitoDateOptionsGenerator } from "@maskito/kit";`,
  },
  {
    id: "react-payment-inputs",
    name: "react-payment-inputs",
    peer: true,
    code: `export { usePaymentInputs } from "react-payment-inputs";`,
  },
];

/** The packages the measured bundles come from, for the report's version list. */
export const PEER_PACKAGES = [
  "card-validator",
  "payment",
  "cleave-zen",
  "imask",
  "@maskito/core",
  "@maskito/kit",
  "react-payment-inputs",
  "esbuild",
];

// Declared peer dependencies stay external, as a merchant already has them: react-payment-inputs
// declares styled-components as a peer (and its index imports it even for the hook alone).
const EXTERNAL = ["react", "react-dom", "react/jsx-runtime", "vue", "zod", "styled-components"];

/** Bundles one entry and returns its minified, gzipped and brotli sizes in bytes. */
export async function bundleSize(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: here, loader: "js", sourcefile: "entry.js" },
    bundle: true,
    minify: true,
    format: "esm",
    treeShaking: true,
    platform: "browser",
    external: EXTERNAL,
    alias: cardwardAlias(),
    define: { "process.env.NODE_ENV": '"production"' },
    write: false,
    logLevel: "silent",
  });
  const bytes = result.outputFiles[0].contents;
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/** Measures every entry; a cardward entry whose package is not built yet is reported as missing. */
export async function measureSizes() {
  const sizes = {};
  const missing = [];
  for (const entry of ENTRIES) {
    if (!entry.peer && !existsSync(dist(entry.id === "validateNumber" ? "core" : entry.id))) {
      missing.push(entry.name);
      continue;
    }
    sizes[entry.id] = await bundleSize(entry.code);
  }
  const rows = ENTRIES.filter((e) => sizes[e.id]).map((e) => {
    const budget = e.budget?.(sizes);
    return {
      id: e.id,
      name: e.name,
      peer: Boolean(e.peer),
      ...sizes[e.id],
      budget,
      budgetNote: e.budgetNote,
      withinBudget: budget === undefined ? undefined : sizes[e.id].gzip <= budget,
    };
  });
  return { rows, missing };
}

const SOURCE_ENTRY = {
  core: ["core", "*"],
  validateNumber: ["core", "{ validateNumber }"],
  dom: ["dom", "{ mountCardFields }"],
  react: ["react", "{ useCardFields }"],
  vue: ["vue", "{ useCardFields }"],
  zod: ["zod", "{ card }"],
};

/**
 * What a cardward entry is made of: the same bundle built from the TypeScript sources, with the
 * minified bytes each source file contributes (gzip is not additive; the shares carry over).
 */
export async function sizeBreakdown(id, top = 12) {
  const [pkg, names] = SOURCE_ENTRY[id];
  const file = JSON.stringify(entryOf(pkg, true));
  const result = await build({
    stdin: { contents: `export ${names} from ${file};`, resolveDir: here, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    treeShaking: true,
    platform: "browser",
    alias: cardwardAlias(true),
    external: EXTERNAL,
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  const [output] = Object.values(result.metafile.outputs);
  const total = output.bytes;
  const modules = Object.entries(output.inputs)
    .map(([path, { bytesInOutput }]) => ({
      path: path.replace(/^(\.\.\/)+/, ""),
      bytes: bytesInOutput,
    }))
    .filter((m) => m.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  return {
    id,
    total,
    modules: modules.slice(0, top),
    rest: modules.slice(top).reduce((n, m) => n + m.bytes, 0),
  };
}

/** Renders a breakdown as Markdown. */
export function breakdownMarkdown(b, row) {
  const lines = [
    "",
    `What ${row.name} is made of (${b.total} B minified from sources; ${kb(row.gzip)} gzip, over budget by ${row.gzip - row.budget} B):`,
    "",
    "| source file | min bytes | share |",
    "|---|--:|--:|",
    ...b.modules.map(
      (m) => `| ${m.path} | ${m.bytes} | ${((m.bytes / b.total) * 100).toFixed(1)}% |`,
    ),
  ];
  if (b.rest)
    lines.push(`| (the other files) | ${b.rest} | ${((b.rest / b.total) * 100).toFixed(1)}% |`);
  return lines.join("\n");
}

const kb = (n) => `${(n / 1000).toFixed(2)} KB`;

/** Renders the size tables (sizes, then cardward/peer gzip ratios) as Markdown. */
export function sizesMarkdown({ rows, missing }) {
  const lines = ["| bundle | min | gzip | brotli | budget (gzip) |", "|---|--:|--:|--:|---|"];
  for (const r of rows) {
    const budget =
      r.budget === undefined
        ? ""
        : `${kb(r.budget)}${r.budgetNote ? ` (${r.budgetNote})` : ""} ${r.withinBudget ? "met" : `**missed by ${r.gzip - r.budget} B**`}`;
    lines.push(`| ${r.name} | ${kb(r.min)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${budget} |`);
  }
  for (const m of missing) lines.push(`| ${m} | not built | | | |`);
  const ours = rows.filter((r) => !r.peer);
  const peers = rows.filter((r) => r.peer);
  if (ours.length && peers.length) {
    lines.push(
      "",
      "Gzip size of each cardward entry divided by each peer's (below 1.00x: cardward is smaller):",
      "",
      `| cardward \\ peer | ${peers.map((p) => p.name).join(" | ")} |`,
      `|---|${peers.map(() => "--:").join("|")}|`,
    );
    for (const o of ours) {
      lines.push(
        `| ${o.name} | ${peers.map((p) => `${(o.gzip / p.gzip).toFixed(2)}x`).join(" | ")} |`,
      );
    }
  }
  return lines.join("\n");
}

/** The size targets, each met or missed, for the report's summary. */
export function sizeTargets({ rows }) {
  return rows
    .filter((r) => r.budget !== undefined)
    .map((r) => ({
      target: `${r.name} <= ${kb(r.budget)} gzip${r.budgetNote ? ` (${r.budgetNote})` : ""}`,
      measured: kb(r.gzip),
      met: r.withinBudget,
      note: r.withinBudget ? "" : `over by ${r.gzip - r.budget} B`,
    }));
}

/** The size tables plus a breakdown of every entry over its budget. */
export async function sizesReport(result) {
  const parts = [sizesMarkdown(result)];
  for (const row of result.rows.filter((r) => r.withinBudget === false)) {
    parts.push(breakdownMarkdown(await sizeBreakdown(row.id), row));
  }
  return parts.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${await sizesReport(await measureSizes())}\n`);
}
