import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** A plain Node.js request handler, such as `provider.callback()` of oidc-provider or an Express app. */
export type MountHandler = (request: IncomingMessage, response: ServerResponse) => unknown;

/**
 * Another application served by this server under a path prefix, on the same origin: the demo
 * OpenID Connect provider at `/idp` in `npm start`. It gets every method and every path below the
 * prefix with the request untouched: no body parsing, no validation, no problem documents. As
 * Express does, `request.url` is made relative to the prefix and `request.originalUrl` holds the
 * full URL. The server's security headers are already set on the response (the mounted handler
 * may replace any of them, such as its own Content-Security-Policy for its pages) and the per-IP
 * rate limit counts its requests; the server's CORS headers are not added (the handler answers
 * CORS itself).
 *
 * An application that must know its own public URL (an OpenID provider's issuer) on a server that
 * listens on port 0 gives `createHandler` instead of `handler`: `startServer` calls it once with
 * the server's base URL after it listens, and requests before that are answered 503.
 */
export type Mount =
  | { readonly prefix: string; readonly handler: MountHandler }
  | { readonly prefix: string; readonly createHandler: (baseUrl: string) => MountHandler | Promise<MountHandler> };

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Read by @fastify/cors (which declares no type for it): `false` leaves CORS to the route. */
    cors?: false;
  }
}

declare module 'node:http' {
  interface IncomingMessage {
    /** The full request URL when a mount has made `url` relative to its prefix (as Express does). */
    originalUrl?: string;
  }
}

/** Handlers still waiting for the base URL, per root application. */
const pendingMounts = new WeakMap<FastifyInstance, ((baseUrl: string) => Promise<void>)[]>();

/** `/idp`, `/idp/` and `idp` all mean the prefix `/idp`; `/` alone mounts nothing sensible and is refused. */
function normalisePrefix(prefix: string): string {
  const trimmed = `/${prefix.replace(/^\/+|\/+$/g, '')}`;
  if (trimmed === '/' || /[?#*:\s]/.test(trimmed)) throw new TypeError(`A mount prefix must be a plain path below /, not "${prefix}".`);
  return trimmed;
}

/** Register every mount on the root application (before the static roots, which take `/*`). */
export async function registerMounts(app: FastifyInstance, mounts: readonly Mount[]): Promise<void> {
  for (const mount of mounts) {
    const prefix = normalisePrefix(mount.prefix);
    let handler: MountHandler | undefined = 'handler' in mount ? mount.handler : undefined;
    if ('createHandler' in mount) {
      const pending = pendingMounts.get(app) ?? [];
      pending.push(async (baseUrl) => {
        handler = await mount.createHandler(baseUrl);
      });
      pendingMounts.set(app, pending);
    }

    // Handing over in preParsing: after every onRequest hook (security headers, and the rate limit,
    // which adds its own hook to each route) and before Fastify reads the body, so the mounted
    // application parses its own requests and no preHandler of the API runs.
    // The hook never calls `done`: the hijacked reply ends Fastify's part of the request here.
    const handOver = (request: FastifyRequest, reply: FastifyReply) => {
      reply.hijack();
      const raw = request.raw;
      const url = raw.url ?? '/';
      if (!handler || !url.startsWith(prefix)) {
        // Not started yet; or a spelling of the path that the router decodes to the prefix but that does not start with it.
        const [status, text] = handler ? [404, 'Not found.'] : [503, 'This part of the server is still starting.'];
        reply.raw.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...(handler ? {} : { 'retry-after': '1' }) });
        reply.raw.end(text);
        return;
      }
      raw.originalUrl = url;
      const rest = url.slice(prefix.length);
      raw.url = rest.startsWith('/') ? rest : `/${rest}`;
      // Fastify's request log reads the URL after the response: give it back the full one.
      reply.raw.once('close', () => {
        raw.url = url;
      });
      Promise.resolve()
        .then(() => handler!(raw, reply.raw))
        .catch((error: unknown) => {
          request.log.error({ err: error }, `unhandled error in the application mounted at ${prefix}`);
          if (!reply.raw.headersSent) reply.raw.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
          reply.raw.end();
        });
    };
    // Never reached: the preParsing hook has taken the request.
    const unreachable = async () => undefined;
    // `cors: false`: the server's CORS plugin leaves these routes alone.
    const route = { config: { cors: false as const }, preParsing: handOver };
    app.all(prefix, route, unreachable);
    app.all(`${prefix}/*`, route, unreachable);
  }
}

/** Give every `createHandler` mount of `app` the base URL the server listens on (see {@link Mount}). */
export async function resolveMounts(app: FastifyInstance, baseUrl: string): Promise<void> {
  const pending = pendingMounts.get(app) ?? [];
  pendingMounts.delete(app);
  for (const resolve of pending) await resolve(baseUrl);
}
