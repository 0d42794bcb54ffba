import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
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
import { problemTypes, roles, Slug, type Role, type RouteAuth } from '@mobility-kit/contract';
import { organisationExists } from './db/organisations.js';
import type { Db } from './db/schema.js';
import { invalidToken, ProblemError, unavailable } from './problems.js';

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
  /** Expected `aud`. */
  audience?: string;
  /** JWKS of the provider, e.g. SURFconext's; without it only development tokens can be verified. */
  jwksUrl?: string;
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
   * Accept tokens of any issuer and audience the provider's keys sign. Without it a configured
   * `jwksUrl` needs `issuer` and `audience` (the server refuses to start); with it the server logs
   * a warning at start-up. Env `OIDC_ALLOW_ANY_AUDIENCE=1`.
   */
  allowAnyAudience?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Whether the route reads a bearer token; see the contract's `RouteAuth`. */
    auth?: RouteAuth;
    /** With `auth: 'required'`: the roles that may call the route. */
    roles?: readonly Role[];
  }
  interface FastifyRequest {
    /** The verified caller, or `null` for an anonymous request. */
    principal: Principal | null;
  }
}

/** Issuer of locally signed development tokens; real tokens never carry it. */
export const devIssuer = 'urn:mobility-kit:dev';
const defaultAudience = 'mobility-kit';
/** Development tokens last a working day. */
export const devTokenLifetimeSeconds = 8 * 60 * 60;
/** Default oldest token accepted: a working day and a half. */
export const defaultMaxTokenAgeSeconds = 12 * 60 * 60;
/** Clock skew tolerated between the provider and this server for `iat`. */
export const issuedAtLeewaySeconds = 60;
const remoteAlgorithms = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

export interface Authenticator {
  /**
   * Verify an `Authorization` header value. `undefined` → anonymous (`null`); a present header that
   * cannot be accepted → a 401 {@link ProblemError}.
   */
  authenticate(authorization: string | undefined): Promise<Principal | null>;
  /** Present only in development mode: sign a local token for a role and organisation. */
  readonly issueDevToken?: (claims: { role: Role; organisation: string; subject?: string }) => Promise<{ token: string; expiresIn: number }>;
}

/**
 * Build the token verifier. Real tokens are checked against the provider's JWKS (issuer and
 * audience when configured); in development mode a key pair is generated at start-up and its
 * tokens go through the same verification against a local JWKS.
 */
export async function createAuthenticator(options: AuthOptions = {}, devAuth = false): Promise<Authenticator> {
  const roleClaim = options.roleClaim ?? 'mobility_role';
  const organisationClaim = options.organisationClaim ?? 'mobility_org';
  const maxTokenAgeSeconds = options.maxTokenAgeSeconds ?? defaultMaxTokenAgeSeconds;
  const remote: JWTVerifyGetKey | undefined = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : undefined;

  let local: { keys: JWTVerifyGetKey; privateKey: CryptoKey; kid: string; audience: string } | undefined;
  if (devAuth) {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const kid = `dev-${randomUUID()}`;
    const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
    local = { keys: createLocalJWKSet({ keys: [jwk] }), privateKey, kid, audience: options.audience ?? defaultAudience };
  }

  async function verify(token: string): Promise<JWTPayload> {
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch {
      throw invalidToken('The bearer token is malformed.');
    }
    let payload: JWTPayload | undefined;
    try {
      if (local && unverified.iss === devIssuer) {
        payload = (await jwtVerify(token, local.keys, { issuer: devIssuer, audience: local.audience, algorithms: ['ES256'], requiredClaims })).payload;
      } else if (remote) {
        payload = (
          await jwtVerify(token, remote, {
            ...(options.issuer ? { issuer: options.issuer } : {}),
            ...(options.audience ? { audience: options.audience } : {}),
            algorithms: remoteAlgorithms,
            requiredClaims,
          })
        ).payload;
      }
    } catch (error) {
      throw verificationProblem(error);
    }
    if (!payload) throw invalidToken('No identity provider is configured to verify this token.');
    checkIssuedAt(payload, maxTokenAgeSeconds);
    return payload;
  }

  return {
    async authenticate(authorization) {
      if (authorization === undefined) return null;
      const match = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)\s*$/i.exec(authorization);
      if (!match) throw invalidToken('The Authorization header must be "Bearer <token>".');
      const payload = await verify(match[1]!);
      const role = firstKnownRole(readClaim(payload, roleClaim));
      if (!role) throw invalidToken(`The token carries no known role in claim ${roleClaim}.`);
      const organisation = readClaim(payload, organisationClaim);
      if (typeof organisation !== 'string' || !Slug.safeParse(organisation).success) {
        throw invalidToken(`The token carries no valid organisation in claim ${organisationClaim}.`);
      }
      return { subject: typeof payload.sub === 'string' ? payload.sub : '', role, organisation };
    },
    ...(local
      ? {
          async issueDevToken({ role, organisation, subject }) {
            const token = await new SignJWT({ [roleClaim]: role, [organisationClaim]: organisation, dev: true })
              .setProtectedHeader({ alg: 'ES256', kid: local.kid, typ: 'JWT' })
              .setIssuer(devIssuer)
              .setAudience(local.audience)
              .setSubject(subject ?? `dev-${role}-${organisation}`)
              .setIssuedAt()
              .setExpirationTime(`${devTokenLifetimeSeconds}s`)
              .sign(local.privateKey);
            return { token, expiresIn: devTokenLifetimeSeconds };
          },
        }
      : {}),
  };
}

