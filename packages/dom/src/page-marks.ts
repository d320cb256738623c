import { createJournal, type SetAttribute } from "./attribute-journal";
import type { Listen } from "./bind-text-input";
import { warnAboutForms } from "./form-warnings";
import { createListen } from "./listen";
import { createLiveRegion, DEFAULT_VISUALLY_HIDDEN_CLASS, type LiveRegion } from "./live-region";
import { markFields } from "./mark-fields";
import { guardNames, type Warn } from "./name-guard";
import { MOUNTED, type ResolvedFields } from "./resolve-fields";
import type { MountOptions } from "./types";

/** What mounting changes in the page around the fields, and how each change is taken back. */
export interface PageMarks {
  /** Sets an attribute that destroy restores. */
  readonly set: SetAttribute;
  /** Adds a listener that destroy removes. */
  readonly on: Listen;
  /** The polite live region after the number input. */
  readonly live: LiveRegion;
  /** Takes everything back: listeners, live region, attributes, names, the mounted marks. */
  remove(): void;
}

/**
 * Marks the bound elements as mounted and private (attributes through a journal), takes their
 * names off (see `name-guard.ts`), warns about the forms they are in, and adds the live region.
 */
export function markPage(fields: ResolvedFields, own: MountOptions, warn: Warn): PageMarks {
  const { bound, number } = fields;
  const { set, restore } = createJournal();
  const abort = new AbortController();
  for (const { element } of bound) MOUNTED.add(element);
  markFields(bound, set);
  const names = guardNames(bound, set, warn, own.keepNames === true);
  warnAboutForms(bound, warn);
  const live = createLiveRegion(number, own.visuallyHiddenClass ?? DEFAULT_VISUALLY_HIDDEN_CLASS);
  return {
    set,
    on: createListen(abort.signal),
    live,
    remove() {
      abort.abort();
      live.remove();
      names.stop();
      restore();
      names.putBack();
      for (const { element } of bound) MOUNTED.delete(element);
    },
  };
}
