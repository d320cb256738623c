// The checkout's Content-Security-Policy, built per request around a fresh nonce (proxy.ts). Next
// renders inline scripts of its own (the React Server Components payload, the bootstrap): it reads
// the nonce from the request's policy and puts it on each of them, so no 'unsafe-inline' is needed.

/** What the policy depends on. */
export interface PolicyOptions {
  /** This request's nonce, base64. */
  readonly nonce: string;
  /**
   * The frame site's origin, on the isolated checkout's page when it is configured: the only
   * origin it may frame. Every other page frames nothing.
   */
  readonly frameOrigin?: string | undefined;
  /**
   * `next dev` only: React's development build evaluates code for its call stacks, and the dev
   * overlay injects styles. Never in production (`next start`).
   */
  readonly development: boolean;
}

/** The policy's directives, one per line, in the order they are sent. */
export function contentSecurityPolicy({ nonce, frameOrigin, development }: PolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${development ? " 'unsafe-eval'" : ""}`,
    // Production styles are stylesheet files from this origin; the dev overlay inlines its own.
    `style-src 'self'${development ? " 'unsafe-inline'" : ""}`,
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    `frame-src ${frameOrigin ?? "'none'"}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Next's runtime creates its own Trusted Types policy where it loads chunks.
    "require-trusted-types-for 'script'",
  ];
  return directives.join("; ");
}
