// Reading the Next.js example's Content-Security-Policy: one nonce per response (proxy.ts), so the
// CSP suite checks the policy's shape (what it must hold, what it must never hold) and that the
// scripts Next rendered carry the response's nonce, instead of comparing one fixed string.

/** A policy, parsed. */
export interface ParsedPolicy {
  /** Each directive's sources, by directive name. */
  readonly directives: ReadonlyMap<string, readonly string[]>;
  /** The script nonce (`'nonce-…'` in script-src), or undefined. */
  readonly nonce: string | undefined;
}

const NONCE_SOURCE = /^'nonce-([A-Za-z0-9+/=_-]+)'$/;

/** Parses a `Content-Security-Policy` header value. */
export function parsePolicy(header: string | null): ParsedPolicy {
  const directives = new Map<string, readonly string[]>();
  for (const part of (header ?? "").split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  const nonce = (directives.get("script-src") ?? [])
    .map((source) => NONCE_SOURCE.exec(source)?.[1])
    .find((value) => value !== undefined);
  return { directives, nonce };
}

/** What the production policy must say, directive by directive (exact sources, nonce aside). */
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  "default-src": ["'self'"],
  "script-src": ["'self'", "'nonce'"],
  "style-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "frame-ancestors": ["'none'"],
  "require-trusted-types-for": ["'script'"],
};

/** Sources that would undo the policy for scripts or styles. */
const FORBIDDEN = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "data:", "http:"];

/**
 * What is wrong with the Next example's production policy: each required directive with other
 * sources than listed (the nonce written `'nonce'`), and any forbidden source in any directive.
 */
export function nextPolicyProblems(header: string | null): string[] {
  const { directives, nonce } = parsePolicy(header);
  const problems: string[] = [];
  for (const [name, expected] of Object.entries(REQUIRED)) {
    const sources = (directives.get(name) ?? []).map((source) =>
      nonce !== undefined && source === `'nonce-${nonce}'` ? "'nonce'" : source,
    );
    if (sources.join(" ") !== expected.join(" ")) {
      problems.push(`${name}: ${sources.join(" ") || "(missing)"}`);
    }
  }
  for (const [name, sources] of directives) {
    for (const source of sources.filter((item) => FORBIDDEN.includes(item))) {
      problems.push(`${name} allows ${source}`);
    }
  }
  return problems;
}

/** The `nonce` attribute of every `<script>` in an HTML document (empty for one without). */
export function scriptNonces(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/g)].map(
    ([tag]) => /\snonce="([^"]*)"/.exec(tag)?.[1] ?? "",
  );
}
