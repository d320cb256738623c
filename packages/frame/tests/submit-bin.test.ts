import { describe, expect, it } from "vitest";
import type { RecipientKey } from "../src/index";
import { submitBin } from "../src/runtime/submit-card";

const KEY: RecipientKey = { jwk: {}, aud: "https://shop.example" };
const LONG = "4242424242424242";
const SHORT = "378282246310005";

describe("submitBin", () => {
  it.each([
    ["no context, page asked and config allows", KEY, true, LONG, "42424242"],
    ["no context, not allowed", KEY, false, LONG, undefined],
    ["context says false, even if allowed", { ...KEY, exposeBin: false }, true, LONG, undefined],
    ["context says 6", { ...KEY, exposeBin: 6 }, false, LONG, "424242"],
    ["context says 8", { ...KEY, exposeBin: 8 }, false, LONG, "42424242"],
    ["context says 8, a 15-digit number shows 6", { ...KEY, exposeBin: 8 }, false, SHORT, "378282"],
  ] as const)("%s", (_name, key, allowed, pan, bin) => {
    expect(submitBin(pan, key, allowed)).toBe(bin);
  });
});
