/**
 * The figures of one answer: the legend of the suppression markers, the chart, the tables with the
 * same figures (overview, routes, outcomes, units, usage) and the export buttons.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { caseOutcomes, caseRoutes, usageEventTypes, type Insights, type InsightsRow } from '@mobility-kit/contract';
import { insightsChart } from './insights-chart.js';
import { insightsCell, insightsTable, type CellKind } from './table.js';
import type { DashboardViewContext } from './view-context.js';

export interface FigureActions {
  readonly exportCsv: () => void;
  readonly exportBenchmark: () => void;
}

const overviewFigures = ['inflow', 'inProgress', 'outflow', 'medianDurationDays', 'trajectoryCosts', 'benefitCosts'] as const;
const overviewKinds: readonly CellKind[] = ['count', 'count', 'count', 'days', 'money', 'money'];

/** Whether an answer holds no figure at all. */
export function isEmpty(insights: Insights): boolean {
  return insights.units.length === 0 && insights.rows.every((r) => [r.inflow, r.inProgress, r.outflow].every((c) => !('value' in c)));
}

export function figuresView(view: DashboardViewContext, insights: Insights, actions: FigureActions): TemplateResult {
  const { t } = view;
  const scopeRows = insights.rows.filter((r) => r.unit === (insights.query.unit ?? null));
  const scope = `${insights.query.unit ?? t.wholeOrganisation}${insights.query.staffGroup ? `, ${t.staffGroups[insights.query.staffGroup]}` : ''}`;
  const k = String(insights.rules.k);
  return html`
    ${legend(view, k)} ${insightsChart(view, { rows: scopeRows, scope, k })} ${scopeTables(view, scopeRows, scope, k)}
    ${insights.query.unit === undefined && insights.units.length > 0 ? unitsTable(view, insights, k) : nothing}
    ${insightsTable(
      'usage',
      t.usageCaption,
      t.quarterHeader,
      usageEventTypes.map((u) => t.usage[u]),
      insights.usage.quarters.map((q) => [view.quarterLabel(q.quarter), usageEventTypes.map((u) => insightsCell(view, q.counts[u], k))]),
      t.usageScope,
    )}
    <div class="actions">
      <button part="button export-button" class="button button-secondary" type="button" @click=${actions.exportCsv}>${t.exportCsv}</button>
      <button part="button benchmark-export-button" class="button button-secondary" type="button" @click=${actions.exportBenchmark}>${t.benchmarkDownload}</button>
    </div>
  `;
}

function legend({ t }: DashboardViewContext, k: string) {
  return html`<div class="legend">
    <p class="legend-title">${t.legendTitle}</p>
    <ul>
      <li><span class="marker">${t.belowThreshold(k)}</span> ${t.belowThresholdLong(k)}</li>
      <li><span class="marker">${t.secondary}</span> ${t.secondaryLong}</li>
    </ul>
  </div>`;
}

/** Overview, outflow by route and outflow by outcome of the unit (or organisation) shown. */
function scopeTables(view: DashboardViewContext, rows: readonly InsightsRow[], scope: string, k: string) {
  const { t, quarterLabel } = view;
  const cell = insightsCell.bind(undefined, view);
  return html`
    ${insightsTable(
      'overview',
      t.overviewCaption(scope),
      t.quarterHeader,
      overviewFigures.map((f) => t.figures[f]),
      rows.map((row) => [quarterLabel(row.quarter), overviewFigures.map((f, i) => cell(row[f], k, overviewKinds[i]))]),
    )}
    ${insightsTable('routes', t.routesCaption(scope), t.quarterHeader, caseRoutes.map((r) => t.routes[r]), rows.map((row) => [quarterLabel(row.quarter), caseRoutes.map((r) => cell(row.outflowByRoute[r], k))]))}
    ${insightsTable('outcomes', t.outcomesCaption(scope), t.quarterHeader, caseOutcomes.map((o) => t.outcomes[o]), rows.map((row) => [quarterLabel(row.quarter), caseOutcomes.map((o) => cell(row.outflowByOutcome[o], k))]))}
  `;
}

/** Inflow per unit and quarter, for the whole organisation. */
function unitsTable(view: DashboardViewContext, insights: Insights, k: string) {
  return insightsTable(
    'units',
    view.t.unitsCaption,
    view.t.unitHeader,
    insights.quarters.map((q) => view.quarterLabel(q)),
    insights.units.map((unit) => [unit, insights.quarters.map((q) => insightsCell(view, insights.rows.find((r) => r.quarter === q && r.unit === unit)!.inflow, k))]),
  );
}
