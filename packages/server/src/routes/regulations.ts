import type { FastifyInstance } from 'fastify';
import { routes, RegulationsQuery, RegulationsUpdate, type Regulations } from '@mobility-kit/contract';
import { principalOf } from '../auth.js';
import { findRegulations, replaceRegulations } from '../db/regulations.js';
import { invalidFromIssues, notFound } from '../problems.js';
import { toFastifyPath } from '../context.js';

/**
 * Seconds a browser or CDN may keep an organisation's parameters. They change a few times a year,
 * at a pay round; five minutes keeps a correction visible soon after HR saves it.
 */
export const regulationsMaxAge = 300;

/**
 * `GET /v1/regulations?organisation=…` (anyone) and `PUT /v1/regulations` (HR or admin, own
 * organisation only). The server stores parameter values, never anything an employee enters in
 * the calculator.
 */
export async function regulationRoutes(app: FastifyInstance): Promise<void> {
  const { database } = app.mobility;
  const path = toFastifyPath(routes.getRegulations.path);

  app.get(
    path,
    {
      config: { auth: routes.getRegulations.auth, cache: 'public' },
      // The shared cache hook sets the ETag (and answers 304) with its default lifetime; route hooks
      // run after it, so the longer lifetime of these slowly changing facts is set here.
      onSend: async (_request, reply, payload) => {
        if (String(reply.getHeader('Cache-Control') ?? '').startsWith('public')) {
          reply.header('Cache-Control', `public, max-age=${regulationsMaxAge}`);
        }
        return payload;
      },
    },
    async (request): Promise<Regulations> => {
      const parsed = RegulationsQuery.safeParse(request.query);
      if (!parsed.success) throw invalidFromIssues(parsed.error.issues, 'query');
      const regulations = await findRegulations(database.db, parsed.data.organisation);
      if (!regulations) throw notFound(`No organisation "${parsed.data.organisation}" takes part.`);
      // Anyone may read (and caches may keep) these facts; who at HR entered them is not public.
      const { updatedBy: _hidden, ...publicRegulations } = regulations;
      return publicRegulations;
    },
  );

  app.put(
    path,
    { config: { auth: routes.putRegulations.auth, roles: routes.putRegulations.roles } },
    async (request, reply): Promise<Regulations> => {
      const parsed = RegulationsUpdate.safeParse(request.body);
      if (!parsed.success) throw invalidFromIssues(parsed.error.issues, 'body');
      // The organisation is the token's own.
      const principal = principalOf(request);
      const regulations = await replaceRegulations(database.db, principal.organisation, parsed.data.parameters, principal.subject);
      if (!regulations) throw notFound(`Your organisation "${principal.organisation}" does not take part.`);
      reply.header('Cache-Control', 'no-store');
      return regulations;
    },
  );
}
