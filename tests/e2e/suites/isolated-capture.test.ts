// Signed capture contexts end to end, in real Chromium with the page and the frames on two
// cross-site origins: the page fetches a context from its server, the frame verifies it and seals
// the card to the key inside, and the server opens it with @cardward/server's openCard. A context
// the page signed itself, an expired one and one for another page get a coded error and no
// ciphertext; the same ciphertext posted twice is opened once. Issuer keys in the frame origin's
// JWK Set verify too, and a key added to it later (rotation) without rebuilding the frame site.
// Chromium only, self-contained.
import { createCaptureContext, generateSigningKeyPair } from "@cardward/server";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { frameOf, useIsolatedSites } from "../harness/isolated-sites";

const session = useIsolatedSites();
const PAN = "4242424242424242";
const HOUR_MS = 3_600_000;

async function typeCard(page: Page): Promise<void> {
  for (const [field, text] of [
    ["number", PAN],
    ["expiry", "1230"],
    ["cvc", "123"],
    ["name", "Ada Lovelace"],
    ["postal", "SW1A 1AA"],
  ] as const) {
    const frame = await frameOf(page, field);
    await frame.click("input");
    await page.keyboard.type(text);
  }
}

/** What a page script gets from `submit({ captureContext })`: the result, or the error's code. */
function submitWith(page: Page, captureContext: string) {
  return page.evaluate(async (context) => {
    const card = (
      window as unknown as {
        cardwardCard: {
          submit(o: { captureContext: string }): Promise<{ ciphertext: string; card: unknown }>;
        };
      }
    ).cardwardCard;
    try {
      const submitted = await card.submit({ captureContext: context });
      return { ciphertext: submitted.ciphertext, card: submitted.card };
    } catch (error) {
      return { error: (error as { code: string }).code };
    }
  }, captureContext);
}

/**
 * The server's answer to `POST api/open` with `ciphertext`, posted from the test (as a replaying
 * attacker would, and so a refusal is not a console error in the page).
 */
async function postOpen(ciphertext: string) {
  const response = await fetch(`${session.sites().pageUrl}api/open`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ ciphertext }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A context for the demo's frame, signed by `signingKey` (the server's unless overridden). */
async function contextFor(overrides: Partial<Parameters<typeof createCaptureContext>[0]> = {}) {
  const { demo, pageOrigin, frameOrigin } = session.sites();
  const created = await createCaptureContext({
    signingKey: demo.signing.privateJwk,
    encryptionKey: demo.encryption.publicJwk,
    audience: pageOrigin,
    frameOrigin,
    ...overrides,
  });
  return created.token;
}

