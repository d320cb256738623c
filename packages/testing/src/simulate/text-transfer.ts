/**
 * The part of `DataTransfer` clipboard listeners use, for environments without one (jsdom has no
 * `DataTransfer`; happy-dom's cannot be attached to its `ClipboardEvent`). Only string data.
 */
export interface TextTransfer {
  /** The formats that hold data, e.g. `["text/plain"]`. */
  readonly types: readonly string[];
  /** The data of a format (`"text"` means `"text/plain"`), or `""`. */
  getData(format: string): string;
  /** Sets a format's data (what a `cut`/`copy` listener does). */
  setData(format: string, data: string): void;
  /** Removes one format, or all of them. */
  clearData(format?: string): void;
}

function normalizeFormat(format: string): string {
  const f = format.toLowerCase();
  return f === "text" ? "text/plain" : f;
}

/** A transfer holding `text` as `text/plain` (or nothing, for a clipboard about to be written). */
export function createTextTransfer(text?: string): TextTransfer {
  const data = new Map<string, string>();
  if (text !== undefined) data.set("text/plain", text);
  return {
    get types() {
      return [...data.keys()];
    },
    getData: (format) => data.get(normalizeFormat(format)) ?? "",
    setData: (format, value) => {
      data.set(normalizeFormat(format), String(value));
    },
    clearData: (format) => {
      if (format === undefined) data.clear();
      else data.delete(normalizeFormat(format));
    },
  };
}
