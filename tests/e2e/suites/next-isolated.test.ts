// The Next.js example's isolated checkout, in real Chromium with the page (127.0.0.1) and the card
// frames (localhost) on two sites: typing in the frames, Pay, the route handler's openCard opens
// the card; the same sealed card posted again is refused; a capture context a page script signed
// with its own key gets an error from the frame and no ciphertext. Chromium only (listed by name as
// not run in the other engines).
import {
  createCaptureContext,
  generateEncryptionKeyPair,
  generateSigningKeyPair,
} from "@cardward/server";
import { describe, expect, it } from "vitest";
import {
  decodeJws,
  OPENED_CARD,
  resultOf,
  typeCard,
  waitFramesReady,
} from "../harness/next-isolated";
import { useBrowser } from "../harness/session";
import { nextIsolatedTargets } from "../harness/targets";

const session = useBrowser();

/** What the open route answers a POST of `body`, asked from Node (as a replaying attacker). */
async function postOpen(pageUrl: string, body: string) {
  const response = await fetch(`${pageUrl}/api/open`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body,
  });
  return { status: response.status, body: await response.json() };
}

describe.each(nextIsolatedTargets())("a payer on the $name checkout", ({ url }) => {
  it("types in the frames and pays: the route handler's openCard opens the card", async () => {
    const { page, recording } = await session.open(url);
    await waitFramesReady(page);
    await typeCard(page);
    await page.click("#pay");
    const result = await resultOf(page);
    expect(result.server).toEqual(OPENED_CARD);
    expect(result.page).toMatchObject({ card: OPENED_CARD });
    // The page sent ciphertext only: no digit of the number or the CVC in any request.
    const opened = recording.requests.filter((request) => request.url.endsWith("/api/open"));
    expect(opened).toHaveLength(1);
    expect(Object.keys(JSON.parse(opened[0]?.body ?? "{}"))).toEqual(["ciphertext"]);
    for (const request of recording.requests) {
      expect(`${request.url} ${request.body ?? ""}`).not.toMatch(/4242424242424242|"123"/);
    }
    // Under the page's nonce policy, which frames the frame site and nothing else.
    const policy = (await fetch(url)).headers.get("content-security-policy") ?? "";
    const frameOrigin = await page.evaluate(
      () => new URL(document.querySelector("iframe")?.src ?? "").origin,
    );
    expect(policy).toContain(`frame-src ${frameOrigin};`);
    expect(await page.evaluate(() => Reflect.get(window, "__e2eCspViolations"))).toEqual([]);
  });

  it("refuses the same sealed card posted again", async () => {
    const { page, recording } = await session.open(url);
    await waitFramesReady(page);
    await typeCard(page);
    await page.click("#pay");
    expect((await resultOf(page)).server).toEqual(OPENED_CARD);
    const sealed = recording.requests.find((request) => request.url.endsWith("/api/open"));
    if (!sealed?.body) throw new Error("the page posted no sealed card");
    expect(await postOpen(url, sealed.body)).toEqual({
      status: 409,
      body: { error: "replayed" },
    });
  });

  it("refuses a context a page script signed with its own key: no ciphertext", async () => {
    const { page, recording } = await session.open(url);
    await waitFramesReady(page);
    // The server's own context, for its kid and the frame origin it names.
    const issued = await (await fetch(`${url}/api/context`)).json();
    const { header, claims } = decodeJws(issued.captureContext);
    // A skimmer's keys: it would decrypt whatever the frame encrypted to its key.
    const skimmerSigner = await generateSigningKeyPair({ kid: String(header.kid) });
    const skimmerKey = await generateEncryptionKeyPair();
    const forged = await createCaptureContext({
      signingKey: skimmerSigner.privateJwk,
      encryptionKey: skimmerKey.publicJwk,
      audience: String(claims.aud),
      frameOrigin: String(claims.frame_origin),
    });
    // A script on the page swaps the context the checkout fetches for its own.
    await page.evaluate((token) => {
      const original = window.fetch.bind(window);
      window.fetch = (input, init) =>
        String(input).endsWith("/api/context")
          ? Promise.resolve(Response.json({ captureContext: token }))
          : original(input, init);
    }, forged.token);
    await typeCard(page);
    await page.click("#pay");
    expect(await resultOf(page)).toEqual({ error: "context_invalid", fields: {} });
    expect(recording.requests.filter((request) => request.url.endsWith("/api/open"))).toEqual([]);
  });
});
