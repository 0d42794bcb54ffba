/**
 * What every view of `<mobility-hr-stories>` renders with: the strings and formats of the active
 * language, headings at the level the page asks for, and today's Dutch calendar day.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../shared/localize.js';
import type { HrStoriesStrings } from './translations.js';

export type HrStoriesL10n = LocalizeController<HrStoriesStrings>;

export interface HrStoriesViewContext {
  readonly t: HrStoriesStrings;
  readonly l10n: HrStoriesL10n;
  /** The level of the element's title (2–4); sections use the next levels. */
  readonly level: number;
  /** A heading at `level` (absolute). */
  readonly h: (level: number, content: unknown, id?: string) => TemplateResult;
  /** A contract calendar date as people read it. */
  readonly date: (calendarDate: string) => string;
  /** Today, as a contract calendar date in the Netherlands. */
  readonly today: string;
}

export function hrStoriesViewContext(l10n: HrStoriesL10n, headingLevel: number, today: string): HrStoriesViewContext {
  const parsed = Math.floor(Number(headingLevel));
  const level = Number.isFinite(parsed) ? Math.min(4, Math.max(2, parsed)) : 2;
  return {
    t: l10n.strings,
    l10n,
    level,
    // Headings need a real level for the page outline; role=heading keeps it one template.
    h: (at, content, id) => html`<div role="heading" aria-level=${at} class="heading heading-${at - level}" id=${id ?? nothing} tabindex=${id ? '-1' : nothing}>${content}</div>`,
    date: (calendarDate) => l10n.date(calendarDate),
    today,
  };
}
