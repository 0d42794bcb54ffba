/**
 * What every view of the dashboard renders with: the strings and formats of the active language,
 * headings at the level the page asks for, and quarters as people read them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../shared/localize.js';
import type { DashboardStrings } from './translations.js';

export type DashboardL10n = LocalizeController<DashboardStrings>;

export interface DashboardViewContext {
  readonly t: DashboardStrings;
  readonly l10n: DashboardL10n;
  /** The level of the dashboard's title (2–5); sections use the next level. */
  readonly level: number;
  /** A heading at `level` (absolute). */
  readonly h: (level: number, content: unknown, id?: string) => TemplateResult;
  /** A quarter (`2025-Q2`) as people read it. */
  readonly quarterLabel: (quarter: string) => string;
}

export function dashboardViewContext(l10n: DashboardL10n, headingLevel: number): DashboardViewContext {
  const parsed = Math.floor(Number(headingLevel));
  const level = Number.isFinite(parsed) ? Math.min(5, Math.max(2, parsed)) : 2;
  const t = l10n.strings;
  return {
    t,
    l10n,
    level,
    // Headings need a real level for the page outline; role=heading keeps it one template.
    h: (at, content, id) => html`<div role="heading" aria-level=${at} class="heading heading-${at - level}" id=${id ?? nothing}>${content}</div>`,
    quarterLabel: (quarter) => t.quarter(quarter.slice(0, 4), quarter.slice(6)),
  };
}
