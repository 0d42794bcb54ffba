/**
 * The dashboard's chart in SVG: grouped bars per quarter for the in-, through- and outflow.
 * Suppressed values are drawn as a hatched stub labelled with their marker, never as an empty gap
 * or a zero bar. The table with the same figures follows it; the SVG names it with
 * `aria-describedby`.
 */
import { html, svg, type TemplateResult } from 'lit';
import type { InsightsRow } from '@mobility-kit/contract';
import type { DashboardViewContext } from './view-context.js';

/** Figures drawn as bars, in the order they stand in each group. */
export const chartFigures = ['inflow', 'inProgress', 'outflow'] as const;

const height = 220;
const top = 16;
const bottom = 40;
const plot = height - top - bottom;
const barWidth = 22;
const groupWidth = 96;

export interface InsightsChartOptions {
  /** The rows of the scope shown (one per quarter). */
  readonly rows: readonly InsightsRow[];
  /** The unit and staff group the figures are of, in words. */
  readonly scope: string;
  /** The disclosure threshold, as text. */
  readonly k: string;
}

export function insightsChart(view: DashboardViewContext, { rows, scope, k }: InsightsChartOptions): TemplateResult {
  const { t } = view;
  const shown = rows.flatMap((r) => chartFigures.map((f) => r[f])).filter((c): c is { value: number } => 'value' in c);
  const max = Math.max(Number(k), ...shown.map((c) => c.value));
  const width = Math.max(320, rows.length * groupWidth + 48);
  return html`<figure class="chart-figure">
    <figcaption id="chart-title">${t.chartTitle(scope)}</figcaption>
    <svg part="chart" class="chart" role="img" aria-labelledby="chart-title" aria-describedby="chart-note" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMinYMin meet">
      <defs>
        <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" class="hatch-bg"></rect>
          <line x1="0" y1="0" x2="0" y2="6" class="hatch-line"></line>
        </pattern>
      </defs>
      <line x1="32" x2=${width - 8} y1=${top + plot} y2=${top + plot} class="axis"></line>
      ${rows.map((row, i) => quarterGroup(view, row, i, max, k))}
    </svg>
    <ul class="chart-key" aria-hidden="true">
      ${chartFigures.map((f) => html`<li><span class="swatch swatch-${f}"></span>${t.figures[f]}</li>`)}
      <li><span class="swatch swatch-suppressed"></span>${t.secondary}</li>
    </ul>
    <p id="chart-note" class="visually-hidden">${t.chartDescription}</p>
  </figure>`;
}

/** The bars of one quarter, with the quarter under them. */
function quarterGroup({ t, l10n, quarterLabel }: DashboardViewContext, row: InsightsRow, index: number, max: number, k: string) {
  const y = (v: number) => top + plot - (v / max) * plot;
  const stub = (Number(k) / max) * plot * 0.5;
  const x0 = 40 + index * groupWidth;
  return svg`<g>
    ${chartFigures.map((figure, j) => {
      const cell = row[figure];
      const x = x0 + j * (barWidth + 4);
      if ('value' in cell) {
        return svg`<rect x=${x} y=${y(cell.value)} width=${barWidth} height=${top + plot - y(cell.value)} class=${`bar bar-${figure}`}></rect>
          <text x=${x + barWidth / 2} y=${y(cell.value) - 3} class="bar-label" text-anchor="middle">${l10n.number(cell.value)}</text>`;
      }
      return svg`<rect x=${x} y=${top + plot - stub} width=${barWidth} height=${stub} class="bar bar-suppressed" fill="url(#hatch)"></rect>
        <text x=${x + barWidth / 2} y=${top + plot - stub - 3} class="bar-label" text-anchor="middle">${cell.reason === 'below-threshold' ? t.belowThreshold(k) : '×'}</text>`;
    })}
    <text x=${x0 + 37} y=${top + plot + 18} class="axis-label" text-anchor="middle">${quarterLabel(row.quarter)}</text>
  </g>`;
}
