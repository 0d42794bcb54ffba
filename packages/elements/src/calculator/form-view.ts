/**
 * The form region of the calculator: four fieldsets of native inputs, inline messages linked to
 * their fields, and the summary of problems shown after a submit.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CalculatorFormController } from './form-controller.js';
import { calculatorFields, type CalculatorField, type FieldError, type FormErrors } from './form-model.js';
import type { CalculatorL10n, CalculatorViewContext } from './view-context.js';
import type { CalculatorStrings } from './translations.js';

const inputKinds: Record<CalculatorField, { type: 'date' | 'text'; inputmode?: 'decimal' | 'numeric'; autocomplete?: string }> = {
  birthDate: { type: 'date', autocomplete: 'bday' },
  unemploymentDate: { type: 'date' },
  annualWage: { type: 'text', inputmode: 'decimal' },
  hoursPerWeek: { type: 'text', inputmode: 'decimal' },
  weeksWorkedLast36: { type: 'text', inputmode: 'numeric' },
  workedYears: { type: 'text', inputmode: 'numeric' },
  hboServiceYears: { type: 'text', inputmode: 'decimal' },
  yearsWithEmployer: { type: 'text', inputmode: 'decimal' },
  jobMonthlyWage: { type: 'text', inputmode: 'decimal' },
  jobStartMonth: { type: 'text', inputmode: 'numeric' },
  jobHoursPerWeek: { type: 'text', inputmode: 'decimal' },
  partTimeMonthlyAmount: { type: 'text', inputmode: 'decimal' },
  partTimeFromMonth: { type: 'text', inputmode: 'numeric' },
  partTimeToMonth: { type: 'text', inputmode: 'numeric' },
};

/** Fields whose value is money: their limits in error messages are shown as amounts. */
const moneyFields: ReadonlySet<CalculatorField> = new Set(['annualWage', 'jobMonthlyWage', 'partTimeMonthlyAmount']);

/** The message of a field's error in the active language, with its limit formatted. */
export function errorText(field: CalculatorField, error: FieldError, t: CalculatorStrings, l10n: CalculatorL10n): string {
  const limit = error.limit === undefined ? '' : moneyFields.has(field) ? l10n.money(error.limit) : l10n.number(error.limit);
  switch (error.problem) {
    case 'tooLow':
      return t.errors.tooLow(limit);
    case 'tooHigh':
      return t.errors.tooHigh(limit);
    case 'tooYoung':
      return t.errors.tooYoung(limit);
    default:
      return t.errors[error.problem];
  }
}

export function calculatorForm(view: CalculatorViewContext, form: CalculatorFormController): TemplateResult {
  const { t } = view;
  const errors = form.errors;
  const field = (name: CalculatorField, extraHelp?: string) => textField(view, form, errors, name, extraHelp);
  return html`<form part="form" class="form" novalidate @submit=${form.onSubmit} aria-labelledby="title">
    ${errorSummary(view, form, errors)}
    <fieldset class="fieldset">
      <legend>${t.legends.you}</legend>
      ${field('birthDate')} ${field('unemploymentDate')} ${field('annualWage', t.svWageHelp)} ${field('hoursPerWeek')}
    </fieldset>
    <fieldset class="fieldset">
      <legend>${t.legends.history}</legend>
      ${field('weeksWorkedLast36')} ${field('workedYears')} ${field('hboServiceYears')} ${field('yearsWithEmployer')}
      ${checkbox(form, 'socialPlan', t.socialPlan)}
    </fieldset>
    <fieldset class="fieldset" aria-describedby="job-help">
      <legend>${t.legends.job}</legend>
      <p class="help" id="job-help">${t.jobScenarioHelp} ${t.optionalScenario}</p>
      ${field('jobMonthlyWage')} ${field('jobStartMonth')} ${field('jobHoursPerWeek')} ${checkbox(form, 'jobContract', t.jobContract)}
    </fieldset>
    <fieldset class="fieldset" aria-describedby="part-time-help">
      <legend>${t.legends.partTime}</legend>
      <p class="help" id="part-time-help">${t.partTimeScenarioHelp} ${t.optionalScenario}</p>
      ${field('partTimeMonthlyAmount')} ${field('partTimeFromMonth')} ${field('partTimeToMonth')}
    </fieldset>
    <div class="actions">
      <button part="button compute-button" class="button" type="submit">${t.compute}</button>
    </div>
  </form>`;
}

function errorSummary({ t, l10n }: CalculatorViewContext, form: CalculatorFormController, errors: FormErrors) {
  const shown = calculatorFields.filter((field) => form.visibleError(field, errors));
  if (!form.submitAttempted || shown.length === 0) return nothing;
  return html`<div part="error-summary" class="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    <p id="error-summary-title" class="error-summary-title">${t.errorSummaryTitle}</p>
    <ul>
      ${shown.map(
        (field) => html`<li>
          <a href=${`#${field}`} @click=${(event: Event) => form.focusField(event, field)}
            >${t.fields[field].label}: ${errorText(field, errors[field]!, t, l10n)}</a
          >
        </li>`,
      )}
    </ul>
  </div>`;
}

function textField(
  { t, l10n }: CalculatorViewContext,
  form: CalculatorFormController,
  errors: FormErrors,
  field: CalculatorField,
  extraHelp?: string,
) {
  const text = t.fields[field];
  const kind = inputKinds[field];
  const error = form.visibleError(field, errors);
  const help = [text.help, extraHelp].filter(Boolean).join(' ');
  const describedBy = [help ? `${field}-help` : '', error ? `${field}-error` : ''].filter(Boolean).join(' ');
  return html`<div part=${`field field-${field}`} class=${error ? 'field field-invalid' : 'field'}>
    <label for=${field}>${text.label}</label>
    ${help ? html`<p part="help" class="help" id=${`${field}-help`}>${help}</p>` : nothing}
    ${error ? html`<p part="field-error" class="field-error" id=${`${field}-error`}>${errorText(field, error, t, l10n)}</p>` : nothing}
    <input
      part="input"
      id=${field}
      name=${field}
      type=${kind.type}
      inputmode=${kind.inputmode ?? nothing}
      autocomplete=${kind.autocomplete ?? 'off'}
      .value=${form.values.fields[field]}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
      @input=${(event: Event) => form.onInput(field, event)}
      @blur=${(event: Event) => form.onBlur(field, event)}
    />
  </div>`;
}

function checkbox(form: CalculatorFormController, name: 'socialPlan' | 'jobContract', text: { label: string; help: string }) {
  return html`<div class="field field-checkbox">
    <input
      part="input"
      id=${name}
      type="checkbox"
      .checked=${form.values[name]}
      aria-describedby=${`${name}-help`}
      @change=${(event: Event) => form.setChecked(name, (event.target as HTMLInputElement).checked)}
    />
    <label for=${name}>${text.label}</label>
    <p part="help" class="help" id=${`${name}-help`}>${text.help}</p>
  </div>`;
}
