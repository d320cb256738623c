// A tiny static server on 127.0.0.1 for the fixtures and the built examples. Unlike
// scripts/serve.mjs it answers the native form submits the leak audit makes (GET and POST to
// /submit), sends no `Cache-Control: no-store` (which would keep pages out of the back-forward
// cache) and can add a header per path (the CSP fixture). For the engines recorded from inside
// the page (Firefox, WebKit) it also logs every request it answers, with its body, and loads
// `recorder.js` first in every HTML page.
import { readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
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

const RECORDER_PATH = "/__e2e/recorder.js";
const RECORDER = readFileSync(new URL("./recorder.js", import.meta.url), "utf8");
/** Where the request log is read: `GET /__e2e/requests?from=N` answers `{ total, requests }`. */
const LOG_PATH = "/__e2e/requests";

/** Puts the recorder's script tag first in the page's head. */
function withRecorder(html) {
  const tag = `<script src="${RECORDER_PATH}"></script>`;
  return /<head[^>]*>/i.test(html)
    ? html.replace(/<head[^>]*>/i, (head) => head + tag)
    : tag + html;
}

/** Reads a request's body as text (null when it has none). */
function readBody(request) {
  return new Promise((done) => {
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => done(chunks.length ? Buffer.concat(chunks).toString("utf8") : null));
  });
}

/**
 * Serves `root` on a free port of 127.0.0.1.
 * @param {{ root: string, headers?: (url: URL) => Record<string, string>, log?: object[],
 *   recorder?: boolean }} options `log`: an array every answered request is appended to (shared
 *   by the servers of a run); `recorder`: load the page recorder first in every HTML page
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer({ root, headers = () => ({}), log, recorder = false }) {
  const base = resolve(root);
  let origin = "";
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const send = (status, type, body) => {
      response.writeHead(status, { "Content-Type": type, ...headers(url) });
      response.end(body);
    };
    if (url.pathname === LOG_PATH) {
      const from = Number(url.searchParams.get("from") ?? 0);
      return send(
        200,
        TYPES[".json"],
        JSON.stringify({ total: log?.length ?? 0, requests: log?.slice(from) ?? [] }),
      );
    }
    const body = await readBody(request);
    if (url.pathname === RECORDER_PATH) return send(200, TYPES[".js"], RECORDER);
    log?.push({
      url: `${origin}${request.url ?? "/"}`,
      method: request.method ?? "GET",
      headers: { ...request.headers },
      body,
    });
    const html = (text) => send(200, TYPES[".html"], recorder ? withRecorder(text) : text);
    if (url.pathname === "/favicon.ico") return send(204, "image/x-icon", "");
    if (url.pathname === "/submit") {
      return html("<!doctype html><title>Submitted</title><p>Submitted</p>");
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
    if (extname(path) === ".html") return html(await readFile(path, "utf8"));
    response.writeHead(200, {
      "Content-Type": TYPES[extname(path)] ?? "application/octet-stream",
      ...headers(url),
    });
    response.end(await readFile(path));
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", () => done(undefined)));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
