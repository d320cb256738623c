import { describe, expect, it } from "vitest";
import { createIssue } from "../src/locale/issue";
import { ru } from "../src/locales/ru";
import { validateNumber } from "../src/validators/card-number";

describe("createIssue", () => {
  it("writes the message in the locale given", () => {
    const issue = createIssue("too_short", { field: "number", expected: [16] });
    expect(issue.message).toBe("The card number is too short: it needs 16 digits.");
    expect(createIssue("expired", { field: "expiry" }, ru).message).toBe(
      "Срок действия карты истёк.",
    );
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

describe("createIssue reuses the last message only for the same formatter and parameters", () => {
  it.each([
    [
      { field: "number" as const, expected: [16] },
      "The card number is too short: it needs 16 digits.",
      "Номер карты слишком короткий: нужно 16 цифр.",
    ],
    [
      { field: "cvc" as const, expected: [16] },
      "The security code is too short: it needs 16 digits.",
      "Код безопасности слишком короткий: нужно 16 цифр.",
    ],
    [
      { field: "cvc" as const, expected: [3] },
      "The security code is too short: it needs 3 digits.",
      "Код безопасности слишком короткий: нужно 3 цифры.",
    ],
    [
      { field: "name" as const, expected: [3] },
      "The cardholder name is too short: it needs 3 characters.",
      "Имя владельца карты слишком короткое: нужно 3 символа.",
    ],
    [
      { field: "name" as const },
      "The cardholder name is too short.",
      "Имя владельца карты слишком короткое.",
    ],
  ])("%j -> %s", (params, message, russian) => {
    createIssue("too_short", { field: "number", expected: [16] });
    expect(createIssue("too_short", params).message).toBe(message);
    expect(createIssue("too_long", params).message).not.toBe(message);
    expect(createIssue("too_short", params, ru).message).toBe(russian);
  });
});
