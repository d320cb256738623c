// Every message of the channel, as schemas: the page's `init` (the only message sent through
// `window.postMessage`) and the messages each side sends over the `MessagePort` after it. Both
// sides check every message they receive against these before reading it.
import { BRANDS, type BrandId, type CardField, ISSUE_CODES, type IssueCode } from "@cardward/core";
import {
  array,
  boolean,
  INVALID,
  type Infer,
  integer,
  nullable,
  object,
  oneOf,
  optional,
  record,
  type Schema,
  string,
} from "./schema";
import { PROTOCOL } from "./version";

/** The fields a frame can hold. */
export const FIELDS: readonly CardField[] = ["number", "expiry", "cvc", "name", "postalCode"];

/** The locales bundled in the frame, by tag. */
export const LOCALE_TAGS = [
  "en",
  "ar",
  "de",
  "es",
  "fr",
  "ja",
  "pt-BR",
  "ru",
  "tr",
  "zh-CN",
] as const;

/** A bundled locale's tag. */
export type LocaleTag = (typeof LOCALE_TAGS)[number];

const BRAND_IDS = BRANDS.map((brand) => brand.id) as readonly BrandId[];
const brandId = oneOf<BrandId>(BRAND_IDS);
const issueCode = oneOf<IssueCode>(ISSUE_CODES);
const field = oneOf<CardField>(FIELDS);
/** The largest sequence number and request id (they never wrap in one page's life). */
const MAX_COUNTER = Number.MAX_SAFE_INTEGER;
/** Nonces: 128 to 384 bits, base64url. */
const nonce = string(64, /^[A-Za-z0-9_-]{22,64}$/);
/** Free text the page gives (labels, placeholders) and messages the frame sends. */
const text = (max: number) => string(max);
/** An object of any keys (checked further by its own filter, like styles). */
const anyObject: Schema<object> = (input) =>
  typeof input === "object" && input !== null && !Array.isArray(input) ? input : INVALID;

/** Settings the page gives a frame at `init` and changes with `update`. */
export const settingsSchema = object({
  /** The input's accessible name (the page's label text). */
  label: text(200),
  placeholder: optional(text(100)),
  locale: optional(oneOf<LocaleTag>(LOCALE_TAGS)),
  acceptedBrands: optional(array(brandId, BRAND_IDS.length)),
  /** Styles per variant, filtered in the frame by `filterStyle`. */
  style: optional(anyObject),
  /** Ask for the BIN in the number's state (granted only if the frame origin allows it). */
  bin: optional(boolean),
  revealCvc: optional(boolean),
  cvcMask: optional(string(1, /^\D$/)),
});

/** The page's one-shot handshake, posted to the frame's window with a `MessagePort`. */
export const initSchema = object({
  protocol: oneOf([PROTOCOL]),
  version: integer(0, 1000),
  seq: integer(0, 0),
  type: oneOf(["init"]),
  nonce,
  payload: object({
    field,
    /** Which frames belong together (one card form); the page picks a random id. */
    group: string(64, /^[A-Za-z0-9_-]{8,64}$/),
    settings: settingsSchema,
  }),
});

/** The messages the page sends over the port, by type. */
export const PAGE_MESSAGES = {
  update: object({ settings: settingsSchema }),
  focus: object({}),
  clear: object({}),
  validate: object({}),
  /**
   * Encrypt the card (the number frame only). `fields`: the fields the page mounted, which must
   * all be present. `captureContext`: a server-signed context (used by key sources that verify
   * one; the frame-origin key source ignores it).
   */
  submit: object({
    id: integer(1, MAX_COUNTER),
    fields: array(field, FIELDS.length),
    captureContext: optional(string(16_384)),
  }),
  destroy: object({}),
} satisfies Record<string, Schema<object>>;

const issue = object({ code: issueCode, message: text(300) });

/** The card's non-secret metadata a submit returns. */
export const cardSummarySchema = object({
  brand: brandId,
  last4: string(4, /^\d{4}$/),
  expMonth: integer(1, 12),
  expYear: integer(2000, 2200),
  bin: optional(string(8, /^\d{6,8}$/)),
});

