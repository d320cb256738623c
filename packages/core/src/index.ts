// @cardward/core: card validation, brand detection, display formatting, the caret-preserving
// edit model, Sensitive values, locales and Standard Schema objects. Pure: no DOM, no clock.

export type { BrandData } from "./brands/brand-data";
export { BRANDS, brandCandidates, detectBrand, getBrand } from "./brands/detect-brand";
export type { CvcEditOptions, CvcEditResult } from "./edit/cvc";
export { editCvc, emptyCvcState } from "./edit/cvc";
export type { ExpiryCommitOptions, ExpiryEditOptions, ExpiryEditResult } from "./edit/expiry";
export { commitExpiry, editExpiry } from "./edit/expiry";
export type {
  ExpiryMonthEditOptions,
  ExpiryPartEditResult,
  ExpiryYearEditOptions,
} from "./edit/expiry-parts";
export { commitExpiryMonth, editExpiryMonth, editExpiryYear } from "./edit/expiry-parts";
export type {
  EditHistory,
  EditHistoryController,
  EditHistoryOptions,
  HistoryMove,
} from "./edit/history";
export {
  createEditHistory,
  emptyHistory,
  recordEdit,
  redoEdit,
  undoEdit,
} from "./edit/history";
export type { NameEditOptions } from "./edit/name";
export { editName } from "./edit/name";
export type { NumberEditOptions, NumberEditResult } from "./edit/number";
export { editNumber } from "./edit/number";
export type { PostalCodeEditOptions } from "./edit/postal-code";
export { editPostalCode } from "./edit/postal-code";
export type { CvcFieldState, Edit, EditResult, FieldState } from "./edit/types";
export type { CardwardErrorCode } from "./errors";
export { CardwardError } from "./errors";
export type { ExpiryFormat } from "./format/expiry-slots";
export type { FormatExpiryOptions } from "./format/format-expiry";
export { formatExpiry } from "./format/format-expiry";
export { formatNumber } from "./format/format-number";
export { DEFAULT_MASK, isMaskChar } from "./format/mask-char";
export type { MaskNumberOptions } from "./format/mask-number";
export { maskNumber } from "./format/mask-number";
export { createIssue } from "./locale/issue";
export type { Locale, LocaleOptions, MessageFormatter } from "./locale/types";
export { en } from "./locales/en";
export type {
  CardFormValues,
  CardSchemaInput,
  CardSchemaOutput,
  CardwardSchema,
  CardwardSchemaIssue,
  StandardSchemaV1,
} from "./schema/standard-schema";
export { cardSchema, cvcSchema, expirySchema, numberSchema } from "./schema/standard-schema";
export { isSensitive, Sensitive } from "./sensitive";
export type { DigitScan } from "./text/normalize";
export { scanDigits } from "./text/normalize";
export type {
  Brand,
  BrandId,
  CardField,
  Issue,
  IssueCode,
  IssueParams,
  SecurityCodeName,
  ValidationResult,
} from "./types";
export { ISSUE_CODES } from "./types";
export type { CardInput, CardIssue, CardOptions, CardResult } from "./validators/card";
export { validateCard } from "./validators/card";
export type { NumberOptions, NumberResult } from "./validators/card-number";
export { validateNumber } from "./validators/card-number";
export type { NameOptions, NameResult } from "./validators/cardholder-name";
export { validateCardholderName } from "./validators/cardholder-name";
export type { CvcOptions, CvcResult } from "./validators/cvc";
export { validateCvc } from "./validators/cvc";
export type { ExpiryInput, ExpiryOptions, ExpiryResult } from "./validators/expiry";
export { validateExpiry } from "./validators/expiry";
export type { ExpiryPartResult } from "./validators/expiry-parts";
export { luhn } from "./validators/luhn";
export type { PostalCodeOptions, PostalCodeResult } from "./validators/postal-code";
export { validatePostalCode } from "./validators/postal-code";
