import { css } from 'lit';
import { baseStyles, tokenStyles } from '../shared/base.styles.js';
import { controlStyles } from '../shared/controls.styles.js';
import { vacancyCardStyles } from '../shared/vacancy-card.styles.js';

/**
 * The HR workspace for vacancies: system tokens only (no component tokens of its own), and the
 * card of `<mobility-vacancies>` with its own sheet, so the "as an employee sees it" view looks
 * exactly like the employee's list (and follows its `--mobility-vacancies-*` tokens).
 * Classes here start with `hr-` so they never meet the card's.
 */
export const hrVacanciesStyles = [
  tokenStyles,
  baseStyles,
  controlStyles,
  css`
    .root {
      display: grid;
      gap: var(--_mobility-space-m);
      min-width: 0;
    }
    .hr-heading {
      margin: 0;
      font-weight: 700;
      line-height: 1.3;
      overflow-wrap: anywhere;
    }
    .hr-heading-0 {
      font-size: var(--_mobility-font-size-large);
    }
    .hr-heading-1 {
      font-size: calc(var(--_mobility-font-size) * 1.125);
    }
    .hr-status {
      margin: 0;
      color: var(--_mobility-color-text-muted);
    }
    .hr-status:empty {
      display: none;
    }
    .hr-content {
      display: grid;
      gap: var(--_mobility-space-m);
      min-width: 0;
    }
    .hr-content:focus,
    .hr-focus-target:focus {
      outline: none;
    }
    .hr-skeleton {
      display: grid;
      gap: var(--_mobility-space-s);
    }
    label,
    legend {
      font-weight: 600;
    }
    .hr-required {
      font-weight: 400;
      color: var(--_mobility-color-text-muted);
    }
    .hr-hint,
    .hr-preview-label {
      margin: 0;
      font-size: var(--_mobility-font-size-small);
      color: var(--_mobility-color-text-muted);
    }
    .hr-preview-label {
      font-weight: 600;
    }
    .hr-note {
      margin: 0;
      font-style: italic;
    }

    /* Toolbar and list ------------------------------------------------------------------- */
    .hr-toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      justify-content: space-between;
      gap: var(--_mobility-space-s) var(--_mobility-space-m);
    }
    .hr-list,
    .hr-cards {
      display: grid;
      gap: var(--_mobility-space-m);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .hr-item {
      display: grid;
      gap: var(--_mobility-space-s);
      min-width: 0;
      padding: var(--_mobility-space-m);
      background: var(--_mobility-color-surface);
      border: 1px solid var(--_mobility-color-border);
      border-inline-start-width: 0.375rem;
      border-radius: var(--_mobility-radius);
    }
    .hr-item[data-status='closed'] {
      background: var(--_mobility-color-surface-subtle);
      border-inline-start-style: dashed;
    }
    .hr-item-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: var(--_mobility-space-xs) var(--_mobility-space-s);
      min-width: 0;
    }
    .hr-facts {
      display: grid;
      gap: var(--_mobility-space-xs);
      margin: 0;
    }
    .hr-fact {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_mobility-space-s);
      min-width: 0;
    }
    .hr-fact dt {
      color: var(--_mobility-color-text-muted);
    }
    .hr-fact dt::after {
      content: ':';
    }
    .hr-fact dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .hr-actions,
    .hr-form-actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_mobility-space-s);
    }
    .hr-more {
      display: flex;
      justify-content: center;
    }

    /* Form --------------------------------------------------------------------------------- */
    .hr-form,
    .hr-preview {
      display: grid;
      gap: var(--_mobility-space-l);
      min-width: 0;
    }
    .hr-form-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_mobility-space-s);
    }
    .hr-section {
      display: grid;
      gap: var(--_mobility-space-m);
      min-width: 0;
    }
    .hr-field {
      display: grid;
      gap: var(--_mobility-space-xs);
      min-width: 0;
      align-content: start;
    }
    .hr-field input,
    .hr-field select,
    .hr-field textarea {
      width: 100%;
      max-width: 100%;
    }
    .hr-row {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
      gap: var(--_mobility-space-m);
      min-width: 0;
    }
    .hr-field-error {
      margin: 0;
      font-weight: 600;
      color: var(--_mobility-color-danger);
      overflow-wrap: anywhere;
    }
    .hr-field-error::before {
      content: '⚠ ';
    }
    .hr-markdown {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
      gap: var(--_mobility-space-m);
      min-width: 0;
    }
    .hr-markdown-preview,
    .hr-timeline-sentence {
      display: grid;
      gap: var(--_mobility-space-xs);
      align-content: start;
      min-width: 0;
      padding: var(--_mobility-space-s) var(--_mobility-space-m);
      background: var(--_mobility-color-surface-subtle);
      border: 1px solid var(--_mobility-color-border);
      border-radius: var(--_mobility-radius);
    }
    .hr-markdown-body {
      display: grid;
      gap: var(--_mobility-space-s);
      overflow-wrap: anywhere;
    }
    .hr-markdown-body p,
    .hr-markdown-body ul,
    .hr-markdown-body ol {
      margin: 0;
    }
    .hr-sentence {
      margin: 0;
      font-weight: 600;
    }
    .hr-checks {
      display: grid;
      gap: var(--_mobility-space-xs);
    }
    .hr-check-list {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_mobility-space-xs) var(--_mobility-space-m);
    }
    .hr-check {
      display: inline-flex;
      align-items: center;
      gap: var(--_mobility-space-xs);
      min-height: var(--_mobility-target-size);
      font-weight: 400;
    }
    .hr-check input {
      width: 1.25rem;
      height: 1.25rem;
    }

    /* The timeline: a line with a dot per step, each step's fields beside it. */
    .hr-timeline-editor {
      display: grid;
      gap: var(--_mobility-space-s);
      min-width: 0;
    }
    .hr-timeline {
      display: grid;
      gap: var(--_mobility-space-m);
      margin: 0;
      padding: 0 0 0 var(--_mobility-space-l);
      list-style: none;
      border-inline-start: 3px solid var(--_mobility-color-primary);
    }
    .hr-step {
      position: relative;
      min-width: 0;
    }
    .hr-step::before {
      content: '';
      position: absolute;
      inset-inline-start: calc(-1 * var(--_mobility-space-l) - 0.5rem - 1.5px);
      top: 0.4rem;
      width: 1rem;
      height: 1rem;
      background: var(--_mobility-color-background);
      border: 3px solid var(--_mobility-color-primary);
      border-radius: 50%;
    }
    .hr-stage {
      display: grid;
      gap: var(--_mobility-space-s);
      min-width: 0;
      margin: 0;
    }
    .hr-stage-fields {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
      gap: var(--_mobility-space-s) var(--_mobility-space-m);
    }
    .hr-stage > .button {
      justify-self: start;
    }
    .hr-timeline-editor > .button {
      justify-self: start;
    }

    .hr-employee-view {
      display: grid;
      gap: var(--_mobility-space-s);
      min-width: 0;
    }

    /* Dialogs ------------------------------------------------------------------------------ */
    dialog {
      max-width: min(32rem, calc(100vw - 2 * var(--_mobility-space-m)));
      padding: var(--_mobility-space-l);
      color: var(--_mobility-color-text);
      background: var(--_mobility-color-background);
      border: 2px solid var(--_mobility-color-border);
      border-radius: var(--_mobility-radius);
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.45);
    }
    .hr-dialog {
      display: grid;
      gap: var(--_mobility-space-m);
    }
    .hr-dialog p {
      margin: 0;
    }

    @media (forced-colors: active) {
      .hr-item,
      .hr-markdown-preview,
      .hr-timeline-sentence,
      dialog {
        border-color: CanvasText;
      }
      .hr-timeline {
        border-inline-start-color: CanvasText;
      }
      .hr-step::before {
        background: Canvas;
        border-color: CanvasText;
      }
      .hr-field-error {
        color: CanvasText;
      }
    }
  `,
  vacancyCardStyles,
];
