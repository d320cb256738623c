// Attacks on the channel and the frames fail: forged or repeated inits, inits from a sibling or a
// page not on the allowlist, another protocol version, unsafe styles, and a key offered by the
// page. Each attack is made by hand (tests/e2e/harness/isolated-raw.ts), not through the SDK.
import { webcrypto } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openCard } from "../../../examples/isolated/server/open-card.mjs";
import {
  initMessage,
  installRawFrames,
  type RawMessage,
  type RawWindow,
} from "../harness/isolated-raw";
import { useIsolatedSites } from "../harness/isolated-sites";

const session = useIsolatedSites();
/** How long a refused init is given to be answered (it never is). */
const QUIET_MS = 800;
const GROUP = "attackgroup01";

const frameUrl = (origin: string) => `${origin}/v1/frame.html`;

async function raw(page: Page) {
  await page.evaluate(installRawFrames);
  return {
    open: (name: string, src: string, init: Record<string, unknown>) =>
      page.evaluate(([n, s, i]) => (window as unknown as RawWindow).__raw.open(n, s, i), [
        name,
        src,
        init,
      ] as const),
    reinit: (name: string, as: string, init: Record<string, unknown>) =>
      page.evaluate(([n, a, i]) => (window as unknown as RawWindow).__raw.reinit(n, a, i), [
        name,
        as,
        init,
      ] as const),
    send: (name: string, type: string, payload: unknown) =>
      page.evaluate(([n, t, p]) => (window as unknown as RawWindow).__raw.send(n, t, p), [
        name,
        type,
        payload,
      ] as const),
    messages: async (name: string, wait = QUIET_MS): Promise<RawMessage[]> => {
      await page.waitForTimeout(wait);
      return page.evaluate((n) => (window as unknown as RawWindow).__raw.messages(n), name);
    },
  };
}

/** Whether a frame document mounted a field (an input in its <main>). */
async function mounted(page: Page, title: string): Promise<boolean> {
  const handle = await page.waitForSelector(`iframe[title="${title}"]`);
  const frame = await handle.contentFrame();
  return (await frame?.evaluate(() => document.querySelector("main input") !== null)) ?? false;
}

