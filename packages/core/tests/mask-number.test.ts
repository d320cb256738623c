import { describe, expect, it } from "vitest";
import { maskNumber } from "../src/format/mask-number";

describe("maskNumber", () => {
  it.each([
    ["4242424242424242", {}, "•••• 4242"],
    ["4242 4242 4242 4242", {}, "•••• 4242"],
    ["378282246310005", {}, "•••• 0005"],
    ["6205500000000000004", {}, "•••• 0004"],
    ["", {}, ""],
    ["4242", {}, "••••"],
    ["42424", {}, "•••• 2424"],
    ["4242424242424242", { mask: "*" }, "**** 4242"],
    ["4242424242424242", { mask: "x" }, "xxxx 4242"],
    ["4242424242424242", { mask: "7" }, "•••• 4242"],
    ["4242424242424242", { mask: "**" }, "•••• 4242"],
    ["4242424242424242", { mask: "" }, "•••• 4242"],
    ["4242424242424242", { showBin: true }, "4242 4242 •••• 4242"],
    ["378282246310005", { showBin: true }, "3782 82•••• •0005"],
    ["6205500000000000004", { showBin: true }, "6205 5000 •••• •••0 004"],
    ["630400000000", { showBin: true }, "6304 00•• 0000"],
    ["63040000000", { showBin: true }, "•••• 0000"],
    [
      "4242424242424242",
      { showBin: true, mask: "\u{1f512}" },
      "4242 4242 \u{1f512}\u{1f512}\u{1f512}\u{1f512} 4242",
    ],
  ])("%j %o -> %j", (pan, options, out) => {
    expect(maskNumber(pan, options)).toBe(out);
  });

  it.each([
    "4242424242424242",
    "378282246310005",
    "6205500000000000004",
    "630400000000",
    "5555555555554444",
  ])("never shows more than the BIN and the last four of %s", (pan) => {
    const shown = maskNumber(pan, { showBin: true }).replace(/[^0-9]/g, "");
    const bin = pan.length >= 16 ? 8 : 6;
    expect(shown).toBe(pan.slice(0, bin) + pan.slice(-4));
    expect(maskNumber(pan).replace(/[^0-9]/g, "")).toBe(pan.slice(-4));
  });
});
