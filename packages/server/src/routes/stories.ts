import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import {
  defaultStoryPageSize,
  HrStoryListQuery,
  problemTypes,
  routes,
  StoryConsentGrant,
  StoryConsentWithdrawal,
  StoryCreate,
  StoryIdParams,
  StoryListQuery,
  StoryUpdate,
  type StoryPage,
  type StoryRecord,
  type StoryRecordPage,
} from '@mobility-kit/contract';
import { principalOf, requireKnownOrganisation, roleRoute } from '../auth.js';
import { toFastifyPath } from '../context.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import {
  findOrganisationStory,
  insertStory,
  listOrganisationStories,
  listServedStories,
  recordConsent,
  setStoryStatus,
  updateStory,
  withdrawConsent,
  withStoryTables,
} from '../db/stories.js';
import { invalidFromIssues, invalidRequest, notFound, ProblemError } from '../problems.js';
import { demoAssetsDir } from '../seed/stories.js';

/** Options of {@link storyRoutes}. */
export interface StoryRoutesOptions {
  /** Serve the illustrated demo portraits under `/demo-assets/` (only with the demo data). */
  demoAssets?: boolean;
}

const notYours = () => notFound('Your organisation has no story with this id.');

function parseCursor(cursor: string | undefined) {
  const after = cursor === undefined ? undefined : decodeCursor(cursor);
  if (cursor !== undefined && !after) throw invalidRequest([{ in: 'query', path: 'cursor', message: 'is not a cursor this server issued' }]);
  return after;
}

/**
 * `GET /v1/stories` for readers, and the HR routes under `/v1/hr/stories` that write stories,
 * approve and withdraw them and keep the consent records.
 *
 * Why the intranet channel needs a token: consent for `intranet` means "colleagues of my
 * organisation may see this", and the API cannot tell an intranet page from any other page on the
 * internet — an `Origin` or `Referer` header is set by whoever sends the request. An intranet embed
 * can send what its single sign-on gives it: a bearer token (through `<mobility-provider>`'s
 * `getToken`). An intranet without one shows the `public` channel.
 */