describe("capture contexts", () => {
  it("carry the card from typing to openCard on the server", async () => {
    const { page } = await session.open(session.sites().pageUrl);
    await typeCard(page);
    await page.click("#pay");
    await page.waitForFunction(() =>
      document.querySelector("#result")?.textContent?.includes("server"),
    );
    const result = JSON.parse((await page.textContent("#result")) ?? "{}");
    expect(result.server).toEqual({ brand: "visa", last4: "4242", expMonth: 12, expYear: 2030 });
    expect(result.page.card).toEqual({ brand: "visa", last4: "4242", expMonth: 12, expYear: 2030 });
  });

  it("seal the card with the context in its header, opened once: a replay is refused", async () => {
    const { page } = await session.open(session.sites().pageUrl);
    await typeCard(page);
    const token = await contextFor();
    const submitted = await submitWith(page, token);
    if (!("ciphertext" in submitted)) throw new Error(`submit failed: ${submitted.error}`);
    const header = JSON.parse(
      Buffer.from(submitted.ciphertext.split(".")[0] ?? "", "base64url").toString(),
    );
    expect(header).toMatchObject({
      alg: session.sites().demo.encryption.publicJwk.alg,
      enc: "A256GCM",
      kid: session.sites().demo.encryption.publicJwk.kid,
      ctx: token,
    });
    expect(await postOpen(submitted.ciphertext)).toEqual({
      status: 200,
      body: { brand: "visa", last4: "4242", expMonth: 12, expYear: 2030 },
    });
    expect(await postOpen(submitted.ciphertext)).toEqual({
      status: 409,
      body: { error: "replayed" },
    });
    // The frame, too, takes a context for one successful submit only.
    expect(await submitWith(page, token)).toEqual({ error: "context_used" });
  });

  it("refuse a context the page signed itself, an expired one and one for another page", async () => {
    const { page } = await session.open(session.sites().pageUrl);
    await typeCard(page);
    // The same kid as the server's key, so only the signature tells them apart.
    const kid = session.sites().demo.signing.publicJwk.kid ?? "";
    const pageSigner = await generateSigningKeyPair({ kid });
    const past = new Date(Date.now() - 2 * HOUR_MS);
    const cases = [
      ["signed by the page", { signingKey: pageSigner.privateJwk }, "context_invalid"],
      ["expired", { now: past, ttl: 600 }, "context_expired"],
      ["for another page", { audience: "https://elsewhere.example" }, "context_audience"],
      ["for another frame origin", { frameOrigin: "https://frames.example" }, "context_invalid"],
    ] as const;
    for (const [name, overrides, code] of cases) {
      expect({ name, ...(await submitWith(page, await contextFor(overrides))) }).toEqual({
        name,
        error: code,
      });
    }
    // The same page and card, with the server's own context, still go through.
    expect(await submitWith(page, await contextFor())).toHaveProperty("ciphertext");
  });

  it("verify a context signed by a key only in the frame origin's JWK Set", async () => {
    const { page } = await session.open(session.sites().pageUrl);
    await typeCard(page);
    const { demo } = session.sites();
    const submitted = await submitWith(
      page,
      await contextFor({ signingKey: demo.published.privateJwk }),
    );
    if (!("ciphertext" in submitted)) throw new Error(`submit failed: ${submitted.error}`);
    expect(await postOpen(submitted.ciphertext)).toEqual({
      status: 200,
      body: { brand: "visa", last4: "4242", expMonth: 12, expYear: 2030 },
    });
  });

  it("verify a context under a kid added to the JWK Set after the frame site was built", async () => {
    const { demo } = session.sites();
    const rotatedIn = await generateSigningKeyPair({
      kid: `rotated-in-${Date.now().toString(36)}`,
    });
    const before = await session.open(session.sites().pageUrl);
    await typeCard(before.page);
    const token = await contextFor({ signingKey: rotatedIn.privateJwk });
    expect(await submitWith(before.page, token)).toEqual({ error: "context_invalid" });
    demo.publishIssuerKeys([demo.published, rotatedIn]);
    try {
      // The next checkout's frame fetches the set again and finds the new kid: no redeploy.
      const after = await session.open(session.sites().pageUrl);
      await typeCard(after.page);
      const submitted = await submitWith(
        after.page,
        await contextFor({ signingKey: rotatedIn.privateJwk }),
      );
      if (!("ciphertext" in submitted)) throw new Error(`submit failed: ${submitted.error}`);
      expect((await postOpen(submitted.ciphertext)).status).toBe(200);
    } finally {
      demo.publishIssuerKeys([demo.published]);
    }
  });

  it("still refuse a context the page signed, under its own kid or a published one", async () => {
    const { page } = await session.open(session.sites().pageUrl);
    await typeCard(page);
    const { demo } = session.sites();
    const ownKid = await generateSigningKeyPair({ kid: "page-own-kid" });
    const publishedKid = await generateSigningKeyPair({ kid: demo.published.publicJwk.kid ?? "" });
    for (const signer of [ownKid, publishedKid]) {
      expect(await submitWith(page, await contextFor({ signingKey: signer.privateJwk }))).toEqual({
        error: "context_invalid",
      });
    }
    expect(
      await submitWith(page, await contextFor({ signingKey: demo.published.privateJwk })),
    ).toHaveProperty("ciphertext");
  });
});
