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

/** Today's calendar date in Europe/Amsterdam, `YYYY-MM-DD`: the contract's one definition. */
export { amsterdamToday } from '@mobility-kit/contract';

/** Convert a contract path (`/v1/vacancies/{id}`) to Fastify's syntax (`/v1/vacancies/:id`). */
export function toFastifyPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}
