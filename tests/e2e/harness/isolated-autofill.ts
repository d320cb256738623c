// Chromium's card autofill, driven through the DevTools protocol in the number frame's own target
// (a cross-site frame is an out-of-process iframe): `Autofill.trigger` with the input's backend
// node id, as if the person picked a saved card.
import type { BrowserContext, Frame, Page } from "playwright-core";

/** A saved card as `Autofill.trigger` takes it. */
export interface AutofillCard {
  readonly number: string;
  readonly name: string;
  readonly expiryMonth: string;
  readonly expiryYear: string;
  readonly cvc: string;
}

/** Triggers autofill on the first input of `frame`; answers "triggered" or the protocol's error. */
export async function autofill(
  page: Page,
  context: BrowserContext,
  frame: Frame,
  card: AutofillCard,
): Promise<string> {
  await frame.click("input");
  const cdp = await context.newCDPSession(frame);
  const { root } = (await cdp.send("DOM.getDocument")) as { root: { nodeId: number } };
  const { nodeId } = (await cdp.send("DOM.querySelector", {
    nodeId: root.nodeId,
    selector: "input",
  })) as { nodeId: number };
  const { node } = (await cdp.send("DOM.describeNode", { nodeId })) as {
    node: { backendNodeId: number };
  };
  const { frameTree } = (await cdp.send("Page.getFrameTree")) as {
    frameTree: { frame: { id: string } };
  };
  // Chromium parses the fields for autofill a moment after they appear.
  await page.waitForTimeout(500);
  const outcome = await cdp
    .send("Autofill.trigger", { fieldId: node.backendNodeId, frameId: frameTree.frame.id, card })
    .then(() => "triggered")
    .catch((error: Error) => `Autofill.trigger failed: ${error.message}`);
  await cdp.detach();
  return outcome;
}
