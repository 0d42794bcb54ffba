import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import {
  contractTypes,
  defaultPageSize,
  defaultRadiusKm,
  maxQueryLength,
  amsterdamToday,
  sectors,
  vacancyKinds,
  vacancySorts,
  type CareerTestResult,
  type ContractType,
  type Organisation,
  type Sector,
  type Vacancy,
  type VacancyKind,
  type VacancyPage,
  type VacancySort,
} from '@mobility-kit/contract';
import { defaultStoryCongruence, rankVacancies } from '@mobility-kit/rules';
import type { MobilityClient } from '@mobility-kit/sdk';
import { MobilityClientController } from '../shared/client-context.js';
import { LocalizeController } from '../shared/localize.js';
import { isAbortError, loadErrorKind, MissingClientError } from '../shared/load-error.js';
import { vacanciesTranslations, type VacanciesStrings } from './translations.js';
import { cardTitleId, vacancyCard } from './vacancy-card.js';
import { vacanciesStyles } from './mobility-vacancies.styles.js';
import {
  effectiveSort,
  feedUrl,
  isFiltered,
  normaliseSearch,
  readSearchParams,
  searchKeys,
  urlWithSearch,
  type SearchKey,
  type SearchState,
} from './search-state.js';

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

/** The arguments a search depends on; a change in any of them starts a new search. */
type SearchArgs = readonly [client: MobilityClient | undefined, configurationError: unknown, search: string, pageSize: number];

/** Prefix of the page-URL parameters written with `sync-url`, so they do not clash with the host page's own. */
export const urlParamPrefix = 'mv-';

/** Lists longer than this are virtualised by default: only the cards near the viewport are in the DOM. */
export const defaultVirtualizeAbove = 50;

/** Radius choices offered next to `near`, in km. */
const radiusChoices = [5, 10, 20, 40, 60, 80, 100] as const;

/** Congruence (0–100) from which a vacancy gets the "fits your profile" badge. */
const goodMatchCongruence = defaultStoryCongruence;

