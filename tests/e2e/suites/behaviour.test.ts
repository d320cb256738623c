// What a person does with the real keyboard, clipboard and autofill in each engine, on each example:
// the value and the caret after every kind of edit, the brand and its 4-digit CID, the CVC kept
// concealed while typed, and auto-advance where it is turned on.
import { describe, expect, it } from "vitest";
import { useEngine } from "../harness/engine-session";
import {
  attribute,
  focusedId,
  focusField,
  readField,
  SELECTORS,
  textContent,
} from "../harness/fields";
import { EXPIRY_SCRIPTS, NUMBER_SCRIPTS, playScript } from "../harness/scripts";
import { checkoutTargets, fixtureUrl, nextTargets } from "../harness/targets";

const session = useEngine();

describe.each([...checkoutTargets(), ...nextTargets()])(
  "a person on the $name example",
  ({ url }) => {
    it.each([...NUMBER_SCRIPTS, ...EXPIRY_SCRIPTS])("$name", async (script) => {
      const page = await session.open(url);
      await playScript(page, script);
      expect(await readField(page, script.field)).toEqual({
        value: script.value,
        selectionStart: script.caret,
        selectionEnd: script.caret,
      });
    });

    it("types a security code: the input only ever holds mask characters", async () => {
      const page = await session.open(url);
      await focusField(page, "cvc");
      for (const [index, digit] of [..."739"].entries()) {
        await page.press(digit);
        const field = await readField(page, "cvc");
        expect(field.value).toMatch(new RegExp(`^[^0-9]{${index + 1}}$`));
        expect(field.selectionStart).toBe(index + 1);
        // The examples' spy reads the input a tick after each event, as a third-party script would.
        await expect.poll(() => textContent(page, SELECTORS.cvcSpy)).toBe(field.value);
      }
      await page.press("Backspace");
      expect((await readField(page, "cvc")).value).toMatch(/^[^0-9]{2}$/);
    });

    it("switches brand from Visa to American Express: the CVC becomes a 4-digit CID", async () => {
      const page = await session.open(url);
      await focusField(page, "number");
      await page.type("4111");
      await expect.poll(() => attribute(page, SELECTORS.number, "data-card-brand")).toBe("visa");
      expect(await attribute(page, SELECTORS.cvc, "maxlength")).toBe("3");
      await focusField(page, "cvc");
      await page.type("1234");
      expect((await readField(page, "cvc")).value).toMatch(/^[^0-9]{3}$/);

      await focusField(page, "number");
      await page.press("Shift+Home");
      await page.type("3782");
      await expect
        .poll(() => attribute(page, SELECTORS.number, "data-card-brand"))
        .toBe("american-express");
      expect(await attribute(page, SELECTORS.cvc, "maxlength")).toBe("4");
      await focusField(page, "cvc");
      await page.type("4");
      expect((await readField(page, "cvc")).value).toMatch(/^[^0-9]{4}$/);
    });
  },
);

describe("a person with auto-advance turned on", () => {
  it("moves to the expiry and the CVC as each field completes, and back on Backspace", async () => {
    const page = await session.open(fixtureUrl("fields.html?autoAdvance"));
    await focusField(page, "number");
    await page.type("5555555555554444");
    expect(await focusedId(page)).toBe("card-expiry");
    await page.type("1230");
    expect(await focusedId(page)).toBe("card-cvc");
    await page.type("1");
    await page.press("Backspace");
    expect(await focusedId(page)).toBe("card-cvc");
    await page.press("Backspace");
    expect(await focusedId(page)).toBe("card-expiry");
    expect(await readField(page, "expiry")).toMatchObject({ value: "12 / 30", selectionStart: 7 });
  });

  it("stays in a complete field when auto-advance is off (the default)", async () => {
    const page = await session.open(fixtureUrl("fields.html"));
    await focusField(page, "number");
    await page.type("5555555555554444");
    expect(await focusedId(page)).toBe("card-number");
  });
});
