import type { JwkPair, ReplayStore } from "@cardward/server";

type Route = (
  request: import("node:http").IncomingMessage,
  response: import("node:http").ServerResponse,
) => Promise<void>;

/** The checkout's server routes: a capture context per checkout, and opening the card. */
export declare function checkoutRoutes(keys: {
  signing: JwkPair;
  encryption: JwkPair;
  replayStore: ReplayStore;
  pageOrigin: string;
  frameOrigin: string;
  /**
   * Every issuer key the frame accepts now (pinned and in its JWK Set), which api/open verifies a
   * card's capture context against. @default () => [signing.publicJwk]
   */
  issuerKeys?: () => readonly import("@cardward/server").PublicJwk[];
}): { context: Route; open: Route };
