import * as oauth from 'oauth4webapi';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createMobilityClient, isMobilityError, type MobilityClient, type MobilityHttpError } from '@mobility-kit/sdk';
import type { MobilitySession, SessionError, SessionStatus, SessionUser } from '../shared/session-context.js';
import { authorizationResponseState, isLoopback, withoutAuthorizationResponse } from './authorization-response.js';
import { displayName } from './display-name.js';
import {
  forgetPendingSignIn,
  hasSignedInHint,
  pendingSignIn,
  savePendingSignIn,
  setSignedInHint,
  type PendingSignIn,
} from './sign-in-storage.js';
import { relaySilentCallback, silentAuthorization, SilentSignInTimeout } from './silent-sign-in.js';

/** What a `<mobility-provider>` signs in with. */
export interface OidcSettings {
  /** The identity provider's issuer identifier; its metadata is discovered from it. */
  readonly issuer: string;
  /** This page's client id at the identity provider (a public client: no secret). */
  readonly clientId: string;
  /** Space-separated scopes. */
  readonly scopes: string;
  /** Where the identity provider sends the browser back: the page, registered at the provider. */
  readonly redirectUri: string;
}

export interface OidcSessionOptions {
  /** The API base URL: `GET /v1/me` says which organisation and role the account has. */
  readonly apiBaseUrl: () => string | undefined;
  /** Language for the API's answers. */
  readonly locale: () => string;
  /** Called after every change of {@link OidcSessionController.session}. */
  readonly onChange: (session: MobilitySession) => void;
}

/** The tokens of the signed-in person: in this object only, never stored. */
interface Tokens {
  readonly accessToken: string;
  /** When the access token expires (ms since the epoch); `undefined` when the provider did not say. */
  readonly expiresAt: number | undefined;
  readonly refreshToken: string | undefined;
  readonly idToken: string | undefined;
  /** The ID token's `sub`: whom the tokens speak for. */
  readonly subject: string;
  readonly name: string | undefined;
}

/** An authorization request ready to send, with what its answer is checked against. */
interface AuthorizationRequest {
  readonly url: string;
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

/** Errors of the authorization response that mean "nobody is signed in", not a fault. */
const notSignedInErrors = new Set(['login_required', 'interaction_required', 'consent_required', 'account_selection_required', 'access_denied']);

/** Renew this long before the access token expires, or at half its lifetime when that is shorter. */
const renewalLeadMs = 60_000;
/** `getToken` renews first when the access token expires within this. */
const expiryMarginMs = 10_000;
/** Longest delay `setTimeout` takes. */
const maxTimerMs = 2_147_483_647;

/**
 * OpenID Connect sign-in of a `<mobility-provider>`: Authorization Code with PKCE (S256), `state`
 * and `nonce`, for a public client, through oauth4webapi.
 *
 * - Tokens live in this controller's memory only. What crosses the redirect (PKCE verifier,
 *   `state`, `nonce`) waits in `sessionStorage` and is deleted when the answer arrives; the answer's
 *   parameters are removed from the address at once.
 * - A reload forgets the tokens; a non-secret hint in `sessionStorage` then starts a silent
 *   sign-in (`prompt=none` in a hidden frame), which ends signed in while the identity provider's
 *   session lasts and signed out otherwise — never with a redirect of the page.
 * - Before the access token expires it is renewed: with the refresh token when one was issued,
 *   otherwise by a silent sign-in. When that fails the person is signed out.
 * - Who is signed in comes from the ID token (name) and from the API (`GET /v1/me`: organisation
 *   and role); a 403 there means the account takes no part (`no-access`).
 */
export class OidcSessionController implements ReactiveController {
  private readonly options: OidcSessionOptions;
  private settings: OidcSettings | undefined;
  private status: SessionStatus = 'unconfigured';
  private user: SessionUser | undefined;
  private error: SessionError | undefined;
  private tokens: Tokens | undefined;
  private snapshot: MobilitySession;
  /** Incremented whenever work under way must no longer change the session (reconfigured, signed out). */
  private generation = 0;
  private metadata: { issuer: string; server: Promise<oauth.AuthorizationServer> } | undefined;
  private renewalTimer: ReturnType<typeof setTimeout> | undefined;
  private renewal: Promise<boolean> | undefined;
  private settledWaiters: (() => void)[] = [];
  /** What `retry()` does in the `error` state. */
  private retryAction: (() => void) | undefined;
  private apiClient: { baseUrl: string; locale: string; client: MobilityClient } | undefined;
  private connected = false;

