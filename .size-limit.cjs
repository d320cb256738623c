// Size budgets, minified and gzipped, enforced by `pnpm test` (`pnpm size`). Each entry bundles
// the built package the way a merchant's bundler would, with tree-shaking.
//
// Targets (issues 2 and 9): all of core 7.5 KB, validateNumber 6 KB, mountCardFields with core
// 11 KB, each adapter 1 KB over dom. Every row is enforced at its target. All of core (which
// since issue 3 also holds the edit model, formatting, Sensitive and the Standard Schema objects)
// has the least room: check `node tests/bench/breakdown.mjs` for where bytes go before adding to
// it, and never raise a limit without saying why.
const gzip = true;
const VALIDATORS =
  "{ detectBrand, brandCandidates, luhn, validateNumber, validateExpiry, validateCvc, validateCardholderName, validatePostalCode, validateCard }";
module.exports = [
  {
    name: "@cardward/core validators (target 7.5 KB)",
    path: "packages/core/dist/index.js",
    import: VALIDATORS,
    limit: "7.5 KB",
    gzip,
  },
  {
    name: "@cardward/core validateNumber (target 6 KB)",
    path: "packages/core/dist/index.js",
    import: "{ validateNumber }",
    limit: "6 KB",
    gzip,
  },
  {
    name: "@cardward/core everything (target 7.5 KB)",
    path: "packages/core/dist/index.js",
    import: "*",
    limit: "7.5 KB",
    gzip,
  },
  {
    name: "@cardward/dom mountCardFields with core (target 11 KB)",
    path: "packages/dom/dist/index.js",
    import: "{ mountCardFields }",
    limit: "11 KB",
    gzip,
  },
  {
    name: "@cardward/react useCardFields with dom (dom's limit + 1 KB)",
    path: "packages/react/dist/index.js",
    import: "{ useCardFields }",
    limit: "12 KB",
    gzip,
    ignore: ["react", "react-dom"],
  },
  {
    name: "@cardward/vue useCardFields with dom (dom's limit + 1 KB)",
    path: "packages/vue/dist/index.js",
    import: "{ useCardFields }",
    limit: "12 KB",
    gzip,
    ignore: ["vue"],
  },
];
