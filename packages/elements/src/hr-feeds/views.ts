import { html, nothing, type TemplateResult } from 'lit';
import type { FeedRun, FeedSource } from '@mobility-kit/contract';
import { intervalChoices, type FeedFieldError, type FeedFormErrors, type FeedFormField, type FeedFormValues } from './form.js';
import type { HrFeedsStrings } from './translations.js';

/** What the views need from the element: strings, headings and formatting. */
export interface HrFeedsView {
  readonly t: HrFeedsStrings;
  readonly level: number;
  readonly h: (level: number, content: unknown, id?: string) => TemplateResult;
  readonly dateTime: (iso: string) => string;
  readonly number: (value: number) => string;
}

export const intervalText = (t: HrFeedsStrings, minutes: number): string => t.intervals[String(minutes)] ?? t.every(minutes);

/** The report of one run: outcome, counts, the skipped items with their reasons (in a disclosure), warnings, the error. */
export function runReportView(view: HrFeedsView, run: FeedRun | null, running: boolean): TemplateResult {
  const { t } = view;
  if (!run) return html`<p class="muted">${running ? t.running : t.neverRun}</p>`;
  const outcome = running ? 'running' : run.outcome;
  return html`<div part="report" class="report">
    <p class="report-head">
      <span part="badge" class="badge outcome-${outcome}">${t.outcome[outcome]}</span>
      <span>${t.startedAt(view.dateTime(run.startedAt))} (${t.trigger[run.trigger]})</span>
    </p>
    ${run.outcome === 'running'
      ? nothing
      : html`<dl class="counts">
          ${(['created', 'updated', 'closed', 'skipped'] as const).map(
            (key) => html`<div class="count"><dt>${t.counts[key]}</dt><dd>${view.number(run[key])}</dd></div>`,
          )}
        </dl>`}
    ${run.error ? html`<p part="run-error" class="run-error"><strong>${t.runError}:</strong> <span lang="en">${run.error}</span></p>` : nothing}
    ${run.skips.length > 0
      ? html`<details part="skipped" class="skipped">
          <summary>${t.skippedSummary(run.skipped)}</summary>
          <ul class="skip-list">
            ${run.skips.map(
              (skip) => html`<li>
                <strong>${skip.title ?? skip.externalId ?? t.skipItem(skip.index + 1)}</strong>${skip.title && skip.externalId ? html` <span class="muted">(${skip.externalId})</span>` : nothing}:
                ${t.skipReasons[skip.reason]} <span class="muted" lang="en">— ${skip.detail}</span>
              </li>`,
            )}
          </ul>
          ${run.skipped > run.skips.length ? html`<p class="muted">${t.skippedMore(run.skips.length, run.skipped)}</p>` : nothing}
        </details>`
      : nothing}
    ${run.warnings.length > 0
      ? html`<details class="warnings">
          <summary>${t.warningsTitle} (${run.warnings.length})</summary>
          <ul lang="en">
            ${run.warnings.map((warning) => html`<li>${warning}</li>`)}
          </ul>
        </details>`
      : nothing}
  </div>`;
}

export interface SourceActions {
  readonly running: (id: string) => boolean;
  readonly run: (source: FeedSource) => void;
  readonly edit: (source: FeedSource, event: Event) => void;
  readonly remove: (source: FeedSource, event: Event) => void;
}

/** One source as a list item, with its last run and its actions. */
export function sourceView(view: HrFeedsView, source: FeedSource, actions: SourceActions): TemplateResult {
  const { t, h, level } = view;
  const running = actions.running(source.id) || source.lastRun?.outcome === 'running';
  const headingId = `source-${source.id}`;
  return html`<li part="source" class="source" aria-labelledby=${headingId}>
    ${h(level + 1, source.name, headingId)}
    <p class="url"><span class="visually-hidden">URL: </span>${source.url}</p>
    <p class="meta">
      <span part="badge" class="badge">${source.enabled ? t.enabled : t.disabled}</span>
      ${source.enabled ? html`<span>${intervalText(t, source.intervalMinutes)}</span>` : nothing}
    </p>
    <section class="last-run" aria-label=${`${t.lastRunTitle}: ${source.name}`}>
      <p class="last-run-title">${t.lastRunTitle}</p>
      ${runReportView(view, source.lastRun, running)}
    </section>
    <div class="actions">
      <button part="button run-button" class="button" type="button" aria-label=${t.runNowFor(source.name)} aria-disabled=${running ? 'true' : 'false'} @click=${() => (running ? undefined : actions.run(source))}>
        ${running ? t.running : t.runNow}
      </button>
      <button part="button edit-button" class="button button-secondary" type="button" aria-label=${t.edit(source.name)} @click=${(event: Event) => actions.edit(source, event)}>
        ${t.editButton}
      </button>
      <button part="button delete-button" class="button button-quiet" type="button" aria-label=${t.remove(source.name)} @click=${(event: Event) => actions.remove(source, event)}>
        ${t.deleteButton}
      </button>
    </div>
  </li>`;
}

export interface FormState {
  readonly values: FeedFormValues;
  readonly errors: FeedFormErrors;
  readonly editing: FeedSource | undefined;
  readonly saving: boolean;
  readonly failure: string;
}

