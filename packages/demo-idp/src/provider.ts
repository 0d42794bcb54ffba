import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { AccountDirectory, demoAccounts, demoPassword, type DemoAccount } from './accounts.js';
import { handleInteraction, type InteractionSetup } from './interactions.js';
import { pageHeaders } from './views/layout.js';
import { errorPage, signedOutPage, signOutPage } from './views/message-pages.js';
import { chooseLanguage } from './views/strings.js';
import { stylesheet } from './views/stylesheet.js';

declare module 'node:http' {
  interface IncomingMessage {
    /** The full request URL when the handler is mounted under a path (as Express sets it). */
    originalUrl?: string;
  }
}

/** How to set up the demo provider. */
export interface DemoIdentityProviderOptions {
  /**
   * The issuer identifier, which is also where the provider is served: `http://127.0.0.1:8080/idp`
   * means the handler is mounted at `/idp` of that origin (discovery at
   * `<issuer>/.well-known/openid-configuration`).
   */
  issuer: string;
  clients: {
    /**
     * The intranet pages: a public client (no secret) that must use PKCE (S256), with the
     * authorization code and refresh token grants.
     */
    browser: {
      clientId: string;
      /** Shown on the sign-in page ("sign in to continue to …"). Default: the client id. */
      clientName?: string;
      /** Every page that starts a sign-in, exactly as the browser shows it without query and hash. */
      redirectUris: string[];
      /** Pages a sign-out may return to. Default: the redirect URIs. */
      postLogoutRedirectUris?: string[];
    };
    /** The API: may only introspect tokens (HTTP Basic client authentication), gets none itself. */
    resourceServer: { clientId: string; clientSecret: string };
  };
  /** The accounts that can sign in. Default {@link demoAccounts}. */
  accounts?: readonly DemoAccount[];
  /** The password of every account. Default {@link demoPassword}. */
  password?: string;
  /** Keys that sign the provider's cookies (newest first). Default: a random key per start. */
  cookieKeys?: string[];
  /**
   * Believe `X-Forwarded-Proto` and `X-Forwarded-Host` (oidc-provider's `proxy`), for a provider
   * behind a TLS-terminating proxy. Default `false`: then anyone could pick the host and scheme of
   * the URLs the provider builds.
   */
  trustProxy?: boolean;
  /** Called with an error the provider could not answer properly (a 500 was sent). Default: `console.error` of its name and message. */
  onError?: (error: unknown) => void;
}

/** A running demo provider: a plain Node.js request handler to mount at the issuer's path. */
export interface DemoIdentityProvider {
  readonly issuer: string;
  /** `<issuer>/.well-known/openid-configuration`. */
  readonly discoveryUrl: string;
  /** `<issuer>/token/introspection`, for the API's introspection settings. */
  readonly introspectionUrl: string;
  readonly accounts: readonly DemoAccount[];
  /**
   * Handles every request below the issuer's path. Mounted as Express mounts (`req.url` relative
   * to the mount, `req.originalUrl` the full URL) or given the full URL: a `req.url` that starts
   * with the issuer's path and has no `originalUrl` is treated as unmounted and made relative here.
   */
  readonly handler: (request: IncomingMessage, response: ServerResponse) => void;
}

/** Access tokens are short-lived: the browser renews them with its refresh token. */
const accessTokenSeconds = 10 * 60;
/** A working day: the sign-in session, and the grant and refresh tokens that belong to it. */
const sessionSeconds = 8 * 60 * 60;

/**
 * SURFconext releases attributes by each relying party's attribute release policy, not by scope:
 * a client that asks for `openid` alone gets them. The demo does the same, so the intranet pages
 * (`scope=openid`) get the name for the sign-in element and the API gets the rest.
 */
const surfClaims = ['schac_home_organization', 'eduperson_affiliation', 'eduperson_scoped_affiliation', 'eduperson_entitlement', 'name'];

