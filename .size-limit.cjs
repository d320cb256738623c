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
  // Isolated mode (issue 21). The frame site's one script is everything a field frame runs:
  // core, the protocol, and @cardward/server/frame's verifyCaptureContext + sealCard with jose
  // (most of its weight). The page SDK holds no card code. Measured 30.05, 7.06 and 11.1 KB; limits sit just above so
  // any growth is a decision; the frame bundle is served by the merchant's frame origin and
  // cached, the page SDK is on the checkout's critical path.
  {
    name: "@cardward/frame site bundle (frame.js, with core, server/frame and jose)",
    path: "packages/frame/dist/site/frame.js",
    limit: "31 KB",
    gzip,
  },
  {
    name: "@cardward/isolated mountIsolatedFields (page SDK)",
    path: "packages/isolated/dist/index.js",
    import: "{ mountIsolatedFields }",
    limit: "7.5 KB",
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
