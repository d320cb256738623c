// Every shape a JSON body (or a form library) can hand a schema: the values `safeParse` must
// answer with issues, never with a thrown error.

const VISA = "4242424242424242";

/** Scalars, arrays and objects of every JSON type, plus `undefined`, `NaN` and `-0`. */
const scalars: unknown[] = [null, undefined, true, false, 0, -0, 1.5, -1, Number.NaN, "", " ", "x"];

/** Partial cards and cards whose fields have the wrong type, nested objects included. */
const cards: unknown[] = [
  {},
  { number: VISA },
  { number: VISA, expiry: "03/30" },
  { expiry: "03/30", cvc: "737" },
  { number: null, expiry: null, cvc: null, name: null, postalCode: null },
  { number: {}, expiry: [], cvc: [7, 3, 7], name: 5, postalCode: false },
  { number: [VISA], expiry: { month: "03", year: "30" }, cvc: { value: "737" } },
  { number: VISA, expiry: {}, cvc: "737" },
  { number: VISA, expiry: { month: 3 }, cvc: "737" },
  { number: VISA, expiry: { month: null, year: [] }, cvc: "737" },
  { number: VISA, expiry: { month: 3, year: 2030, extra: {} }, cvc: "737", name: {} },
  { number: { number: VISA }, expiry: { expiry: "03/30" }, cvc: { cvc: "737" } },
  { card: { number: VISA, expiry: "03/30", cvc: "737" } },
];

/** Every value of the table, once at the top and once under a `card` key. */
export const JSON_VALUES: readonly unknown[] = [
  ...scalars,
  [],
  [null],
  [VISA, "03/30", "737"],
  ...cards,
  ...[...scalars, [], ...cards].map((card) => ({ card })),
];
