// What the READMEs' snippets take from "your app": its elements, and the functions that send a
// card or show errors. Declared here so the snippets compile as written; snippets.test.ts gives
// them a page and records every call when the snippets run.
import type { Sensitive } from "@cardward/core";
import type { mountCardFields } from "@cardward/dom";

/**
 * What a payment provider's API takes: the security code in clear, revealed for this one call.
 * `cvc` follows what `Sensitive.reveal()` returns (`string | undefined` until reveal() is typed
 * `T`; then make it `string`, so a snippet that passes a maybe-wiped code fails to compile).
 */
interface ProviderCard {
  readonly number: string;
  readonly expiry: { readonly month: number; readonly year: number };
  readonly cvc: ReturnType<Sensitive<string>["reveal"]>;
}

declare global {
  /** The checkout form, holding the card fields. */
  const form: HTMLFormElement;
  /** The form's submit button. */
  const payButton: HTMLButtonElement;
  /** Loose inputs of the zod README's form. */
  const numberInput: HTMLInputElement;
  const expiryInput: HTMLInputElement;
  const cvcInput: HTMLInputElement;
  /** Whatever the form library collected. */
  const formValues: unknown;
  /** `mountCardFields`'s options. */
  const options: Parameters<typeof mountCardFields>[1];
  /** Sends a card to the payment provider. */
  function pay(card: ProviderCard): Promise<void>;
  function send(card: object): void;
  function sendToPaymentProvider(card: object): void;
  function charge(card: ProviderCard): Promise<void>;
  function submit(brandId: string | undefined): void;
  /** Shows validation issues to the person paying. */
  function showErrors(issues: readonly object[]): void;
  function show(issues: readonly object[]): void;
  function errorElementFor(path: string): HTMLElement;
}
