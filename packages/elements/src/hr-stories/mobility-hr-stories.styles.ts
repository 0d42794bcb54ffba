import { css } from 'lit';
import { baseStyles, tokenStyles } from '../shared/base.styles.js';
import { controlStyles } from '../shared/controls.styles.js';
import { tableStyles } from '../shared/table.styles.js';
import { storySlideStyles } from '../stories/mobility-stories.styles.js';

/**
 * The list, the form, the consent table and dialogs. The preview uses `<mobility-stories>`'s own
 * slide styles. It has no component tokens of its own: the system tokens theme it.
 * `--_mobility-hr-stories-*` are private: not an API.
 */
export const hrStoriesStyles = [
  tokenStyles,
  baseStyles,
  controlStyles,
  tableStyles,
  storySlideStyles,
  css`
    :host {
      --_mobility-hr-stories-gap: var(--_mobility-space-m);
      --_mobility-hr-stories-good: var(--_mobility-color-success);
      --_mobility-hr-stories-attention: var(--_mobility-color-danger);
    }
    .root,
    .content,
    .editor,
    .section,
    .story-form,
    fieldset {
      display: grid;
      gap: var(--_mobility-hr-stories-gap);
      min-width: 0;
    }
    /* What was saved, or why not, stays in view for everyone, not only for screen readers. */
    .status {
      margin: 0;
      font-weight: 600;
    }
    .status:empty {
      display: none;
    }
    .content:focus {
      outline: none;
    }
    .heading {
      margin: 0;
      font-size: var(--_mobility-font-size-large);
      font-weight: 700;
      overflow-wrap: anywhere;
    }
    .heading-1,
    .heading-2,
    .heading-3 {
      font-size: var(--_mobility-font-size);
    }
    .toolbar,
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_mobility-space-s);
      align-items: center;
    }
    .story-list {
      display: grid;
      gap: var(--_mobility-space-m);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .story-item {
      display: grid;
      gap: var(--_mobility-space-s);
      padding: var(--_mobility-space-m);
      border: 1px solid var(--_mobility-color-border);
      border-radius: var(--_mobility-radius);
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .story-item p {
      margin: 0;
    }
    .story-item .button {
      justify-self: start;
    }
    .quote-line {
      font-style: italic;
    }
    .window,
    .hint {
      margin: 0;
      color: var(--_mobility-color-text-muted);
      font-size: var(--_mobility-font-size-small);
    }
    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_mobility-space-xs);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    /* The tone is said by a symbol and the words as well as by the colour (WCAG 1.4.1). */
    .badge.tone-good {
      border-color: var(--_mobility-hr-stories-good);
    }
    .badge.tone-good::before {
      content: '● ';
      color: var(--_mobility-hr-stories-good);
    }
    .badge.tone-attention {
      border-color: var(--_mobility-hr-stories-attention);
    }
    .badge.tone-attention::before {
      content: '⚠ ';
      color: var(--_mobility-hr-stories-attention);
    }
    .field {
      display: grid;
      gap: var(--_mobility-space-xs);
      min-width: 0;
    }
    label {
      font-weight: 600;
    }
    input:not([type='checkbox'], [type='file']),
    select,
    textarea {
      width: 100%;
      box-sizing: border-box;
    }
    input[type='file'] {
      max-width: 100%;
      font: inherit;
    }
    textarea {
      resize: vertical;
    }
    input[type='date']:focus-within {
      outline: var(--_mobility-focus-width) solid var(--_mobility-color-focus);
      outline-offset: 2px;
    }
    .field-error {
      margin: 0;
      color: var(--_mobility-color-danger);
      font-weight: 600;
    }
    .field-error::before {
      content: '⚠ ';
    }
    .body-editor {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_mobility-space-m);
      min-width: 0;
    }
    .body-editor > * {
      flex: 1 1 16rem;
      min-width: 0;
    }
    .body-preview {
      display: grid;
      align-content: start;
      gap: var(--_mobility-space-xs);
      padding: var(--_mobility-space-s) var(--_mobility-space-m);
      border: 1px dashed var(--_mobility-color-border);
      border-radius: var(--_mobility-radius);
      overflow-wrap: anywhere;
    }
    .markdown p,
    .markdown ul,
    .markdown ol {
      margin: 0 0 var(--_mobility-space-s);
    }
    .checkboxes {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_mobility-space-s) var(--_mobility-space-m);
    }
    .checkbox {
      display: inline-flex;
      align-items: center;
      gap: var(--_mobility-space-xs);
      min-height: var(--_mobility-target-size);
      font-weight: 400;
    }
    .checkbox input {
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
    }
    .window-fields {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_mobility-space-m);
    }
    .window-fields > * {
      flex: 1 1 12rem;
    }
    .drop-zone {
      display: grid;
      gap: var(--_mobility-space-xs);
      padding: var(--_mobility-space-m);
      border: 2px dashed var(--_mobility-color-border);
      border-radius: var(--_mobility-radius);
      min-width: 0;
    }
    .drop-zone p {
      margin: 0;
    }
    .uploading-text {
      font-weight: 600;
    }
    .photo-current {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_mobility-space-s);
      align-items: end;
    }
    .photo-preview {
      display: block;
      max-width: min(12rem, 100%);
      height: auto;
      border-radius: var(--_mobility-radius);
    }
    .table-wrap {
      max-width: 100%;
      overflow-x: auto;
    }
    .preview-slide {
      min-width: 0;
    }
    dialog {
      max-width: min(32rem, calc(100vw - 2rem));
      max-height: calc(100vh - 2rem);
      box-sizing: border-box;
      padding: var(--_mobility-space-l);
      color: var(--_mobility-color-text);
      background: var(--_mobility-color-surface, var(--_mobility-color-background));
      border: 2px solid var(--_mobility-color-border);
      border-radius: var(--_mobility-radius);
      overflow-wrap: anywhere;
    }
    dialog form {
      display: grid;
      gap: var(--_mobility-space-m);
    }
    .dialog-title {
      margin: 0;
      font-size: var(--_mobility-font-size-large);
    }
    dialog p {
      margin: 0;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.45);
    }
    @media (forced-colors: active) {
      .badge.tone-good::before,
      .badge.tone-attention::before {
        color: CanvasText;
      }
      .drop-zone,
      .body-preview,
      dialog {
        border-color: CanvasText;
      }
      .field-error {
        color: CanvasText;
      }
    }
  `,
];
