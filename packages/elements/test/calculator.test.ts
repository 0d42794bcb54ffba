import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { simulate } from '@mobility-kit/rules';
import type { Explanation } from '@mobility-kit/rules';
import '../src/calculator/define.js';
import type { MobilityCalculator } from '../src/calculator/mobility-calculator.js';
import { describeStep } from '../src/calculator/explanations.js';
import { parseDecimal, scenarioPlans, validateForm, defaultFormValues } from '../src/calculator/form-model.js';
import { part, parts, shadow, watchUncaught } from './support.js';
import {
  cell,
  exampleC,
  fillByKeyboard,
  input,
  normaliseSpaces,
  replaceText,
  scenarioTable,
  showsResults,
  tabTo,
} from './calculator-support.js';

async function render(lang = 'nl'): Promise<MobilityCalculator> {
  return fixture<MobilityCalculator>(html`<mobility-calculator lang=${lang}></mobility-calculator>`);
}

/** Fill the form through properties of the inputs (fast path for tests that are not about typing). */
async function fill(element: MobilityCalculator, values: Record<string, string>): Promise<void> {
  for (const [id, value] of Object.entries(values)) {
    const field = input(element, id);
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await element.updateComplete;
}

async function submit(element: MobilityCalculator): Promise<void> {
  part<HTMLButtonElement>(element, 'compute-button')!.click();
  await element.updateComplete;
}

describe('<mobility-calculator>', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(() => {
    uncaught = watchUncaught();
  });
  afterEach(() => {
    uncaught.stop();
    uncaught.assertNone();
  });

  it('is accessible with an empty form, and says nothing typed is sent', async () => {
    const element = await render();
    await expect(element).to.be.accessible();
    const text = normaliseSpaces(shadow(element).textContent ?? '');
    expect(text).to.contain('Er wordt niets verstuurd');
    expect(part(element, 'results'), 'no results before a calculation').to.equal(null);
    // Native inputs in fieldsets with legends; numbers as text with a numeric keyboard.
    expect(shadow(element).querySelectorAll('fieldset > legend').length).to.equal(4);
    expect(input(element, 'birthDate').type).to.equal('date');
    expect(input(element, 'annualWage').inputMode).to.equal('decimal');
    expect(input(element, 'workedYears').inputMode).to.equal('numeric');
  });

  it('explains the SV-loon and a worked year in the help linked to the field', async () => {
    const element = await render();
    const wage = input(element, 'annualWage');
    const help = shadow(element).querySelector(`#${wage.getAttribute('aria-describedby')!.split(' ')[0]}`)!;
    expect(help.textContent).to.contain('loon voor de werknemersverzekeringen');
    expect(help.textContent).to.contain('jaaropgaaf');
    const years = input(element, 'workedYears');
    const yearsHelp = shadow(element).querySelector(`#${years.getAttribute('aria-describedby')}`)!;
    expect(yearsHelp.textContent).to.contain('208 uur');
  });

  it('computes worked example C by keyboard only: rows 1–2 € 3.750,00, rows 3–10 € 3.500,00 WW', async () => {
    const element = await render();
    // Start in front of the element, as a keyboard user arriving on the page.
    const before = document.createElement('button');
    before.textContent = 'voor';
    element.before(before);
    before.focus();
    await fillByKeyboard(element, {
      birthDate: exampleC.birthDate,
      unemploymentDate: exampleC.unemploymentDate,
      annualWage: exampleC.annualWage,
      workedYears: exampleC.workedYears,
      hboServiceYears: exampleC.hboServiceYears,
      yearsWithEmployer: exampleC.yearsWithEmployer,
    });
    await sendKeys({ press: 'Enter' });
    await showsResults(element);
    before.remove();

    const table = scenarioTable(element, 'unemployed');
    expect(table.querySelectorAll('tbody tr').length, 'W = 10, no RU, no ASU beyond service').to.be.greaterThan(9);
    for (const month of [1, 2]) {
      expect(cell(table, month, 'ww')).to.equal('€ 3.750,00');
      expect(cell(table, month, 'total')).to.equal('€ 3.750,00');
    }
    for (const month of [3, 4, 5, 6, 7, 8, 9, 10]) expect(cell(table, month, 'ww'), `row ${month}`).to.equal('€ 3.500,00');
    for (const month of [3, 4, 5, 6]) expect(cell(table, month, 'avu'), `AVU row ${month}`).to.equal('€ 250,00');
    for (const month of [7, 8, 9, 10]) expect(cell(table, month, 'avu'), `AVU row ${month}`).to.equal('€ 0,00');
    // The same numbers as the rules compute directly.
    const direct = simulate({
      unemploymentDate: exampleC.unemploymentDate,
      birthDate: exampleC.birthDate,
      annualWage: 60000,
      hoursPerWeek: 38,
      weeksWorkedLast36: 36,
      workedYears: 10,
      hboServiceYears: 10,
      yearsWithEmployer: 10,
      socialPlan: false,
    });
    expect(table.querySelectorAll('tbody tr').length).to.equal(direct.months.length);
    // Focus moved to the results heading so a screen reader continues there.
    expect(shadow(element).activeElement?.id).to.equal('results-title');
    expect(normaliseSpaces(part(element, 'results')!.textContent ?? '')).to.contain('€ 8.000');
    await expect(element).to.be.accessible();
  });

  it('shows inline validation on blur and on submit, linked to the field, keeping what was typed', async () => {
    const element = await render();
    const wage = input(element, 'annualWage');
    wage.focus();
    await sendKeys({ type: 'zestigduizend' });
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expect(wage.getAttribute('aria-invalid')).to.equal('true');
    const errorId = wage.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))!;
    const message = shadow(element).querySelector(`#${errorId}`)!;
    expect(message.textContent).to.contain('Vul een getal in');
    expect(wage.value, 'the typed text stays').to.equal('zestigduizend');
    // An empty required field is not flagged merely by tabbing through it …
    expect(input(element, 'birthDate').getAttribute('aria-invalid')).to.equal('false');
    await expect(element).to.be.accessible();

    // … but is on submit, with a summary that receives focus and links to the fields.
    await submit(element);
    expect(input(element, 'birthDate').getAttribute('aria-invalid')).to.equal('true');
    const summary = part(element, 'error-summary')!;
    expect(shadow(element).activeElement).to.equal(summary);
    const links = [...summary.querySelectorAll('a')];
    expect(links.length).to.be.greaterThan(2);
    links[0]!.click();
    expect(shadow(element).activeElement).to.equal(input(element, 'birthDate'));
    expect(part(element, 'results')).to.equal(null);
    expect(wage.value).to.equal('zestigduizend');
    await expect(element).to.be.accessible();

    // Fixing the value clears its message as it is typed.
    wage.focus();
    await replaceText('60.000');
    await element.updateComplete;
    expect(wage.getAttribute('aria-invalid')).to.equal('false');
  });

  it('rejects a birth date after the first day of unemployment, in English too', async () => {
    const element = await render('en');
    await fill(element, { ...exampleC, birthDate: '2027-01-01' });
    await submit(element);
    const birth = input(element, 'birthDate');
    expect(birth.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(element).querySelector('#birthDate-error')!.textContent).to.contain('must be before your first day of unemployment');
  });

  it('shows the scenarios side by side, with totals that show working pays', async () => {
    const element = await render();
    await fill(element, { ...exampleC, jobMonthlyWage: '3600', jobStartMonth: '4', partTimeMonthlyAmount: '1500', partTimeFromMonth: '4' });
    await submit(element);
    await showsResults(element);
    const cards = parts(element, 'comparison')[0]!.querySelectorAll('.card');
    expect([...cards].map((card) => card.getAttribute('data-scenario'))).to.deep.equal(['unemployed', 'job', 'partTime']);
    const totals = [...part(element, 'comparison')!.querySelectorAll('tfoot td')].map((td) => normaliseSpaces(td.textContent ?? ''));
    expect(totals.length).to.equal(3);
    const amount = (text: string) => Number(text.replace(/[^\d,]/g, '').replace(',', '.'));
    expect(amount(totals[1]!), 'new job pays more than staying unemployed').to.be.greaterThan(amount(totals[0]!));
    expect(amount(totals[2]!), 'part-time work pays more than staying unemployed').to.be.greaterThan(amount(totals[0]!));
    expect(normaliseSpaces(cards[1]!.textContent ?? '')).to.contain('meer dan werkloos blijven');
    // Example E: maandloon € 5,000, income € 1,500 in row 4 → WW € 2,450.00.
    expect(cell(scenarioTable(element, 'partTime'), 4, 'ww')).to.equal('€ 2.450,00');
    expect(cell(scenarioTable(element, 'partTime'), 4, 'income')).to.equal('€ 1.500,00');
    // The new job pays from month 4, with loonsuppletie flagged as a working hypothesis.
    const jobTable = scenarioTable(element, 'job');
    expect(cell(jobTable, 4, 'income')).to.equal('€ 3.600,00');
    expect(jobTable.querySelector('thead [data-layer="suppletion"]')?.textContent).to.contain('niet-geverifieerde');
    await expect(element).to.be.accessible();
  });

  it('draws the timeline with the phase boundaries and an equivalent table', async () => {
    const element = await render();
    await fill(element, { ...exampleC, workedYears: '20', birthDate: '1980-01-01' });
    await submit(element);
    await showsResults(element);
    const scenario = shadow(element).querySelector('[data-scenario="unemployed"][part~="scenario"]')!;
    const svg = scenario.querySelector('svg.chart-svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    const title = svg.querySelector('title')!;
    expect(svg.getAttribute('aria-labelledby')).to.equal(title.id);
    expect(title.textContent).to.contain('tabel');
    const result = simulate({
      unemploymentDate: exampleC.unemploymentDate, birthDate: '1980-01-01', annualWage: 60000, hoursPerWeek: 38,
      weeksWorkedLast36: 36, workedYears: 20, hboServiceYears: 10, yearsWithEmployer: 10, socialPlan: false,
    });
    const markers = [...svg.querySelectorAll('.milestone')].map((m) => m.getAttribute('data-kinds')!);
    const kinds = markers.flatMap((m) => m.split(' '));
    expect(kinds).to.include.members(['ww-rate-change', 'ww-end', 'ru-start']);
    expect(kinds).to.deep.equal(result.milestones.filter((m) => m.month <= result.months.length).map((m) => m.kind));
    // Boundaries at the same point share one numbered marker instead of hiding each other.
    expect(markers).to.include('ww-end ru-start');
    const listed = [...scenario.querySelectorAll('[part~="milestones"] li')].map((li) => li.getAttribute('data-kinds'));
    expect(listed).to.deep.equal(markers);
    expect(normaliseSpaces(scenario.querySelector('[part~="milestones"]')!.textContent ?? '')).to.contain('Einde WW; Start reparatie-uitkering');
    // One bar per row; layers drawn with a pattern as well as a colour.
    expect(svg.querySelectorAll('g.bar').length).to.equal(result.months.length);
    expect(svg.querySelectorAll('.band-ru').length).to.be.greaterThan(0);
    expect(svg.querySelector('.band-pattern')?.getAttribute('fill')).to.match(/^url\(#/);
    const table = scenarioTable(element, 'unemployed');
    expect(table.querySelector('caption')?.textContent).to.contain('Werkloos blijven');
    expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect([...table.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
    const region = table.closest('[role="region"]')!;
    expect(region.getAttribute('tabindex')).to.equal('0');
    expect(region.getAttribute('aria-label')).to.contain('Werkloos blijven');
  });

  it('explains every figure on demand, with the parameter, its date, source and status', async () => {
    const element = await render();
    await fill(element, exampleC);
    await submit(element);
    await showsResults(element);
    const figures = parts(element, 'figure');
    const steps = figures.map((figure) => figure.getAttribute('data-step'));
    expect(steps).to.include.members(['daily-wage', 'max-daily-wage', 'monthly-wage', 'ww-percentage', 'work-history', 'ww-duration']);
    const daily = figures.find((figure) => figure.getAttribute('data-step') === 'daily-wage')!;
    const button = daily.querySelector('button')!;
    const panel = shadow(element).querySelector<HTMLElement>(`#${button.getAttribute('aria-controls')}`)!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.equal(false);
    expect(normaliseSpaces(panel.textContent ?? '')).to.contain('€ 60.000,00 ÷ 261 = € 229,89');

    const history = figures.find((figure) => figure.getAttribute('data-step') === 'work-history')!;
    history.querySelector('button')!.click();
    const cap = figures.find((figure) => figure.getAttribute('data-step') === 'max-daily-wage')!;
    cap.querySelector('button')!.click();
    await element.updateComplete;
    const historyText = normaliseSpaces(history.textContent ?? '');
    expect(historyText).to.contain('Fictief arbeidsverleden: 0 jaar');
    expect(historyText).to.contain('0 jaar vóór 2016 en 10 jaar vanaf 2016');
    const parameter = cap.querySelector('[data-parameter="maxDailyWage"]')!;
    const parameterText = normaliseSpaces(parameter.textContent ?? '');
    expect(parameterText).to.contain('€ 304,25');
    expect(parameterText).to.contain('1 januari 2026');
    expect(parameterText).to.contain('secundaire bron');
    expect(parameterText).to.contain('Bron:');
    await expect(element).to.be.accessible();
  });

  it('flags unverified parameters next to the figures they influence', async () => {
    const element = await render();
    // Example D: T = 20, P = 10, wage above the maximum → RU capped by scale 12 (status U).
    await fill(element, { ...exampleC, annualWage: '96000', workedYears: '20', birthDate: '1980-06-01' });
    await submit(element);
    await showsResults(element);
    const ru = parts(element, 'figure').find((figure) => figure.getAttribute('data-step') === 'ru');
    expect(ru, 'RU explained').to.exist;
    expect(ru!.querySelector('[part~="unverified"]')?.textContent).to.equal('niet geverifieerd');
    const dailyWage = parts(element, 'figure').find((figure) => figure.getAttribute('data-step') === 'daily-wage')!;
    expect(dailyWage.querySelector('[part~="unverified"]'), 'a verified figure carries no marker').to.equal(null);
    const header = scenarioTable(element, 'unemployed').querySelector('thead [data-layer="ru"]')!;
    expect(header.textContent).to.contain('*');
    const note = shadow(element).querySelector('[data-scenario="unemployed"] [part~="unverified-note"]')!;
    expect(note.textContent).to.contain('Top van schaal 12');
  });

  it('always states gross amounts and that UWV and the employer or BWRHBO administrator decide', async () => {
    for (const [lang, gross, decide] of [
      ['nl', 'bruto', 'UWV en je (voormalig) werkgever of de uitvoerder van de BWRHBO beslissen'],
      ['en', 'gross', 'UWV and your (former) employer or the BWRHBO administrator decide'],
    ] as const) {
      const element = await render(lang);
      await fill(element, exampleC);
      await submit(element);
      await showsResults(element);
      const statements = normaliseSpaces(part(element, 'statements')!.textContent ?? '');
      expect(statements).to.contain(gross);
      expect(statements).to.contain(decide);
      if (lang === 'en') expect(cell(scenarioTable(element, 'unemployed'), 1, 'ww')).to.equal('€3,750.00');
    }
  });

  it('says plainly when there is no WW (example A: wekeneis not met)', async () => {
    const element = await render();
    await fill(element, { ...exampleC, weeksWorkedLast36: '25', annualWage: '48000', birthDate: '1995-06-01', workedYears: '8' });
    await submit(element);
    await showsResults(element);
    const text = normaliseSpaces(part(element, 'results')!.textContent ?? '');
    expect(text).to.contain('geen recht op WW');
    expect(text).to.contain('wekeneis');
    expect(shadow(element).querySelector('table[part~="table"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('prints results and every explanation, without the form', async () => {
    const element = await render();
    await fill(element, exampleC);
    await submit(element);
    await showsResults(element);
    const panel = part(element, 'explanation')!;
    expect(getComputedStyle(panel).display).to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(part(element, 'form')!).display).to.equal('none');
      expect(getComputedStyle(panel).display, 'explanations expanded in print').to.not.equal('none');
      expect(getComputedStyle(part(element, 'results')!).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    // The print event opens them too, and puts the reader's choice back afterwards.
    window.dispatchEvent(new Event('beforeprint'));
    await element.updateComplete;
    expect(parts(element, 'explain-button').every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    await element.updateComplete;
    expect(parts(element, 'explain-button').every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
  });
});

describe('calculator form model and explanations', () => {
  it('reads amounts as people type them', () => {
    expect(parseDecimal('60000')).to.equal(60000);
    expect(parseDecimal('60.000')).to.equal(60000);
    expect(parseDecimal('€ 60.000,50')).to.equal(60000.5);
    expect(parseDecimal('60,000.50')).to.equal(60000.5);
    expect(parseDecimal('37,5')).to.equal(37.5);
    expect(parseDecimal('37.5')).to.equal(37.5);
    expect(parseDecimal('0,500')).to.equal(0.5);
    expect(parseDecimal('')).to.equal(undefined);
    expect(parseDecimal('1.2.3')).to.be.NaN;
    expect(parseDecimal('abc')).to.be.NaN;
  });

  it('builds the part-time scenario on otherIncome and the job scenario on newJob', () => {
    const defaults = defaultFormValues('2026-02-10');
    expect(defaults.fields.unemploymentDate).to.equal('2026-03-01');
    const values = {
      ...defaults,
      fields: { ...defaults.fields, ...exampleC, jobMonthlyWage: '3.600', partTimeMonthlyAmount: '800', partTimeFromMonth: '2', partTimeToMonth: '3' },
    };
    expect(validateForm(values)).to.deep.equal({});
    const plans = scenarioPlans(values);
    expect(plans.map((p) => p.key)).to.deep.equal(['unemployed', 'job', 'partTime']);
    expect(plans[1]!.input.newJob).to.deep.equal({ startMonth: 4, monthlyWage: 3600, hoursPerWeek: 38, contract: true });
    expect(plans[2]!.input.otherIncome).to.deep.equal([{ fromMonth: 2, toMonth: 3, monthlyAmount: 800 }]);
    expect(validateForm({ ...values, fields: { ...values.fields, partTimeToMonth: '1' } }).partTimeToMonth?.problem).to.equal('toBeforeFrom');
  });

  it('renders an unknown explanation step generically instead of failing', async () => {
    const element = await render();
    const l10n = (element as unknown as { l10n: Parameters<typeof describeStep>[1] }).l10n;
    const unknown = { step: 'future-rule', status: 'V', inputs: { a: 1.5 }, result: { b: 'x' }, parameters: [] } as unknown as Explanation;
    const described = describeStep(unknown, l10n);
    expect(described.title).to.contain('future-rule');
    expect(described.text).to.contain('a: 1,5');
    expect(described.text).to.contain('b: x');
  });
});
