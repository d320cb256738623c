import { en } from "@cardward/core";
import type { SetAttribute } from "./attribute-journal";
import { cvcAttributesOf } from "./cvc-attributes";
import type { LiveSettings } from "./live-settings";
import type { CvcHint, CvcHintSetup } from "./types";

/** The security code's display around its value: its attributes and the optional hint. */
export interface CvcDisplay {
  /** Writes the attributes and the hint for the brand and locale in force. */
  update(): void;
  /** Takes the hint away (the journal restores the attributes). */
  remove(): void;
}

/**
 * Binds the CVC input's attributes (size and name for the brand) and the hint `drawHint` draws,
 * both written now and on each {@link CvcDisplay.update}.
 */
export function createCvcDisplay(
  cvc: HTMLInputElement,
  set: SetAttribute,
  settings: LiveSettings,
  drawHint: ReturnType<CvcHintSetup["prepare"]> | null,
): CvcDisplay {
  const writeAttributes = cvcAttributesOf(cvc, set);
  const hint: CvcHint | undefined = drawHint?.(cvc, set);
  const update = () => {
    const locale = settings.values.locale ?? en;
    writeAttributes(settings.brand, locale);
    hint?.update(settings.brand, locale);
  };
  update();
  return {
    update,
    remove() {
      hint?.remove();
    },
  };
}
