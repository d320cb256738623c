/** What {@link startIsolatedFrames} started. */
export interface IsolatedFrames {
  /** The frame site's origin (`http://localhost:PORT`). */
  readonly frameOrigin: string;
  /** The environment `next start` needs for the isolated checkout (keys as JWK JSON, origins). */
  readonly env: {
    readonly CARDWARD_PAGE_ORIGIN: string;
    readonly CARDWARD_FRAME_ORIGIN: string;
    readonly CARDWARD_SIGNING_KEY: string;
    readonly CARDWARD_DECRYPTION_KEY: string;
  };
  /** Stops the frame site and deletes its files. */
  close(): Promise<void>;
}
/** Builds and serves the frame site for the Next.js example's isolated checkout. */
export declare function startIsolatedFrames(options: {
  /** The Next page's origin, exactly (the frame's `frame-ancestors`, the contexts' audience). */
  pageOrigin: string;
  /** @default 0 (a free port) */
  port?: number;
  /** @default "localhost" */
  host?: string;
}): Promise<IsolatedFrames>;
