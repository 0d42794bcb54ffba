import { css } from 'lit';
import { baseStyles, tokenStyles } from '../shared/base.styles.js';
import { controlStyles } from '../shared/controls.styles.js';
import { tableStyles } from '../shared/table.styles.js';

/**
 * Component tokens (`--mobility-hr-regulations-*`) fall back to system tokens, which fall back to
 * a literal. `--_mobility-hr-regulations-*` are private: not an API.
 */
export const hrRegulationsStyles = [
  tokenStyles,
  baseStyles,
  controlStyles,
  tableStyles,
  css`
    :host {
      --_mobility-hr-regulations-changed-background: var(--mobility-hr-regulations-changed-background, var(--_mobility-color-accent-surface));
    }
    .root,
    .content {
      display: grid;
      gap: var(--_mobility-space-m);
      min-width: 0;
    }
    .heading {
      margin: 0;
      font-weight: 700;
      line-height: 1.3;
      overflow-wrap: anywhere;
    }
    .heading-0 {
      font-size: var(--_mobility-font-size-large);
    }
    .heading-1 {
      font-size: calc(var(--_mobility-font-size) * 1.125);
    }
    .heading-2,
    .heading-3 {
      font-size: var(--_mobility-font-size);
    }
    p {
      margin: 0;
    }
    .intro,
    .purpose {
      max-width: 70ch;
    }
    .status,
    .meta,
    .help,
    .entry-source,
    .origin {
      color: var(--_mobility-color-text-muted);
      font-size: var(--_mobility-font-size-small);
      overflow-wrap: anywhere;
    }
    .parameters,
    .entries,
    .history-list {
      display: grid;
      gap: var(--_mobility-space-m);
      margin: 0;
      padding: 0;
      list-style: none;
      min-width: 0;
    }
    .parameter {
      display: grid;
      gap: var(--_mobility-space-s);
      justify-items: start;
      min-width: 0;
      padding: var(--_mobility-space-m);
      border: 1px solid var(--_mobility-color-border);
      border-radius: var(--_mobility-radius);
    }
    .parameter > * {
      max-width: 100%;
    }
    .in-force {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: var(--_mobility-space-xs);
      overflow-wrap: anywhere;
    }
    .in-force-label {
      font-weight: 600;
    }
    .entries {
      gap: var(--_mobility-space-s);
      width: 100%;
    }
    .entry {
      display: grid;
      gap: var(--_mobility-space-xs);
      justify-items: start;
      min-width: 0;
      padding-block-end: var(--_mobility-space-s);
      border-bottom: 1px solid var(--_mobility-color-border);
    }
    .entry-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: var(--_mobility-space-xs) var(--_mobility-space-s);
      overflow-wrap: anywhere;
    }
    .entry-date {
      font-weight: 600;
    }
    .status-unverified {
      color: var(--_mobility-color-danger);
      border-color: currentColor;
      font-weight: 700;
    }
    .history summary {
      cursor: pointer;
      min-height: var(--_mobility-target-size);
      display: flex;
      align-items: center;
      font-weight: 600;
    }
    .history-list {
      gap: var(--_mobility-space-xs);
      overflow-wrap: anywhere;
    }
    .history-when {
      font-weight: 600;
    }
    .editor {
      display: grid;
      gap: var(--_mobility-space-m);
      width: 100%;
      min-width: 0;
      padding: var(--_mobility-space-m);
      background: var(--_mobility-color-surface-subtle);
      border: 2px solid var(--_mobility-color-primary);
      border-radius: var(--_mobility-radius);
    }
    .editor-fields {
      display: grid;
      gap: var(--_mobility-space-m);
      border: none;
      padding: 0;
    }
    .editor-fields > legend {
      font-size: calc(var(--_mobility-font-size) * 1.125);
      font-weight: 700;
      margin-block-end: var(--_mobility-space-s);
    }
    .value-parts {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_mobility-space-m);
    }
    .field {
      display: grid;
      gap: var(--_mobility-space-xs);
      min-width: 0;
      flex: 1 1 12rem;
    }
    .field > input,
    .field > select {
      width: 100%;
    }
    label {
      font-weight: 600;
    }
    .option {
      display: flex;
      align-items: center;
      gap: var(--_mobility-space-s);
      min-height: var(--_mobility-target-size);
      font-weight: 400;
    }
    .option input {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0;
    }
    .choice {
      display: grid;
      gap: var(--_mobility-space-xs);
      flex: 1 1 12rem;
    }
    .field-error {
      color: var(--_mobility-color-danger);
      font-weight: 600;
    }
    .field-error::before {
      content: '⚠ ';
    }
    .error-summary {
      padding: var(--_mobility-space-m);
      border: 3px solid var(--_mobility-color-danger);
      border-radius: var(--_mobility-radius);
      background: var(--_mobility-color-danger-surface);
    }
    .error-summary-title {
      font-weight: 700;
    }
    .error-summary ul {
      margin: var(--_mobility-space-s) 0 0;
      padding-inline-start: var(--_mobility-space-l);
    }
    .error-summary a {
      color: var(--_mobility-color-danger);
    }
    .live-check {
      display: grid;
      gap: var(--_mobility-space-s);
      min-width: 0;
    }
    .live-summary {
      font-weight: 600;
    }
    .live-table {
      font-size: var(--_mobility-font-size-small);
    }
    .live-table th[scope='row'] {
      font-weight: 400;
      overflow-wrap: anywhere;
    }
    .live-table tr.changed th,
    .live-table tr.changed td {
      font-weight: 700;
      background: var(--_mobility-hr-regulations-changed-background);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_mobility-space-s);
    }
    .skeleton-block {
      display: grid;
      gap: var(--_mobility-space-s);
    }
    .skeleton-line {
      height: 1.25rem;
    }
    @media (forced-colors: active) {
      .parameter,
      .editor,
      .error-summary {
        border-color: CanvasText;
      }
      .status-unverified,
      .field-error,
      .error-summary a {
        color: CanvasText;
      }
      .live-table tr.changed th,
      .live-table tr.changed td {
        background: Canvas;
        outline: 2px solid Highlight;
        outline-offset: -2px;
      }
    }
  `,
];
