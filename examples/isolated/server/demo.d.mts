/** What {@link startIsolatedDemo} starts. */
export interface IsolatedDemo {
  readonly frameOrigin: string;
  /** The capture-context signing pair (its public half is the frame's pinned issuer key). */
  readonly signing: import("@cardward/server").JwkPair;
  /** A signing pair whose public half is only in the frame origin's JWK Set (not pinned). */
  readonly published: import("@cardward/server").JwkPair;
  /**
   * Replaces the frame origin's JWK Set (`/.well-known/jwks.json`) with these pairs' public
   * halves: a key rotation, served at once, with no rebuild of the frame site.
   */
  publishIssuerKeys(pairs: readonly { readonly publicJwk: import("jose").JWK }[]): void;
  /** The pair cards are encrypted to (its public half travels inside each capture context). */
  readonly encryption: import("@cardward/server").JwkPair;
  /** Where api/open consumes each context's jti. */
  readonly replayStore: import("@cardward/server").ReplayStore;
  readonly routes: Record<
    string,
    (
      request: import("node:http").IncomingMessage,
      response: import("node:http").ServerResponse,
    ) => void
  >;
  /** The built frame site's directory and headers (to serve it again under other headers). */
  readonly site: { readonly dir: string; readonly headers: readonly (readonly [string, string])[] };
  close(): Promise<void>;
}
export declare function startIsolatedDemo(options: {
  pageOrigin: string;
  framePort?: number;
  prefix?: string;
}): Promise<IsolatedDemo>;