  constructor(host: ReactiveControllerHost, options: OidcSessionOptions) {
    this.options = options;
    this.snapshot = this.makeSnapshot();
    host.addController(this);
  }

  /** The session as the elements see it; a new object after every change. */
  get session(): MobilitySession {
    return this.snapshot;
  }

  /**
   * Whom requests are made for: the ID token's subject when signed in, `''` otherwise. A renewal
   * for the same person keeps it; a sign-in, a sign-out or another person changes it.
   */
  get identity(): string {
    return this.status === 'signed-in' && this.tokens ? `oidc:${this.tokens.subject}` : '';
  }

  /** Whether a sign-in is being settled, so requests wait for it (see {@link accessToken}). */
  get settling(): boolean {
    return this.status === 'signing-in';
  }

  hostConnected(): void {
    this.connected = true;
    window.addEventListener('pageshow', this.onPageShow);
    if (this.tokens) this.scheduleRenewal();
  }

  hostDisconnected(): void {
    this.connected = false;
    window.removeEventListener('pageshow', this.onPageShow);
    clearTimeout(this.renewalTimer);
    this.renewalTimer = undefined;
  }

  /**
   * Back from the identity provider's page without signing in: the browser may restore this page
   * from its back/forward cache exactly as it was left, "signing in" with no sign-in under way.
   * Start over, so the button works again and waiting requests go on.
   */
  private readonly onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted && this.status === 'signing-in' && !this.tokens) this.restart();
  };

  /**
   * Use these settings (or none: `unconfigured`). The same settings again change nothing; other
   * settings forget the session and start over.
   */
  configure(settings: OidcSettings | undefined): void {
    if (sameSettings(settings, this.settings)) return;
    this.settings = settings;
    this.forget();
    if (!settings) {
      this.metadata = undefined;
      this.update('unconfigured');
      return;
    }
    const problem = settingsProblem(settings);
    if (problem) {
      // Nothing to retry: the page's markup has to change.
      this.error = { kind: 'configuration', detail: problem };
      this.update('error');
      return;
    }
    this.start(settings);
  }

  /**
   * The access token for an API request: waits while a sign-in is being settled, renews first when
   * the token is about to expire, and is `undefined` unless someone is signed in with access.
   */
  async accessToken(): Promise<string | undefined> {
    if (this.status === 'signing-in') await new Promise<void>((resolve) => this.settledWaiters.push(resolve));
    if (this.status !== 'signed-in' || !this.tokens) return undefined;
    const { expiresAt } = this.tokens;
    if (expiresAt !== undefined && expiresAt - Date.now() < expiryMarginMs) {
      await this.renew();
      if (this.status !== 'signed-in' || !this.tokens) return undefined;
    }
    return this.tokens.accessToken;
  }

  /**
   * Start a sign-in: discover the provider, remember the request in this tab, leave the page. Also
   * when someone is signed in (the API refused the token): the provider then signs in again.
   */
  signIn(): void {
    const settings = this.settings;
    if (!settings || this.status === 'signing-in') return;
    const generation = ++this.generation;
    this.update('signing-in');
    void (async () => {
      let request: AuthorizationRequest;
      try {
        request = await this.authorizationRequest(await this.discover(settings), settings, {});
      } catch (error) {
        if (generation === this.generation) this.fail(this.signInError(error), () => this.signIn());
        return;
      }
      if (generation !== this.generation) return;
      const stored = savePendingSignIn(request.state, {
        issuer: settings.issuer,
        clientId: settings.clientId,
        redirectUri: settings.redirectUri,
        codeVerifier: request.codeVerifier,
        nonce: request.nonce,
        createdAt: Date.now(),
      });
      if (!stored) {
        this.fail({ kind: 'sign-in', detail: 'sessionStorage is not available, so the sign-in could not be completed after the redirect.' }, () => this.signIn());
        return;
      }
      this.navigate(request.url);
    })();
  }

  /**
   * Forget the tokens and the hint, then end the session at the identity provider when it has an
   * `end_session_endpoint` (the browser comes back to the redirect URI); otherwise sign out here only.
   */
  signOut(): void {
    const settings = this.settings;
    if (!settings) return;
    const wasSignedIn = this.tokens !== undefined;
    this.forget();
    setSignedInHint(false);
    this.update('anonymous');
    if (!wasSignedIn) return;
    void this.metadata?.server
      .then((server) => {
        if (!server.end_session_endpoint) return;
        const url = new URL(server.end_session_endpoint);
        // `client_id` instead of `id_token_hint`: the ID token would stay in the browser's history
        // and the provider's access logs, and it must never leave the page's memory.
        url.searchParams.set('client_id', settings.clientId);
        url.searchParams.set('post_logout_redirect_uri', settings.redirectUri);
        this.navigate(url.href);
      })
      .catch(() => {
        // Signed out here; the identity provider's metadata was never read, so there is nothing to end there.
      });
  }

  // -- Flow ---------------------------------------------------------------------------------

  private start(settings: OidcSettings): void {
    const generation = this.generation;
    const url = new URL(window.location.href);
    const state = authorizationResponseState(url);
    const ownRedirect = (candidate: string): boolean => pendingSignIn(candidate) !== undefined;
    if (state && relaySilentCallback(ownRedirect)) {
      // This page is the hidden frame of its parent's silent sign-in: the parent completes it.
      this.update('signing-in');
      return;
    }
    const pending = state ? pendingSignIn(state) : undefined;
    if (state && pending && pending.issuer === settings.issuer && pending.clientId === settings.clientId) {
      forgetPendingSignIn(state);
      // The code is useless without the verifier, but the address is shared, bookmarked and logged.
      window.history.replaceState(window.history.state, '', withoutAuthorizationResponse(url));
      this.update('signing-in');
      void this.completeRedirect(settings, url, state, pending, generation);
      return;
    }
    if (hasSignedInHint()) {
      this.update('signing-in');
      void this.silentSignIn(settings, generation);
      return;
    }
    this.update('anonymous');
  }

  private async completeRedirect(settings: OidcSettings, url: URL, state: string, pending: PendingSignIn, generation: number): Promise<void> {
    let result: oauth.TokenEndpointResponse;
    try {
      const server = await this.discover(settings);
      const client: oauth.Client = { client_id: settings.clientId };
      const parameters = oauth.validateAuthResponse(server, client, url, state);
      const response = await oauth.authorizationCodeGrantRequest(
        server,
        client,
        oauth.None(),
        parameters,
        pending.redirectUri,
        pending.codeVerifier,
        this.httpOptions(settings),
      );
      result = await oauth.processAuthorizationCodeResponse(server, client, response, { expectedNonce: pending.nonce, requireIdToken: true });
    } catch (error) {
      if (generation !== this.generation) return;
      if (error instanceof oauth.AuthorizationResponseError && notSignedInErrors.has(error.error)) {
        // The person cancelled at the identity provider, or it asked for an interaction that did not happen.
        setSignedInHint(false);
        this.update('anonymous');
        return;
      }
      this.fail(this.signInError(error), () => this.signIn());
      return;
    }
    if (generation !== this.generation) return;
    await this.accept(result, generation);
  }

  /** A `prompt=none` sign-in in a hidden frame, after a reload or to renew. Resolves with the token response or throws. */
  private async silentTokens(settings: OidcSettings): Promise<oauth.TokenEndpointResponse> {
    // The answer comes back from a frame on the redirect URI, which must be this page's origin.
    if (new URL(settings.redirectUri).origin !== window.location.origin) throw new Error('A silent sign-in needs a redirect-uri on the page’s own origin.');
    const server = await this.discover(settings);
    const client: oauth.Client = { client_id: settings.clientId };
    const request = await this.authorizationRequest(server, settings, { prompt: 'none' });
    const answer = await silentAuthorization(request.url, { state: request.state });
    const parameters = oauth.validateAuthResponse(server, client, answer, request.state);
    const response = await oauth.authorizationCodeGrantRequest(
      server,
      client,
      oauth.None(),
      parameters,
      settings.redirectUri,
      request.codeVerifier,
      this.httpOptions(settings),
    );
    return oauth.processAuthorizationCodeResponse(server, client, response, { expectedNonce: request.nonce, requireIdToken: true });
  }

  private async silentSignIn(settings: OidcSettings, generation: number): Promise<void> {
    let result: oauth.TokenEndpointResponse;
    try {
      result = await this.silentTokens(settings);
    } catch (error) {
      if (generation !== this.generation) return;
      if (isDiscoveryFailure(error)) {
        this.fail({ kind: 'identity-provider', detail: describe(error) }, () => this.restart());
        return;
      }
      // No session at the identity provider (or no answer in time): signed out, and the hint goes.
      setSignedInHint(false);
      this.update('anonymous');
      return;
    }
    if (generation !== this.generation) return;
    await this.accept(result, generation);
  }

  /** Take a fresh token response: keep the tokens, then ask the API who this is. */
  private async accept(result: oauth.TokenEndpointResponse, generation: number): Promise<void> {
    const claims = oauth.getValidatedIdTokenClaims(result);
    if (!claims) {
      this.fail({ kind: 'sign-in', detail: 'The token response carries no ID token.' }, () => this.signIn());
      return;
    }
    this.tokens = tokensFrom(result, claims.sub, displayName(claims), undefined);
    setSignedInHint(true);
    this.scheduleRenewal();
    await this.identify(generation);
  }

  /** `GET /v1/me` with the new token: organisation and role, or `no-access` on a 403. */
  private async identify(generation: number): Promise<void> {
    const tokens = this.tokens;
    const client = this.sessionClient();
    if (!tokens) return;
    if (!client) {
      this.fail({ kind: 'api', detail: 'No base-url: the API cannot say who is signed in.' }, () => this.retryIdentify());
      return;
    }
    try {
      const me = await client.me.get();
      if (generation !== this.generation) return;
      let organisationName: string | undefined;
      try {
        organisationName = (await client.organisations.list()).find((organisation) => organisation.id === me.organisation)?.name;
      } catch {
        // The slug is shown instead of the name.
      }
      if (generation !== this.generation) return;
      this.user = { ...(tokens.name ? { name: tokens.name } : {}), organisation: me.organisation, role: me.role, ...(organisationName ? { organisationName } : {}) };
      this.update('signed-in');
    } catch (error) {
      if (generation !== this.generation) return;
      if (isMobilityError(error) && error.kind === 'http' && (error as MobilityHttpError).status === 403) {
        const detail = (error as MobilityHttpError).problem.detail;
        this.error = { kind: 'no-access', ...(detail ? { detail } : {}) };
        this.update('no-access');
        return;
      }
      this.fail({ kind: 'api', detail: describe(error) }, () => this.retryIdentify());
    }
  }

  private retryIdentify(): void {
    if (!this.tokens) {
      this.restart();
      return;
    }
    this.error = undefined;
    this.update('signing-in');
    void this.identify(this.generation);
  }

  /** Start over with the current settings (a silent sign-in when the hint says so). */
  private restart(): void {
    const settings = this.settings;
    if (!settings) return;
    this.forget();
    this.metadata = undefined;
    this.start(settings);
  }

  // -- Renewal ------------------------------------------------------------------------------

  private scheduleRenewal(): void {
    clearTimeout(this.renewalTimer);
    this.renewalTimer = undefined;
    const expiresAt = this.tokens?.expiresAt;
    if (expiresAt === undefined || !this.connected) return;
    const lifetime = Math.max(0, expiresAt - Date.now());
    const delay = Math.min(maxTimerMs, lifetime - Math.min(renewalLeadMs, lifetime / 2));
    this.renewalTimer = setTimeout(() => void this.renew(), Math.max(0, delay));
  }

  /** Renew the access token once at a time; `false` (and signed out) when that failed. */
  private renew(): Promise<boolean> {
    this.renewal ??= this.renewOnce().finally(() => {
      this.renewal = undefined;
    });
    return this.renewal;
  }

  private async renewOnce(): Promise<boolean> {
    const settings = this.settings;
    const current = this.tokens;
    if (!settings || !current) return false;
    const generation = this.generation;
    let result: oauth.TokenEndpointResponse;
    try {
      if (current.refreshToken) {
        const server = await this.discover(settings);
        const client: oauth.Client = { client_id: settings.clientId };
        const response = await oauth.refreshTokenGrantRequest(server, client, oauth.None(), current.refreshToken, this.httpOptions(settings));
        result = await oauth.processRefreshTokenResponse(server, client, response);
      } else {
        result = await this.silentTokens(settings);
      }
    } catch {
      if (generation !== this.generation) return false;
      // The identity provider's session ended or the refresh token was refused: signed out.
      this.forget();
      setSignedInHint(false);
      this.update('anonymous');
      return false;
    }
    if (generation !== this.generation) return false;
    const claims = oauth.getValidatedIdTokenClaims(result);
    const subject = claims?.sub ?? current.subject;
    if (subject !== current.subject) {
      // Someone else signed in at the identity provider meanwhile: a new person, a new identity.
      this.user = undefined;
      this.tokens = tokensFrom(result, subject, claims ? displayName(claims) : undefined, undefined);
      this.scheduleRenewal();
      this.update('signing-in');
      await this.identify(generation);
      return this.status === 'signed-in';
    }
    this.tokens = tokensFrom(result, subject, claims ? displayName(claims) : current.name, current);
    this.scheduleRenewal();
    return true;
  }

  // -- Protocol helpers ---------------------------------------------------------------------

  private discover(settings: OidcSettings): Promise<oauth.AuthorizationServer> {
    if (this.metadata?.issuer !== settings.issuer) {
      const issuer = new URL(settings.issuer);
      const server = oauth
        .discoveryRequest(issuer, { algorithm: 'oidc', ...this.httpOptions(settings) })
        .then((response) => oauth.processDiscoveryResponse(issuer, response))
        .catch((error: unknown) => {
          throw new DiscoveryError(describe(error), { cause: error });
        });
      const entry = { issuer: settings.issuer, server };
      // A failed discovery is asked again next time, not remembered.
      server.catch(() => {
        if (this.metadata === entry) this.metadata = undefined;
      });
      this.metadata = entry;
    }
    return this.metadata.server;
  }

  private async authorizationRequest(server: oauth.AuthorizationServer, settings: OidcSettings, extra: Record<string, string>): Promise<AuthorizationRequest> {
    if (!server.authorization_endpoint) throw new Error('The identity provider has no authorization_endpoint.');
    const codeVerifier = oauth.generateRandomCodeVerifier();
    const state = oauth.generateRandomState();
    const nonce = oauth.generateRandomNonce();
    const url = new URL(server.authorization_endpoint);
    url.searchParams.set('client_id', settings.clientId);
    url.searchParams.set('redirect_uri', settings.redirectUri);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('scope', settings.scopes);
    url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(codeVerifier));
    url.searchParams.set('code_challenge_method', 'S256');
    url.searchParams.set('state', state);
    url.searchParams.set('nonce', nonce);
    for (const [name, value] of Object.entries(extra)) url.searchParams.set(name, value);
    return { url: url.href, state, nonce, codeVerifier };
  }

  /** Plain `http:` only for an identity provider on this machine (development). */
  private httpOptions(settings: OidcSettings): { [oauth.allowInsecureRequests]?: boolean } {
    return isLoopback(new URL(settings.issuer)) ? { [oauth.allowInsecureRequests]: true } : {};
  }

  private signInError(error: unknown): SessionError {
    if (isDiscoveryFailure(error)) return { kind: 'identity-provider', detail: describe(error) };
    return { kind: 'sign-in', detail: describe(error) };
  }

  private sessionClient(): MobilityClient | undefined {
    const baseUrl = this.options.apiBaseUrl();
    if (!baseUrl) return undefined;
    const locale = this.options.locale();
    if (this.apiClient?.baseUrl !== baseUrl || this.apiClient.locale !== locale) {
      try {
        // Its own client: the provider's may be the host's, with another token.
        const client = createMobilityClient({ baseUrl, locale, retry: 1, getToken: () => this.tokens?.accessToken });
        this.apiClient = { baseUrl, locale, client };
      } catch {
        return undefined;
      }
    }
    return this.apiClient.client;
  }

  // -- State --------------------------------------------------------------------------------

  /** Drop tokens, user and work under way (not the hint: the caller decides). */
  private forget(): void {
    this.generation += 1;
    clearTimeout(this.renewalTimer);
    this.renewalTimer = undefined;
    this.tokens = undefined;
    this.user = undefined;
    this.error = undefined;
    this.retryAction = undefined;
  }

  private fail(error: SessionError, retry: () => void): void {
    this.error = error;
    this.retryAction = retry;
    this.update('error');
  }

  private update(status: SessionStatus): void {
    this.status = status;
    if (status !== 'signed-in') this.user = undefined;
    if (status !== 'error' && status !== 'no-access') this.error = undefined;
    if (status !== 'error') this.retryAction = undefined;
    this.snapshot = this.makeSnapshot();
    if (status !== 'signing-in') {
      const waiters = this.settledWaiters;
      this.settledWaiters = [];
      for (const resolve of waiters) resolve();
    }
    this.options.onChange(this.snapshot);
  }

  private makeSnapshot(): MobilitySession {
    const retryAction = this.retryAction;
    return Object.freeze({
      status: this.status,
      ...(this.user ? { user: Object.freeze({ ...this.user }) } : {}),
      ...(this.error ? { error: Object.freeze({ ...this.error }) } : {}),
      signIn: () => this.signIn(),
      signOut: () => this.signOut(),
      ...(retryAction
        ? {
            retry: () => {
              if (this.retryAction !== retryAction) return;
              this.forgetRetry();
              retryAction();
            },
          }
        : {}),
    });
  }

  private forgetRetry(): void {
    this.retryAction = undefined;
    this.error = undefined;
  }

  /** Leave the page for the identity provider. */
  private navigate(url: string): void {
    window.location.assign(url);
  }
}

