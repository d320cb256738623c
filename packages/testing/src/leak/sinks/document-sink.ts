import { describeNode } from "../finding-log";
import { secretsIn } from "../secret-matcher";
import type { SinkContext, SinkWatch } from "./sink";

/**
 * The document at check: its HTML, open shadow roots, and every field's `.value` (which is not in
 * the HTML), except in the fields a secret is allowed in.
 */
export function watchDocument({ doc, secrets }: SinkContext): SinkWatch {
  if (!doc) return {};
  return {
    scan(now) {
      now.scan("dom", [doc.documentElement?.outerHTML ?? ""], "the document's HTML");
      for (const element of doc.querySelectorAll("*")) {
        const { shadowRoot } = element;
        if (shadowRoot)
          now.scan("dom", [shadowRoot.innerHTML], `the shadow root of ${describeNode(element)}`);
      }
      for (const field of doc.querySelectorAll<HTMLInputElement>("input, textarea, select")) {
        const found = secretsIn(secrets, field.value).filter(
          (secret) => !secret.allowedFields.includes(field),
        );
        now.report("input-value", found, `the value of ${describeNode(field)}`);
      }
    },
  };
}
