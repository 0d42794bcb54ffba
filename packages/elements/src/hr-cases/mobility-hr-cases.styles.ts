import { css } from 'lit';
import { baseStyles, tokenStyles } from '../shared/base.styles.js';
import { controlStyles } from '../shared/controls.styles.js';
import { tableStyles } from '../shared/table.styles.js';

/** The case register's own layout, after the shared tokens, base, controls and tables. */
export const hrCasesStyles = [
  tokenStyles,
  baseStyles,
  controlStyles,
  tableStyles,
  css`
    .root,
    .list,
    .case-form,
    .import,
    .columns {
      display: grid;
      gap: var(--_mobility-space-m);
      min-width: 0;
    }
    .heading {
      margin: 0;
      font-weight: 700;
      line-height: 1.3;
    }
    .heading:focus {
      outline: none;
    }
    .heading:focus-visible {
      outline: var(--_mobility-focus-width) solid var(--_mobility-color-focus);
    }
    .heading-0 {
      font-size: var(--_mobility-font-size-large);
    }
    .heading-1 {
      font-size: calc(var(--_mobility-font-size) * 1.125);
    }
    .intro,
    .status {
      margin: 0;
    }
    .status {
      color: var(--_mobility-color-text-muted);
    }
    .status:empty {
      display: none;
    }
    .nav,
    .actions,
    .filter-actions,
    .paging,
    .row-actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_mobility-space-s);
    }
    .content,
    .list-body {
      display: grid;
      gap: var(--_mobility-space-m);
      min-width: 0;
    }
    .list-body:focus {
      outline: none;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: var(--_mobility-space-s) var(--_mobility-space-m);
    }
    .filters .field {
      flex: 1 1 11rem;
    }
    .field {
      display: grid;
      gap: var(--_mobility-space-xs);
      min-width: 0;
      align-content: start;
    }
    .field-row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_mobility-space-m);
    }
    .field-row > .field {
      flex: 1 1 14rem;
    }
    label {
      font-weight: 600;
    }
    .choice {
      display: flex;
      align-items: center;
      gap: var(--_mobility-space-s);
      min-height: var(--_mobility-target-size);
    }
    .choice label {
      font-weight: 400;
    }
    .choice input {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0;
      flex: none;
    }
    fieldset.state {
      display: grid;
      gap: var(--_mobility-space-xs);
    }
    .hint {
      margin: 0;
      color: var(--_mobility-color-text-muted);
      font-size: var(--_mobility-font-size-small);
    }
    .hint p {
      margin: 0;
    }
    .hint-title {
      font-weight: 600;
      color: var(--_mobility-color-text);
    }
    #id-hint {
      padding: var(--_mobility-space-s) var(--_mobility-space-m);
      background: var(--_mobility-color-accent-surface);
      border-inline-start: 0.25rem solid var(--_mobility-color-primary);
      border-radius: var(--_mobility-radius);
      color: var(--_mobility-color-text);
    }
    .field-error {
      margin: 0;
      color: var(--_mobility-color-danger);
      font-weight: 600;
    }
    .message:focus {
      outline: none;
    }
    .message:focus-visible {
      outline: var(--_mobility-focus-width) solid var(--_mobility-color-focus);
    }
    .import > p,
    .columns > p,
    .case-form > p {
      margin: 0;
    }
    .columns > .button,
    .import-result .button {
      justify-self: start;
    }
    .case-id,
    code {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      overflow-wrap: anywhere;
    }
    [part~='columns-table'] th code {
      overflow-wrap: normal;
      white-space: nowrap;
    }
    .row-actions {
      flex-wrap: nowrap;
    }
    td.date {
      white-space: nowrap;
    }
    .page-number {
      color: var(--_mobility-color-text-muted);
    }
    .drop-zone {
      display: grid;
      gap: var(--_mobility-space-xs);
      padding: var(--_mobility-space-m);
      border: 2px dashed var(--_mobility-color-border);
      border-radius: var(--_mobility-radius);
      background: var(--_mobility-color-surface-subtle);
    }
    .drop-zone.dragging {
      border-color: var(--_mobility-color-primary);
      background: var(--_mobility-color-accent-surface);
    }
    .drop-zone input[type='file'] {
      max-width: 100%;
    }
    .choices {
      color: var(--_mobility-color-text-muted);
      font-size: var(--_mobility-font-size-small);
    }
    .skeleton-block {
      display: grid;
      gap: var(--_mobility-space-s);
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
    .dialog-title {
      margin: 0;
      font-size: var(--_mobility-font-size-large);
      overflow-wrap: anywhere;
    }
    #delete-text {
      margin: 0;
    }

    @media (forced-colors: active) {
      .drop-zone,
      .drop-zone.dragging,
      #id-hint,
      dialog {
        border-color: CanvasText;
      }
      .field-error {
        color: CanvasText;
      }
      .nav .button[aria-current='page'] {
        outline: 2px solid Highlight;
      }
    }
  `,
];
