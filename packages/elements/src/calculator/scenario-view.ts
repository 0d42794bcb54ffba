/**
 * One scenario's region: what it assumes, its timeline chart and the equivalent month table, what
 * follows the compared period, and the explanations of its figures.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ScenarioInput } from '@mobility-kit/rules';
import { scenarioDescription } from './comparison-view.js';
import { explanationItem, scenarioSteps, unverifiedByLayer } from './explanations.js';
import { layersInUse, type CalculationOutcome, type ScenarioOutcome } from './scenarios.js';
import { timelineChart } from './timeline-chart.js';
import { cents, timelineTable } from './timeline-table.js';
import type { CalculatorViewContext } from './view-context.js';

export function scenarioView(
  view: CalculatorViewContext,
  scenario: ScenarioOutcome,
  outcome: CalculationOutcome,
  input: ScenarioInput | undefined,
): TemplateResult {
  const { t, l10n: l, heading } = view;
  const name = t.scenarioNames[scenario.key];
  const id = `scenario-${scenario.key}`;
  const layers = layersInUse(scenario.rows);
  const steps = scenario.result.explanations.filter((e) => scenarioSteps.has(e.step));
  const next = scenario.continuesWith;
  return html`<section part="scenario" class="scenario" data-scenario=${scenario.key} aria-labelledby=${`${id}-title`}>
    ${heading(2, name, { id: `${id}-title` })}
    ${input ? html`<p>${scenarioDescription(view, scenario.key, input)}</p>` : nothing}
    ${timelineChart({ id, rows: scenario.rows, milestones: scenario.result.milestones, maxTotal: outcome.maxRowTotal, layers, scenarioName: name, l10n: l })}
    ${timelineTable({
      id,
      rows: scenario.rows,
      layers,
      totals: scenario.totals,
      scenarioName: name,
      unverified: unverifiedByLayer(scenario.result),
      l10n: l,
    })}
    ${next ? html`<p class="note">${t.continues(cents(l, next.total), l.date(next.startDate))}</p>` : nothing}
    ${steps.length > 0
      ? html`<p class="figures-title">${t.scenarioExplanationsTitle}</p>
          <ul class="figures" role="list">
            ${steps.map((explanation, index) => explanationItem(explanation, view.explanations.context(id), index))}
          </ul>`
      : nothing}
  </section>`;
}
