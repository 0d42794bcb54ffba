import { css } from 'lit';
import { baseStyles, tokenStyles } from '../shared/base.styles.js';
import { controlStyles } from '../shared/controls.styles.js';
import { tableStyles } from '../shared/table.styles.js';
import { timelineChartStyles } from './timeline-chart.styles.js';

/**
 * Component tokens (`--mobility-calculator-*`) fall back to system tokens, which fall back to a
 * literal (see `tokenStyles`). `--_mobility-calculator-*` are private: not an API.
 *
 * Nothing here animates. Layer colours meet 3:1 against white and are doubled by patterns.
 */
export const calculatorStyles = [
  tokenStyles,
  baseStyles,
  controlStyles,
  tableStyles,
  timelineChartStyles,
  css`
    :host {
      --_mobility-calculator-gap: var(--mobility-calculator-gap, var(--_mobility-space-l));
      --_mobility-calculator-input-border-color: var(--mobility-calculator-input-border-color, var(--_mobility-color-border));
      --_mobility-calculator-button-background: var(--mobility-calculator-button-background, var(--_mobility-color-primary));
      --_mobility-calculator-button-color: var(--mobility-calculator-button-color, var(--_mobility-color-on-primary));
      --_mobility-calculator-panel-background: var(--mobility-calculator-panel-background, var(--_mobility-color-surface-subtle));
      --_mobility-calculator-warning-background: var(--mobility-calculator-warning-background, var(--_mobility-color-accent-surface));
      --_mobility-calculator-color-ww: var(--mobility-calculator-color-ww, #0b5394);
      --_mobility-calculator-color-avu: var(--mobility-calculator-color-avu, #3d85c6);
      --_mobility-calculator-color-ru: var(--mobility-calculator-color-ru, #6a3d9a);
      --_mobility-calculator-color-asu: var(--mobility-calculator-color-asu, #a64d79);
      --_mobility-calculator-color-extra-asu: var(--mobility-calculator-color-extra-asu, #b45f06);
      --_mobility-calculator-color-suppletion: var(--mobility-calculator-color-suppletion, #38761d);
      --_mobility-calculator-color-income: var(--mobility-calculator-color-income, #5f6b7a);
      --_mobility-button-background: var(--_mobility-calculator-button-background);
      --_mobility-button-color: var(--_mobility-calculator-button-color);
      --_mobility-input-border-color: var(--_mobility-calculator-input-border-color);
    }

    .root,
    .results,
    .scenario,
    .comparison,
    .key-figures {
      display: grid;
      gap: var(--_mobility-space-m);
      min-width: 0;
    }
    .root {
      gap: var(--_mobility-calculator-gap);
    }
    p {
      margin: 0;
    }
    .heading {
      margin: 0;
      line-height: 1.25;
    }
    .heading:focus {
      outline: none;
    }
    .heading:focus-visible {
      outline: var(--_mobility-focus-width) solid var(--_mobility-color-focus);
    }
    .intro {
      display: grid;
      gap: var(--_mobility-space-s);
    }
    .privacy {
      font-weight: 600;
    }

    /* Form ---------------------------------------------------------------------------------- */
    .form {
      display: grid;
      gap: var(--_mobility-space-m);
      min-width: 0;
    }
    .fieldset {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
      gap: var(--_mobility-space-m);
      align-items: start;
      background: var(--_mobility-calculator-panel-background);
    }
    legend {
      padding: 0 var(--_mobility-space-xs);
      font-weight: 700;
      font-size: var(--_mobility-font-size-large);
    }
    .fieldset > .help {
      grid-column: 1 / -1;
    }
    .field {
      display: grid;
      gap: var(--_mobility-space-xs);
      min-width: 0;
    }
    label {
      font-weight: 600;
    }
    .help {
      color: var(--_mobility-color-text-muted);
      font-size: var(--_mobility-font-size-small);
    }
    input:not([type='checkbox']) {
      width: 100%;
    }
    /* Keyboard focus in a date field sits on its inner day, month and year segments, where
       :focus-visible does not reach the field itself; show the same indicator on the field. */
    input[type='date']:focus-within {
      outline: var(--_mobility-focus-width) solid var(--_mobility-color-focus);
      outline-offset: 2px;
      box-shadow: 0 0 0 calc(var(--_mobility-focus-width) + 2px) var(--_mobility-color-focus-inner);
    }
    .field-invalid input {
      border: 2px solid var(--_mobility-color-danger);
    }
    .field-checkbox {
      grid-template-columns: auto 1fr;
      align-items: center;
      column-gap: var(--_mobility-space-s);
    }
    .field-checkbox .help {
      grid-column: 2;
    }
    input[type='checkbox'] {
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
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
      padding-left: var(--_mobility-space-l);
    }
    a {
      color: var(--_mobility-color-danger);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_mobility-space-s);
    }

    /* A small outlined toggle under a figure; not a .button, whose size it does not share. */
    .disclosure {
      justify-self: start;
      min-height: 2.25rem;
      padding: var(--_mobility-space-xs) var(--_mobility-space-s);
      font: inherit;
      font-size: var(--_mobility-font-size-small);
      font-weight: 600;
      text-align: start;
      color: var(--_mobility-color-primary);
      background: var(--_mobility-color-background);
      border: 2px solid var(--_mobility-color-primary);
      border-radius: var(--_mobility-radius);
      cursor: pointer;
    }
    .disclosure::before {
      content: '▸ ';
    }
    .disclosure[aria-expanded='true']::before {
      content: '▾ ';
    }

    .notice:empty {
      display: none;
    }
    .notice {
      color: var(--_mobility-color-text-muted);
      font-size: var(--_mobility-font-size-small);
    }

    /* Results ------------------------------------------------------------------------------- */
    .results-head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: var(--_mobility-space-s);
    }
    .statements,
    .warnings,
    .not-eligible {
      display: grid;
      gap: var(--_mobility-space-xs);
      padding: var(--_mobility-space-m);
      border-left: 4px solid var(--_mobility-color-primary);
      background: var(--_mobility-calculator-warning-background);
    }
    .warnings ul,
    .not-eligible ul {
      margin: 0;
      padding-left: var(--_mobility-space-l);
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
      gap: var(--_mobility-space-m);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .card {
      display: grid;
      gap: var(--_mobility-space-xs);
      align-content: start;
      padding: var(--_mobility-space-m);
      border: 1px solid var(--_mobility-color-border);
      border-radius: var(--_mobility-radius);
      background: var(--_mobility-calculator-panel-background);
    }
    .card-total {
      font-size: var(--_mobility-font-size-large);
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .card-difference.positive {
      font-weight: 700;
    }
    .card-difference.positive::before {
      content: '▲ ';
    }
    .card-difference:not(.positive)::before {
      content: '▼ ';
    }

    .table-scroll {
      border: 1px solid var(--_mobility-color-border);
      border-radius: var(--_mobility-radius);
    }
    .table-scroll:focus-visible {
      outline: var(--_mobility-focus-width) solid var(--_mobility-color-focus);
    }
    .table {
      width: 100%;
      border-collapse: collapse;
      font-size: var(--_mobility-font-size-small);
    }
    caption {
      padding: var(--_mobility-space-s);
      font-weight: 700;
    }
    th,
    td {
      border-top: 1px solid var(--_mobility-color-skeleton);
      border-bottom: 0;
    }
    thead th {
      border-bottom: 2px solid var(--_mobility-color-border);
    }
    .date {
      white-space: nowrap;
    }
    tfoot th,
    tfoot td,
    .total {
      font-weight: 700;
    }
    .marker {
      font-weight: 700;
    }
    .footnote,
    .note {
      font-size: var(--_mobility-font-size-small);
    }
    .unverified,
    .status-unverified {
      display: inline-block;
      padding: 0 var(--_mobility-space-xs);
      border: 1px solid currentColor;
      border-radius: var(--_mobility-radius);
      color: var(--_mobility-color-danger);
      font-size: var(--_mobility-font-size-small);
      font-weight: 700;
    }

    /* Explanations -------------------------------------------------------------------------- */
    .figures {
      display: grid;
      gap: var(--_mobility-space-s);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .figure {
      display: grid;
      gap: var(--_mobility-space-xs);
      padding: var(--_mobility-space-s) 0;
      border-bottom: 1px solid var(--_mobility-color-skeleton);
    }
    .figure-head {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_mobility-space-xs) var(--_mobility-space-s);
      align-items: baseline;
    }
    .figure-title {
      font-weight: 600;
    }
    .figure-value {
      font-variant-numeric: tabular-nums;
    }
    .explanation {
      display: grid;
      gap: var(--_mobility-space-s);
      padding: var(--_mobility-space-s) var(--_mobility-space-m);
      border-left: 3px solid var(--_mobility-color-primary);
      background: var(--_mobility-calculator-panel-background);
      overflow-wrap: anywhere;
    }
    .explanation[hidden] {
      display: none;
    }
    .parameters-title {
      font-weight: 600;
    }
    .parameters {
      display: grid;
      gap: var(--_mobility-space-s);
      margin: 0;
      padding-left: var(--_mobility-space-l);
      font-size: var(--_mobility-font-size-small);
    }
    .parameter-meta,
    .parameter-source {
      display: block;
      color: var(--_mobility-color-text-muted);
    }

    @media (forced-colors: active) {
      input[type='date']:focus-within {
        outline-color: Highlight;
        box-shadow: none;
      }
      .band {
        fill: Canvas;
        stroke: CanvasText;
        stroke-width: 1;
      }
      .band-ww {
        fill: CanvasText;
      }
      .pattern-line {
        stroke: CanvasText;
      }
      .pattern-dot {
        fill: CanvasText;
      }
      .grid,
      .axis,
      .milestone-line,
      .milestone-marker {
        stroke: CanvasText;
      }
      .axis-label,
      .milestone-number {
        fill: CanvasText;
      }
      .milestone-marker {
        fill: Canvas;
      }
      .unverified,
      .status-unverified {
        border-color: CanvasText;
      }
    }

    @media print {
      .form,
      .print-button,
      .disclosure,
      .notice {
        display: none !important;
      }
      .explanation[hidden] {
        display: grid !important;
      }
      .table-scroll {
        overflow: visible;
        border: none;
      }
      .statements,
      .warnings,
      .not-eligible,
      .card,
      .explanation {
        background: none;
      }
      .scenario,
      .chart,
      tr {
        break-inside: avoid;
      }
    }
  `,
];
