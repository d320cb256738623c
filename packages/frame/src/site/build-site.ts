// Builds the static frame site from the frame origin's configuration: the versioned frame
// document with the configuration inside it, the hashed script and stylesheet, and the headers
// to serve them with as files for common hosts.
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { CONFIG_ELEMENT_ID, type FrameConfig, frameConfigSchema } from "../protocol/config";
import { INVALID } from "../protocol/schema";
import { FRAME_PATH } from "../protocol/version";
import { FRAME_CSS } from "./frame-css";
import { frameHeaders, netlifyHeaders, nginxSnippet, vercelJson } from "./headers";

/** How many hex digits of the content's SHA-256 go into an asset's name. */
const HASH_LENGTH = 12;

/** What {@link buildFrameSite} wrote. */
export interface BuiltSite {
  /** The frame document's path on the frame origin, e.g. `/v1/frame.html`. */
  readonly framePath: string;
  /** Every file written, relative to the output directory. */
  readonly files: readonly string[];
  /** The headers every response must carry. */
  readonly headers: readonly (readonly [string, string])[];
}

/** The configuration checked, or an error naming what is wrong (no key material in it). */
export function checkFrameConfig(input: unknown): FrameConfig {
  const config = frameConfigSchema(input);
  if (config === INVALID) {
    throw new Error(
      "Invalid frame configuration: it needs `parentOrigins` (exact origins such as " +
        '"https://shop.example"), `encryptionKey` (an RSA public JWK, without private members) ' +
        "or `issuerKeys` (public EC P-256 or Ed25519 JWKs with a kid) and/or `issuerJwks` " +
        '({ "frameOrigin": the frame\'s own origin, "path": "/.well-known/jwks.json" }), ' +
        "and optionally `fonts` (family names) and `allowBin` (boolean).",
    );
  }
  return config;
}

const hashed = (name: string, ext: string, content: string) =>
  `${name}.${createHash("sha256").update(content).digest("hex").slice(0, HASH_LENGTH)}.${ext}`;

/** The frame document: no inline script or style; the configuration as a JSON data block. */
function frameDocument(config: FrameConfig, script: string, style: string): string {
  // `<` is escaped so the JSON cannot close its element.
  const json = JSON.stringify(config).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Card field</title>
<link rel="stylesheet" href="${style}">
<script type="application/json" id="${CONFIG_ELEMENT_ID}">${json}</script>
<script type="module" src="${script}"></script>
</head>
<body><main></main></body>
</html>
`;
}

/**
 * The built runtime bundle, found from the package's root so it is the same file whether this
 * module runs from `dist/` or (in the repository's tests) from `src/`.
 */
function defaultRuntimePath(): string {
  const manifest = createRequire(import.meta.url).resolve("@cardward/frame/package.json");
  return join(dirname(manifest), "dist", "site", "frame.js");
}

/**
 * Writes the frame site for `config` into `outDir`, with the runtime bundle read from
 * `runtimePath` (the package's `dist/site/frame.js` by default).
 */
export async function buildFrameSite(
  input: unknown,
  outDir: string,
  runtimePath: string = defaultRuntimePath(),
): Promise<BuiltSite> {
  const config = checkFrameConfig(input);
  const runtime = await readFile(runtimePath, "utf8");
  const version = FRAME_PATH.split("/")[1] ?? "v1";
  const script = hashed("frame", "js", runtime);
  const style = hashed("frame", "css", FRAME_CSS);
  const headers = frameHeaders(config);
  const files: Record<string, string> = {
    [`${version}/${script}`]: runtime,
    [`${version}/${style}`]: FRAME_CSS,
    [FRAME_PATH.slice(1)]: frameDocument(config, script, style),
    _headers: netlifyHeaders(headers),
    "vercel.json": vercelJson(headers),
    "nginx.conf": nginxSnippet(headers),
    "headers.json": `${JSON.stringify(Object.fromEntries(headers), null, 2)}\n`,
  };
  await mkdir(join(outDir, version), { recursive: true });
  for (const [path, content] of Object.entries(files)) await writeFile(join(outDir, path), content);
  return { framePath: FRAME_PATH, files: Object.keys(files), headers };
}
