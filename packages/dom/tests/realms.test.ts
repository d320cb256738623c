// Each document adopts its own visually-hidden sheet: a sheet made in one window cannot be adopted
// by another (a second happy-dom/jsdom window, or a same-origin iframe mounted from its parent).
import { Window } from "happy-dom";
import { afterEach, describe, expect, it } from "vitest";
import { mountCardFields } from "../src";
import { NOW } from "./helpers";

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
  document.body.replaceChildren();
});

/** Three text inputs in `doc`'s body, mounted as card fields. */
function mountIn(doc: Document) {
  const [number, expiry, cvc] = ["n", "e", "c"].map((id) => {
    const input = doc.createElement("input");
    input.id = id;
    doc.body.append(input);
    return input;
  }) as [HTMLInputElement, HTMLInputElement, HTMLInputElement];
  return mountCardFields({ number, expiry, cvc }, { now: NOW, root: doc });
}

/** A new happy-dom window's document (closed after the test). */
function newDocument(): Document {
  const window = new Window({ url: "https://checkout.example/" });
  windows.push(window);
  return window.document as unknown as Document;
}

/** The region in `doc` and whether its rule is adopted there by a sheet of `doc`'s own realm. */
function hidden(doc: Document) {
  const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
  const own = doc.adoptedStyleSheets.filter((sheet) => Sheet && sheet instanceof Sheet);
  return {
    regions: doc.querySelectorAll(".cardward-visually-hidden[aria-live=polite]").length,
    sheets: own.length,
    rule: own[0]?.cssRules[0]?.cssText.startsWith(".cardward-visually-hidden") ?? false,
  };
}

describe("the visually-hidden stylesheet", () => {
  it("is made per document, so fields mount in several windows at once", () => {
    const docs = [document, newDocument(), newDocument()];
    const cards = docs.map(mountIn);
    for (const doc of docs) expect(hidden(doc)).toEqual({ regions: 1, sheets: 1, rule: true });
    expect(new Set(docs.map((doc) => doc.adoptedStyleSheets[0])).size).toBe(3);
    cards[1]?.destroy();
    expect(hidden(docs[1] as Document)).toEqual({ regions: 0, sheets: 0, rule: false });
    expect(hidden(docs[2] as Document)).toEqual({ regions: 1, sheets: 1, rule: true });
    for (const card of cards) card.destroy();
    for (const doc of docs) expect(doc.adoptedStyleSheets).toEqual([]);
  });

  it("is made once per document and adopted again after every region was gone", () => {
    const doc = newDocument();
    const first = mountIn(doc);
    const sheet = doc.adoptedStyleSheets[0];
    first.destroy();
    doc.body.replaceChildren();
    const second = mountIn(doc);
    expect(doc.adoptedStyleSheets).toEqual([sheet]);
    second.destroy();
  });

  it("works in a same-origin iframe's document, mounted from the parent", () => {
    const frame = document.createElement("iframe");
    frame.srcdoc = "<!doctype html><body></body>";
    document.body.append(frame);
    const doc = frame.contentDocument as Document;
    expect(doc.defaultView).not.toBe(window);
    const card = mountIn(doc);
    expect(hidden(doc)).toEqual({ regions: 1, sheets: 1, rule: true });
    expect(document.adoptedStyleSheets).toEqual([]);
    card.destroy();
    expect(doc.adoptedStyleSheets).toEqual([]);
  });

  it("guards the card inputs' name in another window too", async () => {
    const doc = newDocument();
    const card = mountIn(doc);
    const cvc = doc.getElementById("c") as HTMLInputElement;
    cvc.setAttribute("name", "cvc");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(cvc.hasAttribute("name")).toBe(false);
    card.destroy();
    expect(cvc.getAttribute("name")).toBe("cvc");
  });

  it("observes names with the inputs' own realm, not the global MutationObserver", async () => {
    const doc = newDocument();
    const global = globalThis as { MutationObserver?: typeof MutationObserver | undefined };
    const saved = global.MutationObserver;
    delete global.MutationObserver; // as in a test harness that installs only some globals
    try {
      const card = mountIn(doc);
      const number = doc.getElementById("n") as HTMLInputElement;
      number.setAttribute("name", "cardnumber");
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(number.hasAttribute("name")).toBe(false);
      card.destroy();
      expect(number.getAttribute("name")).toBe("cardnumber");
    } finally {
      global.MutationObserver = saved;
    }
  });

  it("is skipped in a document without a window (nothing renders there)", () => {
    const doc = document.implementation.createHTMLDocument("");
    const card = mountIn(doc);
    expect(hidden(doc).regions).toBe(1);
    expect(doc.adoptedStyleSheets).toEqual([]);
    card.destroy();
  });
});
