import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { ParameterOverrides } from '@mobility-kit/rules';
import { MobilityClientController } from '../shared/client-context.js';
import { LocalizeController } from '../shared/localize.js';
import { ExplanationsController } from './explanations-controller.js';
import { CalculatorFormController } from './form-controller.js';
import { scenarioPlans, type CalculatorFormValues } from './form-model.js';
import { calculatorForm } from './form-view.js';
import { RegulationsController } from './regulations-controller.js';
import { resultsView } from './results-view.js';
import { runScenarios, type CalculationOutcome } from './scenarios.js';
import { calculatorTranslations, type CalculatorStrings } from './translations.js';
import { headingsFrom, type CalculatorViewContext } from './view-context.js';
import { calculatorStyles } from './mobility-calculator.styles.js';

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

  private outcome: CalculationOutcome | undefined;
  private computedFor: { submitted: CalculatorFormValues; parameters: ParameterOverrides | undefined } | undefined;

  private readonly l10n = new LocalizeController<CalculatorStrings>(this, 'mobility-calculator', calculatorTranslations);
  private readonly clientSource = new MobilityClientController(this, { baseUrl: () => this.baseUrl, locale: () => this.l10n.lang });
  private readonly form = new CalculatorFormController(this);
  private readonly explanations = new ExplanationsController(this, this.l10n);
  /** Only the organisation's id travels; the employee's inputs are not among the arguments. */
  private readonly regulations = new RegulationsController(this, {
    client: () => this.clientSource.client,
    organisation: () => this.organisation,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const submitted = this.form.submitted;
    const parameters = this.regulations.parameters;
    if (!submitted) {
      this.outcome = undefined;
      this.computedFor = undefined;
      return;
    }
    if (this.computedFor?.submitted === submitted && this.computedFor.parameters === parameters) return;
    this.computedFor = { submitted, parameters };
    try {
      this.outcome = runScenarios(scenarioPlans(submitted), parameters);
    } catch (error) {
      this.outcome = undefined;
      this.form.rejectByRules(error);
    }
  }

  protected override render() {
    const t = this.l10n.strings;
    const view: CalculatorViewContext = { t, l10n: this.l10n, heading: headingsFrom(this.headingLevel), explanations: this.explanations };
    const rejected = this.outcome?.overridesRejected ?? false;
    const submitted = this.form.submitted;
    return html`
      <section class="root" lang=${this.l10n.lang} aria-labelledby="title">
        <header class="intro">
          ${view.heading(0, t.title, { id: 'title' })}
          <p>${t.intro}</p>
          <p class="privacy">${t.privacy}</p>
        </header>
        ${calculatorForm(view, this.form)}
        <div part="notice" class="notice" role="status">${this.regulations.notice(t, rejected, (date) => this.l10n.date(date))}</div>
        ${this.regulations.failed(rejected)
          ? html`<button part="button retry-button" class="button button-secondary" type="button" @click=${() => this.regulations.retry()}>${t.overrides.retry}</button>`
          : nothing}
        ${this.outcome && submitted ? resultsView(view, this.outcome, scenarioPlans(submitted)) : nothing}
      </section>
    `;
  }
}