/**
 * A demo OpenID Connect provider (oidc-provider 9) with SURFconext-shaped claims, for `npm start`
 * and tests: Authorization Code with PKCE for the browser client, opaque access tokens that the
 * API checks by introspection (RFC 7662) with the SCHAC and eduPerson claims in the answer, refresh
 * tokens for the browser, RP-initiated logout, and its own Dutch and English sign-in page. State
 * lives in memory: a restart signs everyone out. Not for production.
 *
 * @example
 * const idp = createDemoIdentityProvider({
 *   issuer: 'http://127.0.0.1:8080/idp',
 *   clients: {
 *     browser: { clientId: 'mobility-kit-intranet', redirectUris: ['http://127.0.0.1:8080/'] },
 *     resourceServer: { clientId: 'mobility-kit-api', clientSecret: randomBytes(32).toString('base64url') },
 *   },
 * });
 * await startServer({ mounts: [{ prefix: '/idp', handler: idp.handler }] });
 */
export function createDemoIdentityProvider(options: DemoIdentityProviderOptions): DemoIdentityProvider {
  const issuer = options.issuer.replace(/\/+$/, '');
  const basePath = new URL(issuer).pathname.replace(/\/+$/, '');
  const { browser, resourceServer } = options.clients;
  if (!browser.redirectUris.length) throw new TypeError('The browser client needs at least one redirect URI.');
  if (browser.clientId === resourceServer.clientId) throw new TypeError('The browser client and the resource server need different client ids.');
  if (!resourceServer.clientSecret) throw new TypeError('The resource server needs a client secret.');
  const postLogoutRedirectUris = browser.postLogoutRedirectUris ?? browser.redirectUris;
  const accounts = options.accounts ?? demoAccounts;
  const password = options.password ?? demoPassword;
  const directory = new AccountDirectory(accounts, password);
  const clientNames = new Map([[browser.clientId, browser.clientName ?? browser.clientId]]);
  const formTargets = [...new Set([...browser.redirectUris, ...postLogoutRedirectUris].map((uri) => new URL(uri).origin))];
  const assets = `${basePath}/assets`;
  const onError = options.onError ?? ((error: unknown) => console.error(`demo-idp: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`));

  const languageOf = (ctx: KoaContextWithOIDC) =>
    chooseLanguage({ uiLocales: ctx.oidc?.params?.ui_locales, acceptLanguage: ctx.get('accept-language') || undefined });
  const sendPage = (ctx: KoaContextWithOIDC, body: string) => {
    for (const [name, value] of Object.entries(pageHeaders(formTargets))) ctx.set(name, value);
    ctx.type = 'html';
    ctx.body = body;
  };

  const configuration: Configuration = {
    clients: [
      {
        client_id: browser.clientId,
        client_name: browser.clientName ?? browser.clientId,
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: browser.redirectUris,
        post_logout_redirect_uris: postLogoutRedirectUris,
      },
      {
        client_id: resourceServer.clientId,
        client_secret: resourceServer.clientSecret,
        token_endpoint_auth_method: 'client_secret_basic',
        grant_types: [],
        response_types: [],
        redirect_uris: [],
      },
    ],
    jwks: { keys: [signingKey()] },
    cookies: {
      keys: options.cookieKeys?.length ? options.cookieKeys : [randomBytes(32).toString('base64url')],
      // The session cookie goes to the provider's paths only, not to the API or the intranet pages.
      long: { httpOnly: true, sameSite: 'lax', path: basePath || '/' },
    },
    responseTypes: ['code'],
    pkce: { required: () => true },
    scopes: ['openid', 'profile', 'email'],
    claims: {
      openid: ['sub', ...surfClaims],
      profile: ['name', 'eduperson_principal_name'],
      email: ['email'],
    },
    // The claims of the scopes also go into the ID token (SURFconext can be asked to do the same),
    // so the page can show who signed in without calling userinfo.
    conformIdTokenClaims: false,
    async findAccount(_ctx, subject) {
      const account = directory.bySubject(subject);
      if (!account) return undefined;
      return { accountId: subject, claims: () => ({ sub: subject, ...copy(account.claims) }) };
    },
    // Opaque access tokens keep these in the provider's store; introspection returns them as
    // top-level members, which is what the API maps with the claims file.
    async extraTokenClaims(_ctx, token) {
      const account = token.accountId ? directory.bySubject(token.accountId) : undefined;
      if (!account) return undefined;
      const { schac_home_organization, eduperson_affiliation, eduperson_entitlement, name } = account.claims;
      return copy({ schac_home_organization, eduperson_affiliation, eduperson_entitlement, name });
    },
    // The browser renews its access token in memory with a refresh token. Refresh tokens rotate on
    // every use (oidc-provider's default for public clients) and, without `offline_access`, end
    // with the sign-in session.
    async issueRefreshToken(_ctx, client) {
      return client.clientId === browser.clientId && client.grantTypeAllowed('refresh_token');
    },
    // The intranet pages are first-party: no consent screen. The grant covers the scopes and claims asked for.
    async loadExistingGrant(ctx) {
      const client = ctx.oidc.client;
      const session = ctx.oidc.session;
      if (!client || !session) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      const existing = grantId ? await ctx.oidc.provider.Grant.find(grantId) : undefined;
      if (client.clientId !== browser.clientId) return existing;
      if (!session.accountId) return existing;
      const grant = existing ?? new ctx.oidc.provider.Grant({ accountId: session.accountId, clientId: client.clientId });
      grant.addOIDCScope([...ctx.oidc.requestParamScopes].join(' '));
      grant.addOIDCClaims([...ctx.oidc.requestParamClaims]);
      await grant.save();
      return grant;
    },
    interactions: { url: (_ctx, interaction) => `${basePath}/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      introspection: {
        enabled: true,
        // Only the API may ask about tokens (others get `active: false`).
        allowedPolicy: async (_ctx, client) => client.clientId === resourceServer.clientId,
      },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          sendPage(ctx, signOutPage({ language: languageOf(ctx), assets, form }));
        },
        async postLogoutSuccessSource(ctx) {
          sendPage(ctx, signedOutPage({ language: languageOf(ctx), assets }));
        },
      },
    },
    async renderError(ctx, out) {
      sendPage(ctx, errorPage({ language: languageOf(ctx), assets, code: out.error, description: out.error_description }));
    },
    ttl: {
      AccessToken: accessTokenSeconds,
      AuthorizationCode: 60,
      IdToken: accessTokenSeconds,
      RefreshToken: sessionSeconds,
      Grant: sessionSeconds,
      Session: sessionSeconds,
      Interaction: 30 * 60,
    },
    discovery: { ui_locales_supported: ['nl', 'en'] },
  };

  const provider = new Provider(issuer, configuration);
  provider.proxy = options.trustProxy ?? false;
  const callback = provider.callback();
  const setup: InteractionSetup = { provider, directory, password, basePath, clientNames, formTargets };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = request.url ?? '/';
    if (request.originalUrl === undefined && basePath && (path === basePath || path.startsWith(`${basePath}/`) || path.startsWith(`${basePath}?`))) {
      request.originalUrl = path;
      const rest = path.slice(basePath.length);
      request.url = rest.startsWith('/') ? rest : `/${rest}`;
    }
    const url = new URL(request.url ?? '/', 'http://demo-idp.invalid');
    if (url.pathname === '/assets/sign-in.css' && (request.method === 'GET' || request.method === 'HEAD')) {
      response.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=300', 'x-content-type-options': 'nosniff' });
      response.end(stylesheet);
      return;
    }
    if (await handleInteraction(setup, request, response, url)) return;
    await callback(request, response);
  }

  return {
    issuer,
    discoveryUrl: `${issuer}/.well-known/openid-configuration`,
    introspectionUrl: `${issuer}/token/introspection`,
    accounts,
    handler(request, response) {
      handle(request, response).catch((error: unknown) => {
        onError(error);
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        response.end();
      });
    },
  };
}

/** A fresh RSA key for ID tokens, per start (RS256: what every relying party library accepts). */
function signingKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' } as { kty: string };
}

/** A mutable copy of an account's claims (oidc-provider may add to what it is given). */
function copy<T extends object>(claims: T): Record<string, unknown> {
  return structuredClone(claims) as Record<string, unknown>;
}
