// Serves a built frame site on this machine with its headers: what `cardward-frame dev` runs and
// what the examples and browser tests use. GET and HEAD only, no cookies, nothing outside `dir`.
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { extname, resolve, sep } from "node:path";
import { DEFAULT_JWKS_PATH } from "../protocol/config";
import { readIssuerJwks } from "../runtime/issuer-jwks";
import type { Header } from "./headers";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".woff2": "font/woff2",
};

/** Options of {@link serveFrameSite}. */
export interface ServeFrameSiteOptions {
  /** The built site's directory. */
  readonly dir: string;
  /** The headers of every response (from the build). */
  readonly headers: readonly Header[];
  /** @default 0 (a free port) */
  readonly port?: number;
  /** @default "127.0.0.1" */
  readonly host?: string;
  /**
   * The issuer keys' JWK Set to serve (the configuration's `issuerJwks`): `file` is read at every
   * request, so a key added to it (rotation) is served without a restart. Only its public issuer
   * keys are served; a file that is not a JWK Set answers 500.
   */
  readonly jwks?: { readonly file: string; readonly path?: string };
}

/** A running frame site. */
export interface ServedFrameSite {
  /** `http://host:port` (no trailing slash: an origin). */
  readonly origin: string;
  readonly server: Server;
  close(): Promise<void>;
}

type Send = (status: number, extra?: Record<string, string | number>) => void;

/** Answers a request for the JWK Set from its file: the public issuer keys only, never cached. */
async function sendJwks(
  file: string,
  common: Record<string, string>,
  response: ServerResponse,
  send: Send,
): Promise<void> {
  const keys = readIssuerJwks(await readFile(file, "utf8").catch(() => ""));
  if (keys === null) return send(500);
  const body = JSON.stringify({ keys });
  response.writeHead(200, {
    ...common,
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-cache",
  });
  response.end(response.req.method === "HEAD" ? undefined : body);
}

/** Answers one request with a file of `base` (or the JWK Set), with the site's headers. */
async function answer(
  options: ServeFrameSiteOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const base = resolve(options.dir);
  const common = Object.fromEntries(options.headers);
  const send: Send = (status, extra = {}) => {
    response.writeHead(status, { ...common, "Content-Type": "text/plain", ...extra });
    response.end(request.method === "HEAD" || status === 200 ? undefined : `${status}\n`);
  };
  if (request.method !== "GET" && request.method !== "HEAD")
    return send(405, { Allow: "GET, HEAD" });
  const path = decodeURIComponent(new URL(request.url ?? "/", "http://frame").pathname);
  const jwks = options.jwks;
  if (jwks && path === (jwks.path ?? DEFAULT_JWKS_PATH)) {
    return sendJwks(jwks.file, common, response, send);
  }
  const file = resolve(base, `.${path}`);
  const type = TYPES[extname(file)];
  const info = await stat(file).catch(() => null);
  if (!type || !file.startsWith(base + sep) || !info?.isFile()) return send(404);
  const immutable = !file.endsWith(".html");
  response.writeHead(200, {
    ...common,
    "Content-Type": type,
    "Content-Length": info.size,
    "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
  });
  if (request.method === "HEAD") response.end();
  else createReadStream(file).pipe(response);
}

/**
 * Serves the frame site; only files with a known type are served (not the header snippets), and
 * the issuer keys' JWK Set when `jwks` is given.
 */
export async function serveFrameSite(options: ServeFrameSiteOptions): Promise<ServedFrameSite> {
  const server = createServer((request, response) => void answer(options, request, response));
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, host, () => done());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    origin: `http://${host}:${port}`,
    server,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
