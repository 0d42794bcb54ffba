import { invalidToken } from '../problems.js';

/** Default oldest token accepted: a working day and a half. */
export const defaultMaxTokenAgeSeconds = 12 * 60 * 60;
/** Clock skew tolerated between the provider and this server for `iat`. */
export const issuedAtLeewaySeconds = 60;

/**
 * `iat` must not lie in the future beyond {@link issuedAtLeewaySeconds}, and the token must not be
 * older than the maximum age, whatever its `exp` says.
 */
export function checkIssuedAt(issuedAt: number, maxTokenAgeSeconds: number, nowSeconds: number): void {
  if (issuedAt > nowSeconds + issuedAtLeewaySeconds) throw invalidToken("The token's iat claim lies in the future.");
  if (nowSeconds - issuedAt > maxTokenAgeSeconds) throw invalidToken(`The token is too old: it was issued more than ${maxTokenAgeSeconds} seconds ago.`);
}
