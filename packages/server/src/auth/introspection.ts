import { createHash } from 'node:crypto';
import { invalidToken, unavailable } from '../problems.js';
import { fetchFromProvider, ProviderUnavailableError, trustedOriginPolicy } from './provider-fetch.js';
import { checkIssuedAt } from './token-rules.js';

/**
 * Opaque access tokens checked at the provider's introspection endpoint (RFC 7662), as SURFconext
 * offers it to resource servers. Answers are cached per token hash for a short while, so a page
 * that makes ten requests costs one call.
 */

/** Where a log line about the provider goes; never given a token. Fastify's request logger fits. */
export interface AuthLog {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** The endpoint's JSON answer, checked only to be an object with a boolean `active`. */
export type IntrospectionAnswer = Readonly<Record<string, unknown>>;

export interface IntrospectionSettings {
  readonly url: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Time allowed for the whole call, in milliseconds. */
  readonly timeoutMs: number;
  /** Milliseconds since the epoch. */
  readonly now: () => number;
}

/** Default time allowed for an introspection call. */
export const defaultIntrospectionTimeoutMs = 5_000;
/** An active answer is reused until the token's `exp`, but never longer than this. */
export const activeCacheMs = 5 * 60 * 1000;
/** An inactive (or unusable) answer is reused this long, so a revoked token does not cost a call per request. */
export const inactiveCacheMs = 30 * 1000;
/** Most answers kept in memory. */
export const maxCachedAnswers = 10_000;

/**
 * Answers by the SHA-256 of their token (the token itself is never kept), each until its expiry,
 * at most `maxEntries`: past that the oldest entry is dropped.
 */
export class IntrospectionCache {
  readonly #entries = new Map<string, { answer: IntrospectionAnswer; expiresAt: number }>();

  constructor(readonly maxEntries = maxCachedAnswers) {}

  get size(): number {
    return this.#entries.size;
  }

  get(key: string, now: number): IntrospectionAnswer | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt > now) return entry.answer;
    this.#entries.delete(key);
    return undefined;
  }

  set(key: string, answer: IntrospectionAnswer, expiresAt: number): void {
    this.#entries.delete(key);
    while (this.#entries.size >= this.maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, { answer, expiresAt });
  }
}

/** The cache key of a token: its SHA-256, so memory never holds a usable token. */
function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** `application/x-www-form-urlencoded` encoding of one value (RFC 6749 §2.3.1 and appendix B). */
function formEncode(value: string): string {
  return new URLSearchParams([['', value]]).toString().slice(1);
}

export interface Introspector {
  /**
   * The endpoint's answer for a token (cached, shared by concurrent callers). Throws a 503
   * {@link ProblemError} when no usable answer came: unreachable, too slow, 5xx, 4xx (our
   * credentials), a redirect, or not a JSON object with a boolean `active`.
   */
  introspect(token: string, log?: AuthLog): Promise<IntrospectionAnswer>;
}

