// A merchant's developer logs what collect() returns and expands it in Chromium's DevTools: the
// security code must not show up in a console preview nor in any property DevTools lists when the
// object is expanded (own, private and internal properties, level after level). DevTools gets
// both through the Chrome DevTools Protocol, and so does this suite.
import type { CDPSession, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { focusField } from "../harness/fields";
import { futureExpiry, SENTINEL_CVC, SENTINEL_NUMBER } from "../harness/sentinels";
import { useBrowser } from "../harness/session";
import { fixtureUrl } from "../harness/targets";

const session = useBrowser();

/** How deep an expansion goes: DevTools' own previews stop far earlier. */
const MAX_DEPTH = 5;
/** How many objects one expansion may open at most, so a cyclic graph cannot run away. */
const MAX_OBJECTS = 400;

/** A remote object as CDP describes it (only what the walk reads). */
interface RemoteObject {
  readonly type: string;
  readonly objectId?: string;
}

/** A property, private property or internal property as `Runtime.getProperties` lists it. */
interface PropertyDescriptor {
  readonly name: string;
  readonly value?: RemoteObject;
  readonly get?: RemoteObject;
  readonly set?: RemoteObject;
}

/** Types the whole card with the real keyboard, so the fields hold a valid card. */
async function fillCard(page: Page): Promise<void> {
  await focusField(page, "number");
  await page.keyboard.type(SENTINEL_NUMBER);
  await focusField(page, "expiry");
  await page.keyboard.type(futureExpiry());
  await focusField(page, "cvc");
  await page.keyboard.type(SENTINEL_CVC);
  await focusField(page, "name");
  await page.keyboard.type("Ada Lovelace");
  await focusField(page, "postalCode");
  await page.keyboard.type("SW1A 1AA");
  await page.keyboard.press("Tab");
}

/**
 * Everything DevTools can show when `root` is expanded, level after level, as JSON text: each
 * object's own properties (accessors included, with previews), its private fields and its
 * internal properties (`[[Prototype]]`, `[[Entries]]`, ...). Functions are listed but not opened:
 * a function's `[[Scopes]]` is the debugger's view of every closure, which holds whatever the
 * page's code holds, and is not an object inspector's view of the value.
 */
async function expand(cdp: CDPSession, root: RemoteObject): Promise<string> {
  const seen: unknown[] = [root];
  const queue: { object: RemoteObject; depth: number }[] = [{ object: root, depth: 0 }];
  let opened = 0;
  while (queue.length > 0 && opened < MAX_OBJECTS) {
    const next = queue.shift();
    if (!next?.object.objectId || next.object.type !== "object") continue;
    opened += 1;
    const listed = await cdp.send("Runtime.getProperties", {
      objectId: next.object.objectId,
      ownProperties: true,
      accessorPropertiesOnly: false,
      generatePreview: true,
    });
    const properties: PropertyDescriptor[] = [
      ...listed.result,
      ...(listed.internalProperties ?? []),
      ...(listed.privateProperties ?? []),
    ];
    seen.push(properties);
    if (next.depth >= MAX_DEPTH) continue;
    for (const property of properties) {
      for (const value of [property.value, property.get, property.set]) {
        if (value) queue.push({ object: value, depth: next.depth + 1 });
      }
    }
  }
  return JSON.stringify(seen);
}

/** Opens the fixture with a valid card typed in, and a CDP session on its page. */
async function openFilledCheckout(): Promise<{ page: Page; cdp: CDPSession }> {
  const { page, context } = await session.open(fixtureUrl("fields.html"));
  await fillCard(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Runtime.enable");
  return { page, cdp };
}

/** Evaluates `expression` in the page and returns the remote object, not its value. */
async function remote(cdp: CDPSession, expression: string): Promise<RemoteObject> {
  const evaluated = await cdp.send("Runtime.evaluate", { expression, generatePreview: true });
  return evaluated.result;
}

describe("a developer inspecting collect() in DevTools", () => {
  it("logs the security code and the collected card: no console preview shows the digits", async () => {
    const { page, cdp } = await openFilledCheckout();
    const logged: unknown[] = [];
    cdp.on("Runtime.consoleAPICalled", (event) => logged.push(event));
    await page.evaluate(() => {
      const card = window.cardward?.collect();
      console.log(card?.cvc);
      console.log(card);
      console.log({ nested: { card } });
    });
    await expect.poll(() => logged.length).toBe(3);
    const previews = JSON.stringify(logged);
    expect(previews).toContain("Sensitive");
    expect(previews).not.toContain(SENTINEL_CVC);
  });

  it("expands the security code and the collected card: no property shows the digits", async () => {
    const { cdp } = await openFilledCheckout();
    const revealed = await remote(cdp, "window.cardward.collect().cvc.reveal()");
    expect(JSON.stringify(revealed)).toContain(SENTINEL_CVC);
    for (const expression of ["window.cardward.collect().cvc", "window.cardward.collect()"]) {
      const expanded = await expand(cdp, await remote(cdp, expression));
      expect(expanded).toContain("[[Prototype]]");
      expect(expanded, expression).not.toContain(SENTINEL_CVC);
    }
  });

  it("would see a secret kept in a private field (the walk reaches private properties)", async () => {
    const { cdp } = await openFilledCheckout();
    const planted = await remote(cdp, `new (class Planted { #value = "${SENTINEL_CVC}"; })()`);
    expect(await expand(cdp, planted)).toContain(SENTINEL_CVC);
    const nested = await remote(
      cdp,
      `({ card: { cvc: new (class Planted { #value = "${SENTINEL_CVC}"; })() } })`,
    );
    expect(await expand(cdp, nested)).toContain(SENTINEL_CVC);
  });
});
