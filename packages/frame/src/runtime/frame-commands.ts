// The page's commands, by type, to the frame's handlers.
import type { FrameSettings, PageMessageType, PagePayload } from "../protocol/messages";

/** A page message as the endpoint delivers it. */
export type PageCommand = {
  [T in PageMessageType]: { readonly type: T; readonly payload: PagePayload<T> };
}[PageMessageType];

/** The frame's handler of each command. */
export interface CommandHandlers {
  readonly update: (settings: FrameSettings) => void;
  readonly focus: () => void;
  readonly clear: () => void;
  readonly validate: () => void;
  readonly submit: (request: PagePayload<"submit">) => void;
  readonly destroy: () => void;
}

/** Dispatches one command to its handler. */
export function dispatchCommand(message: PageCommand, handlers: CommandHandlers): void {
  switch (message.type) {
    case "update":
      handlers.update(message.payload.settings);
      break;
    case "focus":
      handlers.focus();
      break;
    case "clear":
      handlers.clear();
      break;
    case "validate":
      handlers.validate();
      break;
    case "submit":
      handlers.submit(message.payload);
      break;
    case "destroy":
      handlers.destroy();
      break;
  }
}
