// A tiny static file server for the built examples: `pnpm start` serves the gallery with it, and
// the browser tests reuse it (optionally with a strict Content-Security-Policy header).
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, resolve, sep } from "node:path";

/** The policy the examples must run under: no inline script or style anywhere. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * @typedef {object} ServeOptions
 * @property {string | Record<string, string>} root a directory, or URL prefixes mapped to
 *   directories, e.g. `{ "/": "examples/gallery", "/react/": "examples/react/dist" }`
 * @property {number} [port] the port to listen on; `0` picks a free one. Default: 0
 * @property {string} [host] the address to listen on. Default: "127.0.0.1"
 * @property {boolean} [fallback] when `port` is taken, listen on a free port instead of failing.
 *   Default: true
 * @property {boolean | string} [csp] send a Content-Security-Policy header: `true` for
 *   {@link STRICT_CSP}, or the policy itself. Default: false
 * @property {Record<string, string>} [headers] extra headers sent with every response
 * @property {(path: string) => string | undefined} [cspFor] a policy for some paths (replacing
 *   `csp` there), e.g. a page that embeds frames from another origin
 * @property {Record<string, Route>} [routes] handlers for exact paths (any method), answered
 *   before static files: the isolated example's server routes
 */

/**
 * @callback Route
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 * @returns {void | Promise<void>}
 */

/**
 * @typedef {object} Served
 * @property {string} url the server's address, ending in `/`
 * @property {number} port the port it listens on
 * @property {import("node:http").Server} server the underlying server
 * @property {() => Promise<void>} close stops the server
 */

/**
 * Serves static files over HTTP on 127.0.0.1 (GET and HEAD only; directories answer with their
 * `index.html`; nothing outside the mounted directories is reachable).
 *
 * @param {ServeOptions} options
 * @returns {Promise<Served>}
 * @example
 * const { url, close } = await serve({ root: "examples/vanilla/dist", csp: true });
 */
export async function serve({
  root,
  port = 0,
  host = "127.0.0.1",
  fallback = true,
  csp = false,
  headers = {},
  cspFor = () => undefined,
  routes = {},
}) {
  const mounts = Object.entries(typeof root === "string" ? { "/": root } : root)
    .map(([prefix, dir]) => [prefix.endsWith("/") ? prefix : `${prefix}/`, resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);
  const common = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    ...(csp ? { "Content-Security-Policy": csp === true ? STRICT_CSP : csp } : {}),
    ...headers,
  };

  const server = createServer(async (request, response) => {
    const send = (status, extra = {}, body = "") => {
      response.writeHead(status, { ...common, "Content-Type": TYPES[".txt"], ...extra });
      response.end(request.method === "HEAD" ? undefined : body);
    };
    const route = routes[new URL(request.url ?? "/", "http://localhost").pathname];
    if (route) return route(request, response);
    if (request.method !== "GET" && request.method !== "HEAD") {
      return send(405, { Allow: "GET, HEAD" }, "Method not allowed\n");
    }
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      return send(400, {}, "Bad request\n");
    }
    if (path.includes("\0")) return send(400, {}, "Bad request\n");
    const mount = mounts.find(([prefix]) => path.startsWith(prefix) || `${path}/` === prefix);
    if (!mount) return path === "/favicon.ico" ? send(204) : send(404, {}, "Not found\n");
    const [prefix, dir] = mount;
    let file = resolve(dir, `.${path.slice(prefix.length - 1)}`);
    if (file !== dir && !file.startsWith(dir + sep)) return send(404, {}, "Not found\n");
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      if (!path.endsWith("/")) return send(301, { Location: `${path}/` }, "");
      file = resolve(file, "index.html");
      info = await stat(file).catch(() => null);
    }
    if (!info?.isFile()) {
      // Browsers ask for a favicon the pages do not have: answer without a console error.
      return path === "/favicon.ico" ? send(204) : send(404, {}, "Not found\n");
    }
    const policy = cspFor(path);
    response.writeHead(200, {
      ...common,
      ...(policy ? { "Content-Security-Policy": policy } : {}),
      "Content-Type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": info.size,
    });
    if (request.method === "HEAD") return response.end();
    createReadStream(file)
      .on("error", () => response.destroy())
      .pipe(response);
  });

  const listen = (p) =>
    new Promise((done, fail) => {
      server.once("error", fail);
      server.listen(p, host, () => {
        server.off("error", fail);
        done();
      });
    });
  try {
    await listen(port);
  } catch (error) {
    if (!fallback || port === 0 || error?.code !== "EADDRINUSE") throw error;
    await listen(0);
  }
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${actual}/`,
    port: actual,
    server,
    close: () =>
      new Promise((done, fail) => {
        server.closeAllConnections?.();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
