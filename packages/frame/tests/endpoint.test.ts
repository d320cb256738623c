import { afterEach, describe, expect, it } from "vitest";
import { FRAME_MESSAGES, openEndpoint, PAGE_MESSAGES, PROTOCOL } from "../src/protocol/index";

const open: MessagePort[] = [];
afterEach(() => {
  for (const port of open.splice(0)) port.close();
});

/** A frame-side endpoint on one end of a channel, and the other end as a raw port. */
function setup() {
  const { port1, port2 } = new MessageChannel();
  open.push(port1, port2);
  const received: { type: string; payload: unknown }[] = [];
  const dropped: string[] = [];
  const endpoint = openEndpoint({
    port: port1,
    outgoing: FRAME_MESSAGES,
    incoming: PAGE_MESSAGES,
    firstOutgoing: 0,
    firstIncoming: 1,
    onMessage: (message) => received.push(message),
    onDrop: (reason) => dropped.push(reason),
  });
  const sent: unknown[] = [];
  port2.onmessage = (event) => sent.push(event.data);
  const post = (seq: number, type: string, payload: unknown = {}, version = 1) =>
    port2.postMessage({ protocol: PROTOCOL, version, seq, type, payload });
  const settle = () => new Promise((done) => setTimeout(done, 100));
  return { endpoint, received, dropped, sent, post, settle };
}

describe("openEndpoint", () => {
  it("hands over messages in sequence and drops a replayed or skipped number", async () => {
    const { received, dropped, post, settle } = setup();
    post(1, "focus");
    post(1, "focus");
    post(3, "clear");
    post(2, "validate");
    await settle();
    expect(received.map((m) => m.type)).toEqual(["focus", "validate"]);
    expect(dropped).toEqual(["sequence", "sequence"]);
  });

  it("drops invalid payloads and other versions, counting them in the sequence", async () => {
    const { received, dropped, post, settle } = setup();
    post(1, "submit", { id: "x" });
    post(2, "focus", {}, 2);
    post(3, "unknown");
    post(4, "clear");
    await settle();
    expect(received.map((m) => m.type)).toEqual(["clear"]);
    expect(dropped).toEqual(["invalid", "version", "invalid"]);
  });

  it("numbers what it sends and sends only what the schema names", async () => {
    const { endpoint, sent, settle } = setup();
    expect(endpoint.send("ready", { nonce: "abcdefghijklmnopqrstuvwx", field: "cvc" })).toBe(true);
    const leaky = { id: 1, error: "busy", pan: "4242424242424242" } as never;
    expect(endpoint.send("result", leaky)).toBe(true);
    expect(endpoint.send("result", { id: 0 } as never)).toBe(false);
    await settle();
    expect(sent).toEqual([
      {
        protocol: PROTOCOL,
        version: 1,
        seq: 0,
        type: "ready",
        payload: { nonce: "abcdefghijklmnopqrstuvwx", field: "cvc" },
      },
      { protocol: PROTOCOL, version: 1, seq: 1, type: "result", payload: { id: 1, error: "busy" } },
    ]);
  });

  it("sends and hears nothing once closed", async () => {
    const { endpoint, received, sent, post, settle } = setup();
    endpoint.close();
    expect(endpoint.send("error", { code: "unsupported_version", supported: 1 })).toBe(false);
    post(1, "focus");
    await settle();
    expect(received).toEqual([]);
    expect(sent).toEqual([]);
  });
});
