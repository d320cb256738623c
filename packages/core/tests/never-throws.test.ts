import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as core from "../src/index";
import {
  CardwardError,
  cardSchema,
  cvcSchema,
  expirySchema,
  numberSchema,
  Sensitive,
} from "../src/index";
import {
  forgedSensitive,
  type Hostile,
  hostileValue,
  MEGABYTE,
  omitted,
  pollution,
  revokedProxy,
  throwingGetters,
  throwingProxy,
} from "./support/hostile-values";
import { withPollution } from "./support/pollution";

/**
 * Every exported function of @cardward/core, called with hostile values: it never throws, except
 * a `CardwardError` with a documented code for an argument that is configuration (options, a
 * brand, an issue code) or for `reveal()` of a Sensitive without a secret.
 *
 * Time: each call must finish within {@link GENEROUS_BOUND_MS}. That is a bound, not a benchmark:
 * the capped calls take microseconds, the uncapped ones took 0.4-16 s on megabyte inputs, so 50 ms
 * tells the two apart on any machine, however loaded, without measuring speed.
 */
const GENEROUS_BOUND_MS = 50;
/** How many times a call over the bound is tried before it fails. */
const TRIES = 3;

/** What a call's arguments are: values it must take without throwing, or configuration. */
type Role = "input" | "config";

/** How to call one export: its arguments' roles, and the codes its configuration may throw. */
interface Entry {
  readonly roles: readonly Role[];
  readonly call: (...args: never[]) => unknown;
  /** The codes its configuration may throw: `invalid_option` unless said. */
  readonly codes?: readonly string[];
  /** Usable configuration, for the calls whose inputs alone are hostile (else none given). */
  readonly defaults?: readonly Hostile[];
}

const OPTIONS_ONLY = ["invalid_option"];
/** Exports that take no `unknown`: the error's constructor takes a code and a message string. */
const TYPED_ONLY = ["CardwardError"];
const usable = (value: unknown): Hostile => ({
  label: String(value),
  make: () => value,
  toString: () => String(value),
});
const validate =
  (schema: () => { "~standard": { validate: (value: unknown) => unknown } }) => (value: unknown) =>
    schema()["~standard"].validate(value);
const sensitiveMethod = (name: string) => (self: unknown) =>
  Reflect.apply(Reflect.get(Sensitive.prototype, name), self, []);

/** One typed digit, recorded so that a controller has a step to undo (and, undone, to redo). */
const EMPTY = { value: "", selectionStart: 0, selectionEnd: 0 };
const TYPED_4 = { kind: "input", inputType: "insertText", data: "4" } as const;
const AFTER_4 = { value: "4", selectionStart: 1, selectionEnd: 1 };

/**
 * A history controller (`createEditHistory()`) holding one step, undone when `undone`: its
 * methods then have something to move over, wipe and forget.
 */
function controllerWithStep(undone: boolean) {
  const history = core.createEditHistory();
  history.record(EMPTY, TYPED_4, AFTER_4);
  if (undone) history.undo(AFTER_4);
  return history;
}

/** Calls a controller method with the arguments given, on a controller of one step. */
const controllerMethod =
  (name: "record" | "undo" | "redo", undone = false) =>
  (...args: unknown[]) => {
    const history = controllerWithStep(undone);
    return Reflect.apply(history[name], history, args);
  };

/** Records hostile states, then reads the flags and clears (which wipes what it held). */
function recordThenClear(before: unknown, edit: unknown, after: unknown) {
  const history = controllerWithStep(false);
  Reflect.apply(history.record, history, [before, edit, after]);
  const flags = [history.canUndo, history.canRedo];
  history.clear();
  return flags;
}

