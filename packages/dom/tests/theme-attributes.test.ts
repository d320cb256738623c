import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  BRAND_MARK_SVGS,
  type BrandMarkId,
  brandMarkName,
  createBrandMark,
} from "../src/brand-marks";
import { blurAll, checkoutForm, inputs, mountAll, type } from "./helpers";

afterEach(() => {
  document.body.innerHTML = "";
});

describe("data-card-valid, the theme's complete state", () => {
  it("is on a field's input only while its value is complete and valid, and gone on destroy", () => {
    checkoutForm();
    const card = mountAll();
    const { number, cvc } = inputs();
    expect(number.hasAttribute("data-card-valid")).toBe(false);
    type(number, "424242424242424");
    expect(number.hasAttribute("data-card-valid")).toBe(false);
    type(number, "2");
    expect(number.getAttribute("data-card-valid")).toBe("");
    expect(cvc.hasAttribute("data-card-valid")).toBe(false);
    type(cvc, "123");
    blurAll();
    expect(cvc.getAttribute("data-card-valid")).toBe("");
    card.clear();
    expect(number.hasAttribute("data-card-valid")).toBe(false);
    type(number, "4242424242424242");
    card.destroy();
    expect(number.hasAttribute("data-card-valid")).toBe(false);
  });
});

const MARK_IDS = Object.keys(BRAND_MARK_SVGS).filter((id): id is BrandMarkId =>
  Object.hasOwn(BRAND_MARK_SVGS, id),
);

describe("the brand marks", () => {
  it.each(MARK_IDS)("%s is an SVG string with its name as title", (id) => {
    const svg = BRAND_MARK_SVGS[id];
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(`<title>${brandMarkName(id)}</title>`);
    expect(svg).not.toMatch(/style=|<script|href=/);
  });

  it.each(MARK_IDS)("%s is built as an aria-hidden <svg> element with DOM APIs", (id) => {
    const element = createBrandMark(document, id);
    expect(element.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect(element.getAttribute("aria-hidden")).toBe("true");
    expect(element.getAttribute("data-card-brand")).toBe(id);
    expect(element.children.length).toBeGreaterThan(1);
  });

  it.each(MARK_IDS)("%s matches its file in theme/brand-marks, which the theme uses", (id) => {
    const file = join(import.meta.dirname, "..", "theme", "brand-marks", `${id}.svg`);
    expect(readFileSync(file, "utf8")).toBe(BRAND_MARK_SVGS[id]);
  });

  it("draws the generic card for no brand", () => {
    expect(createBrandMark(document, null).getAttribute("data-card-brand")).toBe("generic");
  });
});
