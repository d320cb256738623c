/** The card as the frame encrypted it. */
export interface OpenedCard {
  readonly pan: string;
  readonly cvc: string;
  readonly expMonth: number;
  readonly expYear: number;
  readonly name?: string;
  readonly postalCode?: string;
  readonly iat: number;
  readonly aud: string;
}
export declare function openCard(
  ciphertext: string,
  privateKey: CryptoKey,
  audience: string,
): Promise<OpenedCard>;
export declare function openCardRoute(
  privateKey: CryptoKey,
  audience: string,
): (
  request: import("node:http").IncomingMessage,
  response: import("node:http").ServerResponse,
) => Promise<void>;
