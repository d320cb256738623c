import { describe, expect, it } from "vitest";
import {
  FRAME_MESSAGES,
  INVALID,
  initSchema,
  PAGE_MESSAGES,
  PROTOCOL,
  parseMessage,
} from "../src/protocol/index";

const NONCE = "abcdefghijklmnopqrstuvwx";
const init = (overrides: Record<string, unknown> = {}, payload: Record<string, unknown> = {}) => ({
  protocol: PROTOCOL,
  version: 1,
  seq: 0,
  type: "init",
  nonce: NONCE,
  payload: { field: "number", group: "group-0001", settings: { label: "Card number" }, ...payload },
  ...overrides,
});
const envelope = (type: string, payload: unknown, seq = 1) => ({
  protocol: PROTOCOL,
  version: 1,
  seq,
  type,
  payload,
});

describe("init", () => {
  it.each([
    ["another protocol", init({ protocol: "other" })],
    ["a short nonce", init({ nonce: "short" })],
    ["a nonce with other characters", init({ nonce: `${NONCE}!` })],
    ["a sequence number other than 0", init({ seq: 1 })],
    ["an unknown field", init({}, { field: "pin" })],
    ["a group with spaces", init({}, { group: "a group id" })],
    ["settings without a label", init({}, { settings: {} })],
    ["a locale the frame does not carry", init({}, { settings: { label: "x", locale: "xx" } })],
    ["an unknown brand", init({}, { settings: { label: "x", acceptedBrands: ["bogus"] } })],
    ["a digit as the CVC mask", init({}, { settings: { label: "x", cvcMask: "1" } })],
    ["a string instead of an object", "init"],
    ["null", null],
  ])("refuses %s", (_name, message) => {
    expect(initSchema(message)).toBe(INVALID);
  });

  it("accepts another major version (the frame answers it with unsupported_version)", () => {
    expect(initSchema(init({ version: 2 }))).toMatchObject({ version: 2 });
  });

  it("drops keys it does not name, such as a key offered by the page", () => {
    const offered = { kty: "RSA", n: "abc", e: "AQAB" };
    const parsed = initSchema(
      init(
        { encryptionKey: offered },
        { settings: { label: "Card", encryptionKey: offered }, key: offered },
      ),
    );
    expect(parsed).toEqual({
      protocol: PROTOCOL,
      version: 1,
      seq: 0,
      type: "init",
      nonce: NONCE,
      payload: { field: "number", group: "group-0001", settings: { label: "Card" } },
    });
  });
});

describe("port messages", () => {
  it.each([
    ["focus", {}],
    ["clear", {}],
    ["validate", {}],
    ["destroy", {}],
    ["update", { settings: { label: "Number", locale: "de", bin: true } }],
    ["submit", { id: 1, fields: ["number", "expiry", "cvc"] }],
    ["submit", { id: 2, fields: ["number"], captureContext: "eyJ.eyJ.sig" }],
  ])("accepts the page's %s %j", (type, payload) => {
    expect(parseMessage(PAGE_MESSAGES, envelope(type, payload))).toMatchObject({ type, payload });
  });

  it.each([
    ["an unknown type", envelope("evaluate", {})],
    ["a submit without id", envelope("submit", { fields: [] })],
    ["a submit with id 0", envelope("submit", { id: 0, fields: [] })],
    [
      "a submit naming a field twice too many",
      envelope("submit", { id: 1, fields: Array(6).fill("number") }),
    ],
    ["a missing payload", { protocol: PROTOCOL, version: 1, seq: 1, type: "focus" }],
    ["a negative sequence number", envelope("focus", {}, -1)],
  ])("ignores %s", (_name, message) => {
    expect(parseMessage(PAGE_MESSAGES, message)).toBe(INVALID);
  });

  const state = {
    field: "number",
    isValid: false,
    isPotentiallyValid: true,
    complete: false,
    empty: false,
    focused: true,
    touched: false,
    issues: [{ code: "too_short", message: "Too short" }],
    error: null,
    brand: "visa",
    candidates: ["visa"],
  };

  it("accepts a frame's state and drops anything else in it (a value could not cross)", () => {
    const parsed = parseMessage(
      FRAME_MESSAGES,
      envelope("state", { ...state, value: "4242 4242", digits: "42424242" }, 0),
    );
    expect(parsed).toMatchObject({ type: "state" });
    expect(parsed === INVALID ? null : Object.keys(parsed.payload)).not.toContain("value");
    expect(JSON.stringify(parsed)).not.toContain("4242");
  });

  it.each([
    ["a BIN longer than 8 digits", { ...state, bin: "424242424" }],
    ["a BIN with letters", { ...state, bin: "42424a" }],
    ["an issue code that does not exist", { ...state, issues: [{ code: "leak", message: "x" }] }],
  ])("refuses a state with %s", (_name, payload) => {
    expect(parseMessage(FRAME_MESSAGES, envelope("state", payload, 0))).toBe(INVALID);
  });

  it.each([
    ["a ciphertext that is not a JWE", { id: 1, ciphertext: "4242424242424242" }],
    [
      "last four with five digits",
      { id: 1, card: { brand: "visa", last4: "42424", expMonth: 1, expYear: 2030 } },
    ],
    ["an unknown error", { id: 1, error: "oops" }],
  ])("refuses a result with %s", (_name, payload) => {
    expect(parseMessage(FRAME_MESSAGES, envelope("result", payload, 0))).toBe(INVALID);
  });
});
