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
}): { context: Route; open: Route };
