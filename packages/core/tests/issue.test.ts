import { describe, expect, it } from "vitest";
import { createIssue } from "../src/locale/issue";
import { ru } from "../src/locales/ru";
import { validateNumber } from "../src/validators/card-number";

describe("createIssue", () => {
  it("writes the message when it is read, in the locale given", () => {
    const issue = createIssue("too_short", { field: "number", expected: [16] });
    expect(issue.message).toBe("The card number is too short: it needs 16 digits.");
    expect(createIssue("expired", { field: "expiry" }, ru).message).toBe(ru.messages.expired({}));
  });

  it("keeps the message in JSON, spread copies and structured clones", () => {
    const [issue] = validateNumber("3").issues;
    const message = "The card number is too short.";
    expect(Object.keys(issue ?? {})).toEqual(["code", "message", "params"]);
    expect(JSON.parse(JSON.stringify(issue))).toEqual({
      code: "too_short",
      message,
      params: { field: "number" },
    });
    expect({ ...issue }.message).toBe(message);
    expect(structuredClone(issue)?.message).toBe(message);
  });
});
