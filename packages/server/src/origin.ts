import { CardwardServerError } from "./errors";

/** Hosts that are secure contexts over plain `http:` (https://w3c.github.io/webappsec-secure-contexts/). */
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

function isSecureOrigin(url: URL): boolean {
  if (url.protocol === "https:") return true;
  if (url.protocol !== "http:") return false;
  return LOOPBACK_HOSTS.has(url.hostname) || url.hostname.endsWith(".localhost");
}

/**
 * Throws `invalid_option` unless `value` is exactly a secure origin (`https://host[:port]`, or
 * `http://` on localhost, 127.0.0.1, [::1] or `*.localhost`): no path, no trailing slash. The
 * frame needs a secure context for WebCrypto, and the page's origin is compared byte for byte.
 */
export function assertSecureOrigin(value: unknown, what: string): asserts value is string {
  const url = typeof value === "string" && URL.canParse(value) ? new URL(value) : undefined;
  if (url === undefined || url.origin !== value || !isSecureOrigin(url)) {
    throw new CardwardServerError(
      "invalid_option",
      `${what} must be a secure origin such as https://shop.example (no path, no trailing slash).`,
    );
  }
}
