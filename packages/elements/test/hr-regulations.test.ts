/**
 * `<mobility-hr-regulations>` against the real reference server with development tokens. The
 * organisations used here are used by no other test of the calculator values: Fontys has its values
 * changed (and put back in `after`), Saxion never sets any.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/provider/define.js';
import '../src/hr-regulations/define.js';
import { HrRegulations, Problem, type CalculatorParameterOverrides } from '@mobility-kit/contract';
import { MobilityHttpError } from '@mobility-kit/sdk';
import type { MobilityHrRegulations } from '../src/hr-regulations/mobility-hr-regulations.js';
import { serverErrors } from '../src/hr-regulations/entry-form.js';
import { apiUrl, brokenApi, devToken, part, parts, shadow, statusText, watchUncaught } from './support.js';
import { sessionOf } from './session-support.js';

const EDITED = 'fontys-hogescholen';
const UNTOUCHED = 'saxion';
/** The day the element treats as today, so the example and "in force now" do not move with the clock. */
const TODAY = '2026-03-02';

const normalise = (text: string | null | undefined) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

async function settled(element: MobilityHrRegulations): Promise<void> {
  await waitUntil(
    () =>
      part(element, 'content')?.getAttribute('aria-busy') === 'false' &&
      (parts(element, 'parameter').length > 0 || part(element, 'error') || part(element, 'sign-in') || part(element, 'role-notice')),
    'the element settles',
    { timeout: 12000, interval: 20 },
  );
}

async function regulationsFor(organisation: string, lang = 'nl'): Promise<{ element: MobilityHrRegulations; token: string }> {
  const token = await devToken(organisation, 'hr');
  const provider = await fixture(html`<mobility-provider base-url=${apiUrl()} lang=${lang} .token=${token}>
    <mobility-hr-regulations today=${TODAY}></mobility-hr-regulations>
  </mobility-provider>`);
  const element = provider.querySelector('mobility-hr-regulations')!;
  await settled(element);
  return { element, token };
}

async function hrAnswer(token: string): Promise<HrRegulations> {
  const response = await fetch(`${apiUrl()}/v1/hr/regulations`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).to.equal(200);
  return HrRegulations.parse(await response.json());
}

async function putParameters(token: string, parameters: CalculatorParameterOverrides): Promise<void> {
  const response = await fetch(`${apiUrl()}/v1/regulations`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ parameters }),
  });
  expect(response.status).to.equal(200);
}

const parameterOf = (element: MobilityHrRegulations, name: string) => shadow(element).querySelector<HTMLElement>(`[part~="parameter"][data-parameter="${name}"]`)!;
const field = (element: MobilityHrRegulations, name: string) => shadow(element).querySelector<HTMLInputElement>(`#f-${name}`)!;
const liveRow = (element: MobilityHrRegulations, figure: string) => shadow(element).querySelector<HTMLTableRowElement>(`[part~="live-table"] tr[data-figure="${figure}"]`)!;

/** Focus a control inside the shadow root the way a keyboard user would reach it. */
async function tabTo(element: MobilityHrRegulations, target: HTMLElement, limit = 200): Promise<void> {
  for (let i = 0; i < limit && shadow(element).activeElement !== target; i += 1) await sendKeys({ press: 'Tab' });
  expect(shadow(element).activeElement, 'reached by Tab').to.equal(target);
}

async function typeInto(element: MobilityHrRegulations, input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await element.updateComplete;
}

