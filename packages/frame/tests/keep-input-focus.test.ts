// A focused frame keeps its one input focused: the frame's body is never left holding the focus
// (Chromium may apply the page's iframe focus after the frame's own input.focus()).
import { afterEach, describe, expect, it, vi } from "vitest";
import { keepInputFocus } from "../src/runtime/keep-input-focus";

afterEach(() => {
  document.body.innerHTML = "";
  vi.restoreAllMocks();
  vi.useRealTimers();
});

function frameInput(): { input: HTMLInputElement; abort: AbortController } {
  const input = document.createElement("input");
  document.body.append(input);
  const abort = new AbortController();
  keepInputFocus(input, abort.signal);
  return { input, abort };
}

describe("keepInputFocus", () => {
  it("focuses the input when the frame's window takes the focus with nothing focused in it", () => {
    const { input } = frameInput();
    expect(document.activeElement).toBe(document.body);
    window.dispatchEvent(new FocusEvent("focus"));
    expect(document.activeElement).toBe(input);
  });

  it("takes the focus back a task after the input lost it inside a focused frame", () => {
    vi.useFakeTimers();
    const { input } = frameInput();
    input.focus();
    input.blur();
    expect(document.activeElement).toBe(document.body);
    vi.runAllTimers();
    expect(document.activeElement).toBe(input);
  });

  it("leaves the focus alone once the frame has lost it, and after the signal aborts", () => {
    vi.useFakeTimers();
    const { input, abort } = frameInput();
    const hasFocus = vi.spyOn(document, "hasFocus").mockReturnValue(false);
    input.focus();
    input.blur();
    vi.runAllTimers();
    expect(document.activeElement).toBe(document.body);
    hasFocus.mockReturnValue(true);
    abort.abort();
    window.dispatchEvent(new FocusEvent("focus"));
    expect(document.activeElement).toBe(document.body);
  });
});
