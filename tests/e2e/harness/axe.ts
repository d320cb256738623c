// Runs axe-core in a page, in any engine. Its source is evaluated by the driver (DevTools
// protocol, WebDriver BiDi or WebDriver) rather than added as a <script>, so it also runs on pages
// whose CSP forbids inline scripts.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { EnginePage } from "./driver";

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

/** A violation as reported: the rule, its impact and the elements it found. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/** Runs axe-core on the whole page and returns its violations (WCAG 2.x A/AA and best practice). */
export async function axeViolations(page: EnginePage): Promise<AxeViolation[]> {
  await loadAxe(page);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    const results = (await axe.run(document, {
      resultTypes: ["violations"],
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
      },
    })) as {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[] }[];
      }[];
    };
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
  }, null);
}

/** Loads axe-core into the page once. */
async function loadAxe(page: EnginePage): Promise<void> {
  if (!(await page.evaluate(() => "axe" in window, null))) await page.evaluateSource(AXE_SOURCE);
}

/**
 * The ids of the text boxes whose accessible name is `name`, by axe-core's computation of the
 * accessible name (the same in every engine; WebDriver has no common accessibility tree).
 */
export async function textboxesNamed(page: EnginePage, name: string): Promise<string[]> {
  await loadAxe(page);
  return page.evaluate((wanted) => {
    const axe = (
      window as unknown as {
        axe: {
          setup(): void;
          teardown(): void;
          commons: { text: { accessibleText(element: Element): string } };
        };
      }
    ).axe;
    axe.setup();
    try {
      return [...document.querySelectorAll("input")]
        .filter((input) => axe.commons.text.accessibleText(input).trim() === wanted)
        .map((input) => input.id);
    } finally {
      axe.teardown();
    }
  }, name);
}
