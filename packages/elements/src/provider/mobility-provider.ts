import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { createMobilityClient, type MobilityClient, type MobilityClientOptions } from '@mobility-kit/sdk';
import { clientContext } from '../shared/client-context.js';
import { resolveLanguageTag } from '../shared/localize.js';
import { sessionContext, unconfiguredSession, type MobilitySession } from '../shared/session-context.js';
import { pageRedirectUri } from './authorization-response.js';
import { OidcSessionController, type OidcSettings } from './oidc-session.js';

/** `detail` of the `mobility-session-change` event. */
export interface MobilitySessionChangeDetail {
  /** The session as it is now; the same object the elements inside receive. */
  session: MobilitySession;
}

/** Scopes asked for when `scopes` is not set. */
export const defaultScopes = 'openid profile';

/**
 * Supplies one API client to every mobility-kit element inside it, and — with `issuer` and
 * `client-id` — signs people in with OpenID Connect and tells the elements who is signed in. Its
 * `lang` attribute, as on any element, sets the language of the elements inside (`nl` by default,
 * `en`).
 *
 * Sign-in is the Authorization Code flow with PKCE for a public client. Tokens are kept in memory
 * only: a reload signs in again silently while the identity provider's session lasts. The access
 * token is renewed before it expires (with a refresh token when the provider issues one, otherwise
 * silently in a hidden frame). Register the page's address (or `redirect-uri`) at the identity
 * provider as redirect URI and as post-logout redirect URI, and allow it as a CORS origin of the
 * token endpoint. Place `<mobility-sign-in>` where the page wants the sign-in control.
 *
 * A host that has a token of its own keeps handing it over with `token`, `getToken` or `client`:
 * those take precedence over the sign-in's token for API requests.
 *
 * @summary Connects the mobility-kit elements inside it to one API, and signs people in.
 *
 * @tagname mobility-provider
 *
 * @slot - The mobility-kit elements (and any other content) that use this provider's client.
 *
 * @attr base-url - Where the API lives, e.g. `https://api.example.nl` or `/api`. Changing it creates a new client.
 * @attr issuer - The OpenID Connect provider's issuer URL, e.g. `https://connect.surfconext.nl`, or a path (`/idp`) on the page's own origin. With `client-id` it switches sign-in on.
 * @attr client-id - This page's client id at the OpenID Connect provider (a public client, no secret).
 * @attr scopes - Space-separated scopes to ask for. Default `openid profile`; add `offline_access` for a refresh token where the provider allows it.
 * @attr redirect-uri - Where the provider sends the browser back after sign-in and sign-out. Default: this page (`location.origin + location.pathname`).
 *
 * @fires {MobilitySessionChangeDetail} mobility-session-change - Sign-in started, completed, failed or ended. Bubbles, composed.
 *
 * @example
 * ```html
 * <mobility-provider base-url="https://api.example.nl" lang="nl">
 *   <mobility-vacancies></mobility-vacancies>
 * </mobility-provider>
 *
 * <mobility-provider base-url="/api" issuer="https://login.example.nl" client-id="intranet">
 *   <mobility-sign-in></mobility-sign-in>
 *   <mobility-dashboard></mobility-dashboard>
 * </mobility-provider>
 * ```
 */
