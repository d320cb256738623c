// What every part of a mounted field frame shares: the field, its model and view, the page's
// current settings, and the focus and touched flags the state report reads.
import type { CardField } from "@cardward/core";
import type { FrameConfig } from "../protocol/config";
import type { FrameMessageType, FramePayload, FrameSettings } from "../protocol/messages";
import type { FieldModel } from "./field-model";
import type { FieldView } from "./field-view";

/** One field frame's shared state. */
export interface FieldSession {
  readonly view: Window;
  readonly field: CardField;
  /** The page's group id: the frames of one card form. */
  readonly group: string;
  /** Whether this is the number frame, which shares the brand and runs the submit. */
  readonly isLeader: boolean;
  readonly config: FrameConfig;
  readonly model: FieldModel;
  readonly ui: FieldView;
  /** The page's latest settings. */
  settings: FrameSettings;
  /** Whether the input has the focus. */
  focused: boolean;
  /** Whether the field was left once (or validated), so its error shows. */
  touched: boolean;
}

/** Sends a message to the page over the frame's port. */
export type FrameSend = <T extends FrameMessageType>(type: T, payload: FramePayload<T>) => void;
