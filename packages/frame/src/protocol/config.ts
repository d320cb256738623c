// The frame origin's own configuration: which pages may embed the frames, whom the card is
// encrypted to, which fonts the styles may name. It is written into frame.html by the build and
// read by the runtime; nothing in it comes from the page.
import {
  array,
  boolean,
  INVALID,
  type Infer,
  object,
  optional,
  type Schema,
  string,
} from "./schema";

/** An exact origin: scheme, host and optional port, nothing else (no path, no wildcard). */
export const ORIGIN_PATTERN = /^https?:\/\/(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/;

const base64url = (max: number) => string(max, /^[A-Za-z0-9_-]+$/);

/** An RSA public key as a JWK. A private member (`d`, `p`, ...) makes it invalid. */
export const publicRsaJwkSchema: Schema<{
  readonly kty: "RSA";
  readonly n: string;
  readonly e: string;
  readonly kid?: string | undefined;
}> = (input) => {
  if (typeof input !== "object" || input === null) return INVALID;
  if (["d", "p", "q", "dp", "dq", "qi"].some((key) => Object.hasOwn(input, key))) return INVALID;
  const parsed = object({
    kty: string(3, /^RSA$/),
    n: base64url(2048),
    e: base64url(16),
    kid: optional(string(128)),
  })(input);
  return parsed === INVALID ? INVALID : ({ ...parsed, kty: "RSA" } as const);
};

/** The frame origin's configuration. */
export const frameConfigSchema = object({
  /** The pages allowed to embed the frames (also written as `frame-ancestors`). */
  parentOrigins: array(string(256, ORIGIN_PATTERN), 64),
  /** The key the card is encrypted to (RSA, for `RSA-OAEP-256`). */
  encryptionKey: publicRsaJwkSchema,
  /** Font families the frame serves itself, which styles may name besides system fonts. */
  fonts: optional(array(string(64, /^[\w -]+$/), 16)),
  /** Whether a page may ask for the BIN (first 6 or 8 digits) in the number's state. */
  allowBin: optional(boolean),
});

/** The frame origin's configuration. */
export type FrameConfig = Infer<typeof frameConfigSchema>;

/** The id of the element in frame.html that holds the configuration as JSON. */
export const CONFIG_ELEMENT_ID = "cardward-frame-config";
