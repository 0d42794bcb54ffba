import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { defaultStoryPageSize, problemTypes, routes, type StoryRecord } from '@mobility-kit/contract';
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
import { checkStoryPhoto, signStoryPhoto, type MediaContext } from './media-context.js';
import { invalidRequest, notFound, ProblemError } from '../problems.js';
import { demoAssetsDir } from '../seed/stories.js';
import { cursorFrom, declareRoute, pageOf } from './declare.js';

/** Options of {@link storyRoutes}. */
export interface StoryRoutesOptions {
  /** Serve the illustrated demo portraits under `/demo-assets/` (only with the demo data). */
  demoAssets?: boolean;
  /**
   * Uploaded photos: a story may use only its own organisation's, and answers to a signed-in
   * caller carry their sources signed (an `<img>` sends no token; see `media/access.ts`).
   */
  media: MediaContext;
}

const notYours = () => notFound('Your organisation has no story with this id.');

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
export async function storyRoutes(app: FastifyInstance, options: StoryRoutesOptions): Promise<void> {
  const { database, today } = app.mobility;
  const db = withStoryTables(database.db);
  const { media } = options;
  /** HR answers: photo sources signed for HR, so the workspace's `<img>` shows drafts too. */
  const forHr = async (record: StoryRecord): Promise<StoryRecord> => signStoryPhoto(await media.accessKey(), 'h', record);
  const recordOf = async (organisation: string, id: string): Promise<StoryRecord> => {
    const record = await findOrganisationStory(db, organisation, id, today());
    if (!record) throw notYours();
    return forHr(record);
  };

  declareRoute(
    app,
    routes.listStories,
    async ({ query, principal }) => {
      const { cursor, limit, channel = 'public', ...filter } = query;
      if (channel === 'intranet') {
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
        after: cursorFrom(cursor, decodeCursor),
        today: today(),
      });
      if (channel === 'intranet') {
        // Signed for the intranet: honoured only while the story stays live there.
        const key = await media.accessKey();
        page.items = page.items.map((story) => signStoryPhoto(key, 'i', story));
      }
      return pageOf(page, encodeCursor);
    },
    { cache: 'public' },
  );

  declareRoute(app, routes.listHrStories, async ({ query, principal }) => {
    const page = await listOrganisationStories(db, {
      organisation: principal.organisation,
      status: query.status,
      limit: query.limit ?? defaultStoryPageSize,
      after: cursorFrom(query.cursor, decodeCursor),
      today: today(),
    });
    page.items = await Promise.all(page.items.map(forHr));
    return pageOf(page, encodeCursor);
  });

  declareRoute(app, routes.getHrStory, async ({ params, principal }) => recordOf(principal.organisation, params.id));

  declareRoute(app, routes.createStory, async ({ body, principal }) => {
    const id = await insertStory(db, principal.organisation, await checkStoryPhoto(media, principal.organisation, body));
    return recordOf(principal.organisation, id);
  });

  declareRoute(app, routes.updateStory, async ({ params, body, principal }) => {
    const outcome = await updateStory(db, principal.organisation, params.id, await checkStoryPhoto(media, principal.organisation, body));
    if (outcome === 'not-found') throw notYours();
    if (outcome === 'bad-window') {
      throw invalidRequest([
        { in: 'body', path: body.publishUntil ? 'publishUntil' : 'publishFrom', message: 'the publication window would end before it starts' },
      ]);
    }
    return recordOf(principal.organisation, params.id);
  });

  for (const [route, status] of [
    [routes.approveStory, 'approved'],
    [routes.withdrawStory, 'withdrawn'],
  ] as const) {
    declareRoute(app, route, async ({ params, principal }) => {
      if (!(await setStoryStatus(db, principal.organisation, params.id, status))) throw notYours();
      return recordOf(principal.organisation, params.id);
    });
  }

  declareRoute(app, routes.recordStoryConsent, async ({ params, body, principal }) => {
    if (!(await recordConsent(db, principal.organisation, params.id, body))) throw notYours();
    return recordOf(principal.organisation, params.id);
  });

  // An empty body means "every channel".
  declareRoute(
    app,
    routes.withdrawStoryConsent,
    async ({ params, body, principal }) => {
      if (!(await withdrawConsent(db, principal.organisation, params.id, body.channel, today()))) throw notYours();
      return recordOf(principal.organisation, params.id);
    },
    { emptyBody: {} },
  );

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