function tokensFrom(result: oauth.TokenEndpointResponse, subject: string, name: string | undefined, previous: Tokens | undefined): Tokens {
  return {
    accessToken: result.access_token,
    expiresAt: typeof result.expires_in === 'number' ? Date.now() + result.expires_in * 1000 : undefined,
    // A provider that does not rotate refresh tokens sends none with a refresh: keep the old one.
    refreshToken: result.refresh_token ?? previous?.refreshToken,
    idToken: result.id_token ?? previous?.idToken,
    subject,
    name,
  };
}

/** Why these settings cannot work, for the developer; `undefined` when they can. */
function settingsProblem(settings: OidcSettings): string | undefined {
  const parse = (url: string): URL | undefined => {
    try {
      return new URL(url);
    } catch {
      return undefined;
    }
  };
  const issuer = parse(settings.issuer);
  if (!issuer || (issuer.protocol !== 'https:' && !(issuer.protocol === 'http:' && isLoopback(issuer)))) {
    return `issuer must be an https: URL (http: only on localhost), not "${settings.issuer}".`;
  }
  const redirect = parse(settings.redirectUri);
  if (!redirect || (redirect.protocol !== 'https:' && redirect.protocol !== 'http:')) {
    return `redirect-uri must be an http(s): URL, not "${settings.redirectUri}".`;
  }
  return undefined;
}

function sameSettings(a: OidcSettings | undefined, b: OidcSettings | undefined): boolean {
  if (!a || !b) return a === b;
  return a.issuer === b.issuer && a.clientId === b.clientId && a.scopes === b.scopes && a.redirectUri === b.redirectUri;
}

/** The identity provider's metadata could not be read: unreachable, not JSON, another issuer, plain `http:`. */
class DiscoveryError extends Error {
  override name = 'DiscoveryError';
}

function isDiscoveryFailure(error: unknown): boolean {
  return error instanceof DiscoveryError;
}

/** A developer-facing description of a failure: error codes and messages, never a token. */
function describe(error: unknown): string {
  if (error instanceof oauth.AuthorizationResponseError || error instanceof oauth.ResponseBodyError) {
    return error.error_description ? `${error.error}: ${error.error_description}` : error.error;
  }
  if (error instanceof SilentSignInTimeout) return error.message;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
