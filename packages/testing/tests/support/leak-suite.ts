// The leak detector specification, run once per DOM environment (happy-dom and jsdom).
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  createLeakDetector,
  type LeakDetector,
  LeakError,
  type LeakSink,
} from "../../src/leak/create-leak-detector";

const PAN = "4242424242424242";
const CVC = "737";
const SECRETS = [PAN, { value: CVC, label: "cvc" }];

let detector: LeakDetector | undefined;
const start = (options: Partial<Parameters<typeof createLeakDetector>[0]> = {}) => {
  detector = createLeakDetector({ secrets: SECRETS, quiet: true, ...options });
  return detector;
};

/** No finding may hold the secret in any form, separated or not. */
function expectNoSecretIn(value: unknown): void {
  const text = JSON.stringify(value);
  const digitsOnly = text.replace(/[\s-]/g, "");
  expect(digitsOnly).not.toContain(PAN);
  expect(text).not.toMatch(/737/);
}

export function leakSuite(environment: string): void {
  afterEach(() => {
    detector?.stop();
    detector = undefined;
    localStorage.clear();
    sessionStorage.clear();
    for (const name of ["pan", "cvc", "theme"]) {
      // biome-ignore lint/suspicious/noDocumentCookie: expiring the cookies a test planted
      document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
    }
    history.replaceState(null, "", "/");
    document.body.replaceChildren();
  });

  describe(`createLeakDetector (${environment}): planted leaks in every sink`, () => {
    const input = () => {
      const el = document.createElement("input");
      document.body.append(el);
      return el;
    };

    it.each<[LeakSink, string, () => void]>([
      [
        "console",
        "console.log, nested object",
        () => console.log("card", { a: { pan: "4242 4242 4242 4242" } }),
      ],
      ["console", "console.info", () => console.info(CVC)],
      ["console", "console.warn", () => console.warn(`cvc=${CVC}`)],
      ["console", "console.error, an Error", () => console.error(new Error(`bad card ${PAN}`))],
      ["console", "console.debug, a Map", () => console.debug(new Map([["pan", PAN]]))],
      ["console", "console.trace", () => console.trace(PAN)],
      ["console", "console.dir, an array", () => console.dir([CVC])],
      ["console", "console.table", () => console.table([{ cvc: CVC }])],
      ["console", "console.group", () => console.group(PAN)],
      ["console", "console.assert", () => console.assert(false, PAN)],
      [
        "console",
        "console.log, an input element",
        () => console.log(Object.assign(input(), { value: CVC })),
      ],
      [
        "localStorage",
        "setItem, removed before check",
        () => {
          localStorage.setItem("draft", JSON.stringify({ cvc: CVC }));
          localStorage.removeItem("draft");
        },
      ],
      ["sessionStorage", "setItem", () => sessionStorage.setItem("checkout", `pan:${PAN}`)],
      [
        "cookie",
        "a cookie write, expired before check",
        () => {
          // biome-ignore lint/suspicious/noDocumentCookie: writing cookies is what these tests plant and clean up
          document.cookie = "pan=4242-4242-4242-4242";
          // biome-ignore lint/suspicious/noDocumentCookie: writing cookies is what these tests plant and clean up
          document.cookie = "pan=; expires=Thu, 01 Jan 1970 00:00:00 GMT";
        },
      ],
      [
        "attribute",
        "data-* set then removed (found through the old value)",
        () => {
          const el = input();
          el.setAttribute("data-cvc", CVC);
          el.removeAttribute("data-cvc");
        },
      ],
      ["attribute", "aria-label", () => input().setAttribute("aria-label", `Card ${PAN}`)],
      [
        "attribute",
        "value attribute",
        () => {
          input().defaultValue = CVC;
        },
      ],
      [
        "dom",
        "a node added then removed",
        () => {
          const span = document.createElement("span");
          span.textContent = PAN;
          document.body.append(span);
          span.remove();
        },
      ],
      [
        "dom",
        "text changed then restored",
        () => {
          const p = document.createElement("p");
          p.textContent = "ok";
          document.body.append(p);
          (p.firstChild as Text).data = CVC;
          (p.firstChild as Text).data = "ok";
        },
      ],
      [
        "dom",
        "an open shadow root (outside the observer's reach)",
        () => {
          const host = document.createElement("div");
          document.body.append(host);
          const shadow = host.attachShadow({ mode: "open" });
          const b = document.createElement("b");
          b.textContent = CVC;
          shadow.append(b);
        },
      ],
      ["input-value", "an input's .value", () => Object.assign(input(), { value: CVC })],
      [
        "url",
        "pushState URL, encoded, replaced before check",
        () => {
          history.pushState(null, "", "?pan=4242%204242%204242%204242");
          history.replaceState(null, "", "/");
        },
      ],
      ["history", "replaceState state", () => history.replaceState({ card: { cvc: CVC } }, "")],
    ])("finds a leak in %s: %s", (sink, _, plant) => {
      const d = start();
      plant();
      const findings = d.check();
      expect(findings.map((f) => f.sink)).toContain(sink);
      expectNoSecretIn(findings);
    });

    it.each<[LeakSink, () => void]>([
      ["localStorage", () => localStorage.setItem("pan", PAN)],
      // biome-ignore lint/suspicious/noDocumentCookie: writing cookies is what these tests plant and clean up
      ["cookie", () => (document.cookie = `cvc=${CVC}`)],
      ["url", () => history.pushState(null, "", `/pay/${PAN}`)],
      ["history", () => history.pushState({ cvc: CVC }, "")],
      [
        "dom",
        () =>
          document.body.append(Object.assign(document.createElement("i"), { textContent: PAN })),
      ],
    ])("finds a %s leak planted before it started, when it checks", (sink, plant) => {
      plant();
      const findings = start().check();
      expect(findings.map((f) => f.sink)).toContain(sink);
      expectNoSecretIn(findings);
    });

    it("finds digits with spaces or dashes between them, whichever way the secret was given", () => {
      const d = start({ secrets: ["4242 4242 4242 4242"] });
      console.log("4242-4242-4242-4242");
      localStorage.setItem("k", "4 2 4 2 4 2 4 2 4 2 4 2 4 2 4 2");
      expect(d.check().map((f) => f.sink)).toEqual(["console", "localStorage", "localStorage"]);
    });

    it("names the secret by label or index and the sink precisely, never the secret", () => {
      const d = start();
      localStorage.setItem("draft", CVC);
      localStorage.setItem(PAN, "x");
      expect(d.check()).toEqual([
        {
          sink: "localStorage",
          detail: "secret 'cvc' found in localStorage.setItem for key 'draft'",
        },
        {
          sink: "localStorage",
          detail: "secret #0 found in localStorage.setItem for key '[secret]'",
        },
        { sink: "localStorage", detail: "secret 'cvc' found in localStorage key 'draft'" },
        { sink: "localStorage", detail: "secret #0 found in localStorage key '[secret]'" },
      ]);
    });

    it("redacts secrets in element descriptions", () => {
      const d = start();
      const el = document.createElement("input");
      el.id = `cvc-${CVC}`;
      document.body.append(el);
      el.value = CVC;
      const details = d.check().map((f) => f.detail);
      expect(details).toContain("secret 'cvc' found in the value of <input#cvc-[secret]>");
      expectNoSecretIn(details);
    });
  });

  describe(`createLeakDetector (${environment}): a clean run`, () => {
    it("reports nothing for ordinary activity in every sink", () => {
      const d = start();
      console.log("mounted", { brand: "visa", last4: "4242" });
      localStorage.setItem("theme", "dark");
      sessionStorage.setItem("step", "2");
      // biome-ignore lint/suspicious/noDocumentCookie: writing cookies is what these tests plant and clean up
      document.cookie = "theme=dark";
      const el = document.createElement("input");
      el.setAttribute("aria-invalid", "false");
      el.setAttribute("autocomplete", "cc-csc");
      document.body.append(el);
      el.value = "•••";
      history.pushState({ step: 2 }, "", "/checkout?step=2");
      expect(d.check()).toEqual([]);
      expect(() => d.assertNoLeaks()).not.toThrow();
    });

    it("lets a field listed in allowedFields show its own secret, and no other", () => {
      const number = document.createElement("input");
      const other = document.createElement("input");
      document.body.append(number, other);
      number.value = "4242 4242 4242 4242";
      const d = start({ secrets: [{ value: PAN, allowedFields: [number] }] });
      expect(d.check()).toEqual([]);
      other.value = PAN;
      expect(d.check()).toEqual([
        { sink: "input-value", detail: "secret #0 found in the value of <input>" },
      ]);
    });
  });

  describe(`createLeakDetector (${environment}): assertNoLeaks and stop`, () => {
    it("throws a LeakError listing the findings without the secret", () => {
      const d = start();
      console.warn(PAN);
      let error: unknown;
      try {
        d.assertNoLeaks();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(LeakError);
      expect((error as LeakError).findings).toEqual([
        { sink: "console", detail: "secret #0 found in console.warn argument 1" },
      ]);
      expect((error as Error).message).toContain(
        "[console] secret #0 found in console.warn argument 1",
      );
      expectNoSecretIn((error as Error).message);
    });

    it("restores console, Storage, document.cookie and history exactly, and records nothing after", () => {
      const log = console.log;
      const setItem = Storage.prototype.setItem;
      const pushState = history.pushState;
      const d = start();
      expect(console.log).not.toBe(log);
      expect(Object.getOwnPropertyDescriptor(document, "cookie")).toBeDefined();
      d.stop();
      d.stop();
      expect(console.log).toBe(log);
      expect(Storage.prototype.setItem).toBe(setItem);
      expect(history.pushState).toBe(pushState);
      expect(Object.hasOwn(history, "pushState")).toBe(false);
      expect(Object.getOwnPropertyDescriptor(document, "cookie")).toBeUndefined();
      document.body.append(Object.assign(document.createElement("b"), { title: CVC }));
      document.body.replaceChildren();
      expect(d.check()).toEqual([]);
    });

    it("passes console calls on unless quiet", () => {
      const spy = vi.spyOn(console, "info").mockImplementation(() => {});
      const d = start({ quiet: false });
      console.info("hello", CVC);
      d.stop();
      expect(spy).toHaveBeenCalledWith("hello", CVC);
      expect(d.check().map((f) => f.sink)).toEqual(["console"]);
      spy.mockRestore();
    });

    it("does not see a Sensitive-like value that redacts itself", () => {
      class Secret {
        readonly #value = CVC;
        reveal() {
          return this.#value;
        }
        toString() {
          return "[redacted]";
        }
      }
      const d = start();
      console.log(new Secret(), `${new Secret()}`);
      expect(d.check()).toEqual([]);
    });

    it("rejects an empty secret", () => {
      expect(() => createLeakDetector({ secrets: [" - "] })).toThrow(TypeError);
    });
  });
}
