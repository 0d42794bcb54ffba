/**
 * The results region: the statements that every figure is gross and an indication, the caveats,
 * the comparison, the key figures with their explanations, each scenario and the budget.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { comparisonView } from './comparison-view.js';
import { explanationItem, scenarioSteps, unverifiedParameters } from './explanations.js';
import type { ScenarioPlan } from './form-model.js';
import { scenarioView } from './scenario-view.js';
import type { CalculationOutcome } from './scenarios.js';
import type { CalculatorViewContext } from './view-context.js';

export function resultsView(view: CalculatorViewContext, outcome: CalculationOutcome, plans: readonly ScenarioPlan[]): TemplateResult {
  const { t, l10n, heading } = view;
  const result = outcome.scenarios[0]!.result;
  return html`<section part="results" class="results" aria-labelledby="results-title">
    <div class="results-head">
      ${heading(1, t.resultsTitle, { id: 'results-title', tabindex: '-1' })}
      <button part="button print-button" class="button button-secondary print-button" type="button" @click=${() => window.print()}>
        ${t.print}
      </button>
    </div>
    <div part="statements" class="statements">
      <p><strong>${t.statements.gross}</strong></p>
      <p><strong>${t.statements.indication}</strong></p>
    </div>
    ${warnings(view, outcome)} ${eligibility(view, outcome)}
    ${outcome.horizon > 0 ? comparisonView(view, outcome, plans) : nothing} ${keyFigures(view, outcome)}
    ${outcome.horizon > 0
      ? outcome.scenarios.map((scenario) => scenarioView(view, scenario, outcome, plans.find((plan) => plan.key === scenario.key)?.input))
      : nothing}
    <section class="budget" aria-labelledby="budget-title">
      ${heading(2, t.budgetTitle, { id: 'budget-title' })}
      <p>${result.reintegrationBudget > 0 ? t.budget(l10n.money(result.reintegrationBudget)) : t.noBudget}</p>
    </section>
  </section>`;
}

/** No WW at all, or only the short WW of an unmet jareneis, said plainly. */
function eligibility({ t }: CalculatorViewContext, outcome: CalculationOutcome) {
  const { ww } = outcome.scenarios[0]!.result;
  if (!ww.eligible) {
    return html`<div class="not-eligible">
      <p class="not-eligible-title"><strong>${t.notEligibleTitle}</strong></p>
      <ul>
        ${ww.reasons.map((reason) => html`<li>${Object.hasOwn(t.wwReasons, reason) ? t.wwReasons[reason] : reason}</li>`)}
      </ul>
    </div>`;
  }
  return ww.reasons.includes('jareneis') ? html`<p class="note">${t.wwReasons.jareneis}</p>` : nothing;
}

function keyFigures({ t, heading, explanations }: CalculatorViewContext, outcome: CalculationOutcome) {
  const result = outcome.scenarios[0]!.result;
  const unverified = unverifiedParameters(result);
  return html`<section class="key-figures" aria-labelledby="key-figures-title">
    ${heading(2, t.keyFiguresTitle, { id: 'key-figures-title' })}
    <p>${t.keyFiguresIntro}</p>
    ${unverified.length > 0
      ? html`<p part="unverified-note" class="footnote">${t.unverifiedNote(unverified.map((name) => t.parameters[name] ?? name).join(', '))}</p>`
      : nothing}
    <ul class="figures" role="list">
      ${result.explanations
        .filter((explanation) => !scenarioSteps.has(explanation.step))
        .map((explanation, index) => explanationItem(explanation, explanations.context('key'), index))}
    </ul>
  </section>`;
}

/** The caveats of every scenario, each once. Unverified parameters are flagged next to their figures instead. */
function warnings({ t }: CalculatorViewContext, outcome: CalculationOutcome) {
  const seen = new Set<string>();
  const messages: string[] = [];
  for (const scenario of outcome.scenarios) {
    for (const warning of scenario.result.warnings) {
      if (warning.code === 'unverified-parameter') continue;
      const key = `${warning.code}|${warning.parameter ?? ''}|${warning.rule ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const parameter = warning.parameter ? (t.parameters[warning.parameter] ?? warning.parameter) : undefined;
      messages.push(Object.hasOwn(t.warnings, warning.code) ? t.warnings[warning.code](parameter) : t.unknownWarning(warning.code));
    }
  }
  if (messages.length === 0) return nothing;
  return html`<div part="warnings" class="warnings">
    <p class="warnings-title"><strong>${t.warningsTitle}</strong></p>
    <ul>
      ${messages.map((message) => html`<li>${message}</li>`)}
    </ul>
  </div>`;
}
