import { css } from 'lit';
import { baseStyles, tokenStyles } from '../shared/base.styles.js';
import { controlStyles } from '../shared/controls.styles.js';
import { tableStyles } from '../shared/table.styles.js';

/**
 * Component tokens (`--mobility-career-test-*`) fall back to system tokens, which fall back to a
 * literal (see `tokenStyles`). `--_mobility-career-test-*` are private: not an API.
 */
export const careerTestStyles = [
  tokenStyles,
  baseStyles,
  controlStyles,
  tableStyles,
  css`
    :host {
      --_mobility-career-test-gap: var(--mobility-career-test-gap, var(--_mobility-space-m));
      --_mobility-career-test-item-background: var(--mobility-career-test-item-background, var(--_mobility-color-surface));
      --_mobility-career-test-item-border-color: var(--mobility-career-test-item-border-color, var(--_mobility-color-border));
      --_mobility-career-test-bar-color: var(--mobility-career-test-bar-color, var(--_mobility-color-primary));
      --_mobility-career-test-bar-track: var(--mobility-career-test-bar-track, var(--_mobility-color-surface-subtle));
      --_mobility-career-test-button-background: var(--mobility-career-test-button-background, var(--_mobility-color-primary));
      --_mobility-career-test-button-color: var(--mobility-career-test-button-color, var(--_mobility-color-on-primary));
      --_mobility-button-background: var(--_mobility-career-test-button-background);
      --_mobility-button-color: var(--_mobility-career-test-button-color);
    }

    .root {
      display: grid;
      gap: var(--_mobility-career-test-gap);
      min-width: 0;
    }
    .step {
      display: grid;
      gap: var(--_mobility-career-test-gap);
      min-width: 0;
    }
    h2,
    h3,
    h4 {
      margin: 0;
      line-height: 1.25;
      overflow-wrap: anywhere;
    }
    h2 {
      font-size: var(--_mobility-font-size-large);
    }
    h3 {
      font-size: var(--_mobility-font-size);
    }
    h2:focus {
      outline: none;
    }
    h2:focus-visible {
      outline: var(--_mobility-focus-width) solid var(--_mobility-color-focus);
    }
    p {
      margin: 0;
      overflow-wrap: anywhere;
    }
    ul,
    ol {
      margin: 0;
      padding-inline-start: 1.25rem;
    }

    .promises {
      display: grid;
      gap: var(--_mobility-space-s);
      padding: var(--_mobility-space-m);
      background: var(--_mobility-color-accent-surface);
      border-radius: var(--_mobility-radius);
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_mobility-space-s);
      align-items: center;
    }

    .progress {
      display: grid;
      gap: var(--_mobility-space-xs);
    }
    progress {
      width: 100%;
      height: 0.75rem;
      accent-color: var(--_mobility-career-test-bar-color);
    }

    .items {
      display: grid;
      gap: var(--_mobility-space-m);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    fieldset {
      background: var(--_mobility-career-test-item-background);
      border-color: var(--_mobility-career-test-item-border-color);
    }
    fieldset.invalid {
      border: 3px solid var(--_mobility-color-danger);
      background: var(--_mobility-color-danger-surface);
    }
    legend {
      float: left;
      width: 100%;
      margin-bottom: var(--_mobility-space-s);
    }
    legend + * {
      clear: both;
    }
    .item-error {
      margin-bottom: var(--_mobility-space-s);
      color: var(--_mobility-color-danger);
      font-weight: 600;
    }
    .options {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr));
      gap: var(--_mobility-space-xs) var(--_mobility-space-s);
    }
    .option {
      display: flex;
      gap: var(--_mobility-space-s);
      align-items: center;
      min-height: var(--_mobility-target-size);
      padding: 0 var(--_mobility-space-s);
      border-radius: var(--_mobility-radius);
      cursor: pointer;
      overflow-wrap: anywhere;
    }
    .option:hover {
      background: var(--_mobility-color-surface-subtle);
    }
    .option input {
      flex: none;
      width: 1.25rem;
      height: 1.25rem;
      margin: 0;
      accent-color: var(--_mobility-career-test-bar-color);
    }

    .values {
      display: grid;
      gap: var(--_mobility-space-s);
      margin: 0;
      padding: 0;
      list-style: none;
      counter-reset: value;
    }
    .value {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr) auto;
      gap: var(--_mobility-space-s);
      align-items: center;
      padding: var(--_mobility-space-s) var(--_mobility-space-m);
      background: var(--_mobility-career-test-item-background);
      border: 1px solid var(--_mobility-career-test-item-border-color);
      border-radius: var(--_mobility-radius);
    }
    .value-position {
      font-size: var(--_mobility-font-size-large);
      font-weight: 700;
      min-width: 1.5rem;
    }
    .value-moves {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_mobility-space-xs);
    }
    @media (max-width: 30rem) {
      .value {
        grid-template-columns: auto minmax(0, 1fr);
      }
      .value-moves {
        grid-column: 1 / -1;
      }
    }

    .code {
      display: grid;
      gap: var(--_mobility-space-s);
      padding: var(--_mobility-space-m);
      background: var(--_mobility-color-accent-surface);
      border-radius: var(--_mobility-radius);
    }
    .code-text {
      font-size: calc(var(--_mobility-font-size-large) * 1.5);
      font-weight: 700;
      letter-spacing: 0.08em;
      overflow-wrap: anywhere;
    }

    figure {
      margin: 0;
      display: grid;
      gap: var(--_mobility-space-s);
    }
    .bars {
      display: grid;
      gap: var(--_mobility-space-s);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .bar-row {
      display: grid;
      grid-template-columns: minmax(7rem, 12rem) minmax(3rem, 1fr) 3.5rem;
      gap: var(--_mobility-space-s);
      align-items: center;
    }
    @media (max-width: 30rem) {
      .bar-row {
        grid-template-columns: minmax(0, 1fr) 3.5rem;
      }
      .bar-row svg {
        grid-column: 1 / -1;
        grid-row: 2;
      }
    }
    .bar-label {
      overflow-wrap: anywhere;
    }
    .bar-marker {
      font-weight: 600;
    }
    .bar-value {
      font-variant-numeric: tabular-nums;
      text-align: end;
      font-weight: 600;
    }
    .bar-row svg {
      display: block;
      width: 100%;
      height: 1.5rem;
    }
    .bar-track {
      fill: var(--_mobility-career-test-bar-track);
      stroke: var(--_mobility-color-border);
      stroke-width: 0.5;
      vector-effect: non-scaling-stroke;
    }
    .bar-fill:not(.hatched) {
      fill: var(--_mobility-career-test-bar-color);
    }
    .bar-fill {
      transform-box: fill-box;
      transform-origin: left center;
    }
    .hatch-ground {
      fill: var(--_mobility-career-test-bar-color);
    }
    .hatch-line {
      stroke: var(--_mobility-color-on-primary);
      stroke-width: 1.5;
    }
    @media (prefers-reduced-motion: no-preference) {
      .bar-fill {
        animation: mobility-career-test-grow 600ms ease-out;
      }
    }
    @keyframes mobility-career-test-grow {
      from {
        transform: scaleX(0);
      }
      to {
        transform: scaleX(1);
      }
    }


    .types,
    .matches {
      display: grid;
      gap: var(--_mobility-space-m);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .type,
    .match {
      display: grid;
      gap: var(--_mobility-space-xs);
      padding: var(--_mobility-space-m);
      border: 1px solid var(--_mobility-career-test-item-border-color);
      border-radius: var(--_mobility-radius);
      min-width: 0;
    }
    .match a {
      color: var(--_mobility-color-primary);
      font-weight: 600;
    }
    .story-move {
      overflow-wrap: anywhere;
    }
    .story-quote {
      margin: 0;
      padding-inline-start: var(--_mobility-space-s);
      border-inline-start: 3px solid var(--_mobility-career-test-bar-color);
      font-style: italic;
    }
    .story-quote p {
      margin: 0;
    }
    .muted {
      color: var(--_mobility-color-text-muted);
    }
    section.part {
      display: grid;
      gap: var(--_mobility-space-s);
      min-width: 0;
    }

    dialog {
      max-width: min(32rem, calc(100vw - 2rem));
      padding: var(--_mobility-space-l);
      color: var(--_mobility-color-text);
      background: var(--_mobility-color-surface);
      border: 2px solid var(--_mobility-color-border);
      border-radius: var(--_mobility-radius);
    }
    dialog form {
      display: grid;
      gap: var(--_mobility-space-m);
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.45);
    }

    @media (forced-colors: active) {
      .bar-fill:not(.hatched),
      .hatch-ground {
        fill: CanvasText;
      }
      .hatch-line {
        stroke: Canvas;
      }
      fieldset.invalid {
        border-color: Mark;
      }
    }

    @media print {
      .no-print,
      dialog,
      .actions {
        display: none !important;
      }
      :host {
        color: #000;
      }
      .bar-row svg,
      .bar-fill,
      .code,
      .promises {
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
      .bar-fill {
        animation: none !important;
      }
      section.part,
      .type,
      .match,
      figure,
      table {
        break-inside: avoid;
      }
      .match a::after {
        content: ' (' attr(href) ')';
        font-weight: 400;
        overflow-wrap: anywhere;
      }
    }
  `,
];
