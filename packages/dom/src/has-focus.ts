/** Whether `input` has focus in its document or shadow root. */
export function hasFocus(input: HTMLInputElement): boolean {
  const root = input.getRootNode();
  return "activeElement" in root && root.activeElement === input;
}
