import { type CompiledSecret, redact, secretsIn } from "./secret-matcher";

/**
 * Where a secret was found:
 * - `console`: an argument of any console method while active.
 * - `localStorage` / `sessionStorage`: a `setItem` key or value while active, or an entry at check.
 * - `cookie`: a `document.cookie` write while active, or the cookie string at check.
 * - `attribute`: an attribute's old or new value in any mutation while active.
 * - `dom`: text or nodes added while active, or the document's HTML (open shadow roots too).
 * - `input-value`: an input, textarea or select's `.value` at check (not in the HTML).
 * - `url`: `location.href` at check, or a URL given to `history.pushState`/`replaceState`.
 * - `history`: `history.state` at check, or a state given to `pushState`/`replaceState`.
 */
export type LeakSink =
  | "console"
  | "localStorage"
  | "sessionStorage"
  | "cookie"
  | "attribute"
  | "dom"
  | "input-value"
  | "url"
  | "history";

/** One leak. `detail` names the secret by label or index and never contains it. */
export interface LeakFinding {
  readonly sink: LeakSink;
  /** E.g. `"secret #0 found in localStorage key 'draft'"`. */
  readonly detail: string;
}

/** Findings, each once, with details redacted before they are stored. */
export interface FindingLog {
  /** Records each secret found in `texts` (searched as one text) as a finding in `sink`. */
  scan(sink: LeakSink, texts: readonly string[], where: string): void;
  /** Records the secrets already found as findings in `sink`. */
  report(sink: LeakSink, found: readonly CompiledSecret[], where: string): void;
  /** The findings so far, keyed by sink and detail. */
  readonly findings: ReadonlyMap<string, LeakFinding>;
}

/** A log of findings of `secrets`. */
export function createFindingLog(secrets: readonly CompiledSecret[]): FindingLog {
  const findings = new Map<string, LeakFinding>();
  const report: FindingLog["report"] = (sink, found, where) => {
    for (const secret of found) {
      const detail = redact(secrets, `secret ${secret.name} found in ${where}`);
      findings.set(`${sink}\u0000${detail}`, { sink, detail });
    }
  };
  return {
    report,
    scan: (sink, texts, where) => report(sink, secretsIn(secrets, texts.join("\u0000")), where),
    findings,
  };
}

/** A node for a finding's detail: `<input#cvc name="cvc">`, or "a node". */
export function describeNode(node: Node | null): string {
  if (!node || !("tagName" in node) || !("getAttribute" in node)) return "a node";
  const element: Pick<Element, "tagName" | "id" | "getAttribute"> = node as Element;
  const tag = element.tagName.toLowerCase();
  const id = element.id ? `#${element.id}` : "";
  const name = element.getAttribute("name");
  return `<${tag}${id}${name ? ` name="${name}"` : ""}>`;
}
