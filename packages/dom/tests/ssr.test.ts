// @vitest-environment node
import { expect, it } from "vitest";

it("imports without a document or window", async () => {
  expect(typeof document).toBe("undefined");
  expect(typeof window).toBe("undefined");
  const dom = await import("../src");
  expect(typeof dom.mountCardFields).toBe("function");
});

it("mountCardFields without a document throws a CardwardError (no_document), not a ReferenceError", async () => {
  const dom = await import("../src");
  const attempt = () => dom.mountCardFields({ number: "#n", expiry: "#e", cvc: "#c" });
  expect(attempt).toThrow(dom.CardwardError);
  expect(attempt).toThrow(expect.objectContaining({ code: "no_document" }));
});
