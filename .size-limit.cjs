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
// Where the limits stand above the budgets, and why. Sizes from `pnpm build && pnpm size`; each
// feature's cost from `node scripts/size-attribution.mjs`, which bundles a row from the sources
// with the feature left out (its exports not imported, or its modules replaced by stubs), gzip -9.
// Two structural changes won bytes without touching behaviour or types: the brand table ships
// encoded, built from the readable generated file (-0.16 KB on every core row), and core ships
// one file per module, so `sideEffects: false` drops what an import does not reach (Sensitive's
// class, whose computed symbol keys kept it in every bundle: -0.27 KB on validateNumber, -0.49 KB
// on the isolated page SDK).
// - validateNumber 4.10 KB (4.53 before), 0.60 over: issue 14's hardening, the option checks with
//   CardwardError invalid_option and options read as own properties, is 0.78 KB of it. The rest:
//   the brand table (about 0.95 KB encoded) and every English message (a Locale is one object).
// - every validator 6.88 KB (7.07 before), 1.38 over: the option checks 0.50 KB and the expiry
//   entry guard 0.04 KB (issue 14), Sensitive values as input 0.29 KB, and the readable expiry
//   validator (named constants, Verdict objects, each issue's own params; its module alone is the
//   largest of core, 3.1 KB minified).
// - all of core 13.72 KB (13.89 before), 5.22 over: the edit model is 4.97 KB of it (issue 15's
//   undo history 0.63, split month/year inputs 0.60, expiry slots and typing 0.76; the number, CVC,
//   name and postal-code models before them), the option checks 0.42 and entry guards 0.28
//   (issue 14), the Standard Schema objects 0.30.
// - mountCardFields 20.35 KB (20.53 before), 8.35 over: the core it uses is 11.84 KB (the edit
//   model and validators above) and the binding's own code 8.7 KB. Named features: issue 15's
//   per-field undo history 0.57, split month/year inputs 0.80, expiry slots 0.76; issue 16's
//   input/change events 0.17; issue 14's option checks 0.48 and entry guards 0.29. That is 3.1 KB;
//   the other 5.3 KB over is the binding as issues 11-16 made it (settings, name guard, form
//   warnings, live region, error slots, CVC attributes, focus moves, bfcache wipe, prefilled
//   values, the controller API), which a 12 KB budget with 11.8 KB of core inside cannot hold.
// - the adapters are within their budget (dom + 1 KB): react 20.94 KB (21.13), vue 21.04 (21.22).
// - Integration (perf + house merged): every core row +0.11 KB for core copying a frozen options
//   object once instead of on every call (a keystroke saving, `own-options.ts`); mountCardFields
//   +0.48 KB for the binding split into one-job modules and clear()'s input events (issue 16).
//   Measured then: validateNumber 4.21, validators 6.99, all of core 13.83, mountCardFields
//   20.83, react 21.41, vue 21.51 KB.
// - The browser's own Undo and Redo (issue 15's context menu items): mountCardFields +0.37 KB for
//   the token steps offered to a context menu about to open (`menu-history.ts`) and the capture
//   listener that takes an Undo aimed at another input (`browser-history.ts`). Measured then:
//   mountCardFields 21.20, react 21.81, vue 21.90 KB.
// The limits are the measured sizes rounded up to the next 0.1 KB, so nothing grows unseen while
// the lead decides the budgets.
const BUDGET_NOTE = "over budget, see the note above";
const gzip = true;
const VALIDATORS =
  "{ detectBrand, brandCandidates, luhn, validateNumber, validateExpiry, validateCvc, validateCardholderName, validatePostalCode, validateCard }";
module.exports = [
  {
    name: `@cardward/core validateNumber (budget 3.5 KB; ${BUDGET_NOTE})`,
    path: "packages/core/dist/index.js",
    import: "{ validateNumber }",
    limit: "4.3 KB",
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
    limit: "13.9 KB",
    gzip,
  },
  {
    name: `@cardward/dom mountCardFields with core (budget 12 KB; ${BUDGET_NOTE})`,
    path: "packages/dom/dist/index.js",
    import: "{ mountCardFields }",
    limit: "21.3 KB",
    gzip,
  },
  {
    name: "@cardward/react useCardFields with dom (budget: dom's limit + 1 KB)",
    path: "packages/react/dist/index.js",
    import: "{ useCardFields }",
    limit: "21.9 KB",
    gzip,
    ignore: ["react", "react-dom"],
  },
  {
    name: "@cardward/vue useCardFields with dom (budget: dom's limit + 1 KB)",
    path: "packages/vue/dist/index.js",
    import: "{ useCardFields }",
    limit: "22 KB",
    gzip,
    ignore: ["vue"],
  },
  // Isolated mode (issue 21). The frame site's one script is everything a field frame runs:
  // core, the protocol, and @cardward/server/frame's verifyCaptureContext + sealCard with jose
  // (most of its weight). The page SDK holds no card code. Measured 35.52, 7.94 and 11.1 KB after
  // the round's merge (core's hardening and edit model reach the frame too), 35.30, 7.30 and 11.1
  // with core's encoded brand table and per-module files; limits sit just above so any growth is
  // a decision; the frame bundle is served by the merchant's frame origin and
  // cached, the page SDK is on the checkout's critical path.
  // House round: the frame 36.48 KB (the JWK Set fetch for issuer keys, and the field frame split
  // into modules of one job each), the page SDK 8.28 KB before core's per-module files, 7.67 KB after (its split, and commands held until the
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
    limit: "7.8 KB",
    gzip,
  },
  {
    name: "@cardward/server/frame verifyCaptureContext + sealCard (with jose)",
    path: "packages/server/dist/frame.js",
    import: "{ verifyCaptureContext, sealCard }",
    limit: "11.2 KB",
    gzip,
  },
];
