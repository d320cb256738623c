// A person fills in the card and pays, submits a form, or leaves and comes back: the security
// code (a sentinel) must turn up in no sink at all, and the number only in its own field and in
// what is sent. The self-tests plant a leak in each sink and prove the audit finds it.
import { createServer } from "node:http";
import { describe, expect, it } from "vitest";
import type { EnginePage } from "../harness/driver";
import { onlyIn, useEngine } from "../harness/engine-session";
import { focusField, readField, SELECTORS, textContent } from "../harness/fields";
import { auditSinks, holds, recordDevtools, SINKS, type SinkName } from "../harness/leak-audit";
import {
  findInPayloads,
  isServerActionCall,
  recordRscResponses,
  rscPayloads,
  serverActionFields,
} from "../harness/next-leaks";
import { readNextServerLog } from "../harness/next-server";
import { futureExpiry, SENTINEL_CVC, SENTINEL_NUMBER, SENTINELS } from "../harness/sentinels";
import { checkoutTargets, fixtureUrl, nextTargets } from "../harness/targets";

// Each page in a context of its own where the engine has them: nothing one test stores can reach
// the next test's sinks, and the back-forward cache holds only this test's pages.
const session = useEngine({ freshContexts: true });

/** Types the whole card with the real keyboard, field by field, and leaves the last field. */
async function fillCard(page: EnginePage): Promise<void> {
  await focusField(page, "number");
  await page.type(SENTINEL_NUMBER);
  await focusField(page, "expiry");
  await page.type(futureExpiry());
  await focusField(page, "cvc");
  await page.type(SENTINEL_CVC);
  await focusField(page, "name");
  await page.type("Ada Lovelace");
  await focusField(page, "postalCode");
  await page.type("SW1A 1AA");
  await page.press("Tab");
}

/** Leaves for another page and comes back through the back-forward cache. */
async function awayAndBack(page: EnginePage): Promise<void> {
  await page.goto(fixtureUrl("away.html"));
  await page.goBack();
  await expect.poll(() => page.evaluate(() => "__e2ePageshowPersisted" in window, null)).toBe(true);
  const persisted = await page.evaluate(() => Reflect.get(window, "__e2ePageshowPersisted"), null);
  expect(persisted, "the page should come back from the back-forward cache").toBe(true);
}

/** Clicks Pay on a form that submits natively, and waits until the submitted page has loaded. */
async function submit(page: EnginePage): Promise<void> {
  await page.click(SELECTORS.pay);
  await expect
    .poll(async () => {
      const url = await page.url();
      const ready = await page.evaluate(() => document.readyState, null).catch(() => "loading");
      return /\/submit/.test(url) && ready === "complete";
    })
    .toBe(true);
}

function sinksOf(findings: { sink: SinkName }[]): SinkName[] {
  return [...new Set(findings.map((finding) => finding.sink))];
}

describe.each(checkoutTargets())("a payer on the $name example", ({ url }) => {
  it("fills in the card and pays: the CVC is in no sink, the number only where shown", async () => {
    const page = await session.open(url);
    await recordDevtools(page);
    await fillCard(page);
    const cvc = await readField(page, "cvc");
    expect(cvc.value).toMatch(/^[^0-9]{4}$/);
    await page.click(SELECTORS.pay);
    const result = await textContent(page, SELECTORS.result);
    expect(result).toContain(SENTINEL_NUMBER);
    expect(result).toContain("[redacted]");
    await expect.poll(() => textContent(page, SELECTORS.cvcSpy)).toBe(cvc.value);
    expect(await auditSinks(page, SENTINELS)).toEqual([]);
  });

  it("leaves and comes back through the back-forward cache: the CVC field is empty", async () => {
    const page = await session.open(url);
    await recordDevtools(page);
    await fillCard(page);
    await awayAndBack(page);
    expect((await readField(page, "cvc")).value).toBe("");
    expect(await auditSinks(page, SENTINELS)).toEqual([]);
  });
});

/** The CVC sentinel alone, and the number alone: the Next audit allows the number in one place. */
const CVC_ONLY = SENTINELS.filter((sentinel) => sentinel.digits === SENTINEL_CVC);
const NUMBER_ONLY = SENTINELS.filter((sentinel) => sentinel.digits === SENTINEL_NUMBER);

