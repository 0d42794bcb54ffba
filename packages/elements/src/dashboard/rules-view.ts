/** The privacy rules of the figures in plain language: what is counted, what never is. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Insights } from '@mobility-kit/contract';
import type { DashboardViewContext } from './view-context.js';

export function rulesView({ t, h, level }: DashboardViewContext, rules: Insights['rules'] | undefined): TemplateResult {
  const k = String(rules?.k ?? 10);
  return html`<section part="rules" class="rules" aria-labelledby="rules-title">
    ${h(level + 1, t.rulesTitle, 'rules-title')}
    <ul>
      <li>${t.rulesThreshold(k)} ${t.rulesMinimum(String(rules?.minimumK ?? 5))}</li>
      <li>${t.rulesSecondary}</li>
      <li>${t.rulesPeriod}</li>
      <li>${t.rulesCosts}</li>
    </ul>
    ${rules
      ? html`<div class="rules-lists">
          <div>
            ${h(level + 2, t.rulesCountedTitle)}
            <ul>${rules.counted.map((c) => html`<li>${t.counted[c]}</li>`)}</ul>
          </div>
          <div>
            ${h(level + 2, t.rulesNeverTitle)}
            <ul>${rules.neverCollected.map((c) => html`<li>${t.never[c]}</li>`)}</ul>
          </div>
        </div>`
      : nothing}
  </section>`;
}
