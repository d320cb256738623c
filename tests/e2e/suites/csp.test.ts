// A merchant running the strictest policy (no inline script or style, Trusted Types required):
// mounting the fields, typing, pasting and destroying them records no securitypolicyviolation,
// on the fixture page and on each example. The self-test proves the listener hears violations.
import { describe, expect, it } from "vitest";
import { STRICT_CSP } from "../harness/constants";
import type { EnginePage } from "../harness/driver";
import { useEngine } from "../harness/engine-session";
import {
  attribute,
  focusField,
  pasteText,
  readField,
  SELECTORS,
  textContent,
} from "../harness/fields";
import { nextPolicyProblems, parsePolicy, scriptNonces } from "../harness/next-csp";
import { checkoutTargets, fixtureUrl, nextTargets } from "../harness/targets";

const session = useEngine();

/**
 * The violations recorded by the fixture's own 'self' listener script (`cspViolations`), or by the
 * init script the harness adds to every page (`__e2eCspViolations`, for the examples).
 */
function violations(page: EnginePage, key = "cspViolations"): Promise<unknown[]> {
  return page.evaluate((name) => Reflect.get(window, name) as unknown[], key);
}

/** The policy the server sends with `url` (asked from Node: the same for every engine). */
async function responseCsp(url: string): Promise<string | null> {
  const response = await fetch(url);
  return response.headers.get("content-security-policy");
}

/** Fills every field with the keyboard and a paste. */
async function fillCard(page: EnginePage): Promise<void> {
  await focusField(page, "number");
  await pasteText(page, "4111 1111 1111 1111");
  await focusField(page, "expiry");
  await page.type("1230");
  await focusField(page, "cvc");
  await page.type("123");
  await focusField(page, "name");
  await page.type("Ada Lovelace");
  await focusField(page, "postalCode");
  await page.type("SW1A 1AA");
  await page.press("Tab");
}

describe("a merchant whose page runs under a strict CSP with Trusted Types", () => {
  it("mounts, types into and destroys the fields with no violation", async () => {
    const page = await session.open(fixtureUrl("csp.html"));
    expect(await responseCsp(fixtureUrl("csp.html"))).toBe(STRICT_CSP);
    expect(await violations(page)).toEqual([]);
    await fillCard(page);
    expect(await readField(page, "number")).toMatchObject({ value: "4111 1111 1111 1111" });
    expect((await readField(page, "cvc")).value).toMatch(/^[^0-9]{3}$/);
    await page.click(SELECTORS.pay);
    expect(await textContent(page, SELECTORS.result)).toContain("[redacted]");
    await page.evaluate(() => window.cardward?.destroy(), null);
    expect(await attribute(page, SELECTORS.number, "name")).toBe("number");
    expect(
      await page.evaluate(() => document.querySelectorAll('[role="status"]').length, null),
    ).toBe(0);
    expect(await violations(page)).toEqual([]);
  });

  it.each(checkoutTargets())("runs the $name example with no violation", async ({ url }) => {
    const page = await session.open(`${url}?csp`);
    expect(await responseCsp(`${url}?csp`)).toBe(STRICT_CSP);
    await fillCard(page);
    await page.click(SELECTORS.pay);
    expect(await textContent(page, SELECTORS.result)).toContain("[redacted]");
    expect(await violations(page, "__e2eCspViolations")).toEqual([]);
  });

  it.each(nextTargets())(
    "runs the $name example under its per-request nonce policy with no violation",
    async ({ url }) => {
      // `next start`: a fresh nonce per response, no 'unsafe-inline' or 'unsafe-eval' anywhere.
      const [first, second] = [await responseCsp(url), await responseCsp(url)];
      expect(nextPolicyProblems(first)).toEqual([]);
      expect(parsePolicy(first).nonce).not.toBe(parsePolicy(second).nonce);
      // Every script Next rendered into the document carries the nonce of its own response.
      const response = await fetch(url);
      const { nonce } = parsePolicy(response.headers.get("content-security-policy"));
      const nonces = scriptNonces(await response.text());
      expect(nonces.length).toBeGreaterThan(0);
      expect(new Set(nonces)).toEqual(new Set([nonce]));
      const page = await session.open(url);
      await fillCard(page);
      await page.click(SELECTORS.pay);
      expect(await textContent(page, SELECTORS.result)).toContain("[redacted]");
      await expect.poll(() => textContent(page, "#server-result")).toContain('"ok": true');
      expect(await violations(page, "__e2eCspViolations")).toEqual([]);
    },
  );

  it.each(nextTargets())(
    "self-test: the $name policy runs an inline script with its nonce, blocks one without",
    async ({ url }) => {
      const page = await session.open(url);
      page.expectConsoleErrors();
      const ran = await page.evaluate(() => {
        // Trusted Types are enforced too: the scripts' text goes through a policy of the test's.
        const factory: {
          createPolicy(
            name: string,
            rules: { createScript(text: string): string },
          ): {
            createScript(text: string): unknown;
          };
        } = Reflect.get(window, "trustedTypes");
        const policy = factory.createPolicy("e2e-plant", { createScript: (text) => text });
        const pageNonce = [...document.scripts].find((script) => script.nonce)?.nonce ?? "";
        const run = (name: string, nonce: string) => {
          const script = document.createElement("script");
          script.nonce = nonce;
          Reflect.set(script, "text", policy.createScript(`window.${name} = true`));
          document.head.append(script);
          return Reflect.get(window, name) === true;
        };
        return { withNonce: run("e2eWithNonce", pageNonce), without: run("e2eWithout", "") };
      }, null);
      expect(ran).toEqual({ withNonce: true, without: false });
      await expect
        .poll(async () => (await violations(page, "__e2eCspViolations")) as { directive: string }[])
        .toContainEqual(expect.objectContaining({ directive: "script-src-elem" }));
    },
  );

  it.each([
    ["an inline style attribute", "style-src-attr"],
    ["an innerHTML string (Trusted Types)", "require-trusted-types-for"],
    ["an image from another origin", "img-src"],
  ])("self-test: hears %s", async (what, directive) => {
    const page = await session.open(fixtureUrl("csp.html"));
    page.expectConsoleErrors();
    await page.evaluate((kind) => {
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
      .poll(async () => (await violations(page)) as { directive: string }[])
      .toContainEqual(expect.objectContaining({ directive }));
  });

  it("enforces Trusted Types, not only reports them: an innerHTML string throws", async () => {
    const page = await session.open(fixtureUrl("csp.html"));
    page.expectConsoleErrors();
    const outcome = await page.evaluate(() => {
      const target = document.createElement("div");
      try {
        target.innerHTML = "<b>bold</b>";
        return `assigned: ${target.childElementCount} element(s)`;
      } catch (error) {
        return error instanceof TypeError ? "TypeError" : String(error);
      }
    }, null);
    expect(outcome).toBe("TypeError");
  });
});
