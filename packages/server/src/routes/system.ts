import type { FastifyInstance } from 'fastify';
import { routes, type DevTokenResponse, type Health, type Me } from '@mobility-kit/contract';
import { principalOf, requireKnownOrganisation } from '../auth.js';
import { organisationExists } from '../db/organisations.js';
import { invalidRequest } from '../problems.js';
import { packageVersion } from '../paths.js';
import { declareRoute } from './declare.js';

/** How long health waits for `select 1` before calling the database unavailable. */
const healthTimeoutMs = 2_000;

/** `GET /v1/health`, `GET /v1/me`, and `POST /v1/dev/token` when development auth is on. */
export async function systemRoutes(app: FastifyInstance): Promise<void> {
  const { database, authenticator } = app.mobility;

  declareRoute(app, routes.getHealth, async ({ reply }): Promise<Health> => {
    let databaseState: Health['database'] = 'ok';
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        database.ping(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('health check timed out')), healthTimeoutMs);
        }),
      ]);
    } catch {
      databaseState = 'unavailable';
    } finally {
      clearTimeout(timer);
    }
    reply.code(databaseState === 'ok' ? 200 : 503).header('Cache-Control', 'no-store');
    // Same hint as the 503 problems of the other routes: the pool reconnects by itself, try again soon.
    if (databaseState !== 'ok') reply.header('Retry-After', '5');
    return {
      status: databaseState === 'ok' ? 'ok' : 'degraded',
      database: databaseState,
      version: packageVersion,
      time: new Date().toISOString(),
    };
  });

  declareRoute(app, routes.getMe, async ({ request, reply }): Promise<Me> => {
    const { organisation, role } = principalOf(request);
    // A mapped organisation this server does not know could use nothing: say so now, not on the first write.
    await requireKnownOrganisation(database.db, organisation);
    reply.header('Cache-Control', 'no-store');
    return { organisation, role };
  });

  const issueDevToken = authenticator.issueDevToken;
  if (!issueDevToken) return;
  declareRoute(app, routes.createDevToken, async ({ body, reply }): Promise<DevTokenResponse> => {
    if (!(await organisationExists(database.db, body.organisation))) {
      throw invalidRequest([{ in: 'body', path: 'organisation', message: 'is not a known organisation' }]);
    }
    const { token, expiresIn } = await issueDevToken(body);
    reply.header('Cache-Control', 'no-store');
    return { token, tokenType: 'Bearer', expiresIn };
  });
}
