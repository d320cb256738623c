import type { BrandId, CardField, Issue } from "@cardward/core";

/** An issue as the page receives it: its code and its message in the chosen locale. */
export type IsolatedIssue = Pick<Issue, "code" | "message">;

import type { CardSummary, FieldStyle, LocaleTag, RejectedStyle } from "@cardward/frame/protocol";
import type { IsolatedErrorCode } from "./errors";

/** A container element, or a selector looked up in {@link IsolatedMountOptions.root}. */
export type ContainerTarget = string | Element;

/** Where the frames go: the frame origin and one container per field. */
export interface IsolatedFieldTargets {
  /** The origin serving the frame site, exactly (`https://pay.shop.example`). */
  readonly frameOrigin: string;
  /** The card number's container (it gets the number frame, the leader). */
  readonly number: ContainerTarget;
  readonly expiry: ContainerTarget;
  readonly cvc: ContainerTarget;
  readonly name?: ContainerTarget;
  readonly postalCode?: ContainerTarget;
}

/** A diagnostic passed to {@link IsolatedSettings.onWarning}: codes, never values. */
export type IsolatedWarning =
  | ({ readonly code: "style_rejected" } & RejectedStyle)
  | { readonly code: "bin_not_allowed" }
  | { readonly code: "insecure_context" }
  | {
      readonly code: "frame_failed";
      readonly field: CardField;
      readonly reason: IsolatedErrorCode;
    };

/** Options that can change while mounted, through `setOptions`. */
export interface IsolatedSettings {
  /** The brands accepted; others get `unsupported_brand`. @default every brand */
  readonly acceptedBrands?: readonly BrandId[] | undefined;
  /** The tag of a locale the frame carries. @default "en" */
  readonly locale?: LocaleTag;
  /**
   * Each input's accessible name. @default the text of the `<label for>` of the container, else
   * the locale's field name
   */
  readonly labels?: Partial<Record<CardField, string>>;
  /** Placeholders per field. */
  readonly placeholders?: Partial<Record<CardField, string>>;
  /**
   * Text styles inside the frames, in fixed variants (`base`, `focus`, `invalid`, `complete`,
   * `placeholder`), from an allowlist of properties; unsafe values are dropped and reported.
   */
  readonly style?: FieldStyle;
  /** Ask for the BIN in the state and the submit result (if the frame origin allows it). */
  readonly bin?: boolean;
  /** Called with the brand id (or null) whenever the detected brand changes. */
  readonly onBrandChange?: ((brand: BrandId | null) => void) | undefined;
  /** Receives diagnostics (codes, never values). */
  readonly onWarning?: ((warning: IsolatedWarning) => void) | undefined;
}

/** Options of `mountIsolatedFields`. */
export interface IsolatedMountOptions extends IsolatedSettings {
  /** Where selectors are looked up. @default document */
  readonly root?: ParentNode;
  /** Each iframe's `title`. @default the field's label */
  readonly titles?: Partial<Record<CardField, string>>;
}

/** One field's state: no part of its value. */
export interface IsolatedFieldSnapshot {
  readonly isValid: boolean;
  readonly isPotentiallyValid: boolean;
  readonly issues: readonly IsolatedIssue[];
  readonly complete: boolean;
  readonly empty: boolean;
  readonly focused: boolean;
  readonly touched: boolean;
  /** The issue to show now, or null. */
  readonly error: IsolatedIssue | null;
}

/** The controller's state (a stable object until something changes). */
export interface IsolatedFieldsState {
  readonly number: IsolatedFieldSnapshot;
  readonly expiry: IsolatedFieldSnapshot;
  readonly cvc: IsolatedFieldSnapshot;
  readonly name?: IsolatedFieldSnapshot;
  readonly postalCode?: IsolatedFieldSnapshot;
  /** The detected brand, or null while several or none match. */
  readonly brand: BrandId | null;
  /** The brands the number may still be. */
  readonly candidates: readonly BrandId[];
  /** The BIN, when asked for, allowed and typed far enough. */
  readonly bin?: string;
  /** Every frame answered the handshake. */
  readonly ready: boolean;
  /** Every field is valid. */
  readonly isValid: boolean;
}

/** What `submit()` resolves to: ciphertext for the server and metadata, never digits. */
export interface IsolatedSubmitResult {
  /** The card as a JWE (compact serialization), encrypted to the frame origin's key. */
  readonly ciphertext: string;
  readonly card: CardSummary;
}

/** Options of `submit()`. */
export interface IsolatedSubmitOptions {
  /**
   * A capture context from the merchant's server (a signed JWS), for frames that verify one.
   * Frames keyed by their own configuration ignore it.
   */
  readonly captureContext?: string;
}

/** What `mountIsolatedFields` returns: `mountCardFields`'s shape, with `submit` for `collect`. */
export interface IsolatedFieldsController {
  getState(): IsolatedFieldsState;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: IsolatedFieldsState) => void): () => void;
  /** Touches every field (errors show) and returns whether the card is valid now. */
  validate(): boolean;
  /**
   * The card encrypted in the number frame. Rejects with an `IsolatedFieldsError`
   * (`invalid_card` with issue codes per field, `not_ready`, `key_unavailable`, ...).
   */
  submit(options?: IsolatedSubmitOptions): Promise<IsolatedSubmitResult>;
  /** Empties every field. */
  clear(): void;
  /** Moves focus into a field's frame. */
  focus(field: CardField): void;
  /** Changes settings while mounted. */
  setOptions(settings: IsolatedSettings): void;
  /** Resolves once every frame is ready; rejects if one fails. */
  readonly ready: Promise<void>;
  /** Removes the frames (their values are wiped) and every class and listener. Idempotent. */
  destroy(): void;
}
