// Runs the built Next.js example (`next start`, its server action needs a server) on a free port
// of 127.0.0.1 for the run, telemetry off, with the frame site of its isolated checkout on
// `localhost` (another site: the frames are cross-site, as in production) and the development
// keys its route handlers read from the environment.
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, existsSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startIsolatedFrames } from "../../../examples/next/server/isolated-frames.mjs";

/** How long `next start` may take to answer its first request. */
const START_TIMEOUT_MS = 30_000;
/** How often the page is asked for while the server starts. */
const POLL_MS = 200;

/**
 * Where the server of the example at `origin` writes what it prints (stdout and stderr) for the
 * run: the leak audit reads it, since `next dev` is known to print server action arguments.
 */
export function nextServerLogPath(origin: string): string {
  return join(tmpdir(), `cardward-e2e-next-${new URL(origin).port}.log`);
}

/** What the Next.js server at `origin` printed so far. */
export function readNextServerLog(origin: string): string {
  return readFileSync(nextServerLogPath(origin), "utf8");
}

/** A running Next.js example. */
export interface NextServer {
  /** Its origin, `http://127.0.0.1:PORT`. */
  readonly origin: string;
  /** The isolated checkout's frame site, `http://localhost:PORT2`. */
  readonly frameOrigin: string;
  /** Stops the server and the frame site. */
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
  const origin = `http://127.0.0.1:${port}`;
  const frames = await startIsolatedFrames({ pageOrigin: origin });
  const child = spawn(
    join(dir, "node_modules", ".bin", "next"),
    ["start", "-H", "127.0.0.1", "-p", `${port}`],
    {
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...frames.env, NEXT_TELEMETRY_DISABLED: "1" },
    },
  );
  // Everything it prints goes to the log; its errors to this process's stderr as well.
  const log = createWriteStream(nextServerLogPath(origin));
  child.stdout?.pipe(log, { end: false });
  child.stderr?.on("data", (chunk: Buffer) => {
    log.write(chunk);
    process.stderr.write(chunk);
  });
  const stopNext = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once("exit", () => done());
      child.kill("SIGTERM");
    });
  const stop = async () => {
    await stopNext();
    await frames.close();
    await new Promise<void>((done) => log.end(done));
    rmSync(nextServerLogPath(origin), { force: true });
  };
  try {
    await ready(`${origin}/`, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, frameOrigin: frames.frameOrigin, stop };
}
