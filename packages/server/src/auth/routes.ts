import type { FastifyInstance, FastifyRequest } from 'fastify';
import { problemTypes, type Role, type RouteAuth } from '@mobility-kit/contract';
import { organisationExists } from '../db/organisations.js';
import type { Db } from '../db/schema.js';
import { ProblemError } from '../problems.js';
import type { Authenticator, Principal } from './authenticator.js';

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
    request.principal = await authenticator.authenticate(request.headers.authorization, request.log);
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
