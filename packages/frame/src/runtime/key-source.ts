// Where the frame gets the key it encrypts to. Never from the page: a skimmer on the page would
// pass its own key. Today from the frame origin's configuration; a key source that verifies a
// server-signed capture context (issue 21) implements the same interface.
import type { BrandId } from "@cardward/core";
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
}

/** Why no key is available. */
export type KeyErrorCode =
  | "key_unavailable"
  | "context_required"
  | "context_invalid"
  | "context_expired"
  | "context_audience";

/** A key source's answer. */
export type KeyResult =
  | { readonly ok: true; readonly key: RecipientKey }
  | { readonly ok: false; readonly code: KeyErrorCode };

/** Gives the leader frame the key to encrypt a card to. */
export interface KeySource {
  /** Resolves the key for one submit. Never throws: failures are coded results. */
  resolve(request: KeyRequest): Promise<KeyResult>;
}

/**
 * The key from the frame origin's configuration, for every page on its allowlist. Anything the
 * page sends (a capture context, a key in any field) is ignored.
 */
export function configKeySource(config: Pick<FrameConfig, "encryptionKey">): KeySource {
  const { kid, ...jwk } = config.encryptionKey;
  return {
    resolve: async ({ parentOrigin }) => ({
      ok: true,
      key: { jwk: { ...jwk, ext: true }, kid, aud: parentOrigin },
    }),
  };
}