/** Every function export by name. A new export without an entry fails the coverage test. */
const ENTRIES: Record<string, Entry> = {
  brandCandidates: { roles: ["input"], call: core.brandCandidates },
  detectBrand: { roles: ["input"], call: core.detectBrand },
  getBrand: { roles: ["input"], call: core.getBrand },
  luhn: { roles: ["input"], call: core.luhn },
  validateNumber: { roles: ["input", "config"], call: core.validateNumber },
  validateExpiry: { roles: ["input", "config"], call: core.validateExpiry },
  validateCvc: { roles: ["input", "config"], call: core.validateCvc },
  validateCardholderName: { roles: ["input", "config"], call: core.validateCardholderName },
  validatePostalCode: { roles: ["input", "config"], call: core.validatePostalCode },
  validateCard: { roles: ["input", "config"], call: core.validateCard },
  formatNumber: { roles: ["input", "config"], call: core.formatNumber },
  formatExpiry: { roles: ["input", "config"], call: core.formatExpiry },
  maskNumber: { roles: ["input", "config"], call: core.maskNumber },
  editNumber: { roles: ["input", "input", "config"], call: core.editNumber },
  editExpiry: { roles: ["input", "input", "config"], call: core.editExpiry },
  editCvc: { roles: ["input", "input", "config"], call: core.editCvc },
  editName: { roles: ["input", "input", "config"], call: core.editName },
  editPostalCode: { roles: ["input", "input", "config"], call: core.editPostalCode },
  commitExpiry: { roles: ["input", "config"], call: core.commitExpiry },
  editExpiryMonth: { roles: ["input", "input", "config"], call: core.editExpiryMonth },
  commitExpiryMonth: { roles: ["input", "config"], call: core.commitExpiryMonth },
  editExpiryYear: { roles: ["input", "input", "config"], call: core.editExpiryYear },
  emptyCvcState: { roles: [], call: core.emptyCvcState },
  isMaskChar: { roles: ["input"], call: core.isMaskChar },
  emptyHistory: { roles: [], call: core.emptyHistory },
  recordEdit: { roles: ["input", "input", "input", "input", "config"], call: core.recordEdit },
  undoEdit: { roles: ["input", "input"], call: core.undoEdit },
  redoEdit: { roles: ["input", "input"], call: core.redoEdit },
  createEditHistory: { roles: ["config"], call: core.createEditHistory },
  "createEditHistory().record": {
    roles: ["input", "input", "input"],
    call: controllerMethod("record"),
  },
  "createEditHistory().undo": { roles: ["input"], call: controllerMethod("undo") },
  "createEditHistory().redo": { roles: ["input"], call: controllerMethod("redo", true) },
  "createEditHistory().record, canUndo, canRedo, clear": {
    roles: ["input", "input", "input"],
    call: recordThenClear,
  },
  createIssue: {
    roles: ["config", "config", "config"],
    call: core.createIssue,
    // The code, the params and the locale are all the caller's configuration.
    defaults: [usable("too_short"), usable({ field: "number" }), omitted],
  },
  isSensitive: { roles: ["input"], call: core.isSensitive },
  numberSchema: { roles: ["config"], call: core.numberSchema },
  expirySchema: { roles: ["config"], call: core.expirySchema },
  cvcSchema: { roles: ["config"], call: core.cvcSchema },
  cardSchema: { roles: ["config"], call: core.cardSchema },
  "numberSchema().validate": { roles: ["input"], call: validate(numberSchema) },
  "expirySchema().validate": { roles: ["input"], call: validate(expirySchema) },
  "cvcSchema().validate": { roles: ["input"], call: validate(cvcSchema) },
  "cardSchema().validate": { roles: ["input"], call: validate(cardSchema) },
  Sensitive: { roles: ["input"], call: (value: unknown) => new Sensitive(value) },
  "Sensitive.is": { roles: ["input"], call: Sensitive.is },
  "instanceof Sensitive": {
    roles: ["input"],
    call: (value: unknown) => value instanceof Sensitive,
  },
  "Sensitive#tryReveal": { roles: ["input"], call: sensitiveMethod("tryReveal") },
  "Sensitive#reveal": {
    roles: ["config"],
    call: sensitiveMethod("reveal"),
    codes: ["sensitive_wiped"],
    defaults: [{ label: "a Sensitive", make: () => new Sensitive("737") }],
  },
  "Sensitive#wipe": { roles: ["input"], call: sensitiveMethod("wipe") },
  "Sensitive#isWiped": {
    roles: ["input"],
    call: (self: unknown) => Reflect.get(Sensitive.prototype, "isWiped", self),
  },
  "Sensitive#toString": { roles: ["input"], call: sensitiveMethod("toString") },
  "Sensitive#toJSON": { roles: ["input"], call: sensitiveMethod("toJSON") },
  "CardwardError.is": { roles: ["input"], call: CardwardError.is },
  "instanceof CardwardError": {
    roles: ["input"],
    call: (value: unknown) => value instanceof CardwardError,
  },
};

/** How a call ended: what it threw (undefined when nothing) and how long it took. */
interface Outcome {
  readonly thrown: unknown;
  readonly ms: number;
}

/**
 * Calls an entry with each recipe's fresh value, under `polluted` (taken off again after). A call
 * over the bound is tried again, up to {@link TRIES} times, and the fastest counts: a garbage
 * collection can pause any one call, while work that grows with the input slows every try.
 */
