// The checks a capture context goes through, shared by the frame (verifyCaptureContext) and the
// server (openCard). WebCrypto and jose only: no Node API, no DOM.
import { compactVerify, decodeProtectedHeader, errors } from "jose";
import { assertEncryptionJwk } from "./encryption-key";
import { CardwardServerError } from "./errors";
import { importKey } from "./import-key";
import { findIssuerKey, type IssuerKeys } from "./issuer-keys";
import { parseJson } from "./json-reader";
import { parseClaims } from "./parse-claims";
import {
  CAPTURE_CONTEXT_TYPE,
  type CaptureContextClaims,
  isSigningAlgorithm,
  MAX_CONTEXT_LENGTH,
  MAX_TTL_SECONDS,
  PROTOCOL_VERSION,
  type SigningAlgorithm,
} from "./protocol";

/** What a capture context is checked against. */
export interface ContextChecks {
  /** The public keys its signature may come from. */
  readonly issuerKeys: IssuerKeys;
  /** The page origins it may be for (its `aud`). */
  readonly audiences: readonly string[];
  /** The frame origin it must be for; not checked when absent (the server does not know it). */
  readonly frameOrigin: string | undefined;
  /** The current time, NumericDate. */
  readonly now: number;
  /** Seconds of leeway for `iat` and `exp`. */
  readonly clockTolerance: number;
}

const COMPACT_JWS_PARTS = 3;
const decoder = new TextDecoder();

/** A capture context whose header passed: its algorithm and key id, and the token itself. */
interface ContextHeader {
  readonly alg: SigningAlgorithm;
  readonly kid: string;
  readonly token: string;
}

function readHeader(token: unknown): ContextHeader {
  if (
    typeof token !== "string" ||
    token.length > MAX_CONTEXT_LENGTH ||
    token.split(".").length !== COMPACT_JWS_PARTS
  ) {
    throw new CardwardServerError("malformed", "The capture context is not a compact JWS.");
  }
  const header = decodeHeader(token);
  if (header.typ !== CAPTURE_CONTEXT_TYPE) {
    throw new CardwardServerError("unsupported_version", "The token is not a capture context.");
  }
  if (!isSigningAlgorithm(header.alg)) {
    throw new CardwardServerError("unsupported_algorithm", "The capture context's alg is refused.");
  }
  if (typeof header.kid !== "string") {
    throw new CardwardServerError("malformed", "The capture context has no kid.");
  }
  return { alg: header.alg, kid: header.kid, token };
}

function decodeHeader(token: string): ReturnType<typeof decodeProtectedHeader> {
  try {
    return decodeProtectedHeader(token);
  } catch {
    throw new CardwardServerError("malformed", "The capture context's header is not JSON.");
  }
}

async function verifySignature(header: ContextHeader, checks: ContextChecks): Promise<unknown> {
  const { alg, kid, token } = header;
  const jwk = findIssuerKey(checks.issuerKeys, kid);
  if (jwk.alg !== undefined && jwk.alg !== alg) {
    throw new CardwardServerError("bad_signature", "The capture context's alg is not its key's.");
  }
  const key = await importKey(jwk, alg, "The issuer key");
  try {
    const { payload } = await compactVerify(token, key, { algorithms: [alg] });
    return parseJson(decoder.decode(payload));
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) {
      throw new CardwardServerError("bad_signature", "The capture context's signature is bad.");
    }
    throw new CardwardServerError("malformed", "The capture context is not a valid JWS.");
  }
}

function checkTimes(claims: CaptureContextClaims, checks: ContextChecks): void {
  const lifetime = claims.exp - claims.iat;
  if (lifetime <= 0 || lifetime > MAX_TTL_SECONDS) {
    throw new CardwardServerError("malformed", "The capture context lives longer than allowed.");
  }
  if (claims.iat > checks.now + checks.clockTolerance) {
    throw new CardwardServerError("not_yet_valid", "The capture context was issued in the future.");
  }
  if (checks.now - checks.clockTolerance >= claims.exp) {
    throw new CardwardServerError("expired", "The capture context has expired.");
  }
}

function checkOrigins(claims: CaptureContextClaims, checks: ContextChecks): void {
  if (!checks.audiences.includes(claims.aud)) {
    throw new CardwardServerError("wrong_audience", "The capture context is for another page.");
  }
  if (checks.frameOrigin !== undefined && claims.frame_origin !== checks.frameOrigin) {
    throw new CardwardServerError(
      "wrong_frame_origin",
      "The capture context is for another frame.",
    );
  }
}

/**
 * The claims of `token` once its signature, type, version, lifetime, times, audience, frame
 * origin and encryption key have all passed; otherwise a {@link CardwardServerError}.
 */
export async function verifyContextToken(
  token: unknown,
  checks: ContextChecks,
): Promise<CaptureContextClaims> {
  const claims = parseClaims(await verifySignature(readHeader(token), checks));
  if (claims.ver !== PROTOCOL_VERSION) {
    throw new CardwardServerError(
      "unsupported_version",
      "The capture context's version is unknown.",
    );
  }
  checkTimes(claims, checks);
  checkOrigins(claims, checks);
  assertEncryptionJwk(claims.enc_jwk, "malformed", "The capture context's key");
  return claims;
}
