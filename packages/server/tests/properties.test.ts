// Whatever arrives, openCard and verifyCaptureContext answer with a coded error or the genuine
// card: a changed character anywhere never opens, and no input escapes as an uncoded exception.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  CardwardServerError,
  isCardwardServerError,
  openCard,
  verifyCaptureContext,
} from "../src/index";
import {
  FRAME,
  type Keys,
  makeContext,
  makeKeys,
  NOW,
  openOptions,
  PAGE,
  plaintextFor,
  sealWithJose,
} from "./fixtures";

let keys: Keys;
let token: string;
let ciphertext: string;
beforeAll(async () => {
  keys = await makeKeys();
  token = await makeContext(keys);
  ciphertext = await sealWithJose(plaintextFor(token), keys.encryption.publicJwk, token);
});

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/**
 * `text` with the character at `position` (a fraction of its length) replaced. The last
 * character of each part is left alone: its low bits are padding, so some replacements decode to
 * the very same bytes (base64url's known malleability), which is not a change at all.
 */
function mutate(text: string, fraction: number, replacement: string): string | undefined {
  const position = Math.floor(fraction * text.length);
  const original = text[position];
  const next = text[position + 1];
  if (
    original === undefined ||
    original === replacement ||
    original === "." ||
    next === "." ||
    next === undefined
  ) {
    return undefined;
  }
  return text.slice(0, position) + replacement + text.slice(position + 1);
}

async function outcome(promise: Promise<unknown>): Promise<"opened" | "coded" | "uncoded"> {
  return promise.then(
    () => "opened" as const,
    (error: unknown) => (error instanceof CardwardServerError ? "coded" : "uncoded"),
  );
}

const frameOptions = () => ({
  issuerKeys: [keys.signing.publicJwk],
  pageOrigin: PAGE,
  frameOrigin: FRAME,
  now: NOW,
});

describe("no change to a token goes unnoticed", () => {
  it("a capture context with any one character changed is refused with a code", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.constantFrom(...BASE64URL),
        async (fraction, replacement) => {
          const changed = mutate(token, fraction, replacement);
          fc.pre(changed !== undefined);
          expect(await outcome(verifyCaptureContext(String(changed), frameOptions()))).toBe(
            "coded",
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it("a sealed card with any one character changed is refused with a code", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.constantFrom(...BASE64URL),
        async (fraction, replacement) => {
          const changed = mutate(ciphertext, fraction, replacement);
          fc.pre(changed !== undefined);
          expect(await outcome(openCard(String(changed), openOptions(keys)))).toBe("coded");
        },
      ),
      { numRuns: 150 },
    );
  });

  it("the unchanged sealed card opens (the property above is not vacuous)", async () => {
    expect(await outcome(openCard(ciphertext, openOptions(keys)))).toBe("opened");
  });
});

describe("arbitrary input", () => {
  const tokenLike = fc.oneof(
    fc.string(),
    fc
      .array(fc.string({ unit: fc.constantFrom(...BASE64URL) }), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.join(".")),
  );

  it("openCard and verifyCaptureContext answer any string with a coded error", async () => {
    await fc.assert(
      fc.asyncProperty(tokenLike, async (input) => {
        expect(await outcome(openCard(input, openOptions(keys)))).toBe("coded");
        expect(await outcome(verifyCaptureContext(input, frameOptions()))).toBe("coded");
      }),
      { numRuns: 300 },
    );
  });

  it("isCardwardServerError tells coded errors apart, by code when asked", () => {
    const error = new CardwardServerError("replayed", "The capture context was already used.");
    expect(isCardwardServerError(error)).toBe(true);
    expect(isCardwardServerError(error, "replayed")).toBe(true);
    expect(isCardwardServerError(error, "expired")).toBe(false);
    expect(isCardwardServerError(new Error("replayed"))).toBe(false);
    expect(error.name).toBe("CardwardServerError");
  });
});
