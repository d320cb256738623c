// The isolated checkout's server configuration, read from the environment at request time:
// `server/isolated-frames.mjs` sets it for `pnpm start` and the browser tests. A real shop keeps
// the private keys in its secret store and publishes the signing key's public half as the frame
// origin's issuer key.
import { isPrivateJwk, type PrivateJwk } from "@cardward/server";

/** What the route handlers need. */
export interface IsolatedConfig {
  /** The checkout page's origin: the capture contexts' audience. */
  readonly pageOrigin: string;
  /** The frame site's origin: where the card frames come from. */
  readonly frameOrigin: string;
  /** Signs capture contexts (its public half is pinned in the frame site). */
  readonly signingKey: PrivateJwk;
  /** Opens the cards the frame sealed to the key inside each context. */
  readonly decryptionKey: PrivateJwk;
}

/** Whether a parsed value is a JWK with private members. */
function isPrivateKey(value: unknown): value is PrivateJwk {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof Reflect.get(value, "kty") === "string" &&
    isPrivateJwk(value)
  );
}

/** A private JWK from a variable holding its JSON, or undefined. */
function privateKey(json: string | undefined): PrivateJwk | undefined {
  if (json === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(json);
    return isPrivateKey(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The configuration, or undefined when the frame site is not running (plain `next dev`). */
export function isolatedConfig(): IsolatedConfig | undefined {
  const pageOrigin = process.env.CARDWARD_PAGE_ORIGIN;
  const frameOrigin = process.env.CARDWARD_FRAME_ORIGIN;
  const signingKey = privateKey(process.env.CARDWARD_SIGNING_KEY);
  const decryptionKey = privateKey(process.env.CARDWARD_DECRYPTION_KEY);
  if (!pageOrigin || !frameOrigin || !signingKey || !decryptionKey) return undefined;
  return { pageOrigin, frameOrigin, signingKey, decryptionKey };
}
