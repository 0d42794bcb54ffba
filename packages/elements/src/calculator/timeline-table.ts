/**
 * The timeline as a data table: the accessible equivalent of the chart and what a print shows.
 * It scrolls inside its own focusable, labelled region so the page itself reflows to 320 px.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { IncomeLayer, MonthRow, ParameterName } from '@mobility-kit/rules';
import type { LocalizeController } from '../shared/localize.js';
import type { CalculatorStrings } from './translations.js';
import type { LayerTotals, TimelineLayer } from './scenarios.js';

type L10n = LocalizeController<CalculatorStrings>;

export interface TimelineTableOptions {
  readonly id: string;
  readonly rows: readonly MonthRow[];
  readonly layers: readonly TimelineLayer[];
  readonly totals: LayerTotals;
  readonly scenarioName: string;
  /** Unverified parameters per layer: those columns carry a marker and a footnote. */
  readonly unverified: ReadonlyMap<IncomeLayer, ReadonlySet<ParameterName>>;
  readonly l10n: L10n;
}

/** Euros with cents, as on a payslip. */
export const cents = (l10n: L10n, amount: number): string =>
  l10n.money(amount, 'EUR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function timelineTable(options: TimelineTableOptions): TemplateResult {
  const { id, rows, layers, l10n, totals } = options;
  const t = l10n.strings;
  const captionId = `${id}-table-caption`;
  const flagged = (layer: TimelineLayer) => layer !== 'income' && options.unverified.has(layer);
  const anyFlagged = layers.some(flagged);
  return html`<div
      part="table-region"
      class="table-scroll"
      role="region"
      aria-label=${t.tableRegionLabel(options.scenarioName)}
      tabindex="0"
    >
      <table part="table" class="table" data-scenario-table=${id}>
        <caption id=${captionId}>${t.tableCaption(options.scenarioName)}</caption>
        <thead>
          <tr>
            <th scope="col">${t.month}</th>
            <th scope="col">${t.startDate}</th>
            ${layers.map(
              (layer) => html`<th scope="col" data-layer=${layer}>
                ${t.layers[layer]}${flagged(layer)
                  ? html`<span class="marker" aria-hidden="true">*</span><span class="visually-hidden">(${t.unverifiedMarkerLabel})</span>`
                  : nothing}
              </th>`,
            )}
            <th scope="col" data-layer="total">${t.total}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr data-month=${row.month}>
              <th scope="row">${l10n.number(row.month)}</th>
              <td class="date">${l10n.date(row.startDate, { dateStyle: 'medium' })}</td>
              ${layers.map((layer) => html`<td class="amount" data-layer=${layer}>${cents(l10n, row[layer])}</td>`)}
              <td class="amount total" data-layer="total">${cents(l10n, row.total)}</td>
            </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colspan="2">${t.total}</th>
            ${layers.map((layer) => html`<td class="amount" data-layer=${layer}>${cents(l10n, totals[layer])}</td>`)}
            <td class="amount total" data-layer="total">${cents(l10n, totals.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
    ${anyFlagged
      ? html`<p part="unverified-note" class="footnote">
          <span aria-hidden="true">* </span>${t.unverifiedNote(
            [...new Set(layers.filter(flagged).flatMap((layer) => [...(options.unverified.get(layer as IncomeLayer) ?? [])]))]
              .map((name) => t.parameters[name] ?? name)
              .join(', '),
          )}
        </p>`
      : nothing}`;
}
