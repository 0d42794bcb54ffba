/**
 * The calculator form as a reactive controller: what the employee typed, which fields were left,
 * the submitted form, what the rules refused, and where focus goes after a submit. The element
 * renders from it; the form model (`form-model.ts`) does the checking.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ScenarioInputError } from '@mobility-kit/rules';
import { amsterdamToday } from '@mobility-kit/contract';
import {
  defaultFormValues,
  fieldForIssuePath,
  validateForm,
  type CalculatorField,
  type CalculatorFormValues,
  type FieldError,
  type FormErrors,
} from './form-model.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Where focus goes once the update after a submit is rendered. */
type FocusTarget = 'summary' | 'results';

const focusSelectors: Record<FocusTarget, string> = { summary: '.error-summary', results: '#results-title' };

export class CalculatorFormController implements ReactiveController {
  readonly #host: Host;
  #values: CalculatorFormValues = defaultFormValues(amsterdamToday());
  #touched = new Set<CalculatorField>();
  /** Fields the browser holds unparseable text in (a half-typed date), which `value` hides. */
  #badInput = new Set<CalculatorField>();
  #submitAttempted = false;
  /** The form as it was when the employee last asked for a calculation. */
  #submitted: CalculatorFormValues | undefined;
  /** Rejections by the rules that the form's own checks did not foresee, by field. */
  #ruleErrors: FormErrors = {};
  #focusAfterUpdate: FocusTarget | undefined;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  get values(): CalculatorFormValues {
    return this.#values;
  }

  get submitAttempted(): boolean {
    return this.#submitAttempted;
  }

  /** The form of the last calculation asked for, while the rules accept it. */
  get submitted(): CalculatorFormValues | undefined {
    return this.#submitted;
  }

  /** The errors in force: the form's own checks, then what the rules refused. */
  get errors(): FormErrors {
    const errors: FormErrors = { ...this.#ruleErrors, ...validateForm(this.#values) };
    for (const field of this.#badInput) {
      if (this.#values.fields[field] === '') errors[field] = { problem: 'notADate' };
    }
    return errors;
  }

  /** A field's error once the employee has left the field with something in it, or has submitted. */
  visibleError(field: CalculatorField, errors: FormErrors): FieldError | undefined {
    return this.#submitAttempted || this.#touched.has(field) ? errors[field] : undefined;
  }

  hostUpdated(): void {
    const target = this.#focusAfterUpdate;
    this.#focusAfterUpdate = undefined;
    if (!target) return;
    // Moving focus blurs a field, which may update state: do it once this update is finished.
    void this.#host.updateComplete.then(() => {
      this.#host.renderRoot.querySelector<HTMLElement>(focusSelectors[target])?.focus();
    });
  }

  readonly onInput = (field: CalculatorField, event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.#values = { ...this.#values, fields: { ...this.#values.fields, [field]: input.value } };
    this.#trackBadInput(field, input);
    if (this.#ruleErrors[field]) {
      const { [field]: _dropped, ...rest } = this.#ruleErrors;
      this.#ruleErrors = rest;
    }
    this.#host.requestUpdate();
  };

  /**
   * Leaving a field with something in it shows what is wrong with it; an empty field is only
   * reported on submit, so tabbing through the form does not fill it with "required" messages.
   */
  readonly onBlur = (field: CalculatorField, event: Event): void => {
    this.#trackBadInput(field, event.target as HTMLInputElement);
    const typed = this.#values.fields[field] !== '' || this.#badInput.has(field);
    if (typed && !this.#touched.has(field)) {
      this.#touched = new Set(this.#touched).add(field);
      this.#host.requestUpdate();
    }
  };

  readonly setChecked = (name: 'socialPlan' | 'jobContract', checked: boolean): void => {
    this.#values = { ...this.#values, [name]: checked };
    this.#host.requestUpdate();
  };

  readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.#submitAttempted = true;
    if (Object.keys(this.errors).length > 0) {
      this.#focusAfterUpdate = 'summary';
    } else {
      this.#ruleErrors = {};
      this.#submitted = this.#values;
      this.#focusAfterUpdate = 'results';
    }
    this.#host.requestUpdate();
  };

  readonly focusField = (event: Event, field: CalculatorField): void => {
    event.preventDefault();
    this.#host.renderRoot.querySelector<HTMLInputElement>(`#${field}`)?.focus();
  };

  /**
   * The rules refused the submitted form: show why at the fields and take the calculation back.
   * Called while the host prepares an update, so it renders in that update.
   */
  rejectByRules(error: unknown): void {
    const errors: FormErrors = {};
    if (error instanceof ScenarioInputError) {
      for (const issue of error.issues) {
        const field = fieldForIssuePath(issue.path);
        if (field) errors[field] = { problem: 'rejected' };
      }
    }
    // Something the form cannot point at: attach it to the first field so it is never silent.
    if (Object.keys(errors).length === 0) errors.birthDate = { problem: 'rejected' };
    this.#ruleErrors = errors;
    this.#submitted = undefined;
    this.#focusAfterUpdate = 'summary';
  }

  /** A partly typed date reads as `''` with `validity.badInput`: that is an invalid date, not a missing one. */
  #trackBadInput(field: CalculatorField, input: HTMLInputElement): void {
    const bad = input.validity.badInput;
    if (bad === this.#badInput.has(field)) return;
    const next = new Set(this.#badInput);
    if (bad) next.add(field);
    else next.delete(field);
    this.#badInput = next;
    this.#host.requestUpdate();
  }
}