describe.each(nextTargets())("a payer on the $name example (server action)", ({ url }) => {
  it("pays: only the server action's POST carries the number, the CVC is in no sink", async () => {
    const page = await session.open(url);
    await recordDevtools(page);
    await recordRscResponses(page);
    await fillCard(page);
    const cvc = await readField(page, "cvc");
    expect(cvc.value).toMatch(/^[^0-9]{4}$/);
    await page.click(SELECTORS.pay);
    await expect.poll(() => textContent(page, "#server-result")).toContain('"ok": true');
    expect(await textContent(page, SELECTORS.result)).toContain("[redacted]");
    // Exactly one request holds the number: the server action's same-origin POST, with the
    // number, expiry, name and postal code as its argument and no CVC.
    const { requests } = await page.recording();
    const actionIndex = requests.findIndex((request) => isServerActionCall(request, url));
    const action = requests[actionIndex];
    if (!action) throw new Error("the page made no server action call");
    expect(serverActionFields(action)).toEqual(["expiry", "name", "number", "postalCode"]);
    expect(await auditSinks(page, NUMBER_ONLY)).toEqual([
      { sink: "network", sentinel: "number", where: `POST ${url} (#${actionIndex})` },
    ]);
    // The CVC: in no request (the action's included), URL, storage, cookie, attribute, console
    // message, DevTools view or accessibility tree; in no RSC payload, nor in the server's output.
    expect(await auditSinks(page, CVC_ONLY)).toEqual([]);
    // The action answers with the last four digits: the number is in no RSC payload either.
    expect(findInPayloads(await rscPayloads(page), SENTINELS)).toEqual([]);
    const serverLog = readNextServerLog(new URL(url).origin);
    expect(sentinelIn(serverLog)).toEqual([]);
  });
});

describe.each(nextTargets())("a payer leaving the $name example", ({ url }) => {
  it("comes back through the back-forward cache: the CVC field is empty", async () => {
    const page = await session.open(url);
    await recordDevtools(page);
    await fillCard(page);
    await awayAndBack(page);
    expect((await readField(page, "cvc")).value).toBe("");
    expect(await auditSinks(page, SENTINELS)).toEqual([]);
  });
});

/** The sentinels `text` holds, by label. */
function sentinelIn(text: string): string[] {
  return SENTINELS.filter((sentinel) => holds(text, sentinel.digits)).map(({ label }) => label);
}

describe.each([...checkoutTargets(), ...nextTargets()])(
  "a payer resetting the $name example's form",
  ({ url }) => {
    it("empties the fields and the controller: nothing comes back, the CVC is in no sink", async () => {
      const page = await session.open(url);
      await recordDevtools(page);
      await fillCard(page);
      await page.evaluate(
        (selector) => (document.querySelector(selector) as HTMLInputElement | null)?.form?.reset(),
        SELECTORS.cvc,
      );
      for (const field of ["number", "expiry", "cvc"] as const) {
        expect((await readField(page, field)).value).toBe("");
      }
      // The controller was cleared too: the next digit starts a new number, and Pay finds no card.
      await focusField(page, "number");
      await page.type("4");
      expect((await readField(page, "number")).value).toBe("4");
      await page.click(SELECTORS.pay);
      await expect.poll(() => textContent(page, SELECTORS.result)).toContain("invalid_card");
      expect(await auditSinks(page, SENTINELS)).toEqual([]);
    });
  },
);

describe.each([...checkoutTargets(), ...nextTargets()])(
  "a payer composing the CVC with an IME on $name",
  ({ url }) => {
    it("never shows the composed digits in the page's 'other scripts' panel", async (context) => {
      onlyIn(
        context,
        ["chromium"],
        "the composition is driven through the DevTools protocol's IME commands",
      );
      const opened = await session.open(url);
      const chromium = opened.playwright;
      if (!chromium) throw new Error("a Chromium page has its playwright-core page");
      const { page } = chromium;
      await focusField(opened, "cvc");
      const cdp = await chromium.context.newCDPSession(page);
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
      expect((await readField(opened, "cvc")).value).toMatch(/^[^0-9]{4}$/);
    });
  },
);

describe("a merchant's script handling what collect() returns", () => {
  it("sees the CVC only through reveal(): JSON, String() and enumeration show [redacted]", async () => {
    const page = await session.open(fixtureUrl("fields.html"));
    await fillCard(page);
    const seen = await page.evaluate(() => {
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
    }, null);
    expect(seen?.revealed).toBe(SENTINEL_CVC);
    expect(seen?.json).toContain('"cvc":"[redacted]"');
    expect(seen?.string).toBe("[redacted]");
    expect(seen?.template).toBe("[redacted]");
    const { revealed: _revealed, ...serialized } = seen ?? {};
    expect(JSON.stringify(serialized)).not.toContain(SENTINEL_CVC);
    expect(await auditSinks(page, SENTINELS)).toEqual([]);
  });
});

