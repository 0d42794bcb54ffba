import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { createMobilityClient, type MobilityClient, type MobilityClientOptions } from '@mobility-kit/sdk';
import { clientContext } from '../shared/client-context.js';
import { resolveLanguageTag } from '../shared/localize.js';

/**
 * Supplies one API client to every mobility-kit element inside it. Its `lang` attribute, as on
 * any element, sets the language of the elements inside (`nl` by default, `en`).
 *
 * @summary Connects the mobility-kit elements inside it to one API.
 *
 * @tagname mobility-provider
 *
 * @slot - The mobility-kit elements (and any other content) that use this provider's client.
 *
 * @attr base-url - Where the API lives, e.g. `https://api.example.nl` or `/api`. Changing it creates a new client.
 *
 * @example
 * ```html
 * <mobility-provider base-url="https://api.example.nl" lang="nl">
 *   <mobility-vacancies></mobility-vacancies>
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

  private readonly provider = new ContextProvider(this, { context: clientContext });
  private identity: unknown = undefined;
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    const ownClientChanged = this.ownClientChanged;
    this.ownClientChanged = false;
    if (this.ownClient) {
      if (this.provider.value !== this.ownClient) this.provider.setValue(this.ownClient);
      return;
    }
    // A new client makes every element reload. Do that when the API changes or when the person
    // behind the requests changes (signing in or out, or as someone else: what they may see
    // changes), not when the same person's token is merely refreshed.
    const identity = this.getToken ?? tokenIdentity(this.token);
    if (changed.has('baseUrl') || ownClientChanged || identity !== this.identity || !this.hasUpdated) {
      this.identity = identity;
      this.provider.setValue(this.createClient());
    }
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
        getToken: () => (this.getToken ? this.getToken() : this.token),
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
