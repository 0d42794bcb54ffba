import { css } from 'lit';

/**
 * System tokens, resolved once per element into private `--_mobility-*` properties (not an API).
 * A host themes every element at once with the public `--mobility-*` system tokens, or one element
 * with its component tokens (`--mobility-vacancies-*`), which fall back to these.
 *
 * Colour literals meet WCAG 2.2 AA contrast on the default white surface.
 *
 * The system tokens below apply to every element that renders something (all but
 * `<mobility-provider>`); the manifest lists them on each of those elements.
 *
 * @cssprop [--mobility-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font of all text.
 * @cssprop [--mobility-font-size=1rem] - Body text size.
 * @cssprop [--mobility-font-size-small=0.875rem] - Secondary text: facts, badges, hints, table notes.
 * @cssprop [--mobility-font-size-large=1.25rem] - Titles: card titles, story names, section headings.
 * @cssprop [--mobility-line-height=1.5] - Line height of body text.
 * @cssprop [--mobility-color-text=#1b1b1b] - Body text.
 * @cssprop [--mobility-color-text-muted=#595959] - Secondary text (facts, hints, captions); meets 4.5:1 on the surfaces.
 * @cssprop [--mobility-color-background=#ffffff] - Background of the element's own area.
 * @cssprop [--mobility-color-surface=#ffffff] - Background of cards, panels and inputs.
 * @cssprop [--mobility-color-surface-subtle=#f3f5f8] - Background of fieldsets, slides, table stripes and bar tracks.
 * @cssprop [--mobility-color-border=#8c8c8c] - Borders of inputs, cards and tables; meets 3:1 against the surfaces (WCAG 1.4.11).
 * @cssprop [--mobility-color-primary=#0b5394] - Buttons, links, selected states and chart accents.
 * @cssprop [--mobility-color-primary-hover=#083d6d] - Buttons and links on hover.
 * @cssprop [--mobility-color-on-primary=#ffffff] - Text on a primary-coloured background.
 * @cssprop [--mobility-color-accent-surface=#e6eff8] - Badges, highlights and notices.
 * @cssprop [--mobility-color-danger=#a4151b] - Error text and error borders.
 * @cssprop [--mobility-color-danger-surface=#fdeeee] - Background of error messages.
 * @cssprop [--mobility-color-success=#1d7a4f] - Text and borders of success messages.
 * @cssprop [--mobility-color-success-surface=#eaf5ef] - Background of success messages.
 * @cssprop [--mobility-color-focus=#ffbf47] - Outer ring of the focus indicator.
 * @cssprop [--mobility-color-focus-inner=#1b1b1b] - Inner ring of the focus indicator, so it shows on light and dark backgrounds.
 * @cssprop [--mobility-color-skeleton=#e3e6ea] - Loading placeholders.
 * @cssprop [--mobility-radius=0.375rem] - Corner radius of cards, inputs and buttons.
 * @cssprop [--mobility-space-xs=0.25rem] - Smallest gap (inside badges).
 * @cssprop [--mobility-space-s=0.5rem] - Small gap (between controls).
 * @cssprop [--mobility-space-m=1rem] - Default gap and padding.
 * @cssprop [--mobility-space-l=1.5rem] - Gap between sections.
 * @cssprop [--mobility-focus-width=3px] - Width of the focus outline.
 * @cssprop [--mobility-target-size=2.75rem] - Minimum height and width of buttons and other targets (WCAG 2.5.8 asks 24 px, the default is 44 px).
 */
export const tokenStyles = css`
  :host {
    --_mobility-font-family: var(--mobility-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_mobility-font-size: var(--mobility-font-size, 1rem);
    --_mobility-font-size-small: var(--mobility-font-size-small, 0.875rem);
    --_mobility-font-size-large: var(--mobility-font-size-large, 1.25rem);
    --_mobility-line-height: var(--mobility-line-height, 1.5);
    --_mobility-color-text: var(--mobility-color-text, #1b1b1b);
    --_mobility-color-text-muted: var(--mobility-color-text-muted, #595959);
    --_mobility-color-background: var(--mobility-color-background, #ffffff);
    --_mobility-color-surface: var(--mobility-color-surface, #ffffff);
    --_mobility-color-surface-subtle: var(--mobility-color-surface-subtle, #f3f5f8);
    --_mobility-color-border: var(--mobility-color-border, #8c8c8c);
    --_mobility-color-primary: var(--mobility-color-primary, #0b5394);
    --_mobility-color-primary-hover: var(--mobility-color-primary-hover, #083d6d);
    --_mobility-color-on-primary: var(--mobility-color-on-primary, #ffffff);
    --_mobility-color-accent-surface: var(--mobility-color-accent-surface, #e6eff8);
    --_mobility-color-danger: var(--mobility-color-danger, #a4151b);
    --_mobility-color-danger-surface: var(--mobility-color-danger-surface, #fdeeee);
    --_mobility-color-success: var(--mobility-color-success, #1d7a4f);
    --_mobility-color-success-surface: var(--mobility-color-success-surface, #eaf5ef);
    --_mobility-color-focus: var(--mobility-color-focus, #ffbf47);
    --_mobility-color-focus-inner: var(--mobility-color-focus-inner, #1b1b1b);
    --_mobility-color-skeleton: var(--mobility-color-skeleton, #e3e6ea);
    --_mobility-radius: var(--mobility-radius, 0.375rem);
    --_mobility-space-xs: var(--mobility-space-xs, 0.25rem);
    --_mobility-space-s: var(--mobility-space-s, 0.5rem);
    --_mobility-space-m: var(--mobility-space-m, 1rem);
    --_mobility-space-l: var(--mobility-space-l, 1.5rem);
    --_mobility-focus-width: var(--mobility-focus-width, 3px);
    --_mobility-target-size: var(--mobility-target-size, 2.75rem);
  }
`;

/**
 * What every element shares: font and colours from the tokens, a focus indicator that is visible
 * on any background (WCAG 2.4.7 / 2.4.11), reflow to 320 px (1.4.10), text that survives spacing
 * overrides (1.4.12), no animation for `prefers-reduced-motion`, and system colours in forced
 * colours mode.
 */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    display: block;
    min-width: 0;
    max-width: 100%;
    font-family: var(--_mobility-font-family);
    font-size: var(--_mobility-font-size);
    line-height: var(--_mobility-line-height);
    color: var(--_mobility-color-text);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_mobility-focus-width) solid var(--_mobility-color-focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 calc(var(--_mobility-focus-width) + 2px) var(--_mobility-color-focus-inner);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;
