/** A fresh random identifier (a version 4 UUID from WebCrypto), for a capture context's `jti`. */
export function randomId(): string {
  return crypto.randomUUID();
}
