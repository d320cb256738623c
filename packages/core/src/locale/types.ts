import type { CardField, IssueCode, IssueParams } from "../types";

/** Builds one message from an issue's parameters (never from card data). */
export type MessageFormatter = (params: IssueParams) => string;

/**
 * A set of messages for every issue code. The mapped type makes the type checker prove that a
 * locale has a message for every code: adding a code breaks every locale that lacks it.
 */
export interface Locale {
  /** BCP 47 tag, e.g. `"en"`, `"pt-BR"`. */
  readonly tag: string;
  /** Writing direction of the messages. */
  readonly direction: "ltr" | "rtl";
  /** The fields' names as the messages use them. */
  readonly fields: { readonly [F in CardField]: string };
  /** One formatter per issue code. */
  readonly messages: { readonly [C in IssueCode]: MessageFormatter };
}

/** Options shared by everything that produces messages. */
export interface LocaleOptions {
  /**
   * The locale messages are written in. Import one from `@cardward/core/locales/<tag>`.
   * @default en
   */
  readonly locale?: Locale | undefined;
}
