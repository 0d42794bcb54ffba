import Fastify, { type FastifyInstance } from 'fastify';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { routes } from '@mobility-kit/contract';
import { createAuthenticator, registerAuth } from './auth.js';
import { amsterdamToday, type MobilityContext } from './context.js';
import { openDatabase, type DatabaseHandle } from './db/connect.js';
import { migrate, readMigrations } from './db/migrate.js';
import { registerHttpCache } from './http-cache.js';
import { registerIdempotency } from './idempotency.js';
import { registerMounts } from './mounts.js';
import { registerNulGuard } from './nul-guard.js';
import { anyAudienceWarning, configurationProblem, defaultDataDir, defaultRateLimit, type ServerOptions } from './options.js';
import { migrationsDir } from './paths.js';
import { clientErrorHandler, frameworkErrorHandler, installProblemHandlers, notFound, sendProblem } from './problems.js';
import { eventRoutes } from './routes/events.js';
import { feedRoutes } from './routes/feeds.js';
import { feedSourceRoutes } from './routes/feed-sources.js';
import { insightsRoutes } from './routes/insights.js';
import { organisationRoutes } from './routes/organisations.js';
import { regulationRoutes } from './routes/regulations.js';
import { storyRoutes } from './routes/stories.js';
import { mediaRoutes } from './routes/media.js';
import { createMediaContext } from './routes/media-context.js';
import { systemRoutes } from './routes/system.js';
import { vacancyRoutes } from './routes/vacancies.js';
import { seedDemoData } from './seed/index.js';

/** Requests are logged by method, path and id only: no IP, no query (free text), no headers. */
const loggerOptions = {
  level: 'info',
  serializers: {
    req: (req: { method: string; url: string; id: string }) => ({ method: req.method, path: req.url.split('?')[0], id: req.id }),
    res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
  },
};

/** Thrown for a configuration that must not run, such as development auth in production. */
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

/**
 * Refuse development auth outside development (`NODE_ENV` unset, `development` or `test`) and a
 * token provider without issuer and audience unless `allowAnyAudience`: neither may be on by accident.
 */
export function assertSafeConfiguration(options: ServerOptions, env: NodeJS.ProcessEnv = process.env): void {
  const problem = configurationProblem(options, env.NODE_ENV);
  if (problem) throw new ConfigurationError(problem);
}

function warnDevAuth(app: FastifyInstance): void {
  const message =
    'DEVELOPMENT AUTH IS ON: POST /v1/dev/token issues tokens for any role and organisation. Never use this in production.';
  app.log.warn(message);
  process.emitWarning(message, { code: 'MOBILITY_DEV_AUTH' });
}

/**
 * Build the Fastify application with every contract route, on a freshly opened and migrated
 * database. The instance is not listening; `app.close()` also closes the database.
 */
export async function buildServer(options: ServerOptions = {}): Promise<FastifyInstance> {
  assertSafeConfiguration(options);
  const today = options.today ?? (() => amsterdamToday());
  const database = await openDatabase({
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    dataDir: options.dataDir ?? defaultDataDir,
  });
  try {
    await database.maintenance(async (db) => migrate(db, await readMigrations(migrationsDir)));
    if (options.seed) await seedDemoData(database.db, today());
    return await createApp(options, database, today);
  } catch (error) {
    await database.close();
    throw error;
  }
}

