import { createContext } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import type { Me } from '@mobility-kit/contract';
import { ProvidedContext } from './provided-context.js';

/**
 * Where the sign-in of a `<mobility-provider>` stands.
 *
 * - `unconfigured`: the provider has no `issuer` and `client-id`; the host hands over tokens itself
 *   (or the page is anonymous). Elements behave as they do without sign-in.
 * - `signing-in`: a sign-in, a silent sign-in after a reload, or the processing of the identity
 *   provider's answer is under way.
 * - `anonymous`: nobody is signed in; `signIn()` starts a sign-in.
 * - `signed-in`: `user` says who, with the organisation and role the API mapped.
 * - `no-access`: signed in at the identity provider, but the API maps the account to no
 *   organisation or role (a 403 from `GET /v1/me`); requests go out anonymously.
 * - `error`: signing in or asking the API who is signed in failed; `retry()` tries again.
 */
export type SessionStatus = 'unconfigured' | 'signing-in' | 'anonymous' | 'signed-in' | 'no-access' | 'error';

/** The role the API maps the signed-in account to. */
export type SessionRole = Me['role'];

/** Who is signed in. */
export interface SessionUser {
  /** Display name from the ID token (`name`, else given and family name, else username or e-mail). */
  readonly name?: string;
  /** Slug of the organisation the API maps the account to. */
  readonly organisation: string;
  /** Name of that organisation, when the API's organisation list could be read. */
  readonly organisationName?: string;
  readonly role: SessionRole;
}

/**
 * Why the session is in `error` or `no-access`:
 * - `identity-provider`: the identity provider could not be reached or its metadata is unusable;
 * - `sign-in`: the identity provider refused the sign-in or answered something invalid;
 * - `api`: the API could not say who is signed in (unreachable, or it did not accept the token);
 * - `no-access`: the API answered 403: the account takes no part (no organisation or role mapped);
 * - `configuration`: `issuer`, `client-id` or `redirect-uri` is not usable.
 */
export type SessionErrorKind = 'identity-provider' | 'sign-in' | 'api' | 'no-access' | 'configuration';

export interface SessionError {
  readonly kind: SessionErrorKind;
  /** A developer-facing detail (the provider's error code, the API's problem detail); never a token. Not translated. */
  readonly detail?: string;
}

/**
 * What `<mobility-provider>` tells the elements inside it about sign-in. A new object on every
 * change, so an element can compare it with the previous one.
 */
export interface MobilitySession {
  readonly status: SessionStatus;
  /** With `signed-in`. */
  readonly user?: SessionUser;
  /** With `error` and `no-access`. */
  readonly error?: SessionError;
  /** Start a sign-in (a redirect to the identity provider). Does nothing while `signing-in` or `unconfigured`. */
  signIn(): void;
  /** Forget the tokens and sign out at the identity provider when it supports that. */
  signOut(): void;
  /** With `error`: try again what failed. */
  retry?(): void;
}

/**
 * The context that carries the session from `<mobility-provider>` to the elements inside it. A
 * versioned string key, like {@link clientContext}, so elements of another bundle copy find it.
 */
export const sessionContext = createContext<MobilitySession | undefined>('mobility-kit/session@1');

/** The session of a provider without sign-in configured, and of an element without a provider. */
export const unconfiguredSession: MobilitySession = Object.freeze({
  status: 'unconfigured',
  signIn() {},
  signOut() {},
});

/**
 * Gives an element the session of the nearest `<mobility-provider>` and re-renders it when the
 * session changes. Without a provider, or with a provider without sign-in, the session is
 * {@link unconfiguredSession}.
 */
export class MobilitySessionController {
  private readonly provided: ProvidedContext<MobilitySession>;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.provided = new ProvidedContext(host, sessionContext);
  }

  get session(): MobilitySession {
    return this.provided.value ?? unconfiguredSession;
  }
}