describe.each(["get", "post"])("a payer submitting a native form by %s", (method) => {
  it("posts the name and postal code but no card number, expiry or CVC", async () => {
    const page = await session.open(fixtureUrl(`form.html?method=${method}`));
    await fillCard(page);
    await submit(page);
    const { requests } = await page.recording();
    const submitted = requests.find((request) => request.url.includes("/submit"));
    expect(submitted?.method).toBe(method.toUpperCase());
    const sent = method === "get" ? new URL(submitted?.url ?? "").search : (submitted?.body ?? "");
    expect(sent).toContain("cardholder=Ada+Lovelace");
    expect(sent).toContain("postal=SW1A+1AA");
    expect(await auditSinks(page, SENTINELS)).toEqual([]);
  });
});

/** A planted leak per sink, run in a page without cardward. */
const PLANTS: Record<SinkName, (page: EnginePage, secret: string) => Promise<unknown>> = {
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

/** The sinks only Chromium's DevTools protocol can read. */
const CHROMIUM_ONLY_SINKS: readonly SinkName[] = [
  "devtools-preview",
  "devtools-expansion",
  "accessibility-tree",
];

describe("the leak audit's self-test", () => {
  it("finds nothing on a page where nothing was typed", async () => {
    const page = await session.open(fixtureUrl("plain.html"));
    await recordDevtools(page);
    expect(await auditSinks(page, SENTINELS)).toEqual([]);
  });

  it.for(SINKS)("catches a security code planted in %s", async (sink, context) => {
    if (CHROMIUM_ONLY_SINKS.includes(sink)) {
      onlyIn(context, ["chromium"], "DevTools and the accessibility tree are read through CDP");
    }
    const page = await session.open(fixtureUrl("plain.html"));
    await recordDevtools(page);
    if (sink === "page-errors") page.expectConsoleErrors();
    await PLANTS[sink](page, SENTINEL_CVC);
    expect(sinksOf(await auditSinks(page, SENTINELS))).toContain(sink);
  });

  it.each(["get", "post"])(
    "catches a security code in a native form submit by %s",
    async (method) => {
      const page = await session.open(fixtureUrl("plain.html"));
      await page.evaluate(
        (value) => document.querySelector("form")?.setAttribute("method", value),
        method,
      );
      await focusField(page, "cvc");
      await page.type(SENTINEL_CVC);
      await submit(page);
      expect(sinksOf(await auditSinks(page, SENTINELS))).toContain("network");
    },
  );

  it("catches a number typed in the CVC field, shown in the page", async () => {
    const page = await session.open(fixtureUrl("plain.html"));
    await focusField(page, "cvc");
    await page.type(SENTINEL_NUMBER);
    await page.evaluate(
      ([selector, value]) => {
        const spy = document.querySelector(selector);
        if (spy) spy.textContent = value;
      },
      [SELECTORS.cvcSpy, SENTINEL_NUMBER] as const,
    );
    const findings = await auditSinks(page, SENTINELS);
    expect(findings.map((finding) => finding.where)).toContain("value of #card-cvc");
    expect(findings.map((finding) => finding.where)).toContain("text in <output>");
  });

  it("catches a security code in an RSC response and in inline flight data", async (context) => {
    onlyIn(context, ["chromium"], "RSC responses are read through playwright-core's route");
    // A server answering an RSC payload that holds the code, as a leaking server action would.
    const planted = createServer((_request, response) => {
      response.writeHead(200, {
        "Content-Type": "text/x-component",
        "Access-Control-Allow-Origin": "*",
      });
      response.end(`0:{"cvc":"${SENTINEL_CVC}"}\n`);
    });
    await new Promise<void>((done) => planted.listen(0, "127.0.0.1", done));
    const address = planted.address();
    const plantedUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
    try {
      const page = await session.open(fixtureUrl("plain.html"));
      await recordRscResponses(page);
      await page.evaluate(
        async ([target, value]) => {
          await (await fetch(target, { method: "POST" })).text();
          const script = document.createElement("script");
          script.type = "text/plain";
          script.textContent = `self.__next_f.push([1, "1:{\\"code\\":\\"${value}\\"}"])`;
          document.head.append(script);
        },
        [plantedUrl, SENTINEL_CVC] as const,
      );
      const found = findInPayloads(await rscPayloads(page), SENTINELS);
      expect(found).toEqual([
        { sentinel: "cvc", where: "inline flight data" },
        { sentinel: "cvc", where: `POST ${plantedUrl} (response)` },
      ]);
    } finally {
      await new Promise((done) => planted.close(done));
    }
  });

  it("sees a plain field keep its value through the back-forward cache", async () => {
    const page = await session.open(fixtureUrl("plain.html"));
    await focusField(page, "cvc");
    await page.type(SENTINEL_CVC);
    await awayAndBack(page);
    expect((await readField(page, "cvc")).value).toBe(SENTINEL_CVC);
  });
});
