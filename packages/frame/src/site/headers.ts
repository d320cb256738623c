// The HTTP headers the frame site must be served with, and the same as snippets for common
// static hosts. `frame-ancestors` only works as a header (browsers ignore it in a <meta> tag).
import { type FrameConfig, issuerJwksUrl } from "../protocol/config";

/** A header name and value. */
export type Header = readonly [name: string, value: string];

/**
 * The Content-Security-Policy of the frame documents and their assets. `connect-src` is `'none'`,
 * or only the configured issuer JWK Set's URL (one path on the frame's own origin).
 */
export function frameCsp(
  config: Pick<FrameConfig, "parentOrigins"> & Partial<Pick<FrameConfig, "issuerJwks">>,
): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "font-src 'self'",
    `connect-src ${config.issuerJwks ? issuerJwksUrl(config.issuerJwks) : "'none'"}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${config.parentOrigins.join(" ") || "'none'"}`,
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join("; ");
}

/** Every header of every response of the frame site (no cookies are ever set). */
export function frameHeaders(
  config: Pick<FrameConfig, "parentOrigins"> & Partial<Pick<FrameConfig, "issuerJwks">>,
): Header[] {
  return [
    ["Content-Security-Policy", frameCsp(config)],
    ["Referrer-Policy", "no-referrer"],
    ["X-Content-Type-Options", "nosniff"],
    ["Origin-Agent-Cluster", "?1"],
    ["Cross-Origin-Resource-Policy", "same-origin"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(self)"],
  ];
}

/** Netlify's (and Cloudflare Pages') `_headers` file. */
export function netlifyHeaders(headers: readonly Header[]): string {
  const lines = headers.map(([name, value]) => `  ${name}: ${value}`);
  return `/*\n${lines.join("\n")}\n`;
}

/** Vercel's `vercel.json`. */
export function vercelJson(headers: readonly Header[]): string {
  const config = {
    headers: [{ source: "/(.*)", headers: headers.map(([key, value]) => ({ key, value })) }],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** An nginx `location` block to include in the frame origin's `server`. */
export function nginxSnippet(headers: readonly Header[]): string {
  const lines = headers.map(([name, value]) => `  add_header ${name} "${value}" always;`);
  return `location / {\n${lines.join("\n")}\n  try_files $uri =404;\n}\n`;
}
