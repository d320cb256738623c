/** The policy of the CSP fixture page (the strictest a merchant is likely to run). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
