// The isolated checkout as a person uses it, in real Chromium with real keys, through frames on
// another site: typing, Backspace, the CVC by brand, errors, focus order, labels, autofill,
// accessibility and the frames' CSP.
import type { Frame, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { autofill } from "../harness/isolated-autofill";
import { axeFrameViolations } from "../harness/isolated-axe";
import { frameOf, useIsolatedSites } from "../harness/isolated-sites";

const session = useIsolatedSites();
const FIELDS = ["number", "expiry", "cvc", "name", "postal"] as const;

interface ExampleState {
  brand: string | null;
  isValid: boolean;
  number: { isValid: boolean; complete: boolean; error: { code: string } | null };
  cvc: { isValid: boolean; complete: boolean };
}

/** Waits until `predicate` holds for the example's controller state (run inside the page). */
function waitState(page: Page, predicate: (state: ExampleState) => boolean) {
  return page.waitForFunction(`(${predicate.toString()})(window.cardwardCard.getState())`);
}

const state = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as { cardwardCard: { getState(): unknown } }
      ).cardwardCard.getState() as ExampleState,
  );

async function typeInto(page: Page, field: string, text: string): Promise<Frame> {
  const frame = await frameOf(page, field);
  await frame.click("input");
  await page.keyboard.type(text);
  return frame;
}

/** The field whose frame input has focus, or the page element's id. */
async function focused(page: Page): Promise<string> {
  for (const field of FIELDS) {
    const frame = await frameOf(page, field);
    const has = await frame.evaluate(
      () => document.hasFocus() && document.activeElement?.localName === "input",
    );
    if (has) return field;
  }
  return page.evaluate(() => document.activeElement?.id ?? "");
}

describe("typing through the frames", () => {
  it("formats the number, deletes with Backspace and reports the brand", async () => {
    const { page } = await session.open(session.sites().pageUrl);
    const number = await typeInto(page, "number", "4242424242424242");
    expect(await number.inputValue("input")).toBe("4242 4242 4242 4242");
    await page.waitForFunction(
      () =>
        (window as never as { cardwardCard: { getState(): ExampleState } }).cardwardCard.getState()
          .number.isValid,
    );
    expect((await state(page)).brand).toBe("visa");
    await page.keyboard.press("Backspace");
    expect(await number.inputValue("input")).toBe("4242 4242 4242 424");
    await page.waitForFunction(
      () =>
        !(window as never as { cardwardCard: { getState(): ExampleState } }).cardwardCard.getState()
          .number.isValid,
    );
    expect(await page.getAttribute("#card-brand", "data-card-brand")).toBe("visa");
  });

  it("takes the CVC's length from the brand in the number frame", async () => {
    const { page } = await session.open(session.sites().pageUrl);
    await typeInto(page, "number", "378282246310005");
    const cvc = await typeInto(page, "cvc", "12345");
    expect(await cvc.inputValue("input")).toBe("••••");
    await waitState(page, (card) => card.cvc.complete);
    // A Visa's code has three digits: the fourth the person typed stays, and the field reports
    // the length (issue 15), until they delete it; then a Visa's code takes no fourth.
    const number = await frameOf(page, "number");
    await number.click("input");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("4242424242424242");
    await waitState(page, (card) => card.brand === "visa");
    expect(await cvc.inputValue("input")).toBe("••••");
    await waitState(page, (card) => !card.cvc.isValid);
    await cvc.click("input");
    await page.keyboard.press("End");
    await page.keyboard.press("Backspace");
    expect(await cvc.inputValue("input")).toBe("•••");
    await page.keyboard.type("9");
    expect(await cvc.inputValue("input")).toBe("•••");
    expect((await state(page)).cvc).toMatchObject({ isValid: true, complete: true });
  });

  it("shows an error on the page and in the frame once the field is left", async () => {
    const { page } = await session.open(session.sites().pageUrl);
    const number = await typeInto(page, "number", "4242424242424241");
    expect(await page.textContent("#card-number-error")).toBe("");
    await page.keyboard.press("Tab");
    await page.waitForFunction(
      () => document.querySelector("#card-number-error")?.textContent !== "",
    );
    expect(await page.getAttribute("#card-number", "class")).toContain("is-invalid");
    expect(await number.getAttribute("input", "aria-invalid")).toBe("true");
    const described = await number.evaluate(() => {
      const id = document.querySelector("input")?.getAttribute("aria-describedby") ?? "";
      return document.getElementById(id)?.textContent;
    });
    expect(described).toBe(await page.textContent("#card-number-error"));
  });
});

