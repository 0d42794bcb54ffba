import { html, nothing, type TemplateResult } from 'lit';
import type { CareerTestResult } from '@mobility-kit/contract';
import { profileChart, profileTable, tieSentences, type ScaleText } from './profile.js';
import { forgetButton, type CareerTestViewContext } from './view-context.js';

/** Below this differentiation (highest minus lowest score) the code says little, and the result says so. */
const flatProfileBelow = 15;

/** The sections under the profile that the element fetches for: matching vacancies and stories. */
export interface ResultRecommendations {
  readonly vacancies: TemplateResult;
  readonly stories: TemplateResult;
}

/** The result: the code with its ties, chart and table, the top types, the values, and what fits. */
export function resultView(context: CareerTestViewContext, result: CareerTestResult, recommendations: ResultRecommendations, print: () => void): TemplateResult {
  const { doc, t, text } = context;
  const scales = new Map<string, ScaleText>(doc.scales.map((scale) => [scale.id, { scale, label: text(scale.label) }]));
  const byCode = new Map(doc.scales.map((scale) => [scale.code, scale]));
  const describe = (code: string) => {
    const scale = byCode.get(code);
    return scale ? `${code} (${text(scale.label)})` : code;
  };
  const formatScore = (score: number) => context.number(score, { maximumFractionDigits: 0 });
  const formatCount = (count: number) => context.number(count);
  const ties = tieSentences(result.code, describe, t);
  return html`<section part="result" class="step">
    <h2 id="page-title" tabindex="-1">${t.resultTitle}</h2>
    <p class="promises"><strong>${t.resultConfidential}</strong></p>
    <div part="code" class="code">
      <p>${t.codeLabel}: <span class="code-text">${result.code.text}</span></p>
      <p>${t.codeExplanation}</p>
      ${ties.map((sentence) => html`<p class="tie">${sentence}</p>`)}
      ${result.differentiation < flatProfileBelow ? html`<p>${t.flatProfile}</p>` : nothing}
    </div>
    ${profileChart(result, scales, t, formatScore)} ${profileTable(result, scales, t, formatScore, formatCount)} ${topTypesView(context, result)}
    ${doc.workValues ? valuesResultView(context, result) : nothing} ${recommendations.vacancies} ${recommendations.stories}
    ${doc.attribution ? html`<p class="muted">${text(doc.attribution)}</p>` : nothing}
    <div class="actions">
      <button part="button print-button" class="button button-secondary" type="button" @click=${print}>${t.print}</button>
      ${forgetButton(context)}
    </div>
  </section>`;
}

/** The types in the code (ties included), each with its description and the directions that fit it. */
function topTypesView(context: CareerTestViewContext, result: CareerTestResult): TemplateResult {
  const { doc, t, text } = context;
  const byCode = new Map(doc.scales.map((scale) => [scale.code, scale]));
  const topCodes = [...new Set(result.code.positions.flat())];
  const topScales = topCodes.map((code) => byCode.get(code)).filter((scale): scale is NonNullable<typeof scale> => scale !== undefined);
  return html`<section class="part">
    <h3 id="types-title">${t.topTypesTitle}</h3>
    <ul class="types" role="list">
      ${topScales.map(
        (scale) => html`<li class="type">
          <h4>${scale.code} · ${text(scale.label)}</h4>
          <p>${text(scale.description)}</p>
          ${scale.directions
            ? html`<p>${text(scale.directions.summary)}</p>
                ${scale.directions.inHigherEducation.length > 0
                  ? html`<p><strong>${t.directionsInHigherEducation}:</strong> ${scale.directions.inHigherEducation.map((d) => text(d)).join(', ')}</p>`
                  : nothing}
                ${scale.directions.elsewhere.length > 0
                  ? html`<p><strong>${t.directionsElsewhere}:</strong> ${scale.directions.elsewhere.map((d) => text(d)).join(', ')}</p>`
                  : nothing}`
            : nothing}
        </li>`,
      )}
    </ul>
  </section>`;
}

/** The work values in the employee's order, or a note that the sort was skipped. */
function valuesResultView(context: CareerTestViewContext, result: CareerTestResult): TemplateResult {
  const { doc, t, text } = context;
  const values = new Map((doc.workValues?.values ?? []).map((value) => [value.id, value]));
  return html`<section class="part">
    <h3 id="values-title">${t.valuesResultTitle}</h3>
    ${result.workValues
      ? html`<ol>
          ${result.workValues.map((id) => {
            const value = values.get(id);
            return value ? html`<li><strong>${text(value.label)}</strong> — ${text(value.description)}</li>` : nothing;
          })}
        </ol>`
      : html`<p>${t.valuesResultSkipped}</p>`}
  </section>`;
}
