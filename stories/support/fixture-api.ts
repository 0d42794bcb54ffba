/**
 * A stand-in for the API in a static Storybook, which has no server. It sits where the network
 * would be — it is the `fetch` of a real SDK client — so every answer still goes through the SDK:
 * routing by the contract's `routes`, validation against the contract's schemas, and the SDK's own
 * typed errors (`MobilityHttpError` for the error state).
 */
import type * as z from 'zod/mini';
import {
  BenchmarkQuery,
  InsightsQuery,
  problemMediaType,
  problemTypes,
  routes,
  type Problem,
  type StoryChannel,
} from '@mobility-kit/contract';
import { createMobilityClient, type MobilityClient } from '@mobility-kit/sdk';
import {
  benchmarkFor,
  cases,
  hrVacancies,
  hrStories,
  insightsEmptyFor,
  insightsFor,
  organisations,
  hrRegulations,
  hrRegulationsUnset,
  regulations,
  regulationsUnset,
  stories,
  vacancies,
} from './fixtures.js';
import { feedSources } from './feed-fixtures.js';

/**
 * What the API does in a story:
 * - `content`: answers every call with the fixtures;
 * - `empty`: answers with nothing to show (no vacancies, no stories, no figures, no calculator values);
 * - `loading`: never answers (until the element aborts the call);
 * - `error`: answers every call with a 503 problem document, which the SDK raises as a `MobilityHttpError`.
 */
export type FixtureScenario = 'content' | 'empty' | 'loading' | 'error';

export const fixtureScenarios: readonly FixtureScenario[] = ['content', 'empty', 'loading', 'error'];

/**
 * The origin of the fixture API. `.invalid` is reserved (RFC 2606): no request to it can ever
 * reach a real server, even when something bypasses the fixture `fetch`.
 */
export const fixtureOrigin = 'https://api.mobility-kit.invalid';

type Routes = typeof routes;
type OperationId = keyof Routes;
/** The success body of a route, as its contract schema describes it. */
type RouteOutput<K extends OperationId> = z.output<Routes[K]['responses'][keyof Routes[K]['responses']]>;

/** One request as a fixture handler sees it. */
interface FixtureRequest {
  query: URLSearchParams;
  params: Readonly<Record<string, string>>;
}

type Handlers = { [K in OperationId]?: (request: FixtureRequest) => RouteOutput<K> };

/** Read a query with the contract's own schema, as the server would; a bad one is the story's bug. */
function parseQuery<T>(schema: z.ZodMiniType<T>, query: URLSearchParams): T {
  return schema.parse(Object.fromEntries(query)) as T;
}

const storiesOf = (query: URLSearchParams) => {
  const channel = (query.get('channel') ?? 'public') as StoryChannel;
  const moveType = query.get('moveType');
  // Intranet stories include the public ones; a move-type filter narrows them like the server's.
  return stories.filter((story) => channel === 'intranet' || story.id !== 'klus-bij-de-bibliotheek').filter((story) => !moveType || story.moveType === moveType);
};

const contentHandlers: Handlers = {
  listVacancies: ({ query }) => {
    const kind = query.get('kind');
    const items = vacancies.filter((vacancy) => !kind || vacancy.kind === kind);
    return { items, nextCursor: null };
  },
  getVacancy: ({ params }) => {
    const found = vacancies.find((vacancy) => vacancy.id === params.id);
    if (!found) throw new FixtureStatus(404);
    return found;
  },
  listOrganisations: () => ({ items: organisations }),
  getRegulations: () => regulations,
  listStories: ({ query }) => ({ items: storiesOf(query), nextCursor: null }),
  getInsights: ({ query }) => insightsFor(parseQuery(InsightsQuery, query)),
  exportInsights: ({ query }) => benchmarkFor(parseQuery(BenchmarkQuery, query)),
  createEvent: () => ({ accepted: true }),
  listCases: () => ({ items: cases, nextCursor: null }),
  getHrRegulations: () => hrRegulations,
  // HR workspace: vacancies (reads; closing and reopening answer with the changed record, nothing is kept).
  getMe: () => ({ organisation: 'hogeschool-rijnland', role: 'hr' }),
  listHrVacancies: ({ query }) => ({ items: hrVacancies.filter((v) => !query.get('status') || v.status === query.get('status')), nextCursor: null }),
  closeVacancy: ({ params }) => {
    const found = hrVacancies.find((v) => v.id === params.id);
    if (!found) throw new FixtureStatus(404);
    return { ...found, status: 'closed', closedAt: new Date().toISOString() };
  },
  reopenVacancy: ({ params }) => {
    const found = hrVacancies.find((v) => v.id === params.id);
    if (!found) throw new FixtureStatus(404);
    const { closedAt: _closedAt, ...open } = found;
    return { ...open, status: 'open' };
  },
  listFeedSources: () => ({ items: feedSources }),
  // HR stories (<mobility-hr-stories>).
  listHrStories: () => ({ items: hrStories, nextCursor: null }),
  getHrStory: ({ params }) => {
    const found = hrStories.find((story) => story.id === params.id);
    if (!found) throw new FixtureStatus(404);
    return found;
  },
};