export interface FormActions {
  readonly input: (field: keyof FeedFormValues, value: string | boolean) => void;
  readonly submit: (event: Event) => void;
  readonly cancel: () => void;
}

function fieldError(view: HrFeedsView, field: FeedFormField, error: FeedFieldError | undefined) {
  if (!error) return nothing;
  return html`<p part="field-error" class="field-error" id=${`${field}-error`}>
    ${view.t.fieldErrors[error.problem](error.limit ?? 0)}
    ${error.reason && error.problem !== 'server' ? html`<span class="reason">${view.t.refusedReason}: <span lang="en">${error.reason}</span></span>` : nothing}
    ${error.reason && error.problem === 'server' ? html`<span class="reason" lang="en">${error.reason}</span>` : nothing}
  </p>`;
}

const describedBy = (field: FeedFormField, error: FeedFieldError | undefined) => `${field}-hint${error ? ` ${field}-error` : ''}`;

/** The add / edit form. */
export function formView(view: HrFeedsView, state: FormState, actions: FormActions): TemplateResult {
  const { t, h, level } = view;
  const { values, errors } = state;
  const title = state.editing ? t.formEditTitle(state.editing.name) : t.formAddTitle;
  const intervals: number[] = intervalChoices.includes(values.intervalMinutes as (typeof intervalChoices)[number])
    ? [...intervalChoices]
    : [...intervalChoices, values.intervalMinutes].sort((a, b) => a - b);
  const fieldsInError = (['name', 'url', 'intervalMinutes'] as const).filter((field) => errors[field]);
  const labels: Record<FeedFormField, string> = { name: t.nameLabel, url: t.urlLabel, intervalMinutes: t.intervalLabel };
  return html`<form part="form" class="form" novalidate aria-labelledby="form-title" @submit=${actions.submit}>
    ${h(level + 1, title, 'form-title')}
    ${fieldsInError.length > 0 || state.failure
      ? html`<div part="error-summary" class="message error error-summary" id="error-summary" tabindex="-1">
          <p class="message-title">${fieldsInError.length > 0 ? t.errorSummaryTitle : state.failure}</p>
          ${fieldsInError.length > 0
            ? html`<ul>
                ${fieldsInError.map((field) => html`<li><a href=${`#${field}`} @click=${(event: Event) => focusField(event, field)}>${labels[field]}</a></li>`)}
              </ul>`
            : nothing}
        </div>`
      : nothing}
    <div class="field">
      <label for="name">${t.nameLabel}</label>
      <p class="hint" id="name-hint">${t.nameHint}</p>
      ${fieldError(view, 'name', errors.name)}
      <input id="name" name="name" autocomplete="off" .value=${values.name} aria-invalid=${errors.name ? 'true' : 'false'} aria-describedby=${describedBy('name', errors.name)}
        @input=${(event: Event) => actions.input('name', (event.target as HTMLInputElement).value)} />
    </div>
    <div class="field">
      <label for="url">${t.urlLabel}</label>
      <p class="hint" id="url-hint">${t.urlHint}</p>
      ${fieldError(view, 'url', errors.url)}
      <input id="url" name="url" type="url" inputmode="url" autocomplete="off" spellcheck="false" .value=${values.url} aria-invalid=${errors.url ? 'true' : 'false'}
        aria-describedby=${describedBy('url', errors.url)} @input=${(event: Event) => actions.input('url', (event.target as HTMLInputElement).value)} />
    </div>
    <div class="field">
      <label for="intervalMinutes">${t.intervalLabel}</label>
      <p class="hint visually-hidden" id="intervalMinutes-hint"></p>
      ${fieldError(view, 'intervalMinutes', errors.intervalMinutes)}
      <select id="intervalMinutes" name="intervalMinutes" aria-invalid=${errors.intervalMinutes ? 'true' : 'false'} aria-describedby=${describedBy('intervalMinutes', errors.intervalMinutes)}
        @change=${(event: Event) => actions.input('intervalMinutes', (event.target as HTMLSelectElement).value)}>
        ${intervals.map((minutes) => html`<option value=${String(minutes)} ?selected=${minutes === values.intervalMinutes}>${intervalText(t, minutes)}</option>`)}
      </select>
    </div>
    <div class="field checkbox-field">
      <input id="enabled" name="enabled" type="checkbox" .checked=${values.enabled} aria-describedby="enabled-hint"
        @change=${(event: Event) => actions.input('enabled', (event.target as HTMLInputElement).checked)} />
      <label for="enabled">${t.enabledLabel}</label>
      <p class="hint" id="enabled-hint">${t.enabledHint}</p>
    </div>
    <div class="actions">
      <button part="button save-button" class="button" type="submit" aria-disabled=${state.saving ? 'true' : 'false'}>${state.saving ? t.saving : t.save}</button>
      <button part="button cancel-button" class="button button-secondary" type="button" @click=${actions.cancel}>${t.cancel}</button>
    </div>
  </form>`;
}

function focusField(event: Event, field: FeedFormField): void {
  event.preventDefault();
  const root = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
  root.getElementById(field)?.focus();
}
