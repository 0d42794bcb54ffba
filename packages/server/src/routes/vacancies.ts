import type { FastifyInstance } from 'fastify';
import { defaultPageSize, routes, type HrVacancy, type HrVacancyPage, type Vacancy, type VacancyPage } from '@mobility-kit/contract';
import { decodeCursor, decodeVacancyCursor, encodeCursor, encodeVacancyCursor } from '../cursor.js';
import { closeVacancy, insertVacancy, listOrganisationVacancies, reopenVacancy, updateVacancy } from '../db/hr-vacancies.js';
import { ensurePlaces } from '../db/places.js';
import { findVacancy, listVacancies, type Audience } from '../db/vacancies.js';
import { invalidRequest, notFound } from '../problems.js';
import type { Principal } from '../auth.js';
import { cursorFrom, declareRoute, locationOf, pageOf } from './declare.js';

const audienceOf = (principal: Principal | null): Audience => ({ organisation: principal?.organisation ?? null });
const notYours = () => notFound('Your organisation has no vacancy with this id.');

/** PostgreSQL text cannot hold NUL; such a search is refused here rather than fail in the database. */
export function refuseNul(filter: { readonly q?: string | undefined; readonly near?: string | undefined }): void {
  for (const name of ['q', 'near'] as const) {
    if (filter[name]?.includes('\u0000')) throw invalidRequest([{ in: 'query', path: name, message: 'must not contain NUL characters' }]);
  }
}

/**
 * `GET /v1/vacancies` and `GET /v1/vacancies/{id}` for everyone, and the HR routes under
 * `/v1/hr/vacancies` that write, close and list the vacancies of the caller's own organisation.
 * Registering the routes also loads the postcode table the distance filter needs.
 */
export async function vacancyRoutes(app: FastifyInstance): Promise<void> {
  const { database, today } = app.mobility;
  await ensurePlaces(database.db);

  declareRoute(
    app,
    routes.listVacancies,
    async ({ query, principal }): Promise<VacancyPage> => {
      const { cursor, limit, ...filter } = query;
      refuseNul(filter);
      const page = await listVacancies(database.db, {
        filter,
        limit: limit ?? defaultPageSize,
        after: cursorFrom(cursor, decodeVacancyCursor),
        today: today(),
        audience: audienceOf(principal),
      });
      return pageOf(page, encodeVacancyCursor);
    },
    { cache: 'public' },
  );

  declareRoute(
    app,
    routes.getVacancy,
    async ({ params, principal }): Promise<Vacancy> => {
      const vacancy = await findVacancy(database.db, params.id, today(), audienceOf(principal));
      // Unknown, closed, expired and not-visible-to-you all look the same: no existence leak.
      if (!vacancy) throw notFound('No vacancy with this id is available to you.');
      return vacancy;
    },
    { cache: 'public' },
  );

  declareRoute(app, routes.listHrVacancies, async ({ query, principal }): Promise<HrVacancyPage> => {
    const { cursor, limit, status } = query;
    const page = await listOrganisationVacancies(database.db, {
      organisation: principal.organisation,
      status,
      limit: limit ?? defaultPageSize,
      after: cursorFrom(cursor, decodeCursor),
      today: today(),
    });
    return pageOf(page, encodeCursor);
  });

  declareRoute(app, routes.createVacancy, async ({ body, principal, reply }): Promise<HrVacancy> => {
    const created = await insertVacancy(database.db, principal.organisation, principal.subject, body, today());
    reply.header('Location', locationOf(routes.getVacancy, { id: created.id }));
    return created;
  });

  declareRoute(app, routes.updateVacancy, async ({ params, body, principal }): Promise<HrVacancy> => {
    const updated = await updateVacancy(database.db, principal.organisation, params.id, principal.subject, body, today());
    if (!updated) throw notYours();
    return updated;
  });

  declareRoute(app, routes.closeVacancy, async ({ params, principal }): Promise<HrVacancy> => {
    const closed = await closeVacancy(database.db, principal.organisation, params.id, principal.subject, today());
    if (!closed) throw notYours();
    return closed;
  });

  declareRoute(
    app,
    routes.reopenVacancy,
    async ({ params, body, principal }): Promise<HrVacancy> => {
      const reopened = await reopenVacancy(database.db, principal.organisation, params.id, principal.subject, body, today());
      if (!reopened) throw notYours();
      return reopened;
    },
    { emptyBody: {} },
  );
}
