import type { FastifyInstance, FastifyRequest } from 'fastify';
import { defaultPageSize, routes } from '@mobility-kit/contract';
import { toFastifyPath } from '../context.js';
import { decodeVacancyCursor, encodeVacancyCursor } from '../cursor.js';
import { findVacancy, listVacancies, type Audience } from '../db/vacancies.js';
import { buildAtomFeed, serialiseJsonLd, toJobPosting } from '../feeds/export.js';
import { scheduleImports, validateScheduledImports, type ScheduledImport } from '../feeds/schedule.js';
import { policyFromEnv } from '../net/guarded-fetch.js';
import { notFound, ProblemError } from '../problems.js';
import { cursorFrom, declareRoute } from './declare.js';
import { refuseNul } from './vacancies.js';

/** Options of the feed routes, from `ServerOptions`. */
export interface FeedRouteOptions {
  /** Public page of a vacancy with `{id}`, e.g. `https://werkenbij.example.nl/vacatures/{id}`. */
  publicVacancyUrl?: string | undefined;
  /** Feeds to import on a schedule. */
  imports?: readonly ScheduledImport[] | undefined;
}

/** The exports are for anyone: they are computed as for a caller without a token, whatever is sent. */
const anonymous: Audience = { organisation: null };

/** Tells search engines to leave a response out of their index. */
const noindex = { 'X-Robots-Tag': 'noindex' } as const;

const apiBaseOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

/**
 * `GET /v1/vacancies/feed.atom` and `GET /v1/vacancies/{id}/jobposting.jsonld`, the scheduled feed
 * imports, and `X-Robots-Tag: noindex` on every vacancy answer that is not public by construction.
 */
async function feedRoutesPlugin(app: FastifyInstance, options: FeedRouteOptions): Promise<void> {
  const { database, today } = app.mobility;

  // The list and the detail answered to a caller with a token may hold internal or sector
  // vacancies: they must never be indexed, even when a crawler is handed a link with a token.
  const vacancyPaths = new Set([routes.listVacancies.path, routes.getVacancy.path].map(toFastifyPath));
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.principal && vacancyPaths.has(request.routeOptions.url ?? '')) reply.header('X-Robots-Tag', 'noindex');
    return payload;
  });

  declareRoute(
    app,
    routes.getVacancyFeed,
    async ({ query, request }) => {
      const { cursor, limit, ...filter } = query;
      refuseNul(filter);
      const after = cursorFrom(cursor, decodeVacancyCursor);
      const page = await listVacancies(database.db, { filter, limit: limit ?? defaultPageSize, after, today: today(), audience: anonymous });
      const apiBase = apiBaseOf(request);
      const selfUrl = `${apiBase}${request.url}`;
      let nextUrl: string | undefined;
      if (page.next) {
        const next = new URL(selfUrl);
        next.searchParams.set('cursor', encodeVacancyCursor(page.next));
        nextUrl = next.href;
      }
      const english = request.headers['accept-language']?.trim().toLowerCase().startsWith('en') ?? false;
      return buildAtomFeed(page.items, {
        selfUrl,
        nextUrl,
        apiBase,
        publicVacancyUrl: options.publicVacancyUrl,
        title: english ? 'Vacancies' : 'Vacatures',
        language: english ? 'en' : 'nl',
        now: new Date(),
      });
    },
    { cache: 'public' },
  );

  declareRoute(
    app,
    routes.getVacancyJobPosting,
    async ({ params, request }) => {
      // Found only when public today: internal and sector vacancies look exactly like unknown ones.
      const vacancy = await findVacancy(database.db, params.id, today(), anonymous);
      if (!vacancy || vacancy.visibility !== 'public') {
        throw new ProblemError(notFound('No public vacancy with this id.').problem, { ...noindex });
      }
      return serialiseJsonLd(toJobPosting(vacancy, { publicVacancyUrl: options.publicVacancyUrl, apiBase: apiBaseOf(request) }));
    },
    { cache: 'public' },
  );

  // A wrong configuration stops the server from starting, with a message naming the entry.
  const imports = options.imports ? validateScheduledImports(options.imports) : [];
  if (imports.length > 0) {
    // A malformed MOBILITY_FETCH_ALLOW stops the start too, rather than fail every run later.
    const outbound = policyFromEnv();
    const scheduler = scheduleImports(database.db, imports, {
      outbound,
      onReport: (report) => {
        const summary = { feed: report.feed, status: report.status, created: report.created, updated: report.updated, closed: report.closed, skipped: report.skipped.length };
        if (report.status === 'failed') app.log.warn({ ...summary, error: report.error }, 'feed import failed');
        else app.log.info(summary, 'feed import');
      },
    });
    app.addHook('onClose', async () => {
      await scheduler.stop();
    });
  }
}

// Not encapsulated (what fastify-plugin does): the noindex hook must see the vacancy routes too.
(feedRoutesPlugin as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;

/** The feed exports and scheduled imports as a Fastify plugin. */
export const feedRoutes = feedRoutesPlugin;
