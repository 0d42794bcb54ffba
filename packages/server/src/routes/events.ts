import type { FastifyInstance } from 'fastify';
import { routes, type UsageEventAccepted } from '@mobility-kit/contract';
import { countUsageEvent } from '../db/events.js';
import { declareRoute } from './declare.js';

/**
 * How many events one client address may send per minute. A real page sends one or two per visit
 * (a completed test, a calculator session); more is a script inflating the dashboard's counts.
 */
export const eventRateLimit = { max: 30, timeWindowMs: 60_000 } as const;

/**
 * `POST /v1/events`: count one anonymous usage event. Only the event type and today's date are
 * stored. The client address serves the rate limiter's in-memory buckets and nothing else: it is
 * not stored, and the request log (see `app.ts`) does not contain it. The limit applies whenever the
 * server's rate limiting is on (the default); it replaces the general limit for this route.
 */
export async function eventRoutes(app: FastifyInstance): Promise<void> {
  const { database, today } = app.mobility;
  declareRoute(
    app,
    routes.createEvent,
    async ({ body, reply }): Promise<UsageEventAccepted> => {
      await countUsageEvent(database.db, body.type, today());
      reply.header('Cache-Control', 'no-store');
      return { accepted: true };
    },
    { config: { rateLimit: { max: eventRateLimit.max, timeWindow: eventRateLimit.timeWindowMs } } },
  );
}
