import { css } from 'lit';
import { baseStyles, tokenStyles } from '../shared/base.styles.js';

/**
 * Component tokens (`--mobility-vacancies-*`) fall back to system tokens, which fall back to a
 * literal (see `tokenStyles`). `--_mobility-vacancies-*` are private: not an API.
 */
export const vacanciesStyles = [
  tokenStyles,
  baseStyles,
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
      padding: 0;
      margin-block-end: var(--_mobility-space-xs);
      font-weight: 600;
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
    input,
    select {
      min-width: 0;
      min-height: var(--_mobility-target-size);
      padding: var(--_mobility-space-s);
      font: inherit;
      color: var(--_mobility-color-text);
      background: var(--_mobility-color-background);
      border: 1px solid var(--_mobility-vacancies-input-border-color);
      border-radius: var(--_mobility-radius);
    }
    input {
      flex: 1 1 auto;
      width: 100%;
    }
    select {
      width: 100%;
    }

    .button {
      min-height: var(--_mobility-target-size);
      padding: var(--_mobility-space-s) var(--_mobility-space-m);
      font: inherit;
      font-weight: 600;
      color: var(--_mobility-vacancies-button-color);
      background: var(--_mobility-vacancies-button-background);
      border: 2px solid var(--_mobility-vacancies-button-background);
      border-radius: var(--_mobility-radius);
      cursor: pointer;
    }
    .button:hover {
      background: var(--_mobility-color-primary-hover);
      border-color: var(--_mobility-color-primary-hover);
    }
    .button-secondary {
      color: var(--_mobility-vacancies-button-background);
      background: var(--_mobility-color-background);
    }
    .button-secondary:hover {
      color: var(--_mobility-color-on-primary);
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

    .card,
    .skeleton-card {
      display: flex;
      flex-direction: column;
      gap: var(--_mobility-space-s);
      min-width: 0;
      padding: var(--_mobility-vacancies-card-padding);
      background: var(--_mobility-vacancies-card-background);
      border: 1px solid var(--_mobility-vacancies-card-border-color);
      border-radius: var(--_mobility-vacancies-card-radius);
    }

    .title {
      margin: 0;
      font-size: var(--_mobility-vacancies-title-font-size);
      line-height: 1.3;
      overflow-wrap: anywhere;
    }
    .title-control {
      display: inline;
      padding: 0;
      margin: 0;
      font: inherit;
      text-align: start;
      color: var(--_mobility-vacancies-title-color);
      background: none;
      border: 0;
      border-radius: 2px;
      text-decoration: underline;
      text-underline-offset: 0.15em;
      cursor: pointer;
    }
    .title-control:hover {
      text-decoration-thickness: 0.15em;
    }
    button.title-control::after {
      content: '';
      display: inline-block;
      width: 0.5em;
      height: 0.5em;
      margin-inline-start: 0.4em;
      border-inline-end: 2px solid currentColor;
      border-block-end: 2px solid currentColor;
      transform: translateY(-0.2em) rotate(45deg);
      transition: transform 150ms ease;
    }
    button.title-control[aria-expanded='true']::after {
      transform: translateY(0.05em) rotate(-135deg);
    }

    .summary {
      margin: 0;
      overflow-wrap: anywhere;
    }

    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_mobility-space-xs);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .badge {
      padding: 0.1em 0.5em;
      font-size: var(--_mobility-font-size-small);
      color: var(--_mobility-vacancies-badge-color);
      background: var(--_mobility-vacancies-badge-background);
      border: 1px solid transparent;
      border-radius: var(--_mobility-radius);
      overflow-wrap: anywhere;
    }
    .badge-priority,
    .badge-match {
      font-weight: 600;
    }
    .badge-match {
      border-color: var(--_mobility-color-primary);
    }

    .facts {
      display: grid;
      gap: var(--_mobility-space-xs);
      margin: 0;
    }
    .fact {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_mobility-space-s);
      min-width: 0;
    }
    .fact dt {
      color: var(--_mobility-color-text-muted);
    }
    .fact dt::after {
      content: ':';
    }
    .fact dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .fact[data-fact='closing'] dd {
      font-weight: 600;
    }

    .detail {
      display: grid;
      gap: var(--_mobility-space-s);
      padding-block-start: var(--_mobility-space-s);
      border-block-start: 1px solid var(--_mobility-vacancies-card-border-color);
    }
    .detail[hidden] {
      display: none;
    }
    .detail p {
      margin: 0;
    }
    .description {
      display: grid;
      gap: var(--_mobility-space-s);
      overflow-wrap: anywhere;
    }
    .description ul,
    .description ol {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .contact {
      overflow-wrap: anywhere;
    }
    .contact-label {
      font-weight: 600;
    }
    a {
      color: var(--_mobility-color-primary);
    }

    .message {
      display: grid;
      justify-items: start;
      gap: var(--_mobility-space-s);
      padding: var(--_mobility-space-m);
      background: var(--_mobility-color-surface-subtle);
      border: 1px solid var(--_mobility-vacancies-card-border-color);
      border-radius: var(--_mobility-vacancies-card-radius);
    }
    .message p {
      margin: 0;
    }
    .message-title {
      font-weight: 700;
    }
    .error {
      background: var(--_mobility-color-danger-surface);
      border-color: var(--_mobility-color-danger);
      border-inline-start-width: 0.375rem;
    }
    .error .message-title {
      color: var(--_mobility-color-danger);
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

    .skeleton-card {
      gap: var(--_mobility-space-s);
    }
    .skeleton {
      height: 1em;
      border-radius: var(--_mobility-radius);
      background: var(--_mobility-vacancies-skeleton-color);
      animation: mobility-skeleton-pulse 1.4s ease-in-out infinite;
    }
    .skeleton-title {
      width: 70%;
      height: 1.4em;
    }
    .skeleton-short {
      width: 45%;
    }
    @keyframes mobility-skeleton-pulse {
      0%,
      100% {
        opacity: 1;
      }
      50% {
        opacity: 0.45;
      }
    }

    @media (forced-colors: active) {
      .badge,
      .card,
      .skeleton-card,
      .message {
        border-color: CanvasText;
      }
      .skeleton {
        background: GrayText;
      }
      .button {
        border-color: ButtonText;
      }
      .title-control {
        color: LinkText;
      }
    }
  `,
];
