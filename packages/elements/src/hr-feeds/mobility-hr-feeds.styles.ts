import { css } from 'lit';
import { baseStyles, tokenStyles } from '../shared/base.styles.js';
import { controlStyles } from '../shared/controls.styles.js';

/** `--mobility-hr-feeds-*` are component tokens; `--_mobility-hr-feeds-*` are private. */
export const hrFeedsStyles = [
  tokenStyles,
  baseStyles,
  controlStyles,
  css`
    :host {
      --_mobility-hr-feeds-accent: var(--mobility-hr-feeds-accent, var(--_mobility-color-primary));
      --_mobility-button-background: var(--_mobility-hr-feeds-accent);
    }
    .root,
    .content,
    .form,
    .report {
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
    p {
      margin: 0;
    }
    .intro,
    .muted,
    .hint {
      color: var(--_mobility-color-text-muted);
    }
    .status:empty {
      display: none;
    }
    .content:focus {
      outline: none;
    }
    .sources {
      display: grid;
      gap: var(--_mobility-space-m);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .source {
      display: grid;
      gap: var(--_mobility-space-s);
      min-width: 0;
      padding: var(--_mobility-space-m);
      border: 1px solid var(--_mobility-color-border);
      border-inline-start: 4px solid var(--_mobility-hr-feeds-accent);
      border-radius: var(--_mobility-radius);
    }
    .url {
      font-family: ui-monospace, monospace;
      font-size: var(--_mobility-font-size-small);
      overflow-wrap: anywhere;
    }
    .meta,
    .report-head,
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_mobility-space-s);
      align-items: center;
    }
    .last-run-title {
      font-weight: 600;
    }
    .counts {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_mobility-space-s) var(--_mobility-space-l);
      margin: 0;
    }
    .count {
      display: flex;
      gap: var(--_mobility-space-xs);
    }
    .count dt::after {
      content: ':';
    }
    .count dd {
      margin: 0;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .outcome-failed {
      --_mobility-badge-background: var(--_mobility-color-danger);
      --_mobility-badge-color: #fff;
    }
    .run-error,
    .skip-list,
    .warnings ul {
      overflow-wrap: anywhere;
    }
    details summary {
      min-height: var(--_mobility-target-size);
      display: flex;
      align-items: center;
      cursor: pointer;
      color: var(--_mobility-hr-feeds-accent);
      text-decoration: underline;
    }
    .skip-list {
      margin: var(--_mobility-space-s) 0 0;
      padding-inline-start: var(--_mobility-space-l);
    }
    .field {
      display: grid;
      gap: var(--_mobility-space-xs);
      min-width: 0;
    }
    .field label {
      font-weight: 600;
    }
    .checkbox-field {
      grid-template-columns: auto 1fr;
      align-items: center;
      column-gap: var(--_mobility-space-s);
    }
    .checkbox-field .hint {
      grid-column: 1 / -1;
    }
    input[type='checkbox'] {
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
    }
    .field-error {
      display: grid;
      gap: var(--_mobility-space-xs);
      color: var(--_mobility-color-danger);
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .field-error .reason {
      font-weight: 400;
      color: var(--_mobility-color-text);
    }
    .error-summary {
      border: 3px solid var(--_mobility-color-danger);
    }
    .error-summary ul {
      margin: 0;
      padding-inline-start: var(--_mobility-space-l);
    }
    .error-summary a {
      color: inherit;
    }
    .skeleton-block {
      display: grid;
      gap: var(--_mobility-space-s);
    }
    dialog {
      max-width: min(32rem, calc(100vw - 2rem));
      padding: var(--_mobility-space-l);
      color: var(--_mobility-color-text);
      background: var(--_mobility-color-background);
      border: 1px solid var(--_mobility-color-border);
      border-radius: var(--_mobility-radius);
    }
    dialog form {
      display: grid;
      gap: var(--_mobility-space-m);
    }
    @media (forced-colors: active) {
      .source {
        border-color: CanvasText;
      }
      .outcome-failed {
        forced-color-adjust: none;
        color: CanvasText;
        background: Canvas;
        border-color: CanvasText;
      }
      .field-error,
      .error-summary {
        border-color: CanvasText;
      }
      details summary {
        color: LinkText;
      }
    }
  `,
];
