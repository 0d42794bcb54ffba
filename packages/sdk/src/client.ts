import { routes } from '@mobility-kit/contract';
import type { Health, Organisation, Vacancy, VacancyFilter, VacancyPage } from '@mobility-kit/contract';
import type { HrVacancy, HrVacancyListQuery, HrVacancyPage, VacancyCreate, VacancyUpdate } from '@mobility-kit/contract';
import type { Regulations, RegulationsUpdate } from '@mobility-kit/contract';
import type { UsageEvent, UsageEventAccepted } from '@mobility-kit/contract';
import { MobilityValidationError } from './errors.js';
import { createTransport, type Transport } from './transport.js';
import { createStoriesApi, type StoriesApi } from './stories.js';
import { createCasesApi, createInsightsApi, type CasesApi, type InsightsApi } from './insights.js';

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
   * Retries of idempotent requests after a network failure, a 429 or a 503: a number (the limit) or
   * `{ limit, maxRetryAfterMs }`. Default limit 2. A `Retry-After` header is honoured but never
   * waited on for longer than `maxRetryAfterMs` (default 10 000).
   */
  retry?: number | { limit?: number; maxRetryAfterMs?: number };
}

/** Options of a single call. */
export interface RequestOptions {
  /** Aborting rejects the call with the signal's reason (a `DOMException` named `AbortError` by default); it is never retried. */
  signal?: AbortSignal;
}

/** A filter plus paging for {@link MobilityClient.vacancies}.list. */
export type VacancyListParams = VacancyFilter & { limit?: number; cursor?: string };

/**
 * A typed client of the mobility-kit API. Every answer is validated against the contract; every
 * failure is a {@link MobilityError} (or the abort reason).
 */
export interface MobilityClient {
  /** The base URL in use, without a trailing slash. */
  readonly baseUrl: string;
  /** Vacancies, assignments (klussen), secondments, internships and project roles the caller may see. */
  vacancies: {
    /**
     * One page of the vacancies the caller may see, newest first. Blank values (`undefined`, `null`,
     * `''`) are left out; the rest is checked against the contract before anything is sent.
     */
    list(filter?: VacancyListParams, options?: RequestOptions): Promise<VacancyPage>;
    /** One vacancy; a vacancy the caller may not see is a {@link MobilityHttpError} with status 404. */
    get(id: string, options?: RequestOptions): Promise<Vacancy>;
    /** Every vacancy matching `filter`, fetching page after page (of `limit`) as the loop asks for more. */
    iterate(filter?: VacancyFilter & { limit?: number }, options?: RequestOptions): AsyncIterableIterator<Vacancy>;
    /**
     * Publish a vacancy for the caller's own organisation (role `hr` or `admin`) and resolve with
     * the stored record. The body is checked against the contract before anything is sent (HTML in
     * `description` is refused). Never retried: a repeated POST could publish it twice.
     */
    create(vacancy: VacancyCreate, options?: RequestOptions): Promise<HrVacancy>;
    /** Change a vacancy of the own organisation; `null` removes an optional field. Another organisation's is a 404. */
    update(id: string, patch: VacancyUpdate, options?: RequestOptions): Promise<HrVacancy>;
    /** Close a vacancy of the own organisation: it is no longer listed anywhere, but kept. Closing twice changes nothing. */
    close(id: string, options?: RequestOptions): Promise<HrVacancy>;
    /** One page of every vacancy of the own organisation, closed and not yet public ones included (role `hr` or `admin`). */
    listHr(query?: HrVacancyListQuery, options?: RequestOptions): Promise<HrVacancyPage>;
  };
  /** The organisations taking part in the network. */
  organisations: {
    /** Every organisation taking part. */
    list(options?: RequestOptions): Promise<Organisation[]>;
  };
  /** The incentive calculator's parameters as an organisation has verified them: public facts, no personal data. */
  regulations: {
    /**
     * The parameters of `organisation` (anyone may read them). An organisation that has set none
     * resolves with empty `parameters` and `updatedAt: null`; an unknown one is a
     * {@link MobilityHttpError} with status 404.
     */
    get(organisation: string, options?: RequestOptions): Promise<Regulations>;
    /**
     * Replace every parameter of the caller's own organisation (the token's; needs role `hr` or
     * `admin`) and resolve with the stored set. The body is checked against the contract before
     * anything is sent. A PUT is idempotent, so it is retried like a GET after a network failure,
     * a 429 or a 503.
     */
    put(update: RegulationsUpdate, options?: RequestOptions): Promise<Regulations>;
  };
  /** "Kom in beweging" stories of colleagues who took a step, per channel (`public` or `intranet`). */
  stories: StoriesApi;
  /** Liveness of the server and its database. A 503 carrying a health report resolves with `status: 'degraded'`. */
  health(options?: RequestOptions): Promise<Health>;
  /** Anonymised mobility figures (stuurinformatie) of the caller's own organisation; role `hr` or `admin`. */
  insights: InsightsApi;
  /** Pseudonymous mobility cases of the caller's own organisation; role `hr`. */
  cases: CasesApi;
  /** Anonymous usage counts for the aggregate dashboard. */
  events: {
    /**
     * Count one anonymous usage event, e.g. `{ type: 'career-test-completed' }`. The event carries
     * its type and nothing else (the contract refuses any other field). A POST is never retried:
     * after a failure the event may or may not have been counted, and repeating it could count it
     * twice. Rejects with a {@link MobilityError} like every call; callers that count
     * best-effort ignore that.
     */
    create(event: UsageEvent, options?: RequestOptions): Promise<UsageEventAccepted>;
  };
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