export async function storyRoutes(app: FastifyInstance, options: StoryRoutesOptions = {}): Promise<void> {
  const { database, today } = app.mobility;
  const db = withStoryTables(database.db);
  const idOf = (request: FastifyRequest): string => {
    const parsed = StoryIdParams.safeParse(request.params);
    if (!parsed.success) throw invalidFromIssues(parsed.error.issues, 'path');
    return parsed.data.id;
  };
  const recordOf = async (organisation: string, id: string): Promise<StoryRecord> => {
    const record = await findOrganisationStory(db, organisation, id, today());
    if (!record) throw notYours();
    return record;
  };

  app.get(
    toFastifyPath(routes.listStories.path),
    { config: { auth: routes.listStories.auth, cache: 'public' } },
    async (request): Promise<StoryPage> => {
      const parsed = StoryListQuery.safeParse(request.query);
      if (!parsed.success) throw invalidFromIssues(parsed.error.issues, 'query');
      const { cursor, limit, channel = 'public', ...filter } = parsed.data;
      if (channel === 'intranet') {
        const principal = request.principal;
        if (!principal) {
          throw new ProblemError(
            {
              type: problemTypes.unauthorized,
              title: 'Unauthorized',
              status: 401,
              detail: 'Intranet stories are for signed-in colleagues: send a bearer token, or ask for channel=public.',
            },
            { 'WWW-Authenticate': 'Bearer' },
          );
        }
        if (filter.organisation !== undefined && filter.organisation !== principal.organisation) {
          throw new ProblemError({
            type: problemTypes.forbidden,
            title: 'Forbidden',
            status: 403,
            detail: "Intranet stories of another organisation are not yours to see; its public stories are (channel=public).",
          });
        }
        filter.organisation = principal.organisation;
      }
      const page = await listServedStories(db, {
        channel,
        filter,
        limit: limit ?? defaultStoryPageSize,
        after: parseCursor(cursor),
        today: today(),
      });
      return { items: page.items, nextCursor: page.next ? encodeCursor(page.next) : null };
    },
  );

  app.get(toFastifyPath(routes.listHrStories.path), roleRoute(routes.listHrStories), async (request): Promise<StoryRecordPage> => {
    const parsed = HrStoryListQuery.safeParse(request.query);
    if (!parsed.success) throw invalidFromIssues(parsed.error.issues, 'query');
    const page = await listOrganisationStories(db, {
      organisation: principalOf(request).organisation,
      status: parsed.data.status,
      limit: parsed.data.limit ?? defaultStoryPageSize,
      after: parseCursor(parsed.data.cursor),
      today: today(),
    });
    return { items: page.items, nextCursor: page.next ? encodeCursor(page.next) : null };
  });

  app.get(toFastifyPath(routes.getHrStory.path), roleRoute(routes.getHrStory), async (request): Promise<StoryRecord> =>
    recordOf(principalOf(request).organisation, idOf(request)),
  );

  app.post(toFastifyPath(routes.createStory.path), roleRoute(routes.createStory), async (request, reply): Promise<StoryRecord> => {
    const parsed = StoryCreate.safeParse(request.body);
    if (!parsed.success) throw invalidFromIssues(parsed.error.issues, 'body');
    const organisation = principalOf(request).organisation;
    await requireKnownOrganisation(database.db, organisation);
    const id = await insertStory(db, organisation, parsed.data);
    reply.code(201);
    return recordOf(organisation, id);
  });

  app.patch(toFastifyPath(routes.updateStory.path), roleRoute(routes.updateStory), async (request): Promise<StoryRecord> => {
    const id = idOf(request);
    const parsed = StoryUpdate.safeParse(request.body);
    if (!parsed.success) throw invalidFromIssues(parsed.error.issues, 'body');
    const organisation = principalOf(request).organisation;
    const outcome = await updateStory(db, organisation, id, parsed.data);
    if (outcome === 'not-found') throw notYours();
    if (outcome === 'bad-window') {
      throw invalidRequest([
        { in: 'body', path: parsed.data.publishUntil ? 'publishUntil' : 'publishFrom', message: 'the publication window would end before it starts' },
      ]);
    }
    return recordOf(organisation, id);
  });

  for (const [route, status] of [
    [routes.approveStory, 'approved'],
    [routes.withdrawStory, 'withdrawn'],
  ] as const) {
    app.post(toFastifyPath(route.path), roleRoute(route), async (request): Promise<StoryRecord> => {
      const id = idOf(request);
      const organisation = principalOf(request).organisation;
      if (!(await setStoryStatus(db, organisation, id, status))) throw notYours();
      return recordOf(organisation, id);
    });
  }

  app.post(toFastifyPath(routes.recordStoryConsent.path), roleRoute(routes.recordStoryConsent), async (request, reply): Promise<StoryRecord> => {
    const id = idOf(request);
    const parsed = StoryConsentGrant.safeParse(request.body);
    if (!parsed.success) throw invalidFromIssues(parsed.error.issues, 'body');
    const organisation = principalOf(request).organisation;
    if (!(await recordConsent(db, organisation, id, parsed.data))) throw notYours();
    reply.code(201);
    return recordOf(organisation, id);
  });

  app.post(toFastifyPath(routes.withdrawStoryConsent.path), roleRoute(routes.withdrawStoryConsent), async (request): Promise<StoryRecord> => {
    const id = idOf(request);
    // An empty body means "every channel".
    const parsed = StoryConsentWithdrawal.safeParse(request.body ?? {});
    if (!parsed.success) throw invalidFromIssues(parsed.error.issues, 'body');
    const organisation = principalOf(request).organisation;
    if (!(await withdrawConsent(db, organisation, id, parsed.data.channel, today()))) throw notYours();
    return recordOf(organisation, id);
  });

  if (options.demoAssets) {
    // Illustrated portraits of fictional colleagues; never photos of real people.
    await app.register(fastifyStatic, {
      root: demoAssetsDir,
      prefix: '/demo-assets/',
      decorateReply: false,
      index: false,
      maxAge: 24 * 60 * 60 * 1000,
    });
  }
}