/** Every token must say when it expires and when it was issued (its age is checked on `iat`). */
const requiredClaims = ['exp', 'iat'];

/**
 * `iat` (which the signature covers, and jose has checked is a number) must not lie in the future
 * beyond {@link issuedAtLeewaySeconds}, and the token must not be older than the maximum age.
 */
function checkIssuedAt(payload: JWTPayload, maxTokenAgeSeconds: number, now = Math.floor(Date.now() / 1000)): void {
  const issuedAt = payload.iat!;
  if (issuedAt > now + issuedAtLeewaySeconds) throw invalidToken("The token's iat claim lies in the future.");
  if (now - issuedAt > maxTokenAgeSeconds) throw invalidToken(`The token is too old: it was issued more than ${maxTokenAgeSeconds} seconds ago.`);
}

function verificationProblem(error: unknown): ProblemError {
  if (error instanceof joseErrors.JWTExpired) return invalidToken('The token has expired.');
  if (error instanceof joseErrors.JWTClaimValidationFailed && error.reason === 'missing') return invalidToken(`The token carries no ${error.claim} claim.`);
  if (error instanceof joseErrors.JWTClaimValidationFailed) return invalidToken(`The token's ${error.claim} claim is not accepted.`);
  if (error instanceof joseErrors.JWKSTimeout) return unavailable('The identity provider did not answer in time.');
  if (error instanceof joseErrors.JOSEError) return invalidToken('The token signature could not be verified.');
  // Not a token problem: the provider's key set could not be fetched.
  return unavailable('The identity provider could not be reached.');
}

/** A claim by exact name, else by dotted path into nested objects (e.g. `realm_access.roles`). */
function readClaim(payload: JWTPayload, name: string): unknown {
  if (name in payload) return payload[name];
  let value: unknown = payload;
  for (const part of name.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function firstKnownRole(claim: unknown): Role | undefined {
  const candidates = Array.isArray(claim) ? claim : [claim];
  return candidates.find((c): c is Role => typeof c === 'string' && (roles as readonly string[]).includes(c));
}

/**
 * Fastify wiring: every request gets `request.principal`. Routes declare `config.auth`:
 * `'none'` ignores the header, `'optional'` verifies it when present, `'required'` demands a token
 * with one of `config.roles` (401 without one, 403 with the wrong role).
 */
export function registerAuth(app: FastifyInstance, authenticator: Authenticator): void {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const mode = request.routeOptions.config.auth ?? 'none';
    if (mode === 'none') return;
    request.principal = await authenticator.authenticate(request.headers.authorization);
    if (mode !== 'required') return;
    if (!request.principal) {
      throw new ProblemError(
        { type: problemTypes.unauthorized, title: 'Unauthorized', status: 401, detail: 'This route needs a bearer token.' },
        { 'WWW-Authenticate': 'Bearer' },
      );
    }
    const allowed = request.routeOptions.config.roles;
    if (allowed && !allowed.includes(request.principal.role)) {
      throw new ProblemError({ type: problemTypes.forbidden, title: 'Forbidden', status: 403, detail: 'Your role may not use this route.' });
    }
  });
}

/** Fastify route options for a contract route that requires sign-in with one of its roles. */
export function roleRoute(route: { auth: RouteAuth; roles?: readonly string[] }): { config: { auth: RouteAuth; roles?: Role[] } } {
  return { config: { auth: route.auth, ...(route.roles ? { roles: route.roles as Role[] } : {}) } };
}

/** The caller of a route declared `auth: 'required'`: the auth hook guarantees one before the handler runs. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new Error('A signed-in route was reached without a principal');
  return request.principal;
}

/**
 * Writes are accepted only for an organisation this server knows: a token may name any, and a
 * write for an unknown one would otherwise fail deep in the database.
 */
export async function requireKnownOrganisation(db: Db, id: string): Promise<void> {
  if (await organisationExists(db, id)) return;
  throw new ProblemError({
    type: problemTypes.forbidden,
    title: 'Forbidden',
    status: 403,
    detail: 'Your organisation is not registered on this server.',
  });
}
