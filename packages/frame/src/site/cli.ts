// `cardward-frame`: builds the static frame site, or builds and serves it for development.
//
//   cardward-frame build --config frame.config.json [--out frame-site]
//   cardward-frame dev   --config frame.config.json [--out frame-site] [--port 5174] [--jwks keys.json]
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_JWKS_PATH } from "../protocol/config";
import { buildFrameSite, checkFrameConfig } from "./build-site";
import { serveFrameSite } from "./serve-site";

const USAGE = `Usage:
  cardward-frame build --config frame.config.json [--out frame-site]
  cardward-frame dev   --config frame.config.json [--out frame-site] [--port 5174] [--jwks keys.json]

  --jwks: a JWK Set file served at the configuration's issuerJwks path (re-read at each request).`;

const DEFAULT_DEV_PORT = 5174;

/** Where the configuration says its JWK Set is served. */
const jwksPath = (config: unknown) =>
  checkFrameConfig(config).issuerJwks?.path ?? DEFAULT_JWKS_PATH;

/** Runs the command line; resolves to the exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      config: { type: "string" },
      out: { type: "string", default: "frame-site" },
      port: { type: "string", default: String(DEFAULT_DEV_PORT) },
      jwks: { type: "string" },
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
    ...(values.jwks ? { jwks: { file: resolve(values.jwks), path: jwksPath(config) } } : {}),
  });
  process.stdout.write(`Serving the frame at ${served.origin}${site.framePath}\n`);
  return new Promise((done) => {
    process.once("SIGINT", () => served.close().then(() => done(0)));
  });
}
