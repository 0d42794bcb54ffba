import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import {
  defaultPageSize,
  maxQueryLength,
  vacancyKinds,
  type Vacancy,
  type VacancyFilter,
  type VacancyKind,
  type VacancyPage,
} from '@mobility-kit/contract';
import type { MobilityClient } from '@mobility-kit/sdk';
import { MobilityClientController } from '../shared/client-context.js';
import { LocalizeController } from '../shared/localize.js';
import { isAbortError, loadErrorKind, MissingClientError } from '../shared/load-error.js';
import { vacanciesTranslations, type VacanciesStrings } from './translations.js';
import { cardTitleId, vacancyCard } from './vacancy-card.js';
import { dutchToday } from './publication.js';
import { vacanciesStyles } from './mobility-vacancies.styles.js';

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
type SearchArgs = readonly [
  client: MobilityClient | undefined,
  configurationError: unknown,
  q: string | undefined,
  kind: VacancyKind | undefined,
  organisation: string | undefined,
  pageSize: number,
];

const isVacancyKind = (value: unknown): value is VacancyKind =>
  typeof value === 'string' && (vacancyKinds as readonly string[]).includes(value);

/**
 * A searchable list of vacancies, assignments (klussen), secondments, lecturer internships and
 * project roles from the mobility-kit API.
 *
 * @summary Searchable vacancy feed: search box, kind filter, result count and cards.
 *
 * @attr base-url - The API to use when the element is not inside a `<mobility-provider>`; when set, it wins over the provider.
 * @attr q - The search text. Reflects what the user searched for.
 * @attr kind - Only this kind: `vacancy`, `assignment`, `secondment`, `internship` or `project`. Reflects the filter.
 * @attr organisation - Only vacancies of this organisation (its id, e.g. `hogeschool-utrecht`).
 * @attr page-size - How many vacancies per page (1–100, default 20).
 * @attr heading-level - Level of the card titles (2–6, default 3), to fit the page's heading outline.
 * @attr detail-url - Link template for a vacancy's page, e.g. `/vacatures/{id}`. Without it the title expands the card.
 *
 * @fires {CustomEvent<MobilityVacancySelectDetail>} mobility-vacancy-select - A vacancy's title was activated. Bubbles, composed, cancelable: cancel it to handle the navigation yourself (the link is not followed, the card does not expand).
 *
 * @csspart search - The search form (search box and filters).
 * @csspart search-input - The search box.
 * @csspart search-button - The search button.
 * @csspart kind-select - The kind filter.
 * @csspart status - The result count (a polite live region).
 * @csspart results - The area with the cards, skeleton, empty or error state.
 * @csspart list - The list of cards.
 * @csspart card - One vacancy.
 * @csspart title - The heading of a card.
 * @csspart title-button - The title when it expands the card.
 * @csspart title-link - The title when it links to `detail-url`.
 * @csspart summary - A card's summary.
 * @csspart badge - Every badge; also `badge-kind`, `badge-visibility`, `badge-stage`, `badge-priority`.
 * @csspart facts - A card's list of organisation, place, hours, scale, salary and closing date.
 * @csspart detail - The expanded description.
 * @csspart apply-link - The link to apply.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart empty - The message shown when nothing matches.
 * @csspart error - The message shown when loading failed.
 * @csspart button - Every button; also `retry-button`, `clear-button`, `more-button`.
 *
 * @cssprop --mobility-vacancies-gap - Space between cards. Falls back to `--mobility-space-m`.
 * @cssprop --mobility-vacancies-card-min-width - Narrowest a card gets before the grid uses fewer columns (default 18rem).
 * @cssprop --mobility-vacancies-card-background - Falls back to `--mobility-color-surface`.
 * @cssprop --mobility-vacancies-card-border-color - Falls back to `--mobility-color-border`.
 * @cssprop --mobility-vacancies-card-radius - Falls back to `--mobility-radius`.
 * @cssprop --mobility-vacancies-card-padding - Falls back to `--mobility-space-m`.
 * @cssprop --mobility-vacancies-title-color - Falls back to `--mobility-color-primary`.
 * @cssprop --mobility-vacancies-title-font-size - Falls back to `--mobility-font-size-large`.
 * @cssprop --mobility-vacancies-badge-background - Falls back to `--mobility-color-accent-surface`.
 * @cssprop --mobility-vacancies-badge-color - Falls back to `--mobility-color-text`.
 * @cssprop --mobility-vacancies-button-background - Falls back to `--mobility-color-primary`.
 * @cssprop --mobility-vacancies-button-color - Falls back to `--mobility-color-on-primary`.
 * @cssprop --mobility-vacancies-input-border-color - Falls back to `--mobility-color-border`.
 * @cssprop --mobility-vacancies-skeleton-color - Falls back to `--mobility-color-skeleton`.
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
  @property()
  organisation?: string;

  /** Vacancies per page, 1–100. */
  @property({ attribute: 'page-size', type: Number })
  pageSize: number = defaultPageSize;

  /** Heading level of the card titles, 2–6. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 3;

  /** Link template for a vacancy's own page; `{id}` is replaced by the vacancy id. */
  @property({ attribute: 'detail-url' })
  detailUrl?: string;

  @state() private expanded = new Set<string>();

  @query('#q') private searchInput?: HTMLInputElement;
  @query('.results') private resultsRegion?: HTMLElement;

  private readonly l10n = new LocalizeController<VacanciesStrings>(this, 'mobility-vacancies', vacanciesTranslations);

  private readonly clientSource = new MobilityClientController(this, {
    baseUrl: () => this.baseUrl,
    locale: () => this.l10n.lang,
  });

  /** Pages fetched with "show more" on top of the first page, and the cursor to continue from. */
  private more: { items: Vacancy[]; nextCursor: string | null } | undefined;
  /** Set after "show more" so the first new card's title receives focus once rendered. */
  private focusCardId: string | undefined;

  private readonly search = new Task(this, {
    args: (): SearchArgs => [
      this.clientSource.client,
      this.clientSource.configurationError,
      this.q || undefined,
      this.kindFilter,
      this.organisation || undefined,
      this.limit,
    ],
    task: async ([client, configurationError, q, kind, organisation, limit], { signal }): Promise<VacancyPage> => {
      // A new search makes earlier "show more" results meaningless.
      this.moreTask.abort();
      this.more = undefined;
      this.expanded = new Set();
      if (!client) throw new MissingClientError({ cause: configurationError });
      const filter: VacancyFilter = { q, kind, organisation };
      return client.vacancies.list({ ...filter, limit }, { signal });
    },
  });

  private readonly moreTask = new Task(this, {
    autoRun: false,
    task: async ([cursor]: readonly [string], { signal }): Promise<void> => {
      const client = this.clientSource.client;
      const first = this.search.value;
      if (!client || !first) return;
      const page = await client.vacancies.list(
        { q: this.q || undefined, kind: this.kindFilter, organisation: this.organisation || undefined, limit: this.limit, cursor },
        { signal },
      );
      // Cursor pages can overlap when vacancies were added meanwhile; show each vacancy once.
      const seen = new Set([...first.items, ...(this.more?.items ?? [])].map((v) => v.id));
      const fresh = page.items.filter((v) => !seen.has(v.id));
      this.focusCardId = fresh[0]?.id;
      this.more = { items: [...(this.more?.items ?? []), ...fresh], nextCursor: page.nextCursor };
    },
  });

  private get kindFilter(): VacancyKind | undefined {
    return isVacancyKind(this.kind) ? this.kind : undefined;
  }

  private get limit(): number {
    const size = Math.floor(Number(this.pageSize));
    return Number.isFinite(size) ? Math.min(100, Math.max(1, size)) : defaultPageSize;
  }

  /** Load the current search again, e.g. after the connection came back. */
  reload(): void {
    void this.search.run();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusCardId && this.moreTask.status === TaskStatus.COMPLETE) {
      const title = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(cardTitleId({ id: this.focusCardId } as Vacancy))}`);
      this.focusCardId = undefined;
      title?.focus();
    }
  }

  protected override render() {
    const t = this.l10n.strings;
    const busy = this.isLoading || this.moreTask.status === TaskStatus.PENDING;
    return html`
      <div class="root" lang=${this.l10n.lang}>
        <form part="search" class="search" role="search" aria-label=${t.regionLabel} @submit=${this.onSubmit}>
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
                .value=${this.q ?? ''}
              />
              <button part="button search-button" class="button" type="submit">${t.searchButton}</button>
            </div>
          </div>
          <div class="field field-kind">
            <label for="kind">${t.kindLabel}</label>
            <select id="kind" part="kind-select" @change=${this.onKindChange}>
              <option value="" ?selected=${!this.kindFilter}>${t.kindAll}</option>
              ${vacancyKinds.map(
                (kind) => html`<option value=${kind} ?selected=${this.kindFilter === kind}>${t.kinds[kind]}</option>`,
              )}
            </select>
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
        <div part="results" class="results" tabindex="-1" aria-busy=${busy ? 'true' : 'false'}>
          ${this.renderResults(t)}
        </div>
      </div>
    `;
  }

  private get isLoading(): boolean {
    return this.search.status === TaskStatus.INITIAL || this.search.status === TaskStatus.PENDING;
  }

  /** The empty and error states show the same words in their own box; say them once on screen. */
  private get statusRepeatsMessage(): boolean {
    return this.search.status === TaskStatus.ERROR || (this.search.status === TaskStatus.COMPLETE && this.items.length === 0);
  }

  private statusText(t: VacanciesStrings): string {
    if (this.isLoading) return t.loading;
    if (this.search.status === TaskStatus.ERROR) return t.errorTitle;
    const items = this.items;
    if (items.length === 0) return t.emptyTitle;
    return t.found(items.length, this.l10n.number(items.length), this.nextCursor !== null);
  }

  private get items(): Vacancy[] {
    return [...(this.search.value?.items ?? []), ...(this.more?.items ?? [])];
  }

  private get nextCursor(): string | null {
    return this.more ? this.more.nextCursor : (this.search.value?.nextCursor ?? null);
  }

  private renderResults(t: VacanciesStrings) {
    if (this.isLoading) return this.renderSkeleton(t);
    if (this.search.status === TaskStatus.ERROR) {
      return this.renderError(t.errors[loadErrorKind(this.search.error)], t, () => this.retry());
    }
    const items = this.items;
    if (items.length === 0) return this.renderEmpty(t);
    const today = dutchToday();
    const moreFailed = this.moreTask.status === TaskStatus.ERROR && !isAbortError(this.moreTask.error);
    return html`
      <ul part="list" class="list" role="list">
        ${items.map((vacancy) =>
          vacancyCard(vacancy, {
            l10n: this.l10n,
            headingLevel: this.headingLevel,
            detailHref: this.detailHref(vacancy),
            expanded: this.expanded.has(vacancy.id),
            today,
            onSelect: this.onSelect,
          }),
        )}
      </ul>
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
    const filtered = Boolean(this.q || this.kindFilter);
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

  private detailHref(vacancy: Vacancy): string | undefined {
    return this.detailUrl ? this.detailUrl.replaceAll('{id}', encodeURIComponent(vacancy.id)) : undefined;
  }

  private retry(): void {
    // Keep keyboard focus in the widget while the retry button is replaced by the skeleton.
    this.resultsRegion?.focus();
    void this.search.run();
  }

  private readonly showMore = (): void => {
    const cursor = this.nextCursor;
    if (cursor !== null) void this.moreTask.run([cursor]);
  };

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const value = this.searchInput?.value.trim() ?? '';
    this.q = value === '' ? undefined : value;
  };

  private readonly onKindChange = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    this.kind = isVacancyKind(value) ? value : undefined;
  };

  private readonly clearFilters = (): void => {
    if (this.searchInput) this.searchInput.value = '';
    this.q = undefined;
    this.kind = undefined;
    this.searchInput?.focus();
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
