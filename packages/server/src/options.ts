import type { AuthOptions } from './auth.js';
import { ClaimsMappingError, parseClaimsMapping } from './auth/claims-mapping.js';
import type { ScheduledImport } from './feeds/schedule.js';
import type { Mount } from './mounts.js';
import type { InsightsRouteOptions } from './routes/insights.js';
import type { FeedSourceRouteOptions } from './routes/feed-sources.js';
import type { MediaOptions } from './routes/media-context.js';

// The default data folder lives with the code that opens it, which the command-line import uses
// too; re-exported here for the server's configuration.
export { defaultDataDir } from './db/connect.js';

/** Configuration of the reference server. Every field is optional; defaults suit local use. */
export interface ServerOptions {
  /** PostgreSQL connection string (node-postgres). When set, PGlite is not used. */
  databaseUrl?: string;
  /** PGlite data folder, created on first run; `'memory://'` keeps everything in memory. Default `./.data/pglite`. */
  dataDir?: string;
  /**
   * Enable `POST /v1/dev/token` and a local signing key. Only in development: refused unless
   * `NODE_ENV` is unset, `development` or `test` (see {@link isDevelopmentEnvironment}).
   */
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
  /** Other applications served under a path prefix, e.g. the demo OpenID Connect provider at `/idp` (see {@link Mount}). */
  mounts?: Mount[];
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
  /** Feed sources stored by HR (`/v1/hr/feeds`): how often the scheduler looks for due ones, and outbound policy changes for tests. */
  feedSources?: FeedSourceRouteOptions;
  /**
   * Uploaded photos: `store` puts them somewhere other than the database's `media` table (object
   * storage, say; see {@link MediaOptions}), `limits` and `maxConcurrentDecodes` bound the work.
   */
  media?: MediaOptions;
}

export const defaultRateLimit = { max: 600, timeWindowMs: 60_000 } as const;

/**
 * Whether `NODE_ENV` names a development environment: unset, empty, `development` or `test`,
 * ignoring case and surrounding white space. Anything else (`production`, `Production`,
 * ` production`, `staging`, …) is treated as production.
 */
export function isDevelopmentEnvironment(nodeEnv: string | undefined): boolean {
  const value = (nodeEnv ?? '').trim().toLowerCase();
  return value === '' || value === 'development' || value === 'test';
}

/**
 * What is wrong with a configuration that must not start, or `undefined` when it may: development
 * auth outside development, a token provider without issuer and audience (tokens of any client of
 * the provider would pass) unless explicitly allowed, an incomplete introspection setting, and an
 * invalid claims mapping.
 */
export function configurationProblem(options: Pick<ServerOptions, 'devAuth' | 'auth'>, nodeEnv: string | undefined): string | undefined {
  if (options.devAuth && !isDevelopmentEnvironment(nodeEnv)) {
    return (
      `Refusing to start: MOBILITY_DEV_AUTH=1 with NODE_ENV=${(nodeEnv ?? '').trim()} would let anyone mint tokens; ` +
      'development auth runs only when NODE_ENV is unset, "development" or "test". ' +
      'Unset MOBILITY_DEV_AUTH and configure OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URL.'
    );
  }
  const auth = options.auth;
  const introspectionProblem = auth && introspectionConfigurationProblem(auth);
  if (introspectionProblem) return introspectionProblem;
  if (auth?.claims !== undefined) {
    try {
      parseClaimsMapping(auth.claims);
    } catch (error) {
      if (error instanceof ClaimsMappingError) return `Refusing to start: ${error.message}`;
      throw error;
    }
  }
  if (auth?.jwksUrl && !auth.allowAnyAudience && (!auth.issuer || !auth.audience)) {
    const missing = [auth.issuer ? undefined : 'OIDC_ISSUER', auth.audience ? undefined : 'OIDC_AUDIENCE'].filter(Boolean).join(' and ');
    return (
      `Refusing to start: OIDC_JWKS_URL is set without ${missing}, so tokens issued by the provider to any other ` +
      `application would be accepted. Set ${missing}, or set OIDC_ALLOW_ANY_AUDIENCE=1 to accept any issuer and audience on purpose.`
    );
  }
  return undefined;
}

/**
 * Introspection needs its endpoint, our client id and our secret together (one without the others
 * is a half-finished configuration), and an audience: without one, tokens the provider issued to
 * any other application would be active too.
 */
function introspectionConfigurationProblem(auth: AuthOptions): string | undefined {
  const parts = { OIDC_INTROSPECTION_URL: auth.introspectionUrl, OIDC_CLIENT_ID: auth.clientId, OIDC_CLIENT_SECRET: auth.clientSecret };
  const given = Object.entries(parts).filter(([, value]) => value !== undefined && value !== '');
  if (given.length > 0 && given.length < 3) {
    const missing = Object.keys(parts).filter((name) => !given.some(([set]) => set === name));
    return (
      `Refusing to start: token introspection needs OIDC_INTROSPECTION_URL, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together; ` +
      `${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} missing.`
    );
  }
  if (auth.introspectAll && given.length === 0) {
    return 'Refusing to start: OIDC_INTROSPECT_ALL=1 needs OIDC_INTROSPECTION_URL, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET.';
  }
  if (given.length === 3 && !auth.audience && !auth.allowAnyAudience) {
    return (
      'Refusing to start: OIDC_INTROSPECTION_URL is set without OIDC_AUDIENCE, so tokens the provider issued to any other ' +
      'application would be accepted. Set OIDC_AUDIENCE (your client id at the provider), or set OIDC_ALLOW_ANY_AUDIENCE=1 to accept any audience on purpose.'
    );
  }
  return undefined;
}

/** The loud start-up warning for {@link AuthOptions.allowAnyAudience}. */
export const anyAudienceWarning =
  'OIDC_ALLOW_ANY_AUDIENCE IS ON: tokens of any issuer and audience signed by the provider\'s keys are accepted. ' +
  'Set OIDC_ISSUER and OIDC_AUDIENCE and remove OIDC_ALLOW_ANY_AUDIENCE.';
