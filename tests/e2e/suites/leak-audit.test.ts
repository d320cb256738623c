// A person fills in the card and pays, submits a form, or leaves and comes back: the security
// code (a sentinel) must turn up in no sink at all, and the number only in its own field and in
// what is sent. The self-tests plant a leak in each sink and prove the audit finds it.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { focusField, readField, SELECTORS } from "../harness/fields";
import { auditSinks, recordDevtools, SINKS, type SinkName } from "../harness/leak-audit";
import { futureExpiry, SENTINEL_CVC, SENTINEL_NUMBER, SENTINELS } from "../harness/sentinels";
import { type OpenedPage, useBrowser } from "../harness/session";
import { exampleTargets, fixtureUrl } from "../harness/targets";

const session = useBrowser();

/** Types the whole card with the real keyboard, field by field, and leaves the last field. */
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

/** Leaves for another page and comes back through the back-forward cache. */
async function awayAndBack(page: Page): Promise<void> {
  await page.goto(fixtureUrl("away.html"));
  await page.goBack({ waitUntil: "commit" });
  await page.waitForFunction(() => "__e2ePageshowPersisted" in window);
  const persisted = await page.evaluate(() => Reflect.get(window, "__e2ePageshowPersisted"));
  expect(persisted, "the page should come back from the back-forward cache").toBe(true);
}

function sinksOf(findings: { sink: SinkName }[]): SinkName[] {
  return [...new Set(findings.map((finding) => finding.sink))];
}

describe.each(exampleTargets())("a payer on the $name example", ({ url }) => {
  it("fills in the card and pays: the CVC is in no sink, the number only where shown", async () => {
    const opened = await session.open(url);
    await recordDevtools(opened);
    const { page } = opened;
    await fillCard(page);
    const cvc = await readField(page, "cvc");
    expect(cvc.value).toMatch(/^[^0-9]{4}$/);
    await page.click(SELECTORS.pay);
    const result = await page.textContent(SELECTORS.result);
    expect(result).toContain(SENTINEL_NUMBER);
    expect(result).toContain("[redacted]");
    await expect.poll(() => page.textContent(SELECTORS.cvcSpy)).toBe(cvc.value);
    expect(await auditSinks(opened, SENTINELS)).toEqual([]);
  });

  it("leaves and comes back through the back-forward cache: the CVC field is empty", async () => {
    const opened = await session.open(url);
    await recordDevtools(opened);
    await fillCard(opened.page);
    await awayAndBack(opened.page);
    expect((await readField(opened.page, "cvc")).value).toBe("");
    expect(await auditSinks(opened, SENTINELS)).toEqual([]);
  });
});

describe.each(exampleTargets())("a payer resetting the $name example's form", ({ url }) => {
  it("empties the fields and the controller: nothing comes back, the CVC is in no sink", async () => {
    const opened = await session.open(url);
    await recordDevtools(opened);
    const { page } = opened;
    await fillCard(page);
    await page.$eval(SELECTORS.cvc, (cvc) => (cvc as HTMLInputElement).form?.reset());
    for (const field of ["number", "expiry", "cvc"] as const) {
      expect((await readField(page, field)).value).toBe("");
    }
    // The controller was cleared too: the next digit starts a new number, and Pay finds no card.
    await focusField(page, "number");
    await page.keyboard.type("4");
    expect((await readField(page, "number")).value).toBe("4");
    await page.click(SELECTORS.pay);
    await expect.poll(() => page.textContent(SELECTORS.result)).toContain("invalid_card");
    expect(await auditSinks(opened, SENTINELS)).toEqual([]);
  });
});

