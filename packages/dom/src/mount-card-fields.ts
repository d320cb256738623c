import {
  type Brand,
  type CardField,
  CardwardError,
  type CvcFieldState,
  type Edit,
  emptyCvcState,
  en,
  type FieldState,
  getBrand,
  type IssueCode,
  type Locale,
  Sensitive,
  scanDigits,
  type ValidationResult,
  validateExpiry,
} from "@cardward/core";
import { AttributeJournal } from "./attribute-journal";
import { bindTextInput } from "./bind-text-input";
import { applyCvcAttributes, ownLabel } from "./cvc-attributes";
import { editField } from "./edit-field";
import { environmentWarnings } from "./environment-warnings";
import { createErrorSlot, type ErrorSlot } from "./error-slot";
import { fieldAttributes, NAMELESS_PARTS } from "./field-attributes";
import { fieldSnapshot } from "./field-snapshot";
import { createLiveRegion, DEFAULT_VISUALLY_HIDDEN_CLASS } from "./live-region";
import { onPageLifecycle } from "./page-lifecycle";
import { findElement, markMounted, resolveFields } from "./resolve-fields";
import type {
  CardFieldsController,
  CardFieldsSettings,
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
  readonly controls: readonly Control[];
  /** The value and selection last written (for the CVC, with its secret). */
  state: FieldState | CvcFieldState;
  status: ValidationResult;
  complete: boolean;
  focused: boolean;
  touched: boolean;
  slot: ErrorSlot;
  snapshot?: FieldSnapshot;
}

