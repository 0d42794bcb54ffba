import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { defaultPageSize, type Vacancy, type VacancyPage } from '@mobility-kit/contract';
import type { MobilityClient } from '@mobility-kit/sdk';
import { isAbortError, MissingClientError } from '../shared/load-error.js';
import type { SearchState } from './search-state.js';

/** The arguments a search depends on; a change in any of them starts a new search. */
type SearchArgs = readonly [client: MobilityClient | undefined, configurationError: unknown, search: string, pageSize: number];

/** Where the paging controller gets what a search depends on. */
export interface VacancyPagingOptions {
  client: () => MobilityClient | undefined;
  /** Why there is no client, when the element's own `base-url` could not become one. */
  configurationError: () => unknown;
  search: () => SearchState;
  /** The element's `page-size`, as set (clamped here). */
  pageSize: () => number;
  /** A new search started: what was shown for the old one (expanded cards) no longer applies. */
  onNewSearch: () => void;
  /** "Show more" brought vacancies; `firstNewId` is the first of them, if any was new. */
  onMore: (firstNewId: string | undefined) => void;
}

/**
 * Loads the vacancies of the current search: the first page whenever the search, the client or the
 * page size changes (an older request is aborted), and further pages by cursor on "show more",
 * each vacancy shown once even when cursor pages overlap.
 */
export class VacancyPagingController {
  private readonly options: VacancyPagingOptions;
  /** Pages fetched with "show more" on top of the first page, and the cursor to continue from. */
  private more: { items: Vacancy[]; nextCursor: string | null } | undefined;

  /** The first page of the current search. */
  readonly first: Task<SearchArgs, VacancyPage>;

  /** The pages after the first, by cursor. */
  readonly next: Task<readonly [string], void>;

  constructor(host: ReactiveControllerHost, options: VacancyPagingOptions) {
    this.options = options;
    this.first = new Task(host, {
      args: (): SearchArgs => [options.client(), options.configurationError(), JSON.stringify(options.search()), this.limit],
      task: async ([client, configurationError, search, limit], { signal }): Promise<VacancyPage> => {
        // A new search makes earlier "show more" results meaningless.
        this.next.abort();
        this.more = undefined;
        options.onNewSearch();
        if (!client) throw new MissingClientError({ cause: configurationError });
        return client.vacancies.list({ ...(JSON.parse(search) as SearchState), limit }, { signal });
      },
    });
    this.next = new Task(host, {
      autoRun: false,
      task: async ([cursor]: readonly [string], { signal }): Promise<void> => {
        const client = options.client();
        const first = this.first.value;
        if (!client || !first) return;
        const page = await client.vacancies.list({ ...options.search(), limit: this.limit, cursor }, { signal });
        // Cursor pages can overlap when vacancies were added meanwhile; show each vacancy once.
        const seen = new Set([...first.items, ...(this.more?.items ?? [])].map((v) => v.id));
        const fresh = page.items.filter((v) => !seen.has(v.id));
        options.onMore(fresh[0]?.id);
        this.more = { items: [...(this.more?.items ?? []), ...fresh], nextCursor: page.nextCursor };
      },
    });
  }

  /** Vacancies per request: the page size clamped to 1–100. */
  get limit(): number {
    const size = Math.floor(Number(this.options.pageSize()));
    return Number.isFinite(size) ? Math.min(100, Math.max(1, size)) : defaultPageSize;
  }

  /** Every vacancy loaded so far, in the order the API sent them. */
  get loaded(): Vacancy[] {
    const first = this.first.value?.items ?? [];
    return this.more ? [...first, ...this.more.items] : first;
  }

  /** Where "show more" continues, or `null` when the server has no further page. */
  get nextCursor(): string | null {
    return this.more ? this.more.nextCursor : (this.first.value?.nextCursor ?? null);
  }

  /** Whether the first page is still to come. */
  get isLoading(): boolean {
    return this.first.status === TaskStatus.INITIAL || this.first.status === TaskStatus.PENDING;
  }

  /** Whether the last "show more" arrived. */
  get moreLoaded(): boolean {
    return this.next.status === TaskStatus.COMPLETE;
  }

  get isLoadingMore(): boolean {
    return this.next.status === TaskStatus.PENDING;
  }

  /** Whether the first page failed (its error is `first.error`). */
  get failed(): boolean {
    return this.first.status === TaskStatus.ERROR;
  }

  /** Whether the last "show more" failed for a reason worth showing (an abort is not one). */
  get moreFailed(): boolean {
    return this.next.status === TaskStatus.ERROR && !isAbortError(this.next.error);
  }

  /** Whether the first page arrived and held nothing. */
  get empty(): boolean {
    return this.first.status === TaskStatus.COMPLETE && this.loaded.length === 0;
  }

  /** Load the current search again. */
  reload(): void {
    void this.first.run();
  }

  /** Load the next page, if there is one. */
  readonly showMore = (): void => {
    const cursor = this.nextCursor;
    if (cursor !== null) void this.next.run([cursor]);
  };
}
