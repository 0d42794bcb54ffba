import { css } from 'lit';
import { baseStyles, tokenStyles } from '../shared/base.styles.js';
import { controlStyles } from '../shared/controls.styles.js';
import { tableStyles } from '../shared/table.styles.js';

/**
 * Component tokens (`--mobility-dashboard-*`) fall back to system tokens, which fall back to a
 * literal. `--_mobility-dashboard-*` are private: not an API. Chart colours meet 3:1 against white.
 */
export const dashboardStyles = [
  tokenStyles,
  baseStyles,
  controlStyles,
  tableStyles,
  css`
    :host {
      --_mobility-dashboard-inflow-color: var(--mobility-dashboard-inflow-color, var(--_mobility-color-primary));
      --_mobility-dashboard-progress-color: var(--mobility-dashboard-progress-color, #6b4c9a);
      --_mobility-dashboard-outflow-color: var(--mobility-dashboard-outflow-color, #1d7a4f);
      --_mobility-dashboard-suppressed-color: var(--mobility-dashboard-suppressed-color, var(--_mobility-color-text-muted));
    }
    .root {
      display: grid;
      gap: var(--_mobility-space-m);
      min-width: 0;
    }
    .heading {
      margin: 0;
      font-weight: 700;
      line-height: 1.3;
    }
    .heading-0 {
      font-size: var(--_mobility-font-size-large);
    }
    .heading-1 {
      font-size: calc(var(--_mobility-font-size) * 1.125);
    }
    .filters,
    .benchmark-controls {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: var(--_mobility-space-s) var(--_mobility-space-m);
    }
    .field {
      display: grid;
      gap: var(--_mobility-space-xs);
      min-width: 0;
      flex: 1 1 12rem;
    }
    label {
      font-weight: 600;
    }
    .status {
      margin: 0;
      color: var(--_mobility-color-text-muted);
    }
    .content {
      display: grid;
      gap: var(--_mobility-space-l);
      min-width: 0;
    }
    .content:focus {
      outline: none;
    }
    .legend {
      padding: var(--_mobility-space-s) var(--_mobility-space-m);
      background: var(--_mobility-color-surface-subtle);
      border-radius: var(--_mobility-radius);
    }
    .legend-title {
      margin: 0;
      font-weight: 600;
    }
    .legend ul {
      margin: var(--_mobility-space-xs) 0 0;
      padding-inline-start: 1.25rem;
    }
    .marker,
    .suppressed {
      font-style: italic;
      color: var(--_mobility-dashboard-suppressed-color);
      white-space: nowrap;
    }
    .chart-figure {
      margin: 0;
      min-width: 0;
    }
    .chart-figure figcaption {
      font-weight: 600;
      padding-block-end: var(--_mobility-space-xs);
    }
    .chart {
      display: block;
      width: 100%;
      max-width: 60rem;
      height: auto;
      font-size: 11px;
    }
    .axis {
      stroke: var(--_mobility-color-border);
    }
    .axis-label,
    .bar-label {
      fill: var(--_mobility-color-text);
    }
    .bar-inflow,
    .swatch-inflow {
      fill: var(--_mobility-dashboard-inflow-color);
      background: var(--_mobility-dashboard-inflow-color);
    }
    .bar-inProgress,
    .swatch-inProgress {
      fill: var(--_mobility-dashboard-progress-color);
      background: var(--_mobility-dashboard-progress-color);
    }
    .bar-outflow,
    .swatch-outflow {
      fill: var(--_mobility-dashboard-outflow-color);
      background: var(--_mobility-dashboard-outflow-color);
    }
    .bar-suppressed {
      stroke: var(--_mobility-dashboard-suppressed-color);
    }
    .hatch-bg {
      fill: var(--_mobility-color-background);
    }
    .hatch-line {
      stroke: var(--_mobility-dashboard-suppressed-color);
      stroke-width: 2;
    }
    .swatch-suppressed {
      background: repeating-linear-gradient(45deg, var(--_mobility-dashboard-suppressed-color) 0 2px, transparent 2px 5px);
      border: 1px solid var(--_mobility-dashboard-suppressed-color);
    }
    .chart-key {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_mobility-space-m);
      margin: var(--_mobility-space-xs) 0 0;
      padding: 0;
      list-style: none;
      font-size: var(--_mobility-font-size-small);
    }
    .swatch {
      display: inline-block;
      width: 0.9em;
      height: 0.9em;
      margin-inline-end: 0.35em;
      vertical-align: -0.1em;
    }
    .table {
      font-variant-numeric: tabular-nums;
    }
    .caption-note {
      display: block;
      font-weight: 400;
      font-size: var(--_mobility-font-size-small);
      color: var(--_mobility-color-text-muted);
    }
    th,
    td {
      text-align: end;
      white-space: nowrap;
    }
    th[scope='row'],
    thead th:first-child {
      text-align: start;
    }
    thead th {
      background: var(--_mobility-color-surface-subtle);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_mobility-space-s);
    }
    .inline-error {
      margin: 0;
      color: var(--_mobility-color-danger);
      font-weight: 600;
    }
    .rules,
    .benchmark {
      display: grid;
      gap: var(--_mobility-space-s);
      padding-block-start: var(--_mobility-space-m);
      border-top: 1px solid var(--_mobility-color-border);
    }
    .rules ul,
    .benchmark-list {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .rules-lists {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
      gap: var(--_mobility-space-m);
    }
    .benchmark-list li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_mobility-space-s);
    }
    .note {
      font-size: var(--_mobility-font-size-small);
      color: var(--_mobility-color-text-muted);
    }
    .skeleton-block {
      display: grid;
      gap: var(--_mobility-space-s);
    }
    .skeleton-chart {
      height: 12rem;
    }
    .skeleton-line {
      height: 1.25rem;
    }
    @media (forced-colors: active) {
      .bar {
        fill: CanvasText;
      }
      .bar-suppressed {
        fill: Canvas;
        stroke: CanvasText;
      }
    }
  `,
];
