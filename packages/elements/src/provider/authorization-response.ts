/**
 * The identity provider's answer arrives as query parameters on the redirect URI (the page). These
 * functions recognise it and take it out of the address again, keeping whatever else the page had
 * in its query and hash.
 */

/** Parameters of an authorization response (RFC 6749 §4.1.2, RFC 9207, OpenID Connect Session Management). */
export const authorizationResponseParameters = ['code', 'state', 'iss', 'session_state', 'error', 'error_description', 'error_uri'] as const;

/** The `state` of an authorization response in `url`, or `undefined` when `url` carries none. */
export function authorizationResponseState(url: URL): string | undefined {
  const state = url.searchParams.get('state');
  if (!state) return undefined;
  return url.searchParams.has('code') || url.searchParams.has('error') ? state : undefined;
}

/**
 * `url` without the authorization response parameters, as a path with query and hash (what
 * `history.replaceState` takes). Other query parameters keep their order; the hash stays.
 */
export function withoutAuthorizationResponse(url: URL): string {
  const clean = new URL(url.href);
  for (const name of authorizationResponseParameters) clean.searchParams.delete(name);
  // `URLSearchParams` re-encodes what it writes: keep the original query when nothing was removed.
  const search = clean.searchParams.size === url.searchParams.size ? url.search : clean.search;
  return `${clean.pathname}${search}${clean.hash}`;
}

/** The default redirect URI: the page itself, without query or hash. */
export function pageRedirectUri(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}`;
}

/**
 * Whether plain `http:` may be used to talk to `url`: only on this machine (`localhost`, a
 * loopback address), as a development identity provider runs. Everywhere else `https:` is required.
 */
export function isLoopback(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
