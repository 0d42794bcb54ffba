import { routes } from '@mobility-kit/contract';
import type { Health } from '@mobility-kit/contract';
import { createTransport, type RequestOptions, type Transport } from './transport.js';
import { createCasesApi, type CasesApi } from './namespaces/cases.js';
import { createEventsApi, type EventsApi } from './namespaces/events.js';
import { createInsightsApi, type InsightsApi } from './namespaces/insights.js';
import { createMeApi, type MeApi } from './namespaces/me.js';
import { createOrganisationsApi, type OrganisationsApi } from './namespaces/organisations.js';
import { createRegulationsApi, type RegulationsApi } from './namespaces/regulations.js';
import { createStoriesApi, type StoriesApi } from './namespaces/stories.js';
import { createVacanciesApi, type VacanciesApi } from './namespaces/vacancies.js';
import { createFeedsApi, type FeedsApi } from './namespaces/feeds.js';
import { createMediaApi, type MediaApi } from './namespaces/media.js';

/** How a client reaches the API and behaves on the way. */
export interface MobilityClientOptions {
  /** Where the API lives, e.g. `https://api.example.nl` or `/api`; paths such as `/v1/vacancies` are appended. */
  baseUrl: string;
  /** Returns the bearer token to send, or nothing for an anonymous request. Called before every attempt, so it may refresh. */
  getToken?: () => string | undefined | null | Promise<string | undefined | null>;
  /** Preferred language of the answers, sent as `Accept-Language` (`nl` or `en`). */
  locale?: 'nl' | 'en' | string;
  /** The `fetch` to use; defaults to the global one. */
  fetch?: typeof globalThis.fetch;
  /** Limit for one attempt — headers and body together — in milliseconds. Default 10 000. */
  timeoutMs?: number;
  /**
   * Retries after a network failure, a 429 or a 503 — of idempotent requests and of POSTs, which
   * carry an `Idempotency-Key` the same across their retries: a number (the limit) or
   * `{ limit, maxRetryAfterMs }`. Default limit 2. A `Retry-After` header is honoured but never
   * waited on for longer than `maxRetryAfterMs` (default 10 000).
   */
  retry?: number | { limit?: number; maxRetryAfterMs?: number };
}

/**
 * A typed client of the mobility-kit API. Every answer is validated against the contract; every
 * failure is a {@link MobilityError} (or the abort reason).
 */
export interface MobilityClient {
  /** The base URL in use, without a trailing slash. */
  readonly baseUrl: string;
  /** Vacancies, assignments (klussen), secondments, internships and project roles the caller may see. */
  vacancies: VacanciesApi;
  /** The organisations taking part in the network. */
  organisations: OrganisationsApi;
  /** The incentive calculator's parameters as an organisation has verified them: public facts, no personal data. */
  regulations: RegulationsApi;
  /** "Kom in beweging" stories of colleagues who took a step, per channel (`public` or `intranet`). */
  stories: StoriesApi;
  /** Who the server takes the signed-in caller to be: organisation and role, mapped from the token's claims. */
  me: MeApi;
  /** Liveness of the server and its database. A 503 carrying a health report resolves with `status: 'degraded'`. */
  health(options?: RequestOptions): Promise<Health>;
  /** Anonymised mobility figures (stuurinformatie) of the caller's own organisation; role `hr` or `admin`. */
  insights: InsightsApi;
  /** Pseudonymous mobility cases of the caller's own organisation; role `hr`. */
  cases: CasesApi;
  /** Anonymous usage counts for the aggregate dashboard. */
  events: EventsApi;
  /** Feed sources of the caller's own organisation and their run reports; role `hr` or `admin`. */
  feeds: FeedsApi;
  /** Photos for stories of the caller's own organisation, stripped of metadata; role `hr` or `admin`. */
  media: MediaApi;
}

const defaultTimeoutMs = 10_000;
const defaultRetryLimit = 2;
const defaultMaxRetryAfterMs = 10_000;
/** Largest delay `setTimeout` accepts. */
const maxDelayMs = 2_147_483_647;

/**
 * Create a client. Creating one has no side effects and sends nothing; share one client per page.
 *
 * @example
 * const client = createMobilityClient({ baseUrl: 'https://api.example.nl', locale: 'nl' });
 * const { items, nextCursor } = await client.vacancies.list({ kind: 'assignment', limit: 10 });
 *
 * @throws {TypeError} when `baseUrl` is missing
 * @throws {RangeError} when `timeoutMs` or the retry settings are out of range
 */
export function createMobilityClient(options: MobilityClientOptions): MobilityClient {
  if (typeof options?.baseUrl !== 'string' || options.baseUrl.trim() === '') {
    throw new TypeError('createMobilityClient: baseUrl is required, e.g. "https://api.example.nl" or "/api"');
  }
  const baseUrl = options.baseUrl.trim().replace(/\/+$/, '');
  const retry = typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {});
  const timeoutMs = checkRange('timeoutMs', options.timeoutMs ?? defaultTimeoutMs, 1, maxDelayMs);
  const retryLimit = checkRange('retry.limit', retry.limit ?? defaultRetryLimit, 0, 100);
  const maxRetryAfterMs = checkRange('retry.maxRetryAfterMs', retry.maxRetryAfterMs ?? defaultMaxRetryAfterMs, 0, maxDelayMs);

  const transport: Transport = createTransport({
    baseUrl,
    getToken: options.getToken,
    locale: options.locale,
    fetch: options.fetch,
    timeoutMs,
    retryLimit: Math.floor(retryLimit),
    maxRetryAfterMs,
  });

  return {
    baseUrl,
    vacancies: createVacanciesApi(transport),
    organisations: createOrganisationsApi(transport),
    regulations: createRegulationsApi(transport),
    stories: createStoriesApi(transport),
    insights: createInsightsApi(transport),
    cases: createCasesApi(transport),
    me: createMeApi(transport),
    health: ({ signal } = {}) => transport.send(routes.getHealth, { signal }),
    events: createEventsApi(transport),
    feeds: createFeedsApi(transport),
    media: createMediaApi(transport),
  };
}

function checkRange(name: string, value: number, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(`createMobilityClient: ${name} must be a number from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}
