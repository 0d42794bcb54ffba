import { html, nothing, type TemplateResult } from 'lit';
import type { CareerTestStrings } from './translations.js';
import { forgetButton, type CareerTestViewContext } from './view-context.js';

/** The introduction: what the test is for, its promises, and start (or resume) and forget. */
export function introView(context: CareerTestViewContext): TemplateResult {
  const { doc, session, t, number, text } = context;
  const minutes = Math.max(1, Math.round((doc.items.length * 8) / 60) + (doc.workValues ? 2 : 0));
  const saved = session.resumable;
  return html`<section part="intro" class="step">
    <h2 id="page-title" tabindex="-1">${text(doc.title)}</h2>
    <div class="promises">
      <p>${t.introPurpose}</p>
      <p><strong>${t.introConfidential}</strong></p>
      <p>${t.introDuration(number(minutes))}</p>
      <p>${t.introVoluntary}</p>
    </div>
    <p>${text(doc.intro)}</p>
    <p class="muted">${t.introStorage(number(context.retentionDays))}</p>
    ${saved ? html`<p>${t.resumeNote(number(Object.keys(session.answers).length), number(doc.items.length))}</p>` : nothing}
    <div class="actions">
      <button part="button start-button" class="button" type="button" @click=${session.start}>${saved ? t.resume : t.start}</button>
      ${saved ? forgetButton(context) : nothing}
    </div>
  </section>`;
}

/** The error state instead of the test when the instrument document is not valid: the first issues. */
export function invalidInstrumentView(issues: readonly string[], t: CareerTestStrings): TemplateResult {
  return html`<div part="error" class="message error" role="alert">
    <p class="message-title">${t.invalidInstrumentTitle}</p>
    <p>${t.invalidInstrument}</p>
    <ul class="issues">
      ${issues.slice(0, 5).map((issue) => html`<li><code>${issue}</code></li>`)}
      ${issues.length > 5 ? html`<li>…</li>` : nothing}
    </ul>
  </div>`;
}

/** The confirmation before every saved answer is erased; its form sets the dialog's return value. */
export function forgetDialogView(t: CareerTestStrings, closed: () => void): TemplateResult {
  return html`<dialog part="dialog" aria-labelledby="forget-title" aria-describedby="forget-text" @close=${closed}>
    <form method="dialog">
      <h2 id="forget-title">${t.forgetTitle}</h2>
      <p id="forget-text">${t.forgetText}</p>
      <div class="actions-dialog actions">
        <button part="button confirm-forget-button" class="button" value="forget" type="submit">${t.forgetConfirm}</button>
        <button part="button cancel-button" class="button button-secondary" value="cancel" type="submit" autofocus>${t.cancel}</button>
      </div>
    </form>
  </dialog>`;
}
