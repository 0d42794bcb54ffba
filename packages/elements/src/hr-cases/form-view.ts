/**
 * The form to record or change a case. Only closed choices, dates, amounts and the pseudonymous
 * case id: there is no field a name or a note about a person could go in. Every field keeps what
 * was typed; a refusal (by the contract's schema or by the API) is shown under the field it names.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { caseOutcomes, caseRoutes, caseTriggers, staffGroups } from '@mobility-kit/contract';
import type { CaseFormErrors, CaseFormField, CaseFormValues } from './case-form.js';
import type { HrCasesViewContext } from './view-context.js';

export interface FormViewState {
  readonly mode: 'create' | 'edit';
  readonly values: CaseFormValues;
  readonly errors: CaseFormErrors;
  /** Refusals of the API that name no field of the form. */
  readonly other: readonly string[];
  /** A failure that is not about the input (network, server), in words. */
  readonly failure: string | undefined;
  readonly saving: boolean;
  readonly units: readonly string[];
  readonly input: (field: CaseFormField, value: string) => void;
  readonly submit: (event: SubmitEvent) => void;
  /** Leave the form: a new case's values are kept for when HR comes back. */
  readonly cancel: (event: Event) => void;
  /** Empty the form of a new case (create mode only). */
  readonly startOver: () => void;
}

