import { collectStrings } from "../collect-strings";
import { describeNode, type FindingLog } from "../finding-log";
import type { SinkContext, SinkWatch } from "./sink";

/** Records one mutation: attribute values old and new, text old and new, added nodes. */
function recordMutation(recorded: FindingLog, m: MutationRecord): void {
  if (m.type === "attributes") {
    const name = m.attributeName ?? "";
    const { target } = m;
    const now = "getAttribute" in target ? ((target as Element).getAttribute(name) ?? "") : "";
    recorded.scan(
      "attribute",
      [m.oldValue ?? "", now],
      `attribute '${name}' of ${describeNode(m.target)}`,
    );
  } else if (m.type === "characterData") {
    const texts = [m.oldValue ?? "", m.target.textContent ?? ""];
    recorded.scan("dom", texts, `text in ${describeNode(m.target.parentNode)}`);
  } else {
    for (const node of m.addedNodes) {
      recorded.scan("dom", collectStrings(node), `a node added to ${describeNode(m.target)}`);
    }
  }
}

/** Every DOM mutation while active (attributes with their old values, added nodes, text). */
export function watchMutations({ win, doc, recorded }: SinkContext): SinkWatch {
  const handle = (records: readonly MutationRecord[]) => {
    for (const m of records) recordMutation(recorded, m);
  };
  if (!doc || !win.MutationObserver) return {};
  const observer = new win.MutationObserver(handle);
  observer.observe(doc, {
    attributes: true,
    attributeOldValue: true,
    characterData: true,
    characterDataOldValue: true,
    childList: true,
    subtree: true,
  });
  return {
    flush: () => handle(observer.takeRecords()),
    stop() {
      handle(observer.takeRecords());
      observer.disconnect();
    },
  };
}