describe("focus", () => {
  it("moves with Tab and Shift+Tab through the frames in order, then to the page", async () => {
    const { page } = await session.open(session.sites().pageUrl);
    await (await frameOf(page, "number")).click("input");
    const order: string[] = [await focused(page)];
    for (let step = 0; step < 5; step += 1) {
      await page.keyboard.press("Tab");
      order.push(await focused(page));
    }
    expect(order).toEqual(["number", "expiry", "cvc", "name", "postal", "pay"]);
    await page.keyboard.press("Shift+Tab");
    expect(await focused(page)).toBe("postal");
    await page.keyboard.press("Shift+Tab");
    expect(await focused(page)).toBe("name");
  });

  it("goes to a frame when its label on the page is clicked, straight from a sibling frame", async () => {
    const { page } = await session.open(session.sites().pageUrl);
    // Several rounds: the page focuses the iframe element and the frame its input, and Chromium
    // may apply the first after the second across processes. Before the frame kept its input
    // focused (keep-input-focus.ts), about 1 click in 4 left the frame's body focused.
    for (let round = 0; round < 6; round += 1) {
      for (const field of ["expiry", "postal"] as const) {
        await page.click(`label[for="card-${field}"]`);
        await page.waitForFunction(
          (id) => document.querySelector(`#${id}`)?.classList.contains("is-focused"),
          `card-${field}`,
        );
        expect(await focused(page)).toBe(field);
      }
    }
  });
});

describe("autofill", () => {
  it("fills the sibling frames from the number frame (Autofill.trigger through CDP)", async () => {
    const { page, context } = await session.open(session.sites().pageUrl);
    const card = {
      number: "4111111111111111",
      name: "Ada Lovelace",
      expiryMonth: "12",
      expiryYear: "2030",
      cvc: "123",
    };
    const outcome = await autofill(page, context, await frameOf(page, "number"), card);
    console.info(`autofill: ${outcome}`);
    expect(outcome).toBe("triggered");
    await page.waitForTimeout(1000);
    const values = await Promise.all(
      FIELDS.map(async (field) => (await frameOf(page, field)).inputValue("input")),
    );
    expect(values.slice(0, 4)).toEqual(["4111 1111 1111 1111", "12 / 30", "•••", "Ada Lovelace"]);
  });
});

describe("accessibility and policy", () => {
  it("axe finds no violations in the page or in any frame", async () => {
    const { page } = await session.open(session.sites().pageUrl);
    expect(await axeFrameViolations(page.mainFrame())).toEqual([]);
    for (const field of FIELDS) {
      expect({ field, violations: await axeFrameViolations(await frameOf(page, field)) }).toEqual({
        field,
        violations: [],
      });
    }
  });

  it("the frames and the page run under their CSP with zero violations", async () => {
    const { page } = await session.open(session.sites().pageUrl);
    await typeInto(page, "number", "4242424242424242");
    await typeInto(page, "expiry", "1230");
    await typeInto(page, "cvc", "123");
    await typeInto(page, "name", "Ada Lovelace");
    await typeInto(page, "postal", "12345");
    await page.click("#pay");
    await page.waitForFunction(() =>
      document.querySelector("#result")?.textContent?.includes("server"),
    );
    const read = (target: Page | Frame) =>
      target.evaluate(
        () => (window as unknown as { __e2eCspViolations: unknown[] }).__e2eCspViolations,
      );
    expect(await read(page)).toEqual([]);
    for (const field of FIELDS) expect(await read(await frameOf(page, field))).toEqual([]);
    const response = await page
      .context()
      .request.get(`${session.sites().frameOrigin}/v1/frame.html`);
    const headers = response.headers();
    expect(headers["content-security-policy"]).toContain(
      `frame-ancestors ${session.sites().pageOrigin}`,
    );
    expect(headers).toMatchObject({
      "referrer-policy": "no-referrer",
      "x-content-type-options": "nosniff",
      "origin-agent-cluster": "?1",
    });
    expect(headers["set-cookie"]).toBeUndefined();
  });
});
