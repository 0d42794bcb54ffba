import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * `'public'`: anonymous 200 responses may be cached by browsers and CDNs for a minute and carry
     * a strong ETag; responses for an authenticated caller are never stored.
     * `'private-immutable'`: the route sets its own `Cache-Control: private, …` (uploaded photos,
     * whose bytes never change and which no shared cache may keep); it is left as it is, also for
     * a signed-in caller.
     */
    cache?: 'public' | 'private-immutable';
  }
}

/** Seconds a shared cache may keep an anonymous response. */
export const publicMaxAge = 60;

/** Append a header name to `Vary` without dropping what other hooks (CORS) put there. */
export function addVary(reply: FastifyReply, name: string): void {
  const current = reply.getHeader('Vary');
  const values = (Array.isArray(current) ? current.join(',') : String(current ?? ''))
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  if (values.includes('*') || values.some((v) => v.toLowerCase() === name.toLowerCase())) return;
  reply.header('Vary', [...values, name].join(', '));
}

/** Whether an `If-None-Match` header matches an ETag (weak comparison, RFC 9110 §13.1.2). */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}

/**
 * Caching headers for routes with `config.cache = 'public'`, applied after serialisation so the
 * ETag is a hash of the exact bytes sent.
 */
export function registerHttpCache(app: FastifyInstance): void {
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const config = request.routeOptions.config;
    if (config.auth && config.auth !== 'none') addVary(reply, 'Authorization');
    // An answer to a signed-in caller may be for them alone: no cache keeps it, also where the
    // route set nothing (which would leave it heuristically cacheable).
    const ownPrivatePolicy = config.cache === 'private-immutable' && /^private\b/.test(String(reply.getHeader('Cache-Control') ?? ''));
    if (request.principal && !ownPrivatePolicy && !/\bno-store\b/.test(String(reply.getHeader('Cache-Control') ?? ''))) reply.header('Cache-Control', 'private, no-store');
    if (config.cache !== 'public' || reply.statusCode !== 200) return payload;
    // Signed in: the line above has made it `no-store`; no ETag for a private answer.
    if (request.principal) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const etag = `"${createHash('sha256').update(payload).digest('base64url').slice(0, 27)}"`;
    reply.header('Cache-Control', `public, max-age=${publicMaxAge}`);
    reply.header('ETag', etag);
    if ((request.method === 'GET' || request.method === 'HEAD') && ifNoneMatchHits(request.headers['if-none-match'], etag)) {
      reply.code(304);
      reply.removeHeader('Content-Type');
      reply.removeHeader('Content-Length');
      return '';
    }
    return payload;
  });
}
