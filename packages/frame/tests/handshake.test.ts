import { describe, expect, it } from "vitest";
import { decideInit, type HandshakeContext, type HandshakeEvent } from "../src/protocol/index";

const parent = { name: "parent" };
const self = { name: "self" };
const sibling = { name: "sibling" };
const ORIGIN = "https://shop.example";
const port = {} as MessagePort;
const data = {
  protocol: "cardward-frame",
  version: 1,
  seq: 0,
  type: "init",
  nonce: "abcdefghijklmnopqrstuvwx",
  payload: { field: "cvc", group: "group-0001", settings: { label: "CVC" } },
};
const event: HandshakeEvent = { source: parent, origin: ORIGIN, data, ports: [port] };
const context: HandshakeContext = {
  parent,
  self,
  allowedOrigins: [ORIGIN],
  ancestorOrigins: [ORIGIN],
  initialized: false,
};

describe("decideInit", () => {
  it("accepts the parent's init from an allowed origin, with its port", () => {
    expect(decideInit(event, context)).toMatchObject({ ok: true, port, init: { type: "init" } });
  });

  it("accepts it where the browser has no ancestorOrigins (Firefox)", () => {
    expect(decideInit(event, { ...context, ancestorOrigins: undefined }).ok).toBe(true);
  });

  it.each([
    ["already_initialized", event, { ...context, initialized: true }],
    ["not_framed", { ...event, source: self }, { ...context, parent: self }],
    ["not_parent", { ...event, source: sibling }, context],
    ["not_parent", { ...event, source: null }, context],
    ["origin_not_allowed", { ...event, origin: "https://evil.example" }, context],
    ["origin_not_allowed", { ...event, origin: "https://shop.example:8443" }, context],
    ["origin_not_allowed", { ...event, origin: "null" }, context],
    ["ancestor_mismatch", event, { ...context, ancestorOrigins: ["https://evil.example"] }],
    ["invalid_message", { ...event, data: { ...data, nonce: "1" } }, context],
    ["invalid_message", { ...event, data: "init" }, context],
    ["no_port", { ...event, ports: [] }, context],
    ["no_port", { ...event, ports: [port, port] }, context],
  ] as const)("refuses with %s", (reason, badEvent, badContext) => {
    expect(decideInit(badEvent, badContext)).toEqual({ ok: false, reason });
  });
});
