import { html, nothing, type TemplateResult } from 'lit';
import {
  contractTypes,
  languages,
  priorityGroups,
  riasecTypes,
  salaryPeriods,
  vacancyKinds,
  visibilities,
  workplaces,
  type Visibility,
} from '@mobility-kit/contract';
import { renderRestrictedMarkdown } from '../shared/restricted-markdown.js';
import type { VacancyCardStrings } from '../shared/vacancy-card-strings.js';
import type { DraftTextField, VacancyDraft } from './draft.js';
import type { HrVacanciesStrings } from './translations.js';

/** What the form needs from the element: the state to show and the handlers to call. */
export interface FormViewContext {
  t: HrVacanciesStrings;
  /** The employee-facing labels of kinds, workplaces and contracts (one vocabulary with `<mobility-vacancies>`). */
  vt: VacancyCardStrings;
  heading: (level: number, content: string, id?: string) => TemplateResult;
  level: number;
  draft: VacancyDraft;
  errors: ReadonlyMap<string, string>;
  /** Set when editing a stored vacancy. */
  editingTitle: string | undefined;
  idPrefix: string;
  saving: boolean;
  /** The message above the form after a refused save (count of fields, or the server's refusal). */
  message: string;
  /** "Tot 12 januari … openbaar." */
  timeline: string;
  /** The card an employee will see, once the draft is complete; rendered by the element. */
  employeeView: TemplateResult | undefined;
  onText: (field: DraftTextField, value: string) => void;
  onChoice: (field: 'kind' | 'language' | 'workplace' | 'contract' | 'salaryPeriod' | 'visibility' | 'priorityGroup', value: string) => void;
  onStage: (index: number, key: 'visibility' | 'from', value: string) => void;
  addStage: () => void;
  removeStage: (index: number) => void;
  onInterest: (type: string, checked: boolean) => void;
  submit: (event: Event) => void;
  cancel: () => void;
}

const inputId = (field: string) => `f-${field}`;
const errorId = (field: string) => `e-${field}`;
const hintId = (field: string) => `h-${field}`;

interface FieldOptions {
  required?: boolean;
  hint?: string;
  type?: 'text' | 'date' | 'email' | 'url' | 'tel';
  inputmode?: 'numeric' | 'decimal';
  autocomplete?: string;
  multiline?: number;
  lang?: string;
}

function describedBy(field: string, hint: boolean, error: boolean): string | typeof nothing {
  const ids = [hint ? hintId(field) : '', error ? errorId(field) : ''].filter((id) => id !== '');
  return ids.length > 0 ? ids.join(' ') : nothing;
}

function label(ctx: FormViewContext, field: string, text: string, required: boolean | undefined) {
  return html`<label for=${inputId(field)}>${text}${required ? html` <span class="hr-required">${ctx.t.requiredMark}</span>` : nothing}</label>`;
}

function errorLine(ctx: FormViewContext, field: string) {
  const error = ctx.errors.get(field);
  return error ? html`<p id=${errorId(field)} class="hr-field-error" part="field-error">${error}</p>` : nothing;
}

