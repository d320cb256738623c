import { afterEach, describe, expect, it } from "vitest";
import { type CardwardWarning, mountCardFields, PRIVACY_MARKERS } from "../src";
import { checkoutForm, inputs, mountAll, NOW, type } from "./helpers";

afterEach(() => {
  document.body.innerHTML = "";
});

const FIELDS = ["number", "expiry", "cvc", "name", "postalCode"] as const;

describe("while mounted", () => {
  it.each(
    FIELDS.flatMap((field) =>
      PRIVACY_MARKERS.map(([name, value]) => [field, name, value] as const),
    ),
  )("%s carries %s=%s", (field, name, value) => {
    checkoutForm();
    const card = mountAll();
    const input = inputs()[field];
    if (name === "class") expect(input.classList.contains(value)).toBe(true);
    else expect(input.getAttribute(name)).toBe(value);
    card.destroy();
    if (name === "class") expect(input.classList.contains(value)).toBe(false);
    else expect(input.hasAttribute(name)).toBe(false);
  });

  it.each([
    ["number", "cc-number", "numeric"],
    ["expiry", "cc-exp", "numeric"],
    ["cvc", "cc-csc", "numeric"],
    ["name", "cc-name", null],
    ["postalCode", "postal-code", null],
  ] as const)("%s gets autocomplete=%s and inputmode=%s", (field, token, inputmode) => {
    checkoutForm();
    const card = mountAll();
    const input = inputs()[field];
    expect(input.getAttribute("autocomplete")).toBe(token);
    expect(input.getAttribute("inputmode")).toBe(inputmode);
    expect(input.getAttribute("spellcheck")).toBe("false");
    expect(input.getAttribute("autocorrect")).toBe("off");
    expect(input.getAttribute("autocapitalize")).toBe("off");
    card.destroy();
  });

  it.each([
    ["number", false],
    ["expiry", false],
    ["cvc", false],
    ["name", true],
    ["postalCode", true],
  ] as const)("%s keeps its name attribute: %s", (field, kept) => {
    checkoutForm();
    const card = mountAll();
    expect(inputs()[field].hasAttribute("name")).toBe(kept);
    card.destroy();
    expect(inputs()[field].hasAttribute("name")).toBe(true);
  });
});

describe("destroy restores the page exactly", () => {
  it("leaves the markup as it was, attribute order included", () => {
    const before = checkoutForm();
    const card = mountAll();
    expect(document.body.innerHTML).not.toBe(before);
    type(inputs().number, "378282246310005");
    type(inputs().cvc, "1234");
    inputs().number.blur();
    card.destroy();
    expect(document.body.innerHTML).toBe(before);
    expect(inputs().cvc.value).toBe("");
  });

  it("restores attributes that existed with other values", () => {
    document.body.innerHTML = `<input id="n" name="pan" autocomplete="off" class="fs-exclude wide" data-private="yes" aria-describedby="hint" aria-invalid="false" inputmode="text" placeholder="Number">
<input id="e" class="a"><input id="c" maxlength="3" placeholder="CVV" aria-label="CVV" spellcheck="true"><p id="hint">Hint</p>`;
    const before = document.body.innerHTML;
    const card = mountCardFields({ number: "#n", expiry: "#e", cvc: "#c" }, { now: NOW });
    const number = document.getElementById("n") as HTMLInputElement;
    expect(number.getAttribute("aria-describedby")?.startsWith("hint ")).toBe(true);
    expect(number.getAttribute("autocomplete")).toBe("cc-number");
    type(number, "1");
    number.blur();
    card.destroy();
    expect(document.body.innerHTML).toBe(before);
  });
});