describe.each(exampleTargets())("a payer composing the CVC with an IME on $name", ({ url }) => {
  // Chromium only: the composition is driven through the DevTools protocol's IME commands.
  it("never shows the composed digits in the page's 'other scripts' panel", async () => {
    const opened = await session.open(url);
    const { page } = opened;
    await focusField(page, "cvc");
    const cdp = await opened.context.newCDPSession(page);
    await cdp.send("Input.imeSetComposition", {
      text: SENTINEL_CVC,
      selectionStart: SENTINEL_CVC.length,
      selectionEnd: SENTINEL_CVC.length,
    });
    // The panel reads the field after events and every 250 ms, as a polling script would.
    await page.waitForTimeout(600);
    expect(await page.textContent(SELECTORS.cvcSpy)).not.toMatch(/[0-9]/);
    await cdp.send("Input.insertText", { text: SENTINEL_CVC });
    await expect.poll(() => page.textContent(SELECTORS.cvcSpy)).toMatch(/^[^0-9]{4}$/);
    expect((await readField(page, "cvc")).value).toMatch(/^[^0-9]{4}$/);
  });
});

describe("a merchant's script handling what collect() returns", () => {
  it("sees the CVC only through reveal(): JSON, String() and enumeration show [redacted]", async () => {
    const opened = await session.open(fixtureUrl("fields.html"));
    await fillCard(opened.page);
    const seen = await opened.page.evaluate(() => {
      const card = window.cardward?.collect();
      if (!card) return null;
      return {
        json: JSON.stringify(card),
        string: String(card.cvc),
        template: `${card.cvc}`,
        entries: JSON.stringify(Object.entries(card.cvc)),
        keys: Object.keys(card).join(","),
        revealed: card.cvc.reveal(),
      };
    });
    expect(seen?.revealed).toBe(SENTINEL_CVC);
    expect(seen?.json).toContain('"cvc":"[redacted]"');
    expect(seen?.string).toBe("[redacted]");
    expect(seen?.template).toBe("[redacted]");
    const { revealed: _revealed, ...serialized } = seen ?? {};
    expect(JSON.stringify(serialized)).not.toContain(SENTINEL_CVC);
    expect(await auditSinks(opened, SENTINELS)).toEqual([]);
  });
});

describe.each(["get", "post"])("a payer submitting a native form by %s", (method) => {
  it("posts the name and postal code but no card number, expiry or CVC", async () => {
    const opened = await session.open(fixtureUrl(`form.html?method=${method}`));
    const { page } = opened;
    await fillCard(page);
    await Promise.all([page.waitForURL(/\/submit/), page.click(SELECTORS.pay)]);
    const submit = opened.recording.requests.find((request) => request.url.includes("/submit"));
    expect(submit?.method).toBe(method.toUpperCase());
    const sent = method === "get" ? new URL(submit?.url ?? "").search : (submit?.body ?? "");
    expect(sent).toContain("cardholder=Ada+Lovelace");
    expect(sent).toContain("postal=SW1A+1AA");
    expect(await auditSinks(opened, SENTINELS)).toEqual([]);
  });
});

