// The examples' page options, for the gallery and the screenshot tests: `?scheme=light|dark`
// forces a colour scheme (otherwise the system's `prefers-color-scheme` applies) and `?dir=rtl`
// lays the page out right to left. Attributes only: the theme reads them from CSS.

/** Applies `?scheme=` and `?dir=` from the page's URL to the root element. */
export function applyPageOptions(): void {
  const params = new URLSearchParams(location.search);
  const root = document.documentElement;
  const scheme = params.get("scheme");
  if (scheme === "light" || scheme === "dark") root.setAttribute("data-color-scheme", scheme);
  if (params.get("dir") === "rtl") root.setAttribute("dir", "rtl");
}

/**
 * Keeps the focus in the security code when the Show / Hide button is pressed: a pointer press
 * on a button would otherwise move the focus to it (and close a phone's keyboard).
 */
export function keepFocusOnPress(button: HTMLElement): void {
  button.addEventListener("mousedown", (event) => event.preventDefault());
}
