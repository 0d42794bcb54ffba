import { ClaimsMappingError, loadClaimsMapping, type ClaimsMapping } from './auth/claims-mapping.js';
import { configurationProblem, type ServerOptions } from './options.js';

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

/** Longest maximum token age accepted in `OIDC_MAX_TOKEN_AGE_SECONDS`: a week. */
const maxTokenAgeLimitSeconds = 7 * 24 * 60 * 60;

/** A switch that must be spelled clearly: a typo must not silently leave a safety off or on. */
function flag(name: string, value: string | undefined): boolean {
  const normalised = (value ?? '').trim().toLowerCase();
  if (normalised === '' || normalised === '0' || normalised === 'false') return false;
  if (normalised === '1' || normalised === 'true') return true;
  throw new EnvironmentError(`${name} must be 1 or 0, not "${value}".`);
}

/**
 * Read the server configuration from environment variables (see the README). Throws an
 * {@link EnvironmentError} for invalid values and for a configuration that must not start (see
 * {@link configurationProblem}): development auth outside development, a token provider without
 * issuer and audience, an incomplete introspection setting, an unreadable or invalid
 * `MOBILITY_CLAIMS`.
 */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): CliOptions {
  const port = env.PORT === undefined || env.PORT === '' ? 8080 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new EnvironmentError(`PORT must be a port number, not "${env.PORT}".`);
  const devAuth = truthy(env.MOBILITY_DEV_AUTH);
  let maxTokenAgeSeconds: number | undefined;
  if (env.OIDC_MAX_TOKEN_AGE_SECONDS !== undefined && env.OIDC_MAX_TOKEN_AGE_SECONDS.trim() !== '') {
    maxTokenAgeSeconds = Number(env.OIDC_MAX_TOKEN_AGE_SECONDS);
    if (!Number.isInteger(maxTokenAgeSeconds) || maxTokenAgeSeconds < 1 || maxTokenAgeSeconds > maxTokenAgeLimitSeconds) {
      throw new EnvironmentError(`OIDC_MAX_TOKEN_AGE_SECONDS must be a whole number of seconds from 1 to ${maxTokenAgeLimitSeconds}, not "${env.OIDC_MAX_TOKEN_AGE_SECONDS}".`);
    }
  }
  const allowAnyAudience = flag('OIDC_ALLOW_ANY_AUDIENCE', env.OIDC_ALLOW_ANY_AUDIENCE);
  const introspectAll = flag('OIDC_INTROSPECT_ALL', env.OIDC_INTROSPECT_ALL);
  let claims: ClaimsMapping | undefined;
  if (env.MOBILITY_CLAIMS !== undefined && env.MOBILITY_CLAIMS.trim() !== '') {
    try {
      claims = loadClaimsMapping(env.MOBILITY_CLAIMS);
    } catch (error) {
      if (error instanceof ClaimsMappingError) throw new EnvironmentError(error.message);
      throw error;
    }
  }
  const cors = env.CORS_ORIGINS?.trim();
  const auth: NonNullable<ServerOptions['auth']> = {
    ...(env.OIDC_ISSUER ? { issuer: env.OIDC_ISSUER } : {}),
    ...(env.OIDC_AUDIENCE ? { audience: env.OIDC_AUDIENCE } : {}),
    ...(env.OIDC_JWKS_URL ? { jwksUrl: env.OIDC_JWKS_URL } : {}),
    ...(env.OIDC_INTROSPECTION_URL ? { introspectionUrl: env.OIDC_INTROSPECTION_URL } : {}),
    ...(env.OIDC_CLIENT_ID ? { clientId: env.OIDC_CLIENT_ID } : {}),
    ...(env.OIDC_CLIENT_SECRET ? { clientSecret: env.OIDC_CLIENT_SECRET } : {}),
    ...(introspectAll ? { introspectAll } : {}),
    ...(claims ? { claims } : {}),
    ...(env.ROLE_CLAIM ? { roleClaim: env.ROLE_CLAIM } : {}),
    ...(env.ORG_CLAIM ? { organisationClaim: env.ORG_CLAIM } : {}),
    ...(maxTokenAgeSeconds !== undefined ? { maxTokenAgeSeconds } : {}),
    ...(allowAnyAudience ? { allowAnyAudience } : {}),
  };
  for (const [name, value] of [['OIDC_JWKS_URL', auth.jwksUrl], ['OIDC_INTROSPECTION_URL', auth.introspectionUrl]] as const) {
    if (value === undefined) continue;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new EnvironmentError(`${name} must be a URL, not "${value}".`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new EnvironmentError(`${name} must be an http or https URL, not "${value}".`);
  }
  const problem = configurationProblem({ devAuth, auth }, env.NODE_ENV);
  if (problem) throw new EnvironmentError(problem);
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
