import { describe, expect, it } from "vitest";
import { getBrand } from "../src/brands/detect-brand";
import { Sensitive } from "../src/sensitive";
import type { BrandId, IssueCode } from "../src/types";
import { type CvcOptions, validateCvc } from "../src/validators/cvc";

type Row = [
  input: unknown,
  options: CvcOptions,
  valid: boolean,
  potentially: boolean,
  code?: IssueCode,
];

describe("validateCvc", () => {
  it.each<Row>([
    ["123", {}, true, true],
    ["1234", {}, true, true],
    ["12", {}, false, true, "cvc_length"],
    ["12345", {}, false, false, "cvc_length"],
    ["123", { brand: "visa" }, true, true],
    ["1234", { brand: "visa" }, false, false, "cvc_length"],
    ["12", { brand: "visa" }, false, true, "cvc_length"],
    ["1234", { brand: "american-express" }, true, true],
    ["123", { brand: "american-express" }, false, true, "cvc_length"],
    ["12345", { brand: "american-express" }, false, false, "cvc_length"],
    ["123", { brand: null }, true, true],
    ["123", { brand: getBrand("discover") }, true, true],
    ["١٢٣", { brand: "visa" }, true, true],
    ["１２３", { brand: "visa" }, true, true],
    ["", { brand: "visa" }, false, true, "required"],
    [null, {}, false, false, "required"],
    [undefined, {}, false, false, "required"],
    [123, {}, false, false, "invalid_type"],
    [{}, {}, false, false, "invalid_type"],
    ["12a", {}, false, false, "invalid_characters"],
    ["1 23", {}, false, false, "invalid_characters"],
    ["12\u200b3", {}, false, false, "invalid_characters"],
    ["123456789012345678", {}, false, false, "cvc_length"],
  ])("%j with %j -> valid %s, potentially %s, %s", (input, options, valid, potentially, code) => {
    const result = validateCvc(input, options);
    expect([result.isValid, result.isPotentiallyValid]).toEqual([valid, potentially]);
    expect(result.issues.map((i) => i.code)).toEqual(code ? [code] : []);
  });

  it.each([
    [undefined, [3, 4], "CVC"],
    ["visa", [3], "CVV"],
    ["mastercard", [3], "CVC"],
    ["american-express", [4], "CID"],
    ["discover", [3], "CID"],
    ["unionpay", [3], "CVN"],
    ["elo", [3], "CVE"],
    ["mir", [3], "CVP2"],
    ["no-such-brand", [3, 4], "CVC"],
  ])("brand %s expects %j digits called %s", (brand, lengths, name) => {
    const options: CvcOptions = brand === undefined ? {} : { brand: brand as BrandId };
    const result = validateCvc("1", options);
    expect(result.expectedLengths).toEqual(lengths);
    expect(result.codeName).toBe(name);
  });

  it("puts the code's name and lengths in the issue, never the code", () => {
    const result = validateCvc("987", { brand: "american-express" });
    expect(result.issues[0]?.params).toEqual({ field: "cvc", codeName: "CID", expected: [4] });
    expect(result.issues[0]?.message).toContain("CID");
    expect(JSON.stringify(result)).not.toContain("987");
  });

  it("reads a Sensitive value without revealing it in the result", () => {
    const secret = new Sensitive("7373");
    const result = validateCvc(secret, { brand: "american-express" });
    expect(result.isValid).toBe(true);
    secret.wipe();
    expect(validateCvc(secret).issues[0]?.code).toBe("required");
  });
});
