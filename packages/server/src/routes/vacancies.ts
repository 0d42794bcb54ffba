import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  defaultPageSize,
  HrVacancyListQuery,
  routes,
  VacancyCreate,
  VacancyIdParams,
  VacancyListQuery,
  VacancyUpdate,
  type HrVacancy,
  type HrVacancyPage,
  type Vacancy,
  type VacancyPage,
} from '@mobility-kit/contract';
import { decodeCursor, decodeVacancyCursor, encodeCursor, encodeVacancyCursor } from '../cursor.js';
import { closeVacancy, insertVacancy, listOrganisationVacancies, updateVacancy } from '../db/hr-vacancies.js';
import { ensurePlaces } from '../db/places.js';
import { findVacancy, listVacancies, type Audience } from '../db/vacancies.js';
import { invalidFromIssues, invalidRequest, notFound } from '../problems.js';
import { toFastifyPath } from '../context.js';
import { principalOf, requireKnownOrganisation, roleRoute, type Principal } from '../auth.js';

const audienceOf = (principal: Principal | null): Audience => ({ organisation: principal?.organisation ?? null });
const notYours = () => notFound('Your organisation has no vacancy with this id.');
const badCursor = () => invalidRequest([{ in: 'query', path: 'cursor', message: 'is not a cursor this server issued' }]);

/**
 * `GET /v1/vacancies` and `GET /v1/vacancies/{id}` for everyone, and the HR routes under
 * `/v1/hr/vacancies` that write, close and list the vacancies of the caller's own organisation.
 * Registering the routes also loads the postcode table the distance filter needs.
 */
export async function vacancyRoutes(app: FastifyInstance): Promise<void> {
  const { database, today } = app.mobility;
  await ensurePlaces(database.db);

  app.get(
    toFastifyPath(routes.listVacancies.path),
    { config: { auth: routes.listVacancies.auth, cache: 'public' } },
    async (request): Promise<VacancyPage> => {
      const parsed = VacancyListQuery.safeParse(request.query);
      if (!parsed.success) throw invalidFromIssues(parsed.error.issues, 'query');
      const { cursor, limit, ...filter } = parsed.data;
      // PostgreSQL text cannot hold NUL; reject it here rather than fail in the database.
      for (const name of ['q', 'near'] as const) {
        if (filter[name]?.includes('\u0000')) throw invalidRequest([{ in: 'query', path: name, message: 'must not contain NUL characters' }]);
      }
      const after = cursor === undefined ? undefined : decodeVacancyCursor(cursor);
      if (cursor !== undefined && !after) throw badCursor();
      const page = await listVacancies(database.db, {
        filter,
        limit: limit ?? defaultPageSize,
        after,
        today: today(),
        audience: audienceOf(request.principal),
      });
      return { items: page.items, nextCursor: page.next ? encodeVacancyCursor(page.next) : null };
    },
  );

  app.get(
    toFastifyPath(routes.getVacancy.path),
    { config: { auth: routes.getVacancy.auth, cache: 'public' } },
    async (request): Promise<Vacancy> => {
      const parsed = VacancyIdParams.safeParse(request.params);
      if (!parsed.success) throw invalidFromIssues(parsed.error.issues, 'path');
      const vacancy = await findVacancy(database.db, parsed.data.id, today(), audienceOf(request.principal));
      // Unknown, closed, expired and not-visible-to-you all look the same: no existence leak.
      if (!vacancy) throw notFound('No vacancy with this id is available to you.');
      return vacancy;
    },
  );

  const idOf = (request: FastifyRequest): string => {
    const parsed = VacancyIdParams.safeParse(request.params);
    if (!parsed.success) throw invalidFromIssues(parsed.error.issues, 'path');
    return parsed.data.id;
  };

  app.get(toFastifyPath(routes.listHrVacancies.path), roleRoute(routes.listHrVacancies), async (request): Promise<HrVacancyPage> => {
    const parsed = HrVacancyListQuery.safeParse(request.query);
    if (!parsed.success) throw invalidFromIssues(parsed.error.issues, 'query');
    const { cursor, limit, status } = parsed.data;
    const after = cursor === undefined ? undefined : decodeCursor(cursor);
    if (cursor !== undefined && !after) throw badCursor();
    const page = await listOrganisationVacancies(database.db, {
      organisation: principalOf(request).organisation,
      status,
      limit: limit ?? defaultPageSize,
      after,
      today: today(),
    });
    return { items: page.items, nextCursor: page.next ? encodeCursor(page.next) : null };
  });

  app.post(toFastifyPath(routes.createVacancy.path), roleRoute(routes.createVacancy), async (request, reply: FastifyReply): Promise<HrVacancy> => {
    const parsed = VacancyCreate.safeParse(request.body);
    if (!parsed.success) throw invalidFromIssues(parsed.error.issues, 'body');
    const caller = principalOf(request);
    await requireKnownOrganisation(database.db, caller.organisation);
    const created = await insertVacancy(database.db, caller.organisation, caller.subject, parsed.data, today());
    reply.code(201).header('Location', `${routes.getVacancy.path.replace('{id}', encodeURIComponent(created.id))}`);
    return created;
  });

  app.patch(toFastifyPath(routes.updateVacancy.path), roleRoute(routes.updateVacancy), async (request): Promise<HrVacancy> => {
    const id = idOf(request);
    const parsed = VacancyUpdate.safeParse(request.body);
    if (!parsed.success) throw invalidFromIssues(parsed.error.issues, 'body');
    const caller = principalOf(request);
    await requireKnownOrganisation(database.db, caller.organisation);
    const updated = await updateVacancy(database.db, caller.organisation, id, caller.subject, parsed.data, today());
    if (!updated) throw notYours();
    return updated;
  });

  app.post(toFastifyPath(routes.closeVacancy.path), roleRoute(routes.closeVacancy), async (request): Promise<HrVacancy> => {
    const id = idOf(request);
    const caller = principalOf(request);
    await requireKnownOrganisation(database.db, caller.organisation);
    const closed = await closeVacancy(database.db, caller.organisation, id, caller.subject, today());
    if (!closed) throw notYours();
    return closed;
  });
}
