import { OrganisationList, routes, type RouteDefinition } from '@mobility-kit/contract';
import type { CheckGroup, CheckStatus } from './report.js';
import { type Exchange, type Http, jsonOf } from './http.js';

/** Bearer tokens for the checks that need a signed-in caller. Each one left out skips those checks. */
export interface ConformanceTokens {
  /** An employee (role `employee`) of an organisation that has internal vacancies. */
  readonly employee?: string;
  /** An employee of another organisation than {@link employee}'s. */
  readonly otherOrganisation?: string;
  /** An HR colleague (role `hr`): the HR routes are checked with it. */
  readonly hr?: string;
}

export interface Outcome {
  readonly status: CheckStatus;
  readonly reason?: string;
}
export const pass = (reason?: string): Outcome => ({ status: 'pass', ...(reason ? { reason } : {}) });
export const fail = (reason: string): Outcome => ({ status: 'fail', reason });
export const skip = (reason: string): Outcome => ({ status: 'skip', reason });

/** A check before it runs. */
export interface CheckSpec {
  readonly id: string;
  readonly group: CheckGroup;
  readonly title: string;
  run(): Promise<Outcome>;
}

/** Who sends a request: nobody, or the owner of one of the tokens. */
export type CallerName = 'anonymous' | keyof ConformanceTokens;
export interface Caller {
  readonly name: CallerName;
  readonly token?: string;
}

/** Every GET route of the contract: the only ones a check may call, so nothing is ever changed. */
export const getRoutes: readonly RouteDefinition[] = (Object.values(routes) as RouteDefinition[]).filter((route) => route.method === 'GET');

/** The query keys of a route's schema. */
export function queryKeys(route: RouteDefinition): string[] {
  return route.query ? Object.keys(route.query.def.shape) : [];
}

function isOptional(schema: unknown): boolean {
  return (schema as { _zod: { optin?: string } })._zod.optin === 'optional';
}

/** Routes that list a collection page by page with `limit` and `cursor` as JSON `{ items, nextCursor }` (not the Atom feed). */
export function isPaged(route: RouteDefinition): boolean {
  if ((route.responseMediaType ?? 'application/json') !== 'application/json') return false;
  const keys = queryKeys(route);
  return keys.includes('limit') && keys.includes('cursor');
}

/** For a route with an `{id}`, the list route of the same collection where ids can be found. */
const idSources: Readonly<Record<string, { list: keyof typeof routes; query?: Readonly<Record<string, string>> }>> = {
  getVacancy: { list: 'listVacancies' },
  getVacancyJobPosting: { list: 'listVacancies', query: { visibility: 'public' } },
  getHrStory: { list: 'listHrStories' },
  getCase: { list: 'listCases' },
  getFeedSource: { list: 'listFeedSources' },
  listFeedRuns: { list: 'listFeedSources' },
};

/** A request a check can send: the filled path and query. */
export interface SampleRequest {
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
}

/** The state shared by the checks of one run: the server, the tokens, what was already fetched. */
export class Context {
  readonly #memo = new Map<string, Promise<unknown>>();

  constructor(
    readonly http: Http,
    readonly tokens: ConformanceTokens,
    readonly pageLimit: number,
    readonly maxPages: number,
  ) {}

