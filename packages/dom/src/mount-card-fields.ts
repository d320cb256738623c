import {
  type Brand,
  type CardField,
  type Edit,
  en,
  type FieldState,
  getBrand,
  type IssueCode,
  Sensitive,
  validateExpiry,
} from "@cardward/core";
import { scanDigits } from "@cardward/core/internal";
import { createJournal } from "./attribute-journal";
import { bindTextInput, type Listen } from "./bind-text-input";
import { applyCvcAttributes, ownLabel } from "./cvc-attributes";
import { EDITS, type FieldEditResult } from "./edit-field";
import { createErrorSlot, type ErrorSlot } from "./error-slot";
import { fieldAttributes } from "./field-attributes";
import { fieldSnapshot } from "./field-snapshot";
import { createLiveRegion, DEFAULT_VISUALLY_HIDDEN_CLASS } from "./live-region";
import { fail, findElement, MOUNTED, resolveFields } from "./resolve-fields";
import type {
  CardFieldsController,
  CardFieldsState,
  CardFieldTargets,
  CollectedCard,
  FieldSnapshot,
  MountOptions,
} from "./types";

type Control = HTMLInputElement | HTMLSelectElement;

/** The controller's own record of one field. */
interface FieldRecord {
  readonly field: CardField;
  /** One input, or a split expiry's month and year. */
  readonly controls: readonly Control[];
  /** The last edit's result: value and selection written (for the CVC, with its secret), status. */
  state: FieldEditResult;
  focused: boolean;
  touched: boolean;
  readonly slot: ErrorSlot;
  snapshot?: FieldSnapshot | undefined;
}

/**
 * The settings, plus what core's edit functions read besides them (`brand`, `mask`, `reveal`):
 * one long-lived object passed to every edit, so a keystroke allocates no options.
 */
type Context = MountOptions & { brand: Brand | null; mask: string; reveal: boolean };

/** An empty field: as a state, and as the edit that empties a field. */
const EMPTY = { kind: "replace", value: "", selectionStart: 0, selectionEnd: 0 } as const;
/** An edit that runs a field's current value through the model again (settings changed). */
const again = (state: FieldState): Edit => ({ ...state, kind: "replace" });

/**
 * Binds the merchant's own inputs as card fields: formats as people type through core's edit
 * model, keeps the security code out of the DOM, marks the fields private, and restores
 * everything on `destroy()`. Throws a `CardwardError` (and changes nothing) when an element is
 * missing, is not a text input, is given twice or is already mounted.
 *
 * @example
 * const card = mountCardFields({ number: "#number", expiry: "#expiry", cvc: "#cvc" });
 * card.subscribe((state) => submit.toggleAttribute("disabled", !state.isValid));
 * const { number, expiry, cvc, brand } = card.collect(); // throws "invalid_card" when invalid
 */
