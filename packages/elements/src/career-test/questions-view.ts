import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { CareerTestItem } from '@mobility-kit/contract';
import { forgetButton, type CareerTestViewContext } from './view-context.js';

/** One page of questions with the progress bar, the unanswered summary and back/next. */
export function questionsView(context: CareerTestViewContext): TemplateResult {
  const { doc, session, t, number, text } = context;
  const size = context.itemsPerPage;
  const first = session.page * size;
  const items = doc.items.slice(first, first + size);
  const total = doc.items.length;
  const last = first + items.length;
  const missingNumbers = items
    .map((item, i) => (session.missing.has(item.id) ? number(first + i + 1) : undefined))
    .filter((n): n is string => n !== undefined);
  const isLastPage = session.page >= session.pageCount - 1;
  return html`<section class="step">
    <h2 id="page-title" tabindex="-1">${text(doc.prompt)}</h2>
    <div class="progress">
      <p id="progress-text">${t.progress(number(first + 1), number(last), number(total))}</p>
      <progress part="progress" max=${total} .value=${last} aria-labelledby="progress-text"></progress>
    </div>
    <form class="step" novalidate @submit=${session.next}>
      <ol class="items" role="list">
        ${repeat(
          items,
          // Keyed by item: reusing one page's radios for the next would carry their checked state over.
          (item) => item.id,
          (item, i) => html`<li>${questionView(context, item, first + i + 1)}</li>`,
        )}
      </ol>
      ${missingNumbers.length > 0
        ? html`<p class="item-error" id="missing-summary">${t.unansweredSummary(missingNumbers.length, t.list(missingNumbers))}</p>`
        : nothing}
      <div class="actions">
        <button part="button back-button" class="button button-secondary" type="button" @click=${session.back}>${t.back}</button>
        <button part="button next-button" class="button" type="submit">${isLastPage ? (doc.workValues ? t.toValues : t.toResult) : t.next}</button>
        ${forgetButton(context)}
      </div>
    </form>
  </section>`;
}

/** One question: a fieldset of radio buttons, marked when "next" found it unanswered. */
function questionView(context: CareerTestViewContext, item: CareerTestItem, position: number): TemplateResult {
  const { doc, session, t, text } = context;
  const invalid = session.missing.has(item.id);
  const chosen = session.answers[item.id];
  return html`<fieldset part="item" class=${invalid ? 'invalid' : ''} id=${`item-${item.id}`} aria-describedby=${invalid ? `error-${item.id}` : nothing}>
    <legend><span class="visually-hidden">${t.questionNumber(context.number(position))}:</span> ${text(item.text)}</legend>
    ${invalid ? html`<p class="item-error" id=${`error-${item.id}`}>${t.unanswered}</p>` : nothing}
    <div class="options">
      ${doc.responseOptions.map(
        (option) => html`<label class="option">
          <input
            type="radio"
            name=${`answer-${item.id}`}
            value=${option.value}
            .checked=${chosen === option.value}
            @change=${() => session.answer(item.id, option.value)}
          />
          <span>${text(option.label)}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}