  /** `compute` once per key for the whole run. */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    let value = this.#memo.get(key) as Promise<T> | undefined;
    if (!value) {
      value = compute();
      this.#memo.set(key, value);
    }
    return value;
  }

  /** Who calls `route` in the checks that call it as a matter of course; a string says why nobody can. */
  callersFor(route: RouteDefinition): Caller[] | string {
    if (route.auth !== 'required') {
      const callers: Caller[] = [{ name: 'anonymous' }];
      if (route.auth === 'optional' && this.tokens.employee) callers.push({ name: 'employee', token: this.tokens.employee });
      return callers;
    }
    const roles = route.roles ?? [];
    if (roles.includes('hr')) return this.tokens.hr ? [{ name: 'hr', token: this.tokens.hr }] : 'needs an HR token (--token-hr)';
    if (roles.includes('employee')) return this.tokens.employee ? [{ name: 'employee', token: this.tokens.employee }] : 'needs an employee token (--token-employee)';
    return `needs a token with role ${roles.join(' or ')}`;
  }

  /** Organisation ids from `GET /v1/organisations`, as the server lists them. */
  organisations(): Promise<string[]> {
    return this.memo('organisations', async () => {
      const exchange = await this.http.get(routes.listOrganisations.path);
      const parsed = OrganisationList.safeParse(jsonOf(exchange));
      if (exchange.status !== 200 || !parsed.success) return [];
      return parsed.data.items.map((organisation) => organisation.id);
    });
  }

  /**
   * Candidate values for the query parameters `route` requires, one query per candidate, so a
   * check can move on when, say, an organisation has no regulations stored. A string says why
   * no request can be built.
   */
  async requiredQueries(route: RouteDefinition): Promise<Record<string, string>[] | string> {
    if (!route.query) return [{}];
    const required = Object.entries(route.query.def.shape).filter(([, schema]) => !isOptional(schema)).map(([name]) => name);
    let queries: Record<string, string>[] = [{}];
    const lastYear = new Date().getUTCFullYear() - 1;
    for (const name of required) {
      let values: string[];
      if (name === 'organisation') values = (await this.organisations()).slice(0, 10);
      else if (name === 'from') values = [`${lastYear}-Q1`];
      else if (name === 'to') values = [`${lastYear}-Q4`];
      else return `no sample value for the required query parameter "${name}"`;
      if (values.length === 0) return `no value for "${name}" (GET /v1/organisations listed none)`;
      queries = queries.flatMap((query) => values.map((value) => ({ ...query, [name]: value })));
    }
    return queries.filter((query) => route.query!.safeParse(query).success);
  }

  /** An id `caller` can read through `route`'s `{id}`, taken from the collection's list route. */
  async knownId(route: RouteDefinition, caller: Caller): Promise<string | undefined> {
    const source = idSources[route.operationId];
    if (!source) return undefined;
    const list = routes[source.list] as RouteDefinition;
    const exchange = await this.http.get(list.path, { query: { ...source.query, limit: '5' }, ...(caller.token ? { token: caller.token } : {}) });
    const body = jsonOf(exchange) as { items?: { id?: unknown }[] } | undefined;
    const id = body?.items?.find((item) => typeof item.id === 'string')?.id;
    return typeof id === 'string' ? id : undefined;
  }

  /**
   * An uploaded photo `caller` may load, as the stories serve it: the `src` of a story's photo that
   * is `/v1/media/{id}` (public stories for anyone; intranet ones, whose sources carry a signed
   * `access` parameter, for an employee).
   */
  async photoSource(caller: Caller): Promise<SampleRequest | undefined> {
    const channel = caller.token ? 'intranet' : 'public';
    const exchange = await this.http.get(routes.listStories.path, { query: { channel, limit: '50' }, ...(caller.token ? { token: caller.token } : {}) });
    const body = jsonOf(exchange) as { items?: { photo?: { src?: unknown } }[] } | undefined;
    for (const item of body?.items ?? []) {
      const src = item.photo?.src;
      const match = typeof src === 'string' ? /^\/v1\/media\/([^/?#]+)(?:\?([^#]*))?$/.exec(src) : null;
      if (match) return { path: routes.getMedia.path.replace('{id}', match[1]!), query: Object.fromEntries(new URLSearchParams(match[2] ?? '')) };
    }
    return undefined;
  }

  /** Requests that `caller` may send to `route` and should get a success for; a string says why there are none. */
  async sampleRequests(route: RouteDefinition, caller: Caller): Promise<SampleRequest[] | string> {
    if (route.operationId === routes.getMedia.operationId) {
      const source = await this.photoSource(caller);
      return source ? [source] : `no story served to ${caller.name} has an uploaded photo`;
    }
    const queries = await this.requiredQueries(route);
    if (typeof queries === 'string') return queries;
    if (queries.length === 0) return 'no valid value for the required query parameters';
    let path = route.path;
    if (route.params) {
      const id = await this.knownId(route, caller);
      if (!id) return idSources[route.operationId] ? `the list route shows ${caller.name} no item to read` : 'no way to find an existing id for this route';
      path = path.replace('{id}', encodeURIComponent(id));
    }
    return queries.map((query) => ({ path, query }));
  }

  /**
   * Every item of a paged list, walked with `limit` from the first page to the last. Stops at
   * {@link maxPages}. The caller checks the pages; this only collects them.
   */
  async walk(route: RouteDefinition, options: { limit: number; token?: string; query?: Readonly<Record<string, string>> }): Promise<Walk> {
    const pages: unknown[][] = [];
    let cursor: string | null = null;
    const problems: string[] = [];
    do {
      const query: Record<string, string> = { ...options.query, limit: String(options.limit), ...(cursor ? { cursor } : {}) };
      const exchange: Exchange = await this.http.get(route.path, { query, ...(options.token ? { token: options.token } : {}) });
      const body = jsonOf(exchange) as { items?: unknown; nextCursor?: unknown } | undefined;
      if (exchange.status !== 200 || !body || !Array.isArray(body.items)) {
        problems.push(`page ${pages.length + 1} (${exchange.url}): status ${exchange.status}, ${body && Array.isArray(body.items) ? 'items' : 'no items array'}`);
        break;
      }
      pages.push(body.items as unknown[]);
      if (body.nextCursor !== null && typeof body.nextCursor !== 'string') {
        problems.push(`page ${pages.length}: nextCursor is ${JSON.stringify(body.nextCursor)}, expected a string or null`);
        break;
      }
      if (body.nextCursor === cursor && cursor !== null) {
        problems.push(`page ${pages.length}: nextCursor repeats the cursor that was sent`);
        break;
      }
      cursor = body.nextCursor;
      if (pages.length >= this.maxPages && cursor) {
        problems.push(`still a nextCursor after ${this.maxPages} pages`);
        break;
      }
    } while (cursor);
    return { pages, items: pages.flat(), problems };
  }
}

export interface Walk {
  readonly pages: readonly (readonly unknown[])[];
  readonly items: readonly unknown[];
  /** What stopped the walk early. */
  readonly problems: readonly string[];
}

/** The `id` of a list item, or its JSON when it has none (so duplicates are still caught). */
export function itemKey(item: unknown): string {
  const id = (item as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : JSON.stringify(item);
}

/** The largest `limit` the route's schema accepts, from the usual maxima. */
export function maxLimit(route: RouteDefinition): number {
  for (const limit of [100, 50, 25, 20, 10]) if (route.query?.safeParse({ limit: String(limit) }).success) return limit;
  return 10;
}