function run(entry: Entry, recipes: readonly Hostile[], polluted = {}): Outcome {
  let outcome = runOnce(entry, recipes, polluted);
  for (let tries = 1; tries < TRIES && outcome.ms >= GENEROUS_BOUND_MS; tries++) {
    const again = runOnce(entry, recipes, polluted);
    outcome = again.ms < outcome.ms ? again : outcome;
  }
  return outcome;
}

/** One call of {@link run}. */
function runOnce(
  entry: Entry,
  recipes: readonly Hostile[],
  polluted: Readonly<Record<string, unknown>>,
): Outcome {
  const args = recipes.map((recipe) => recipe.make());
  return withPollution(polluted, () => {
    const started = performance.now();
    try {
      Reflect.apply(entry.call, undefined, args);
      return { thrown: undefined, ms: performance.now() - started };
    } catch (error) {
      return { thrown: error ?? "a nullish throw", ms: performance.now() - started };
    }
  });
}

/** Fails unless the call ended well: no throw, or a documented CardwardError for configuration. */
function expectWellBehaved(name: string, entry: Entry, { thrown, ms }: Outcome, config: boolean) {
  expect(ms, `${name} took ${ms.toFixed(1)} ms`).toBeLessThan(GENEROUS_BOUND_MS);
  if (thrown === undefined) return;
  expect(config, `${name} threw on input alone: ${String(thrown)}`).toBe(true);
  expect(CardwardError.is(thrown), `${name} threw ${String(thrown)}`).toBe(true);
  const error = thrown as CardwardError;
  expect(entry.codes ?? OPTIONS_ONLY).toContain(error.code);
  // The message names the option and what it takes, never the value it was given.
  expect(error.message).toMatch(/^Option "\w+" must be [\w ,-]+\.$|^The secret was wiped\.$/);
}

describe("every exported function is in the table", () => {
  it("covers each function export of @cardward/core", () => {
    const exported = Object.entries(core)
      .filter(([, value]) => typeof value === "function")
      .map(([name]) => name);
    const missing = exported.filter((name) => !(name in ENTRIES) && !TYPED_ONLY.includes(name));
    expect(missing).toEqual([]);
  });
});

const cases = Object.entries(ENTRIES);

describe.each(cases)("%s with hostile values", (name, entry) => {
  const inputs = entry.roles.map((role, i) =>
    role === "input" ? hostileValue : fc.constant(entry.defaults?.[i] ?? omitted),
  );
  const all = entry.roles.map(() => hostileValue);

  it("never throws on hostile inputs, under a polluted prototype, within the bound", () => {
    fc.assert(
      fc.property(fc.tuple(...inputs), pollution, (recipes, polluted) => {
        expectWellBehaved(name, entry, run(entry, recipes, polluted), false);
      }),
      { numRuns: 60 },
    );
  });

  it("throws at most a documented CardwardError when its configuration is hostile too", () => {
    fc.assert(
      fc.property(fc.tuple(...all), pollution, (recipes, polluted) => {
        expectWellBehaved(name, entry, run(entry, recipes, polluted), true);
      }),
      { numRuns: 60 },
    );
  });
});

describe("named hostile values", () => {
  const tenMegabytes = "4".repeat(10 * MEGABYTE);
  const named: [string, () => unknown][] = [
    ["a revoked proxy", revokedProxy],
    ["a proxy whose getPrototypeOf and get traps throw", throwingProxy],
    ["an object whose getters throw", throwingGetters],
    ["Object.create(Sensitive.prototype)", forgedSensitive],
    ["a 10 MB Sensitive", () => new Sensitive(tenMegabytes)],
    ["a 1 MB state", () => ({ value: tenMegabytes.slice(0, MEGABYTE), selectionStart: 5 })],
  ];
  const validators = cases.filter(([, entry]) => entry.roles[0] === "input");
  it.each(named)("%s: every input-taking export answers without throwing", (label, make) => {
    const recipe: Hostile = { label, make, toString: () => label };
    for (const [name, entry] of validators) {
      const recipes = entry.roles.map((role, i): Hostile => {
        return role === "input" ? recipe : (entry.defaults?.[i] ?? omitted);
      });
      expectWellBehaved(name, entry, run(entry, recipes), false);
    }
  });

  it.each(named)("%s: validators answer with invalid_type or their own code", (_, make) => {
    const validators = [core.validateNumber, core.validateExpiry, core.validateCvc];
    for (const validator of validators) {
      const { isValid, issues } = validator(make());
      expect(isValid).toBe(false);
      expect(issues.length).toBe(1);
    }
  });
});
