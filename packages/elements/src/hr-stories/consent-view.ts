import { html, nothing, type TemplateResult } from 'lit';
import { storyChannels, type StoryChannel, type StoryRecord } from '@mobility-kit/contract';
import type { ConsentField, ConsentFormValues, FieldErrors } from './form-model.js';
import { errorText } from './form-view.js';
import { consentState, consentedChannels } from './story-state.js';
import type { HrStoriesViewContext } from './view-context.js';

export interface ConsentSectionHandlers {
  /** Opens the consent dialog (the event's button gets focus back on cancel). */
  readonly record: (event: Event) => void;
  /** Asks to withdraw one channel, or every channel. */
  readonly withdraw: (event: Event, channel: StoryChannel | undefined) => void;
}

/** Every consent record of the story, and the actions on them. */
export function consentSectionView(view: HrStoriesViewContext, record: StoryRecord, handlers: ConsentSectionHandlers): TemplateResult {
  const { t, h, level, date, today } = view;
  const active = consentedChannels(record, today);
  return html`<section part="consent" class="section" aria-labelledby="consent-title">
    ${h(level + 2, t.consentTitle, 'consent-title')}
    <p class="hint">${t.consentIntro}</p>
    ${record.consent.length === 0
      ? html`<p part="consent-none" class="message">${t.consentNone}</p>`
      : html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="consent-caption">
          <table part="consent-table table">
            <caption id="consent-caption">${t.consentCaption}</caption>
            <thead>
              <tr>
                <th scope="col">${t.consentColumns.channel}</th>
                <th scope="col">${t.consentColumns.grantedAt}</th>
                <th scope="col">${t.consentColumns.expiresAt}</th>
                <th scope="col">${t.consentColumns.formReference}</th>
                <th scope="col">${t.consentColumns.state}</th>
              </tr>
            </thead>
            <tbody>
              ${record.consent.map((consent) => {
                const state = consentState(consent, today);
                return html`<tr>
                  <td>${t.channels[consent.channel]}</td>
                  <td>${date(consent.grantedAt)}</td>
                  <td>${date(consent.expiresAt)}</td>
                  <td>${consent.formReference}</td>
                  <td>${state === 'withdrawn' ? t.consentStates.withdrawn(date(consent.withdrawnAt!)) : t.consentStates[state]}</td>
                </tr>`;
              })}
            </tbody>
          </table>
        </div>`}
    <div class="actions">
      <button part="button record-consent-button" class="button" type="button" id="record-consent" @click=${handlers.record}>${t.consentRecord}</button>
      ${active.map(
        (channel) => html`<button
          part="button withdraw-consent-button"
          class="button button-destructive"
          type="button"
          data-channel=${channel}
          @click=${(event: Event) => handlers.withdraw(event, channel)}
        >
          ${t.consentWithdraw(t.channels[channel])}
        </button>`,
      )}
      ${active.length > 1
        ? html`<button part="button withdraw-all-consent-button" class="button button-destructive" type="button" @click=${(event: Event) => handlers.withdraw(event, undefined)}>
            ${t.consentWithdrawAll}
          </button>`
        : nothing}
    </div>
  </section>`;
}

export interface ConsentDialogState {
  readonly values: ConsentFormValues;
  readonly errors: FieldErrors<ConsentField>;
  readonly failure?: string;
  readonly saving: boolean;
}

export interface ConsentDialogHandlers {
  readonly input: (field: ConsentField, value: string) => void;
  readonly submit: (event: SubmitEvent) => void;
  readonly cancel: () => void;
  readonly closed: () => void;
}

/** The modal form that records one signed consent form. */
export function consentDialogView(view: HrStoriesViewContext, state: ConsentDialogState, handlers: ConsentDialogHandlers): TemplateResult {
  const { t } = view;
  const field = (name: ConsentField, control: (attrs: { invalid: string; describedBy: string | typeof nothing }) => TemplateResult, hint?: string) => {
    const error = state.errors[name];
    const id = `consent-${name}`;
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
    return html`<div class=${error ? 'field field-invalid' : 'field'}>
      <label for=${id}>${t.consentLabels[name]}</label>
      ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
      ${control({ invalid: error ? 'true' : 'false', describedBy })}
      ${error ? html`<p part="field-error" class="field-error" id=${`${id}-error`}>${errorText(t, error)}</p>` : nothing}
    </div>`;
  };
  const onInput = (name: ConsentField) => (event: Event) => handlers.input(name, (event.target as HTMLInputElement).value);
  const v = state.values;
  return html`<dialog part="consent-dialog dialog" id="consent-dialog" aria-labelledby="consent-dialog-title" aria-describedby="consent-dialog-text" @close=${handlers.closed}>
    <form novalidate @submit=${handlers.submit}>
      <h2 id="consent-dialog-title" class="dialog-title">${t.consentDialogTitle}</h2>
      <p id="consent-dialog-text">${t.consentDialogText}</p>
      ${state.failure ? html`<p part="form-error" class="message error" role="alert">${state.failure}</p>` : nothing}
      ${field(
        'channel',
        ({ invalid, describedBy }) => html`<select id="consent-channel" aria-invalid=${invalid} aria-describedby=${describedBy} @change=${onInput('channel')}>
          ${storyChannels.map((channel) => html`<option value=${channel} ?selected=${channel === v.channel}>${t.channels[channel]}</option>`)}
        </select>`,
      )}
      ${field(
        'grantedAt',
        ({ invalid, describedBy }) =>
          html`<input id="consent-grantedAt" type="date" .value=${v.grantedAt} aria-required="true" aria-invalid=${invalid} aria-describedby=${describedBy} @input=${onInput('grantedAt')} />`,
      )}
      ${field(
        'expiresAt',
        ({ invalid, describedBy }) =>
          html`<input id="consent-expiresAt" type="date" .value=${v.expiresAt} aria-required="true" aria-invalid=${invalid} aria-describedby=${describedBy} @input=${onInput('expiresAt')} />`,
        t.consentHints.expiresAt,
      )}
      ${field(
        'formReference',
        ({ invalid, describedBy }) =>
          html`<input id="consent-formReference" type="text" autocomplete="off" .value=${v.formReference} aria-required="true" aria-invalid=${invalid} aria-describedby=${describedBy} @input=${onInput('formReference')} />`,
        t.consentHints.formReference,
      )}
      <div class="actions">
        <button part="button save-consent-button" class="button" type="submit" aria-disabled=${state.saving ? 'true' : nothing}>${state.saving ? t.saving : t.consentSave}</button>
        <button part="button cancel-button" class="button button-secondary" type="button" @click=${handlers.cancel}>${t.cancel}</button>
      </div>
    </form>
  </dialog>`;
}

/** A confirmation in a native dialog; its form sets the return value `confirm` (see ConfirmDialog). */
export function confirmDialogView(
  id: string,
  texts: { title: string; text: string; confirm: string; cancel: string },
  closed: () => void,
  destructive = true,
): TemplateResult {
  return html`<dialog part=${`${id} dialog`} id=${id} aria-labelledby=${`${id}-title`} aria-describedby=${`${id}-text`} @close=${closed}>
    <form method="dialog">
      <h2 id=${`${id}-title`} class="dialog-title">${texts.title}</h2>
      <p id=${`${id}-text`}>${texts.text}</p>
      <div class="actions">
        <button part="button confirm-button" class=${destructive ? 'button button-destructive' : 'button'} value="confirm" type="submit">${texts.confirm}</button>
        <button part="button cancel-button" class="button button-secondary" value="cancel" type="submit" autofocus>${texts.cancel}</button>
      </div>
    </form>
  </dialog>`;
}