export function mountCardFields(
  targets: CardFieldTargets,
  options: MountOptions = {},
): CardFieldsController {
  const root = options.root ?? document;
  const bound = resolveFields(targets, root);
  // An element per field, or null: no error element at all (the merchant renders messages).
  const errors = options.errorElements;
  const provided: Partial<Record<CardField, Element | null>> = {};
  for (const [field, target] of Object.entries(errors || {})) {
    if (target) provided[field as CardField] = findElement(target, root, `${field} error`);
    else if (target === false) provided[field as CardField] = null;
  }
  checkSettings(options);
  // Nothing below throws: from here the fields are mounted.

  const ctx: Context = {
    ...options,
    brand: null,
    mask: options.cvcMask ?? "•",
    reveal: options.revealCvc ?? false,
  };
  const journal = createJournal();
  const { set } = journal;
  const abort = new AbortController();
  const { signal } = abort;
  const on: Listen = (target, type, listener) =>
    target?.addEventListener(type, listener as EventListener, { signal });
  const controls = bound.map((b) => b.element);
  const numberInput = controls[0] as HTMLInputElement;
  const warn = options.onWarning;
  const listeners = new Set<(state: CardFieldsState) => void>();
  const announcements: string[] = [];
  /** Fields whose snapshot may have changed since the last refresh. */
  const dirty = new Set<FieldRecord>();
  const forms: HTMLFormElement[] = [];
  let destroyed = false;
  let snapshot: CardFieldsState;
  /** The merchant's latest `name` of each card input (put back on destroy), set at mount or since. */
  const names = new Map<Element, string>();
  /** Takes `name` off a card input, at mount or when a framework sets it again; warns once. */
  const dropName = (element: Element, field = bound.find((b) => b.element === element)?.field) => {
    const name = element.getAttribute("name");
    if (name === null) return;
    if (!names.has(element)) warn?.({ code: "name_removed", field: field as CardField });
    names.set(element, name);
    set(element, "name", null);
  };
  // The observer comes from the inputs' own realm (an iframe's, a test environment's window), as
  // a global one cannot observe nodes of another realm and may not exist there at all.
  const view = numberInput.ownerDocument.defaultView;
  const Observer = (view ?? globalThis).MutationObserver;
  const guard = Observer
    ? new Observer((changes) => {
        for (const { target } of changes) dropName(target as Element);
      })
    : undefined;

  for (const { field, token, element } of bound) {
    MOUNTED.add(element);
    // Card data proper: typed as digits, and no `name` a native submit would post.
    const secret = field !== "name" && field !== "postalCode";
    for (const [name, value] of fieldAttributes(token, element.localName === "select", secret)) {
      set(element, name, value);
    }
    if (secret && options.keepNames) {
      if (element.hasAttribute("name")) warn?.({ code: "name_kept", field });
    } else if (secret) {
      dropName(element, field);
      guard?.observe(element, { attributeFilter: ["name"] });
    }
    // A native submit of a GET form would put the fields in the URL. `form.method` is "get" when
    // the attribute is missing too: the browser's default. One warning per form.
    const { form } = element;
    if (form?.method === "get" && !forms.includes(form)) {
      forms.push(form);
      warn?.({ code: "form_method_get", field });
    }
  }
  if (view?.isSecureContext === false) warn?.({ code: "insecure_context" });
  const live = createLiveRegion(
    numberInput,
    options.visuallyHiddenClass ?? DEFAULT_VISUALLY_HIDDEN_CLASS,
  );

  // Number, expiry and CVC come first, in this order (see resolveFields).
  const records: FieldRecord[] = [...new Set(bound.map((b) => b.field))].map((field) => {
    const own = bound.filter((b) => b.field === field).map((b) => b.element);
    const slot = createErrorSlot(own, set, errors === false ? null : provided[field]);
    const state = EMPTY as unknown as FieldEditResult;
    return { field, controls: own, state, focused: false, touched: false, slot };
  });
  const [numberRecord, expiryRecord, cvc] = records as [FieldRecord, FieldRecord, FieldRecord];
  const cvcInput = cvc.controls[0] as HTMLInputElement;
  const cvcLabel = ownLabel(cvcInput);
  const cvcAttributes = () =>
    applyCvcAttributes(cvcInput, ctx.brand, ctx.locale ?? en, set, cvcLabel);
  cvcAttributes();

  /**
   * Runs an edit through core (from `state`) and writes back only what changed: the value, and
   * the selection when the browser's differs (writing a value already puts the caret at its end).
   */
  function run(r: FieldRecord, edit: Edit, state: FieldState = r.state): void {
    const [input, year] = r.controls as [HTMLInputElement, Control?];
    dirty.add(r);
    if (year) {
      const status = validateExpiry({ month: input.value, year: year.value }, ctx);
      const value = input.value + year.value;
      r.state = { value, status, complete: status.isValid } as unknown as FieldEditResult;
      return;
    }
    // Only what core reads (the value, the CVC's secret) and the browser's selection: a keystroke
    // copies no more.
    const from =
      edit.kind === "input"
        ? {
            value: state.value,
            selectionStart: input.selectionStart as number,
            selectionEnd: input.selectionEnd as number,
            secret: (state as FieldEditResult).secret,
          }
        : state;
    const previous = r.state.secret;
    const result = EDITS[r.field](from, edit, ctx);
    const { value, selectionStart: start, selectionEnd: end, secret } = result;
    if (previous !== secret) previous?.wipe();
    r.state = result;
    // Writing a value puts the caret at its end: the selection is not read back then.
    let caret: number | null = null;
    if (input.value !== value) {
      input.value = value;
      caret = value.length;
    }
    if (
      ((caret ?? input.selectionStart) !== start || (caret ?? input.selectionEnd) !== end) &&
      (input.getRootNode() as Partial<DocumentOrShadowRoot>).activeElement === input
    ) {
      input.setSelectionRange(start, end);
    }
    if (r === numberRecord) setBrand(result.brand ?? null);
  }

  function setBrand(next: Brand | null): void {
    if (next?.id === ctx.brand?.id) return;
    ctx.brand = next;
    const id = next?.id ?? null;
    set(numberInput, "data-card-brand", id);
    cvcAttributes();
    run(cvc, again(cvc.state));
    if (next) announcements.push(next.name);
    numberInput.dispatchEvent(
      new CustomEvent("cardward:brandchange", { detail: id, bubbles: true }),
    );
    ctx.onBrandChange?.(id);
  }

  /**
   * Rebuilds the snapshots of the fields that changed, shows their errors, announces, and tells
   * subscribers when the state changed.
   */
  function refresh(): void {
    let changed = !snapshot;
    for (const r of dirty) {
      const previous = r.snapshot;
      const next = fieldSnapshot(r.state, r.focused, r.touched, previous);
      if (next === previous) continue;
      changed = true;
      r.snapshot = next;
      const error = next.error?.message ?? null;
      if (error !== (previous?.error?.message ?? null)) {
        r.slot.show(error);
        if (error) announcements.push(error);
      }
    }
    dirty.clear();
    if (announcements.length > 0) live.say(announcements.splice(0).join(" "));
    const brand = ctx.brand?.id ?? null;
    if (!changed && brand === snapshot.brand && ctx.reveal === snapshot.cvcRevealed) return;
    const next: Record<string, unknown> = {};
    for (const r of records) next[r.field] = r.snapshot;
    const isValid = records.every((r) => r.state.status.isValid);
    snapshot = Object.assign(next, { brand, cvcRevealed: ctx.reveal, isValid }) as never;
    for (const listener of [...listeners]) listener(snapshot);
  }

  /** Moves focus to the next (`1`) or previous (`-1`) bound control in document order. */
  function move(from: Control, step: 1 | -1): boolean {
    // DOCUMENT_POSITION_FOLLOWING is 4.
    const order = [...controls].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
    const target = order[order.indexOf(from) + step];
    target?.focus();
    // Going back, the caret goes to the end of what is there (a <select> has no caret).
    if (step < 0) (target as HTMLInputElement | undefined)?.setSelectionRange?.(1e9, 1e9);
    return !!target;
  }

  const watchers: (() => void)[] = [];
  for (const r of records) {
    const input = r.controls[0] as HTMLInputElement;
    const split = r.controls.length > 1;
    /** Focus moving in or out of the field (not between a split expiry's month and year). */
    const onFocus = ({ type, relatedTarget }: FocusEvent) => {
      const leaving = type === "blur";
      if (leaving && r.controls.includes(relatedTarget as Control)) return;
      r.focused = !leaving;
      r.touched ||= leaving;
      dirty.add(r);
      refresh();
    };
    const update = () => {
      run(r, EMPTY);
      refresh();
    };
    for (const control of r.controls) {
      on(control, "focus", onFocus);
      on(control, "blur", onFocus);
      if (split) {
        on(control, "input", update);
        on(control, "change", update);
      }
    }
    if (split) continue;
    watchers.push(
      bindTextInput(
        input,
        (edit) => {
          const wasComplete = r.state.complete;
          run(r, edit);
          const { complete, status, selectionEnd, value } = r.state;
          if (
            ctx.autoAdvance &&
            edit.kind === "input" &&
            edit.inputType.startsWith("insert") &&
            complete &&
            !wasComplete &&
            status.isValid &&
            selectionEnd === value.length
          ) {
            move(input, 1);
          }
          refresh();
        },
        () => !!ctx.autoAdvance && move(input, -1),
        r !== cvc,
        on,
      ),
    );
  }
  /** Lets Backspace in an empty field move back, once auto-advance is on. */
  const watchBackspace = () => {
    if (ctx.autoAdvance) for (const watch of watchers) watch();
  };
  watchBackspace();

  /** Empties the security code, in the page and in memory, and refreshes. */
  const wipe = () => {
    cvcInput.value = "";
    run(cvc, EMPTY, EMPTY);
    refresh();
  };
  // The page may enter the back-forward cache or be unloaded, or come back from the cache: a
  // security code never outlives the visit (Blink also restores text inputs on back/forward).
  on(view, "pagehide", wipe);
  on<PageTransitionEvent>(view, "pageshow", (event) => event.persisted && wipe());

  // A value present before mounting (prefilled, or restored by the browser) is taken through the
  // edit model; the security code's is discarded, since it may be a restored mask.
  cvcInput.value = "";
  for (const r of records) run(r, { kind: "replace", value: (r.controls[0] as Control).value });
  refresh();

  const alive = () => destroyed && fail("destroyed");
  /** Re-runs every field (or the CVC only) after a settings change. */
  const rerun = (only?: FieldRecord) => {
    for (const r of only ? [only] : records) run(r, again(r.state));
    refresh();
  };
  const validate = () => {
    alive();
    for (const r of records) {
      r.touched = true;
      dirty.add(r);
    }
    refresh();
    return snapshot.isValid;
  };

  return {
    getState: () => snapshot,
    subscribe(listener) {
      if (!destroyed) listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    validate,
    collect(): CollectedCard {
      const { brand } = ctx;
      if (!validate() || !brand) {
        const fields: Partial<Record<CardField, IssueCode[]>> = {};
        for (const { field, state } of records) {
          if (!state.status.isValid) fields[field] = state.status.issues.map((issue) => issue.code);
        }
        return fail("invalid_card", "", fields);
      }
      const { month, year } = expiryRecord.state.status as unknown as CollectedCard["expiry"];
      const card: Record<string, unknown> = {
        number: scanDigits(numberRecord.state.value).digits,
        expiry: { month, year },
        cvc: new Sensitive(cvc.state.secret?.tryReveal() ?? ""),
        brand: brand.id,
      };
      for (const { field, state } of records.slice(3)) card[field] = state.value.trim();
      return card as unknown as CollectedCard;
    },
    clear() {
      alive();
      for (const r of records) {
        r.touched = false;
        for (const control of r.controls) control.value = "";
        run(r, EMPTY, EMPTY);
      }
      refresh();
    },
    focus(field) {
      alive();
      records.find((r) => r.field === field)?.controls[0]?.focus();
    },
    setOptions(next) {
      alive();
      checkSettings(next);
      Object.assign(ctx, next);
      watchBackspace();
      ctx.reveal = next.revealCvc ?? ctx.reveal;
      cvcAttributes();
      rerun();
    },
    revealCvc(reveal) {
      alive();
      ctx.reveal = reveal;
      rerun(cvc);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      abort.abort();
      cvc.state.secret?.wipe();
      cvcInput.value = "";
      for (const r of records) r.slot.remove();
      live.remove();
      for (const { target } of guard?.takeRecords() ?? []) dropName(target as Element);
      guard?.disconnect();
      journal.restore();
      for (const [element, name] of names) element.setAttribute("name", name);
      for (const control of controls) MOUNTED.delete(control);
      listeners.clear();
    },
  };
}

/** Rejects settings of the wrong shape (and, when mounting, a bad `cvcMask`) with `invalid_option`. */
function checkSettings({ acceptedBrands: brands, locale, cvcMask: mask }: MountOptions): void {
  if (
    (brands !== undefined && !(Array.isArray(brands) && brands.every((id) => getBrand(id)))) ||
    (locale !== undefined && typeof locale?.messages !== "object") ||
    (mask !== undefined &&
      (typeof mask !== "string" || mask.length !== 1 || scanDigits(mask).digits))
  ) {
    fail("invalid_option");
  }
}
