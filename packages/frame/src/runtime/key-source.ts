// Where the frame gets the key it encrypts to. Never from the page: a skimmer on the page would
// pass its own key. From the frame origin's configuration, or from a server-signed capture
// context verified against issuer keys in that configuration (capture-context-source.ts).
import type { BrandId } from "@cardward/core";
import type { BinExposure, VerifiedCaptureContext } from "@cardward/server/frame";
import type { FrameConfig } from "../protocol/config";

/** What the frame knows when it asks for a key: the page's origin and what the page sent. */
export interface KeyRequest {
  /** The embedding page's origin, as checked at `init`. */
  readonly parentOrigin: string;
  /**
   * What the page passed as `captureContext` with `submit`: untrusted until verified. A source
   * that does not use capture contexts ignores it.
   */
  readonly captureContext?: string | undefined;
  /** Now, in seconds since the epoch. */
  readonly now: number;
}

/** A key the card may be encrypted to, and the claims that go with it. */
export interface RecipientKey {
  /** The public key (RSA, for `RSA-OAEP-256`). */
  readonly jwk: JsonWebKey;
  /** Its id, written in the JWE header so the server picks the right private key. */
  readonly kid?: string | undefined;
  /** The audience written in the plaintext: the page's origin. */
  readonly aud: string;
  /** The capture context's id, written in the plaintext (one successful submit per context). */
  readonly jti?: string | undefined;
  /** The brands the context allows, when it narrows them. */
  readonly acceptedBrands?: readonly BrandId[] | undefined;
  /**
   * The verified capture context the key came from: the card is then sealed with `sealCard`, so
   * the ciphertext carries the context (`ctx`) and the algorithm of its key.
   */
  readonly context?: VerifiedCaptureContext | undefined;
  /** How many leading digits the submit result may report, when the context decides it. */
  readonly exposeBin?: BinExposure | undefined;
}

/** Why no key is available. */
export type KeyErrorCode =
  | "key_unavailable"
  | "context_required"
  | "context_invalid"
  | "context_expired"
  | "context_audience"
  | "context_used";

/** A key source's answer. */
export type KeyResult =
  | { readonly ok: true; readonly key: RecipientKey }
  | { readonly ok: false; readonly code: KeyErrorCode };

/** Gives the leader frame the key to encrypt a card to. */
export interface KeySource {
  /** Resolves the key for one submit. Never throws: failures are coded results. */
  resolve(request: KeyRequest): Promise<KeyResult>;
  /**
   * Told that a card was encrypted to `key`, so a source can refuse the same context again (one
   * successful submit per context).
   */
  consumed?(key: RecipientKey): void;
}

/**
 * The key from the frame origin's configuration, for every page on its allowlist. Anything the
 * page sends (a capture context, a key in any field) is ignored.
 */
export function configKeySource(config: Pick<FrameConfig, "encryptionKey">): KeySource {
  const configured = config.encryptionKey;
  if (configured === undefined) {
    return { resolve: async () => ({ ok: false, code: "key_unavailable" }) };
  }
  const { kid, ...jwk } = configured;
  return {
    resolve: async ({ parentOrigin }) => ({
      ok: true,
      key: { jwk: { ...jwk, ext: true }, kid, aud: parentOrigin },
    }),
  };
}
