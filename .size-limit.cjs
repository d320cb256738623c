// Size budgets, minified and gzipped, enforced by `pnpm test` (`pnpm size`). Each entry bundles
// the built package the way a merchant's bundler would, with tree-shaking.
//
// Budgets (issue 17): readability comes before bytes. What servers and forms import stays small
// (validateNumber 3.5 KB, every validator 5.5 KB); all of core (validators, the edit model,
// formatting, Sensitive, the Standard Schema objects) 8.5 KB; mountCardFields with core 12 KB;
// each adapter at most 1 KB over dom (13 KB). These are ceilings, not targets: a change made only
// to save bytes may never make the code harder to read, change a public output or type, or add a
// cast (the style guide). `node tests/bench/breakdown.mjs` shows where bytes go; never
// raise a limit without saying why.
const gzip = true;
const VALIDATORS =
  "{ detectBrand, brandCandidates, luhn, validateNumber, validateExpiry, validateCvc, validateCardholderName, validatePostalCode, validateCard }";
module.exports = [
  {
    name: "@cardward/core validateNumber (budget 3.5 KB)",
    path: "packages/core/dist/index.js",
    import: "{ validateNumber }",
    limit: "3.5 KB",
    gzip,
  },
  {
    name: "@cardward/core validators, detectBrand ... validateCard (budget 5.5 KB)",
    path: "packages/core/dist/index.js",
    import: VALIDATORS,
    limit: "5.5 KB",
    gzip,
  },
  {
    name: "@cardward/core everything (budget 8.5 KB)",
    path: "packages/core/dist/index.js",
    import: "*",
    limit: "8.5 KB",
    gzip,
  },
  {
    name: "@cardward/dom mountCardFields with core (budget 12 KB)",
    path: "packages/dom/dist/index.js",
    import: "{ mountCardFields }",
    limit: "12 KB",
    gzip,
  },
  {
    name: "@cardward/react useCardFields with dom (dom's budget + 1 KB)",
    path: "packages/react/dist/index.js",
    import: "{ useCardFields }",
    limit: "13 KB",
    gzip,
    ignore: ["react", "react-dom"],
  },
  {
    name: "@cardward/vue useCardFields with dom (dom's budget + 1 KB)",
    path: "packages/vue/dist/index.js",
    import: "{ useCardFields }",
    limit: "13 KB",
    gzip,
    ignore: ["vue"],
  },
];
