import { html, nothing, type TemplateResult } from 'lit';
import type { CareerTestWorkValue } from '@mobility-kit/contract';
import { forgetButton, type CareerTestViewContext } from './view-context.js';

/** The work-values card sort: the values in the employee's order, each with up and down buttons. */
export function valuesView(context: CareerTestViewContext): TemplateResult {
  const { doc, session, t, text } = context;
  const values = new Map((doc.workValues?.values ?? []).map((value) => [value.id, value]));
  const order = session.valueOrder;
  return html`<section class="step">
    <h2 id="page-title" tabindex="-1">${t.valuesTitle}</h2>
    ${doc.workValues ? html`<p>${text(doc.workValues.prompt)}</p>` : nothing}
    <p class="muted">${t.valuesHelp}</p>
    <ol part="values" class="values" role="list" aria-label=${t.valuesListLabel}>
      ${order.map((id, index) => {
        const value = values.get(id);
        return value ? valueCard(context, value, index, order.length) : nothing;
      })}
    </ol>
    <p class="muted">${t.valuesSkipNote}</p>
    <div class="actions">
      <button part="button back-button" class="button button-secondary" type="button" @click=${session.back}>${t.back}</button>
      <button part="button done-button" class="button" type="button" @click=${() => session.finish(false)}>${t.valuesDone}</button>
      <button part="button skip-button" class="button button-secondary" type="button" @click=${() => session.finish(true)}>${t.valuesSkip}</button>
      ${forgetButton(context)}
    </div>
  </section>`;
}

/** One card of the sort at `index` of `count`. */
function valueCard(context: CareerTestViewContext, value: CareerTestWorkValue, index: number, count: number): TemplateResult {
  const { session, t, text } = context;
  const id = value.id;
  const label = text(value.label);
  const atTop = index === 0;
  const atBottom = index === count - 1;
  return html`<li class="value" id=${`value-${id}`}>
    <span class="value-position" aria-hidden="true">${context.number(index + 1)}</span>
    <div>
      <strong>${label}</strong>
      <p class="muted">${text(value.description)}</p>
    </div>
    <div class="value-moves">
      <button
        part="button move-button"
        class="button button-quiet"
        type="button"
        data-move="up"
        aria-label=${t.moveUp(label)}
        aria-disabled=${atTop ? 'true' : 'false'}
        @click=${() => session.moveValue(id, -1)}
      >
        <span aria-hidden="true">↑</span> ${t.up}
      </button>
      <button
        part="button move-button"
        class="button button-quiet"
        type="button"
        data-move="down"
        aria-label=${t.moveDown(label)}
        aria-disabled=${atBottom ? 'true' : 'false'}
        @click=${() => session.moveValue(id, 1)}
      >
        <span aria-hidden="true">↓</span> ${t.down}
      </button>
    </div>
  </li>`;
}
