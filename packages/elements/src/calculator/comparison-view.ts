/**
 * The comparison region: one card per scenario with its total and the difference with staying
 * unemployed, and a table of the totals per layer side by side.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ScenarioInput } from '@mobility-kit/rules';
import type { ScenarioKey, ScenarioPlan } from './form-model.js';
import { layersInUse, type CalculationOutcome } from './scenarios.js';
import { cents } from './timeline-table.js';
import type { CalculatorViewContext } from './view-context.js';

/** One sentence saying what a scenario assumes. */
export function scenarioDescription({ t, l10n: l }: CalculatorViewContext, key: ScenarioKey, input: ScenarioInput): string {
  if (key === 'job' && input.newJob) {
    const job = input.newJob;
    return t.scenarioDescriptions.job(cents(l, job.monthlyWage), l.number(job.startMonth), l.number(job.hoursPerWeek), job.contract);
  }
  const income = input.otherIncome?.[0];
  if (key === 'partTime' && income) {
    return t.scenarioDescriptions.partTime(
      cents(l, income.monthlyAmount),
      l.number(income.fromMonth),
      income.toMonth !== undefined ? l.number(income.toMonth) : undefined,
    );
  }
  return t.scenarioDescriptions.unemployed;
}

export function comparisonView(view: CalculatorViewContext, outcome: CalculationOutcome, plans: readonly ScenarioPlan[]): TemplateResult {
  const { t, heading } = view;
  return html`<section part="comparison" class="comparison" aria-labelledby="comparison-title">
    ${heading(2, t.comparisonTitle, { id: 'comparison-title' })}
    <p>${t.comparisonIntro}</p>
    ${comparisonCards(view, outcome, plans)} ${comparisonTable(view, outcome)}
  </section>`;
}

function comparisonCards(view: CalculatorViewContext, outcome: CalculationOutcome, plans: readonly ScenarioPlan[]) {
  const { t, l10n: l } = view;
  const base = outcome.scenarios[0]!;
  return html`<ul class="cards" role="list">
    ${outcome.scenarios.map((scenario) => {
      const difference = scenario.totals.total - base.totals.total;
      const input = plans.find((plan) => plan.key === scenario.key)?.input;
      return html`<li class="card" data-scenario=${scenario.key}>
        <p class="card-title"><strong>${t.scenarioNames[scenario.key]}</strong></p>
        ${input ? html`<p class="card-description">${scenarioDescription(view, scenario.key, input)}</p>` : nothing}
        <p class="card-total">${cents(l, scenario.totals.total)}</p>
        ${scenario.key !== 'unemployed' && Math.abs(difference) >= 0.005
          ? html`<p class=${difference > 0 ? 'card-difference positive' : 'card-difference'}>
              ${t.difference(cents(l, Math.abs(difference)), difference > 0)}
            </p>`
          : nothing}
      </li>`;
    })}
  </ul>`;
}

function comparisonTable({ t, l10n: l }: CalculatorViewContext, outcome: CalculationOutcome) {
  const scenarios = outcome.scenarios;
  const base = scenarios[0]!;
  const firstRow = base.rows[0]!;
  const lastRow = base.rows[base.rows.length - 1]!;
  const layers = layersInUse(scenarios.flatMap((s) => s.rows));
  return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="comparison-caption">
    <table class="table comparison-table">
      <caption id="comparison-caption">
        ${t.comparisonCaption(t.months(l.number(outcome.horizon), outcome.horizon), l.date(firstRow.startDate), l.date(lastRow.startDate))}
      </caption>
      <thead>
        <tr>
          <td></td>
          ${scenarios.map((s) => html`<th scope="col" data-scenario=${s.key}>${t.scenarioNames[s.key]}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${layers.map(
          (layer) => html`<tr data-layer=${layer}>
            <th scope="row">${t.layers[layer]}</th>
            ${scenarios.map((s) => html`<td class="amount">${cents(l, s.totals[layer])}</td>`)}
          </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr data-layer="total">
          <th scope="row">${t.total}</th>
          ${scenarios.map((s) => html`<td class="amount total" data-scenario=${s.key}>${cents(l, s.totals.total)}</td>`)}
        </tr>
      </tfoot>
    </table>
  </div>`;
}
