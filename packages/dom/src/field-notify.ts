/**
 * Lets code listening to a bound input see what it would on a plain input: the binding cancels
 * `beforeinput` and writes the value itself, so it dispatches the `input` (and, on commit,
 * `change`) events the browser would have. Form libraries read `event.target.value`; React
 * compares that with the value its tracker last saw, so the value is written through the
 * prototype's setter (which React's per-node tracker does not see) before the event goes out.
 * While the binding dispatches an event, it is the one its own listeners ignore: no loop.
 */

/**
 * The event the binding is dispatching now, or null. Dispatch is synchronous, so the binding's
 * own listeners run inside it; an event dispatched from a listener of another takes its place and
 * gives it back once done. (No set of past events is kept: one variable costs a keystroke nothing.)
 */
let dispatching: Event | null = null;

/** Whether `event` is one the binding is dispatching itself (its listeners skip it). */
export const isOwnEvent = (event: Event): boolean => event === dispatching;

/** Dispatches `event` from `target` as the binding's own. */
function dispatchOwn(target: EventTarget, event: Event): void {
  const outer = dispatching;
  dispatching = event;
  try {
    target.dispatchEvent(event);
  } finally {
    dispatching = outer;
  }
}

/** The `value` setter of the input's prototype chain, past any own property a framework added. */
function prototypeValueSetter(input: HTMLInputElement): ((value: string) => void) | undefined {
  let proto: object | null = Object.getPrototypeOf(input);
  while (proto) {
    const setter = Object.getOwnPropertyDescriptor(proto, "value")?.set;
    if (setter) return setter;
    proto = Object.getPrototypeOf(proto);
  }
  return undefined;
}

/**
 * Writes an input's value as the browser does when a person types: through the prototype's
 * setter, so a framework's value tracker (React's) still holds the old value and reports the
 * change when the `input` event follows.
 */
export function writeValue(input: HTMLInputElement, value: string): void {
  const setter = prototypeValueSetter(input);
  if (setter) setter.call(input, value);
  else input.value = value;
}

/**
 * Dispatches the `input` event a plain input would have sent after an edit (bubbling, composed,
 * `data` always null so no typed character, the security code's included, travels in it).
 */
export function notifyInput(input: HTMLInputElement | HTMLSelectElement, inputType: string): void {
  const view = input.ownerDocument.defaultView;
  const init = { bubbles: true, composed: true, inputType, data: null };
  const event = view?.InputEvent ? new view.InputEvent("input", init) : new Event("input", init);
  dispatchOwn(input, event);
}

/** Dispatches the `change` event a plain input sends when it is left after a change. */
export function notifyChange(input: HTMLInputElement): void {
  const view = input.ownerDocument.defaultView;
  const EventOf = view?.Event ?? Event;
  const event = new EventOf("change", { bubbles: true });
  dispatchOwn(input, event);
}

/**
 * Runs `work` (a change made by a controller call, such as `clear()`) and then tells the
 * listeners of each of `controls` whose value it changed with an `input` event, as an edit
 * does; the binding's own listeners skip these events, and a listener that makes the same
 * change again changes nothing, so nothing loops.
 */
export function changeAndNotify(
  controls: readonly (HTMLInputElement | HTMLSelectElement)[],
  inputType: string,
  work: () => void,
): void {
  const shown = controls.map((control) => control.value);
  work();
  controls.forEach((control, i) => {
    if (control.value !== shown[i]) notifyInput(control, inputType);
  });
}
