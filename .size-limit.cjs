// Size budgets, minified and gzipped, enforced by `pnpm test` (`pnpm size`). Each entry bundles
// the built package the way a merchant's bundler would, with tree-shaking.
const gzip = true;
module.exports = [
  {
    name: "@cardward/core (everything)",
    path: "packages/core/dist/index.js",
    import: "*",
    limit: "7.5 KB",
    gzip,
  },
  {
    name: "@cardward/core validateNumber",
    path: "packages/core/dist/index.js",
    import: "{ validateNumber }",
    limit: "6 KB",
    gzip,
  },
  {
    name: "@cardward/dom mountCardFields (with core)",
    path: "packages/dom/dist/index.js",
    import: "{ mountCardFields }",
    limit: "11 KB",
    gzip,
  },
  {
    name: "@cardward/react useCardFields (with dom)",
    path: "packages/react/dist/index.js",
    import: "{ useCardFields }",
    limit: "12 KB",
    gzip,
    ignore: ["react", "react-dom"],
  },
  {
    name: "@cardward/vue useCardFields (with dom)",
    path: "packages/vue/dist/index.js",
    import: "{ useCardFields }",
    limit: "12 KB",
    gzip,
    ignore: ["vue"],
  },
];
