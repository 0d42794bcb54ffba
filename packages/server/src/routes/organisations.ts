import type { FastifyInstance } from 'fastify';
import { routes } from '@mobility-kit/contract';
import { listOrganisations } from '../db/organisations.js';
import { declareRoute } from './declare.js';

/** `GET /v1/organisations`. */
export async function organisationRoutes(app: FastifyInstance): Promise<void> {
  const { database } = app.mobility;
  declareRoute(app, routes.listOrganisations, async () => ({ items: await listOrganisations(database.db) }), { cache: 'public' });
}
