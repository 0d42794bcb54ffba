import type { FastifyInstance } from 'fastify';
import { routes } from '@mobility-kit/contract';
import { findHrRegulations, findRegulations, replaceRegulations } from '../db/regulations.js';
import { notFound } from '../problems.js';
import { declareRoute } from './declare.js';

/**
 * Seconds a browser or CDN may keep an organisation's parameters. They change a few times a year,
 * at a pay round; five minutes keeps a correction visible soon after HR saves it.
 */
export const regulationsMaxAge = 300;

/**
 * `GET /v1/regulations?organisation=…` (anyone), `PUT /v1/regulations` and `GET /v1/hr/regulations`
 * (HR or admin, own organisation only). The server stores parameter values, never anything an employee enters in
 * the calculator.
 */
export async function regulationRoutes(app: FastifyInstance): Promise<void> {
  const { database } = app.mobility;

  declareRoute(
    app,
    routes.getRegulations,
    async ({ query }) => {
      const regulations = await findRegulations(database.db, query.organisation);
      if (!regulations) throw notFound(`No organisation "${query.organisation}" takes part.`);
      // Anyone may read (and caches may keep) these facts; who at HR entered them is not public.
      const { updatedBy: _hidden, ...publicRegulations } = regulations;
      return publicRegulations;
    },
    {
      cache: 'public',
      hooks: {
        // The shared cache hook sets the ETag (and answers 304) with its default lifetime; route hooks
        // run after it, so the longer lifetime of these slowly changing facts is set here.
        onSend: async (_request, reply, payload) => {
          if (String(reply.getHeader('Cache-Control') ?? '').startsWith('public')) {
            reply.header('Cache-Control', `public, max-age=${regulationsMaxAge}`);
          }
          return payload;
        },
      },
    },
  );

  declareRoute(app, routes.putRegulations, async ({ body, principal, reply }) => {
    // The organisation is the token's own.
    const regulations = await replaceRegulations(database.db, principal.organisation, body.parameters, principal.subject);
    if (!regulations) throw notFound(`Your organisation "${principal.organisation}" does not take part.`);
    reply.header('Cache-Control', 'no-store');
    return regulations;
  });

  // HR's view of its own organisation's set: who replaced it, and the history of replacements.
  declareRoute(app, routes.getHrRegulations, async ({ principal, reply }) => {
    const regulations = await findHrRegulations(database.db, principal.organisation);
    if (!regulations) throw notFound(`Your organisation "${principal.organisation}" does not take part.`);
    reply.header('Cache-Control', 'no-store');
    return regulations;
  });
}
