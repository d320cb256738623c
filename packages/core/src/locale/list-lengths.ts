/**
 * Lists lengths for a message: `[3]` -> "3", `[3, 4]` -> "3 or 4", `[16, 18, 19]` -> "16, 18 or 19".
 * Locales pass their own word for "or".
 */
export function listLengths(lengths: readonly number[], or: string, comma = ", "): string {
  if (lengths.length <= 1) return String(lengths[0] ?? "");
  return `${lengths.slice(0, -1).join(comma)} ${or} ${lengths[lengths.length - 1]}`;
}