async function createApp(options: ServerOptions, database: DatabaseHandle, today: () => string): Promise<FastifyInstance> {
  const authenticator = await createAuthenticator(options.auth, options.devAuth ?? false);
  const app = Fastify({
    logger: options.logger ? loggerOptions : false,
    // X-Forwarded-For is believed only from a proxy on a loopback or private address (a load
    // balancer), so a client on the internet cannot pick its own rate-limit bucket.
    trustProxy: 'loopback, linklocal, uniquelocal',
    bodyLimit: 64 * 1024,
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  });
  const context: MobilityContext = { database, authenticator, today };
  app.decorate('mobility', context);
  app.addHook('onClose', async () => {
    await database.close();
  });
  if (options.devAuth) warnDevAuth(app);
  if ((options.auth?.jwksUrl || options.auth?.introspectionUrl) && options.auth.allowAnyAudience && (!options.auth.issuer || !options.auth.audience)) {
    app.log.warn(anyAudienceWarning);
    process.emitWarning(anyAudienceWarning, { code: 'MOBILITY_ANY_AUDIENCE' });
  }
  if (options.seed) registerDemoRefresh(app, database, today);

  installProblemHandlers(app);
  // Only JSON bodies: anything else is a 415 problem rather than a string the schemas reject.
  app.removeContentTypeParser(['text/plain']);

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        // Lit adopts constructed style sheets, which need no 'unsafe-inline'; pages served here
        // (the example intranet) keep their styles in files, so inline styles are refused too.
        styleSrc: ["'self'"],
        styleSrcAttr: ["'none'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
        // DOM XSS sinks (innerHTML, script URLs, eval) take only Trusted Types, and the only policy
        // allowed is the one Lit creates for its templates.
        requireTrustedTypesFor: ["'script'"],
        trustedTypes: ['lit-html'],
      },
    },
    // An intranet on another origin embeds the elements and calls the API: let it load resources.
    crossOriginResourcePolicy: { policy: options.corsOrigins ? 'cross-origin' : 'same-origin' },
  });
  if (options.corsOrigins) {
    await app.register(cors, {
      origin: options.corsOrigins === true ? true : options.corsOrigins,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Accept', 'Accept-Language', 'If-None-Match', 'Idempotency-Key'],
      exposedHeaders: ['ETag', 'Retry-After', 'WWW-Authenticate', 'Location', 'Idempotent-Replayed'],
      maxAge: 600,
      // A lax check: an OPTIONS without the preflight headers gets an empty 204, not the plugin's
      // text/plain 400 outside the problem format.
      strictPreflight: false,
    });
  }
  const limit = options.rateLimit ?? defaultRateLimit;
  if (limit) {
    await app.register(rateLimit, { global: true, max: limit.max, timeWindow: limit.timeWindowMs });
  }

  registerAuth(app, authenticator);
  registerHttpCache(app);
  registerNulGuard(app);
  registerIdempotency(app, database.db);

  await app.register(vacancyRoutes);
  await app.register(organisationRoutes);
  await app.register(systemRoutes);
  await app.register(regulationRoutes);
  const media = createMediaContext(database.db, options.media);
  await app.register(storyRoutes, { demoAssets: options.seed ?? false, media });
  await app.register(mediaRoutes, { media });
  await app.register(eventRoutes);
  await app.register(insightsRoutes, options.insights ?? {});
  await app.register(feedRoutes, { publicVacancyUrl: options.publicVacancyUrl, imports: options.imports });
  await app.register(feedSourceRoutes, options.feedSources ?? {});
  await registerMounts(app, options.mounts ?? []);

  for (const [index, { root, prefix }] of (options.staticRoots ?? []).entries()) {
    await app.register(fastifyStatic, { root, prefix, decorateReply: index === 0, index: ['index.html'] });
  }

  installNotFound(app, options.devAuth ?? false);
  return app;
}

/**
 * A long-running demo server re-seeds on the first data request of a new day, so demo vacancies
 * keep their dates relative to today and never expire.
 */
/** Requests whose answers come from dated demo data. */
const demoDataPaths = ['/v1/vacancies', '/v1/organisations', '/v1/stories', '/v1/insights', '/v1/hr/'];

function registerDemoRefresh(app: FastifyInstance, database: DatabaseHandle, today: () => string): void {
  let seededFor = today();
  let refreshing: Promise<void> | undefined;
  app.addHook('preHandler', async (request) => {
    if (!demoDataPaths.some((path) => request.url.startsWith(path))) return;
    const day = today();
    if (day === seededFor) return;
    refreshing ??= seedDemoData(database.db, day)
      .then(() => {
        seededFor = day;
      })
      .finally(() => {
        refreshing = undefined;
      });
    await refreshing;
  });
}

/** 404 for unknown paths and 405 (with `Allow`) for a known path with the wrong method, both as problems. */
function installNotFound(app: FastifyInstance, devAuth: boolean): void {
  const known = Object.values(routes)
    .filter((r) => devAuth || !('devOnly' in r && r.devOnly))
    .map((r) => ({
      method: r.method as string,
      pattern: new RegExp(`^${r.path.replace(/\{\w+\}/g, '[^/]+')}/?$`),
    }));
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const methods = known.filter((r) => r.pattern.test(path)).map((r) => r.method);
    if (methods.length > 0 && !methods.includes(request.method)) {
      const allow = [...new Set(methods.flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m])))].join(', ');
      return sendProblem(
        reply,
        {
          type: 'about:blank',
          title: 'Method not allowed',
          status: 405,
          detail: `${request.method} is not allowed here; use ${allow}.`,
        },
        { Allow: allow },
      );
    }
    return sendProblem(reply, notFound(`Nothing is published at ${path}.`).problem);
  });
}
