// The benchmark page: one set of number/expiry/CVC inputs per library, all formatting the same
// fields, and the functions the runner calls through page.evaluate.
// The runner's generated entry calls start() with the libraries that are built
// ({ baseline, cardward, imask, maskito, "cleave-zen" }: each module's mount()).

function inputs(lib) {
  const section = document.createElement("fieldset");
  const legend = document.createElement("legend");
  legend.textContent = lib;
  section.append(legend);
  const make = (field, autocomplete) => {
    const input = document.createElement("input");
    input.id = `${lib}-${field}`;
    input.name = field;
    input.autocomplete = autocomplete;
    input.inputMode = "numeric";
    section.append(input);
    return input;
  };
  const els = {
    number: make("number", "cc-number"),
    expiry: make("expiry", "cc-exp"),
    cvc: make("cvc", "cc-csc"),
  };
  document.body.append(section);
  return els;
}

let LIBS = {};
const fields = {};
const mounted = {};

// One keystroke as Chromium delivers it: keydown, keypress, a cancelable beforeinput, the
// browser's insertion and input (only when beforeinput was not canceled), keyup. Dispatched
// from page JS so the timing is free of the DevTools round trip and identical for every library.
function key(el, ch) {
  const init = {
    key: ch,
    code: `Digit${ch}`,
    keyCode: 48 + Number(ch),
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  el.dispatchEvent(new KeyboardEvent("keydown", init));
  el.dispatchEvent(new KeyboardEvent("keypress", { ...init, charCode: ch.charCodeAt(0) }));
  const event = { inputType: "insertText", data: ch, bubbles: true, composed: true };
  if (el.dispatchEvent(new InputEvent("beforeinput", { ...event, cancelable: true }))) {
    el.setRangeText(ch, el.selectionStart, el.selectionEnd, "end");
    el.dispatchEvent(new InputEvent("input", event));
  }
  el.dispatchEvent(new KeyboardEvent("keyup", init));
}

const TYPED = { number: "4242424242424242", expiry: "1230", cvc: "123" };

/** Types the three fields of `lib` `reps` times; returns the total milliseconds per field. */
function type(lib, reps) {
  const els = fields[lib];
  const total = { number: 0, expiry: 0, cvc: 0 };
  for (let r = 0; r < reps; r++) {
    mounted[lib].reset();
    for (const field of ["number", "expiry", "cvc"]) {
      const el = els[field];
      el.focus();
      const text = TYPED[field];
      const t0 = performance.now();
      for (let i = 0; i < text.length; i++) key(el, text[i]);
      total[field] += performance.now() - t0;
    }
    els.cvc.blur();
  }
  return total;
}

/** Mounts and destroys `lib` `cycles` times; returns the total milliseconds of mount and destroy. */
function mountCycles(lib, cycles) {
  const els = fields[lib];
  mounted[lib].destroy();
  let mount = 0;
  let destroy = 0;
  for (let i = 0; i < cycles; i++) {
    const t0 = performance.now();
    const m = LIBS[lib].mount(els);
    const t1 = performance.now();
    m.destroy();
    const t2 = performance.now();
    mount += t1 - t0;
    destroy += t2 - t1;
  }
  mounted[lib] = LIBS[lib].mount(els);
  return { mount, destroy };
}

function read(lib) {
  const m = mounted[lib];
  return { ...m.read(), cvcDigits: m.readCvc ? m.readCvc() : m.read().cvc };
}

function reset(lib) {
  mounted[lib].reset();
}

export function start(libs) {
  LIBS = libs;
  for (const lib of Object.keys(LIBS)) {
    fields[lib] = inputs(lib);
    mounted[lib] = LIBS[lib].mount(fields[lib]);
  }
  window.bench = { libs: Object.keys(LIBS), type, mountCycles, read, reset, crossOriginIsolated };
}