describe("warnings carry codes, never values", () => {
  const mountWith = (html: string, options = {}) => {
    document.body.innerHTML = html;
    const warnings: CardwardWarning[] = [];
    const card = mountCardFields(
      { number: "#n", expiry: "#e", cvc: "#c" },
      { now: NOW, onWarning: (w) => warnings.push(w), ...options },
    );
    card.destroy();
    return warnings;
  };

  it.each([
    [
      "a GET form whose card fields carry no name (nothing a native submit sends)",
      '<form method="get"><input id="n"><input id="e"><input id="c"></form>',
      {},
      [],
    ],
    [
      "a form without a method, as React and Vue forms handled in script have",
      '<form><input id="n"><input id="e"><input id="c"></form>',
      {},
      [],
    ],
    [
      "a GET form whose names the guard takes off",
      '<form><input id="n" name="n"><input id="e"><input id="c"></form>',
      {},
      [{ code: "name_removed", field: "number" }],
    ],
    [
      "a GET form whose card field keeps its name (a native submit puts it in the URL)",
      '<form><input id="n"><input id="e" name="e"><input id="c"></form>',
      { keepNames: true },
      [
        { code: "name_kept", field: "expiry" },
        { code: "form_method_get", field: "expiry" },
      ],
    ],
    [
      "a GET form whose named card field is disabled",
      '<form><input id="n" name="n" disabled><input id="e"><input id="c"></form>',
      { keepNames: true },
      [{ code: "name_kept", field: "number" }],
    ],
    [
      "a POST form",
      '<form method="post"><input id="n" name="n"><input id="e"><input id="c"></form>',
      { keepNames: true },
      [{ code: "name_kept", field: "number" }],
    ],
    [
      "named fields",
      '<input id="n" name="n"><input id="e"><input id="c" name="c">',
      {},
      [
        { code: "name_removed", field: "number" },
        { code: "name_removed", field: "cvc" },
      ],
    ],
  ])("%s", (_, html, options, expected) => {
    expect(mountWith(html, options)).toEqual(expected);
  });

  it("keepNames keeps the names and says so", () => {
    const warnings = mountWith('<input id="n" name="n"><input id="e" name="e"><input id="c">', {
      keepNames: true,
    });
    expect(warnings).toEqual([
      { code: "name_kept", field: "number" },
      { code: "name_kept", field: "expiry" },
    ]);
  });

  it("reports a page that is not a secure context", () => {
    Object.defineProperty(window, "isSecureContext", { value: false, configurable: true });
    try {
      expect(mountWith('<input id="n"><input id="e"><input id="c">')).toEqual([
        { code: "insecure_context" },
      ]);
    } finally {
      Reflect.deleteProperty(window, "isSecureContext");
    }
  });
});

describe("a name set again while mounted (React re-sets props on each render)", () => {
  const mountWith = (html: string, options = {}) => {
    document.body.innerHTML = html;
    const warnings: CardwardWarning[] = [];
    const card = mountCardFields(
      { number: "#n", expiry: "#e", cvc: "#c" },
      { now: NOW, onWarning: (w) => warnings.push(w), ...options },
    );
    const get = (id: string) => document.getElementById(id) as HTMLInputElement;
    return { card, warnings, number: get("n"), expiry: get("e"), cvc: get("c") };
  };
  /** Lets mutation observers run. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it.each(["number", "expiry", "cvc"] as const)(
    "%s: removed after a microtask, warned once, the newest value restored",
    async (field) => {
      const fields = mountWith('<input id="n"><input id="e"><input id="c">');
      const input = fields[field];
      input.setAttribute("name", "first");
      await Promise.resolve();
      await Promise.resolve();
      expect(input.hasAttribute("name")).toBe(false);
      input.setAttribute("name", "second");
      await settle();
      expect(input.hasAttribute("name")).toBe(false);
      expect(fields.warnings).toEqual([{ code: "name_removed", field }]);
      fields.card.destroy();
      expect(input.getAttribute("name")).toBe("second");
      expect(fields.warnings).toHaveLength(1);
    },
  );

  it("restores a name changed in the same task as destroy, in its original place", () => {
    const { card, warnings, number } = mountWith(
      '<input id="n" name="pan" class="x"><input id="e"><input id="c">',
    );
    number.setAttribute("name", "card-number");
    card.destroy();
    expect(number.getAttributeNames()).toEqual(["id", "name", "class"]);
    expect(number.getAttribute("name")).toBe("card-number");
    expect(warnings).toEqual([{ code: "name_removed", field: "number" }]);
  });

  it("leaves names alone after destroy, and with keepNames", async () => {
    const first = mountWith('<input id="n"><input id="e"><input id="c">');
    first.card.destroy();
    first.cvc.setAttribute("name", "c");
    const kept = mountWith('<input id="n"><input id="e"><input id="c">', { keepNames: true });
    kept.cvc.setAttribute("name", "c");
    await settle();
    expect(first.cvc.getAttribute("name")).toBe("c");
    expect(kept.cvc.getAttribute("name")).toBe("c");
    expect([...first.warnings, ...kept.warnings]).toEqual([]);
    kept.card.destroy();
    expect(kept.cvc.getAttribute("name")).toBe("c");
  });

  it("does not guard the cardholder name or the postal code", async () => {
    checkoutForm();
    const card = mountAll();
    const { name, postalCode } = inputs();
    name.setAttribute("name", "holder");
    postalCode.setAttribute("name", "postcode");
    await settle();
    expect(name.getAttribute("name")).toBe("holder");
    expect(postalCode.getAttribute("name")).toBe("postcode");
    card.destroy();
  });
});
