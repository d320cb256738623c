// Runs axe-core inside one frame document (a cross-origin frame has its own document and its own
// axe run), through the DevTools protocol as harness/axe.ts does for pages.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Frame } from "playwright-core";

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

/** The ids and targets of axe's violations in `frame` (WCAG 2.x A/AA and best practice). */
export async function axeFrameViolations(frame: Frame): Promise<string[]> {
  if (!(await frame.evaluate(() => "axe" in window))) await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    const results = (await axe.run(document, {
      resultTypes: ["violations"],
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
      },
      // A frame holding one field is part of the page, not a page: its heading is the page's.
      rules: { "page-has-heading-one": { enabled: false } },
    })) as { violations: { id: string; nodes: { target: unknown[] }[] }[] };
    return results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
  });
}
