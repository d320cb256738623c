/** A secret the leak detector looks for. */
export interface LeakSecret {
  /** The secret, e.g. a card number or a security code. Spaces and dashes in it are ignored. */
  readonly value: string;
  /**
   * How findings name it, e.g. `"cvc"`.
   * @default "#<index>", its position in `secrets`
   */
  readonly label?: string;
  /**
   * Fields whose `.value` may show this secret: the number input shows the number it holds.
   * Attributes, the HTML and every other sink are still checked for these fields.
   * @default none
   */
  readonly allowedFields?: readonly Element[];
}

/** A compiled secret: its label and a pattern that finds it with or without separators. */
export interface CompiledSecret {
  readonly name: string;
  readonly pattern: RegExp;
  readonly allowedFields: readonly Element[];
}

const SEPARATORS = /[\s\-\u2010-\u2015]+/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Compiles secrets. A secret of digits (and separators) matches its digits with any run of spaces
 * or dashes between them, so `"4242 4242-4242 4242"` is found for `"4242424242424242"`; any other
 * secret matches literally. An empty secret is a test mistake and throws.
 */
export function compileSecrets(secrets: readonly (string | LeakSecret)[]): CompiledSecret[] {
  return secrets.map((entry, i) => {
    const secret = typeof entry === "string" ? { value: entry } : entry;
    const digits = secret.value.replace(SEPARATORS, "");
    if (digits === "") throw new TypeError(`createLeakDetector: secret #${i} is empty.`);
    const source = /^\d+$/.test(digits)
      ? digits.split("").join("[\\s\\-\\u2010-\\u2015]*")
      : escapeRegExp(secret.value);
    return {
      name: secret.label === undefined ? `#${i}` : `'${secret.label}'`,
      pattern: new RegExp(source, "g"),
      allowedFields: secret.allowedFields ?? [],
    };
  });
}

/** The secrets found in `text`. */
export function secretsIn(secrets: readonly CompiledSecret[], text: string): CompiledSecret[] {
  return secrets.filter((s) => {
    s.pattern.lastIndex = 0;
    return s.pattern.test(text);
  });
}

/** `text` with every secret replaced by `[secret]`, so a finding can never carry one. */
export function redact(secrets: readonly CompiledSecret[], text: string): string {
  return secrets.reduce((out, s) => out.replace(s.pattern, "[secret]"), text);
}
