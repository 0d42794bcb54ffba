/**
 * Signing in over plain HTTP, without a browser: a cookie-keeping agent that plays the browser and
 * the client side of Authorization Code + PKCE done with oauth4webapi. Tools that need real tokens
 * from the demo provider (the conformance run, tests) sign in the way a person would, through the
 * login page, so the tokens are exactly what the intranet gets.
 */
import * as oauth from 'oauth4webapi';

/** The intranet's client id in `npm start` and the tests. */
export const defaultBrowserClientId = 'mobility-kit-intranet';

/** oauth4webapi's option that allows plain http to 127.0.0.1 (the test servers have no TLS). */
export const insecure = { [oauth.allowInsecureRequests]: true } as const;

export async function discover(issuer: string): Promise<oauth.AuthorizationServer> {
  const url = new URL(issuer);
  return oauth.processDiscoveryResponse(url, await oauth.discoveryRequest(url, { algorithm: 'oidc', ...insecure }));
}

interface StoredCookie {
  readonly name: string;
  readonly value: string;
  readonly path: string;
}

/** A browser's part: keeps cookies (by name and path), sends them where their path matches, never follows redirects by itself. */
export class Agent {
  readonly #cookies = new Map<string, StoredCookie>();

  async fetch(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const headers = new Headers(init.headers);
    const cookie = [...this.#cookies.values()]
      .filter((c) => target.pathname === c.path || target.pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(target, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) this.#store(line);
    return response;
  }

  /** Submit a form as a browser does (URL-encoded). */
  post(url: string | URL, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    return this.fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields).toString() });
  }

  /** Follow redirects from `url` until a page answers or a redirect leaves for `stopAt` (the client's page). */
  async follow(url: string | URL, init: RequestInit = {}, stopAt?: string): Promise<{ response: Response; url: URL; redirects: URL[] }> {
    let current = new URL(url);
    let response = await this.fetch(current, init);
    const redirects: URL[] = [];
    for (let hops = 0; response.status >= 300 && response.status < 400; hops++) {
      if (hops > 10) throw new Error(`too many redirects from ${url}`);
      current = new URL(response.headers.get('location') ?? '', current);
      redirects.push(current);
      if (stopAt && `${current.origin}${current.pathname}` === stopAt) return { response, url: current, redirects };
      response = await this.fetch(current);
    }
    return { response, url: current, redirects };
  }

  names(): string[] {
    return [...this.#cookies.values()].map((c) => c.name);
  }

  #store(line: string): void {
    const [pair = '', ...attributes] = line.split(';');
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    let path = '/';
    let expired = value === '';
    for (const attribute of attributes) {
      const [key = '', raw = ''] = attribute.split('=');
      const k = key.trim().toLowerCase();
      if (k === 'path') path = raw.trim() || '/';
      if (k === 'expires' && Date.parse(raw) <= Date.now()) expired = true;
      if (k === 'max-age' && Number(raw) <= 0) expired = true;
    }
    const key = `${name};${path}`;
    if (expired) this.#cookies.delete(key);
    else this.#cookies.set(key, { name, value, path });
  }
}

/** The first `<form>`'s action and its named fields (hidden ones included), from server-rendered HTML. */
export function formOf(html: string, id?: string): { action: string; fields: Record<string, string> } {
  const forms = [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)];
  const form = id ? forms.find((f) => f[1]!.includes(`id="${id}"`)) : forms[0];
  if (!form) throw new Error(`no form${id ? ` ${id}` : ''} in the page`);
  const action = /action="([^"]*)"/.exec(form[1]!)?.[1] ?? '';
  const fields: Record<string, string> = {};
  for (const input of form[2]!.matchAll(/<input\b([^>]*)>/g)) {
    const name = /name="([^"]*)"/.exec(input[1]!)?.[1];
    if (name) fields[name] = decodeEntities(/value="([^"]*)"/.exec(input[1]!)?.[1] ?? '');
  }
  return { action: decodeEntities(action), fields };
}

const decodeEntities = (value: string) => value.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).replace(/&amp;/g, '&');

/** An Authorization Code request with PKCE (S256) as the intranet page sends it. */
export async function authorizationRequest(
  as: oauth.AuthorizationServer,
  redirectUri: string,
  extra: Record<string, string> = {},
  clientId = defaultBrowserClientId,
): Promise<{ url: URL; state: string; nonce: string; verifier: string }> {
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const nonce = oauth.generateRandomNonce();
  const url = new URL(as.authorization_endpoint!);
  url.search = new URLSearchParams({
    client_id: clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid',
    state,
    nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    ...extra,
  }).toString();
  return { url, state, nonce, verifier };
}

/**
 * Sign in through the login page with `username` and `password`, and redeem the code: what the
 * intranet page and its user do together.
 */
export async function signIn(
  agent: Agent,
  as: oauth.AuthorizationServer,
  redirectUri: string,
  username: string,
  password = 'demo',
  clientId = defaultBrowserClientId,
): Promise<oauth.TokenEndpointResponse> {
  const request = await authorizationRequest(as, redirectUri, {}, clientId);
  const page = await agent.follow(request.url);
  if (page.response.status !== 200) throw new Error(`login page: ${page.response.status}`);
  const form = formOf(await page.response.text());
  const back = await agent.follow(new URL(form.action, page.url), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ ...form.fields, username, password }).toString() }, redirectUri);
  return redeem(as, redirectUri, back.url, request, clientId);
}

/** Check the authorization response and exchange its code (with the PKCE verifier) for tokens. */
export async function redeem(
  as: oauth.AuthorizationServer,
  redirectUri: string,
  callback: URL,
  request: { state: string; nonce: string; verifier: string },
  clientId = defaultBrowserClientId,
): Promise<oauth.TokenEndpointResponse> {
  const browserClient: oauth.Client = { client_id: clientId };
  const parameters = oauth.validateAuthResponse(as, browserClient, callback, request.state);
  const response = await oauth.authorizationCodeGrantRequest(as, browserClient, oauth.None(), parameters, redirectUri, request.verifier, insecure);
  return oauth.processAuthorizationCodeResponse(as, browserClient, response, { expectedNonce: request.nonce, requireIdToken: true });
}

/**
 * Sign `username` in at the provider `issuer` as the page `redirectUri` of client `clientId` would,
 * through the login page, and return the token answer (access token, ID token, refresh token).
 */
export async function signInOverHttp(options: {
  issuer: string;
  redirectUri: string;
  username: string;
  password?: string;
  clientId?: string;
}): Promise<oauth.TokenEndpointResponse> {
  return signIn(new Agent(), await discover(options.issuer), options.redirectUri, options.username, options.password, options.clientId);
}
