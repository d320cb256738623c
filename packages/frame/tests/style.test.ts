import { describe, expect, it } from "vitest";
import { filterStyle, styleSheetText } from "../src/protocol/style";

describe("filterStyle", () => {
  it.each([
    ["color", "#101828"],
    ["color", "rgb(16, 24, 40)"],
    ["fontSize", "16px"],
    ["fontWeight", "600"],
    ["letterSpacing", "0.02em"],
    ["padding", "0 12px"],
    ["fontFamily", "system-ui, sans-serif"],
    ["fontFamily", '"Helvetica Neue", Arial, sans-serif'],
    ["textShadow", "0 1px 0 rgba(0, 0, 0, 0.2)"],
  ])("keeps %s: %s", (property, value) => {
    const { style, rejected } = filterStyle({ base: { [property]: value } });
    expect(rejected).toEqual([]);
    expect(style.base).toEqual({ [property]: value });
  });

  it.each([
    ["color", "url(https://evil.example/x)", "unsafe_value"],
    ["color", "URL(https://evil.example/x)", "unsafe_value"],
    ["color", "\\75 rl(https://evil.example/x)", "unsafe_value"],
    ["fontSize", "image-set('a.png' 1x)", "unsafe_value"],
    ["fontSize", "-webkit-image-set('a.png' 1x)", "unsafe_value"],
    ["color", "@import 'https://evil.example/c.css'", "unsafe_value"],
    ["color", "red; background: url(x)", "unsafe_value"],
    ["color", "red} input[value^='4'] {color: blue", "unsafe_value"],
    ["color", "expression(alert(1))", "unsafe_value"],
    ["color", "javascript:alert(1)", "unsafe_value"],
    ["color", "red /* */", "unsafe_value"],
    ["color", "attr(value)", "unsafe_value"],
    ["color", 12, "unsafe_value"],
    ["color", "x".repeat(121), "unsafe_value"],
    ["background", "red", "unknown_property"],
    ["backgroundImage", "linear-gradient(red, blue)", "unknown_property"],
    ["content", "'x'", "unknown_property"],
    ["fontFamily", "Evil Font", "font_not_allowed"],
  ])("drops %s: %s (%s)", (property, value, reason) => {
    const { style, rejected } = filterStyle({ base: { [property]: value } });
    expect(style.base).toEqual({});
    expect(rejected).toEqual([{ variant: "base", property, reason }]);
  });

  it("allows the font families the frame origin serves", () => {
    expect(filterStyle({ base: { fontFamily: "Inter, sans-serif" } }, ["Inter"]).rejected).toEqual(
      [],
    );
  });

  it("drops unknown variants and non-objects", () => {
    expect(filterStyle({ hover: { color: "red" } }).rejected).toEqual([
      { variant: "hover", reason: "unknown_variant" },
    ]);
    expect(filterStyle("color: red")).toEqual({ style: {}, rejected: [] });
  });

  it("writes one rule per variant, with fixed selectors", () => {
    const { style } = filterStyle({
      base: { color: "#111", fontSize: "16px" },
      focus: { color: "#222" },
      invalid: { color: "#b42318" },
      complete: { color: "#067647" },
      placeholder: { color: "#667085" },
    });
    expect(styleSheetText(style)).toBe(
      "input{color:#111;font-size:16px}input:focus{color:#222}.is-invalid input{color:#b42318}" +
        ".is-complete input{color:#067647}input::placeholder{color:#667085}",
    );
  });
});
