// `cardward-frame`: builds the static frame site, or builds and serves it for development.
//
//   cardward-frame build --config frame.config.json [--out frame-site]
//   cardward-frame dev   --config frame.config.json [--out frame-site] [--port 5174]
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildFrameSite } from "./build-site";
import { serveFrameSite } from "./serve-site";

const USAGE = `Usage:
  cardward-frame build --config frame.config.json [--out frame-site]
  cardward-frame dev   --config frame.config.json [--out frame-site] [--port 5174]`;

const DEFAULT_DEV_PORT = 5174;

/** Runs the command line; resolves to the exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      config: { type: "string" },
      out: { type: "string", default: "frame-site" },
      port: { type: "string", default: String(DEFAULT_DEV_PORT) },
    },
  });
  const [command] = positionals;
  if ((command !== "build" && command !== "dev") || !values.config) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = JSON.parse(await readFile(resolve(values.config), "utf8")) as unknown;
  const out = resolve(values.out);
  const site = await buildFrameSite(config, out);
  process.stdout.write(`Frame site written to ${out} (${site.files.length} files).\n`);
  if (command === "build") return 0;
  const served = await serveFrameSite({
    dir: out,
    headers: site.headers,
    port: Number(values.port),
  });
  process.stdout.write(`Serving the frame at ${served.origin}${site.framePath}\n`);
  return new Promise((done) => {
    process.once("SIGINT", () => served.close().then(() => done(0)));
  });
}
