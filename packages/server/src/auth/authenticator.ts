import { randomUUID } from 'node:crypto';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  customFetch,
  decodeJwt,
  errors as joseErrors,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  type CryptoKey,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { roles, Slug, type Role } from '@mobility-kit/contract';
import { invalidToken, type ProblemError, unavailable } from '../problems.js';
import { mapClaims, readClaim, type ClaimsMapping } from './claims-mapping.js';
import { checkIntrospectionAnswer, createIntrospector, defaultIntrospectionTimeoutMs, type AuthLog, type Introspector } from './introspection.js';
import { jwksFetch, ProviderUnavailableError } from './provider-fetch.js';
import { checkIssuedAt, defaultMaxTokenAgeSeconds } from './token-rules.js';

/** Who is calling, as established from a verified bearer token. */
export interface Principal {
  /** The token's `sub`: an opaque identifier, never logged. */
  readonly subject: string;
  readonly role: Role;
  /** Id of the caller's organisation. */
  readonly organisation: string;
}

/** How bearer tokens are verified. */
export interface AuthOptions {
  /** Expected `iss` of tokens from the OpenID Connect provider. */
  issuer?: string;
  /** Expected `aud`. An introspected token may carry it as `client_id` instead. */
  audience?: string;
  /** JWKS of the provider, e.g. SURFconext's; without it only development tokens can be verified. */
  jwksUrl?: string;
  /**
   * The provider's token introspection endpoint (RFC 7662). With it, a bearer token that is not a
   * JWT (every token with {@link introspectAll}) is checked there, authenticated as
   * {@link clientId} with {@link clientSecret}. Env `OIDC_INTROSPECTION_URL`.
   */
  introspectionUrl?: string;
  /** This server's client id at the provider, for introspection. Env `OIDC_CLIENT_ID`. */
  clientId?: string;
  /** This server's client secret at the provider, for introspection. Env `OIDC_CLIENT_SECRET`. */
  clientSecret?: string;
  /** Introspect JWTs too instead of verifying them against the JWKS. Env `OIDC_INTROSPECT_ALL=1`. */
  introspectAll?: boolean;
  /** Time allowed for one introspection call, in milliseconds (then a 503). Default 5000. */
  introspectionTimeoutMs?: number;
  /**
   * How claims map to an organisation and a role (env `MOBILITY_CLAIMS`, see
   * {@link ClaimsMapping}). With it {@link roleClaim} and {@link organisationClaim} are not used,
   * and a token that maps to no organisation or no role is a 403.
   */
  claims?: ClaimsMapping;
  /** Claim holding the role (a string or an array; the first known role counts). Dotted paths reach nested claims. */
  roleClaim?: string;
  /** Claim holding the organisation id. */
  organisationClaim?: string;
  /**
   * Oldest token accepted, in seconds since its `iat`, whatever its `exp` says: bounds the use of
   * a leaked long-lived token. Default {@link defaultMaxTokenAgeSeconds} (twelve hours).
   */
  maxTokenAgeSeconds?: number;
  /**
   * Accept tokens of any issuer and audience the provider's keys sign (or its introspection
   * endpoint calls active). Without it a configured `jwksUrl` needs `issuer` and `audience`, and a
   * configured `introspectionUrl` needs `audience` (the server refuses to start); with it the
   * server logs a warning at start-up. Env `OIDC_ALLOW_ANY_AUDIENCE=1`.
   */
  allowAnyAudience?: boolean;
  /** The current time in milliseconds since the epoch, for token times and the introspection cache. Default `Date.now`. */
  clock?: () => number;
}

/** Issuer of locally signed development tokens; real tokens never carry it. */
export const devIssuer = 'urn:mobility-kit:dev';
const defaultAudience = 'mobility-kit';
/** Development tokens last a working day. */
export const devTokenLifetimeSeconds = 8 * 60 * 60;
const remoteAlgorithms = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

export interface Authenticator {
  /**
   * Verify an `Authorization` header value. `undefined` → anonymous (`null`); a present header that
   * cannot be accepted → a 401 {@link ProblemError}; a valid token that maps to no organisation or
   * role (with a claims mapping) → a 403; a provider that cannot be asked → a 503. `log` receives
   * provider trouble (never a token).
   */
  authenticate(authorization: string | undefined, log?: AuthLog): Promise<Principal | null>;
  /** Present only in development mode: sign a local token for a role and organisation. */
  readonly issueDevToken?: (claims: { role: Role; organisation: string; subject?: string }) => Promise<{ token: string; expiresIn: number }>;
}

