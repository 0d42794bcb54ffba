import { LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { ScenarioInputError, type ParameterOverrides, type ScenarioInput } from '@mobility-kit/rules';
import { amsterdamToday } from '@mobility-kit/contract';
import { MobilityClientController } from '../shared/client-context.js';
import { LocalizeController } from '../shared/localize.js';
import { isAbortError } from '../shared/load-error.js';
import {
  calculatorFields,
  defaultFormValues,
  fieldForIssuePath,
  scenarioPlans,
  validateForm,
  type CalculatorField,
  type CalculatorFormValues,
  type FieldError,
  type FormErrors,
  type ScenarioKey,
} from './form-model.js';
import { layersInUse, runScenarios, type CalculationOutcome, type ScenarioOutcome } from './scenarios.js';
import { explanationItem, scenarioSteps, unverifiedByLayer, unverifiedParameters, type ExplanationRenderContext } from './explanations.js';
import { timelineChart } from './timeline-chart.js';
import { cents, timelineTable } from './timeline-table.js';
import { calculatorTranslations, type CalculatorStrings } from './translations.js';
import { calculatorStyles } from './mobility-calculator.styles.js';

/**
 * What `client.regulations.get` answers: an institution's verified calculator parameters. Declared
 * here by shape so the element works with any client that offers the call, and degrades to the
 * shipped table with one that does not.
 */
interface RegulationsAnswer {
  readonly organisation: string;
  readonly updatedAt: string | null;
  readonly parameters: unknown;
}
interface RegulationsApi {
  get(organisation: string, options?: { signal?: AbortSignal }): Promise<RegulationsAnswer>;
}

/** Thrown inside the overrides task when the client has no regulations call. */
class RegulationsUnavailableError extends Error {
  override readonly name = 'RegulationsUnavailableError';
}

/** Today as `YYYY-MM-DD` in the Netherlands, for the default first day of unemployment. */

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

/**
 * An incentive calculator for hbo employees who are, or may become, unemployed: WW, the BWRHBO
 * benefits (AVU, RU, ASU, extra ASU), loonsuppletie and the re-integratiebudget, month by month,
 * for staying unemployed, taking a new job and working part-time during the WW, side by side.
 * Everything is computed in the browser with `simulate` from `@mobility-kit/rules`: nothing the
 * employee types is sent anywhere, and no event carries it.
 *
 * With an `organisation` and a client (`base-url` or a surrounding `<mobility-provider>`) the
 * element loads the parameters that organisation has verified; without them, or when that fails,
 * it computes with the shipped table and says so quietly.
 *
 * @summary WW/BWRHBO/loonsuppletie calculator with a timeline chart, a table and an explanation of every figure.
 *
 * @tagname mobility-calculator
 *
 * @attr base-url - The API to load the organisation's verified parameters from when the element is not inside a `<mobility-provider>`. Nothing the user types is sent.
 * @attr organisation - The organisation (its id, e.g. `hogeschool-utrecht`) whose verified parameters replace the shipped table.
 * @attr heading-level - Level of the calculator's title (1–5, default 2); section headings follow one level below.
 *
 * @csspart form - The form.
 * @csspart field - Every field wrapper; also `field-<name>`.
 * @csspart input - Every input.
 * @csspart help - Help text under a field.
 * @csspart field-error - An inline validation message.
 * @csspart error-summary - The list of problems shown after submitting.
 * @csspart button - Every button; also `compute-button`, `print-button`, `explain-button`, `retry-button`.
 * @csspart notice - The quiet notice about the organisation's parameters.
 * @csspart results - The results section.
 * @csspart statements - The "gross, not net" and "an indication, not a decision" statements.
 * @csspart warnings - The list of warnings.
 * @csspart comparison - The side-by-side table of the scenarios.
 * @csspart scenario - One scenario's section.
 * @csspart chart - A timeline chart (figure).
 * @csspart milestones - The list of phase boundaries under a chart.
 * @csspart table-region - The scrollable region around a month table.
 * @csspart table - A month-by-month table.
 * @csspart unverified - A "not verified" marker next to a figure.
 * @csspart unverified-note - The note under a table naming unverified values.
 * @csspart figure - One explained figure.
 * @csspart explanation - The explanation panel of a figure.
 *
 * @cssprop [--mobility-calculator-gap=var(--mobility-space-l)] - Space between the calculator's sections.
 * @cssprop [--mobility-calculator-input-border-color=var(--mobility-color-border)] - Border of the number, date and choice inputs.
 * @cssprop [--mobility-calculator-button-background=var(--mobility-color-primary)] - Background and border of the buttons.
 * @cssprop [--mobility-calculator-button-color=var(--mobility-color-on-primary)] - Text of the buttons.
 * @cssprop [--mobility-calculator-panel-background=var(--mobility-color-surface-subtle)] - Background of fieldsets, scenario cards and notes.
 * @cssprop [--mobility-calculator-warning-background=var(--mobility-color-accent-surface)] - Background of the statements ("gross, not net"), the warnings and the not-eligible notice.
 * @cssprop [--mobility-calculator-color-ww=#0b5394] - Band colour of the WW in the chart.
 * @cssprop [--mobility-calculator-color-avu=#3d85c6] - Band colour of the aanvulling (AVU).
 * @cssprop [--mobility-calculator-color-ru=#6a3d9a] - Band colour of the reparatie-uitkering (RU).
 * @cssprop [--mobility-calculator-color-asu=#a64d79] - Band colour of the aansluitende uitkering (ASU).
 * @cssprop [--mobility-calculator-color-extra-asu=#b45f06] - Band colour of the extra ASU.
 * @cssprop [--mobility-calculator-color-suppletion=#38761d] - Band colour of loonsuppletie.
 * @cssprop [--mobility-calculator-color-income=#5f6b7a] - Band colour of income from work.
 */
export class MobilityCalculator extends LitElement {
  static override styles = calculatorStyles;

  /** The API to load verified parameters from without a provider; wins over a surrounding `<mobility-provider>`. */
  @property({ attribute: 'base-url' })
  baseUrl?: string;

  /** The organisation whose verified parameters replace the shipped table (its id). */
  @property()
  organisation?: string;

  /** Level of the title, 1–5; section headings are one level below. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 2;

  @state() private values: CalculatorFormValues = defaultFormValues(amsterdamToday());
  @state() private touched = new Set<CalculatorField>();
  /** Fields the browser holds unparseable text in (a half-typed date), which `value` hides. */
  @state() private badInput = new Set<CalculatorField>();
  @state() private submitAttempted = false;
  /** The form as it was when the employee last asked for a calculation. */
  @state() private submitted: CalculatorFormValues | undefined;
  /** Rejections by the rules that the form's own checks did not foresee, by field. */
  @state() private ruleErrors: FormErrors = {};
  @state() private open = new Set<string>();

  private outcome: CalculationOutcome | undefined;
  private computedFor: { submitted: CalculatorFormValues; parameters: ParameterOverrides | undefined } | undefined;
  private focusAfterUpdate: 'summary' | 'results' | undefined;
  private readonly printListeners = { before: () => this.expandForPrint(), after: () => this.restoreAfterPrint() };
  private openBeforePrint: Set<string> | undefined;

  private readonly l10n = new LocalizeController<CalculatorStrings>(this, 'mobility-calculator', calculatorTranslations);

  private readonly clientSource = new MobilityClientController(this, {
    baseUrl: () => this.baseUrl,
    locale: () => this.l10n.lang,
  });

  /** Only the organisation's id travels; the employee's inputs are not among the arguments. */
  private readonly overridesTask = new Task(this, {
    args: () => [this.clientSource.client, this.organisation?.trim() || undefined] as const,
    task: async ([client, organisation], { signal }): Promise<RegulationsAnswer | undefined> => {
      if (!client || !organisation) return undefined;
      const regulations = (client as unknown as { regulations?: Partial<RegulationsApi> }).regulations;
      if (typeof regulations?.get !== 'function') throw new RegulationsUnavailableError('the client has no regulations.get');
      return regulations.get(organisation, { signal });
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.printListeners.before);
    window.addEventListener('afterprint', this.printListeners.after);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('beforeprint', this.printListeners.before);
    window.removeEventListener('afterprint', this.printListeners.after);
    super.disconnectedCallback();
  }

  /** The parameters to compute with: the organisation's, once loaded; otherwise none (the shipped table). */
  private get parameters(): ParameterOverrides | undefined {
    if (this.overridesTask.status !== TaskStatus.COMPLETE) return undefined;
    const parameters = this.overridesTask.value?.parameters;
    if (typeof parameters !== 'object' || parameters === null || Object.keys(parameters).length === 0) return undefined;
    return parameters as ParameterOverrides;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const parameters = this.parameters;
    if (!this.submitted) {
      this.outcome = undefined;
      this.computedFor = undefined;
      return;
    }
    if (this.computedFor?.submitted === this.submitted && this.computedFor.parameters === parameters) return;
    this.computedFor = { submitted: this.submitted, parameters };
    try {
      this.outcome = runScenarios(scenarioPlans(this.submitted), parameters);
    } catch (error) {
      this.outcome = undefined;
      this.ruleErrors = this.errorsFromRules(error);
      this.submitted = undefined;
      this.focusAfterUpdate = 'summary';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    if (!target) return;
    // Moving focus blurs a field, which may update state: do it once this update is finished.
    void this.updateComplete.then(() => {
      const selector = target === 'summary' ? '.error-summary' : '#results-title';
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    });
  }

  private errorsFromRules(error: unknown): FormErrors {
    const errors: FormErrors = {};
    if (error instanceof ScenarioInputError) {
      for (const issue of error.issues) {
        const field = fieldForIssuePath(issue.path);
        if (field) errors[field] = { problem: 'rejected' };
      }
    }
    // Something the form cannot point at: attach it to the first field so it is never silent.
    if (Object.keys(errors).length === 0) errors.birthDate = { problem: 'rejected' };
    return errors;
  }

  /** The errors in force: the form's own checks, then what the rules refused. */
  private get errors(): FormErrors {
    const errors: FormErrors = { ...this.ruleErrors, ...validateForm(this.values) };
    for (const field of this.badInput) {
      if (this.values.fields[field] === '') errors[field] = { problem: 'notADate' };
    }
    return errors;
  }

  private visibleError(field: CalculatorField, errors: FormErrors): FieldError | undefined {
    return this.submitAttempted || this.touched.has(field) ? errors[field] : undefined;
  }

  private heading(offset: number, content: unknown, attributes: { id?: string; tabindex?: string } = {}): TemplateResult {
    const base = Math.min(5, Math.max(1, Math.floor(Number(this.headingLevel)) || 2));
    const tag = unsafeStatic(`h${Math.min(6, base + offset)}`);
    return html`<${tag} class=${`heading heading-${offset}`} id=${attributes.id ?? nothing} tabindex=${attributes.tabindex ?? nothing}>${content}</${tag}>`;
  }

  protected override render() {
    const t = this.l10n.strings;
    const errors = this.errors;
    return html`
      <section class="root" lang=${this.l10n.lang} aria-labelledby="title">
        <header class="intro">
          ${this.heading(0, t.title, { id: 'title' })}
          <p>${t.intro}</p>
          <p class="privacy">${t.privacy}</p>
        </header>
        ${this.renderForm(t, errors)}
        <div part="notice" class="notice" role="status">${this.noticeText(t)}</div>
        ${this.overridesFailed
          ? html`<button part="button retry-button" class="button button-secondary" type="button" @click=${() => void this.overridesTask.run()}>${t.overrides.retry}</button>`
          : nothing}
        ${this.outcome && this.submitted ? this.renderResults(this.outcome, this.submitted, t) : nothing}
      </section>
    `;
  }

  /**
   * The organisation's parameters failed to load for a reason a new attempt may cure (a network,
   * server or unreadable answer), so the notice offers one; an abort or a client without the call does not.
   */
  private get overridesFailed(): boolean {
    const error: unknown = this.overridesTask.error;
    return (
      this.overridesTask.status === TaskStatus.ERROR && !isAbortError(error) && !(error instanceof RegulationsUnavailableError) && !this.outcome?.overridesRejected
    );
  }

  private noticeText(t: CalculatorStrings): string {
    if (!this.organisation?.trim() || !this.clientSource.client) return '';
    if (this.outcome?.overridesRejected) return t.overrides.rejected;
    switch (this.overridesTask.status) {
      case TaskStatus.PENDING:
        return t.overrides.loading;
      case TaskStatus.ERROR:
        return isAbortError(this.overridesTask.error) ? '' : t.overrides.failed;
      case TaskStatus.COMPLETE: {
        if (!this.parameters) return '';
        const updatedAt = this.overridesTask.value?.updatedAt;
        return t.overrides.applied(updatedAt ? this.l10n.date(updatedAt.slice(0, 10)) : undefined);
      }
      default:
        return '';
    }
  }

  // --- Form ------------------------------------------------------------------------------------

  private renderForm(t: CalculatorStrings, errors: FormErrors) {
    const shown = calculatorFields.filter((field) => this.visibleError(field, errors));
    return html`<form part="form" class="form" novalidate @submit=${this.onSubmit} aria-labelledby="title">
      ${this.submitAttempted && shown.length > 0
        ? html`<div part="error-summary" class="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
            <p id="error-summary-title" class="error-summary-title">${t.errorSummaryTitle}</p>
            <ul>
              ${shown.map(
                (field) => html`<li>
                  <a href=${`#${field}`} @click=${(event: Event) => this.focusField(event, field)}
                    >${t.fields[field].label}: ${this.errorText(field, errors[field]!, t)}</a
                  >
                </li>`,
              )}
            </ul>
          </div>`
        : nothing}
      <fieldset class="fieldset">
        <legend>${t.legends.you}</legend>
        ${this.renderField('birthDate', t, errors)} ${this.renderField('unemploymentDate', t, errors)}
        ${this.renderField('annualWage', t, errors, t.svWageHelp)} ${this.renderField('hoursPerWeek', t, errors)}
      </fieldset>
      <fieldset class="fieldset">
        <legend>${t.legends.history}</legend>
        ${this.renderField('weeksWorkedLast36', t, errors)} ${this.renderField('workedYears', t, errors)}
        ${this.renderField('hboServiceYears', t, errors)} ${this.renderField('yearsWithEmployer', t, errors)}
        ${this.renderCheckbox('socialPlan', t.socialPlan, this.values.socialPlan)}
      </fieldset>
      <fieldset class="fieldset" aria-describedby="job-help">
        <legend>${t.legends.job}</legend>
        <p class="help" id="job-help">${t.jobScenarioHelp} ${t.optionalScenario}</p>
        ${this.renderField('jobMonthlyWage', t, errors)} ${this.renderField('jobStartMonth', t, errors)}
        ${this.renderField('jobHoursPerWeek', t, errors)} ${this.renderCheckbox('jobContract', t.jobContract, this.values.jobContract)}
      </fieldset>
      <fieldset class="fieldset" aria-describedby="part-time-help">
        <legend>${t.legends.partTime}</legend>
        <p class="help" id="part-time-help">${t.partTimeScenarioHelp} ${t.optionalScenario}</p>
        ${this.renderField('partTimeMonthlyAmount', t, errors)} ${this.renderField('partTimeFromMonth', t, errors)}
        ${this.renderField('partTimeToMonth', t, errors)}
      </fieldset>
      <div class="actions">
        <button part="button compute-button" class="button" type="submit">${t.compute}</button>
      </div>
    </form>`;
  }

  private renderField(field: CalculatorField, t: CalculatorStrings, errors: FormErrors, extraHelp?: string) {
    const text = t.fields[field];
    const kind = inputKinds[field];
    const error = this.visibleError(field, errors);
    const help = [text.help, extraHelp].filter(Boolean).join(' ');
    const describedBy = [help ? `${field}-help` : '', error ? `${field}-error` : ''].filter(Boolean).join(' ');
    return html`<div part=${`field field-${field}`} class=${error ? 'field field-invalid' : 'field'}>
      <label for=${field}>${text.label}</label>
      ${help ? html`<p part="help" class="help" id=${`${field}-help`}>${help}</p>` : nothing}
      ${error
        ? html`<p part="field-error" class="field-error" id=${`${field}-error`}>${this.errorText(field, error, t)}</p>`
        : nothing}
      <input
        part="input"
        id=${field}
        name=${field}
        type=${kind.type}
        inputmode=${kind.inputmode ?? nothing}
        autocomplete=${kind.autocomplete ?? 'off'}
        .value=${this.values.fields[field]}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        @input=${(event: Event) => this.onInput(field, event)}
        @blur=${(event: Event) => this.onBlur(field, event)}
      />
    </div>`;
  }

  private renderCheckbox(name: 'socialPlan' | 'jobContract', text: { label: string; help: string }, checked: boolean) {
    return html`<div class="field field-checkbox">
      <input
        part="input"
        id=${name}
        type="checkbox"
        .checked=${checked}
        aria-describedby=${`${name}-help`}
        @change=${(event: Event) => {
          this.values = { ...this.values, [name]: (event.target as HTMLInputElement).checked };
        }}
      />
      <label for=${name}>${text.label}</label>
      <p part="help" class="help" id=${`${name}-help`}>${text.help}</p>
    </div>`;
  }

  private errorText(field: CalculatorField, error: FieldError, t: CalculatorStrings): string {
    const limit =
      error.limit === undefined ? '' : moneyFields.has(field) ? this.l10n.money(error.limit) : this.l10n.number(error.limit);
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

  private onInput(field: CalculatorField, event: Event): void {
    const input = event.target as HTMLInputElement;
    this.values = { ...this.values, fields: { ...this.values.fields, [field]: input.value } };
    this.trackBadInput(field, input);
    if (this.ruleErrors[field]) {
      const { [field]: _dropped, ...rest } = this.ruleErrors;
      this.ruleErrors = rest;
    }
  }

  /**
   * Leaving a field with something in it shows what is wrong with it; an empty field is only
   * reported on submit, so tabbing through the form does not fill it with "required" messages.
   */
  private onBlur(field: CalculatorField, event: Event): void {
    this.trackBadInput(field, event.target as HTMLInputElement);
    const typed = this.values.fields[field] !== '' || this.badInput.has(field);
    if (typed && !this.touched.has(field)) this.touched = new Set(this.touched).add(field);
  }

  /** A partly typed date reads as `''` with `validity.badInput`: that is an invalid date, not a missing one. */
  private trackBadInput(field: CalculatorField, input: HTMLInputElement): void {
    const bad = input.validity.badInput;
    if (bad === this.badInput.has(field)) return;
    const next = new Set(this.badInput);
    if (bad) next.add(field);
    else next.delete(field);
    this.badInput = next;
  }

  private focusField(event: Event, field: CalculatorField): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLInputElement>(`#${field}`)?.focus();
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.submitAttempted = true;
    if (Object.keys(this.errors).length > 0) {
      this.focusAfterUpdate = 'summary';
      return;
    }
    this.ruleErrors = {};
    this.submitted = this.values;
    this.focusAfterUpdate = 'results';
  };

  // --- Results ---------------------------------------------------------------------------------

  private explanationContext(scope: string): ExplanationRenderContext {
    return {
      l10n: this.l10n,
      scope,
      isOpen: (id) => this.open.has(id),
      toggle: (id) => {
        const open = new Set(this.open);
        if (open.has(id)) open.delete(id);
        else open.add(id);
        this.open = open;
      },
    };
  }

  private renderResults(outcome: CalculationOutcome, submitted: CalculatorFormValues, t: CalculatorStrings) {
    const base = outcome.scenarios[0]!;
    const result = base.result;
    const unverified = unverifiedParameters(result);
    return html`<section part="results" class="results" aria-labelledby="results-title">
      <div class="results-head">
        ${this.heading(1, t.resultsTitle, { id: 'results-title', tabindex: '-1' })}
        <button part="button print-button" class="button button-secondary print-button" type="button" @click=${() => window.print()}>
          ${t.print}
        </button>
      </div>
      <div part="statements" class="statements">
        <p><strong>${t.statements.gross}</strong></p>
        <p><strong>${t.statements.indication}</strong></p>
      </div>
      ${this.renderWarnings(outcome, t)}
      ${!result.ww.eligible
        ? html`<div class="not-eligible">
            <p class="not-eligible-title"><strong>${t.notEligibleTitle}</strong></p>
            <ul>
              ${result.ww.reasons.map((reason) => html`<li>${Object.hasOwn(t.wwReasons, reason) ? t.wwReasons[reason] : reason}</li>`)}
            </ul>
          </div>`
        : result.ww.reasons.includes('jareneis')
          ? html`<p class="note">${t.wwReasons.jareneis}</p>`
          : nothing}
      ${outcome.horizon > 0 ? this.renderComparison(outcome, submitted, t) : nothing}
      <section class="key-figures" aria-labelledby="key-figures-title">
        ${this.heading(2, t.keyFiguresTitle, { id: 'key-figures-title' })}
        <p>${t.keyFiguresIntro}</p>
        ${unverified.length > 0
          ? html`<p part="unverified-note" class="footnote">${t.unverifiedNote(unverified.map((name) => t.parameters[name] ?? name).join(', '))}</p>`
          : nothing}
        <ul class="figures" role="list">
          ${result.explanations
            .filter((explanation) => !scenarioSteps.has(explanation.step))
            .map((explanation, index) => explanationItem(explanation, this.explanationContext('key'), index))}
        </ul>
      </section>
      ${outcome.horizon > 0 ? outcome.scenarios.map((scenario) => this.renderScenario(scenario, outcome, submitted, t)) : nothing}
      <section class="budget" aria-labelledby="budget-title">
        ${this.heading(2, t.budgetTitle, { id: 'budget-title' })}
        <p>${result.reintegrationBudget > 0 ? t.budget(this.l10n.money(result.reintegrationBudget)) : t.noBudget}</p>
      </section>
    </section>`;
  }

  private renderWarnings(outcome: CalculationOutcome, t: CalculatorStrings) {
    // Unverified parameters are flagged next to their figures; the list holds the other caveats once.
    const seen = new Set<string>();
    const messages: string[] = [];
    for (const scenario of outcome.scenarios) {
      for (const warning of scenario.result.warnings) {
        if (warning.code === 'unverified-parameter') continue;
        const key = `${warning.code}|${warning.parameter ?? ''}|${warning.rule ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const parameter = warning.parameter ? (t.parameters[warning.parameter] ?? warning.parameter) : undefined;
        messages.push(Object.hasOwn(t.warnings, warning.code) ? t.warnings[warning.code](parameter) : t.unknownWarning(warning.code));
      }
    }
    if (messages.length === 0) return nothing;
    return html`<div part="warnings" class="warnings">
      <p class="warnings-title"><strong>${t.warningsTitle}</strong></p>
      <ul>
        ${messages.map((message) => html`<li>${message}</li>`)}
      </ul>
    </div>`;
  }

  private scenarioDescription(key: ScenarioKey, input: ScenarioInput, t: CalculatorStrings): string {
    const l = this.l10n;
    if (key === 'job' && input.newJob) {
      const job = input.newJob;
      return t.scenarioDescriptions.job(cents(l, job.monthlyWage), l.number(job.startMonth), l.number(job.hoursPerWeek), job.contract);
    }
    const income = input.otherIncome?.[0];
    if (key === 'partTime' && income) {
      return t.scenarioDescriptions.partTime(
        cents(l, income.monthlyAmount),
        l.number(income.fromMonth),
        income.toMonth !== undefined ? l.number(income.toMonth) : undefined,
      );
    }
    return t.scenarioDescriptions.unemployed;
  }

  private renderComparison(outcome: CalculationOutcome, submitted: CalculatorFormValues, t: CalculatorStrings) {
    const l = this.l10n;
    const scenarios = outcome.scenarios;
    const base = scenarios[0]!;
    const firstRow = base.rows[0]!;
    const lastRow = base.rows[base.rows.length - 1]!;
    const layers = layersInUse(scenarios.flatMap((s) => s.rows));
    const plans = scenarioPlans(submitted);
    return html`<section part="comparison" class="comparison" aria-labelledby="comparison-title">
      ${this.heading(2, t.comparisonTitle, { id: 'comparison-title' })}
      <p>${t.comparisonIntro}</p>
      <ul class="cards" role="list">
        ${scenarios.map((scenario) => {
          const difference = scenario.totals.total - base.totals.total;
          const input = plans.find((plan) => plan.key === scenario.key)?.input;
          return html`<li class="card" data-scenario=${scenario.key}>
            <p class="card-title"><strong>${t.scenarioNames[scenario.key]}</strong></p>
            ${input ? html`<p class="card-description">${this.scenarioDescription(scenario.key, input, t)}</p>` : nothing}
            <p class="card-total">${cents(l, scenario.totals.total)}</p>
            ${scenario.key !== 'unemployed' && Math.abs(difference) >= 0.005
              ? html`<p class=${difference > 0 ? 'card-difference positive' : 'card-difference'}>
                  ${t.difference(cents(l, Math.abs(difference)), difference > 0)}
                </p>`
              : nothing}
          </li>`;
        })}
      </ul>
      <div class="table-scroll" role="region" tabindex="0" aria-labelledby="comparison-caption">
        <table class="table comparison-table">
          <caption id="comparison-caption">
            ${t.comparisonCaption(
              t.months(l.number(outcome.horizon), outcome.horizon),
              l.date(firstRow.startDate),
              l.date(lastRow.startDate),
            )}
          </caption>
          <thead>
            <tr>
              <td></td>
              ${scenarios.map((s) => html`<th scope="col" data-scenario=${s.key}>${t.scenarioNames[s.key]}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${layers.map(
              (layer) => html`<tr data-layer=${layer}>
                <th scope="row">${t.layers[layer]}</th>
                ${scenarios.map((s) => html`<td class="amount">${cents(l, s.totals[layer])}</td>`)}
              </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr data-layer="total">
              <th scope="row">${t.total}</th>
              ${scenarios.map((s) => html`<td class="amount total" data-scenario=${s.key}>${cents(l, s.totals.total)}</td>`)}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>`;
  }

  private renderScenario(scenario: ScenarioOutcome, outcome: CalculationOutcome, submitted: CalculatorFormValues, t: CalculatorStrings) {
    const l = this.l10n;
    const name = t.scenarioNames[scenario.key];
    const id = `scenario-${scenario.key}`;
    const layers = layersInUse(scenario.rows);
    const steps = scenario.result.explanations.filter((e) => scenarioSteps.has(e.step));
    const input = scenarioPlans(submitted).find((plan) => plan.key === scenario.key)?.input;
    const next = scenario.continuesWith;
    return html`<section part="scenario" class="scenario" data-scenario=${scenario.key} aria-labelledby=${`${id}-title`}>
      ${this.heading(2, name, { id: `${id}-title` })}
      ${input ? html`<p>${this.scenarioDescription(scenario.key, input, t)}</p>` : nothing}
      ${timelineChart({
        id,
        rows: scenario.rows,
        milestones: scenario.result.milestones,
        maxTotal: outcome.maxRowTotal,
        layers,
        scenarioName: name,
        l10n: l,
      })}
      ${timelineTable({
        id,
        rows: scenario.rows,
        layers,
        totals: scenario.totals,
        scenarioName: name,
        unverified: unverifiedByLayer(scenario.result),
        l10n: l,
      })}
      ${next ? html`<p class="note">${t.continues(cents(l, next.total), l.date(next.startDate))}</p>` : nothing}
      ${steps.length > 0
        ? html`<p class="figures-title">${t.scenarioExplanationsTitle}</p>
            <ul class="figures" role="list">
              ${steps.map((explanation, index) => explanationItem(explanation, this.explanationContext(id), index))}
            </ul>`
        : nothing}
    </section>`;
  }

  // --- Print -----------------------------------------------------------------------------------

  /** A print shows every explanation: open them all, and put the reader's choice back afterwards. */
  private expandForPrint(): void {
    this.openBeforePrint = this.open;
    const all = new Set<string>();
    this.renderRoot.querySelectorAll<HTMLElement>('.explanation[id]').forEach((panel) => all.add(panel.id));
    this.open = all;
  }

  private restoreAfterPrint(): void {
    if (this.openBeforePrint) this.open = this.openBeforePrint;
    this.openBeforePrint = undefined;
  }
}
