// Starts what every suite shares: one browser of the run's engine (`E2E_ENGINE`, Chromium by
// default) the test files connect to, the fixture bundles, and a static server per origin (the
// fixtures, and each example's built `dist`).
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { TestProject } from "vitest/node";
import { STRICT_CSP } from "./constants";
import { ENGINES, type Engine } from "./driver";
import { type EngineEndpoint, launchEngine } from "./launch";
import { startNextExample } from "./next-server";
import { startServer } from "./server.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const E2E = dirname(HERE);
const REPO = dirname(dirname(E2E));
const EXAMPLES = ["vanilla", "react", "vue", "react-hook-form"] as const;

/** What the global setup hands to every test file. */
export interface E2eContext extends EngineEndpoint {
  /** The engine this run drives. */
  readonly engine: Engine;
  /** The test servers' request log (`GET ?from=N`), for the engines recorded from the page. */
  readonly requestLog: string;
  /** The fixtures' origin (`tests/e2e/fixtures`). */
  readonly fixtures: string;
  /** Each built example's origin, keyed by name; missing when that example is not built. */
  readonly examples: Readonly<Partial<Record<(typeof EXAMPLES)[number] | "next", string>>>;
}

declare module "vitest" {
  export interface ProvidedContext {
    e2e: E2eContext;
  }
}

/** The engine named by `E2E_ENGINE` (set by run.mjs), Chromium by default. */
export function runEngine(): Engine {
  const named = process.env.E2E_ENGINE ?? "chromium";
  const engine = ENGINES.find((candidate) => candidate === named);
  if (!engine) throw new Error(`E2E_ENGINE=${named} is not one of ${ENGINES.join(", ")}`);
  return engine;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const engine = runEngine();
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
  const launched = await launchEngine(engine);
  // Chromium records pages through the DevTools protocol; the others from inside the page.
  const recorder = engine !== "chromium";
  const log: object[] = [];
  const servers = [
    await startServer({
      log,
      recorder,
      root: join(E2E, "fixtures"),
      headers: (url) =>
        url.pathname.startsWith("/csp") ? { "Content-Security-Policy": STRICT_CSP } : {},
    }),
  ];
  const examples: Partial<Record<(typeof EXAMPLES)[number] | "next", string>> = {};
  const snapshots = mkdtempSync(join(tmpdir(), "cardward-e2e-"));
  for (const name of EXAMPLES) {
    const built = join(REPO, "examples", name, "dist");
    if (!existsSync(join(built, "index.html"))) continue;
    // A snapshot, so a rebuild during the run (pnpm start, another build) cannot pull files away.
    const dist = join(snapshots, name);
    cpSync(built, dist, { recursive: true });
    // `?csp` serves the example under the strict policy (the CSP suite).
    const server = await startServer({
      log,
      recorder,
      root: dist,
      headers: (url) =>
        url.searchParams.has("csp") ? { "Content-Security-Policy": STRICT_CSP } : {},
    });
    servers.push(server);
    examples[name] = server.origin;
  }
  // The Next.js example runs its own server (for its server action), built or not by run.mjs.
  const next = await startNextExample(REPO);
  if (next) examples.next = next.origin;
  const fixtures = servers[0]?.origin ?? "";
  project.provide("e2e", {
    ...launched.endpoint,
    engine,
    requestLog: `${fixtures}/__e2e/requests`,
    fixtures,
    examples,
  });
  return async () => {
    await Promise.all([...servers.map((server) => server.close()), next?.stop()]);
    await launched.stop();
    rmSync(snapshots, { recursive: true, force: true });
  };
}
