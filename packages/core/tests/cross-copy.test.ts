import { describe, expect, it, vi } from "vitest";
import { CardwardError } from "../src/errors";
import { cvcSchema } from "../src/schema/standard-schema";
import { isSensitive, Sensitive } from "../src/sensitive";
import { validateCvc } from "../src/validators/cvc";

// A second copy of each module, as when a process loads both the CommonJS and the ESM build (or
// two versions) of @cardward/core: with the module registry reset, the files are evaluated
// again, with their own classes and their own secret store.
vi.resetModules();
const copy = {
  sensitive: await import("../src/sensitive"),
  errors: await import("../src/errors"),
};

describe("Sensitive across copies of the package", () => {
  const other = new copy.sensitive.Sensitive("7373");

  it("is another class, so only the brand can tell", () => {
    expect(copy.sensitive.Sensitive).not.toBe(Sensitive);
    expect(Object.getPrototypeOf(other)).not.toBe(Sensitive.prototype);
  });

  it("is recognised by instanceof, Sensitive.is and isSensitive", () => {
    expect(other instanceof Sensitive).toBe(true);
    expect(Sensitive.is(other)).toBe(true);
    expect(isSensitive(other)).toBe(true);
    expect(new Sensitive("1") instanceof copy.sensitive.Sensitive).toBe(true);
  });

  it("is read by the validators and the schemas of this copy", () => {
    expect(validateCvc(other, { brand: "american-express" }).isValid).toBe(true);
    const result = cvcSchema<Sensitive<string>>({ brand: "american-express" })[
      "~standard"
    ].validate(other);
    expect("value" in result && result.value.reveal()).toBe("7373");
  });

  it.each([
    ["a plain object", {}],
    ["an Error", new Error("x")],
    ["a look-alike with reveal()", { reveal: () => "737", toString: (): string => "[redacted]" }],
    ["null", null],
  ])("does not take %s for one", (_, value) => {
    expect(value instanceof Sensitive).toBe(false);
    expect(Sensitive.is(value)).toBe(false);
  });
});

describe("CardwardError across copies of the package", () => {
  const other = new copy.errors.CardwardError("invalid_option", 'Option "x" must be y.');

  it("is recognised by instanceof and CardwardError.is", () => {
    expect(copy.errors.CardwardError).not.toBe(CardwardError);
    expect(other instanceof CardwardError).toBe(true);
    expect(CardwardError.is(other)).toBe(true);
    expect(new CardwardError("sensitive_wiped", "m") instanceof copy.errors.CardwardError).toBe(
      true,
    );
  });

  it.each([
    ["an Error", new Error("invalid_option")],
    ["an error-like object", { name: "CardwardError", code: "invalid_option" }],
  ])("does not take %s for one", (_, value) => {
    expect(value instanceof CardwardError).toBe(false);
    expect(CardwardError.is(value)).toBe(false);
  });
});

describe("reveal() and tryReveal()", () => {
  it("reveal() returns the secret, and throws sensitive_wiped once wiped", () => {
    const cvc = new Sensitive("737");
    expect(cvc.reveal()).toBe("737");
    cvc.wipe();
    expect(cvc.tryReveal()).toBeUndefined();
    expect(() => cvc.reveal()).toThrowError(
      expect.objectContaining({ code: "sensitive_wiped", name: "CardwardError" }),
    );
  });

  it("a forged Sensitive holds nothing: tryReveal() is undefined, reveal() throws", () => {
    const forged: Sensitive<string> = Object.create(Sensitive.prototype);
    expect(forged.tryReveal()).toBeUndefined();
    expect(forged.isWiped).toBe(true);
    expect(() => forged.reveal()).toThrow(CardwardError);
    expect(validateCvc(forged).issues[0]?.code).toBe("required");
  });
});
