import { type BrandId, type CardField, type IssueCode, validateCard } from "@cardward/core";
import { scanDigits } from "@cardward/core/internal";
import type { CardSummary, FramePayload, PagePayload } from "../protocol/messages";
import { encryptCard } from "./encrypt-card";
import type { ModelContext } from "./field-model";
import type { KeySource } from "./key-source";
import type { SiblingApi } from "./siblings";

/** The fields every card has. */
const REQUIRED: readonly CardField[] = ["number", "expiry", "cvc"];
/** A 16-digit (or longer) number may show 8 digits of BIN with its last four; shorter ones 6. */
const LONG_NUMBER = 16;
const SHORT_BIN = 6;
const LONG_BIN = 8;
const LAST_FOUR = 4;

/** The first digits of `digits` that may be shown as its BIN, or undefined while too short. */
export function binOf(digits: string): string | undefined {
  if (digits.length < SHORT_BIN) return undefined;
  return digits.slice(0, digits.length >= LONG_NUMBER ? LONG_BIN : SHORT_BIN);
}

/** What a submit needs besides the request. */
export interface SubmitContext {
  /** The card frames of this group (the leader included). */
  readonly group: readonly SiblingApi[];
  readonly model: ModelContext;
  readonly keySource: KeySource;
  readonly parentOrigin: string;
  /** Whether the BIN goes into the card's metadata. */
  readonly bin: boolean;
}

type Result = Omit<FramePayload<"result">, "id">;

/**
 * The leader's submit: reads every field of the group, validates the card as a whole (the CVC's
 * length against the number's brand), and encrypts it to the key source's key. The answer holds
 * the ciphertext and non-secret metadata, or an error code (with issue codes, never values).
 */
export async function submitCard(
  request: PagePayload<"submit">,
  context: SubmitContext,
): Promise<Result> {
  const byField = new Map(context.group.map((api) => [api.field, api]));
  const wanted = [...new Set([...REQUIRED, ...request.fields])];
  if (wanted.some((field) => !byField.has(field))) return { error: "missing_field" };
  for (const api of byField.values()) api.touch();
  const read = (field: CardField) => byField.get(field)?.read();
  const pan = scanDigits(read("number")?.value ?? "").digits;
  const cvc = read("cvc")?.secret?.tryReveal() ?? "";
  const name = read("name")?.value.trim();
  const postalCode = read("postalCode")?.value.trim();
  const card = {
    number: pan,
    expiry: read("expiry")?.value ?? "",
    cvc,
    ...(name === undefined ? {} : { name }),
    ...(postalCode === undefined ? {} : { postalCode }),
  };
  const now = context.model.now();
  const resolved = await context.keySource.resolve({
    parentOrigin: context.parentOrigin,
    captureContext: request.captureContext,
    now: Math.floor(now.getTime() / 1000),
  });
  if (!resolved.ok) return { error: resolved.code };
  const { key } = resolved;
  const acceptedBrands = key.acceptedBrands ?? context.model.acceptedBrands;
  const checked = validateCard(card, {
    locale: context.model.locale,
    now,
    ...(acceptedBrands ? { acceptedBrands } : {}),
  });
  const { brand, expiry } = checked;
  if (!checked.isValid || !brand || expiry.month === null || expiry.year === null) {
    const fields: Partial<Record<CardField, IssueCode[]>> = {};
    for (const issue of checked.issues) {
      fields[issue.field] = [...(fields[issue.field] ?? []), issue.code];
    }
    return { error: "invalid_card", fields };
  }
  const bin = context.bin ? binOf(pan) : undefined;
  const summary: CardSummary = {
    brand: brand.id as BrandId,
    last4: pan.slice(-LAST_FOUR),
    expMonth: expiry.month,
    expYear: expiry.year,
    ...(bin ? { bin } : {}),
  };
  const ciphertext = await encryptCard(
    {
      pan,
      cvc,
      expMonth: expiry.month,
      expYear: expiry.year,
      ...(name === undefined ? {} : { name }),
      ...(postalCode === undefined ? {} : { postalCode }),
      iat: Math.floor(now.getTime() / 1000),
      aud: key.aud,
      ...(key.jti ? { jti: key.jti } : {}),
    },
    key,
  ).catch(() => null);
  return ciphertext ? { ciphertext, card: summary } : { error: "encryption_failed" };
}