describe("the handshake refuses", () => {
  it("an init from a third origin that the frame-ancestors header would let embed it", async () => {
    const { thirdOrigin, looseFrameOrigin } = session.sites();
    const { page } = await session.open(`${thirdOrigin}/blank.html`, { ready: false });
    const channel = await raw(page);
    await channel.open("forged", frameUrl(looseFrameOrigin), initMessage("number", GROUP));
    expect(await channel.messages("forged")).toEqual([]);
    // The frame document did load (the header allowed it): its own origin check refused the init.
    const frame = await (await page.waitForSelector('iframe[title="forged"]')).contentFrame();
    expect(await frame?.evaluate(() => document.querySelector("main") !== null)).toBe(true);
    expect(await mounted(page, "forged")).toBe(false);
  });

  it("to load in a page that is not on the allowlist (frame-ancestors blocks it)", async () => {
    const { thirdOrigin, frameOrigin } = session.sites();
    const { page } = await session.open(`${thirdOrigin}/blank.html`, { ready: false });
    session.expectErrors();
    const channel = await raw(page);
    await channel.open("blocked", frameUrl(frameOrigin), initMessage("number", GROUP));
    expect(await channel.messages("blocked")).toEqual([]);
    const frame = await (await page.waitForSelector('iframe[title="blocked"]')).contentFrame();
    // The frame document never ran: Chromium shows its error page instead.
    expect(frame?.url()).not.toContain("/v1/frame.html");
  });

  it("a second init, and keeps the first channel", async () => {
    const { loosePageUrl, frameOrigin } = session.sites();
    const { page } = await session.open(loosePageUrl, { ready: false });
    const channel = await raw(page);
    await channel.open("field", frameUrl(frameOrigin), initMessage("number", GROUP));
    const first = await channel.messages("field");
    expect(first.map((m) => m.type)).toEqual(["ready", "state"]);
    await channel.reinit("field", "again", initMessage("number", GROUP));
    expect(await channel.messages("again")).toEqual([]);
    await channel.send("field", "validate", {});
    const after = await channel.messages("field");
    expect(after.at(-1)).toMatchObject({ type: "state", payload: { touched: true } });
  });

  it("an init from a sibling window, then accepts the parent's", async () => {
    const { loosePageUrl, frameOrigin, thirdOrigin } = session.sites();
    const { page } = await session.open(loosePageUrl, { ready: false });
    const channel = await raw(page);
    // A frame of the card origin not yet initialized, and a third-origin sibling next to it.
    await page.evaluate(
      async ([frameSrc, thirdSrc]) => {
        const add = (title: string, src: string) =>
          new Promise((done) => {
            const iframe = document.createElement("iframe");
            iframe.title = title;
            iframe.src = src;
            iframe.addEventListener("load", done, { once: true });
            document.body.append(iframe);
          });
        await add("target", frameSrc as string);
        await add("sibling", thirdSrc as string);
      },
      [frameUrl(frameOrigin), `${thirdOrigin}/blank.html`],
    );
    const sibling = await (await page.waitForSelector('iframe[title="sibling"]')).contentFrame();
    const answered = await sibling?.evaluate(
      async (init) => {
        const target = parent.frames[parent.frames.length - 2] as Window;
        const { port1, port2 } = new MessageChannel();
        const received: unknown[] = [];
        port1.onmessage = (event) => received.push(event.data);
        target.postMessage(init, "*", [port2]);
        await new Promise((done) => setTimeout(done, 800));
        return received;
      },
      initMessage("number", GROUP),
    );
    expect(answered).toEqual([]);
    expect(await mounted(page, "target")).toBe(false);
    // The same frame still takes its parent's init: the sibling's did not use it up.
    await page.evaluate(
      (init) => {
        const frame = document.querySelector<HTMLIFrameElement>('iframe[title="target"]');
        const { port1, port2 } = new MessageChannel();
        const received: unknown[] = [];
        Object.assign(window, { __parentReceived: received });
        port1.onmessage = (event) => received.push(event.data);
        frame?.contentWindow?.postMessage(init, new URL(frame.src).origin, [port2]);
      },
      initMessage("number", GROUP),
    );
    await page.waitForFunction(
      () => (window as never as { __parentReceived: unknown[] }).__parentReceived.length > 0,
    );
    expect(await mounted(page, "target")).toBe(true);
    await channel.messages("none", 0);
  });

  it("another major version, with an explicit error", async () => {
    const { loosePageUrl, frameOrigin } = session.sites();
    const { page } = await session.open(loosePageUrl, { ready: false });
    const channel = await raw(page);
    await channel.open("v2", frameUrl(frameOrigin), {
      ...initMessage("number", GROUP),
      version: 2,
    });
    expect(await channel.messages("v2")).toEqual([
      {
        protocol: "cardward-frame",
        version: 1,
        seq: 0,
        type: "error",
        payload: { code: "unsupported_version", supported: 1 },
      },
    ]);
    expect(await mounted(page, "v2")).toBe(false);
  });

  it("an init whose nonce is not a nonce", async () => {
    const { loosePageUrl, frameOrigin } = session.sites();
    const { page } = await session.open(loosePageUrl, { ready: false });
    const channel = await raw(page);
    await channel.open("bad", frameUrl(frameOrigin), {
      ...initMessage("number", GROUP),
      nonce: "1",
    });
    expect(await channel.messages("bad")).toEqual([]);
  });
});