describe('<mobility-hr-regulations>', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  let original: CalculatorParameterOverrides | undefined;

  before(async () => {
    original = (await hrAnswer(await devToken(EDITED, 'hr'))).parameters;
  });
  after(async () => {
    // Put Fontys's values back as they were, so other files see what they expect.
    if (original) await putParameters(await devToken(EDITED, 'hr'), original);
  });
  beforeEach(() => {
    uncaught = watchUncaught();
  });
  afterEach(async () => {
    uncaught.stop();
    uncaught.assertNone();
    await setViewport({ width: 800, height: 600 });
  });

  it('is accessible while loading: aria-busy, a skeleton and a status', async () => {
    const element = await fixture<MobilityHrRegulations>(html`<mobility-hr-regulations base-url=${brokenApi('slow')}></mobility-hr-regulations>`);
    expect(part(element, 'content')!.getAttribute('aria-busy')).to.equal('true');
    expect(part(element, 'skeleton')).to.not.equal(null);
    expect(statusText(element)).to.equal('Rekenwaarden laden…');
    await expect(element).to.be.accessible();
  });

  it('shows a load error with a retry that loads again, and is accessible', async () => {
    const element = await fixture<MobilityHrRegulations>(html`<mobility-hr-regulations base-url=${brokenApi('server-error')}></mobility-hr-regulations>`);
    await settled(element);
    expect(normalise(part(element, 'error')!.textContent)).to.contain('Er ging iets mis op de server');
    await expect(element).to.be.accessible();
    // Retrying against the real API (as after a restored connection) shows the values.
    element.baseUrl = apiUrl();
    part<HTMLButtonElement>(element, 'retry-button')!.click();
    await waitUntil(() => part(element, 'error') !== null || parts(element, 'parameter').length > 0, 'loads again', { timeout: 12000 });
  });

  it('asks to sign in, and tells an employee the values are for HR only, without asking the API', async () => {
    for (const [status, user, expected] of [
      ['anonymous', undefined, 'sign-in'],
      ['signed-in', { organisation: EDITED, role: 'employee' as const }, 'role-notice'],
    ] as const) {
      const { session } = sessionOf(status, user ? { user } : {});
      const provider = await fixture(html`<test-session-provider .session=${session}>
        <mobility-hr-regulations base-url=${brokenApi('server-error')}></mobility-hr-regulations>
      </test-session-provider>`);
      const element = provider.querySelector('mobility-hr-regulations')!;
      await settled(element);
      expect(part(element, expected), expected).to.not.equal(null);
      expect(part(element, 'error')).to.equal(null);
      await expect(element).to.be.accessible();
    }
  });

  it('an organisation without values of its own: the standard table for every value, with source and status, and an empty history', async () => {
    const { element } = await regulationsFor(UNTOUCHED);
    expect(part(element, 'empty')).to.not.equal(null);
    expect(statusText(element)).to.contain('standaardtabel');
    const names = parts(element, 'parameter').map((p) => p.dataset.parameter);
    expect(names).to.have.length(11);
    const maxDailyWage = parameterOf(element, 'maxDailyWage');
    expect(normalise(maxDailyWage.querySelector('[role="heading"]')!.textContent)).to.equal('Maximumdagloon');
    // In force on 2 March 2026: the value from 1 January 2026, in the calculator's own words.
    expect(normalise(maxDailyWage.querySelector('[part~="in-force-value"]')!.textContent)).to.equal('€ 304,25');
    expect(normalise(maxDailyWage.querySelector('[part~="origin"]')!.textContent)).to.equal('standaardtabel van de rekenhulp');
    const unknown = maxDailyWage.querySelector('[data-valid-from="2026-07-01"]')!;
    expect(normalise(unknown.textContent)).to.contain('nog niet bekend');
    expect(normalise(unknown.textContent)).to.contain('niet geverifieerd');
    expect(normalise(unknown.textContent)).to.contain('Bron:');
    expect(normalise(parameterOf(element, 'asuMonths').querySelector('[part~="in-force-value"]')!.textContent)).to.equal('1 maand per dienstjaar, hoogstens 34 maanden');
    const history = parameterOf(element, 'maxDailyWage').querySelector<HTMLDetailsElement>('[part~="history"]')!;
    history.open = true;
    expect(normalise(history.textContent)).to.contain('Nog geen wijzigingen vastgelegd');
    await expect(element).to.be.accessible();
  });

  it('in English', async () => {
    const { element } = await regulationsFor(UNTOUCHED, 'en');
    expect(normalise(shadow(element).querySelector('#title')!.textContent)).to.equal("Your organisation's calculator values");
    expect(normalise(parameterOf(element, 'maxDailyWage').querySelector('[role="heading"]')!.textContent)).to.equal('Maximum daily wage');
    await expect(element).to.be.accessible();
  });

  it('adds a dated value by keyboard; the live check shows what changes in the example; saved, the history says who and when', async () => {
    const { element, token } = await regulationsFor(EDITED);
    const scale = parameterOf(element, 'scale12TopMonthly');
    const add = scale.querySelector<HTMLButtonElement>('[part~="add-button"]')!;
    await tabTo(element, add);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    const validFrom = field(element, 'validFrom');
    await waitUntil(() => shadow(element).activeElement === validFrom, 'the form opens on its first field');
    expect(part(element, 'form')).to.not.equal(null);
    await expect(element).to.be.accessible();

    // Date by keyboard (the segments of a date field), then Tab on to the amount.
    await sendKeys({ type: '01012026' });
    await element.updateComplete;
    expect(validFrom.value).to.equal('2026-01-01');
    // Tab selects the field's text (the latest value, to start from), so typing replaces it.
    await tabTo(element, field(element, 'amount'), 10);
    await sendKeys({ type: '7000' });
    await element.updateComplete;

    // Live: the repair and follow-on benefits were capped at 70 % of the scale top with allowances.
    const ru = liveRow(element, 'ruMonthly');
    await waitUntil(() => ru.hasAttribute('data-changed'), 'the repair benefit changes as the value is typed');
    expect(normalise(ru.querySelector('[data-before]')!.textContent)).to.equal('€ 5.535,88');
    expect(normalise(ru.querySelector('[data-after]')!.textContent)).to.equal('€ 5.600,00');
    expect(liveRow(element, 'asuMonthly').hasAttribute('data-changed')).to.equal(true);
    expect(liveRow(element, 'wwFirst').hasAttribute('data-changed')).to.equal(false);
    expect(normalise(part(element, 'live-summary')!.textContent)).to.match(/verandert \d+ cijfers/);
    // Another value, typed on: the check follows.
    await sendKeys({ press: 'Backspace' });
    await element.updateComplete;
    expect(normalise(ru.querySelector('[data-after]')!.textContent)).to.equal('€ 569,87');

    await sendKeys({ type: '0' });
    const status = shadow(element).querySelector<HTMLSelectElement>('#f-status')!;
    status.value = 'V';
    status.dispatchEvent(new Event('change'));
    await typeInto(element, field(element, 'source'), 'CAO hbo 2026, bijlage salarisschalen');
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Enter' });

    await waitUntil(() => part(element, 'form') === null, 'saved', { timeout: 12000 });
    expect(statusText(element)).to.contain('Top van schaal 12 (per maand) is opgeslagen');
    await waitUntil(() => shadow(element).activeElement === parameterOf(element, 'scale12TopMonthly').querySelector('[part~="add-button"]'), 'focus returns to the button');
    const stored = await hrAnswer(token);
    expect(stored.parameters.scale12TopMonthly).to.deep.include({ value: 7000, validFrom: '2026-01-01', status: 'V', source: 'CAO hbo 2026, bijlage salarisschalen' });

    await waitUntil(() => normalise(parameterOf(element, 'scale12TopMonthly').querySelector('[part~="history"]')!.textContent).includes('toegevoegd'), 'the history shows the change', { timeout: 12000 });
    const history = parameterOf(element, 'scale12TopMonthly').querySelector<HTMLDetailsElement>('[part~="history"]')!;
    history.open = true;
    const items = [...history.querySelectorAll('.history-item')].map((item) => normalise(item.textContent));
    const added = items.find((item) => item.includes('vanaf 1 januari 2026: € 7.000,00 (geverifieerd) toegevoegd'));
    expect(added, items.join(' | ')).to.not.equal(undefined);
    expect(added).to.contain(`door ${stored.history[0]!.by}`);
    // The organisation had no scale top of its own: the standard table's entry became its own in the same save.
    expect(items.some((item) => item.includes('vanaf 1 januari 2024: € 6.800,00 (niet geverifieerd) toegevoegd'))).to.equal(true);
    expect(normalise(parameterOf(element, 'scale12TopMonthly').querySelector('[part~="in-force-value"]')!.textContent)).to.equal('€ 7.000,00');
    await expect(element).to.be.accessible();
  });

  it('changes an existing entry: a value not known yet becomes known, and the history says what it was', async () => {
    // Fontys's own series, with a value from 1 July 2026 that is not known yet.
    const series: NonNullable<CalculatorParameterOverrides['maxDailyWage']> = [
      { value: 304.25, validFrom: '2026-01-01', status: 'V', source: 'Staatscourant 2025, 42324' },
      { value: null, validFrom: '2026-07-01', status: 'U', source: 'Nog niet gepubliceerd' },
    ];
    await putParameters(await devToken(EDITED, 'hr'), { ...(await hrAnswer(await devToken(EDITED, 'hr'))).parameters, maxDailyWage: series });
    const { element, token } = await regulationsFor(EDITED);
    const wage = parameterOf(element, 'maxDailyWage');
    const unknownDate = '2026-07-01';
    wage.querySelector<HTMLElement>(`[part~="entry"][data-valid-from="${unknownDate}"] [part~="edit-button"]`)!.click();
    await element.updateComplete;
    expect(field(element, 'validFrom').value).to.equal(unknownDate);
    expect(field(element, 'unknown').checked).to.equal(true);
    expect(field(element, 'amount').disabled, 'no amount while the value is not known').to.equal(true);
    field(element, 'unknown').click();
    await element.updateComplete;
    await typeInto(element, field(element, 'amount'), '310,50');
    const ww = liveRow(element, 'wwFirst');
    await waitUntil(() => ww.hasAttribute('data-changed'), 'the WW of the example changes');
    expect(normalise(part(element, 'live-check')!.textContent)).to.contain(`werkloos vanaf 1 juli 2026`);
    expect(normalise(ww.querySelector('[data-before]')!.textContent)).to.equal('€ 4.963,08');
    await typeInto(element, field(element, 'source'), 'UWV, maximumdagloon per 1 juli 2026');
    part<HTMLButtonElement>(element, 'save-button')!.click();
    await waitUntil(() => part(element, 'form') === null, 'saved', { timeout: 12000 });
    const after = await hrAnswer(token);
    expect(after.parameters.maxDailyWage!.find((entry) => entry.validFrom === unknownDate)).to.deep.equal({
      value: 310.5,
      validFrom: unknownDate,
      status: 'U',
      source: 'UWV, maximumdagloon per 1 juli 2026',
    });
    await waitUntil(
      () => normalise(parameterOf(element, 'maxDailyWage').querySelector('[part~="history"]')!.textContent).includes('nog niet bekend'),
      'the history shows the value that was not known',
      { timeout: 12000 },
    );
    const history = normalise(parameterOf(element, 'maxDailyWage').querySelector('[part~="history"]')!.textContent);
    expect(history).to.contain('vanaf 1 juli 2026: nog niet bekend (niet geverifieerd) → € 310,50 (niet geverifieerd)');
  });

  it('keeps everything typed when saving fails, and says so', async () => {
    const { element } = await regulationsFor(UNTOUCHED);
    parameterOf(element, 'fullTimeHoursPerWeek').querySelector<HTMLButtonElement>('[part~="add-button"]')!.click();
    await element.updateComplete;
    field(element, 'validFrom').value = '2027-01-01';
    field(element, 'validFrom').dispatchEvent(new Event('input'));
    await typeInto(element, field(element, 'hours'), '36');
    await typeInto(element, field(element, 'source'), 'Cao hbo 2027');
    // The connection to the API breaks (its own base-url now points at a failing server); the values stay on screen.
    element.baseUrl = brokenApi('server-error');
    await element.updateComplete;
    part<HTMLButtonElement>(element, 'save-button')!.click();
    await waitUntil(() => part(element, 'save-error') !== null, 'the failure is shown', { timeout: 15000 });
    expect(normalise(part(element, 'save-error')!.textContent)).to.contain('Niet opgeslagen');
    expect(field(element, 'validFrom').value).to.equal('2027-01-01');
    expect(field(element, 'hours').value).to.equal('36');
    expect(field(element, 'source').value).to.equal('Cao hbo 2027');
    await expect(element).to.be.accessible();
  });

  it('shows a value it cannot accept next to its field, in words, and keeps everything typed', async () => {
    const { element } = await regulationsFor(EDITED);
    parameterOf(element, 'holidayPayRate').querySelector<HTMLButtonElement>('[part~="add-button"]')!.click();
    await element.updateComplete;
    const rate = field(element, 'rate');
    await typeInto(element, rate, 'acht');
    rate.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(rate.getAttribute('aria-invalid')).to.equal('true');
    const error = shadow(element).querySelector('#f-rate-error')!;
    expect(normalise(error.textContent)).to.contain('Vul een getal in');
    expect(rate.getAttribute('aria-describedby')).to.contain('f-rate-error');
    expect(normalise(part(element, 'live-summary')!.textContent)).to.equal('Vul een geldige waarde in om het effect te zien.');

    await typeInto(element, rate, '120');
    rate.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(normalise(shadow(element).querySelector('#f-rate-error')!.textContent)).to.contain('onder de 100');

    // A date that already has a value, and no source: the contract's checks, said in words.
    const existing = (parameterOf(element, 'holidayPayRate').querySelector('[part~="entry"]') as HTMLElement).dataset.validFrom!;
    field(element, 'validFrom').value = existing;
    field(element, 'validFrom').dispatchEvent(new Event('input'));
    await typeInto(element, field(element, 'source'), '');
    part<HTMLButtonElement>(element, 'save-button')!.click();
    await element.updateComplete;
    await waitUntil(() => shadow(element).activeElement === part(element, 'error-summary'), 'the summary of problems gets focus');
    const summary = normalise(part(element, 'error-summary')!.textContent);
    expect(summary).to.contain('Er is al een waarde vanaf deze datum');
    expect(summary).to.contain('Bron: Vul dit in.');
    expect(summary).to.contain('onder de 100');
    expect(field(element, 'rate').value, 'nothing typed is lost').to.equal('120');
    await expect(element).to.be.accessible();
    part<HTMLButtonElement>(element, 'cancel-button')!.click();
    await element.updateComplete;
    expect(part(element, 'form')).to.equal(null);
  });

  it('puts a 400 from the server next to the field it names', async () => {
    // The server's own answer to an entry the contract refuses (sent past the SDK's check).
    const token = await devToken(UNTOUCHED, 'hr');
    const response = await fetch(`${apiUrl()}/v1/regulations`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ parameters: { holidayPayRate: [{ value: 0.08, validFrom: '2017-01-01', status: 'V', source: 'CAO' }, { value: 1.5, validFrom: '2026-01-01', status: 'V', source: ' ' }] } }),
    });
    expect(response.status).to.equal(400);
    const problem = Problem.parse(await response.json());
    const error = new MobilityHttpError({ status: 400, problem, operationId: 'putRegulations' });
    const { fields, unplaced } = serverErrors('holidayPayRate', 1, error);
    expect(fields.rate?.problem).to.equal('belowHundredPercent');
    expect(fields.source?.problem).to.equal('sourceBlank');
    expect(unplaced).to.equal(0);
    expect(serverErrors('holidayPayRate', 0, error).fields, 'another entry’s problems are not this one’s').to.deep.equal({});
  });

  it('in forced colours: accessible, status in words and a changed figure marked by more than colour', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.equal(true);
      const { element } = await regulationsFor(UNTOUCHED);
      const badges = parts(element, 'status-badge');
      expect(badges.length).to.be.greaterThan(10);
      for (const badge of badges) expect(normalise(badge.textContent)).to.be.oneOf(['geverifieerd', 'secundaire bron', 'afgeleid', 'niet geverifieerd']);
      parameterOf(element, 'reintegrationBudget').querySelector<HTMLButtonElement>('[part~="add-button"]')!.click();
      await element.updateComplete;
      field(element, 'validFrom').value = '2026-01-01';
      field(element, 'validFrom').dispatchEvent(new Event('input'));
      await typeInto(element, field(element, 'from40'), '11000');
      const row = liveRow(element, 'budget');
      await waitUntil(() => row.hasAttribute('data-changed'), 'the budget of a 45-year-old changes');
      expect(normalise(row.querySelector('th')!.textContent)).to.contain('verandert');
      expect(getComputedStyle(row.querySelector('td')!).outlineStyle).to.equal('solid');
      await expect(element).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('reflows at 640 and 320 px (200 % and 400 % zoom) without horizontal scrolling, with the form and the live check open', async () => {
    for (const width of [640, 320]) {
      await setViewport({ width, height: 640 });
      const { element } = await regulationsFor(UNTOUCHED);
      parameterOf(element, 'reintegrationBudget').querySelector<HTMLButtonElement>('[part~="add-button"]')!.click();
      await element.updateComplete;
      await waitUntil(() => part(element, 'live-table') !== null, 'the live check shows');
      expect(document.documentElement.scrollWidth, `${width} px: page width`).to.be.at.most(window.innerWidth);
      for (const node of [element, ...parts(element, 'parameter'), part(element, 'form')!]) {
        expect(node.scrollWidth, `${width} px: ${node.getAttribute('part') ?? node.localName}`).to.be.at.most(node.clientWidth + 1);
      }
      await expect(element).to.be.accessible();
    }
  });
});
