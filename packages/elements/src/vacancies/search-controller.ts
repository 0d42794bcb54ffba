import type { ReactiveElement } from 'lit';
import type { CareerTestResult, VacancySort } from '@mobility-kit/contract';
import { UrlStateController } from '../shared/url-state-controller.js';
import {
  effectiveSort,
  normaliseSearch,
  readSearchParams,
  searchKeys,
  urlWithSearch,
  type SearchKey,
  type SearchState,
} from './search-state.js';

/** The element properties a search is made of: one per filter, plus URL syncing and the profile. */
export type VacancySearchHost = ReactiveElement & { [K in SearchKey]?: SearchState[K] } & {
  syncUrl: boolean;
  interests?: CareerTestResult;
};

/**
 * The search of `<mobility-vacancies>`: its filter properties read as one checked
 * {@link SearchState}; the search form's events (selects apply at once, the rest on submit), its
 * filter panel on narrow screens and clearing; and the search kept in the page URL (`sync-url`)
 * with a history entry per submitted search, restored on Back and Forward.
 */
export class VacancySearchController {
  private readonly host: VacancySearchHost;
  private readonly url: UrlStateController<SearchState>;
  private open = false;

  /** `prefix` namespaces the page-URL parameters (`mv-q`), so they do not clash with the page's own. */
  constructor(host: VacancySearchHost, prefix: string) {
    this.host = host;
    this.url = new UrlStateController<SearchState>(host, {
      enabled: () => this.host.syncUrl,
      current: () => this.state,
      read: (url) => {
        const { state, found } = readSearchParams(url.searchParams, prefix);
        return found ? state : undefined;
      },
      write: (href, state) => urlWithSearch(href, state, prefix),
      apply: (state) => this.apply(state),
    });
  }

  /** The search as the API will receive it: every filter checked, impossible combinations dropped. */
  get state(): SearchState {
    const host = this.host;
    return normaliseSearch(Object.fromEntries(searchKeys.map((key) => [key, host[key]])));
  }

  /** Set every filter property from a search (absent filters are cleared). */
  apply(state: SearchState): void {
    const host = this.host as unknown as Record<SearchKey, unknown>;
    for (const key of searchKeys) host[key] = state[key];
  }

  /** The order without an explicit choice: best match with search text or a profile, else newest first. */
  defaultSort(state: SearchState): VacancySort {
    return this.host.interests ? 'relevance' : effectiveSort(state);
  }

  /** The order in force, as the sort select shows it. */
  shownSort(state: SearchState): VacancySort {
    return state.sort ?? this.defaultSort(state);
  }

  /** How many filters narrow the list, for the filters toggle (search text and order do not count). */
  activeFilterCount(state: SearchState): number {
    return searchKeys.filter((key) => key !== 'q' && key !== 'sort' && key !== 'radiusKm' && state[key] !== undefined).length;
  }

  /** Whether the filter panel is open on narrow screens (on wide screens it is always shown). */
  get filtersOpen(): boolean {
    return this.open;
  }

  readonly toggleFilters = (): void => {
    this.open = !this.open;
    this.host.requestUpdate();
  };

  /** A submitted search: applied, and written to the page URL as a new history entry. */
  readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.url.pushNext();
    this.applyForm();
  };

  /** Selects apply at once; text, number and date fields wait for the form to be submitted. */
  readonly onChange = (event: Event): void => {
    if (event.target instanceof HTMLSelectElement) this.applyForm();
  };

  /** Clear every filter and the search text (a new history entry); focus goes to the search box. */
  readonly clear = (): void => {
    this.form?.reset();
    this.url.pushNext();
    this.apply({});
    this.host.renderRoot.querySelector<HTMLInputElement>('#q')?.focus();
  };

  private get form(): HTMLFormElement | null {
    return this.host.renderRoot.querySelector('form');
  }

  /** Read every field of the form into the filter properties. */
  private applyForm(): void {
    const form = this.form;
    if (!form) return;
    const data = new FormData(form);
    const raw: Partial<Record<SearchKey, unknown>> = {};
    for (const key of searchKeys) {
      const value = data.get(key);
      if (typeof value === 'string' && value.trim() !== '') raw[key] = value;
    }
    // A sort that is merely the server's default is not a choice: leave it unset so that adding
    // search text later still sorts by relevance.
    if (raw.sort === this.defaultSort(normaliseSearch({ ...raw, sort: undefined }))) delete raw.sort;
    this.apply(normaliseSearch(raw));
  }
}
