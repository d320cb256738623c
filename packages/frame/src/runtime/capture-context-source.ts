// The key source of a frame that requires capture contexts: the page sends a server-signed
// context with `submit`, the frame verifies it against the issuer keys pinned in its own
// configuration (or, for a `kid` not pinned there, in the JWK Set on its own origin), and
// encrypts only to the key inside it. A key the page chose never passes.
import type { BrandId } from "@cardward/core";
import {
  type IssuerKeys,
  isCardwardServerError,
  type PublicJwk,
  type VerifiedCaptureContext,
  verifyCaptureContext,
} from "@cardward/server/frame";
import { decodeProtectedHeader } from "jose";
import type { IssuerJwks } from "./issuer-jwks";
import type { KeyErrorCode, KeyRequest, KeySource, RecipientKey } from "./key-source";

export { toPublicJwk } from "./to-public-jwk";

/** Options of {@link captureContextKeySource}. */
export interface CaptureContextSourceOptions {
  /** The issuer keys from the frame origin's configuration. */
  readonly issuerKeys: IssuerKeys;
  /**
   * The frame origin's JWK Set of issuer keys, asked for a context whose `kid` is not among
   * `issuerKeys`. When it has no keys (its fetch failed), the submit answers `key_unavailable`.
   */
  readonly jwks?: IssuerJwks;
  /** The frame's own origin (`location.origin`). */
  readonly frameOrigin: string;
  /** Seconds of leeway for the visitor's clock; `verifyCaptureContext`'s default when absent. */
  readonly clockTolerance?: number;
}

/** The frame's code for each way a context fails to verify; anything else is `context_invalid`. */
const VERIFY_CODES: Readonly<Record<string, KeyErrorCode>> = {
  expired: "context_expired",
  not_yet_valid: "context_expired",
  wrong_audience: "context_audience",
};

/** The frame's submit code for an error thrown by `verifyCaptureContext`. */
export function contextErrorCode(error: unknown): KeyErrorCode {
  const code = isCardwardServerError(error) ? VERIFY_CODES[error.code] : undefined;
  return code ?? "context_invalid";
}

/** The key a verified context carries, with what it decides about brands and the BIN. */
function keyOf(context: VerifiedCaptureContext): RecipientKey {
  return {
    jwk: context.encryptionKey,
    kid: context.encryptionKey.kid,
    aud: context.aud,
    jti: context.jti,
    acceptedBrands: context.brands?.map((brand) => brand as BrandId),
    context,
    exposeBin: context.exposeBin,
  };
}

/**
 * A key source that accepts only keys inside capture contexts signed by `issuerKeys`, issued for
 * the verified parent origin and this frame's origin, and not expired. No context answers
 * `context_required`; a context already used for a successful submit answers `context_used`.
 */
export function captureContextKeySource(options: CaptureContextSourceOptions): KeySource {
  const used = new Set<string>();
  const resolve = async (request: KeyRequest) => {
    if (request.captureContext === undefined) return refuse("context_required");
    const issuerKeys = await issuerKeysFor(request.captureContext, options);
    if (issuerKeys === null) return refuse("key_unavailable");
    const verified = await verifyCaptureContext(request.captureContext, {
      issuerKeys,
      pageOrigin: request.parentOrigin,
      frameOrigin: options.frameOrigin,
      now: new Date(request.now * MS_PER_SECOND),
      ...(options.clockTolerance === undefined ? {} : { clockTolerance: options.clockTolerance }),
    }).then(
      (context) => ({ ok: true as const, context }),
      (error: unknown) => ({ ok: false as const, code: contextErrorCode(error) }),
    );
    if (!verified.ok) return refuse(verified.code);
    if (used.has(verified.context.jti)) return refuse("context_used");
    return { ok: true as const, key: keyOf(verified.context) };
  };
  return {
    resolve,
    consumed: (key) => {
      if (key.jti !== undefined) used.add(key.jti);
    },
  };
}

const MS_PER_SECOND = 1000;

/** Whether the issuer keys are a list (not a JWK Set). */
const isKeyList = (keys: IssuerKeys): keys is readonly PublicJwk[] => Array.isArray(keys);

/** The `kid` in a token's protected header, or `null` when it has none (or is no JWS). */
function kidOf(token: string): string | null {
  try {
    const { kid } = decodeProtectedHeader(token);
    return typeof kid === "string" ? kid : null;
  } catch {
    return null;
  }
}

/**
 * The keys to verify `token` against: the pinned ones when they have its `kid` (or there is no
 * JWK Set, or no `kid` to look up), else the pinned ones and the JWK Set's; `null` when the JWK
 * Set is needed and could not be fetched.
 */
async function issuerKeysFor(
  token: string,
  options: CaptureContextSourceOptions,
): Promise<IssuerKeys | null> {
  const pinned = isKeyList(options.issuerKeys) ? options.issuerKeys : options.issuerKeys.keys;
  const kid = kidOf(token);
  if (!options.jwks || kid === null || pinned.some((key) => key.kid === kid)) return pinned;
  const fetched = await options.jwks(kid);
  return fetched === null ? null : [...pinned, ...fetched];
}

function refuse(code: KeyErrorCode) {
  return { ok: false as const, code };
}
