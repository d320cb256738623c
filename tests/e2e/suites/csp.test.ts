// A merchant running the strictest policy (no inline script or style, Trusted Types required):
// mounting the fields, typing, pasting and destroying them records no securitypolicyviolation,
// on the fixture page and on each example. The self-test proves the listener hears violations.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { STRICT_CSP } from "../harness/constants";
import { focusField, pasteText, readField, SELECTORS } from "../harness/fields";
import { type OpenedPage, useBrowser } from "../harness/session";
import { exampleTargets, fixtureUrl } from "../harness/targets";

const session = useBrowser();

/**
 * The violations recorded by the fixture's own 'self' listener script (`cspViolations`), or by the
 * init script the harness adds to every page (`__e2eCspViolations`, for the examples).
 */
function violations(page: Page, key = "cspViolations"): Promise<unknown[]> {
  return page.evaluate((name) => Reflect.get(window, name) as unknown[], key);
}

async function responseCsp(opened: OpenedPage, url: string): Promise<string | undefined> {
  const response = await opened.page.request.get(url);
  return response.headers()["content-security-policy"];
}

/** Fills every field with the keyboard and a paste. */
async function fillCard(page: Page): Promise<void> {
  await focusField(page, "number");
  await pasteText(page, "4111 1111 1111 1111");
  await focusField(page, "expiry");
  await page.keyboard.type("1230");
  await focusField(page, "cvc");
  await page.keyboard.type("123");
  await focusField(page, "name");
  await page.keyboard.type("Ada Lovelace");
  await focusField(page, "postalCode");
  await page.keyboard.type("SW1A 1AA");
  await page.keyboard.press("Tab");
}

describe("a merchant whose page runs under a strict CSP with Trusted Types", () => {
  it("mounts, types into and destroys the fields with no violation", async () => {
    const opened = await session.open(fixtureUrl("csp.html"), { clipboard: true });
    const { page } = opened;
    expect(await responseCsp(opened, fixtureUrl("csp.html"))).toBe(STRICT_CSP);
    expect(await violations(page)).toEqual([]);
    await fillCard(page);
    expect(await readField(page, "number")).toMatchObject({ value: "4111 1111 1111 1111" });
    expect((await readField(page, "cvc")).value).toMatch(/^[^0-9]{3}$/);
    await page.click(SELECTORS.pay);
    expect(await page.textContent(SELECTORS.result)).toContain("[redacted]");
    await page.evaluate(() => window.cardward?.destroy());
    expect(await page.getAttribute(SELECTORS.number, "name")).toBe("number");
    expect(await page.$$eval('[role="status"]', (found) => found.length)).toBe(0);
    expect(await violations(page)).toEqual([]);
  });

  it.each(exampleTargets())("runs the $name example with no violation", async ({ url }) => {
    const opened = await session.open(`${url}?csp`, { clipboard: true });
    expect(await responseCsp(opened, `${url}?csp`)).toBe(STRICT_CSP);
    await fillCard(opened.page);
    await opened.page.click(SELECTORS.pay);
    expect(await opened.page.textContent(SELECTORS.result)).toContain("[redacted]");
    expect(await violations(opened.page, "__e2eCspViolations")).toEqual([]);
  });

  it.each([
    ["an inline style attribute", "style-src-attr"],
    ["an innerHTML string (Trusted Types)", "require-trusted-types-for"],
    ["an image from another origin", "img-src"],
  ])("self-test: hears %s", async (what, directive) => {
    const opened = await session.open(fixtureUrl("csp.html"));
    opened.expectConsoleErrors();
    await opened.page.evaluate((kind) => {
      const target = document.createElement("div");
      document.body.append(target);
      try {
        if (kind.startsWith("an inline style")) target.setAttribute("style", "color: red");
        else if (kind.startsWith("an innerHTML")) target.innerHTML = "<b>bold</b>";
        else {
          const image = document.createElement("img");
          image.alt = "";
          image.src = "http://localhost:9/pixel.png";
          document.body.append(image);
        }
      } catch {
        // Trusted Types throws as well as reporting
      }
    }, what);
    await expect
      .poll(async () => (await violations(opened.page)) as { directive: string }[])
      .toContainEqual(expect.objectContaining({ directive }));
  });
});
