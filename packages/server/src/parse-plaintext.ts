import { CardwardServerError } from "./errors";
import { hasMember, isJsonObject, parseJson, readInteger, readString } from "./json-reader";
import type { CardPlaintext } from "./protocol";

/** Card numbers have 12 to 19 digits (ISO/IEC 7812). */
const PAN = /^\d{12,19}$/;
/** Security codes have 3 or 4 digits. */
const CVC = /^\d{3,4}$/;
const FIRST_MONTH = 1;
const LAST_MONTH = 12;
const FIRST_FOUR_DIGIT_YEAR = 1000;
const LAST_FOUR_DIGIT_YEAR = 9999;
/** Generous caps on the optional free-text fields, so a sealed card cannot smuggle a payload. */
const MAX_NAME_LENGTH = 200;
const MAX_POSTAL_CODE_LENGTH = 32;

function malformed(): CardwardServerError {
  // One fixed message for every field: saying which check failed could hint at the value.
  return new CardwardServerError("malformed", "The sealed card's plaintext is not a valid card.");
}

function inRange(value: number | undefined, low: number, high: number): value is number {
  return value !== undefined && value >= low && value <= high;
}

function readOptionalText(source: object, key: string, maxLength: number): string | undefined {
  if (!hasMember(source, key)) return undefined;
  const value = readString(source, key);
  if (value === undefined || value.length > maxLength) throw malformed();
  return value;
}

/**
 * The {@link CardPlaintext} in `text`, checked member by member (digits only for `pan` and
 * `cvc`, month 1-12, four-digit year, integer `iat`); otherwise `malformed` with a fixed message
 * that says nothing about the value. Unknown members are ignored.
 */
export function parsePlaintext(text: string): CardPlaintext {
  const source = parseJson(text);
  if (!isJsonObject(source)) throw malformed();
  const pan = readString(source, "pan");
  const cvc = readString(source, "cvc");
  const expMonth = readInteger(source, "expMonth");
  const expYear = readInteger(source, "expYear");
  const jti = readString(source, "jti");
  const aud = readString(source, "aud");
  const iat = readInteger(source, "iat");
  if (pan === undefined || !PAN.test(pan) || cvc === undefined || !CVC.test(cvc)) throw malformed();
  if (!inRange(expMonth, FIRST_MONTH, LAST_MONTH)) throw malformed();
  if (!inRange(expYear, FIRST_FOUR_DIGIT_YEAR, LAST_FOUR_DIGIT_YEAR)) throw malformed();
  if (jti === undefined || aud === undefined || iat === undefined) throw malformed();
  const name = readOptionalText(source, "name", MAX_NAME_LENGTH);
  const postalCode = readOptionalText(source, "postalCode", MAX_POSTAL_CODE_LENGTH);
  return {
    pan,
    cvc,
    expMonth,
    expYear,
    ...(name !== undefined && { name }),
    ...(postalCode !== undefined && { postalCode }),
    jti,
    aud,
    iat,
  };
}
