// The pages the suites run against: the three built examples (the same element ids in each).
import { inject } from "vitest";

/** A page with the card fields. */
export interface Target {
  readonly name: string;
  readonly url: string;
}

/** The built examples; an example that is not built is an error (`run.mjs` builds them). */
export function exampleTargets(): Target[] {
  const { examples } = inject("e2e");
  return (["vanilla", "react", "vue"] as const).map((name) => {
    const origin = examples[name];
    if (!origin) throw new Error(`examples/${name} is not built (examples/${name}/dist)`);
    return { name, url: `${origin}/` };
  });
}

/** A fixture page's URL. */
export function fixtureUrl(path: string): string {
  return `${inject("e2e").fixtures}/${path}`;
}