/**
 * Build the token verifier. JWTs are checked against the provider's JWKS (issuer and audience when
 * configured), opaque tokens at its introspection endpoint; both give claims that map to the same
 * {@link Principal}. In development mode a key pair is generated at start-up and its tokens go
 * through the same verification against a local JWKS.
 */
export async function createAuthenticator(options: AuthOptions = {}, devAuth = false): Promise<Authenticator> {
  const roleClaim = options.roleClaim ?? 'mobility_role';
  const organisationClaim = options.organisationClaim ?? 'mobility_org';
  const maxTokenAgeSeconds = options.maxTokenAgeSeconds ?? defaultMaxTokenAgeSeconds;
  const clock = options.clock ?? Date.now;
  const nowSeconds = () => Math.floor(clock() / 1000);
  // An injected clock reaches jose too; without one jose reads the time itself, as it always has.
  const currentDate = options.clock ? () => ({ currentDate: new Date(clock()) }) : () => ({});
  const remote: JWTVerifyGetKey | undefined = options.jwksUrl
    ? createRemoteJWKSet(new URL(options.jwksUrl), { [customFetch]: jwksFetch(new URL(options.jwksUrl)) })
    : undefined;
  const introspector: Introspector | undefined =
    options.introspectionUrl && options.clientId !== undefined && options.clientSecret !== undefined
      ? createIntrospector({
          url: options.introspectionUrl,
          clientId: options.clientId,
          clientSecret: options.clientSecret,
          timeoutMs: options.introspectionTimeoutMs ?? defaultIntrospectionTimeoutMs,
          now: clock,
        })
      : undefined;

  let local: { keys: JWTVerifyGetKey; privateKey: CryptoKey; kid: string; audience: string } | undefined;
  if (devAuth) {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const kid = `dev-${randomUUID()}`;
    const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
    local = { keys: createLocalJWKSet({ keys: [jwk] }), privateKey, kid, audience: options.audience ?? defaultAudience };
  }

  async function introspect(token: string, log: AuthLog | undefined): Promise<Readonly<Record<string, unknown>>> {
    const answer = await introspector!.introspect(token, log);
    return checkIntrospectionAnswer(answer, { issuer: options.issuer, audience: options.audience, maxTokenAgeSeconds, nowSeconds: nowSeconds() });
  }

  /**
   * The verified claims of a token: a JWT from the JWKS (or the local key), anything else by
   * introspection. `development` says the local development key signed it.
   */
  async function verify(token: string, log: AuthLog | undefined): Promise<{ claims: Readonly<Record<string, unknown>>; development: boolean }> {
    let unverified: JWTPayload | undefined;
    try {
      unverified = decodeJwt(token);
    } catch {
      unverified = undefined;
    }
    const isDevToken = local !== undefined && unverified?.iss === devIssuer;
    if (introspector && !isDevToken && (!unverified || options.introspectAll || !remote)) return { claims: await introspect(token, log), development: false };
    if (!unverified) throw invalidToken('The bearer token is malformed.');
    let payload: JWTPayload | undefined;
    try {
      if (local && isDevToken) {
        payload = (await jwtVerify(token, local.keys, { issuer: devIssuer, audience: local.audience, algorithms: ['ES256'], requiredClaims, ...currentDate() })).payload;
      } else if (remote) {
        payload = (
          await jwtVerify(token, remote, {
            ...(options.issuer ? { issuer: options.issuer } : {}),
            ...(options.audience ? { audience: options.audience } : {}),
            algorithms: remoteAlgorithms,
            requiredClaims,
            ...currentDate(),
          })
        ).payload;
      }
    } catch (error) {
      throw verificationProblem(error, log);
    }
    if (!payload) throw invalidToken('No identity provider is configured to verify this token.');
    // An ID token is for the page that signed in, not a key to the API, though the same keys sign it
    // and its audience may be the one configured: the claims only ID tokens carry (OpenID Connect
    // Core 2, 3.1.3.6, 3.3.2.11) give it away.
    if (!isDevToken && ['nonce', 'at_hash', 'c_hash'].some((claim) => claim in payload!)) {
      throw invalidToken('An ID token is not an access token: send the access token.');
    }
    // jose has checked that `iat` (which the signature covers) is a number.
    checkIssuedAt(payload.iat!, maxTokenAgeSeconds, nowSeconds());
    return { claims: payload, development: local !== undefined && isDevToken };
  }

  /**
   * The caller a token speaks for. Development tokens carry the role and organisation in the
   * server's own claims whatever the claims file says, so tests and tools can mint them beside a
   * real provider.
   */
  function principalFrom({ claims, development }: { claims: Readonly<Record<string, unknown>>; development: boolean }): Principal {
    const subject = typeof claims.sub === 'string' ? claims.sub : '';
    if (options.claims && !development) return { subject, ...mapClaims(claims, options.claims) };
    const role = firstKnownRole(readClaim(claims, roleClaim));
    if (!role) throw invalidToken(`The token carries no known role in claim ${roleClaim}.`);
    const organisation = readClaim(claims, organisationClaim);
    if (typeof organisation !== 'string' || !Slug.safeParse(organisation).success) {
      throw invalidToken(`The token carries no valid organisation in claim ${organisationClaim}.`);
    }
    return { subject, role, organisation };
  }

  return {
    async authenticate(authorization, log) {
      if (authorization === undefined) return null;
      const match = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)\s*$/i.exec(authorization);
      if (!match) throw invalidToken('The Authorization header must be "Bearer <token>".');
      return principalFrom(await verify(match[1]!, log));
    },
    ...(local
      ? {
          async issueDevToken({ role, organisation, subject }) {
            const token = await new SignJWT({ [roleClaim]: role, [organisationClaim]: organisation, dev: true })
              .setProtectedHeader({ alg: 'ES256', kid: local.kid, typ: 'JWT' })
              .setIssuer(devIssuer)
              .setAudience(local.audience)
              .setSubject(subject ?? `dev-${role}-${organisation}`)
              .setIssuedAt(nowSeconds())
              .setExpirationTime(nowSeconds() + devTokenLifetimeSeconds)
              .sign(local.privateKey);
            return { token, expiresIn: devTokenLifetimeSeconds };
          },
        }
      : {}),
  };
}