export function formView(view: HrCasesViewContext, state: FormViewState): TemplateResult {
  const { t, h, level } = view;
  const { values, errors } = state;
  const count = Object.keys(errors).length;
  const described = (field: CaseFormField, hint?: boolean) =>
    [hint ? `${field}-hint` : '', errors[field] ? `${field}-error` : ''].filter(Boolean).join(' ') || nothing;
  const invalid = (field: CaseFormField) => (errors[field] ? 'true' : 'false');
  const error = (field: CaseFormField) =>
    errors[field] ? html`<p class="field-error" id=${`${field}-error`}>${t.problem(errors[field])}</p>` : nothing;
  const onInput = (field: CaseFormField) => (e: Event) => state.input(field, (e.target as HTMLInputElement | HTMLSelectElement).value);
  const select = (field: CaseFormField, label: string, options: readonly (readonly [string, string])[]) => html`<div class="field">
    <label for=${`case-${field}`}>${label}</label>
    <select id=${`case-${field}`} name=${field} required aria-invalid=${invalid(field)} aria-describedby=${described(field)} @change=${onInput(field)}>
      <option value="" ?selected=${values[field] === ''}>${t.choose}</option>
      ${options.map(([value, text]) => html`<option value=${value} ?selected=${values[field] === value}>${text}</option>`)}
    </select>
    ${error(field)}
  </div>`;
  const closed = values.closed === 'yes';

  return html`<form part="form" class="case-form" novalidate aria-labelledby="view-title" @submit=${state.submit}>
    ${h(level + 1, state.mode === 'create' ? t.createTitle : t.editTitle(values.id), 'view-title')}
    ${count > 0
      ? html`<div part="form-errors" class="message error" id="form-errors" tabindex="-1">
          <p class="message-title">${t.formInvalid(count)}</p>
        </div>`
      : nothing}
    ${state.failure || state.other.length > 0
      ? html`<div part="form-failure" class="message error" id="form-failure" tabindex="-1">
          <p class="message-title">${t.saveFailed}</p>
          ${state.failure ? html`<p>${state.failure}</p>` : nothing} ${state.other.map((message) => html`<p>${message}</p>`)}
        </div>`
      : nothing}
    ${state.mode === 'create'
      ? html`<div class="field">
          <label for="case-id">${t.idLabel}</label>
          <div class="hint" id="id-hint">
            <p class="hint-title">${t.idHelpTitle}</p>
            <p>${t.idHelp}</p>
          </div>
          <input
            id="case-id"
            name="id"
            required
            maxlength="40"
            autocomplete="off"
            spellcheck="false"
            autocapitalize="characters"
            pattern="[A-Za-z0-9]+(-[A-Za-z0-9]+)*"
            aria-invalid=${invalid('id')}
            aria-describedby=${described('id', true)}
            .value=${values.id}
            @input=${onInput('id')}
          />
          ${error('id')}
        </div>`
      : nothing}
    <div class="field">
      <label for="case-unit">${t.unitLabel}</label>
      <p class="hint" id="unit-hint">${t.unitHint}</p>
      <input
        id="case-unit"
        name="unit"
        required
        maxlength="100"
        list="form-units"
        autocomplete="off"
        aria-invalid=${invalid('unit')}
        aria-describedby=${described('unit', true)}
        .value=${values.unit}
        @input=${onInput('unit')}
      />
      <datalist id="form-units">${state.units.map((u) => html`<option value=${u}></option>`)}</datalist>
      ${error('unit')}
    </div>
    <div class="field-row">
      ${select('staffGroup', t.staffGroupLabel, staffGroups.map((v) => [v, t.staffGroups[v]] as const))}
      <div class="field">
        <label for="case-startDate">${t.startDateLabel}</label>
        <input
          id="case-startDate"
          name="startDate"
          type="date"
          min="2000-01-01"
          max="2099-12-31"
          required
          aria-invalid=${invalid('startDate')}
          aria-describedby=${described('startDate')}
          .value=${values.startDate}
          @input=${onInput('startDate')}
        />
        ${error('startDate')}
      </div>
    </div>
    <div class="field-row">
      ${select('trigger', t.triggerLabel, caseTriggers.map((v) => [v, t.triggers[v]] as const))}
      ${select('route', t.routeLabel, caseRoutes.map((v) => [v, t.routes[v]] as const))}
    </div>
    <fieldset class="state">
      <legend>${t.stateLegend}</legend>
      <div class="choice">
        <input type="radio" id="case-running" name="closed" value="" .checked=${!closed} @change=${onInput('closed')} />
        <label for="case-running">${t.stateRunning}</label>
      </div>
      <div class="choice">
        <input type="radio" id="case-ended" name="closed" value="yes" .checked=${closed} @change=${onInput('closed')} />
        <label for="case-ended">${t.stateEnded}</label>
      </div>
      ${closed
        ? html`<div class="field-row">
            <div class="field">
              <label for="case-endDate">${t.endDateLabel}</label>
              <input
                id="case-endDate"
                name="endDate"
                type="date"
                min="2000-01-01"
                max="2099-12-31"
                required
                aria-invalid=${invalid('endDate')}
                aria-describedby=${described('endDate')}
                .value=${values.endDate}
                @input=${onInput('endDate')}
              />
              ${error('endDate')}
            </div>
            ${select('outcome', t.outcomeLabel, caseOutcomes.map((v) => [v, t.outcomes[v]] as const))}
          </div>`
        : nothing}
    </fieldset>
    <div class="field-row">
      ${(['trajectoryCosts', 'benefitCosts'] as const).map(
        (field) => html`<div class="field">
          <label for=${`case-${field}`}>${field === 'trajectoryCosts' ? t.trajectoryCostsLabel : t.benefitCostsLabel}</label>
          <p class="hint" id=${`${field}-hint`}>${field === 'trajectoryCosts' ? t.trajectoryCostsHint : t.benefitCostsHint}</p>
          <input
            id=${`case-${field}`}
            name=${field}
            inputmode="decimal"
            autocomplete="off"
            required
            aria-invalid=${invalid(field)}
            aria-describedby=${described(field, true)}
            .value=${values[field]}
            @input=${onInput(field)}
          />
          ${error(field)}
        </div>`,
      )}
    </div>
    <div class="actions">
      <button part="button save-button" class="button" type="submit" ?disabled=${state.saving}>${state.saving ? t.saving : t.save}</button>
      <button part="button cancel-button" class="button button-secondary" type="button" @click=${state.cancel}>${state.mode === 'create' ? t.backToList : t.cancel}</button>
      ${state.mode === 'create'
        ? html`<button part="button start-over-button" class="button button-secondary" type="button" @click=${state.startOver}>${t.startOver}</button>`
        : nothing}
    </div>
  </form>`;
}

/** The selector of the first field at fault, in the order of the form, to move focus to. */
export function firstInvalidSelector(errors: CaseFormErrors, order: readonly CaseFormField[]): string | undefined {
  const field = order.find((f) => errors[f]);
  return field ? `#case-${field}` : undefined;
}
