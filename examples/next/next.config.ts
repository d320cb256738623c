import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";

/** The repository root: the app imports the examples' shared stylesheet from outside its folder. */
const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

const config: NextConfig = {
  turbopack: { root: ROOT },
  // `pnpm typecheck` checks the app (tsc): the build skips its own pass to keep `pnpm test` fast.
  typescript: { ignoreBuildErrors: true },
  // No `X-Powered-By: Next.js` header on the checkout's responses.
  poweredByHeader: false,
};

export default config;
