import { describe, expect, it } from "vitest";
import * as z from "zod";
import * as entry from "../src/index";
import { runSuite } from "./suite";

runSuite("zod", entry, z as never, (shape) => z.object(shape as z.ZodRawShape) as never);

describe("zod: card() extended", () => {
  it("keeps the card's rules with .safeExtend()", () => {
    const now = new Date("2026-01-15T12:00:00Z");
    const extended = entry.card({ now }).safeExtend({ email: z.email() });
    const result = extended.safeParse({
      number: "378282246310005",
      expiry: "03/30",
      cvc: "737",
      email: "a@example.com",
    });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([
      ["cvc", "custom"],
    ]);
  });
});
