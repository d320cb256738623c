import { en } from "@cardward/core";
import { createApplySettings } from "./apply-settings";
import { createJournal } from "./attribute-journal";
import { createBrandTracker } from "./brand";
import { createController } from "./controller-api";
import { cvcAttributesOf } from "./cvc-attributes";
import { resolveErrorElements } from "./error-elements";
import { createFieldEdits } from "./field-edits";
import { bindFieldEvents } from "./field-events";
import { createRecords } from "./field-record";
import { createFocusMoves } from "./focus-moves";
import { clearOnFormReset } from "./form-reset";
import { warnAboutForms } from "./form-warnings";
import { createHandoverPort, HANDOVERS } from "./handover";
import { createListen } from "./listen";
import { createLiveRegion, DEFAULT_VISUALLY_HIDDEN_CLASS } from "./live-region";
import { createLiveSettings } from "./live-settings";
import { markFields } from "./mark-fields";
import { guardNames } from "./name-guard";
import { watchPageLifecycle } from "./page-lifecycle";
import { takePrefilledValues } from "./prefilled-values";
import { fail, MOUNTED, resolveFields } from "./resolve-fields";
import { takeDefaultValues, takeRestoredValues } from "./restored-values";
import { removeCvcValueAttribute } from "./server-rendered-cvc";
import { checkSettings, DEFAULT_CVC_MASK, ownOptions } from "./settings";
import { createStateStore } from "./state-store";
import type {
  CardFieldsController,
  CardFieldTargets,
  CardwardWarning,
  MountOptions,
} from "./types";
import { markValidFields } from "./valid-attribute";

/** The global `document`, or a `no_document` CardwardError where there is none (a server). */
const documentOrFail = (): Document =>
  typeof document === "undefined" ? fail("no_document") : document;

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
  options?: MountOptions,
): CardFieldsController {
  // Everything that can throw comes first: once the settings are checked, the fields are mounted.
  const own = ownOptions(options);
  const root = own.root ?? documentOrFail();
  const fields = resolveFields(targets, root);
  const errorElements = resolveErrorElements(own.errorElements, root);
  const drawHint = own.cvcHint ? own.cvcHint.prepare(root) : null;
  checkSettings(own, own.cvcMask);

  const settings = createLiveSettings(own, own.cvcMask ?? DEFAULT_CVC_MASK);
  const warn = (warning: CardwardWarning) => settings.values.onWarning?.(warning);
  const { set, restore } = createJournal();
  const abort = new AbortController();
  const on = createListen(abort.signal);
  const { bound, number, cvc } = fields;
  for (const { element } of bound) MOUNTED.add(element);
  markFields(bound, set);
  const names = guardNames(bound, set, warn, own.keepNames === true);
  warnAboutForms(bound, warn);
  const live = createLiveRegion(number, own.visuallyHiddenClass ?? DEFAULT_VISUALLY_HIDDEN_CLASS);
  const records = createRecords(fields, set, errorElements, settings);
  const writeCvcAttributes = cvcAttributesOf(cvc, set);
  const hint = drawHint?.(cvc, set);
  const cvcAttributes = () => {
    writeCvcAttributes(settings.brand, settings.values.locale ?? en);
    hint?.update(settings.brand, settings.values.locale ?? en);
  };
  cvcAttributes();
  const brand = createBrandTracker(number, set, () => settings.values.onBrandChange);
  const markField = markValidFields(records, set);
  const store = createStateStore(records, settings, {
    say: live.say,
    markField,
    notifyBrand: brand.notify,
  });
  const edits = createFieldEdits({ records, settings, brand, store, cvcAttributes });
  const move = createFocusMoves(bound.map(({ element }) => element));
  const watchBackspace = bindFieldEvents({ records, edits, store, settings, move, on });
  watchBackspace();
  const clear = () => store.update(edits.clear);
  const wipe = () =>
    store.update(() => {
      edits.forget();
      edits.empty(records.cvc);
    });
  const takeRestored = () => store.update(() => takeRestoredValues(records, edits));
  const view = number.ownerDocument.defaultView;
  const stopLifecycle = watchPageLifecycle(view, on, { wipe, takeRestored });
  const reset = () =>
    store.update(() => {
      edits.clear();
      takeDefaultValues(records, edits);
    });
  const stopReset = clearOnFormReset(bound, on, { clear: reset, takeRestored });
  const putCvcValueBack = removeCvcValueAttribute(cvc, own.restoreCvcValue === true);
  store.update(() => takePrefilledValues(records, edits));

  const apply = { records, settings, store, edits, cvcAttributes, watchBackspace };
  const setOptions = createApplySettings(apply);
  const singleUse = own.singleUse === true;
  const context = { records, settings, store, edits, clear, setOptions, destroy, singleUse };
  const controller = createController(context);
  HANDOVERS.set(controller, createHandoverPort(records, store, edits));
  return controller;

  function destroy(): void {
    abort.abort();
    stopLifecycle();
    edits.forget();
    stopReset();
    records.cvc.state.secret?.wipe();
    cvc.value = "";
    for (const record of records.all) record.slot.remove();
    live.remove();
    hint?.remove();
    names.stop();
    restore();
    names.putBack();
    putCvcValueBack();
    for (const { element } of bound) MOUNTED.delete(element);
    store.close();
  }
}