describe("styles from the page", () => {
  const UNSAFE = {
    base: {
      color: "rgb(1, 2, 3)",
      fontFamily: "url(https://evil.example/f.woff)",
      textShadow: "\\75 rl(https://evil.example/x)",
      fontSize: "image-set('https://evil.example/a.png' 1x)",
      letterSpacing: "1px; background: url(https://evil.example/b)",
      backgroundImage: "linear-gradient(red, blue)",
    },
    focus: { color: "@import 'https://evil.example/c.css'" },
    placeholder: { color: "rgb(4, 5, 6)" },
  };

  it("keep the allowed entries and drop url(, @import, escapes, image-set( and unknown properties", async () => {
    const { loosePageUrl, frameOrigin } = session.sites();
    const { page } = await session.open(loosePageUrl, { ready: false });
    const channel = await raw(page);
    await channel.open(
      "styled",
      frameUrl(frameOrigin),
      initMessage("number", GROUP, { label: "Card number", style: UNSAFE }),
    );
    const warnings = (await channel.messages("styled")).filter((m) => m.type === "warning");
    expect(warnings.map((w) => w.payload.property).sort()).toEqual(
      ["backgroundImage", "color", "fontFamily", "fontSize", "letterSpacing", "textShadow"].sort(),
    );
    const frame = await (await page.waitForSelector('iframe[title="styled"]')).contentFrame();
    const css = await frame?.evaluate(() =>
      document.adoptedStyleSheets
        .flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText))
        .join("\n"),
    );
    expect(css).toContain("color: rgb(1, 2, 3)");
    expect(css).toContain("color: rgb(4, 5, 6)");
    expect(css).not.toMatch(/url|image-set|@import|evil|background|\\/);
    const violations = await frame?.evaluate(
      () => (window as never as { __e2eCspViolations: unknown[] }).__e2eCspViolations,
    );
    expect(violations).toEqual([]);
  });
});

describe("a key offered by the page", () => {
  it("is ignored: the card is encrypted to the frame origin's key only", async () => {
    const { loosePageUrl, frameOrigin, demo, pageOrigin } = session.sites();
    const attacker = await webcrypto.subtle.generateKey(
      {
        name: "RSA-OAEP",
        modulusLength: 2048,
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: "SHA-256",
      },
      true,
      ["encrypt", "decrypt"],
    );
    const attackerJwk = {
      ...(await webcrypto.subtle.exportKey("jwk", attacker.publicKey)),
      kid: "attacker",
    };
    const { page } = await session.open(loosePageUrl, { ready: false });
    const channel = await raw(page);
    const offer = { encryptionKey: attackerJwk, key: attackerJwk, jwk: attackerJwk };
    for (const field of ["number", "expiry", "cvc"]) {
      await channel.open(
        field,
        frameUrl(frameOrigin),
        initMessage(field, GROUP, { label: field, ...offer }, offer),
      );
    }
    for (const [field, text] of [
      ["number", "4242424242424242"],
      ["expiry", "1230"],
      ["cvc", "123"],
    ] as const) {
      const frame = await (await page.waitForSelector(`iframe[title="${field}"]`)).contentFrame();
      await frame?.click("input");
      await page.keyboard.type(text);
    }
    await channel.send("number", "submit", {
      id: 1,
      fields: ["number", "expiry", "cvc"],
      ...offer,
      captureContext: "not-a-context",
    });
    await page.waitForFunction(() =>
      (window as never as { __raw: { messages(n: string): { type: string }[] } }).__raw
        .messages("number")
        .some((m) => m.type === "result"),
    );
    const result = (await channel.messages("number", 0)).find((m) => m.type === "result");
    const ciphertext = result?.payload.ciphertext as string;
    expect(ciphertext).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\.[\w-]+\.[\w-]+$/);
    const header = JSON.parse(Buffer.from(ciphertext.split(".")[0] ?? "", "base64url").toString());
    expect(header).toMatchObject({ alg: "RSA-OAEP-256", enc: "A256GCM", kid: demo.publicJwk.kid });
    const card = await openCard(ciphertext, demo.privateKey, pageOrigin);
    expect(card).toMatchObject({
      pan: "4242424242424242",
      cvc: "123",
      expMonth: 12,
      expYear: 2030,
      aud: pageOrigin,
    });
    await expect(openCard(ciphertext, attacker.privateKey, pageOrigin)).rejects.toThrow();
  });
});
