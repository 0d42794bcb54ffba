import { css } from 'lit';
import { baseStyles, tokenStyles } from '../shared/base.styles.js';
import { controlStyles } from '../shared/controls.styles.js';
import { vacancyCardStyles } from '../shared/vacancy-card.styles.js';

/**
 * Component tokens (`--mobility-vacancies-*`) fall back to system tokens, which fall back to a
 * literal (see `tokenStyles`). `--_mobility-vacancies-*` are private: not an API.
 */
export const vacanciesStyles = [
  tokenStyles,
  baseStyles,
  controlStyles,
  css`
    :host {
      --_mobility-vacancies-gap: var(--mobility-vacancies-gap, var(--_mobility-space-m));
      --_mobility-vacancies-card-min-width: var(--mobility-vacancies-card-min-width, 18rem);
      --_mobility-vacancies-card-background: var(--mobility-vacancies-card-background, var(--_mobility-color-surface));
      --_mobility-vacancies-card-border-color: var(--mobility-vacancies-card-border-color, var(--_mobility-color-border));
      --_mobility-vacancies-card-radius: var(--mobility-vacancies-card-radius, var(--_mobility-radius));
      --_mobility-vacancies-card-padding: var(--mobility-vacancies-card-padding, var(--_mobility-space-m));
      --_mobility-vacancies-title-color: var(--mobility-vacancies-title-color, var(--_mobility-color-primary));
      --_mobility-vacancies-title-font-size: var(--mobility-vacancies-title-font-size, var(--_mobility-font-size-large));
      --_mobility-vacancies-badge-background: var(--mobility-vacancies-badge-background, var(--_mobility-color-accent-surface));
      --_mobility-vacancies-badge-color: var(--mobility-vacancies-badge-color, var(--_mobility-color-text));
      --_mobility-vacancies-button-background: var(--mobility-vacancies-button-background, var(--_mobility-color-primary));
      --_mobility-vacancies-button-color: var(--mobility-vacancies-button-color, var(--_mobility-color-on-primary));
      --_mobility-vacancies-input-border-color: var(--mobility-vacancies-input-border-color, var(--_mobility-color-border));
      --_mobility-vacancies-skeleton-color: var(--mobility-vacancies-skeleton-color, var(--_mobility-color-skeleton));
      --_mobility-button-background: var(--_mobility-vacancies-button-background);
      --_mobility-button-color: var(--_mobility-vacancies-button-color);
      --_mobility-input-border-color: var(--_mobility-vacancies-input-border-color);
      --_mobility-message-radius: var(--_mobility-vacancies-card-radius);
      --_mobility-message-border-color: var(--_mobility-vacancies-card-border-color);
      --_mobility-badge-background: var(--_mobility-vacancies-badge-background);
      --_mobility-badge-color: var(--_mobility-vacancies-badge-color);
      --_mobility-skeleton-color: var(--_mobility-vacancies-skeleton-color);
    }

    .root {
      display: grid;
      gap: var(--_mobility-vacancies-gap);
      min-width: 0;
      /* The filters fold away when the element is narrow, wherever the host places it. */
      container: mobility-vacancies / inline-size;
    }

    /* Search and filters wrap onto their own lines on narrow screens (reflow at 320 px). */
    .search {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: var(--_mobility-space-s) var(--_mobility-space-m);
      min-width: 0;
    }
    .field {
      display: grid;
      gap: var(--_mobility-space-xs);
      min-width: 0;
    }
    .field-query {
      flex: 1 1 16rem;
    }
    .filters {
      flex: 1 1 100%;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
      align-items: end;
      gap: var(--_mobility-space-s) var(--_mobility-space-m);
      min-width: 0;
    }
    .filters-toggle {
      display: none;
    }
    fieldset.range {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_mobility-space-s);
      margin: 0;
      padding: 0;
      border: 0;
    }
    fieldset.range legend {
      margin-block-end: var(--_mobility-space-xs);
    }
    .range-field {
      display: grid;
      flex: 1 1 5rem;
      gap: var(--_mobility-space-xs);
      min-width: 0;
    }
    .range-field label {
      font-weight: 400;
    }
    .hint {
      font-size: var(--_mobility-font-size-small);
      color: var(--_mobility-color-text-muted);
    }
    .field-apply {
      justify-items: start;
    }
    @container mobility-vacancies (max-width: 40rem) {
      .filters-toggle {
        display: inline-block;
      }
      .filters:not(.open) {
        display: none;
      }
    }

    .feed {
      display: grid;
      gap: var(--_mobility-space-xs);
      font-size: var(--_mobility-font-size-small);
    }
    .feed-line {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_mobility-space-xs) var(--_mobility-space-s);
      margin: 0;
      min-width: 0;
    }
    .feed-label {
      font-weight: 600;
    }
    .feed-link {
      overflow-wrap: anywhere;
      min-width: 0;
    }
    .feed-note {
      color: var(--_mobility-color-text-muted);
    }
    .copy-status {
      font-weight: 600;
    }
    label {
      font-weight: 600;
    }
    .query-row {
      display: flex;
      gap: var(--_mobility-space-s);
      min-width: 0;
    }
    input {
      flex: 1 1 auto;
      width: 100%;
    }
    select {
      width: 100%;
    }

    .status {
      margin: 0;
      color: var(--_mobility-color-text-muted);
    }

    .results:focus {
      outline: none;
    }
    .results:focus-visible {
      outline: var(--_mobility-focus-width) solid var(--_mobility-color-focus);
    }

    .list,
    .skeleton-list {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_mobility-vacancies-card-min-width)), 1fr));
      gap: var(--_mobility-vacancies-gap);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    /* A virtualised list lays its items out itself, one column, and keeps only a window in the DOM. */
    .list-virtual {
      display: block;
      min-width: 0;
    }
    .virtual-item {
      box-sizing: border-box;
      width: 100%;
      padding-block-end: var(--_mobility-vacancies-gap);
    }

    .more {
      display: flex;
      justify-content: center;
      padding-block-start: var(--_mobility-vacancies-gap);
    }
    .loading-more {
      margin: 0;
      color: var(--_mobility-color-text-muted);
    }

  `,
  vacancyCardStyles,
];
