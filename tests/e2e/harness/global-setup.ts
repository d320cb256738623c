// Starts what every suite shares: one Chromium (as a Playwright browser server the test files
// connect to), the fixture bundles, and a static server per origin (the fixtures, and each
// example's built `dist`).
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import type { TestProject } from "vitest/node";
import { CHROMIUM_ARGS, findChromium, IGNORED_DEFAULT_ARGS, INSTALL_HINT } from "./chromium.mjs";
import { STRICT_CSP } from "./constants";
import { startServer } from "./server.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const E2E = dirname(HERE);
const REPO = dirname(dirname(E2E));
const EXAMPLES = ["vanilla", "react", "vue"] as const;

/** What the global setup hands to every test file. */
export interface E2eContext {
  /** The Playwright browser server to `chromium.connect()` to. */
  readonly wsEndpoint: string;
  /** The fixtures' origin (`tests/e2e/fixtures`). */
  readonly fixtures: string;
  /** Each built example's origin, keyed by name; missing when that example is not built. */
  readonly examples: Readonly<Partial<Record<(typeof EXAMPLES)[number], string>>>;
}

declare module "vitest" {
  export interface ProvidedContext {
    e2e: E2eContext;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  if (!existsSync(join(REPO, "packages/dom/dist/index.js"))) {
    throw new Error(
      "packages/dom is not built: run `pnpm build` (or `pnpm test:e2e`, which builds).",
    );
  }
  if (!process.env.E2E_PARTIAL)
    await build({
      entryPoints: [join(E2E, "fixtures/src/*.ts")],
      outdir: join(E2E, "fixtures/build"),
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      logLevel: "warning",
    });
  const browserServer = await chromium.launchServer({
    executablePath,
    args: CHROMIUM_ARGS,
    ignoreDefaultArgs: IGNORED_DEFAULT_ARGS,
    headless: true,
  });
  const servers = [
    await startServer({
      root: join(E2E, "fixtures"),
      headers: (url) =>
        url.pathname.startsWith("/csp") ? { "Content-Security-Policy": STRICT_CSP } : {},
    }),
  ];
  const examples: Partial<Record<(typeof EXAMPLES)[number], string>> = {};
  const snapshots = mkdtempSync(join(tmpdir(), "cardward-e2e-"));
  for (const name of EXAMPLES) {
    const built = join(REPO, "examples", name, "dist");
    if (!existsSync(join(built, "index.html"))) continue;
    // A snapshot, so a rebuild during the run (pnpm start, another build) cannot pull files away.
    const dist = join(snapshots, name);
    cpSync(built, dist, { recursive: true });
    // `?csp` serves the example under the strict policy (the CSP suite).
    const server = await startServer({
      root: dist,
      headers: (url) =>
        url.searchParams.has("csp") ? { "Content-Security-Policy": STRICT_CSP } : {},
    });
    servers.push(server);
    examples[name] = server.origin;
  }
  project.provide("e2e", {
    wsEndpoint: browserServer.wsEndpoint(),
    fixtures: servers[0]?.origin ?? "",
    examples,
  });
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
    await browserServer.close();
    rmSync(snapshots, { recursive: true, force: true });
  };
}
