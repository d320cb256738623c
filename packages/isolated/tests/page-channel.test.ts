import { webcrypto } from "node:crypto";
import { PROTOCOL } from "@cardward/frame/protocol";
import { afterEach, describe, expect, it } from "vitest";
import { createPageChannel } from "../src/page-channel";

const FRAME_ORIGIN = "https://pay.shop.example";
const ports: MessagePort[] = [];
afterEach(() => {
  for (const port of ports.splice(0)) port.close();
});
const settle = () => new Promise((done) => setTimeout(done, 100));

/** A page channel, the init it posts, and the frame's end of the port to answer on. */
function setup() {
  const events: string[] = [];
  const states: unknown[] = [];
  const channel = createPageChannel({
    frameOrigin: FRAME_ORIGIN,
    field: "number",
    group: "group-0001",
    settings: { label: "Card number" },
    crypto: webcrypto as Crypto,
    MessageChannel,
    onReady: () => events.push("ready"),
    onState: (state) => states.push(state),
    onWarning: (warning) => events.push(`warning ${warning.code}`),
    onFailure: (code) => events.push(`failure ${code}`),
  });
  const posts: { message: { nonce: string; seq: number }; origin: string; port: MessagePort }[] =
    [];
  channel.init({
    postMessage: ((
      message: { nonce: string; seq: number },
      origin: string,
      transfer: MessagePort[],
    ) => {
      const [port] = transfer;
      if (port) ports.push(port);
      posts.push({ message, origin, port: port as MessagePort });
    }) as Window["postMessage"],
  });
  const frame = posts[0]?.port as MessagePort;
  const sent: { type: string; seq: number; payload: Record<string, unknown> }[] = [];
  frame.onmessage = (event) => sent.push(event.data);
  let seq = 0;
  const answer = (type: string, payload: unknown) =>
    frame.postMessage({ protocol: PROTOCOL, version: 1, seq: seq++, type, payload });
  const nonce = posts[0]?.message.nonce as string;
  return { channel, events, states, posts, answer, nonce, sent };
}

const STATE = {
  field: "number",
  isValid: false,
  isPotentiallyValid: true,
  complete: false,
  empty: true,
  focused: false,
  touched: false,
  issues: [],
  error: null,
};

describe("the page's channel", () => {
  it("posts one init, to the exact frame origin, with a fresh nonce and a port", () => {
    const { channel, posts, nonce } = setup();
    channel.init({ postMessage: () => expect.unreachable("a second init") } as never);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.origin).toBe(FRAME_ORIGIN);
    expect(posts[0]?.message).toMatchObject({
      protocol: PROTOCOL,
      version: 1,
      seq: 0,
      type: "init",
    });
    expect(nonce).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(setup().nonce).not.toBe(nonce);
    channel.close();
  });

  it("becomes ready on the frame's answer echoing the nonce, then takes states", async () => {
    const { channel, events, states, answer, nonce } = setup();
    answer("ready", { nonce, field: "number" });
    answer("state", STATE);
    await settle();
    expect(events).toEqual(["ready"]);
    expect(states).toEqual([STATE]);
    expect(channel.status()).toBe("ready");
    channel.close();
  });

  it.each([
    [
      "another nonce",
      (nonce: string) => ({
        type: "ready",
        payload: { nonce: `${nonce.slice(1)}x`, field: "number" },
      }),
    ],
    ["another field", (nonce: string) => ({ type: "ready", payload: { nonce, field: "cvc" } })],
    ["a state before ready", () => ({ type: "state", payload: STATE })],
    ["a malformed answer", () => ({ type: "ready", payload: { nonce: 1 } })],
  ])("fails the handshake on %s", async (_name, make) => {
    const { channel, events, states, answer, nonce } = setup();
    const { type, payload } = make(nonce);
    answer(type, payload);
    answer("state", STATE);
    await settle();
    expect(events).toEqual(["failure handshake_failed"]);
    expect(states).toEqual([]);
    expect(channel.status()).toBe("failed");
  });

  it("reports an unsupported version", async () => {
    const { events, answer } = setup();
    answer("error", { code: "unsupported_version", supported: 2 });
    await settle();
    expect(events).toEqual(["failure unsupported_version"]);
  });

  it("answers each submit once, by its id, and ignores unknown ids", async () => {
    const { channel, answer, nonce, sent } = setup();
    answer("ready", { nonce, field: "number" });
    await settle();
    const first = channel.submit({ fields: ["number", "expiry", "cvc"] });
    const second = channel.submit({ fields: ["number", "expiry", "cvc"] });
    await settle();
    expect(sent.map((m) => [m.seq, m.type, m.payload.id])).toEqual([
      [1, "submit", 1],
      [2, "submit", 2],
    ]);
    answer("result", { id: 2, error: "busy" });
    answer("result", { id: 9, error: "busy" });
    answer("result", { id: 1, error: "invalid_card", fields: { number: ["luhn"] } });
    answer("result", { id: 1, error: "busy" });
    expect(await first).toEqual({ id: 1, error: "invalid_card", fields: { number: ["luhn"] } });
    expect(await second).toEqual({ id: 2, error: "busy" });
    channel.close();
  });

  it("holds commands made before the handshake and delivers them, in order, once ready", async () => {
    const { channel, sent, answer, nonce } = setup();
    channel.send("focus", {});
    channel.send("update", { settings: { label: "Numéro de carte" } });
    channel.send("validate", {});
    await settle();
    expect(sent).toEqual([]);
    answer("ready", { nonce, field: "number" });
    await settle();
    channel.send("clear", {});
    await settle();
    expect(sent.map((m) => [m.seq, m.type, m.payload])).toEqual([
      [1, "focus", {}],
      [2, "update", { settings: { label: "Numéro de carte" } }],
      [3, "validate", {}],
      [4, "clear", {}],
    ]);
    channel.close();
  });

  it.each([
    ["fails", (answer: (type: string, payload: unknown) => void) => answer("ready", {})],
    ["is closed", (_answer: unknown, channel: { close(): void }) => channel.close()],
  ])("drops the held commands when the channel %s before it is ready", async (_name, end) => {
    const { channel, sent, answer, nonce } = setup();
    channel.send("focus", {});
    end(answer, channel);
    await settle();
    answer("ready", { nonce, field: "number" });
    await settle();
    expect(sent).toEqual([]);
    channel.close();
  });
});