/** A planted leak per sink, run in a page without cardward. */
const PLANTS: Record<SinkName, (page: Page, secret: string) => Promise<unknown>> = {
  console: (page, secret) =>
    page.evaluate((value) => console.debug("state", { cvc: value }), secret),
  "page-errors": (page, secret) =>
    page.evaluate((value) => {
      setTimeout(() => {
        throw new Error(`rejected card ${value}`);
      });
      return new Promise((done) => setTimeout(done, 50));
    }, secret),
  "local-storage": (page, secret) =>
    page.evaluate((value) => localStorage.setItem("draft", value), secret),
  "session-storage": (page, secret) =>
    page.evaluate((value) => sessionStorage.setItem("draft", JSON.stringify({ value })), secret),
  cookies: (page, secret) =>
    page.evaluate((value) => {
      // biome-ignore lint/suspicious/noDocumentCookie: the planted leak is exactly this
      document.cookie = `draft=${value}; path=/`;
    }, secret),
  indexeddb: (page, secret) =>
    page.evaluate(
      (value) =>
        new Promise((done) => {
          const opening = indexedDB.open("drafts", 1);
          opening.onupgradeneeded = () => opening.result.createObjectStore("cards");
          opening.onsuccess = () => {
            const tx = opening.result.transaction("cards", "readwrite");
            tx.objectStore("cards").put({ cvc: value }, "last");
            tx.oncomplete = () => done(opening.result.close());
          };
        }),
      secret,
    ),
  "cache-storage": (page, secret) =>
    page.evaluate(async (value) => {
      const cache = await caches.open("drafts");
      await cache.put("/draft", new Response(JSON.stringify({ cvc: value })));
    }, secret),
  "url-and-history": (page, secret) =>
    page.evaluate((value) => history.pushState({ step: 2 }, "", `?cvc=${value}`), secret),
  dom: (page, secret) =>
    page.evaluate((value) => document.body.setAttribute("data-last", value), secret),
  network: (page, secret) =>
    page.evaluate(
      (value) => fetch("/submit", { method: "POST", body: JSON.stringify({ cvc: value }) }),
      secret,
    ),
  performance: (page, secret) => page.evaluate((value) => performance.mark(`cvc-${value}`), secret),
  // A private field: the console's text and JSON show nothing, DevTools' preview shows it.
  "devtools-preview": (page, secret) =>
    page.evaluate((value) => {
      class Holder {
        readonly #code: string;
        constructor(code: string) {
          this.#code = code;
        }
        get size() {
          return this.#code.length;
        }
      }
      console.debug(new Holder(value));
    }, secret),
  // Nested below what a preview shows: found only by expanding, level after level.
  "devtools-expansion": (page, secret) =>
    page.evaluate((value) => {
      class Holder {
        readonly #code: string;
        constructor(code: string) {
          this.#code = code;
        }
        get size() {
          return this.#code.length;
        }
      }
      console.debug({ wallet: { cards: [new Holder(value)] } });
    }, secret),
  // Generated content: in no attribute, text node or HTML, but read by screen readers.
  "accessibility-tree": (page, secret) =>
    page.evaluate((value) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`main::after { content: "code ${value}"; }`);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }, secret),
};

describe("the leak audit's self-test", () => {
  it("finds nothing on a page where nothing was typed", async () => {
    const opened = await session.open(fixtureUrl("plain.html"));
    await recordDevtools(opened);
    expect(await auditSinks(opened, SENTINELS)).toEqual([]);
  });

  it.each(SINKS)("catches a security code planted in %s", async (sink) => {
    const opened = await session.open(fixtureUrl("plain.html"));
    await recordDevtools(opened);
    if (sink === "page-errors") opened.expectConsoleErrors();
    await PLANTS[sink](opened.page, SENTINEL_CVC);
    expect(sinksOf(await auditSinks(opened, SENTINELS))).toContain(sink);
  });

  it.each(["get", "post"])(
    "catches a security code in a native form submit by %s",
    async (method) => {
      const opened = await session.open(fixtureUrl("plain.html"));
      const { page } = opened;
      await page.$eval("form", (form, value) => form.setAttribute("method", value), method);
      await page.fill(SELECTORS.cvc, SENTINEL_CVC);
      await Promise.all([page.waitForURL(/\/submit/), page.click(SELECTORS.pay)]);
      expect(sinksOf(await auditSinks(opened, SENTINELS))).toContain("network");
    },
  );

  it("catches a number typed in the CVC field, shown in the page", async () => {
    const opened = await session.open(fixtureUrl("plain.html"));
    await opened.page.fill(SELECTORS.cvc, SENTINEL_NUMBER);
    await opened.page.$eval(
      SELECTORS.cvcSpy,
      (spy, value) => {
        spy.textContent = value;
      },
      SENTINEL_NUMBER,
    );
    const findings = await auditSinks(opened, SENTINELS);
    expect(findings.map((finding) => finding.where)).toContain("value of #card-cvc");
    expect(findings.map((finding) => finding.where)).toContain("text in <output>");
  });

  it("sees a plain field keep its value through the back-forward cache", async () => {
    const opened: OpenedPage = await session.open(fixtureUrl("plain.html"));
    await focusField(opened.page, "cvc");
    await opened.page.keyboard.type(SENTINEL_CVC);
    await awayAndBack(opened.page);
    expect((await readField(opened.page, "cvc")).value).toBe(SENTINEL_CVC);
  });
});
