import type { JWK } from "jose";
import { isKeyManagementAlgorithm } from "./encryption-key";
import { CardwardServerError } from "./errors";
import { hasMember, isJsonObject, readInteger, readString, readStrings } from "./json-reader";
import { isPrivateJwk } from "./jwk";
import type { CaptureContextClaims } from "./protocol";

const BIN_LENGTHS = [6, 8] as const;

function malformed(what: string): CardwardServerError {
  return new CardwardServerError("malformed", `The capture context ${what}.`);
}

/** The members of a received JWK that are strings, so that an odd member cannot ride along. */
function readJwkMembers(source: object): JWK {
  const members = ["kty", "crv", "x", "y", "n", "e", "kid", "use"] as const;
  const jwk: JWK = {};
  for (const member of members) {
    const value = readString(source, member);
    if (value !== undefined) jwk[member] = value;
  }
  return jwk;
}

/** The encryption key claim's public members; a private key is refused, not silently stripped. */
function readEncryptionJwk(source: object): JWK {
  const value: unknown = Reflect.get(source, "enc_jwk");
  if (!isJsonObject(value)) throw malformed("has no enc_jwk");
  const jwk = readJwkMembers(value);
  const alg = readString(value, "alg");
  if (isKeyManagementAlgorithm(alg)) jwk.alg = alg;
  if (isPrivateJwk(value)) {
    throw new CardwardServerError("private_key", "The capture context carries a private key.");
  }
  return jwk;
}

function readExposeBin(source: object): 6 | 8 | undefined {
  if (!hasMember(source, "expose_bin")) return undefined;
  const value = readInteger(source, "expose_bin");
  const length = BIN_LENGTHS.find((allowed) => allowed === value);
  if (length === undefined) throw malformed("has an expose_bin other than 6 or 8");
  return length;
}

function readBrands(source: object): readonly string[] | undefined {
  if (!hasMember(source, "brands")) return undefined;
  const brands = readStrings(source, "brands");
  if (brands === undefined) throw malformed("has brands that are not a list of ids");
  return brands;
}

/**
 * The claims of a verified capture context's payload, checked member by member. Throws
 * `malformed` for a missing or mistyped claim; the version is checked by the caller.
 */
export function parseClaims(payload: unknown): CaptureContextClaims {
  if (!isJsonObject(payload)) throw malformed("payload is not a JSON object");
  const ver = readInteger(payload, "ver");
  const jti = readString(payload, "jti");
  const iat = readInteger(payload, "iat");
  const exp = readInteger(payload, "exp");
  const aud = readString(payload, "aud");
  const frameOrigin = readString(payload, "frame_origin");
  if (
    ver === undefined ||
    jti === undefined ||
    jti === "" ||
    iat === undefined ||
    exp === undefined
  ) {
    throw malformed("lacks ver, jti, iat or exp");
  }
  if (aud === undefined || frameOrigin === undefined) throw malformed("lacks aud or frame_origin");
  const brands = readBrands(payload);
  const exposeBin = readExposeBin(payload);
  return {
    ver,
    jti,
    iat,
    exp,
    aud,
    frame_origin: frameOrigin,
    enc_jwk: readEncryptionJwk(payload),
    ...(brands !== undefined && { brands }),
    ...(exposeBin !== undefined && { expose_bin: exposeBin }),
  };
}
