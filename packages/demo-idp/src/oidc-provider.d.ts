// The part of oidc-provider 9's API this package uses. The package ships no type declarations
// (DefinitelyTyped's lag behind version 9); these are written from its documentation
// (docs/README.md of panva/node-oidc-provider) and kept to what `provider.ts` and
// `interactions.ts` call.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export type ClaimsRecord = Record<string, unknown>;

  export interface Account {
    accountId: string;
    claims(use: 'id_token' | 'userinfo', scope: string, claims: unknown, rejected: string[]): ClaimsRecord | Promise<ClaimsRecord>;
  }

  export interface Client {
    readonly clientId: string;
    readonly clientName?: string;
    readonly clientAuthMethod: string;
    grantTypeAllowed(type: string): boolean;
  }

  export interface Grant {
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    save(): Promise<string>;
  }

  export interface GrantConstructor {
    new (properties: { accountId: string; clientId: string }): Grant;
    find(id: string): Promise<Grant | undefined>;
  }

  export interface OidcContext {
    readonly client?: Client;
    readonly params?: Record<string, unknown>;
    readonly session?: { readonly accountId?: string; grantIdFor(clientId: string): string | undefined };
    readonly result?: { consent?: { grantId?: string } };
    readonly requestParamScopes: Set<string>;
    readonly requestParamClaims: Set<string>;
    readonly provider: Provider;
    readonly route?: string;
  }

  /** The Koa context oidc-provider hands to its helpers. */
  export interface KoaContextWithOIDC {
    readonly oidc: OidcContext;
    readonly req: IncomingMessage;
    readonly res: ServerResponse;
    type: string;
    body: unknown;
    status: number;
    get(header: string): string;
    set(header: string, value: string): void;
  }

  export interface AccessTokenLike {
    readonly accountId?: string;
    readonly clientId?: string;
    readonly kind: string;
  }

  export interface InteractionDetails {
    readonly uid: string;
    readonly prompt: { readonly name: string; readonly reasons: string[]; readonly details: Record<string, unknown> };
    readonly params: Record<string, unknown>;
    readonly session?: { readonly accountId?: string };
    readonly grantId?: string;
  }

  export interface InteractionResults {
    login?: { accountId: string; acr?: string; amr?: string[]; remember?: boolean; ts?: number };
    consent?: { grantId?: string };
    error?: string;
    error_description?: string;
  }

  export type ErrorOut = Record<string, string | undefined>;

  export interface ClientMetadata {
    client_id: string;
    client_secret?: string;
    client_name?: string;
    application_type?: 'web' | 'native';
    token_endpoint_auth_method?: string;
    grant_types?: string[];
    response_types?: string[];
    redirect_uris?: string[];
    post_logout_redirect_uris?: string[];
  }

  export interface JWK {
    readonly kty: string;
    readonly [parameter: string]: unknown;
  }

  export interface Configuration {
    clients?: ClientMetadata[];
    jwks?: { keys: JWK[] };
    cookies?: { keys?: (string | Buffer)[]; long?: Record<string, unknown>; short?: Record<string, unknown> };
    claims?: Record<string, string[] | null>;
    scopes?: string[];
    conformIdTokenClaims?: boolean;
    findAccount?: (ctx: KoaContextWithOIDC, sub: string, token?: unknown) => Promise<Account | undefined>;
    extraTokenClaims?: (ctx: KoaContextWithOIDC, token: AccessTokenLike) => Promise<ClaimsRecord | undefined>;
    issueRefreshToken?: (ctx: KoaContextWithOIDC, client: Client, code: unknown) => Promise<boolean>;
    loadExistingGrant?: (ctx: KoaContextWithOIDC) => Promise<Grant | undefined>;
    interactions?: { url?: (ctx: KoaContextWithOIDC, interaction: { uid: string }) => string | Promise<string> };
    pkce?: { required?: (ctx: KoaContextWithOIDC, client: Client) => boolean };
    features?: {
      devInteractions?: { enabled: boolean };
      introspection?: { enabled: boolean; allowedPolicy?: (ctx: KoaContextWithOIDC, client: Client, token: AccessTokenLike) => Promise<boolean> };
      revocation?: { enabled: boolean };
      rpInitiatedLogout?: {
        enabled: boolean;
        logoutSource?: (ctx: KoaContextWithOIDC, form: string) => Promise<void>;
        postLogoutSuccessSource?: (ctx: KoaContextWithOIDC) => Promise<void>;
      };
      userinfo?: { enabled: boolean };
    };
    renderError?: (ctx: KoaContextWithOIDC, out: ErrorOut, error: Error) => Promise<void>;
    responseTypes?: string[];
    ttl?: Record<string, number | ((...args: unknown[]) => number)>;
    discovery?: Record<string, unknown>;
  }

  export class Provider {
    constructor(issuer: string, configuration?: Configuration);
    readonly issuer: string;
    proxy: boolean;
    readonly Grant: GrantConstructor;
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
    interactionFinished(req: IncomingMessage, res: ServerResponse, result: InteractionResults, options?: { mergeWithLastSubmission?: boolean }): Promise<void>;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }

  export namespace errors {
    class OIDCProviderError extends Error {
      readonly error: string;
      readonly error_description?: string;
      readonly status: number;
      readonly statusCode: number;
    }
    class SessionNotFound extends OIDCProviderError {}
  }

  export default Provider;
}
