// Plays "any other script on the page": a tag manager, an analytics snippet or a skimmer that
// reads the security code input the obvious way. It shows what they get: the mask, not the
// digits (and, in the line below it, which fields a native form submit would post).

/**
 * What the panel shows while an IME composes in the security code: the browser keeps the composed
 * text (digits included) in the field until the composition ends, and this page does not copy
 * them into its own text (see "Limits" in the dom README).
 */
const COMPOSING = "(an input method is composing: not shown)";

/** Reads `#card-cvc`'s `.value` after every event on the page, as a third-party script could. */
export function startCvcSpy(): void {
  let scheduled = false;
  let composing = false;
  const read = () => {
    scheduled = false;
    const cvc = document.querySelector<HTMLInputElement>("#card-cvc");
    const spy = document.querySelector("#cvc-spy");
    const shown = composing ? COMPOSING : cvc?.value;
    if (cvc && spy && shown !== undefined && spy.textContent !== shown) spy.textContent = shown;
    const form = cvc?.form;
    const posted = document.querySelector("#form-spy");
    if (form && posted) {
      const names = JSON.stringify([...new FormData(form).keys()]);
      if (posted.textContent !== names) posted.textContent = names;
    }
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(read, 0);
  };
  // Composition in the security code: the panel stops copying the field until it ends.
  const track = (event: Event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || target.id !== "card-cvc") return;
    composing = event.type === "compositionstart";
    schedule();
  };
  document.addEventListener("compositionstart", track, true);
  document.addEventListener("compositionend", track, true);
  for (const type of ["beforeinput", "input", "keyup", "change", "click", "focusout"]) {
    document.addEventListener(type, schedule, true);
  }
  // Some scripts simply poll.
  setInterval(schedule, 250);
  schedule();
}
