import {
  VacancyListQuery,
  type VacancyFilter,
  type VacancySort,
} from '@mobility-kit/contract';

/**
 * Everything `<mobility-vacancies>` can search by: the contract's list filter without `visibility`
 * (who sees what is the server's business) and without paging.
 */
export type SearchState = Omit<VacancyFilter, 'visibility'>;

/** The filters in a fixed order: the order of the feed link's and the page URL's parameters. */
export const searchKeys = [
  'q',
  'kind',
  'organisation',
  'sector',
  'hoursMin',
  'hoursMax',
  'scaleMin',
  'scaleMax',
  'contract',
  'closingAfter',
  'near',
  'radiusKm',
  'sort',
] as const satisfies readonly (keyof SearchState)[];

export type SearchKey = (typeof searchKeys)[number];

const numericKeys: ReadonlySet<SearchKey> = new Set(['hoursMin', 'hoursMax', 'scaleMin', 'scaleMax', 'radiusKm']);

/** Whether a filter holds a number (and is entered in a number field). */
export const isNumericKey = (key: SearchKey): boolean => numericKeys.has(key);

/** `hoursMin` → `hours-min`: the attribute and URL spelling of a filter. */
export const kebab = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const shape = VacancyListQuery.shape as unknown as Record<SearchKey, { safeParse(value: unknown): { success: boolean; data?: unknown } }>;

/**
 * A search the API accepts, built from whatever the attributes, the form or the page URL said.
 * Each value is checked with the contract's own schema and dropped when invalid (a typo in an
 * attribute must narrow nothing rather than break the list); reversed ranges are put right;
 * combinations the API refuses are left out: a radius without a place, sorting by relevance without
 * search text, by distance without a place. Blank text counts as not set.
 */
export function normaliseSearch(input: Partial<Record<SearchKey, unknown>>): SearchState {
  const out: Record<string, unknown> = {};
  for (const key of searchKeys) {
    let value = input[key];
    if (value === undefined || value === null) continue;
    if (typeof value === 'string') {
      value = value.trim();
      if (value === '') continue;
    }
    if (typeof value === 'number' && !Number.isFinite(value)) continue;
    const parsed = shape[key].safeParse(value);
    if (parsed.success && parsed.data !== undefined) out[key] = parsed.data;
  }
  const state = out as SearchState;
  for (const [min, max] of [
    ['hoursMin', 'hoursMax'],
    ['scaleMin', 'scaleMax'],
  ] as const) {
    const low = state[min];
    const high = state[max];
    if (low !== undefined && high !== undefined && low > high) {
      state[min] = high;
      state[max] = low;
    }
  }
  if (state.near === undefined) delete state.radiusKm;
  if (state.sort === 'relevance' && state.q === undefined) delete state.sort;
  if (state.sort === 'distance' && state.near === undefined) delete state.sort;
  return state;
}

/** The search as query parameters, in {@link searchKeys} order; `prefix` namespaces them (`mv-q`). */
export function searchParams(state: SearchState, prefix = ''): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of searchKeys) {
    const value = state[key];
    if (value !== undefined) params.set(prefix ? `${prefix}${kebab(key)}` : key, String(value));
  }
  return params;
}

/** Read a search from query parameters written by {@link searchParams} with the same prefix. */
export function readSearchParams(params: URLSearchParams, prefix: string): { state: SearchState; found: boolean } {
  const raw: Partial<Record<SearchKey, unknown>> = {};
  let found = false;
  for (const key of searchKeys) {
    const value = params.get(`${prefix}${kebab(key)}`);
    if (value === null) continue;
    found = true;
    raw[key] = value;
  }
  return { state: normaliseSearch(raw), found };
}

/** The page URL with the search written into its `prefix`-ed parameters; other parameters and the hash stay. */
export function urlWithSearch(href: string, state: SearchState, prefix: string): string {
  const url = new URL(href);
  for (const name of [...url.searchParams.keys()]) if (name.startsWith(prefix)) url.searchParams.delete(name);
  for (const [name, value] of searchParams(state, prefix)) url.searchParams.set(name, value);
  return url.toString();
}

/** Path of the Atom feed of the public vacancies, relative to the API's base URL. */
export const feedPath = '/v1/vacancies/feed.atom';

/**
 * The address of the Atom feed for this search, absolute so that it can be pasted into a feed
 * reader: a relative base URL such as `/api` is resolved against the page.
 */
export function feedUrl(baseUrl: string, state: SearchState, pageHref: string = location.href): string {
  const base = new URL(baseUrl.replace(/\/+$/, '') + feedPath, pageHref);
  const params = searchParams(state);
  base.search = params.size > 0 ? `?${params.toString()}` : '';
  return base.toString();
}

/** The sort the server applies when none is asked for: relevance with search text, else newest first. */
export function effectiveSort(state: SearchState): VacancySort {
  return state.sort ?? (state.q !== undefined ? 'relevance' : 'newest');
}

/** Whether anything narrows the list (sorting does not). */
export function isFiltered(state: SearchState): boolean {
  return searchKeys.some((key) => key !== 'sort' && key !== 'radiusKm' && state[key] !== undefined);
}