  const list = (filter: VacancyListParams = {}, { signal }: RequestOptions = {}) =>
    transport.send(routes.listVacancies, { query: filter, signal });

  return {
    baseUrl,
    vacancies: {
      list,
      get: (id, { signal } = {}) => transport.send(routes.getVacancy, { params: { id }, signal }),
      async *iterate(filter = {}, requestOptions = {}) {
        let cursor: string | undefined;
        for (;;) {
          const page: VacancyPage = await list(cursor === undefined ? filter : { ...filter, cursor }, requestOptions);
          yield* page.items;
          const next = page.nextCursor;
          if (next === null) return;
          if (next === '' || next === cursor) {
            // Following it would fetch the same page for ever.
            throw new MobilityValidationError({
              operationId: routes.listVacancies.operationId,
              subject: 'Response',
              issues: [{ path: 'nextCursor', message: next === '' ? 'is empty; expected a cursor or null' : 'repeats the cursor of the page it ends' }],
            });
          }
          cursor = next;
        }
      },
      create: (vacancy, { signal } = {}) => transport.send(routes.createVacancy, { body: vacancy, signal }),
      update: (id, patch, { signal } = {}) => transport.send(routes.updateVacancy, { params: { id }, body: patch, signal }),
      close: (id, { signal } = {}) => transport.send(routes.closeVacancy, { params: { id }, signal }),
      listHr: (query = {}, { signal } = {}) => transport.send(routes.listHrVacancies, { query, signal }),
    },
    organisations: {
      list: async ({ signal } = {}) => (await transport.send(routes.listOrganisations, { signal })).items,
    },
    regulations: {
      get: (organisation, { signal } = {}) => transport.send(routes.getRegulations, { query: { organisation }, signal }),
      put: (update, { signal } = {}) => transport.send(routes.putRegulations, { body: update, signal }),
    },
    stories: createStoriesApi(transport),
    insights: createInsightsApi(transport),
    cases: createCasesApi(transport),
    health: ({ signal } = {}) => transport.send(routes.getHealth, { signal }),
    events: {
      create: (event, { signal } = {}) => transport.send(routes.createEvent, { body: event, signal }),
    },
  };
}

function checkRange(name: string, value: number, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(`createMobilityClient: ${name} must be a number from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}
