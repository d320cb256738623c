import { createApplySettings } from "./apply-settings";
import { createBrandTracker } from "./brand";
import { createController } from "./controller-api";
import { createCvcDisplay } from "./cvc-display";
import { resolveErrorElements } from "./error-elements";
import { createFieldEdits } from "./field-edits";
import { bindFieldEvents } from "./field-events";
import { watchFieldLifecycle } from "./field-lifecycle";
import { createRecords } from "./field-record";
import { createFocusMoves } from "./focus-moves";
import { createHandoverPort, HANDOVERS } from "./handover";
import { createLiveSettings } from "./live-settings";
import { markPage } from "./page-marks";
import { takePrefilledValues } from "./prefilled-values";
import { fail, resolveFields } from "./resolve-fields";
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

  // The page around the fields, the settings, and each field's record.
  const settings = createLiveSettings(own, own.cvcMask ?? DEFAULT_CVC_MASK);
  const warn = (warning: CardwardWarning) => settings.values.onWarning?.(warning);
  const page = markPage(fields, own, warn);
  const { set, on, live } = page;
  const records = createRecords(fields, set, errorElements, settings);
  const cvcDisplay = createCvcDisplay(fields.cvc, set, settings, drawHint);

  // One store decides when the state is refreshed and who is told; edits and events feed it.
  const brand = createBrandTracker(fields.number, set, () => settings.values.onBrandChange);
  const markField = markValidFields(records, set);
  const store = createStateStore(records, settings, {
    say: live.say,
    markField,
    notifyBrand: brand.notify,
  });
  const cvcAttributes = cvcDisplay.update;
  const edits = createFieldEdits({ records, settings, brand, store, cvcAttributes });
  const move = createFocusMoves(fields.bound.map(({ element }) => element));
  const watchBackspace = bindFieldEvents({ records, edits, store, settings, move, on });
  watchBackspace();
  const lifecycle = watchFieldLifecycle({ records, store, edits, bound: fields.bound, on });
  const putCvcValueBack = removeCvcValueAttribute(fields.cvc, own.restoreCvcValue === true);
  store.update(() => takePrefilledValues(records, edits));

  // The controller the merchant holds.
  const setOptions = createApplySettings({
    ...{ records, settings, store, edits },
    cvcAttributes,
    watchBackspace,
  });
  const { clear } = lifecycle;
  const singleUse = own.singleUse === true;
  const controller = createController({
    ...{ records, settings, store, edits, clear, setOptions, singleUse },
    destroy() {
      lifecycle.stop();
      edits.forget();
      records.cvc.state.secret?.wipe();
      fields.cvc.value = "";
      for (const record of records.all) record.slot.remove();
      cvcDisplay.remove();
      page.remove();
      putCvcValueBack();
      store.close();
    },
  });
  HANDOVERS.set(controller, createHandoverPort(records, store, edits));
  return controller;
}