export class MobilityProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Where the API lives. Without it the elements inside show that no server is configured. */
  @property({ attribute: 'base-url', reflect: true })
  baseUrl?: string;

  /**
   * A bearer token for the API (property only, never an attribute, so it does not end up in the
   * markup). Read before every request, so replacing it takes effect at once.
   */
  @property({ attribute: false })
  token?: string;

  /**
   * Returns a bearer token, or nothing for anonymous requests; may be async and refresh. Called
   * before every request. Takes precedence over {@link token}.
   */
  @property({ attribute: false })
  getToken?: MobilityClientOptions['getToken'];

  /**
   * The OpenID Connect provider's issuer URL. With {@link clientId} it switches sign-in on; without
   * them the session is `unconfigured` and the host hands over tokens itself. A path such as `/idp`
   * names a provider on the page's own origin.
   */
  @property({ reflect: true })
  issuer?: string;

  /** This page's client id at the OpenID Connect provider. */
  @property({ attribute: 'client-id', reflect: true })
  clientId?: string;

  /** Space-separated scopes; `openid` is added when missing. */
  @property({ reflect: true })
  scopes?: string;

  /** Where the provider sends the browser back; default the page itself. */
  @property({ attribute: 'redirect-uri', reflect: true })
  redirectUri?: string;

  private readonly provider = new ContextProvider(this, { context: clientContext });
  private readonly sessionProvider = new ContextProvider(this, { context: sessionContext, initialValue: unconfiguredSession });
  private readonly oidc = new OidcSessionController(this, {
    apiBaseUrl: () => this.baseUrl || this.ownClient?.baseUrl,
    locale: () => resolveLanguageTag(this).split('-')[0] ?? 'nl',
    onChange: (session) => {
      this.sessionProvider.setValue(session);
      this.dispatchEvent(new CustomEvent('mobility-session-change', { bubbles: true, composed: true, detail: { session } }));
      this.requestUpdate();
    },
  });
  private identity: unknown = undefined;
  /** The identity was taken while a sign-in was being settled (requests waited for its outcome). */
  private identitySettling = false;
  private ownClient: MobilityClient | undefined = undefined;
  private ownClientChanged = false;

  /**
   * The client provided to the elements inside, for host code that wants to make calls itself.
   *
   * Set it (property only) to provide a client the host made itself with `createMobilityClient`
   * from `@mobility-kit/sdk` — its own `fetch`, hooks, timeout or token handling; `base-url`,
   * `token` and `getToken` are then not used. Set it back to `undefined` to return to them.
   */
  get client(): MobilityClient | undefined {
    return this.provider.value;
  }

  set client(value: MobilityClient | undefined) {
    if (value === this.ownClient) return;
    this.ownClient = value;
    this.ownClientChanged = true;
    // Not `requestUpdate('client', old)`: the getter returns the provided client, so Lit would
    // compare it with itself and see no change.
    this.requestUpdate();
  }

  /**
   * Where sign-in stands and who is signed in (`status: 'unconfigured'` without `issuer` and
   * `client-id`), with `signIn()`, `signOut()` and, after a failure, `retry()`.
   */
  get session(): MobilitySession {
    return this.sessionProvider.value ?? unconfiguredSession;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('issuer') || changed.has('clientId') || changed.has('scopes') || changed.has('redirectUri')) {
      this.oidc.configure(this.oidcSettings());
    }
    const ownClientChanged = this.ownClientChanged;
    this.ownClientChanged = false;
    if (this.ownClient) {
      if (this.provider.value !== this.ownClient) this.provider.setValue(this.ownClient);
      return;
    }
    // A new client makes every element reload. Do that when the API changes or when the person
    // behind the requests changes (signing in or out, or as someone else: what they may see
    // changes), not when the same person's token is merely refreshed.
    const identity = this.getToken ?? (this.token !== undefined ? tokenIdentity(this.token) : this.oidc.identity);
    // Requests made while a sign-in was being settled waited for its outcome and went out with its
    // token: its result is the identity they were made for, not a new one.
    const settled = this.identitySettling && !this.oidc.settling && this.getToken === undefined && this.token === undefined;
    if (settled) this.identity = identity;
    if (changed.has('baseUrl') || ownClientChanged || identity !== this.identity || !this.hasUpdated) {
      this.identity = identity;
      this.provider.setValue(this.createClient());
    }
    this.identitySettling = this.oidc.settling;
  }

  private oidcSettings(): OidcSettings | undefined {
    const clientId = this.clientId?.trim();
    const issuer = absoluteIssuer(this.issuer?.trim());
    if (!issuer || !clientId) return undefined;
    const scopes = (this.scopes ?? defaultScopes).split(/\s+/).filter(Boolean);
    if (!scopes.includes('openid')) scopes.unshift('openid');
    return {
      issuer,
      clientId,
      scopes: scopes.join(' '),
      redirectUri: this.redirectUri?.trim() || pageRedirectUri(window.location),
    };
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  private createClient(): MobilityClient | undefined {
    if (!this.baseUrl) return undefined;
    try {
      return createMobilityClient({
        baseUrl: this.baseUrl,
        locale: resolveLanguageTag(this).split('-')[0],
        // The host's own token comes first; the sign-in's otherwise.
        getToken: () => (this.getToken ? this.getToken() : this.token !== undefined ? this.token : this.oidc.accessToken()),
      });
    } catch (error) {
      // A bad base-url must not throw out of a property setter; the elements show "not configured".
      console.error('[mobility-kit] <mobility-provider> could not create a client:', error);
      return undefined;
    }
  }
}

/** Claims a refresh changes; the rest of a JWT's claims say whom it speaks for. */
const refreshedClaims = ['iat', 'exp', 'nbf', 'jti', 'auth_time', 'at_hash', 'nonce'];

/**
 * Whom a token speaks for: a JWT's claims without those a refresh changes, so a refreshed token
 * keeps the client and a token of another person or organisation replaces it. A token that is not
 * a readable JWT is its own identity. The token is not verified here: the server does that.
 */
export function tokenIdentity(token: string | undefined): string {
  if (!token) return '';
  const payload = token.split('.')[1];
  if (!payload) return token;
  try {
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
    for (const claim of refreshedClaims) delete claims[claim];
    return JSON.stringify(claims, Object.keys(claims).sort());
  } catch {
    return token;
  }
}

declare global {
  interface HTMLElementEventMap {
    /** Sign-in of a `<mobility-provider>` started, completed, failed or ended. */
    'mobility-session-change': CustomEvent<MobilitySessionChangeDetail>;
  }
}

/**
 * The issuer as an absolute URL: a path (`/idp`) is taken on the page's own origin, for a provider
 * served beside the page. Anything else is passed on as written and checked by the session.
 */
function absoluteIssuer(issuer: string | undefined): string | undefined {
  if (!issuer) return undefined;
  if (!issuer.startsWith('/') || issuer.startsWith('//')) return issuer;
  return new URL(issuer, window.location.origin).href.replace(/\/$/, '');
}
