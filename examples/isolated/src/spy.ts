// Plays "any other script on the page" (a tag manager, an analytics snippet, a skimmer): it
// listens to keystrokes, watches the DOM and listens for window messages, and shows what it got.
// With the fields isolated, keystrokes go to the frames, no digit enters the page's DOM, and the
// frames talk to the SDK over a private port, not through window messages.

/** A run of three or more digits (part of a card number, a CVC, an expiry). */
const DIGITS = /\d{3,}/;

function show(selector: string, text: string): void {
  const output = document.querySelector(selector);
  if (output && output.textContent !== text) output.textContent = text;
}

/** Starts the three spies; they run until the page is left. */
export function startSpies(): void {
  const keys: string[] = [];
  for (const type of ["keydown", "keypress", "input", "beforeinput"]) {
    document.addEventListener(
      type,
      (event) => {
        const key = event instanceof KeyboardEvent ? event.key : (event as InputEvent).data;
        keys.push(key ?? type);
        show("#spy-keys", `${keys.length} events: ${keys.slice(-8).join(" ")}`);
      },
      true,
    );
  }
  let digits = 0;
  new MutationObserver((records) => {
    for (const record of records) {
      const text = [
        record.target.textContent ?? "",
        ...Array.from(record.addedNodes, (n) => n.textContent ?? ""),
      ];
      if (text.some((t) => DIGITS.test(t) && !(record.target as Element).closest?.(".panel")))
        digits += 1;
    }
    show("#spy-dom", digits ? `${digits} changes with digits` : "none");
  }).observe(document.body, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
  const messages: string[] = [];
  addEventListener("message", (event) => {
    messages.push(JSON.stringify(event.data).slice(0, 80));
    show("#spy-messages", `${messages.length}: ${messages.slice(-3).join(", ")}`);
  });
}