function textField(ctx: FormViewContext, field: DraftTextField, text: string, options: FieldOptions = {}): TemplateResult {
  const error = ctx.errors.has(field);
  const value = ctx.draft[field];
  const input = (event: Event) => ctx.onText(field, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
  return html`<div class="hr-field" data-field=${field}>
    ${label(ctx, field, text, options.required)}
    ${options.hint ? html`<p id=${hintId(field)} class="hr-hint">${options.hint}</p>` : nothing}
    ${options.multiline
      ? html`<textarea
          id=${inputId(field)}
          name=${field}
          rows=${options.multiline}
          lang=${options.lang ?? nothing}
          .value=${value}
          aria-required=${options.required ? 'true' : nothing}
          aria-invalid=${error ? 'true' : nothing}
          aria-describedby=${describedBy(field, Boolean(options.hint), error)}
          @input=${input}
        ></textarea>`
      : html`<input
          id=${inputId(field)}
          name=${field}
          type=${options.type ?? 'text'}
          inputmode=${options.inputmode ?? nothing}
          autocomplete=${options.autocomplete ?? 'off'}
          lang=${options.lang ?? nothing}
          .value=${value}
          aria-required=${options.required ? 'true' : nothing}
          aria-invalid=${error ? 'true' : nothing}
          aria-describedby=${describedBy(field, Boolean(options.hint), error)}
          @input=${input}
        />`}
    ${errorLine(ctx, field)}
  </div>`;
}

function choiceField<V extends string>(
  ctx: FormViewContext,
  field: Parameters<FormViewContext['onChoice']>[0],
  text: string,
  values: readonly V[],
  labelOf: (value: V) => string,
  options: { required?: boolean; hint?: string; empty?: string } = {},
): TemplateResult {
  const error = ctx.errors.has(field);
  const value = ctx.draft[field];
  return html`<div class="hr-field" data-field=${field}>
    ${label(ctx, field, text, options.required)}
    ${options.hint ? html`<p id=${hintId(field)} class="hr-hint">${options.hint}</p>` : nothing}
    <select
      id=${inputId(field)}
      name=${field}
      aria-invalid=${error ? 'true' : nothing}
      aria-describedby=${describedBy(field, Boolean(options.hint), error)}
      @change=${(event: Event) => ctx.onChoice(field, (event.target as HTMLSelectElement).value)}
    >
      ${options.empty !== undefined ? html`<option value="" ?selected=${value === ''}>${options.empty}</option>` : nothing}
      ${values.map((v) => html`<option value=${v} ?selected=${v === value}>${labelOf(v)}</option>`)}
    </select>
    ${errorLine(ctx, field)}
  </div>`;
}

/** The publication timeline: the base visibility, each dated stage, the rule, and the sentence. */
function timelineView(ctx: FormViewContext): TemplateResult {
  const { t, draft } = ctx;
  const f = t.fields;
  const stagesError = ctx.errors.has('stages');
  return html`<fieldset class="hr-timeline-editor" aria-describedby=${stagesError ? `${hintId('stages')} ${errorId('stages')}` : hintId('stages')}>
    <legend>${f.stages}</legend>
    <p id=${hintId('stages')} class="hr-hint">${f.stagesHint}</p>
    <ol class="hr-timeline" part="timeline">
      <li class="hr-step">${choiceField(ctx, 'visibility', f.visibility, visibilities, (v) => f.visibilities[v], { hint: f.visibilityHint })}</li>
      ${draft.stages.map((stage, index) => stageView(ctx, stage, index))}
    </ol>
    ${draft.stages.length < 3
      ? html`<button type="button" class="button button-secondary button-small" part="button add-stage-button" @click=${ctx.addStage}>${f.addStage}</button>`
      : nothing}
    ${stagesError ? html`<p id=${errorId('stages')} class="hr-field-error" part="field-error" data-field="stages">${ctx.errors.get('stages')}</p>` : nothing}
  </fieldset>`;
}

function stageView(ctx: FormViewContext, stage: { visibility: Visibility; from: string }, index: number): TemplateResult {
  const f = ctx.t.fields;
  const number = index + 1;
  const fromField = `stage-${index}-from`;
  const visibilityField = `stage-${index}-visibility`;
  // The order rule spans the stages: its message is read with every stage date.
  const ruleError = ctx.errors.has('stages');
  const fromError = ctx.errors.has(fromField) || ruleError;
  const visibilityError = ctx.errors.has(visibilityField);
  return html`<li class="hr-step">
    <fieldset class="hr-stage">
      <legend>${f.stage(number)}</legend>
      <div class="hr-stage-fields">
        <div class="hr-field" data-field=${fromField}>
          ${label(ctx, fromField, f.stageFrom, true)}
          <input
            id=${inputId(fromField)}
            type="date"
            .value=${stage.from}
            aria-required="true"
            aria-invalid=${fromError ? 'true' : nothing}
            aria-describedby=${[ctx.errors.has(fromField) ? errorId(fromField) : '', ruleError ? errorId('stages') : ''].filter(Boolean).join(' ') || nothing}
            @input=${(event: Event) => ctx.onStage(index, 'from', (event.target as HTMLInputElement).value)}
          />
          ${errorLine(ctx, fromField)}
        </div>
        <div class="hr-field" data-field=${visibilityField}>
          ${label(ctx, visibilityField, f.stageVisibility, false)}
          <select
            id=${inputId(visibilityField)}
            aria-invalid=${visibilityError ? 'true' : nothing}
            aria-describedby=${describedBy(visibilityField, false, visibilityError)}
            @change=${(event: Event) => ctx.onStage(index, 'visibility', (event.target as HTMLSelectElement).value)}
          >
            ${visibilities.map((v) => html`<option value=${v} ?selected=${v === stage.visibility}>${f.visibilities[v]}</option>`)}
          </select>
          ${errorLine(ctx, visibilityField)}
        </div>
      </div>
      <button type="button" class="button button-quiet button-small" part="button remove-stage-button" @click=${() => ctx.removeStage(index)}>
        ${f.removeStage(number)}
      </button>
    </fieldset>
  </li>`;
}

/** The create / edit form with every field of the contract's create and update bodies. */
export function formView(ctx: FormViewContext): TemplateResult {
  const { t, vt, draft, level } = ctx;
  const f = t.fields;
  const interestsError = ctx.errors.has('interests');
  return html`<form class="hr-form" part="form" novalidate aria-labelledby="form-title" @submit=${ctx.submit}>
    <div class="hr-form-head">
      ${ctx.heading(level + 1, ctx.editingTitle === undefined ? t.createTitle : t.editTitle(ctx.editingTitle), 'form-title')}
      <button type="button" class="button button-quiet" part="button back-button" @click=${ctx.cancel}>${t.back}</button>
    </div>
    ${ctx.message ? html`<div class="message error" part="form-message" id="form-message" tabindex="-1">${ctx.message}</div>` : nothing}

    <fieldset class="hr-section">
      <legend>${t.sections.content}</legend>
      ${ctx.editingTitle === undefined ? textField(ctx, 'id', f.id, { hint: f.idHint(ctx.idPrefix) }) : nothing}
      ${textField(ctx, 'title', f.title, { required: true, lang: draft.language })}
      ${textField(ctx, 'summary', f.summary, { multiline: 2, lang: draft.language })}
      <div class="hr-markdown">
        ${textField(ctx, 'description', f.description, { required: true, multiline: 10, hint: f.descriptionHint, lang: draft.language })}
        <section class="hr-markdown-preview" part="markdown-preview" aria-labelledby="description-preview-title">
          <p class="hr-preview-label" id="description-preview-title">${f.descriptionPreview}</p>
          <div class="hr-markdown-body" lang=${draft.language}>${renderRestrictedMarkdown(draft.description, draft.language)}</div>
        </section>
      </div>
      ${choiceField(ctx, 'kind', f.kind, vacancyKinds, (v) => vt.kinds[v], { required: true })}
      ${choiceField(ctx, 'language', f.language, languages, (v) => f.languages[v], { required: true })}
      <fieldset class="hr-checks" aria-describedby=${describedBy('interests', true, interestsError)}>
        <legend>${f.interests}</legend>
        <p id=${hintId('interests')} class="hr-hint">${f.interestsHint}</p>
        <div class="hr-check-list">
          ${riasecTypes.map(
            (type) => html`<label class="hr-check"
              ><input
                type="checkbox"
                name="interests"
                value=${type}
                .checked=${draft.interests.includes(type)}
                @change=${(event: Event) => ctx.onInterest(type, (event.target as HTMLInputElement).checked)}
              />
              ${f.riasec[type]}</label
            >`,
          )}
        </div>
        ${interestsError ? html`<p id=${errorId('interests')} class="hr-field-error" part="field-error">${ctx.errors.get('interests')}</p>` : nothing}
      </fieldset>
      ${textField(ctx, 'skills', f.skills, { multiline: 3, hint: f.skillsHint })}
    </fieldset>

    <fieldset class="hr-section">
      <legend>${t.sections.publication}</legend>
      ${timelineView(ctx)}
      <div class="hr-row">
        ${choiceField(ctx, 'priorityGroup', f.priorityGroup, priorityGroups, (v) => f.priorityGroups[v], { empty: f.priorityNone })}
        ${draft.priorityGroup ? textField(ctx, 'priorityUntil', f.priorityUntil, { type: 'date', required: true }) : nothing}
      </div>
      <section class="hr-timeline-sentence" part="timeline-sentence" aria-labelledby="timeline-title">
        <p class="hr-preview-label" id="timeline-title">${t.timelineLabel}</p>
        <p class="hr-sentence">${ctx.timeline}</p>
      </section>
    </fieldset>

    <fieldset class="hr-section">
      <legend>${t.sections.place}</legend>
      ${textField(ctx, 'unit', f.unit)}
      <div class="hr-row">
        ${textField(ctx, 'city', f.city, { required: true, autocomplete: 'address-level2' })}
        ${textField(ctx, 'pc4', f.pc4, { inputmode: 'numeric' })}
      </div>
      <div class="hr-row">
        ${textField(ctx, 'lat', f.lat, { inputmode: 'decimal' })} ${textField(ctx, 'lon', f.lon, { inputmode: 'decimal' })}
      </div>
      ${choiceField(ctx, 'workplace', f.workplace, workplaces, (v) => vt.workplaces[v], { required: true })}
      <div class="hr-row">
        ${textField(ctx, 'hoursMin', f.hoursMin, { required: true, inputmode: 'decimal' })}
        ${textField(ctx, 'hoursMax', f.hoursMax, { required: true, inputmode: 'decimal' })}
      </div>
    </fieldset>

    <fieldset class="hr-section">
      <legend>${t.sections.terms}</legend>
      ${choiceField(ctx, 'contract', f.contract, contractTypes, (v) => vt.contracts[v], { required: true })}
      <div class="hr-row">
        ${textField(ctx, 'salaryScale', f.salaryScale)} ${textField(ctx, 'salaryMin', f.salaryMin, { inputmode: 'decimal' })}
        ${textField(ctx, 'salaryMax', f.salaryMax, { inputmode: 'decimal' })}
        ${choiceField(ctx, 'salaryPeriod', f.salaryPeriod, salaryPeriods, (v) => f.salaryPeriods[v])}
      </div>
      <div class="hr-row">
        ${ctx.editingTitle === undefined
          ? textField(ctx, 'datePosted', f.datePosted, { type: 'date', hint: f.datePostedHint })
          : textField(ctx, 'datePosted', f.datePosted, { type: 'date', required: true })}
        ${textField(ctx, 'validThrough', f.validThrough, { type: 'date', required: true })}
        ${textField(ctx, 'startDate', f.startDate, { type: 'date' })}
      </div>
    </fieldset>

    <fieldset class="hr-section">
      <legend>${t.sections.contact}</legend>
      ${textField(ctx, 'applyUrl', f.applyUrl, { type: 'url', autocomplete: 'url' })}
      <div class="hr-row">
        ${textField(ctx, 'contactName', f.contactName, { autocomplete: 'name' })}
        ${textField(ctx, 'contactEmail', f.contactEmail, { type: 'email', autocomplete: 'email' })}
        ${textField(ctx, 'contactPhone', f.contactPhone, { type: 'tel', autocomplete: 'tel' })}
      </div>
    </fieldset>

    <section class="hr-employee-view" part="employee-view" aria-labelledby="employee-view-title">
      ${ctx.heading(level + 2, t.employeeView, 'employee-view-title')}
      <p class="hr-hint">${ctx.employeeView ? t.employeeViewHint : t.employeeViewIncomplete}</p>
      ${ctx.employeeView ?? nothing}
    </section>

    <div class="hr-form-actions">
      <button type="submit" class="button" part="button save-button" ?disabled=${ctx.saving} aria-disabled=${ctx.saving ? 'true' : nothing}>
        ${ctx.saving ? t.saving : ctx.editingTitle === undefined ? t.create : t.save}
      </button>
      <button type="button" class="button button-quiet" part="button cancel-button" @click=${ctx.cancel}>${t.cancel}</button>
    </div>
  </form>`;
}
