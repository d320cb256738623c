// Runs every runnable README snippet (written by run.mjs) on a page that has what the snippets
// take from "your app" (app.d.ts), then checks what the checkout snippets promise: Pay is
// disabled while the card is not valid, an invalid card is never collected, a valid one is paid
// with the security code revealed only in that call.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { typeInto } from "@cardward/testing";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

interface Runnable {
  readme: string;
  id: string;
  line: number;
  path: string;
}

const runnable: Runnable[] = JSON.parse(
  readFileSync(join(import.meta.dirname, ".generated", "runnable.json"), "utf8"),
);

/** The ids of the page's inputs, as the snippets select them. */
const INPUT_IDS = [
  "card-number",
  "card-expiry",
  "card-cvc",
  "number",
  "expiry",
  "cvc",
  "name",
  "postal-code",
];
/** The checkout snippets, whose promises are checked beyond running. */
const CHECKOUTS = ["root-1", "dom-1"];
const VISA = "4242424242424242";
const EXPIRY = "1230";
const CVC = "737";

/** The app's functions, recorded. */
const app = {
  pay: vi.fn(async (_card: object) => {}),
  send: vi.fn((_card: object) => {}),
  sendToPaymentProvider: vi.fn((_card: object) => {}),
  charge: vi.fn(async (_card: object) => {}),
  submit: vi.fn((_brandId: string | undefined) => {}),
  showErrors: vi.fn((_issues: readonly object[]) => {}),
  show: vi.fn((_issues: readonly object[]) => {}),
  errorElementFor: vi.fn((_path: string) => document.createElement("p")),
};

/** Builds the page and the app's globals the snippets use; returns the elements. */
function setUpPage() {
  const form = document.createElement("form");
  const inputs = new Map<string, HTMLInputElement>();
  for (const id of INPUT_IDS) {
    const input = document.createElement("input");
    input.id = id;
    inputs.set(id, input);
    form.append(input);
  }
  const email = document.createElement("input");
  email.name = "email";
  const payButton = document.createElement("button");
  form.append(email, payButton);
  document.body.append(form);
  const globals = {
    ...app,
    form,
    payButton,
    numberInput: inputs.get("number"),
    expiryInput: inputs.get("expiry"),
    cvcInput: inputs.get("cvc"),
    formValues: { number: VISA, expiry: "12/30", cvc: CVC },
    options: {},
  };
  for (const [name, value] of Object.entries(globals)) vi.stubGlobal(name, value);
  return { form, payButton, inputs };
}

/** Runs a snippet afresh (its module re-evaluated) on a fresh page. */
async function runSnippet(id: string) {
  const snippet = runnable.find((candidate) => candidate.id === id);
  if (snippet === undefined) throw new Error(`no runnable snippet ${id}`);
  const page = setUpPage();
  vi.resetModules();
  await import(/* @vite-ignore */ snippet.path);
  return page;
}

/** Submits the form and lets its async listener finish. */
async function submit(form: HTMLFormElement) {
  form.dispatchEvent(new Event("submit", { cancelable: true }));
  await vi.waitFor(() => Promise.resolve());
}

beforeEach(() => {
  for (const fn of Object.values(app)) fn.mockClear();
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe("every runnable README snippet", () => {
  it.each(runnable)("$readme line $line ($id) runs", async ({ id }) => {
    await runSnippet(id);
  });
});

describe.each(CHECKOUTS)("the checkout snippet %s", (id) => {
  it("never collects an invalid card: submitting an empty form pays nothing", async () => {
    const { form } = await runSnippet(id);
    await submit(form);
    expect(app.pay).not.toHaveBeenCalled();
    expect(app.send).not.toHaveBeenCalled();
  });

  it("enables Pay once the card is valid and pays with the code revealed", async () => {
    const { form, payButton, inputs } = await runSnippet(id);
    typeInto(inputs.get("card-number") as HTMLInputElement, VISA);
    typeInto(inputs.get("card-expiry") as HTMLInputElement, EXPIRY);
    typeInto(inputs.get("card-cvc") as HTMLInputElement, CVC);
    expect(payButton.disabled).toBe(false);
    await submit(form);
    const paid = [...app.pay.mock.calls, ...app.send.mock.calls].map(([card]) => card);
    expect(paid).toHaveLength(1);
    expect(paid[0]).toMatchObject({ number: VISA, expiry: { month: 12, year: 2030 } });
  });

  it("disables Pay while a typed card is not valid", async () => {
    const { payButton, inputs } = await runSnippet(id);
    typeInto(inputs.get("card-number") as HTMLInputElement, "4242");
    expect(payButton.disabled).toBe(true);
  });

  // Expected to fail until @cardward/dom's `subscribe` calls the listener at once with the
  // current state, as the READMEs say it does: then this fails as `it.fails`, and becomes `it`.
  it.fails("starts with Pay disabled on an empty form", async () => {
    const { payButton } = await runSnippet(id);
    expect(payButton.disabled).toBe(true);
  });
});

it("the root README's snippet reveals the code only in the call to pay", async () => {
  const { form, inputs } = await runSnippet("root-1");
  typeInto(inputs.get("card-number") as HTMLInputElement, VISA);
  typeInto(inputs.get("card-expiry") as HTMLInputElement, EXPIRY);
  typeInto(inputs.get("card-cvc") as HTMLInputElement, CVC);
  await submit(form);
  expect(app.pay).toHaveBeenCalledWith(expect.objectContaining({ cvc: CVC }));
});
