import type { FastifyInstance } from 'fastify';
import { routes, type OrganisationList } from '@mobility-kit/contract';
import { listOrganisations } from '../db/organisations.js';
import { toFastifyPath } from '../context.js';

/** `GET /v1/organisations`. */
export async function organisationRoutes(app: FastifyInstance): Promise<void> {
  const { database } = app.mobility;
  app.get(
    toFastifyPath(routes.listOrganisations.path),
    { config: { auth: routes.listOrganisations.auth, cache: 'public' } },
    async (): Promise<OrganisationList> => ({ items: await listOrganisations(database.db) }),
  );
}
