import type { Authenticator } from './auth.js';
import type { DatabaseHandle } from './db/connect.js';

/** What route handlers need from the running server, attached to the Fastify instance. */
export interface MobilityContext {
  readonly database: DatabaseHandle;
  readonly authenticator: Authenticator;
  /** Today's date in the Netherlands, `YYYY-MM-DD`. */
  readonly today: () => string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Database, token verifier and clock of this server. */
    readonly mobility: MobilityContext;
  }
}

/** Today's calendar date in Europe/Amsterdam, `YYYY-MM-DD`. */
export function amsterdamToday(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Convert a contract path (`/v1/vacancies/{id}`) to Fastify's syntax (`/v1/vacancies/:id`). */
export function toFastifyPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}
