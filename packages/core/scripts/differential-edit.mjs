// Differential check of core's edit model and expiry validator against a reference version from
// git: the harness behind "same results on N generated inputs". It bundles packages/core/src at
// the reference commit and at the working tree (esbuild, through tsup), feeds both the same
// generated inputs (a seeded generator, so runs repeat), and counts every input whose results
// differ. Differences an issue asked for are counted apart, by name; any other fails the run.
//
//   node packages/core/scripts/differential-edit.mjs [--ref main] [--n 1000000] [--seed 1]
//
// The reference defaults to `main` (the last landed version).
import { option, withCores } from "./core-at-ref.mjs";

const REF = option("ref", "main");
const N = Number(option("n", "200000"));
const SEED = Number(option("seed", "1"));

/** mulberry32: a small seeded generator, so a run can be repeated. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHARS = [..."01234567890123456789", " ", "/", "-", "•", "a", "\u0663", "\u200b", "."];
const INPUT_TYPES = [
  "insertText",
  "insertFromPaste",
  "deleteContentBackward",
  "deleteContentForward",
  "deleteWordBackward",
  "deleteWordForward",
  "deleteByCut",
  "deleteSoftLineBackward",
  "historyUndo",
];

function inputs(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const text = (max) =>
    Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick(CHARS)).join("");
  const digits = (max) =>
    Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick([..."0123456789"])).join(
      "",
    );
  const at = (length) => Math.floor(random() * (length + 3)) - 1;
  const edit = () =>
    random() < 0.85
      ? { kind: "input", inputType: pick(INPUT_TYPES), data: random() < 0.8 ? text(6) : null }
      : { kind: "replace", value: text(10) };
  return { pick, text, digits, at, edit };
}

/** A result with what may be compared: plain data, the CVC's secret revealed (not "[redacted]"). */
const plain = (r) => JSON.stringify({ ...r, secret: r.secret?.reveal() });

/** Whether two plain results differ in their selection only. */
const onlyCaret = (a, b) => {
  const strip = (r) => JSON.stringify({ ...JSON.parse(r), selectionStart: 0, selectionEnd: 0 });
  return strip(a) === strip(b);
};

/** Expiry issues carried maxYearsAhead on every code before issue 17; compare code and message. */
const expiryView = (r) =>
  JSON.stringify({ ...r, issues: r.issues.map(({ code, message }) => ({ code, message })) });

/**
 * Whether two plain number results differ only in a length issue's code and message: a length
 * between the brand's lengths (17 digits of a Visa) is `invalid_length` since core-safety, where
 * it was `too_short`. With `caretToo`, the selection may differ as well (a Delete, issue 15).
 */
const onlyLengthCode = (a, b, caretToo = false) => {
  const strip = (r) =>
    JSON.stringify(
      { ...JSON.parse(r), ...(caretToo && { selectionStart: 0, selectionEnd: 0 }) },
      (key, value) =>
        key === "issues"
          ? value.map((issue) =>
              issue.code === "too_short" || issue.code === "invalid_length"
                ? { ...issue, code: "length", message: "" }
                : issue,
            )
          : value,
    );
  return strip(a) === strip(b);
};

async function compare({ ref, cur }) {
  const random = generator(SEED);
  const g = inputs(random);
  const now = new Date("2026-03-15T12:00:00Z");
  const counts = { same: 0, expected: {}, unexpected: 0 };
  const examples = [];
  const expect = (name, a, b, why) => {
    if (a === b) counts.same++;
    else if (why) counts.expected[why] = (counts.expected[why] ?? 0) + 1;
    else {
      counts.unexpected++;
      if (examples.length < 5) examples.push({ name, reference: a, current: b });
    }
  };
  for (let i = 0; i < N; i++) {
    // validateExpiry: any text, and { month, year }.
    const expiry = random() < 0.8 ? g.text(8) : { month: g.digits(2), year: g.digits(4) };
    const eOpts = { now, maxYearsAhead: Math.floor(random() * 25) };
    expect(
      "validateExpiry",
      expiryView(ref.validateExpiry(expiry, eOpts)),
      expiryView(cur.validateExpiry(expiry, eOpts)),
    );
    // editNumber, editName, editPostalCode, editCvc on arbitrary states and edits.
    const value = random() < 0.6 ? ref.formatNumber(g.digits(19)) : g.text(12);
    const state = { value, selectionStart: g.at(value.length), selectionEnd: g.at(value.length) };
    const edit = g.edit();
    // Issue 15: Delete just after a separator keeps the caret after it (the value is the same).
    const forward = edit.kind === "input" && edit.inputType.endsWith("Forward");
    for (const name of ["editNumber", "editName", "editPostalCode"]) {
      const a = plain(ref[name](state, edit));
      const b = plain(cur[name](state, edit));
      const number = name === "editNumber";
      const why =
        (forward && onlyCaret(a, b) && "Delete keeps its caret (issue 15)") ||
        (number && onlyLengthCode(a, b) && "a length the brand skips is invalid_length") ||
        (number && forward && onlyLengthCode(a, b, true) && "both of the above at once");
      expect(name, a, b, why);
    }
    const secret = g.digits(4);
    const brand = g.pick(["visa", "american-express", null]);
    const cvcState = (lib) => ({
      ...state,
      value: "•".repeat(secret.length),
      secret: new lib.Sensitive(secret),
    });
    const longer = secret.length > (brand === "american-express" || brand === null ? 4 : 3);
    expect(
      "editCvc",
      plain(ref.editCvc(cvcState(ref), edit, { brand })),
      plain(cur.editCvc(cvcState(cur), edit, { brand })),
      longer && "a longer code is kept (issue 15)",
    );
    // editExpiry typing forward from a formatted value: the same, but for four-digit years.
    const typed = ref.formatExpiry(g.digits(4));
    const end = { value: typed, selectionStart: typed.length, selectionEnd: typed.length };
    const ch = g.pick([..."0123456789/ "]);
    const key = { kind: "input", inputType: "insertText", data: ch };
    const grows = /^\d\d \/ 2[01]$/.test(typed) && /\d/.test(ch);
    const expiryEdit = (lib) => {
      const r = lib.editExpiry(end, key, { now });
      return JSON.stringify({ ...r, status: JSON.parse(expiryView(r.status)) });
    };
    expect(
      "editExpiry",
      expiryEdit(ref),
      expiryEdit(cur),
      grows && "a four-digit year is read (issue 15)",
    );
  }
  process.stdout.write(
    `${JSON.stringify({ ref: REF, n: N, seed: SEED, ...counts }, null, 2)}\n${examples
      .map((e) => JSON.stringify(e))
      .join("\n")}\n`,
  );
  process.exitCode = counts.unexpected === 0 ? 0 : 1;
}

await withCores(REF, compare);
