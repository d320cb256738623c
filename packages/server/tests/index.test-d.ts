import type { BrandId, Sensitive } from "@cardward/core";
import { describe, expectTypeOf, it } from "vitest";
import type * as frame from "../src/frame";
import {
  type CaptureContext,
  type CardwardServerErrorCode,
  createCaptureContext,
  type OpenCardResult,
  openCard,
  type ReplayStore,
  type VerifiedCaptureContext,
  verifyCaptureContext,
} from "../src/index";

describe("public types", () => {
  it("gives the card's CVC as a Sensitive and its brand as a core brand id", () => {
    expectTypeOf(openCard).returns.resolves.toEqualTypeOf<OpenCardResult>();
    expectTypeOf<OpenCardResult["card"]["cvc"]>().toEqualTypeOf<Sensitive<string>>();
    expectTypeOf<OpenCardResult["card"]["brand"]>().toEqualTypeOf<BrandId | null>();
    expectTypeOf<OpenCardResult["card"]["pan"]>().toEqualTypeOf<string>();
  });

  it("resolves a context to its token and times", () => {
    expectTypeOf(createCaptureContext).returns.resolves.toEqualTypeOf<CaptureContext>();
    expectTypeOf<CaptureContext["expiresAt"]>().toEqualTypeOf<Date>();
    expectTypeOf(verifyCaptureContext).returns.resolves.toEqualTypeOf<VerifiedCaptureContext>();
  });

  it("asks a replay store for one atomic method", () => {
    expectTypeOf<ReplayStore["consume"]>().parameters.toEqualTypeOf<[string, Date]>();
    expectTypeOf<ReplayStore["consume"]>().returns.toEqualTypeOf<Promise<boolean>>();
  });

  it("keeps the server's functions out of the frame entry", () => {
    expectTypeOf<keyof typeof frame>().toEqualTypeOf<
      | "CAPTURE_CONTEXT_TYPE"
      | "CONTENT_ENCRYPTION_ALGORITHM"
      | "CONTEXT_HEADER"
      | "CardwardServerError"
      | "DEFAULT_FRAME_CLOCK_TOLERANCE_SECONDS"
      | "KEY_MANAGEMENT_ALGORITHMS"
      | "MAX_CONTEXT_LENGTH"
      | "MAX_SEALED_CARD_LENGTH"
      | "MAX_TTL_SECONDS"
      | "PROTOCOL_VERSION"
      | "SIGNING_ALGORITHMS"
      | "isCardwardServerError"
      | "sealCard"
      | "verifyCaptureContext"
    >();
    expectTypeOf<"replayed">().toExtend<CardwardServerErrorCode>();
  });
});
