import { LitElement, html, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import {
  defaultPageSize,
  amsterdamToday,
  type CareerTestResult,
  type ContractType,
  type Sector,
  type Vacancy,
  type VacancyKind,
  type VacancySort,
} from '@mobility-kit/contract';
import { MobilityClientController } from '../shared/client-context.js';
import { CopyController } from '../shared/copy-controller.js';
import { LocalizeController } from '../shared/localize.js';
import { optionalNumber } from '../shared/optional-number.js';
import { vacanciesTranslations, type VacanciesStrings } from './translations.js';
import { vacanciesStyles } from './mobility-vacancies.styles.js';
import { feedUrl, isFiltered, type SearchState } from './search-state.js';
import { VacancySearchController } from './search-controller.js';
import { VacancyPagingController } from './paging-controller.js';
import { OrganisationsController } from './organisations-controller.js';
import { VacancyCardsController } from './cards-controller.js';
import { ProfileRanking, type RankedVacancies } from './ranking.js';
import { CardFocusController, virtualizeThreshold } from './virtual-list.js';
import { searchForm } from './search-form.js';
import { feedLink } from './feed-link.js';
import { results, statusRepeatsMessage, statusText, type ResultsState } from './results.js';

/** `detail` of the `mobility-vacancy-select` event. */
export interface MobilityVacancySelectDetail {
  /** The vacancy whose title was activated, as the API sent it. */
  vacancy: Vacancy;
}

declare global {
  interface HTMLElementEventMap {
    /** A vacancy's title was activated. Cancel it to route to the vacancy yourself. */
    'mobility-vacancy-select': CustomEvent<MobilityVacancySelectDetail>;
  }
}

/** Prefix of the page-URL parameters written with `sync-url`, so they do not clash with the host page's own. */
export const urlParamPrefix = 'mv-';

/** Lists longer than this are virtualised by default: only the cards near the viewport are in the DOM. */
export const defaultVirtualizeAbove = 50;

/**
 * A searchable list of vacancies, assignments (klussen), secondments, lecturer internships and
 * project roles from the mobility-kit API.
 *
 * Long lists are virtualised; the list keeps its semantics (`role="list"`, and each item its
 * `aria-posinset` and `aria-setsize`), since the DOM then holds only a window of it.
 *
 * Career-test matching: set the `interests` property to the `CareerTestResult` that
 * `scoreInstrument` returns (`@mobility-kit/rules`). The loaded vacancies are then re-ranked in the
 * browser by RIASEC congruence while the sort is "best match", and good matches carry a badge.
 * The profile never leaves the browser: it is not sent to the API, written to the URL or reflected.
 *
 * @summary Searchable vacancy feed: search box, filters, result count, cards and a feed link.
 *
 * @tagname mobility-vacancies
 *
 * @attr base-url - The API to use when the element is not inside a `<mobility-provider>`; when set, it wins over the provider.
 * @attr q - The search text. Reflects what the user searched for.
 * @attr kind - Only this kind: `vacancy`, `assignment`, `secondment`, `internship` or `project`. Reflects the filter.
 * @attr organisation - Only vacancies of this organisation (its id, e.g. `hogeschool-utrecht`). Reflects the filter.
 * @attr sector - Only organisations of this sector (`hbo`, `wo`, `mbo`, `vo`, `po`, `government`, `business`, `care`, `other`). Reflects the filter.
 * @attr hours-min - At least this many hours a week (0–60). Reflects the filter.
 * @attr hours-max - At most this many hours a week (0–60). Reflects the filter.
 * @attr scale-min - From this CAO scale (1–18). Reflects the filter.
 * @attr scale-max - Up to this CAO scale (1–18). Reflects the filter.
 * @attr contract - Only this contract: `permanent`, `temporary` or `secondment`. Reflects the filter.
 * @attr closing-after - Only vacancies still open on this date (`YYYY-MM-DD`). Reflects the filter.
 * @attr near - A postcode area (`3511`) or a place name (`Utrecht`): only vacancies within `radius-km`, with their distance on the card. Reflects the filter.
 * @attr radius-km - Radius around `near` in km (1–300, default 40). Reflects the filter.
 * @attr sort - `relevance` (needs a search text, or a career-test profile in `interests`), `newest`, `closing` or `distance` (needs `near`). Reflects the choice.
 * @attr page-size - How many vacancies per page (1–100, default 20).
 * @attr sync-url - Keep the search in the page's URL (parameters `mv-q`, `mv-kind`, …): read on load, updated on each search (a history entry per submitted search), restored on Back and Forward.
 * @attr virtualize-above - Lists longer than this render only the cards near the viewport (default 50).
 * @attr heading-level - Level of the card titles (2–6, default 3), to fit the page's heading outline.
 * @attr detail-url - Link template for a vacancy's page, e.g. `/vacatures/{id}`. Without it the title expands the card.
 *
 * @fires {MobilityVacancySelectDetail} mobility-vacancy-select - A vacancy's title was activated. Bubbles, composed, cancelable: cancel it to handle the navigation yourself (the link is not followed, the card does not expand).
 *
 * @csspart search - The search form (search box and filters).
 * @csspart search-input - The search box.
 * @csspart search-button - The search button.
 * @csspart kind-select - The kind filter.
 * @csspart filters-toggle - The button that shows and hides the filters on narrow screens.
 * @csspart filters - The panel with every filter besides the search box.
 * @csspart filter - Every filter control; also `organisation-select`, `sector-select`, `contract-select`, `sort-select`, `near-input`, `radius-select`.
 * @csspart apply-button - The button that applies the filters.
 * @csspart feed - The feed link of the current search and its copy button.
 * @csspart feed-link - The link to the Atom feed of the current search.
 * @csspart copy-button - The button that copies the feed link.
 * @csspart status - The result count (a polite live region).
 * @csspart results - The area with the cards, skeleton, empty or error state.
 * @csspart list - The list of cards.
 * @csspart card - One vacancy.
 * @csspart title - The heading of a card.
 * @csspart title-button - The title when it expands the card.
 * @csspart title-link - The title when it links to `detail-url`.
 * @csspart summary - A card's summary.
 * @csspart badge - Every badge; also `badge-kind`, `badge-visibility`, `badge-stage`, `badge-priority`, `badge-match`.
 * @csspart facts - A card's list of organisation, place, hours, scale, salary and closing date.
 * @csspart detail - The expanded description.
 * @csspart apply-link - The link to apply.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart empty - The message shown when nothing matches.
 * @csspart error - The message shown when loading failed.
 * @csspart button - Every button; also `retry-button`, `clear-button`, `more-button`.
 *
 * @cssprop [--mobility-vacancies-gap=var(--mobility-space-m)] - Space between the cards and between the search, status and list.
 * @cssprop [--mobility-vacancies-card-min-width=18rem] - Narrowest a card gets before the grid uses fewer columns.
 * @cssprop [--mobility-vacancies-card-background=var(--mobility-color-surface)] - Background of a card.
 * @cssprop [--mobility-vacancies-card-border-color=var(--mobility-color-border)] - Border of a card and the rule above its details.
 * @cssprop [--mobility-vacancies-card-radius=var(--mobility-radius)] - Corners of a card and of the skeleton.
 * @cssprop [--mobility-vacancies-card-padding=var(--mobility-space-m)] - Padding inside a card.
 * @cssprop [--mobility-vacancies-title-color=var(--mobility-color-primary)] - Title of a card (a link or a button).
 * @cssprop [--mobility-vacancies-title-font-size=var(--mobility-font-size-large)] - Size of a card's title.
 * @cssprop [--mobility-vacancies-badge-background=var(--mobility-color-accent-surface)] - Background of the badges (kind, visibility, stage, match).
 * @cssprop [--mobility-vacancies-badge-color=var(--mobility-color-text)] - Text of the badges.
 * @cssprop [--mobility-vacancies-button-background=var(--mobility-color-primary)] - Background and border of the buttons (search, apply, more).
 * @cssprop [--mobility-vacancies-button-color=var(--mobility-color-on-primary)] - Text of the buttons.
 * @cssprop [--mobility-vacancies-input-border-color=var(--mobility-color-border)] - Border of the search box and the filters.
 * @cssprop [--mobility-vacancies-skeleton-color=var(--mobility-color-skeleton)] - The placeholder shapes while loading.
 */
export class MobilityVacancies extends LitElement {
  static override styles = vacanciesStyles;

  /** The API to use without a provider. When set it wins over a surrounding `<mobility-provider>`. */
  @property({ attribute: 'base-url' })
  baseUrl?: string;

  /** The search text; reflects to the `q` attribute so the search can be restored. */
  @property({ reflect: true })
  q?: string;

  /** Only vacancies of this kind. An unknown value is ignored (all kinds are shown). */
  @property({ reflect: true })
  kind?: VacancyKind;

  /** Only vacancies of this organisation (its id). */
  @property({ reflect: true })
  organisation?: string;

  /** Only vacancies of organisations in this sector. */
  @property({ reflect: true })
  sector?: Sector;

  /** At least this many hours a week. */
  @property({ attribute: 'hours-min', reflect: true, converter: optionalNumber })
  hoursMin?: number;

  /** At most this many hours a week. */
  @property({ attribute: 'hours-max', reflect: true, converter: optionalNumber })
  hoursMax?: number;

  /** From this CAO scale. */
  @property({ attribute: 'scale-min', reflect: true, converter: optionalNumber })
  scaleMin?: number;

  /** Up to this CAO scale. */
  @property({ attribute: 'scale-max', reflect: true, converter: optionalNumber })
  scaleMax?: number;

  /** Only this kind of contract. */
  @property({ reflect: true })
  contract?: ContractType;

  /** Only vacancies whose closing date is on or after this date (`YYYY-MM-DD`). */
  @property({ attribute: 'closing-after', reflect: true })
  closingAfter?: string;

  /** A postcode area (`3511`) or place name: only vacancies within {@link radiusKm} of it. */
  @property({ reflect: true })
  near?: string;

  /** Radius around {@link near}, in km; the API's default (40) when not set. */
  @property({ attribute: 'radius-km', reflect: true, converter: optionalNumber })
  radiusKm?: number;

  /** Order of the list. Without it the API orders by relevance when there is search text, else newest first. */
  @property({ reflect: true })
  sort?: VacancySort;

  /** Vacancies per page, 1–100. */
  @property({ attribute: 'page-size', type: Number })
  pageSize: number = defaultPageSize;

  /** Heading level of the card titles, 2–6. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 3;

  /** Link template for a vacancy's own page; `{id}` is replaced by the vacancy id. */
  @property({ attribute: 'detail-url' })
  detailUrl?: string;

  /** Keep the search in the page URL (`mv-*` parameters) and follow Back and Forward. */
  @property({ attribute: 'sync-url', type: Boolean })
  syncUrl = false;

  /** Lists longer than this are virtualised. */
  @property({ attribute: 'virtualize-above', type: Number })
  virtualizeAbove = defaultVirtualizeAbove;

  /**
   * A career-test result (`scoreInstrument` of `@mobility-kit/rules`) to rank the loaded vacancies
   * by. A property only: a profile is personal and stays in the browser — it is never sent to the
   * API, put in the URL or reflected to an attribute.
   */
  @property({ attribute: false })
  interests?: CareerTestResult;

  @query('.results') private resultsRegion?: HTMLElement;
  @query('[part~="feed-link"]') private feedLinkElement?: HTMLAnchorElement;

  private readonly l10n = new LocalizeController<VacanciesStrings>(this, 'mobility-vacancies', vacanciesTranslations);

  private readonly clientSource = new MobilityClientController(this, {
    baseUrl: () => this.baseUrl,
    locale: () => this.l10n.lang,
  });

  /** The filters, the form and the page URL; added before the loaders, so that they see a search read from the URL. */
  private readonly search = new VacancySearchController(this, urlParamPrefix);

  /** What the feed link's copy button last achieved, announced politely. */
  private readonly copy = new CopyController(this);

  private readonly cards = new VacancyCardsController(this);

  private readonly cardFocus = new CardFocusController(this, {
    ready: () => this.paging.moreLoaded,
    shown: () => this.shown(this.searchState).items,
  });

  private readonly paging = new VacancyPagingController(this, {
    client: () => this.clientSource.client,
    configurationError: () => this.clientSource.configurationError,
    search: () => this.searchState,
    pageSize: () => this.pageSize,
    onNewSearch: () => this.cards.collapseAll(),
    // Focus goes to the first new card once rendered.
    onMore: (firstNewId) => this.cardFocus.request(firstNewId),
  });

  private readonly organisations = new OrganisationsController(this, {
    client: () => this.clientSource.client,
    locale: () => this.l10n.locale,
  });

  private readonly ranking = new ProfileRanking();

  /** The search as the API will receive it: every filter checked, impossible combinations dropped. */
  get searchState(): SearchState {
    return this.search.state;
  }

  /** The Atom feed of the current search (public vacancies only), or `undefined` without an API. */
  get feedUrl(): string | undefined {
    const client = this.clientSource.client;
    return client ? feedUrl(client.baseUrl, this.searchState) : undefined;
  }

  /** Load the current search again, e.g. after the connection came back. */
  reload(): void {
    this.paging.reload();
  }

  // In update() rather than willUpdate(): controllers may set the search (from the page URL) after willUpdate.
  protected override update(changed: PropertyValues<this>): void {
    if (changed.has('q') || changed.has('near')) this.copy.reset();
    super.update(changed);
  }

  protected override render() {
    const t = this.l10n.strings;
    const state = this.searchState;
    const { items, good } = this.shown(state);
    const paging = this.paging;
    const loaded: ResultsState = {
      loading: paging.isLoading,
      error: paging.failed ? { reason: paging.first.error } : undefined,
      items,
      hasMore: paging.nextCursor !== null,
    };
    const cardShared = { l10n: this.l10n, headingLevel: this.headingLevel, today: amsterdamToday() };
    return html`
      <div class="root" lang=${this.l10n.lang}>
        ${searchForm({
          l10n: this.l10n,
          state,
          filtersOpen: this.search.filtersOpen,
          activeFilters: this.search.activeFilterCount(state),
          organisations: this.organisations.options(paging.loaded),
          sort: this.search.shownSort(state),
          hasProfile: this.interests !== undefined,
          onSubmit: this.search.onSubmit,
          onChange: this.search.onChange,
          onToggleFilters: this.search.toggleFilters,
          onReachFilters: this.organisations.want,
        })}
        <p part="status" class=${statusRepeatsMessage(loaded) ? 'status visually-hidden' : 'status'} role="status" aria-live="polite">
          ${statusText(this.l10n, loaded)}
        </p>
        ${feedLink(t, this.feedUrl, this.copy.state, this.copyFeedLink)}
        <div part="results" class="results" tabindex="-1" aria-busy=${loaded.loading || paging.isLoadingMore ? 'true' : 'false'}>
          ${results({
            ...loaded,
            t,
            skeletonCount: Math.min(paging.limit, 3),
            filtered: isFiltered(state),
            virtualizeAbove: virtualizeThreshold(this.virtualizeAbove, defaultVirtualizeAbove),
            loadingMore: paging.isLoadingMore,
            moreError: paging.moreFailed ? { reason: paging.next.error } : undefined,
            card: (vacancy) => this.cards.context(vacancy, cardShared, good),
            onRetry: this.retry,
            onMore: paging.showMore,
            onClear: this.search.clear,
          })}
        </div>
      </div>
    `;
  }

  /** The loaded vacancies in the order shown: by the career-test profile while the sort is "best match". */
  private shown(state: SearchState): RankedVacancies {
    return this.ranking.rank(this.paging.loaded, this.interests, this.search.shownSort(state) === 'relevance');
  }

  private readonly retry = (): void => {
    // Keep keyboard focus in the widget while the retry button is replaced by the skeleton.
    this.resultsRegion?.focus();
    this.paging.reload();
  };

  private readonly copyFeedLink = (): void => {
    const url = this.feedUrl;
    if (url) void this.copy.copy(url, () => this.feedLinkElement);
  };
}
