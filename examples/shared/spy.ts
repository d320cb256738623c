// Plays "any other script on the page": a tag manager, an analytics snippet or a skimmer that
// reads the security code input the obvious way. It shows what they get: the mask, not the
// digits (and, in the line below it, which fields a native form submit would post).

/** Reads `#card-cvc`'s `.value` after every event on the page, as a third-party script could. */
export function startCvcSpy(): void {
  let scheduled = false;
  const read = () => {
    scheduled = false;
    const cvc = document.querySelector<HTMLInputElement>("#card-cvc");
    const spy = document.querySelector("#cvc-spy");
    if (cvc && spy && spy.textContent !== cvc.value) spy.textContent = cvc.value;
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
  for (const type of ["beforeinput", "input", "keyup", "change", "click", "focusout"]) {
    document.addEventListener(type, schedule, true);
  }
  // Some scripts simply poll.
  setInterval(schedule, 250);
  schedule();
}
