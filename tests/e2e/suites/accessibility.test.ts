// What a screen-reader or keyboard user meets on each example: no axe-core violation before or
// after errors show, every field labelled, aria-invalid only once a field is left invalid, the
// error tied to its field with aria-describedby, and the brand and errors announced politely.
import { describe, expect, it } from "vitest";
import { axeViolations, textboxesNamed } from "../harness/axe";
import type { EnginePage } from "../harness/driver";
import { useEngine } from "../harness/engine-session";
import { attribute, focusField, SELECTORS } from "../harness/fields";
import { checkoutTargets, nextTargets } from "../harness/targets";

const session = useEngine();
const LIVE_REGION = '[role="status"][aria-live="polite"]';

/** The text of the elements an input's aria-describedby points to. */
function description(page: EnginePage, selector: string): Promise<string> {
  return page.evaluate(
    (css) =>
      (document.querySelector(css)?.getAttribute("aria-describedby") ?? "")
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => document.getElementById(id)?.textContent ?? `[missing #${id}]`)
        .join(" ")
        .trim(),
    selector,
  );
}

function liveText(page: EnginePage): Promise<string> {
  return page.evaluate(
    (css) => [...document.querySelectorAll(css)].map((region) => region.textContent).join(" "),
    LIVE_REGION,
  );
}

describe.each([...checkoutTargets(), ...nextTargets()])(
  "a screen-reader user on the $name example",
  ({ url }) => {
    it("meets no axe-core violation on the fresh page", async () => {
      const page = await session.open(url);
      expect(await axeViolations(page)).toEqual([]);
    });

    it("meets no axe-core violation with every field's error shown", async () => {
      const page = await session.open(url);
      await page.click(SELECTORS.pay);
      await expect.poll(() => attribute(page, SELECTORS.number, "aria-invalid")).toBe("true");
      expect(await axeViolations(page)).toEqual([]);
    });

    it.each([
      ["number", "Card number"],
      ["expiry", "Expiry date"],
      ["cvc", "Security code (CVC)"],
      ["name", "Name on card"],
      ["postalCode", "Postal code"],
    ] as const)("finds the %s field by its accessible name %j", async (field, name) => {
      const page = await session.open(url);
      expect(await textboxesNamed(page, name)).toEqual([SELECTORS[field].slice(1)]);
    });

    it("hears the security code's name follow the brand: CVV for Visa, CID for Amex", async () => {
      const page = await session.open(url);
      await focusField(page, "number");
      await page.type("4111");
      await expect
        .poll(() => attribute(page, SELECTORS.cvc, "aria-label"))
        .toBe("Security code (CVV)");
      await page.press("Shift+Home");
      await page.type("37");
      await expect
        .poll(() => attribute(page, SELECTORS.cvc, "aria-label"))
        .toBe("Security code (CID)");
      expect(await textboxesNamed(page, "Security code (CID)")).toEqual([SELECTORS.cvc.slice(1)]);
    });

    it("hears the brand announced in a polite live region", async () => {
      const page = await session.open(url);
      await focusField(page, "number");
      await page.type("4111");
      await expect.poll(() => liveText(page)).toContain("Visa");
      await page.press("Shift+Home");
      await page.type("37");
      await expect.poll(() => liveText(page)).toContain("American Express");
    });

    it("is told a number is invalid only once the field is left, and why", async () => {
      const page = await session.open(url);
      await focusField(page, "number");
      await page.type("4111111111111112");
      expect(await attribute(page, SELECTORS.number, "aria-invalid")).not.toBe("true");
      expect(await description(page, SELECTORS.number)).toBe("");
      await page.press("Tab");
      await expect.poll(() => attribute(page, SELECTORS.number, "aria-invalid")).toBe("true");
      const message = await description(page, SELECTORS.number);
      expect(message).not.toBe("");
      await expect.poll(() => liveText(page)).toContain(message);

      await focusField(page, "number");
      await page.press("Backspace");
      await page.type("1");
      await page.press("Tab");
      await expect.poll(() => attribute(page, SELECTORS.number, "aria-invalid")).not.toBe("true");
      expect(await description(page, SELECTORS.number)).toBe("");
    });

    it("is told at once, while still typing, when a number can no longer become valid", async () => {
      const page = await session.open(url);
      await focusField(page, "number");
      await page.type("4");
      expect(await attribute(page, SELECTORS.number, "aria-invalid")).not.toBe("true");
      await page.press("Backspace");
      await page.type("0");
      await expect.poll(() => attribute(page, SELECTORS.number, "aria-invalid")).toBe("true");
      expect(
        await page.evaluate(
          (css) => document.querySelector(css) === document.activeElement,
          SELECTORS.number,
        ),
      ).toBe(true);
      expect(await description(page, SELECTORS.number)).not.toBe("");
    });
  },
);
