import { format, inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { Sensitive } from "../src/sensitive";

const SECRET = "7391";

describe("Sensitive", () => {
  it.each([
    ["String()", (s: Sensitive<string>) => String(s)],
    ["a template literal", (s: Sensitive<string>) => `${s}`],
    ["JSON.stringify", (s: Sensitive<string>) => JSON.stringify({ cvc: s })],
    ["util.inspect", (s: Sensitive<string>) => inspect({ cvc: s }, { showHidden: true, depth: 9 })],
    ["console.log's formatting", (s: Sensitive<string>) => format("%o %O %s", s, { s }, s)],
    ["object spread", (s: Sensitive<string>) => JSON.stringify({ ...s })],
    ["structuredClone", (s: Sensitive<string>) => JSON.stringify(structuredClone({ ...s }))],
  ])("shows no digit through %s", (_, show) => {
    const shown = show(new Sensitive(SECRET));
    expect(shown).not.toContain(SECRET);
  });

  it("keeps no property of its own (no field DevTools could list)", () => {
    const sensitive = new Sensitive(SECRET);
    expect(Reflect.ownKeys(sensitive)).toEqual([]);
    expect(Object.getOwnPropertyDescriptors(sensitive)).toEqual({});
  });

  it("reveals the secret until wiped", () => {
    const sensitive = new Sensitive(SECRET);
    expect(sensitive.reveal()).toBe(SECRET);
    expect(sensitive.isWiped).toBe(false);
    sensitive.wipe();
    expect(sensitive.isWiped).toBe(true);
  });
});
