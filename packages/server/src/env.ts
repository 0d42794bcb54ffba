import type { ServerOptions } from './options.js';

/** Options the command line takes from the environment. */
export type CliOptions = ServerOptions & { port: number; host: string };

/** Thrown for an environment that must not start a server; the message says what to change. */
export class EnvironmentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnvironmentError';
  }
}

const truthy = (value: string | undefined) => value === '1' || value === 'true';

/**
 * Read the server configuration from environment variables (see the README). Throws an
 * {@link EnvironmentError} for invalid values and for development auth under `NODE_ENV=production`.
 */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): CliOptions {
  const port = env.PORT === undefined || env.PORT === '' ? 8080 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new EnvironmentError(`PORT must be a port number, not "${env.PORT}".`);
  const devAuth = truthy(env.MOBILITY_DEV_AUTH);
  if (devAuth && env.NODE_ENV === 'production') {
    throw new EnvironmentError(
      'Refusing to start: MOBILITY_DEV_AUTH=1 with NODE_ENV=production would let anyone mint tokens. ' +
        'Unset MOBILITY_DEV_AUTH and configure OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URL.',
    );
  }
  const cors = env.CORS_ORIGINS?.trim();
  const auth: NonNullable<ServerOptions['auth']> = {
    ...(env.OIDC_ISSUER ? { issuer: env.OIDC_ISSUER } : {}),
    ...(env.OIDC_AUDIENCE ? { audience: env.OIDC_AUDIENCE } : {}),
    ...(env.OIDC_JWKS_URL ? { jwksUrl: env.OIDC_JWKS_URL } : {}),
    ...(env.ROLE_CLAIM ? { roleClaim: env.ROLE_CLAIM } : {}),
    ...(env.ORG_CLAIM ? { organisationClaim: env.ORG_CLAIM } : {}),
  };
  if (auth.jwksUrl) {
    try {
      new URL(auth.jwksUrl);
    } catch {
      throw new EnvironmentError(`OIDC_JWKS_URL must be a URL, not "${auth.jwksUrl}".`);
    }
  }
  return {
    port,
    host: env.HOST || '127.0.0.1',
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(env.DATA_DIR ? { dataDir: env.DATA_DIR } : {}),
    devAuth,
    seed: truthy(env.MOBILITY_SEED),
    auth,
    ...(cors ? { corsOrigins: cors === '*' ? true : cors.split(',').map((o) => o.trim()).filter(Boolean) } : {}),
    logger: true,
  };
}
