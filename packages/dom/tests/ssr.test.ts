// @vitest-environment node
import { expect, it } from "vitest";

it("imports without a document or window", async () => {
  expect(typeof document).toBe("undefined");
  expect(typeof window).toBe("undefined");
  const dom = await import("../src");
  expect(typeof dom.mountCardFields).toBe("function");
});
