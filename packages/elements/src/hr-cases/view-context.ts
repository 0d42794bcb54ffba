/**
 * What every view of the case register renders with: the strings and formats of the active
 * language, and headings at the level the page asks for.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../shared/localize.js';
import type { HrCasesStrings } from './translations.js';

export type HrCasesL10n = LocalizeController<HrCasesStrings>;

export interface HrCasesViewContext {
  readonly t: HrCasesStrings;
  readonly l10n: HrCasesL10n;
  /** The level of the register's title (2–5); views use the next level. */
  readonly level: number;
  /** A heading at `level` (absolute); with an id it can take focus when a view opens. */
  readonly h: (level: number, content: unknown, id?: string) => TemplateResult;
  /** An amount in euros, with cents when it has them. */
  readonly euros: (amount: number) => string;
}

export function hrCasesViewContext(l10n: HrCasesL10n, headingLevel: number): HrCasesViewContext {
  const parsed = Math.floor(Number(headingLevel));
  const level = Number.isFinite(parsed) ? Math.min(5, Math.max(2, parsed)) : 2;
  return {
    t: l10n.strings,
    l10n,
    level,
    // Headings need a real level for the page outline; role=heading keeps it one template.
    h: (at, content, id) =>
      html`<div role="heading" aria-level=${at} class="heading heading-${at - level}" id=${id ?? nothing} tabindex=${id ? '-1' : nothing}>${content}</div>`,
    euros: (amount) => l10n.money(amount, 'EUR', { minimumFractionDigits: Number.isInteger(amount) ? 0 : 2, maximumFractionDigits: 2 }),
  };
}
