/** Undo or redo. */
export type HistoryMoveKind = "undo" | "redo";

/** The history move a `beforeinput` asks for (`historyUndo`, `historyRedo`), or null. */
export const historyMove = ({ inputType }: InputEvent): HistoryMoveKind | null =>
  inputType === "historyUndo" ? "undo" : inputType === "historyRedo" ? "redo" : null;
