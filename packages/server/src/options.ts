import type { AuthOptions } from './auth.js';
import type { ScheduledImport } from './feeds/schedule.js';
import type { InsightsRouteOptions } from './routes/insights.js';

/** Configuration of the reference server. Every field is optional; defaults suit local use. */
export interface ServerOptions {
  /** PostgreSQL connection string (node-postgres). When set, PGlite is not used. */
  databaseUrl?: string;
  /** PGlite data folder, created on first run; `'memory://'` keeps everything in memory. Default `./.data/pglite`. */
  dataDir?: string;
  /** Enable `POST /v1/dev/token` and a local signing key. Never in production: refused when `NODE_ENV=production`. */
  devAuth?: boolean;
  /** Load the demo organisations and vacancies (idempotent; refreshed when the date changes). */
  seed?: boolean;
  /** Today's date, `YYYY-MM-DD` in Europe/Amsterdam. Injectable for tests. */
  today?: () => string;
  /** Bearer-token verification against the institution's OpenID Connect provider. */
  auth?: AuthOptions;
  /** Origins allowed by CORS; `true` reflects any origin (development). Default: no CORS. */
  corsOrigins?: string[] | true;
  /** Extra static folders, e.g. the example intranet at `/`. */
  staticRoots?: { root: string; prefix: string }[];
  /** Requests per IP per window; `false` switches limiting off. Default 600 per minute. */
  rateLimit?: { max: number; timeWindowMs: number } | false;
  /** JSON logs (without personal data) to stdout. Default `false`. */
  logger?: boolean;
  /**
   * Anonymised insights: `k` is the disclosure threshold (default 10; a value below 5 is raised to 5
   * with a warning); `table` the time and memory limits of building a table (503 past them).
   */
  insights?: InsightsRouteOptions;
  /** Feeds imported on a schedule (JSON-LD, RSS or Atom at an http(s) URL); also `MOBILITY_IMPORTS` on the command line. */
  imports?: ScheduledImport[];
  /** Public page of a vacancy, `{id}` replaced by its id: the link of Atom entries and the JSON-LD `url`. */
  publicVacancyUrl?: string;
}

export const defaultDataDir = './.data/pglite';
export const defaultRateLimit = { max: 600, timeWindowMs: 60_000 } as const;
