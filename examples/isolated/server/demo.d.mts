/** What {@link startIsolatedDemo} starts. */
export interface IsolatedDemo {
  readonly frameOrigin: string;
  readonly publicJwk: JsonWebKey & { kid: string };
  readonly privateKey: CryptoKey;
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
