import { css } from 'lit';

/**
 * The controls every element shares, declared once: buttons, messages, skeletons, text
 * fields and selects, fieldsets and badges. An element adds this after `tokenStyles` and
 * `baseStyles` and before its own sheet, and gives a control its own accent by setting the private
 * properties below on its `:host` (usually to one of its component tokens):
 *
 * - `--_mobility-button-background`, `--_mobility-button-color`: the primary button and the
 *   border and text of the secondary one;
 * - `--_mobility-input-border-color`: text fields and selects;
 * - `--_mobility-message-radius`, `--_mobility-message-border-color`: messages;
 * - `--_mobility-badge-background`, `--_mobility-badge-color`: badges;
 * - `--_mobility-skeleton-color`: loading placeholders.
 *
 * Each defaults to a system token here, so it never inherits another element's accent. Selectors
 * on bare elements (`input`, `th`, `fieldset` …) are wrapped in `:where()`: they weigh nothing,
 * so an element's own rule for its layout wins without raising specificity.
 *
 * Data tables are in `table.styles.ts`, for the elements that have one.
 *
 * Classes:
 * - buttons: `.button` (primary), with `.button-secondary` (outlined), `.button-quiet` (neutral),
 *   `.button-destructive`, `.button-link` (looks like a link, keeps the target size) and
 *   `.button-small` (a dense table or list row);
 * - messages: `.message` (information) with `.error` (or `.message-error`) or `.message-success`,
 *   and `.message-title` for its first line;
 * - skeletons: `.skeleton` with `.skeleton-line`, `.skeleton-title` and `.skeleton-short`;
 * - `.badge`.
 */
export const controlStyles = css`
  :host {
    --_mobility-button-background: var(--_mobility-color-primary);
    --_mobility-button-color: var(--_mobility-color-on-primary);
    --_mobility-input-border-color: var(--_mobility-color-border);
    --_mobility-message-radius: var(--_mobility-radius);
    --_mobility-message-border-color: var(--_mobility-color-border);
    --_mobility-badge-background: var(--_mobility-color-accent-surface);
    --_mobility-badge-color: var(--_mobility-color-text);
    --_mobility-skeleton-color: var(--_mobility-color-skeleton);
  }

  /* Buttons ------------------------------------------------------------------------------- */
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_mobility-space-xs);
    min-width: var(--_mobility-target-size);
    min-height: var(--_mobility-target-size);
    max-width: 100%;
    padding: var(--_mobility-space-s) var(--_mobility-space-m);
    font: inherit;
    font-weight: 600;
    text-align: center;
    text-decoration: none;
    /* break-word, not anywhere: a label breaks only when it would overflow, and a button keeps
       the width of its longest word beside a greedy text field in a flex row. */
    overflow-wrap: break-word;
    color: var(--_mobility-button-color);
    background: var(--_mobility-button-background);
    border: 2px solid var(--_mobility-button-background);
    border-radius: var(--_mobility-radius);
    cursor: pointer;
  }
  .button:hover {
    color: var(--_mobility-color-on-primary);
    background: var(--_mobility-color-primary-hover);
    border-color: var(--_mobility-color-primary-hover);
  }
  .button-secondary {
    color: var(--_mobility-button-background);
    background: var(--_mobility-color-background);
  }
  .button-quiet {
    font-weight: 400;
    color: var(--_mobility-color-text);
    background: transparent;
    border-color: var(--_mobility-color-border);
  }
  .button-quiet:hover {
    color: var(--_mobility-color-text);
    background: var(--_mobility-color-surface-subtle);
    border-color: var(--_mobility-color-border);
  }
  .button-destructive {
    color: var(--_mobility-color-on-primary);
    background: var(--_mobility-color-danger);
    border-color: var(--_mobility-color-danger);
  }
  .button-destructive:hover {
    background: var(--_mobility-color-text);
    border-color: var(--_mobility-color-text);
  }
  .button-link {
    padding-inline: var(--_mobility-space-xs);
    color: var(--_mobility-button-background);
    background: none;
    border-color: transparent;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .button-link:hover {
    color: var(--_mobility-color-primary-hover);
    background: none;
    border-color: transparent;
    text-decoration-thickness: 0.15em;
  }
  .button-small {
    min-height: 2rem;
    padding: 0 var(--_mobility-space-s);
    font-size: var(--_mobility-font-size-small);
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }

  /* Messages ------------------------------------------------------------------------------ */
  .message {
    display: grid;
    justify-items: start;
    gap: var(--_mobility-space-s);
    padding: var(--_mobility-space-m);
    background: var(--_mobility-color-surface-subtle);
    border: 1px solid var(--_mobility-message-border-color);
    border-radius: var(--_mobility-message-radius);
    overflow-wrap: anywhere;
  }
  .message > * {
    margin: 0;
  }
  .message-title {
    font-weight: 700;
  }
  .message.error,
  .message-error,
  .message-success {
    border-inline-start-width: 0.375rem;
  }
  .message.error,
  .message-error {
    background: var(--_mobility-color-danger-surface);
    border-color: var(--_mobility-color-danger);
  }
  .message.error .message-title,
  .message-error .message-title {
    color: var(--_mobility-color-danger);
  }
  .message-success {
    background: var(--_mobility-color-success-surface);
    border-color: var(--_mobility-color-success);
  }

  /* Skeletons ----------------------------------------------------------------------------- */
  .skeleton {
    height: 1em;
    background: var(--_mobility-skeleton-color);
    border-radius: var(--_mobility-radius);
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
    50% {
      opacity: 0.45;
    }
  }

  /* Text fields, selects, fieldsets --------------------------------------------------------- */
  :where(input:not([type='checkbox'], [type='radio'], [type='range'], [type='hidden']), select, textarea) {
    min-width: 0;
    max-width: 100%;
    min-height: var(--_mobility-target-size);
    padding: var(--_mobility-space-s);
    font: inherit;
    color: var(--_mobility-color-text);
    background: var(--_mobility-color-background);
    border: 1px solid var(--_mobility-input-border-color);
    border-radius: var(--_mobility-radius);
  }
  :where(input, select, textarea)[aria-invalid='true'] {
    border: 2px solid var(--_mobility-color-danger);
  }
  :where(fieldset) {
    min-width: 0;
    margin: 0;
    padding: var(--_mobility-space-m);
    border: 1px solid var(--_mobility-color-border);
    border-radius: var(--_mobility-radius);
  }
  :where(legend) {
    padding: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  /* Badges -------------------------------------------------------------------------------- */
  .badge {
    padding: 0.1em 0.5em;
    font-size: var(--_mobility-font-size-small);
    color: var(--_mobility-badge-color);
    background: var(--_mobility-badge-background);
    border: 1px solid transparent;
    border-radius: var(--_mobility-radius);
    overflow-wrap: anywhere;
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button-link {
      color: LinkText;
      border-color: transparent;
    }
    .message,
    .badge {
      border-color: CanvasText;
    }
    .skeleton {
      background: GrayText;
    }
  }
`;
