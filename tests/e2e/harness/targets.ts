// The pages the suites run against: the built examples (the same element ids in each).
import { inject } from "vitest";

/** A page with the card fields. */
export interface Target {
  readonly name: string;
  readonly url: string;
}

/** The three checkouts every suite runs over, screenshots included. */
const CORE_EXAMPLES = ["vanilla", "react", "vue"] as const;
/** The framework recipes: the behaviour, leak, accessibility and CSP suites run over them too. */
const RECIPE_EXAMPLES = ["react-hook-form"] as const;

/** An example's name. */
export type ExampleName = (typeof CORE_EXAMPLES)[number] | (typeof RECIPE_EXAMPLES)[number];

/** The built examples; an example that is not built is an error (`run.mjs` builds them). */
export function exampleTargets(): Target[] {
  return targetsOf(CORE_EXAMPLES);
}

/** The three checkouts and the recipes (react-hook-form): for the suites that check behaviour. */
export function checkoutTargets(): Target[] {
  return targetsOf([...CORE_EXAMPLES, ...RECIPE_EXAMPLES]);
}

/**
 * The Next.js example (served by `next start`), in Chromium only: the other engines record the
 * page's requests through the test servers, which do not serve it. Its server action receives the
 * card's non-secret parts by design, so the leak audit allows exactly that request (see
 * next-leaks.ts); its policy carries a fresh nonce per request (proxy.ts), so the CSP suite checks
 * the policy's shape rather than one fixed string.
 */
export function nextTargets(): Target[] {
  const { examples, engine } = inject("e2e");
  if (engine !== "chromium") return [];
  if (!examples.next) throw new Error("examples/next is not built (examples/next/.next)");
  return [{ name: "next", url: `${examples.next}/` }];
}

/**
 * The Next.js example's isolated checkout (`/isolated`). Listed in every engine so that its suite
 * (which drives cross-site frames through useBrowser) is named as not run outside Chromium rather
 * than failing there as a file with no tests.
 */
export function nextIsolatedTargets(): Target[] {
  const { examples } = inject("e2e");
  if (!examples.next) throw new Error("examples/next is not built (examples/next/.next)");
  return [{ name: "next-isolated", url: `${examples.next}/isolated` }];
}

function targetsOf(names: readonly ExampleName[]): Target[] {
  const { examples } = inject("e2e");
  return names.map((name) => {
    const origin = examples[name];
    if (!origin) throw new Error(`examples/${name} is not built (examples/${name}/dist)`);
    return { name, url: `${origin}/` };
  });
}

/** A fixture page's URL. */
export function fixtureUrl(path: string): string {
  return `${inject("e2e").fixtures}/${path}`;
}
