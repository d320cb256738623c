// Driving the Next.js example's isolated checkout (`/isolated`): its card frames come from the
// frame site on `localhost`, another site than the page on 127.0.0.1 (next-server.ts starts both).
import type { Frame, Page } from "playwright-core";

/** The containers' id suffixes, in the order a person fills them in, with what they type. */
export const TYPED_CARD = [
  ["number", "4242424242424242"],
  ["expiry", "1230"],
  ["cvc", "123"],
  ["name", "Ada Lovelace"],
  ["postal", "SW1A 1AA"],
] as const;

/** What the route handler answers for the typed card: what is safe to show, nothing more. */
export const OPENED_CARD = { brand: "visa", last4: "4242", expMonth: 12, expYear: 2030 } as const;

/** The frame document inside `#card-<field>`, once its input is there. */
export async function frameOf(page: Page, field: string): Promise<Frame> {
  const handle = await page.waitForSelector(`#card-${field} iframe`);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`#card-${field} has no frame document`);
  await frame.waitForSelector("main input");
  return frame;
}

/** Waits until every frame answered the handshake (the form stops being busy). */
export async function waitFramesReady(page: Page): Promise<void> {
  for (const [field] of TYPED_CARD) await frameOf(page, field);
  await page.waitForSelector('#checkout[aria-busy="false"]');
}

/** Types the card with the keyboard, clicking into each frame's input first. */
export async function typeCard(page: Page): Promise<void> {
  for (const [field, text] of TYPED_CARD) {
    const frame = await frameOf(page, field);
    await frame.click("input");
    await page.keyboard.type(text);
  }
}

/** The `#result` panel's JSON once it has been written. */
export async function resultOf(page: Page): Promise<Record<string, unknown>> {
  await page.waitForFunction(() => (document.querySelector("#result")?.textContent ?? "") !== "");
  return JSON.parse((await page.textContent("#result")) ?? "{}");
}

/** The decoded JSON of a compact JWS's header and payload. */
export function decodeJws(token: string): {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
} {
  const [header = "", claims = ""] = token.split(".");
  const decode = (part: string) => JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
  return { header: decode(header), claims: decode(claims) };
}