const emptyHandlers: Handlers = {
  ...contentHandlers,
  listVacancies: () => ({ items: [], nextCursor: null }),
  getRegulations: () => regulationsUnset,
  listStories: () => ({ items: [], nextCursor: null }),
  getInsights: ({ query }) => insightsEmptyFor(parseQuery(InsightsQuery, query)),
  listCases: () => ({ items: [], nextCursor: null }),
  getHrRegulations: () => hrRegulationsUnset,
  listHrVacancies: () => ({ items: [], nextCursor: null }),
  listFeedSources: () => ({ items: [] }),
  listHrStories: () => ({ items: [], nextCursor: null }),
};

/** Thrown by a handler to answer with an error status instead of a body. */
class FixtureStatus extends Error {
  constructor(readonly status: number) {
    super(`fixture answers ${status}`);
  }
}

const reasons: Readonly<Record<number, [string, string]>> = {
  404: [problemTypes.notFound, 'Not Found'],
  503: [problemTypes.unavailable, 'Service Unavailable'],
};

function problemResponse(status: number, instance: string): Response {
  const [type, title] = reasons[status] ?? [problemTypes.internal, 'Internal Server Error'];
  const problem: Problem = { type, title, status, detail: 'The fixture API of the Storybook answers every call with this error.', instance };
  return new Response(JSON.stringify(problem), { status, headers: { 'content-type': problemMediaType } });
}

/** The route a method and path belong to, with its path parameters. */
function matchRoute(method: string, path: string): { operationId: OperationId; params: Record<string, string> } | undefined {
  for (const operationId of Object.keys(routes) as OperationId[]) {
    const route = routes[operationId];
    if (route.method !== method) continue;
    const names: string[] = [];
    const pattern = route.path.replace(/[.]/g, '\\.').replace(/\{(\w+)\}/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    const match = new RegExp(`^${pattern}$`).exec(path);
    if (match) return { operationId, params: Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')])) };
  }
  return undefined;
}

/** A `fetch` that answers the contract's routes below `baseUrl` from the fixtures of `scenario`. */
export function fixtureFetch(scenario: FixtureScenario, baseUrl: string = fixtureOrigin): typeof globalThis.fetch {
  const base = new URL(baseUrl);
  return (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const signal = request.signal;
    if (scenario === 'loading') {
      // Never answers; an element that moves on (another filter, removal) aborts, as with a slow server.
      return new Promise<Response>((_, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    }
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname.replace(/\/?$/, '/'))) {
      return Promise.reject(new TypeError(`The fixture API does not serve ${url.href}`));
    }
    const path = `/${url.pathname.slice(base.pathname.replace(/\/?$/, '/').length)}`;
    if (scenario === 'error') return Promise.resolve(problemResponse(503, path));
    const route = matchRoute(request.method, path);
    const handlers = scenario === 'empty' ? emptyHandlers : contentHandlers;
    const handler = route ? (handlers[route.operationId] as ((request: FixtureRequest) => unknown) | undefined) : undefined;
    if (!route || !handler) return Promise.resolve(problemResponse(404, path));
    try {
      const body = handler({ query: url.searchParams, params: route.params });
      const status = Number(Object.keys(routes[route.operationId].responses)[0] ?? 200);
      return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
    } catch (error) {
      if (error instanceof FixtureStatus) return Promise.resolve(problemResponse(error.status, path));
      return Promise.reject(error);
    }
  };
}

/**
 * A real SDK client whose network is the fixture API. No timeout and no retries: a loading story
 * stays loading, and an error story shows its error at once.
 */
export function createFixtureClient(scenario: FixtureScenario, locale: string = 'nl'): MobilityClient {
  const baseUrl = `${fixtureOrigin}/${scenario}`;
  return createMobilityClient({ baseUrl, locale, fetch: fixtureFetch(scenario, baseUrl), timeoutMs: 2_147_483_647, retry: 0 });
}
