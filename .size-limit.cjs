// Size budgets, minified and gzipped, enforced by `pnpm test` (`pnpm size`). Each entry bundles
// the built package the way a merchant's bundler would, with tree-shaking.
//
// Budgets (issue 17): readability comes before bytes. What servers and forms import stays small
// (validateNumber 3.5 KB, every validator 5.5 KB); all of core (validators, the edit model,
// formatting, Sensitive, the Standard Schema objects) 8.5 KB; mountCardFields with core 12 KB;
// each adapter at most 1 KB over dom. These are ceilings, not targets: a change made only
// to save bytes may never make the code harder to read, change a public output or type, or add a
// cast (the style guide). `node tests/bench/breakdown.mjs` shows where bytes go; never
// raise a limit without saying why.
//
// Where the limits stand above the budgets, and why (core-merge: core-safety + core-edit merged;
// sizes from `pnpm size`, each feature's cost measured by leaving its exports out of a scratch
// esbuild bundle of packages/core/dist, min+gzip -9):
// - validateNumber 4.53 KB, 1.03 KB over: the hardening that makes "never throws" and "own
//   properties only" true (option checks with CardwardError invalid_option, the Symbol.for brands,
//   the entry guards) about 0.55 KB, the readable brand table (one entry per brand instead of an
//   encoded string) about 0.43 KB (core-safety's measurements).
// - every validator 7.07 KB, 1.57 KB over: the same hardening and brand table, plus the readable
//   expiry validator (named constants, a Verdict object, too_far_ahead's params) about 0.3 KB.
// - all of core 13.89 KB, 5.39 KB over: the edit model is 5.0 KB of it (the undo history 0.63 KB,
//   the split month/year inputs 0.60 KB, commitExpiry 0.11 KB, the expiry slots and fast paths the
//   rest), the Standard Schema objects 0.29 KB, formatExpiry's options 0.07 KB.
// - mountCardFields 20.53 KB, 8.53 KB over: core's growth above (15.69 KB once core was merged),
//   then issue 15/16's binding work, which now pulls in what tree-shaking used to drop: the undo
//   history and the split month/year models from core, the per-field history, the events form
//   libraries need (`input`, `change`), the expiry commit on blur and caret moves, and the
//   starter theme's `data-card-valid` (measured at integration, `pnpm size`).
// - the adapters are within their budget (dom + 1 KB): react 21.13 KB, vue 21.22 KB.
// The limits are the measured sizes rounded up, so nothing grows unseen while the lead decides;
// an encoded brand table as a build product would win back about 0.4 KB on every row.
const BUDGET_NOTE = "over budget, see the note above";
const gzip = true;
const VALIDATORS =
  "{ detectBrand, brandCandidates, luhn, validateNumber, validateExpiry, validateCvc, validateCardholderName, validatePostalCode, validateCard }";
module.exports = [
  {
    name: `@cardward/core validateNumber (budget 3.5 KB; ${BUDGET_NOTE})`,
    path: "packages/core/dist/index.js",
    import: "{ validateNumber }",
    limit: "4.6 KB",
    gzip,
  },
  {
    name: `@cardward/core validators, detectBrand ... validateCard (budget 5.5 KB; ${BUDGET_NOTE})`,
    path: "packages/core/dist/index.js",
    import: VALIDATORS,
    limit: "7.1 KB",
    gzip,
  },
  {
    name: `@cardward/core everything (budget 8.5 KB; ${BUDGET_NOTE})`,
    path: "packages/core/dist/index.js",
    import: "*",
    limit: "14 KB",
    gzip,
  },
  {
    name: `@cardward/dom mountCardFields with core (budget 12 KB; ${BUDGET_NOTE})`,
    path: "packages/dom/dist/index.js",
    import: "{ mountCardFields }",
    limit: "20.6 KB",
    gzip,
  },
  {
    name: "@cardward/react useCardFields with dom (budget: dom's limit + 1 KB)",
    path: "packages/react/dist/index.js",
    import: "{ useCardFields }",
    limit: "21.3 KB",
    gzip,
    ignore: ["react", "react-dom"],
  },
  {
    name: "@cardward/vue useCardFields with dom (budget: dom's limit + 1 KB)",
    path: "packages/vue/dist/index.js",
    import: "{ useCardFields }",
    limit: "21.3 KB",
    gzip,
    ignore: ["vue"],
  },
  // Isolated mode (issue 21). The frame site's one script is everything a field frame runs:
  // core, the protocol, and @cardward/server/frame's verifyCaptureContext + sealCard with jose
  // (most of its weight). The page SDK holds no card code. Measured 35.52, 7.94 and 11.1 KB after the round's merge
  // (core's hardening and edit model reach the frame too); limits sit just above so
  // any growth is a decision; the frame bundle is served by the merchant's frame origin and
  // cached, the page SDK is on the checkout's critical path.
  // House round: the frame 36.48 KB (the JWK Set fetch for issuer keys, and the field frame split
  // into modules of one job each), the page SDK 8.28 KB (its split, and commands held until the
  // handshake): readability and a feature, not growth by accident.
  {
    name: "@cardward/frame site bundle (frame.js, with core, server/frame and jose)",
    path: "packages/frame/dist/site/frame.js",
    limit: "36.6 KB",
    gzip,
  },
  {
    name: "@cardward/isolated mountIsolatedFields (page SDK)",
    path: "packages/isolated/dist/index.js",
    import: "{ mountIsolatedFields }",
    limit: "8.4 KB",
    gzip,
  },
  {
    name: "@cardward/server/frame verifyCaptureContext + sealCard (with jose)",
    path: "packages/server/dist/frame.js",
    import: "{ verifyCaptureContext, sealCard }",
    limit: "11.5 KB",
    gzip,
  },
];
