// `pnpm start`: installs dependencies if this is a fresh clone, builds the packages the examples
// use and the three examples (skipping what is already up to date), then serves a gallery of them
// on 127.0.0.1 under a strict Content-Security-Policy.
//
//   pnpm start              PORT=8080 pnpm start
//   pnpm start --force      rebuild everything
//   pnpm start --no-csp     serve without the Content-Security-Policy header
//   pnpm start --build-only build, then exit
//
// The Next.js example runs its own server (`next start`, for its server action) on
// http://127.0.0.1:PORT+2/ (PORT+2 being 5175 by default); its isolated checkout (/isolated) has
// its card frames on http://localhost:PORT+3/ (another site than 127.0.0.1), built for development
// keys generated at every start and handed to `next start` in its environment.
//
// The isolated example runs on http://localhost:PORT/isolated/ with its card frames served from
// http://127.0.0.1:5174/ (another site: both are secure contexts without HTTPS), built for a
// development key pair generated at every start.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./serve.mjs";

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const PACKAGES = ["core", "dom", "react", "vue", "server", "frame", "isolated"];
const EXAMPLES = ["vanilla", "react", "react-hook-form", "vue", "isolated"];
const args = new Set(process.argv.slice(2));
const force = args.has("--force");

/** Runs pnpm in the repository root; exits with its status if it fails or we are stopped. */
async function pnpm(...argv) {
  const windows = process.platform === "win32";
  const child = spawn(windows ? "pnpm.cmd" : "pnpm", argv, {
    cwd: ROOT,
    stdio: "inherit",
    shell: windows,
  });
  const stop = () => child.kill("SIGTERM");
  process.once("SIGINT", stop).once("SIGTERM", stop);
  const [status, signal] = await new Promise((done) => {
    child.once("error", (error) => {
      console.error(`Could not run pnpm (${error.message}). Install pnpm 10 and retry.`);
      done([1, null]);
    });
    child.once("exit", (code, killed) => done([code, killed]));
  });
  process.off("SIGINT", stop).off("SIGTERM", stop);
  if (status !== 0) process.exit(status ?? (signal ? 130 : 1));
}

/** Where the Next.js example's server listens, from the gallery's port (the frames take +1). */
const NEXT_PORT_OFFSET = 2;

/** Where the Next.js example's card frames are served, from the gallery's port. */
const NEXT_FRAMES_PORT_OFFSET = 3;

/**
 * Starts the built Next.js example's production server on 127.0.0.1:`port`, telemetry off, with
 * `env` (its isolated checkout's frame origin and keys) added to its environment.
 */
function startNext(port, env) {
  const windows = process.platform === "win32";
  return spawn(
    windows ? "pnpm.cmd" : "pnpm",
    [
      "--filter",
      "@cardward/example-next",
      "exec",
      "next",
      "start",
      "-H",
      "127.0.0.1",
      "-p",
      `${port}`,
    ],
    {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      shell: windows,
      env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" },
    },
  );
}

/** The newest modification time of the files under `paths` (0 if none exist). */
function newest(paths) {
  let latest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const info = statSync(path);
    if (!info.isDirectory()) latest = Math.max(latest, info.mtimeMs);
    else {
      for (const entry of readdirSync(path)) {
        if (entry === "node_modules" || entry === "dist" || entry === ".next") continue;
        latest = Math.max(latest, newest([join(path, entry)]));
      }
    }
  }
  return latest;
}

/** When `marker` was built, or -1 if it does not exist. */
function builtAt(marker) {
  return existsSync(marker) ? statSync(marker).mtimeMs : -1;
}

if (!existsSync(join(ROOT, "node_modules", ".modules.yaml"))) {
  console.log("Installing dependencies (pnpm install)...");
  await pnpm("install", "--frozen-lockfile");
}

