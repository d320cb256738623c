// The frame origin's own configuration: which pages may embed the frames, whom the card is
// encrypted to, which fonts the styles may name. It is written into frame.html by the build and
// read by the runtime; nothing in it comes from the page.
import {
  array,
  boolean,
  INVALID,
  type Infer,
  object,
  oneOf,
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

/** A public key that signs capture contexts (ES256 on P-256, or EdDSA on Ed25519), with its id. */
export interface IssuerJwk {
  readonly kty: "EC" | "OKP";
  readonly crv: "P-256" | "Ed25519";
  readonly x: string;
  readonly y?: string | undefined;
  readonly kid: string;
  readonly alg?: "ES256" | "EdDSA" | undefined;
}

/** Names of the members that only a private JWK has. */
const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "k"];

const ecIssuerJwkSchema = object({
  kty: oneOf<"EC">(["EC"]),
  crv: oneOf<"P-256">(["P-256"]),
  x: base64url(64),
  y: base64url(64),
  kid: string(128),
  alg: optional(oneOf<"ES256">(["ES256"])),
});

const okpIssuerJwkSchema = object({
  kty: oneOf<"OKP">(["OKP"]),
  crv: oneOf<"Ed25519">(["Ed25519"]),
  x: base64url(64),
  kid: string(128),
  alg: optional(oneOf<"EdDSA">(["EdDSA"])),
});

/**
 * A capture-context issuer's public key as a JWK (`EC` P-256 or `OKP` Ed25519, with a `kid`).
 * A private member (`d`, ...) makes it invalid: the configuration is public.
 */
export const issuerJwkSchema: Schema<IssuerJwk> = (input) => {
  if (typeof input !== "object" || input === null) return INVALID;
  if (PRIVATE_MEMBERS.some((key) => Object.hasOwn(input, key))) return INVALID;
  const ec = ecIssuerJwkSchema(input);
  return ec === INVALID ? okpIssuerJwkSchema(input) : ec;
};

/** The most issuer keys a frame pins at once (the current one and a few during rotation). */
export const MAX_ISSUER_KEYS = 8;

/** Where the frame origin serves its issuer keys' JWK Set unless its configuration says. */
export const DEFAULT_JWKS_PATH = "/.well-known/jwks.json";

/** A path on the frame origin: segments of unreserved characters, no query, no `..`. */
const JWKS_PATH_PATTERN = /^(\/(?!\.\.?(\/|$))[A-Za-z0-9._~-]+)+$/;

/** A JWK Set of issuer keys on the frame's own origin. */
export interface IssuerJwksLocation {
  /** The frame's own origin (the frame refuses a JWK Set anywhere else). */
  readonly frameOrigin: string;
  /** @default "/.well-known/jwks.json" */
  readonly path?: string | undefined;
}

const issuerJwksSchema = object({
  frameOrigin: string(256, ORIGIN_PATTERN),
  path: optional(string(256, JWKS_PATH_PATTERN)),
});

/** The URL of the configured JWK Set (the frame origin and the path, default or configured). */
export function issuerJwksUrl(location: IssuerJwksLocation): string {
  return `${location.frameOrigin}${location.path ?? DEFAULT_JWKS_PATH}`;
}

const frameConfigShape = object({
  /** The pages allowed to embed the frames (also written as `frame-ancestors`). */
  parentOrigins: array(string(256, ORIGIN_PATTERN), 64),
  /**
   * The key the card is encrypted to (RSA, for `RSA-OAEP-256`) when the frame does not use
   * capture contexts. Ignored when `issuerKeys` is set.
   */
  encryptionKey: optional(publicRsaJwkSchema),
  /**
   * The public keys that sign capture contexts. When set, capture contexts are required: the
   * frame encrypts only to the key inside a context it verified against these keys, and
   * `encryptionKey` is never used.
   */
  issuerKeys: optional(array(issuerJwkSchema, MAX_ISSUER_KEYS)),
  /**
   * A JWK Set of issuer keys served on the frame's own origin (`/.well-known/jwks.json` by
   * default), fetched by the frame for a context whose `kid` is not pinned in `issuerKeys`, so an
   * issuer key can be added without rebuilding the frame site. Capture contexts are then
   * required, as with `issuerKeys`; the CSP's `connect-src` allows that one URL.
   */
  issuerJwks: optional(issuerJwksSchema),
  /** Font families the frame serves itself, which styles may name besides system fonts. */
  fonts: optional(array(string(64, /^[\w -]+$/), 16)),
  /** Whether a page may ask for the BIN (first 6 or 8 digits) in the number's state. */
  allowBin: optional(boolean),
});

/** The frame origin's configuration. */
export type FrameConfig = Infer<typeof frameConfigShape>;

/**
 * The frame origin's configuration: its members, and a way to get a key (`encryptionKey`, or
 * `issuerKeys` and/or `issuerJwks`, in which case only capture contexts are accepted).
 */
export const frameConfigSchema: Schema<FrameConfig> = (input) => {
  const parsed = frameConfigShape(input);
  if (parsed === INVALID) return INVALID;
  const hasKey = parsed.encryptionKey !== undefined || requiresCaptureContext(parsed);
  return hasKey ? parsed : INVALID;
};

/** Whether the frame encrypts only to keys inside verified capture contexts. */
export function requiresCaptureContext(
  config: Pick<FrameConfig, "issuerKeys"> & Partial<Pick<FrameConfig, "issuerJwks">>,
): boolean {
  return config.issuerKeys !== undefined || config.issuerJwks !== undefined;
}

/** The id of the element in frame.html that holds the configuration as JSON. */
export const CONFIG_ELEMENT_ID = "cardward-frame-config";