export function createIntrospector(settings: IntrospectionSettings): Introspector {
  const url = new URL(settings.url);
  const policy = trustedOriginPolicy(url);
  const cache = new IntrospectionCache();
  const inFlight = new Map<string, Promise<IntrospectionAnswer>>();
  const authorization = `Basic ${Buffer.from(`${formEncode(settings.clientId)}:${formEncode(settings.clientSecret)}`).toString('base64')}`;
  const where = { origin: url.origin, path: url.pathname };

  function providerDown(log: AuthLog | undefined, details: object, message: string, configuration: boolean) {
    if (configuration) log?.error({ introspection: { ...where, ...details } }, `token introspection is misconfigured: ${message}`);
    else log?.warn({ introspection: { ...where, ...details } }, `token introspection unavailable: ${message}`);
    return unavailable('The identity provider could not check the token. Try again later.');
  }

  async function call(token: string, log: AuthLog | undefined): Promise<IntrospectionAnswer> {
    let answer;
    try {
      answer = await fetchFromProvider(url, policy, {
        method: 'POST',
        headers: {
          authorization,
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: `token=${formEncode(token)}&token_type_hint=access_token`,
        signal: AbortSignal.timeout(settings.timeoutMs),
      });
    } catch (error) {
      if (!(error instanceof ProviderUnavailableError)) throw error;
      throw providerDown(log, {}, error.message, error.configuration);
    }
    const { status } = answer;
    if (status >= 500) throw providerDown(log, { status }, `the endpoint answered HTTP ${status}`, false);
    if (status !== 200) {
      const hint = status === 401 || status === 403 ? ' (check OIDC_CLIENT_ID and OIDC_CLIENT_SECRET)' : '';
      throw providerDown(log, { status }, `the endpoint answered HTTP ${status}${hint}`, true);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(answer.body).toString('utf8'));
    } catch {
      throw providerDown(log, { status, contentType: answer.headers.get('content-type') }, 'the answer is not JSON', false);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || typeof (parsed as { active?: unknown }).active !== 'boolean') {
      throw providerDown(log, { status }, 'the answer is not an object with a boolean "active"', false);
    }
    return parsed as IntrospectionAnswer;
  }

  /** Until the token's `exp`, at most {@link activeCacheMs}; anything that will not pass (inactive, expired, no `exp`) for {@link inactiveCacheMs}. */
  function expiryOf(answer: IntrospectionAnswer, now: number): number {
    const exp = answer.exp;
    if (answer.active === true && typeof exp === 'number' && exp * 1000 > now) return Math.min(exp * 1000, now + activeCacheMs);
    return now + inactiveCacheMs;
  }

  return {
    introspect(token, log) {
      const key = tokenHash(token);
      const cached = cache.get(key, settings.now());
      if (cached) return Promise.resolve(cached);
      let pending = inFlight.get(key);
      if (!pending) {
        pending = call(token, log)
          .then((answer) => {
            const now = settings.now();
            cache.set(key, answer, expiryOf(answer, now));
            return answer;
          })
          .finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      return pending;
    },
  };
}

/** What an introspection answer must satisfy, besides `active`. */
export interface IntrospectionRules {
  readonly issuer?: string | undefined;
  readonly audience?: string | undefined;
  readonly maxTokenAgeSeconds: number;
  readonly nowSeconds: number;
}

const timestamp = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * Accept an answer as the token's claims, or throw a 401: it must be active and unexpired, with
 * `exp`; `nbf` and `iat` (when present) as for a JWT; not a refresh token; the configured issuer
 * (when it names one) and audience (in `aud`, or as `client_id`, where SURFconext puts the relying
 * party).
 */
export function checkIntrospectionAnswer(answer: IntrospectionAnswer, rules: IntrospectionRules): IntrospectionAnswer {
  const now = rules.nowSeconds;
  if (answer.active !== true) throw invalidToken('The token is not active.');
  if (!timestamp(answer.exp)) throw invalidToken('The token carries no exp claim.');
  if (answer.exp <= now) throw invalidToken('The token has expired.');
  if (answer.nbf !== undefined && (!timestamp(answer.nbf) || answer.nbf > now)) throw invalidToken("The token's nbf claim is not accepted.");
  if (answer.iat !== undefined) {
    if (!timestamp(answer.iat)) throw invalidToken("The token's iat claim is not accepted.");
    checkIssuedAt(answer.iat, rules.maxTokenAgeSeconds, now);
  }
  // Only access tokens: a `token_type` must be one (RFC 6750 `Bearer`, RFC 9449 `DPoP`), and a
  // Keycloak-style `typ` must not name a refresh or ID token. Providers that leave both out (RFC 7662
  // makes them optional) are trusted to introspect access tokens only for this client.
  if (answer.token_type !== undefined && (typeof answer.token_type !== 'string' || !['bearer', 'dpop'].includes(answer.token_type.toLowerCase()))) {
    throw invalidToken('The token is not an access token.');
  }
  if (typeof answer.typ === 'string' && ['refresh', 'offline', 'id'].includes(answer.typ.toLowerCase())) {
    throw invalidToken('The token is not an access token.');
  }
  if (rules.issuer && answer.iss !== undefined && answer.iss !== rules.issuer) throw invalidToken("The token's iss claim is not accepted.");
  if (rules.audience) {
    const audiences = Array.isArray(answer.aud) ? answer.aud : [answer.aud];
    if (!audiences.includes(rules.audience) && answer.client_id !== rules.audience) throw invalidToken("The token's aud claim is not accepted.");
  }
  return answer;
}