const packageDirs = PACKAGES.map((name) => join(ROOT, "packages", name));
const packageMarkers = packageDirs.map((dir) => join(dir, "dist", "index.js"));
const packagesBuilt = Math.min(...packageMarkers.map(builtAt));
// What a package's build reads (not its tests, which change far more often).
const packageInputs = newest([
  ...packageDirs.flatMap((dir) =>
    ["src", "package.json", "tsup.config.ts", "tsconfig.json"].map((file) => join(dir, file)),
  ),
  join(ROOT, "tooling", "tsup.preset.mjs"),
  join(ROOT, "tsconfig.base.json"),
]);
if (force || packagesBuilt < packageInputs) {
  console.log(`Building ${PACKAGES.map((name) => `@cardward/${name}`).join(", ")}...`);
  await pnpm(
    "-r",
    ...PACKAGES.flatMap((name) => ["--filter", `@cardward/${name}`]),
    "run",
    "build",
  );
}

const builtPackages = Math.max(...packageMarkers.map(builtAt));
const stale = EXAMPLES.filter((name) => {
  const dir = join(ROOT, "examples", name);
  const inputs = Math.max(newest([dir, join(ROOT, "examples", "shared")]), builtPackages);
  return force || builtAt(join(dir, "dist", "index.html")) < inputs;
});
if (stale.length > 0) {
  console.log(`Building the ${stale.join(", ")} example${stale.length > 1 ? "s" : ""}...`);
  await pnpm(
    "-r",
    ...stale.flatMap((name) => ["--filter", `@cardward/example-${name}`]),
    "run",
    "build",
  );
}

const NEXT_DIR = join(ROOT, "examples", "next");
const nextInputs = Math.max(newest([NEXT_DIR, join(ROOT, "examples", "shared")]), builtPackages);
if (force || builtAt(join(NEXT_DIR, ".next", "BUILD_ID")) < nextInputs) {
  console.log("Building the next example...");
  await pnpm("--filter", "@cardward/example-next", "run", "build");
}

if (args.has("--build-only")) process.exit(0);

const requested = Number.parseInt(process.env.PORT ?? "", 10);
// The isolated example's routes are filled in once the page's port, hence its origin, is known.
const routes = {};
let frameSrc = "";
const { url, port, close } = await serve({
  routes,
  cspFor: (path) =>
    path.startsWith("/isolated/") && !args.has("--no-csp")
      ? `default-src 'self'; script-src 'self'; style-src 'self'; frame-src ${frameSrc}`
      : undefined,
  root: {
    "/": join(ROOT, "examples", "gallery"),
    ...Object.fromEntries(
      EXAMPLES.map((name) => [`/${name}/`, join(ROOT, "examples", name, "dist")]),
    ),
  },
  port: Number.isInteger(requested) && requested >= 0 ? requested : 5173,
  csp: !args.has("--no-csp"),
});

const { startIsolatedDemo } = await import("../examples/isolated/server/demo.mjs");
const demo = await startIsolatedDemo({ pageOrigin: `http://localhost:${port}` });
Object.assign(routes, demo.routes);
frameSrc = demo.frameOrigin;

console.log(`\ncardward examples: ${url}`);
for (const name of EXAMPLES.filter((name) => name !== "isolated")) {
  console.log(`  ${name.padEnd(15)} ${url}${name}/`);
}
console.log(
  `  isolated        http://localhost:${port}/isolated/ (card frames on ${demo.frameOrigin}/)`,
);
const nextOrigin = `http://127.0.0.1:${port + NEXT_PORT_OFFSET}`;
const { startIsolatedFrames } = await import("../examples/next/server/isolated-frames.mjs");
const nextFrames = await startIsolatedFrames({
  pageOrigin: nextOrigin,
  port: port + NEXT_FRAMES_PORT_OFFSET,
});
const nextApp = startNext(port + NEXT_PORT_OFFSET, nextFrames.env);
console.log(`  next            ${nextOrigin}/ (next start)`);
console.log(`  next-isolated   ${nextOrigin}/isolated (card frames on ${nextFrames.frameOrigin}/)`);
console.log("\nPress Ctrl+C to stop.");

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    nextApp.kill("SIGTERM");
    Promise.all([close(), demo.close(), nextFrames.close()]).finally(() => process.exit(0));
  });
}