const EMPTY: FieldState = { value: "", selectionStart: 0, selectionEnd: 0 };
const noop = ({ value, selectionStart, selectionEnd }: FieldState): Edit => ({
  kind: "replace",
  value,
  selectionStart,
  selectionEnd,
});

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
  const mask = options.cvcMask ?? "•";
  if (typeof mask !== "string" || mask.length !== 1 || scanDigits(mask).digits !== "") {
    throw new CardwardError("invalid_option", "cvcMask must be one character that is not a digit.");
  }
  const provided = new Map<CardField, Element>();
  for (const [field, target] of Object.entries(options.errorElements ?? {})) {
    if (target) provided.set(field as CardField, findElement(target, root, `${field} error`));
  }
  checkSettings(options);
  // Nothing below throws: from here the fields are mounted.

  let settings: CardFieldsSettings = { ...options };
  const locale = (): Locale => settings.locale ?? en;
  const journal = new AttributeJournal();
  const abort = new AbortController();
  const { signal } = abort;
  const controls = bound.map((b) => b.element);
  const numberInput = controls[0] as HTMLInputElement;
  const cvcInput = bound.find((b) => b.field === "cvc")?.element as HTMLInputElement;
  const cvcLabel = ownLabel(cvcInput);
  const listeners = new Set<(state: CardFieldsState) => void>();
  const warn = options.onWarning;
  let brand: Brand | null = null;
  let destroyed = false;
  let snapshot: CardFieldsState;
  const announcements: string[] = [];

  markMounted(controls, true);
  for (const { part, element } of bound) {
    for (const [name, value] of fieldAttributes(part, element.localName === "select")) {
      journal.set(element, name, value);
    }
    if (NAMELESS_PARTS.has(part) && element.hasAttribute("name")) {
      const field = part === "month" || part === "year" ? "expiry" : part;
      if (options.keepNames) warn?.({ code: "name_kept", field: field as CardField });
      else {
        journal.set(element, "name", null);
        warn?.({ code: "name_removed", field: field as CardField });
      }
    }
  }
  for (const warning of environmentWarnings(bound)) warn?.(warning);
  applyCvcAttributes(cvcInput, null, locale(), journal, cvcLabel);
  const live = createLiveRegion(
    numberInput,
    options.visuallyHiddenClass ?? DEFAULT_VISUALLY_HIDDEN_CLASS,
  );

  const records = new Map<CardField, FieldRecord>();
  for (const { field } of bound) {
    if (records.has(field)) continue;
    const own = bound.filter((b) => b.field === field).map((b) => b.element);
    records.set(field, {
      field,
      controls: own,
      state: field === "cvc" ? emptyCvcState() : EMPTY,
      status: { isValid: false, isPotentiallyValid: true, issues: [] },
      complete: false,
      focused: false,
      touched: false,
      slot: createErrorSlot(own, journal, provided.get(field) ?? null),
    });
  }
  const record = (field: CardField) => records.get(field) as FieldRecord;
  const isSplit = (r: FieldRecord) => r.controls.length > 1;
  const isActive = (el: Element) =>
    (el.getRootNode() as Partial<DocumentOrShadowRoot>).activeElement === el;

  /** Runs an edit through core and writes the value and caret back. */
  function run(r: FieldRecord, edit: Edit): void {
    const [month, year] = r.controls as [Control, Control];
    if (isSplit(r)) {
      r.status = validateExpiry({ month: month.value, year: year.value }, expiryOptions());
      r.complete = r.status.isValid;
      return;
    }
    const input = month as HTMLInputElement;
    const state =
      edit.kind === "input"
        ? {
            ...r.state,
            selectionStart: input.selectionStart ?? r.state.value.length,
            selectionEnd: input.selectionEnd ?? r.state.value.length,
          }
        : r.state;
    const result = editField(r.field, state, edit, {
      locale: locale(),
      acceptedBrands: settings.acceptedBrands,
      now: settings.now ?? (() => new Date()),
      brand,
      mask,
      reveal: settings.revealCvc ?? false,
    });
    const { value, selectionStart, selectionEnd, secret } = result;
    const previous = (r.state as Partial<CvcFieldState>).secret;
    if (previous && previous !== secret) previous.wipe();
    r.state = secret
      ? { value, selectionStart, selectionEnd, secret }
      : { value, selectionStart, selectionEnd };
    r.status = result.status;
    r.complete = result.complete;
    if (input.value !== value) input.value = value;
    if (isActive(input)) input.setSelectionRange(selectionStart, selectionEnd);
    if (r.field === "number") setBrand(result.brand ?? null);
  }

  const expiryOptions = () => ({ locale: locale(), now: settings.now ?? (() => new Date()) });

  function setBrand(next: Brand | null): void {
    if (next?.id === brand?.id) return;
    brand = next;
    const id = next?.id ?? null;
    journal.set(numberInput, "data-card-brand", id);
    applyCvcAttributes(cvcInput, next, locale(), journal, cvcLabel);
    const cvc = records.get("cvc");
    if (cvc) run(cvc, noop(cvc.state));
    if (next) announcements.push(next.name);
    numberInput.dispatchEvent(
      new CustomEvent("cardward:brandchange", { detail: id, bubbles: true }),
    );
    settings.onBrandChange?.(id);
  }

  /** Rebuilds the snapshot, writes aria and errors, announces, and tells subscribers. */
  function refresh(): void {
    const fields: Partial<Record<CardField, FieldSnapshot>> = {};
    let isValid = true;
    for (const r of records.values()) {
      const previousError = r.snapshot?.error ?? null;
      r.snapshot = fieldSnapshot(
        {
          status: r.status,
          complete: r.complete,
          empty: r.controls.every((c) => c.value === ""),
          focused: r.focused,
          touched: r.touched,
        },
        r.snapshot,
      );
      const { error } = r.snapshot;
      if (error?.message !== previousError?.message) {
        r.slot.show(error?.message ?? null);
        if (error) announcements.push(error.message);
      }
      fields[r.field] = r.snapshot;
      isValid &&= r.status.isValid;
    }
    if (announcements.length > 0) live.say(announcements.splice(0).join(" "));
    const next = {
      ...fields,
      brand: brand?.id ?? null,
      cvcRevealed: settings.revealCvc ?? false,
      isValid,
    } as CardFieldsState;
    const previous = snapshot as CardFieldsState | undefined;
    const same =
      previous &&
      (Object.keys(next) as (keyof CardFieldsState)[]).every((key) => next[key] === previous[key]);
    if (same) return;
    snapshot = next;
    if (previous) for (const listener of [...listeners]) listener(next);
  }

  /** Moves focus to the next (`1`) or previous (`-1`) bound control in document order. */
  function move(from: Control, step: 1 | -1): boolean {
    // DOCUMENT_POSITION_FOLLOWING is 4.
    const order = [...controls].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
    const target = order[order.indexOf(from) + step];
    if (!target) return false;
    target.focus();
    if (step < 0 && target instanceof HTMLInputElement) {
      target.setSelectionRange(target.value.length, target.value.length);
    }
    return true;
  }

  const focusHandler = (r: FieldRecord) => (focused: boolean, leaving: EventTarget | null) => {
    if (focused) r.focused = true;
    else if (!r.controls.includes(leaving as Control)) {
      r.focused = false;
      r.touched = true;
    }
    refresh();
  };

  for (const r of records.values()) {
    if (isSplit(r)) {
      for (const control of r.controls) {
        const update = () => {
          run(r, noop(EMPTY));
          refresh();
        };
        control.addEventListener("input", update, { signal });
        control.addEventListener("change", update, { signal });
        const onFocus = focusHandler(r);
        control.addEventListener("focus", () => onFocus(true, null), { signal });
        control.addEventListener("blur", (e) => onFocus(false, (e as FocusEvent).relatedTarget), {
          signal,
        });
      }
      continue;
    }
    const input = r.controls[0] as HTMLInputElement;
    bindTextInput(
      input,
      {
        edit(edit) {
          const wasComplete = r.complete;
          run(r, edit);
          if (
            settings.autoAdvance &&
            edit.kind === "input" &&
            edit.inputType.startsWith("insert") &&
            r.complete &&
            !wasComplete &&
            r.status.isValid &&
            r.state.selectionEnd === r.state.value.length
          ) {
            move(input, 1);
          }
          refresh();
        },
        focus: focusHandler(r),
        back: () => (settings.autoAdvance ?? false) && move(input, -1),
        history: r.field !== "cvc",
      },
      signal,
    );
  }

  function wipeCvc(): void {
    const r = record("cvc");
    (r.state as CvcFieldState).secret.wipe();
    r.state = emptyCvcState();
    cvcInput.value = "";
    run(r, noop(EMPTY));
  }

  onPageLifecycle(
    numberInput.ownerDocument.defaultView,
    () => {
      wipeCvc();
      refresh();
    },
    signal,
  );

  // A value present before mounting (prefilled, or restored by the browser) is taken through the
  // edit model; the security code's is discarded, since it may be a restored mask.
  cvcInput.value = "";
  for (const r of records.values()) {
    const input = r.controls[0] as Control;
    run(r, isSplit(r) ? noop(EMPTY) : { kind: "replace", value: input.value });
  }
  refresh();

  const alive = () => {
    if (destroyed) throw new CardwardError("destroyed", "The card fields were destroyed.");
  };
  const validate = () => {
    alive();
    for (const r of records.values()) r.touched = true;
    refresh();
    return snapshot.isValid;
  };

  return {
    getState: () => snapshot,
    subscribe(listener) {
      if (destroyed) return () => {};
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    validate,
    collect(): CollectedCard {
      if (!validate() || !brand) {
        const fields: Partial<Record<CardField, IssueCode[]>> = {};
        for (const r of records.values()) {
          if (!r.status.isValid) fields[r.field] = r.status.issues.map((issue) => issue.code);
        }
        throw new CardwardError("invalid_card", "The card is not valid.", fields);
      }
      const expiry = record("expiry").status as ValidationResult & { month: number; year: number };
      const secret = (record("cvc").state as CvcFieldState).secret.reveal() ?? "";
      const card: Record<string, unknown> = {
        number: scanDigits(record("number").state.value).digits,
        expiry: { month: expiry.month, year: expiry.year },
        cvc: new Sensitive(secret),
        brand: brand.id,
      };
      for (const field of ["name", "postalCode"] as const) {
        const r = records.get(field);
        if (r) card[field] = r.state.value.trim();
      }
      return card as unknown as CollectedCard;
    },
    clear() {
      alive();
      for (const r of records.values()) {
        r.touched = false;
        if (r.field === "cvc") wipeCvc();
        else {
          for (const control of r.controls) control.value = "";
          r.state = EMPTY;
          run(r, noop(EMPTY));
        }
      }
      refresh();
    },
    focus(field) {
      alive();
      records.get(field)?.controls[0]?.focus();
    },
    setOptions(next) {
      alive();
      checkSettings(next);
      settings = { ...settings, ...next };
      applyCvcAttributes(cvcInput, brand, locale(), journal, cvcLabel);
      for (const r of records.values()) run(r, noop(r.state));
      refresh();
    },
    revealCvc(reveal) {
      alive();
      settings = { ...settings, revealCvc: reveal };
      const r = record("cvc");
      run(r, noop(r.state));
      refresh();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      abort.abort();
      const secret = (record("cvc").state as CvcFieldState).secret;
      secret.wipe();
      cvcInput.value = "";
      for (const r of records.values()) r.slot.remove();
      live.remove();
      journal.restore();
      markMounted(controls, false);
      listeners.clear();
    },
  };
}

/** Rejects settings of the wrong shape with `invalid_option`. */
function checkSettings(settings: CardFieldsSettings): void {
  const { acceptedBrands, locale } = settings;
  const badBrands =
    acceptedBrands !== undefined &&
    (!Array.isArray(acceptedBrands) || acceptedBrands.some((id) => !getBrand(id)));
  if (badBrands || (locale !== undefined && typeof locale?.messages !== "object")) {
    throw new CardwardError("invalid_option", "acceptedBrands or locale is not valid.");
  }
}