/** Number attributes that may be absent: a blank or non-numeric value means "not set". */
const numberOrUndefined = {
  fromAttribute: (value: string | null): number | undefined => {
    if (value === null || value.trim() === '') return undefined;
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  },
  toAttribute: (value: number | undefined): string | null => (value === undefined || value === null ? null : String(value)),
};

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
  @property({ attribute: 'hours-min', reflect: true, converter: numberOrUndefined })
  hoursMin?: number;

  /** At most this many hours a week. */
  @property({ attribute: 'hours-max', reflect: true, converter: numberOrUndefined })
  hoursMax?: number;

  /** From this CAO scale. */
  @property({ attribute: 'scale-min', reflect: true, converter: numberOrUndefined })
  scaleMin?: number;

  /** Up to this CAO scale. */
  @property({ attribute: 'scale-max', reflect: true, converter: numberOrUndefined })
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
  @property({ attribute: 'radius-km', reflect: true, converter: numberOrUndefined })
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

  @state() private expanded = new Set<string>();
  /** Whether the filter panel is open on narrow screens (on wide screens it is always shown). */
  @state() private filtersOpen = false;
  /** What the copy button last achieved, announced politely. */
  @state() private copyState: 'idle' | 'copied' | 'failed' = 'idle';

  @query('#q') private searchInput?: HTMLInputElement;
  @query('form') private form?: HTMLFormElement;
  @query('.results') private resultsRegion?: HTMLElement;
  @query('.list-virtual') private virtualList?: VirtualizerHostElement;
  @query('[part~="feed-link"]') private feedLink?: HTMLAnchorElement;

  private readonly l10n = new LocalizeController<VacanciesStrings>(this, 'mobility-vacancies', vacanciesTranslations);

  private readonly clientSource = new MobilityClientController(this, {
    baseUrl: () => this.baseUrl,
    locale: () => this.l10n.lang,
  });

  /** Pages fetched with "show more" on top of the first page, and the cursor to continue from. */
  private more: { items: Vacancy[]; nextCursor: string | null } | undefined;
  /** Set after "show more" so the first new card's title receives focus once rendered. */
  private focusCardId: string | undefined;
  /** How the next change of the search is written to the history (`sync-url`). */
  private historyMode: 'push' | 'replace' = 'replace';
  /** The search last written to the URL, to write only changes. */
  private writtenSearch: string | undefined;
  /** The presets from attributes, restored when Back leads to a URL without a search. */
  private presets: SearchState | undefined;
  /** Ranking is memoised per list and profile: re-ranking 10,000 items on every render would be waste. */
  private ranked: { items: Vacancy[]; interests: CareerTestResult; result: { items: Vacancy[]; good: Set<string> } } | undefined;

  private readonly search = new Task(this, {
    args: (): SearchArgs => [
      this.clientSource.client,
      this.clientSource.configurationError,
      JSON.stringify(this.searchState),
      this.limit,
    ],
    task: async ([client, configurationError, search, limit], { signal }): Promise<VacancyPage> => {
      // A new search makes earlier "show more" results meaningless.
      this.moreTask.abort();
      this.more = undefined;
      this.expanded = new Set();
      if (!client) throw new MissingClientError({ cause: configurationError });
      return client.vacancies.list({ ...(JSON.parse(search) as SearchState), limit }, { signal });
    },
  });

  private readonly moreTask = new Task(this, {
    autoRun: false,
    task: async ([cursor]: readonly [string], { signal }): Promise<void> => {
      const client = this.clientSource.client;
      const first = this.search.value;
      if (!client || !first) return;
      const page = await client.vacancies.list({ ...this.searchState, limit: this.limit, cursor }, { signal });
      // Cursor pages can overlap when vacancies were added meanwhile; show each vacancy once.
      const seen = new Set([...first.items, ...(this.more?.items ?? [])].map((v) => v.id));
      const fresh = page.items.filter((v) => !seen.has(v.id));
      this.focusCardId = fresh[0]?.id;
      this.more = { items: [...(this.more?.items ?? []), ...fresh], nextCursor: page.nextCursor };
    },
  });

  /**
   * Organisations for the organisation filter, fetched once someone reaches for the filters (focus
   * or pointer in the panel): most visitors never filter and need not pay for the request. Until
   * then the select offers the organisations of the loaded vacancies.
   */
  @state() private organisationsWanted = false;

  private readonly organisationsTask = new Task(this, {
    args: () => [this.organisationsWanted ? this.clientSource.client : undefined] as const,
    task: async ([client], { signal }): Promise<Organisation[]> => {
      if (!client) return [];
      const list = await client.organisations.list({ signal });
      return [...list].sort((a, b) => a.name.localeCompare(b.name, this.l10n.locale));
    },
  });

  /** The search as the API will receive it: every filter checked, impossible combinations dropped. */
  get searchState(): SearchState {
    return normaliseSearch({
      q: this.q,
      kind: this.kind,
      organisation: this.organisation,
      sector: this.sector,
      hoursMin: this.hoursMin,
      hoursMax: this.hoursMax,
      scaleMin: this.scaleMin,
      scaleMax: this.scaleMax,
      contract: this.contract,
      closingAfter: this.closingAfter,
      near: this.near,
      radiusKm: this.radiusKm,
      sort: this.sort,
    });
  }

  /** The Atom feed of the current search (public vacancies only), or `undefined` without an API. */
  get feedUrl(): string | undefined {
    const client = this.clientSource.client;
    return client ? feedUrl(client.baseUrl, this.searchState) : undefined;
  }

  private get limit(): number {
    const size = Math.floor(Number(this.pageSize));
    return Number.isFinite(size) ? Math.min(100, Math.max(1, size)) : defaultPageSize;
  }

  /** Load the current search again, e.g. after the connection came back. */
  reload(): void {
    void this.search.run();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.presets ??= this.searchState;
    if (this.syncUrl) this.applyUrl();
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('syncUrl') && this.syncUrl && this.hasUpdated) this.applyUrl();
    if (this.syncUrl) this.writeUrl();
    if (changed.has('q') || changed.has('near')) this.copyState = 'idle';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusCardId && this.moreTask.status === TaskStatus.COMPLETE) this.focusNewCard(this.focusCardId);
  }

  /** Put focus on the first card "show more" brought; in a virtualised list, scroll it into the DOM first. */
  private focusNewCard(id: string, attempt = 0): void {
    const title = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(cardTitleId({ id } as Vacancy))}`);
    if (title) {
      this.focusCardId = undefined;
      title.focus();
      return;
    }
    const index = this.displayed().items.findIndex((v) => v.id === id);
    const virtualizer = this.virtualList?.[virtualizerRef];
    if (index < 0 || !virtualizer || attempt > 10) {
      this.focusCardId = undefined;
      return;
    }
    virtualizer.element(index)?.scrollIntoView({ block: 'nearest' });
    requestAnimationFrame(() => this.focusNewCard(id, attempt + 1));
  }

  protected override render() {
    const t = this.l10n.strings;
    const busy = this.isLoading || this.moreTask.status === TaskStatus.PENDING;
    const state = this.searchState;
    return html`
      <div class="root" lang=${this.l10n.lang}>
        <form
          part="search"
          class="search"
          role="search"
          aria-label=${t.regionLabel}
          @submit=${this.onSubmit}
          @change=${this.onFormChange}
        >
          <div class="field field-query">
            <label for="q">${t.searchLabel}</label>
            <div class="query-row">
              <input
                id="q"
                part="search-input"
                type="search"
                name="q"
                autocomplete="off"
                enterkeyhint="search"
                maxlength=${maxQueryLength}
                .value=${state.q ?? ''}
              />
              <button part="button search-button" class="button" type="submit">${t.searchButton}</button>
            </div>
          </div>
          <button
            part="button filters-toggle"
            class="button button-secondary filters-toggle"
            type="button"
            aria-expanded=${this.filtersOpen ? 'true' : 'false'}
            aria-controls="filters"
            @click=${this.toggleFilters}
          >
            ${t.filtersToggle(this.activeFilterCount(state))}
          </button>
          <div
            id="filters"
            part="filters"
            class=${this.filtersOpen ? 'filters open' : 'filters'}
            role="group"
            aria-label=${t.filtersLabel}
            @focusin=${this.wantOrganisations}
            @pointerover=${this.wantOrganisations}
          >
            ${this.renderFilters(t, state)}
          </div>
        </form>
        <p
          part="status"
          class=${this.statusRepeatsMessage ? 'status visually-hidden' : 'status'}
          role="status"
          aria-live="polite"
        >
          ${this.statusText(t)}
        </p>
        ${this.renderFeed(t)}
        <div part="results" class="results" tabindex="-1" aria-busy=${busy ? 'true' : 'false'}>
          ${this.renderResults(t)}
        </div>
      </div>
    `;
  }

  private renderFilters(t: VacanciesStrings, state: SearchState) {
    const organisations = this.organisationOptions();
    const presetMissing = state.organisation !== undefined && !organisations.some((o) => o.id === state.organisation);
    const radius = state.radiusKm;
    const radii: number[] = [...radiusChoices];
    if (radius !== undefined && !radii.includes(radius)) radii.push(radius), radii.sort((a, b) => a - b);
    const sort = this.shownSort(state);
    return html`
      <div class="field">
        <label for="kind">${t.kindLabel}</label>
        <select id="kind" name="kind" part="filter kind-select">
          <option value="" ?selected=${!state.kind}>${t.kindAll}</option>
          ${vacancyKinds.map((kind) => html`<option value=${kind} ?selected=${state.kind === kind}>${t.kinds[kind]}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="organisation">${t.organisationLabel}</label>
        <select id="organisation" name="organisation" part="filter organisation-select">
          <option value="" ?selected=${!state.organisation}>${t.organisationAll}</option>
          ${presetMissing ? html`<option value=${state.organisation!} selected>${state.organisation}</option>` : nothing}
          ${organisations.map(
            (o) => html`<option value=${o.id} ?selected=${state.organisation === o.id}>${o.name}</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="sector">${t.sectorLabel}</label>
        <select id="sector" name="sector" part="filter sector-select">
          <option value="" ?selected=${!state.sector}>${t.sectorAll}</option>
          ${sectors.map((sector) => html`<option value=${sector} ?selected=${state.sector === sector}>${t.sectors[sector]}</option>`)}
        </select>
      </div>
      <fieldset class="field range">
        <legend>${t.hoursRangeLabel}</legend>
        ${this.numberField('hoursMin', t.rangeMin, state.hoursMin, 0, 60)} ${this.numberField('hoursMax', t.rangeMax, state.hoursMax, 0, 60)}
      </fieldset>
      <fieldset class="field range">
        <legend>${t.scaleRangeLabel}</legend>
        ${this.numberField('scaleMin', t.rangeMin, state.scaleMin, 1, 18)} ${this.numberField('scaleMax', t.rangeMax, state.scaleMax, 1, 18)}
      </fieldset>
      <div class="field">
        <label for="contract">${t.contractLabel}</label>
        <select id="contract" name="contract" part="filter contract-select">
          <option value="" ?selected=${!state.contract}>${t.contractAll}</option>
          ${contractTypes.map((c) => html`<option value=${c} ?selected=${state.contract === c}>${t.contracts[c]}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="closingAfter">${t.closingAfterLabel}</label>
        <input id="closingAfter" name="closingAfter" part="filter" type="date" .value=${state.closingAfter ?? ''} />
      </div>
      <div class="field">
        <label for="near">${t.nearLabel}</label>
        <input
          id="near"
          name="near"
          part="filter near-input"
          type="text"
          autocomplete="postal-code"
          maxlength="100"
          aria-describedby="near-hint"
          .value=${state.near ?? ''}
        />
        <span id="near-hint" class="hint">${t.nearHint}</span>
      </div>
      <div class="field">
        <label for="radiusKm">${t.radiusLabel}</label>
        <select id="radiusKm" name="radiusKm" part="filter radius-select">
          ${radii.map(
            (km) => html`<option value=${km === defaultRadiusKm && radius === undefined ? '' : km} ?selected=${(radius ?? defaultRadiusKm) === km}>
              ${t.radiusOption(this.l10n.number(km), km === defaultRadiusKm)}
            </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="sort">${t.sortLabel}</label>
        <select id="sort" name="sort" part="filter sort-select">
          ${vacancySorts.map(
            (s) => html`<option value=${s} ?selected=${sort === s} ?disabled=${(s === 'distance' && state.near === undefined) || (s === 'relevance' && state.q === undefined && !this.interests)}>
              ${t.sorts[s]}
            </option>`,
          )}
        </select>
      </div>
      <div class="field field-apply">
        <button part="button apply-button" class="button" type="submit">${t.applyFilters}</button>
      </div>
    `;
  }

  /** The organisations to offer: the API's list once loaded, else those of the loaded vacancies. */
  private organisationOptions(): { id: string; name: string }[] {
    const loaded = this.organisationsTask.value;
    if (loaded && loaded.length > 0) return loaded;
    const seen = new Map<string, { id: string; name: string }>();
    for (const v of this.loaded) if (!seen.has(v.organisation.id)) seen.set(v.organisation.id, v.organisation);
    return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, this.l10n.locale));
  }

  private readonly wantOrganisations = (): void => {
    if (!this.organisationsWanted) this.organisationsWanted = true;
  };

  private numberField(name: SearchKey, label: string, value: number | undefined, min: number, max: number) {
    return html`<span class="range-field">
      <label for=${name}>${label}</label>
      <input id=${name} name=${name} part="filter" type="number" inputmode="numeric" min=${min} max=${max} .value=${value === undefined ? '' : String(value)} />
    </span>`;
  }

  private renderFeed(t: VacanciesStrings) {
    const url = this.feedUrl;
    if (!url) return nothing;
    return html`<div part="feed" class="feed">
      <p class="feed-line">
        <span class="feed-label">${t.feedLabel}:</span>
        <a part="feed-link" class="feed-link" href=${url} type="application/atom+xml">${url}</a>
      </p>
      <p class="feed-line">
        <button part="button copy-button" class="button button-secondary" type="button" @click=${this.copyFeedLink}>${t.copyLink}</button>
        <span class="feed-note">${t.feedNote}</span>
        <span part="copy-status" class="copy-status" role="status" aria-live="polite"
          >${this.copyState === 'copied' ? t.copied : this.copyState === 'failed' ? t.copyFailed : ''}</span
        >
      </p>
    </div>`;
  }

  private get isLoading(): boolean {
    return this.search.status === TaskStatus.INITIAL || this.search.status === TaskStatus.PENDING;
  }

  /** The empty and error states show the same words in their own box; say them once on screen. */
  private get statusRepeatsMessage(): boolean {
    return this.search.status === TaskStatus.ERROR || (this.search.status === TaskStatus.COMPLETE && this.loaded.length === 0);
  }

  private statusText(t: VacanciesStrings): string {
    if (this.isLoading) return t.loading;
    if (this.search.status === TaskStatus.ERROR) return t.errorTitle;
    const count = this.loaded.length;
    if (count === 0) return t.emptyTitle;
    return t.found(count, this.l10n.number(count), this.nextCursor !== null);
  }

  /** Every vacancy loaded so far, in the order the API sent them. */
  private get loaded(): Vacancy[] {
    const first = this.search.value?.items ?? [];
    return this.more ? [...first, ...this.more.items] : first;
  }

  private get nextCursor(): string | null {
    return this.more ? this.more.nextCursor : (this.search.value?.nextCursor ?? null);
  }

  /**
   * The loaded vacancies in the order shown: re-ranked by the career-test profile while the sort is
   * "best match", otherwise as the API ordered them. Equal fits keep the API's order.
   */
  private displayed(): { items: Vacancy[]; good: Set<string> } {
    const items = this.loaded;
    const profile = this.interests;
    if (!profile || this.shownSort(this.searchState) !== 'relevance' || items.length === 0) {
      return { items, good: new Set() };
    }
    if (this.ranked && this.ranked.interests === profile && sameList(this.ranked.items, items)) return this.ranked.result;
    let result: { items: Vacancy[]; good: Set<string> };
    try {
      const fit = new Map(rankVacancies(profile, items).map((match) => [match.vacancy.id, match.congruence]));
      const score = (v: Vacancy) => fit.get(v.id) ?? -1;
      // Array.prototype.sort is stable: vacancies that fit equally stay in the API's order.
      const ordered = [...items].sort((a, b) => score(b) - score(a));
      result = { items: ordered, good: new Set(ordered.filter((v) => score(v) >= goodMatchCongruence).map((v) => v.id)) };
    } catch {
      // A result of an instrument without RIASEC scales cannot rank anything: keep the API's order.
      result = { items, good: new Set() };
    }
    this.ranked = { items, interests: profile, result };
    return result;
  }

  private renderResults(t: VacanciesStrings) {
    if (this.isLoading) return this.renderSkeleton(t);
    if (this.search.status === TaskStatus.ERROR) {
      return this.renderError(t.errors[loadErrorKind(this.search.error)], t, () => this.retry());
    }
    const { items, good } = this.displayed();
    if (items.length === 0) return this.renderEmpty(t);
    const today = amsterdamToday();
    const moreFailed = this.moreTask.status === TaskStatus.ERROR && !isAbortError(this.moreTask.error);
    const cardContext = (vacancy: Vacancy) => ({
      l10n: this.l10n,
      headingLevel: this.headingLevel,
      detailHref: this.detailHref(vacancy),
      expanded: this.expanded.has(vacancy.id),
      today,
      onSelect: this.onSelect,
      goodMatch: good.has(vacancy.id),
    });
    const threshold = Number.isFinite(Number(this.virtualizeAbove)) ? Number(this.virtualizeAbove) : defaultVirtualizeAbove;
    // The server's total is unknown while it has more pages: ARIA's -1 says exactly that.
    const size = this.nextCursor === null ? items.length : -1;
    return html`
      ${items.length > threshold
        ? html`<div part="list" class="list-virtual" role="list">
            ${virtualize({
              items,
              keyFunction: (vacancy: Vacancy) => vacancy.id,
              renderItem: (vacancy: Vacancy, index: number) =>
                vacancyCard(vacancy, { ...cardContext(vacancy), position: { index: index + 1, size } }),
            })}
          </div>`
        : html`<ul part="list" class="list" role="list">
            ${items.map((vacancy) => vacancyCard(vacancy, cardContext(vacancy)))}
          </ul>`}
      ${moreFailed
        ? this.renderError(t.errors[loadErrorKind(this.moreTask.error)], t, () => this.showMore())
        : nothing}
      ${this.nextCursor !== null && !moreFailed
        ? html`<div class="more">
            ${this.moreTask.status === TaskStatus.PENDING
              ? html`<p class="loading-more">${t.loadingMore}</p>`
              : html`<button part="button more-button" class="button button-secondary" type="button" @click=${this.showMore}>
                  ${t.showMore}
                </button>`}
          </div>`
        : nothing}
    `;
  }

  private renderSkeleton(t: VacanciesStrings) {
    const count = Math.min(this.limit, 3);
    return html`<div part="skeleton" class="skeleton-list">
      <span class="visually-hidden">${t.loading}</span>
      ${Array.from(
        { length: count },
        () => html`<div class="skeleton-card" aria-hidden="true">
          <div class="skeleton skeleton-title"></div>
          <div class="skeleton skeleton-line"></div>
          <div class="skeleton skeleton-line skeleton-short"></div>
        </div>`,
      )}
    </div>`;
  }

  private renderEmpty(t: VacanciesStrings) {
    const filtered = isFiltered(this.searchState);
    return html`<div part="empty" class="message empty">
      <p class="message-title">${t.emptyTitle}</p>
      <p>${t.emptyHint(filtered)}</p>
      ${filtered
        ? html`<button part="button clear-button" class="button button-secondary" type="button" @click=${this.clearFilters}>
            ${t.clearFilters}
          </button>`
        : nothing}
    </div>`;
  }

  private renderError(message: string, t: VacanciesStrings, retry: () => void) {
    return html`<div part="error" class="message error">
      <p class="message-title">${t.errorTitle}</p>
      <p class="error-message">${message}</p>
      <button part="button retry-button" class="button" type="button" @click=${retry}>${t.retry}</button>
    </div>`;
  }

  /** The order without an explicit choice: best match with search text or a profile, else newest first. */
  private defaultSort(state: SearchState): VacancySort {
    return this.interests ? 'relevance' : effectiveSort(state);
  }

  /** The order in force, as the sort select shows it. */
  private shownSort(state: SearchState): VacancySort {
    return state.sort ?? this.defaultSort(state);
  }

  private activeFilterCount(state: SearchState): number {
    return searchKeys.filter((key) => key !== 'q' && key !== 'sort' && key !== 'radiusKm' && state[key] !== undefined).length;
  }

  private detailHref(vacancy: Vacancy): string | undefined {
    return this.detailUrl ? this.detailUrl.replaceAll('{id}', encodeURIComponent(vacancy.id)) : undefined;
  }

  private retry(): void {
    // Keep keyboard focus in the widget while the retry button is replaced by the skeleton.
    this.resultsRegion?.focus();
    void this.search.run();
  }

  /** Set every filter property from a search (absent filters are cleared). */
  private applySearch(state: SearchState): void {
    this.q = state.q;
    this.kind = state.kind;
    this.organisation = state.organisation;
    this.sector = state.sector;
    this.hoursMin = state.hoursMin;
    this.hoursMax = state.hoursMax;
    this.scaleMin = state.scaleMin;
    this.scaleMax = state.scaleMax;
    this.contract = state.contract;
    this.closingAfter = state.closingAfter;
    this.near = state.near;
    this.radiusKm = state.radiusKm;
    this.sort = state.sort;
  }

  /** Take the search from the page URL, when it carries one. */
  private applyUrl(): void {
    const { state, found } = readSearchParams(new URLSearchParams(location.search), urlParamPrefix);
    if (found) this.applySearch(state);
    this.writtenSearch = JSON.stringify(this.searchState);
  }

  /** Write a changed search to the page URL: a history entry for a submitted search, else in place. */
  private writeUrl(): void {
    const state = this.searchState;
    const key = JSON.stringify(state);
    const mode = this.historyMode;
    this.historyMode = 'replace';
    if (key === this.writtenSearch) return;
    this.writtenSearch = key;
    const url = urlWithSearch(location.href, state, urlParamPrefix);
    if (url === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  private readonly onPopState = (): void => {
    if (!this.syncUrl) return;
    const { state, found } = readSearchParams(new URLSearchParams(location.search), urlParamPrefix);
    this.applySearch(found ? state : (this.presets ?? {}));
    this.writtenSearch = JSON.stringify(this.searchState);
  };

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
    this.applySearch(normaliseSearch(raw));
  }

  private readonly showMore = (): void => {
    const cursor = this.nextCursor;
    if (cursor !== null) void this.moreTask.run([cursor]);
  };

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.historyMode = 'push';
    this.applyForm();
  };

  /** Selects apply at once; text, number and date fields wait for the form to be submitted. */
  private readonly onFormChange = (event: Event): void => {
    if (event.target instanceof HTMLSelectElement) this.applyForm();
  };

  private readonly toggleFilters = (): void => {
    this.filtersOpen = !this.filtersOpen;
  };

  private readonly clearFilters = (): void => {
    this.form?.reset();
    this.historyMode = 'push';
    this.applySearch({});
    this.searchInput?.focus();
  };

  private readonly copyFeedLink = async (): Promise<void> => {
    const url = this.feedUrl;
    if (!url) return;
    this.copyState = 'idle';
    await this.updateComplete;
    try {
      await navigator.clipboard.writeText(url);
      this.copyState = 'copied';
      return;
    } catch {
      // No clipboard access (an insecure page, a denied permission): select the link's text so that
      // the usual copy shortcut works, and try the old command.
    }
    const link = this.feedLink;
    const selection = window.getSelection();
    if (link && selection) selection.selectAllChildren(link);
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    this.copyState = copied ? 'copied' : 'failed';
  };

  private readonly onSelect = (vacancy: Vacancy, event: Event): void => {
    const select = new CustomEvent<MobilityVacancySelectDetail>('mobility-vacancy-select', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { vacancy },
    });
    if (!this.dispatchEvent(select)) {
      // The host handles it: no navigation, no expanding.
      event.preventDefault();
      return;
    }
    if (this.detailHref(vacancy)) return;
    const expanded = new Set(this.expanded);
    if (expanded.has(vacancy.id)) expanded.delete(vacancy.id);
    else expanded.add(vacancy.id);
    this.expanded = expanded;
  };
}

/** Whether two lists hold the same vacancies in the same order (cheap identity check first). */
function sameList(a: readonly Vacancy[], b: readonly Vacancy[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
