// The page's submit: the number frame (the leader) gathers the fields and encrypts the card; the
// page gets the ciphertext and non-secret metadata, or an error with the frame's code.
import type { CardSummary } from "@cardward/frame/protocol";
import { IsolatedFieldsError } from "./errors";
import { allReady, type FieldRecord } from "./field-record";

/** Asks the number frame to encrypt the card; rejects with the frame's error code. */
export async function submitCard(
  records: readonly FieldRecord[],
  captureContext: string | undefined,
): Promise<{ ciphertext: string; card: CardSummary }> {
  const [leader] = records;
  if (!leader || !allReady(records)) throw new IsolatedFieldsError("not_ready");
  const result = await leader.channel.submit({
    fields: records.map((r) => r.field),
    ...(captureContext === undefined ? {} : { captureContext }),
  });
  if (result.ciphertext && result.card) return { ciphertext: result.ciphertext, card: result.card };
  throw new IsolatedFieldsError(result.error ?? "encryption_failed", result.fields ?? {});
}
