import { en } from "@cardward/core";
import { ar } from "@cardward/core/locales/ar";
import { de } from "@cardward/core/locales/de";
import { es } from "@cardward/core/locales/es";
import { fr } from "@cardward/core/locales/fr";
import { ja } from "@cardward/core/locales/ja";
import { ptBR } from "@cardward/core/locales/pt-BR";
import { ru } from "@cardward/core/locales/ru";
import { tr } from "@cardward/core/locales/tr";
import { zhCN } from "@cardward/core/locales/zh-CN";
import { afterEach, describe, expect, it } from "vitest";
import { CVC_HINT_TEXTS, cvcHint } from "../src/cvc-hint";
import { checkoutForm, inputs, mountAll, type } from "./helpers";

afterEach(() => {
  document.body.innerHTML = "";
});

/** The hint element an input's aria-describedby points to last. */
const hintOf = (input: HTMLInputElement) => {
  const ids = (input.getAttribute("aria-describedby") ?? "").split(" ");
  return document.getElementById(ids.at(-1) ?? "");
};

describe("the security-code hint", () => {
  it("is off unless asked for", () => {
    checkoutForm();
    mountAll();
    expect(document.querySelector(".cardward-hint")).toBeNull();
  });

  it.each([
    ["", "The 3-digit CVC is on the back", "back", 3],
    ["4242", "The 3-digit CVV is on the back", "back", 3],
    ["3782", "The 4-digit CID is printed on the front", "front", 4],
    ["6011", "The 3-digit CID is on the back", "back", 3],
    ["6200", "The 3-digit CVN is on the back", "back", 3],
  ])("for the number %j says %j and draws the %s with %i digits", (digits, where, side, size) => {
    checkoutForm();
    mountAll({ cvcHint: cvcHint() });
    const { number, cvc } = inputs();
    type(number, digits);
    const hint = hintOf(cvc);
    expect(hint?.className).toBe("cardward-hint");
    expect(hint?.textContent).toContain(where);
    expect(hint?.textContent).toContain("never give it by chat, email or phone");
    expect(hint?.getAttribute("data-card-side")).toBe(side);
    expect(hint?.querySelectorAll("svg circle")).toHaveLength(size);
    expect(hint?.querySelector("svg")?.getAttribute("aria-hidden")).toBe("true");
    expect(hint?.querySelector("[style]")).toBeNull();
  });

  it("appends to the merchant's aria-describedby and restores it, and its element, on destroy", () => {
    checkoutForm('<p id="mine">Mine</p><p id="hint">Original <b>words</b></p>');
    const { cvc } = inputs();
    cvc.setAttribute("aria-describedby", "mine");
    const card = mountAll({ cvcHint: cvcHint({ element: "#hint" }) });
    const ids = cvc.getAttribute("aria-describedby")?.split(" ");
    expect(ids?.[0]).toBe("mine");
    expect(ids?.at(-1)).toBe("hint");
    expect(document.getElementById("hint")?.textContent).toContain("on the back");
    card.destroy();
    expect(cvc.getAttribute("aria-describedby")).toBe("mine");
    expect(document.getElementById("hint")?.innerHTML).toBe("Original <b>words</b>");
    expect(document.getElementById("hint")?.hasAttribute("data-card-side")).toBe(false);
  });

  it("removes the element it created on destroy", () => {
    const before = checkoutForm();
    mountAll({ cvcHint: cvcHint() }).destroy();
    expect(document.body.innerHTML).toBe(before);
  });

  it("is not a live region", () => {
    checkoutForm();
    mountAll({ cvcHint: cvcHint() });
    const hint = hintOf(inputs().cvc);
    expect(hint?.closest("[aria-live]")).toBeNull();
    expect(hint?.getAttribute("role")).toBeNull();
  });

  it("is left alone by typing in the code (read once, not on every keystroke)", () => {
    checkoutForm();
    mountAll({ cvcHint: cvcHint() });
    const { number, cvc } = inputs();
    type(number, "4242");
    const where = hintOf(cvc)?.querySelector(".cardward-hint-where");
    type(cvc, "12");
    expect(hintOf(cvc)?.querySelector(".cardward-hint-where")).toBe(where);
  });

  it.each([
    ["de", de, "Die 3-stellige CVC"],
    ["es", es, "El CVC de 3 dígitos"],
    ["fr", fr, "Le CVC à 3 chiffres"],
    ["pt-BR", ptBR, "O CVC de 3 dígitos"],
    ["ru", ru, "CVC из 3 цифр"],
    ["tr", tr, "3 haneli CVC"],
    ["ja", ja, "3桁のCVC"],
    ["zh-CN", zhCN, "3 位 CVC"],
    ["ar", ar, "رمز CVC"],
  ])("speaks %s, and follows a locale set later", (tag, locale, where) => {
    checkoutForm();
    const card = mountAll({ cvcHint: cvcHint(), locale });
    const { cvc } = inputs();
    expect(hintOf(cvc)?.textContent).toContain(where);
    expect(hintOf(cvc)?.textContent).toContain(CVC_HINT_TEXTS[tag]?.warning);
    card.setOptions({ locale: en });
    expect(hintOf(cvc)?.textContent).toContain("The 3-digit CVC");
  });

  it("has a text in every locale core ships", () => {
    expect(Object.keys(CVC_HINT_TEXTS).sort()).toEqual(
      [en, ar, de, es, fr, ja, ptBR, ru, tr, zhCN].map((locale) => locale.tag).sort(),
    );
  });

  it("takes the merchant's words per locale, each line optional", () => {
    checkoutForm();
    mountAll({
      cvcHint: cvcHint({ text: { en: { warning: "Acme never asks for it by phone." } } }),
    });
    const text = hintOf(inputs().cvc)?.textContent;
    expect(text).toContain("Acme never asks for it by phone.");
    expect(text).toContain("The 3-digit CVC is on the back");
  });

  it("throws element_not_found and changes nothing when its element is missing", () => {
    const before = checkoutForm();
    expect(() => mountAll({ cvcHint: cvcHint({ element: "#nowhere" }) })).toThrow(
      expect.objectContaining({ code: "element_not_found" }),
    );
    expect(document.body.innerHTML).toBe(before);
  });
});
