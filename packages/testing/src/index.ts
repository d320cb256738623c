// @cardward/testing: test cards, realistic input simulation and a leak detector for unit tests of
// checkout forms. A dev dependency only: nothing in @cardward/core or @cardward/dom imports it.

export type { CvcIssueCode, Example, ExpiryIssueCode, NumberIssueCode } from "./cards/examples";
export { EXAMPLE_NOW } from "./cards/examples";
export type { GenerateCardNumberOptions } from "./cards/generate-card-number";
export { DEFAULT_SEED, generateCardNumber } from "./cards/generate-card-number";
export { luhnCheckDigit } from "./cards/luhn";
export type { PublishedBrand, TestCard, TestCardSource } from "./cards/published-cards";
export type { TestCards } from "./cards/test-cards";
export { testCards } from "./cards/test-cards";
export type {
  LeakDetector,
  LeakDetectorOptions,
  LeakFinding,
  LeakSink,
} from "./leak/create-leak-detector";
export { createLeakDetector, LeakError } from "./leak/create-leak-detector";
export type { LeakSecret } from "./leak/secret-matcher";
export { autofill } from "./simulate/autofill";
export type { ClipboardOptions, PasteOptions } from "./simulate/clipboard";
export { cut, paste } from "./simulate/clipboard";
export type { ComposeOptions } from "./simulate/compose-ime";
export { composeIme } from "./simulate/compose-ime";
export type { SimulatedEngine } from "./simulate/engine";
export type { PressOptions } from "./simulate/press-key";
export { pressBackspace, pressDelete } from "./simulate/press-key";
export { selectRange } from "./simulate/select-range";
export type { Position, TextField } from "./simulate/text-field";
export type { TextTransfer } from "./simulate/text-transfer";
export type { TypeOptions } from "./simulate/type-into";
export { typeInto } from "./simulate/type-into";
