/**
 * The dashboard's tables and cells. A suppressed cell says so in words for screen readers and
 * never shows a number: not 0, not blank.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { InsightsCell } from '@mobility-kit/contract';
import type { DashboardViewContext } from './view-context.js';

/** How a cell's value reads. */
export type CellKind = 'count' | 'days' | 'money';

/** One value or its suppression marker. */
export function insightsCell({ t, l10n }: DashboardViewContext, cell: InsightsCell, k: string, kind: CellKind = 'count'): TemplateResult {
  if ('value' in cell) {
    const text = kind === 'money' ? l10n.money(cell.value) : kind === 'days' ? t.days(l10n.number(cell.value)) : l10n.number(cell.value);
    return html`${text}`;
  }
  const below = cell.reason === 'below-threshold';
  return html`<span part="suppressed" class="suppressed" data-reason=${cell.reason}
    ><span aria-hidden="true">${below ? t.belowThreshold(k) : t.secondary}</span
    ><span class="visually-hidden">${below ? t.belowThresholdLong(k) : t.secondaryLong}</span></span
  >`;
}

/** A captioned table in a scrollable, focusable region; rows are a header and their cells. */
export function insightsTable(
  id: string,
  caption: string,
  rowHeader: string,
  columns: readonly string[],
  rows: readonly [string, readonly unknown[]][],
  note?: string,
): TemplateResult {
  return html`<div class="table-wrap" role="region" aria-labelledby=${`caption-${id}`} tabindex="0">
    <table part="table" class="table" id=${`table-${id}`}>
      <caption id=${`caption-${id}`}>${caption}${note ? html`<span class="caption-note">${note}</span>` : nothing}</caption>
      <thead>
        <tr>
          <th scope="col">${rowHeader}</th>
          ${columns.map((c) => html`<th scope="col">${c}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(([header, cells]) => html`<tr><th scope="row">${header}</th>${cells.map((c) => html`<td>${c}</td>`)}</tr>`)}
      </tbody>
    </table>
  </div>`;
}
