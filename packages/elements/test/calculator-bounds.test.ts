/**
 * The calculator form checks typed values against the contract's bounds (`calculatorBounds`, the
 * one declaration): a value past a bound shows the inline message with that bound, at the field.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { calculatorBounds } from '@mobility-kit/contract';
import '../src/calculator/define.js';
import type { MobilityCalculator } from '../src/calculator/mobility-calculator.js';
import { defaultFormValues, validateForm } from '../src/calculator/form-model.js';
import { part, shadow, watchUncaught } from './support.js';
import { exampleC, input, normaliseSpaces } from './calculator-support.js';

async function submitWith(values: Record<string, string>, lang = 'nl'): Promise<MobilityCalculator> {
  const element = await fixture<MobilityCalculator>(html`<mobility-calculator lang=${lang}></mobility-calculator>`);
  for (const [id, value] of Object.entries(values)) {
    const field = input(element, id);
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await element.updateComplete;
  part<HTMLButtonElement>(element, 'compute-button')!.click();
  await element.updateComplete;
  return element;
}

const message = (element: MobilityCalculator, id: string): string => {
  expect(input(element, id).getAttribute('aria-invalid'), `#${id} marked invalid`).to.equal('true');
  return normaliseSpaces(shadow(element).querySelector(`#${id}-error`)?.textContent ?? '');
};

describe('<mobility-calculator> bounds from the contract', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(() => {
    uncaught = watchUncaught();
  });
  afterEach(() => {
    uncaught.stop();
    uncaught.assertNone();
  });

  it('shows the inline message with the bound when a value is past it, and calculates nothing', async () => {
    const element = await submitWith({
      ...exampleC,
      hoursPerWeek: String(calculatorBounds.hoursPerWeek.max + 1),
      weeksWorkedLast36: String(calculatorBounds.weeksWorkedLast36.max + 1),
      hboServiceYears: String(calculatorBounds.serviceYears.max + 1),
      jobMonthlyWage: '3000',
      jobStartMonth: String(calculatorBounds.month.min - 1),
    });
    expect(message(element, 'hoursPerWeek')).to.equal('Vul een getal in van hoogstens 168.');
    expect(message(element, 'weeksWorkedLast36')).to.equal('Vul een getal in van hoogstens 36.');
    expect(message(element, 'hboServiceYears')).to.equal(`Vul een getal in van hoogstens ${calculatorBounds.serviceYears.max}.`);
    expect(message(element, 'jobStartMonth')).to.equal(`Vul een getal in van minstens ${calculatorBounds.month.min}.`);
    expect(part(element, 'results'), 'no calculation past a bound').to.equal(null);
    expect(part(element, 'error-summary')!.querySelectorAll('a').length).to.equal(4);
    await expect(element).to.be.accessible();
  });

  it('shows a money bound as an amount, in English too', async () => {
    const element = await submitWith({ ...exampleC, annualWage: String(calculatorBounds.annualWage.max + 1) }, 'en');
    expect(message(element, 'annualWage')).to.equal('Enter a number of at most €10,000,000.');
  });

  it('takes every limit of the form model from the contract', () => {
    const defaults = defaultFormValues('2026-02-10');
    const values = (fields: Record<string, string>) => ({ ...defaults, fields: { ...defaults.fields, ...exampleC, ...fields } });
    expect(validateForm(values({ annualWage: '0' })).annualWage).to.deep.equal({ problem: 'tooLow', limit: calculatorBounds.annualWage.above });
    expect(validateForm(values({ weeksWorkedLast36: '20,5' })).weeksWorkedLast36).to.deep.equal({ problem: 'notAWholeNumber' });
    expect(validateForm(values({ workedYears: '29' })).workedYears).to.deep.equal({ problem: 'tooHigh', limit: 2026 - calculatorBounds.workedYear.min });
    expect(validateForm(values({ birthDate: '2015-01-01' })).birthDate).to.deep.equal({ problem: 'tooYoung', limit: calculatorBounds.age.min });
    expect(
      validateForm(values({ partTimeMonthlyAmount: String(calculatorBounds.monthlyAmount.max + 1) })).partTimeMonthlyAmount,
    ).to.deep.equal({ problem: 'tooHigh', limit: calculatorBounds.monthlyAmount.max });
  });
});
