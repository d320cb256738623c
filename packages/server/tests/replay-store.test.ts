import { describe, expect, it } from "vitest";
import { createMemoryReplayStore } from "../src/index";

const T0 = new Date("2026-12-03T08:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);

describe("createMemoryReplayStore", () => {
  it("accepts a jti once, and each jti independently", async () => {
    const store = createMemoryReplayStore({ now: T0 });
    expect(await store.consume("a", later(60_000))).toBe(true);
    expect(await store.consume("a", later(60_000))).toBe(false);
    expect(await store.consume("b", later(60_000))).toBe(true);
    expect(await store.consume("a", later(120_000))).toBe(false);
  });

  it("forgets a jti once its expiry has passed, and not before", async () => {
    let now = T0;
    const store = createMemoryReplayStore({ now: () => now });
    await store.consume("a", later(60_000));
    now = later(59_999);
    expect(await store.consume("a", later(60_000))).toBe(false);
    now = later(60_000);
    expect(await store.consume("a", later(120_000))).toBe(true);
  });

  it("answers concurrent consumers of one jti exactly once", async () => {
    const store = createMemoryReplayStore({ now: T0 });
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => store.consume("a", later(1000))),
    );
    expect(answers.filter(Boolean)).toHaveLength(1);
  });
});