/** Submit error codes. */
export const SUBMIT_ERRORS = [
  "invalid_card",
  "missing_field",
  "not_leader",
  "key_unavailable",
  "context_required",
  "context_invalid",
  "context_expired",
  "context_audience",
  "encryption_failed",
  "busy",
] as const;

/** The messages a frame sends over the port, by type. */
export const FRAME_MESSAGES = {
  /** The answer to `init`, echoing its nonce. */
  ready: object({ nonce, field }),
  /** A field's state: never its value. `brand`, `candidates`, `code*` and `bin` from the number/CVC. */
  state: object({
    field,
    isValid: boolean,
    isPotentiallyValid: boolean,
    complete: boolean,
    empty: boolean,
    focused: boolean,
    touched: boolean,
    issues: array(issue, 10),
    error: nullable(issue),
    brand: optional(nullable(brandId)),
    candidates: optional(array(brandId, BRAND_IDS.length)),
    codeName: optional(text(8)),
    codeSize: optional(integer(3, 4)),
    bin: optional(string(8, /^\d{6,8}$/)),
  }),
  /** The answer to `submit`: the ciphertext and the card's metadata, or an error code. */
  result: object({
    id: integer(1, MAX_COUNTER),
    ciphertext: optional(string(65_536, /^[A-Za-z0-9_-]*(\.[A-Za-z0-9_-]*){4}$/)),
    card: optional(cardSummarySchema),
    error: optional(oneOf(SUBMIT_ERRORS)),
    fields: optional(record(FIELDS, array(issueCode, 20))),
  }),
  /** The channel cannot go on (`unsupported_version`: the page speaks another major). */
  error: object({ code: oneOf(["unsupported_version"]), supported: integer(1, 1000) }),
  /** A setting was dropped (a style entry: its variant, property and the reason). */
  warning: object({
    code: oneOf(["style_rejected", "bin_not_allowed"]),
    variant: optional(text(32)),
    property: optional(text(32)),
    reason: optional(text(32)),
  }),
} satisfies Record<string, Schema<object>>;

/** The settings a page may give a frame. */
export type FrameSettings = Infer<typeof settingsSchema>;
/** The page's `init` message. */
export type InitMessage = Infer<typeof initSchema>;
/** Message types the page sends over the port. */
export type PageMessageType = keyof typeof PAGE_MESSAGES;
/** Message types a frame sends over the port. */
export type FrameMessageType = keyof typeof FRAME_MESSAGES;
/** The payload of a page message of type `T`. */
export type PagePayload<T extends PageMessageType> = Infer<(typeof PAGE_MESSAGES)[T]>;
/** The payload of a frame message of type `T`. */
export type FramePayload<T extends FrameMessageType> = Infer<(typeof FRAME_MESSAGES)[T]>;
/** A field's state as a frame reports it. */
export type FrameFieldState = FramePayload<"state">;
/** The card's metadata a submit returns. */
export type CardSummary = Infer<typeof cardSummarySchema>;
/** Why a submit failed. */
export type SubmitErrorCode = (typeof SUBMIT_ERRORS)[number];

/** The envelope every port message has. */
const envelopeSchema = object({
  protocol: oneOf([PROTOCOL]),
  version: integer(0, 1000),
  seq: integer(0, MAX_COUNTER),
  type: string(32),
  payload: anyObject,
});

/** A checked port message. */
export interface Parsed<T extends string, P> {
  readonly version: number;
  readonly seq: number;
  readonly type: T;
  readonly payload: P;
}

/**
 * Checks a port message against the envelope and its type's schema in `table`. Answers
 * {@link INVALID} for anything else: a foreign or malformed message, or an unknown type (which
 * the receiver ignores).
 */
export function parseMessage<Table extends Record<string, Schema<object>>>(
  table: Table,
  data: unknown,
):
  | { [K in keyof Table & string]: Parsed<K, Infer<Table[K]>> }[keyof Table & string]
  | typeof INVALID {
  const envelope = envelopeSchema(data);
  if (envelope === INVALID || !Object.hasOwn(table, envelope.type)) return INVALID;
  const payload = (table[envelope.type] as Schema<object>)(envelope.payload);
  if (payload === INVALID) return INVALID;
  return { ...envelope, payload } as never;
}
