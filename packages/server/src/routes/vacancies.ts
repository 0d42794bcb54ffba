import type { FastifyInstance } from 'fastify';
import { defaultPageSize, routes, VacancyIdParams, VacancyListQuery, type VacancyPage, type Vacancy } from '@mobility-kit/contract';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { findVacancy, listVacancies, type Audience } from '../db/vacancies.js';
import { invalidFromIssues, invalidRequest, notFound } from '../problems.js';
import { toFastifyPath } from '../context.js';
import type { Principal } from '../auth.js';

const audienceOf = (principal: Principal | null): Audience => ({ organisation: principal?.organisation ?? null });

/** `GET /v1/vacancies` and `GET /v1/vacancies/{id}`. */
export async function vacancyRoutes(app: FastifyInstance): Promise<void> {
  const { database, today } = app.mobility;

  app.get(
    toFastifyPath(routes.listVacancies.path),
    { config: { auth: routes.listVacancies.auth, cache: 'public' } },
    async (request): Promise<VacancyPage> => {
      const parsed = VacancyListQuery.safeParse(request.query);
      if (!parsed.success) throw invalidFromIssues(parsed.error.issues, 'query');
      const { cursor, limit, ...filter } = parsed.data;
      // PostgreSQL text cannot hold NUL; reject it here rather than fail in the database.
      if (filter.q?.includes('\u0000')) throw invalidRequest([{ in: 'query', path: 'q', message: 'must not contain NUL characters' }]);
      if (filter.hoursMin !== undefined && filter.hoursMax !== undefined && filter.hoursMin > filter.hoursMax) {
        throw invalidRequest([{ in: 'query', path: 'hoursMax', message: 'must not be less than hoursMin' }]);
      }
      const after = cursor === undefined ? undefined : decodeCursor(cursor);
      if (cursor !== undefined && !after) {
        throw invalidRequest([{ in: 'query', path: 'cursor', message: 'is not a cursor this server issued' }]);
      }
      const page = await listVacancies(database.db, {
        filter,
        limit: limit ?? defaultPageSize,
        after,
        today: today(),
        audience: audienceOf(request.principal),
      });
      return { items: page.items, nextCursor: page.next ? encodeCursor(page.next) : null };
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
}