/** Every token must say when it expires and when it was issued (its age is checked on `iat`). */
const requiredClaims = ['exp', 'iat'];

function verificationProblem(error: unknown, log: AuthLog | undefined): ProblemError {
  if (error instanceof joseErrors.JWTExpired) return invalidToken('The token has expired.');
  if (error instanceof joseErrors.JWTClaimValidationFailed && error.reason === 'missing') return invalidToken(`The token carries no ${error.claim} claim.`);
  if (error instanceof joseErrors.JWTClaimValidationFailed) return invalidToken(`The token's ${error.claim} claim is not accepted.`);
  if (error instanceof joseErrors.JWKSTimeout) {
    log?.warn({ jwks: { reason: 'timeout' } }, 'the identity provider\'s JWKS did not arrive in time');
    return unavailable('The identity provider did not answer in time.');
  }
  // A key set that is not one is the provider's fault, not the token's.
  if (error instanceof joseErrors.JWKSInvalid) {
    log?.warn({ jwks: { reason: 'invalid' } }, 'the identity provider\'s JWKS is not a key set');
    return unavailable('The identity provider could not be reached.');
  }
  if (error instanceof joseErrors.JOSEError) return invalidToken('The token signature could not be verified.');
  // Not a token problem: the provider's key set could not be fetched.
  const configuration = error instanceof ProviderUnavailableError && error.configuration;
  const details = { jwks: { reason: error instanceof Error ? error.message : String(error) } };
  if (configuration) log?.error(details, 'the identity provider\'s JWKS cannot be fetched: check OIDC_JWKS_URL');
  else log?.warn(details, 'the identity provider\'s JWKS cannot be fetched');
  return unavailable('The identity provider could not be reached.');
}

function firstKnownRole(claim: unknown): Role | undefined {
  const candidates = Array.isArray(claim) ? claim : [claim];
  return candidates.find((c): c is Role => typeof c === 'string' && (roles as readonly string[]).includes(c));
}
