// The merchant server's side of the demo: opens the card the number frame encrypted. In a real
// checkout this is where the card is forwarded to the payment processor; here only the brand and
// the last four digits go back to the page, to show the server got the card typed.
import { detectBrand } from "@cardward/core";
import { compactDecrypt } from "jose";

/** The algorithms the frame uses; anything else is refused. */
const ALGORITHMS = {
  keyManagementAlgorithms: ["RSA-OAEP-256"],
  contentEncryptionAlgorithms: ["A256GCM"],
};

/**
 * Decrypts a card JWE with `privateKey` and checks it was made for `audience` (the page origin).
 * @param {string} ciphertext
 * @param {CryptoKey} privateKey
 * @param {string} audience
 * @returns {Promise<{ pan: string, cvc: string, expMonth: number, expYear: number, name?: string, postalCode?: string, iat: number, aud: string }>}
 */
export async function openCard(ciphertext, privateKey, audience) {
  const { plaintext } = await compactDecrypt(ciphertext, privateKey, ALGORITHMS);
  const card = JSON.parse(new TextDecoder().decode(plaintext));
  if (card.aud !== audience) throw new Error("wrong_audience");
  return card;
}

/** The largest request body the route reads. */
const MAX_BODY = 64 * 1024;

/** Reads a small JSON request body (or null when it is too big or not JSON). */
async function readJson(request) {
  let body = "";
  for await (const chunk of request) {
    body += chunk;
    if (body.length > MAX_BODY) return null;
  }
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

/**
 * `POST /isolated/api/open`: `{ ciphertext }` in, `{ brand, last4, expMonth, expYear }` out (or
 * `{ error }`). Only non-secret facts about the card ever go back.
 * @param {CryptoKey} privateKey
 * @param {string} audience
 */
export function openCardRoute(privateKey, audience) {
  return async (request, response) => {
    const reply = (status, body) => {
      response.writeHead(status, {
        "Content-Type": "application/json",
        "Cache-Control": "no-store",
      });
      response.end(JSON.stringify(body));
    };
    if (request.method !== "POST") return reply(405, { error: "method_not_allowed" });
    const body = await readJson(request);
    if (typeof body?.ciphertext !== "string") return reply(400, { error: "bad_request" });
    try {
      const card = await openCard(body.ciphertext, privateKey, audience);
      reply(200, {
        brand: detectBrand(card.pan)?.id ?? null,
        last4: card.pan.slice(-4),
        expMonth: card.expMonth,
        expYear: card.expYear,
      });
    } catch {
      reply(400, { error: "cannot_open" });
    }
  };
}
