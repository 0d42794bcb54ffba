import type { FastifyInstance } from 'fastify';
import { routes } from '@mobility-kit/contract';
import { FeedSourceRunner, FeedSourceStore, refuseUnsafeUrl } from '../feeds/sources.js';
import { policyFromEnv, type OutboundPolicy } from '../net/guarded-fetch.js';
import { notFound } from '../problems.js';
import { declareRoute } from './declare.js';

/** Options of the stored feed sources, from `ServerOptions.feedSources`. */
export interface FeedSourceRouteOptions {
  /**
   * Changes to the outbound policy read from `MOBILITY_FETCH_ALLOW` (e.g. a resolver in tests).
   * The address rules themselves cannot be switched off here.
   */
  outbound?: Partial<OutboundPolicy> | undefined;
  /** How often the scheduler looks for due sources, in milliseconds (default a minute); `0` switches it off. */
  tickMs?: number | undefined;
}

const notYours = () => notFound('Your organisation has no feed source with this id.');

/**
 * `/v1/hr/feeds`: the feed sources HR of an organisation stores, "run now", and the run reports;
 * and the scheduler that runs every enabled source on its interval.
 */
export async function feedSourceRoutes(app: FastifyInstance, options: FeedSourceRouteOptions): Promise<void> {
  const { database, today } = app.mobility;
  // HR of any organisation chooses these URLs, so the operator's allow-list for the command-line and
  // scheduled imports (MOBILITY_FETCH_ALLOW, which may open internal hosts for one organisation's
  // feed) does not apply: only MOBILITY_FEED_SOURCES_FETCH_ALLOW, which opens a host to every
  // organisation's stored sources on purpose. A malformed value stops the start.
  const outbound = policyFromEnv({ MOBILITY_FETCH_ALLOW: process.env.MOBILITY_FEED_SOURCES_FETCH_ALLOW }, options.outbound ?? {});
  const store = new FeedSourceStore(database.db);
  const runner = new FeedSourceRunner(database.db, store, {
    outbound,
    today,
    onError: (error) => app.log.warn({ err: error }, 'feed source run failed'),
  });
  app.decorate('feedSources', runner);
  const tickMs = options.tickMs ?? 60_000;
  if (tickMs > 0) app.addHook('onReady', async () => runner.schedule(tickMs));
  app.addHook('onClose', async () => runner.stop());

  const own = async (organisation: string, id: string) => {
    const row = await store.row(organisation, id);
    if (!row) throw notYours();
    return row;
  };

  declareRoute(app, routes.listFeedSources, async ({ principal }) => ({ items: await store.list(principal.organisation) }));

  declareRoute(app, routes.createFeedSource, async ({ body, principal }) => {
    await refuseUnsafeUrl(body.url, outbound);
    return store.create(principal.organisation, principal.subject, body);
  });

  declareRoute(app, routes.getFeedSource, async ({ params, principal }) => {
    const source = await store.get(principal.organisation, params.id);
    if (!source) throw notYours();
    return source;
  });

  declareRoute(app, routes.updateFeedSource, async ({ params, body, principal }) => {
    await own(principal.organisation, params.id);
    await refuseUnsafeUrl(body.url, outbound);
    const source = await store.update(principal.organisation, params.id, principal.subject, body);
    if (!source) throw notYours();
    return source;
  });

  declareRoute(app, routes.deleteFeedSource, async ({ params, principal }) => {
    if (!(await store.delete(principal.organisation, params.id))) throw notYours();
    return { id: params.id, deleted: true as const };
  });

  declareRoute(app, routes.runFeedSource, async ({ params, principal }) => runner.start(await own(principal.organisation, params.id), 'manual'));

  declareRoute(app, routes.listFeedRuns, async ({ params, query, principal }) => {
    await own(principal.organisation, params.id);
    return { items: await store.runs(params.id, query.limit ?? 20) };
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The runner of stored feed sources (its `idle()` waits for runs going on). */
    feedSources: FeedSourceRunner;
  }
}

// Not encapsulated: the runner decorates the application itself (tests and shutdown reach it there).
(feedSourceRoutes as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;
