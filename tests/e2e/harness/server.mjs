// A tiny static server on 127.0.0.1 for the fixtures and the built examples. Unlike
// scripts/serve.mjs it answers the native form submits the leak audit makes (GET and POST to
// /submit), sends no `Cache-Control: no-store` (which would keep pages out of the back-forward
// cache) and can add a header per path (the CSP fixture).
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".map": "application/json",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

/**
 * Serves `root` on a free port of 127.0.0.1.
 * @param {{ root: string, headers?: (url: URL) => Record<string, string> }} options
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer({ root, headers = () => ({}) }) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const send = (status, type, body) => {
      response.writeHead(status, { "Content-Type": type, ...headers(url) });
      response.end(body);
    };
    if (url.pathname === "/favicon.ico") return send(204, "image/x-icon", "");
    if (url.pathname === "/submit") {
      request.resume();
      return request.on("end", () =>
        send(200, TYPES[".html"], "<!doctype html><title>Submitted</title><p>Submitted</p>"),
      );
    }
    if (request.method !== "GET" && request.method !== "HEAD") return send(405, "text/plain", "");
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (path !== base && !path.startsWith(base + sep)) return send(403, "text/plain", "");
    try {
      if ((await stat(path)).isDirectory()) path = join(path, "index.html");
      await stat(path);
    } catch {
      return send(404, "text/plain", "Not found");
    }
    response.writeHead(200, {
      "Content-Type": TYPES[extname(path)] ?? "application/octet-stream",
      ...headers(url),
    });
    createReadStream(path).pipe(response);
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", () => done(undefined)));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
