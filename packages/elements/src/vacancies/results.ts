import { html, nothing, type TemplateResult } from 'lit';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { Vacancy } from '@mobility-kit/contract';
import { loadErrorKind } from '../shared/load-error.js';
import type { LocalizeController } from '../shared/localize.js';
import type { VacanciesStrings } from './translations.js';
import { vacancyCard, type VacancyCardContext } from '../shared/vacancy-card.js';

/** Where loading the results stands, as the status line and the results area show it. */
export interface ResultsState {
  /** The first page is still to come. */
  loading: boolean;
  /** Why the first page failed, when it did (`undefined` otherwise). */
  error?: { reason: unknown };
  /** The vacancies in the order shown. */
  items: Vacancy[];
  /** The server has further pages. */
  hasMore: boolean;
}

/** The result count for the polite status line. */
export function statusText(l10n: LocalizeController<VacanciesStrings>, results: ResultsState): string {
  const t = l10n.strings;
  if (results.loading) return t.loading;
  if (results.error) return t.errorTitle;
  const count = results.items.length;
  if (count === 0) return t.emptyTitle;
  return t.found(count, l10n.number(count), results.hasMore);
}

/** The empty and error states show the same words in their own box; the status then says them off screen only. */
export function statusRepeatsMessage(results: ResultsState): boolean {
  return !results.loading && (results.error !== undefined || results.items.length === 0);
}

/** What the results area shows besides the results, and whom it tells. */
export interface ResultsContext extends ResultsState {
  t: VacanciesStrings;
  /** How many placeholder cards to show while loading. */
  skeletonCount: number;
  /** Whether a search text or a filter narrows the list (the empty state then offers to clear them). */
  filtered: boolean;
  /** Lists longer than this are virtualised. */
  virtualizeAbove: number;
  /** "Show more" is under way. */
  loadingMore: boolean;
  /** Why "show more" failed, when it did. */
  moreError?: { reason: unknown };
  /** Everything a card needs besides its position in a virtualised list. */
  card: (vacancy: Vacancy) => Omit<VacancyCardContext, 'position'>;
  onRetry: () => void;
  onMore: () => void;
  onClear: () => void;
}

/** The results area: skeleton, error, empty state, or the list with "show more". */
export function results(context: ResultsContext): TemplateResult {
  const { t, items } = context;
  if (context.loading) return skeleton(t, context.skeletonCount);
  if (context.error) return errorMessage(t, context.error.reason, context.onRetry);
  if (items.length === 0) return emptyMessage(t, context.filtered, context.onClear);
  // The server's total is unknown while it has more pages: ARIA's -1 says exactly that.
  const size = context.hasMore ? -1 : items.length;
  return html`
    ${items.length > context.virtualizeAbove
      ? html`<div part="list" class="list-virtual" role="list">
          ${virtualize({
            items,
            keyFunction: (vacancy: Vacancy) => vacancy.id,
            renderItem: (vacancy: Vacancy, index: number) =>
              vacancyCard(vacancy, { ...context.card(vacancy), position: { index: index + 1, size } }),
          })}
        </div>`
      : html`<ul part="list" class="list" role="list">
          ${items.map((vacancy) => vacancyCard(vacancy, context.card(vacancy)))}
        </ul>`}
    ${context.moreError ? errorMessage(t, context.moreError.reason, context.onMore) : nothing}
    ${context.hasMore && !context.moreError
      ? html`<div class="more">
          ${context.loadingMore
            ? html`<p class="loading-more">${t.loadingMore}</p>`
            : html`<button part="button more-button" class="button button-secondary" type="button" @click=${context.onMore}>
                ${t.showMore}
              </button>`}
        </div>`
      : nothing}
  `;
}

function skeleton(t: VacanciesStrings, count: number): TemplateResult {
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

function emptyMessage(t: VacanciesStrings, filtered: boolean, onClear: () => void): TemplateResult {
  return html`<div part="empty" class="message empty">
    <p class="message-title">${t.emptyTitle}</p>
    <p>${t.emptyHint(filtered)}</p>
    ${filtered
      ? html`<button part="button clear-button" class="button button-secondary" type="button" @click=${onClear}>
          ${t.clearFilters}
        </button>`
      : nothing}
  </div>`;
}

function errorMessage(t: VacanciesStrings, reason: unknown, retry: () => void): TemplateResult {
  return html`<div part="error" class="message error">
    <p class="message-title">${t.errorTitle}</p>
    <p class="error-message">${t.errors[loadErrorKind(reason)]}</p>
    <button part="button retry-button" class="button" type="button" @click=${retry}>${t.retry}</button>
  </div>`;
}
