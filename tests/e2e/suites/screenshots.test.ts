// Pictures as tests: every example, in each state (empty, typing, error, complete, the hint for
// American Express), light, dark and right to left, on a desktop and a 390 px phone, compared with
// the committed baselines in tests/e2e/screenshots/ (UPDATE_SCREENSHOTS=1 rewrites them; see the
// README). Chromium only: the baselines are Chromium's rendering.
import { describe, expect, it } from "vitest";
import { CHECKOUT_STATES } from "../harness/checkout-states";
import {
  compareWithBaseline,
  prepareForPictures,
  VARIANTS,
  VIEWPORTS,
} from "../harness/screenshots";
import { useBrowser } from "../harness/session";
import { exampleTargets } from "../harness/targets";

const session = useBrowser();

/** Room around the form, so focus rings and outlines are in the picture. */
const MARGIN = 8;
/** How many captures a picture may take to settle (a brand mark's SVG decoding, a repaint). */
const MAX_CAPTURES = 6;

/**
 * The page's picture once it has settled: captures until two in a row are identical (as
 * Playwright's own screenshot assertion does), so an image still decoding is not compared.
 */
async function stablePicture(capture: () => Promise<Buffer>): Promise<Buffer> {
  let previous = await capture();
  for (let attempt = 1; attempt < MAX_CAPTURES; attempt++) {
    const next = await capture();
    if (next.equals(previous)) return next;
    previous = next;
  }
  return previous;
}

describe.each(exampleTargets())(
  "the $name example's checkout looks as committed",
  ({ name, url }) => {
    describe.each(VIEWPORTS)("on $name", (viewport) => {
      it.each(VARIANTS)("in $name, in every state", async (variant) => {
        const failures: string[] = [];
        for (const state of CHECKOUT_STATES) {
          const { page } = await session.open(`${url}${variant.query}`);
          await prepareForPictures(page, viewport, variant);
          await state.reach(page);
          const box = await page.locator("#checkout").boundingBox();
          if (!box) throw new Error("The checkout form is not rendered");
          const picture = await stablePicture(() =>
            page.screenshot({
              clip: {
                x: Math.max(0, box.x - MARGIN),
                y: Math.max(0, box.y - MARGIN),
                width: box.width + MARGIN * 2,
                height: box.height + MARGIN * 2,
              },
              fullPage: true,
              caret: "hide",
              animations: "disabled",
            }),
          );
          const result = compareWithBaseline(
            `${name}-${viewport.name}-${variant.name}-${state.name}`,
            picture,
          );
          if (result.failure) failures.push(result.failure);
        }
        expect(failures).toEqual([]);
      });
    });
  },
);
