// Runs the built Next.js example (`next start`, its server action needs a server) on a free port
// of 127.0.0.1 for the run, telemetry off.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

/** How long `next start` may take to answer its first request. */
const START_TIMEOUT_MS = 30_000;
/** How often the page is asked for while the server starts. */
const POLL_MS = 200;

/** A running Next.js example. */
export interface NextServer {
  /** Its origin, `http://127.0.0.1:PORT`. */
  readonly origin: string;
  /** Stops the server. */
  stop(): Promise<void>;
}

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/** Resolves once `url` answers 200, rejects after {@link START_TIMEOUT_MS} or if `child` exits. */
async function ready(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`next start did not answer ${url} within ${START_TIMEOUT_MS} ms`);
}

/** Starts `examples/next` if it is built (`.next/BUILD_ID`); undefined otherwise. */
export async function startNextExample(repo: string): Promise<NextServer | undefined> {
  const dir = join(repo, "examples", "next");
  if (!existsSync(join(dir, ".next", "BUILD_ID"))) return undefined;
  const port = await freePort();
  const child = spawn(
    join(dir, "node_modules", ".bin", "next"),
    ["start", "-H", "127.0.0.1", "-p", `${port}`],
    {
      cwd: dir,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once("exit", () => done());
      child.kill("SIGTERM");
    });
  try {
    await ready(`${origin}/`, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, stop };
}
