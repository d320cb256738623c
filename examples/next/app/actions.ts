"use server";
// The server action the checkout posts the card's non-secret parts to: it validates them with
// @cardward/zod and answers with what it accepted, or with each failing field's issue codes. The
// security code is never an argument: `next dev` prints server action arguments in its log, so the
// CVC goes from the browser to the payment provider, never through a server action.
import { cardExpiry, cardNumber } from "@cardward/zod";
import { z } from "zod";

/** What the browser sends: `collect()`'s result without the security code. */
const Order = z.object({
  number: cardNumber(),
  expiry: cardExpiry(),
  name: z.string().max(200).optional(),
  postalCode: z.string().max(32).optional(),
});

/** The action's answer: the accepted order's last four digits and expiry, or cardward's messages. */
export type OrderResult =
  | { readonly ok: true; readonly last4: string; readonly expiry: string }
  | { readonly ok: false; readonly fields: Readonly<Record<string, readonly string[]>> };

/** Validates the card's non-secret parts on the server. */
export async function placeOrder(input: unknown): Promise<OrderResult> {
  const parsed = Order.safeParse(input);
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "card");
      fields[key] = [...(fields[key] ?? []), issue.message];
    }
    return { ok: false, fields };
  }
  const { number, expiry } = parsed.data;
  return { ok: true, last4: number.slice(-4), expiry: `${expiry.month}/${expiry.year}` };
}
