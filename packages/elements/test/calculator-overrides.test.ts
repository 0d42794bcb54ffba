/**
 * Institution overrides: the parameters an organisation's HR staff verified, stored on the real
 * reference server, replace the shipped table — and when they cannot be loaded the calculator
 * still computes, with the shipped table and a quiet notice.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/calculator/define.js';
import type { MobilityCalculator } from '../src/calculator/mobility-calculator.js';
import { apiUrl, brokenApi, devToken, part, parts, unreachableUrl, watchUncaught } from './support.js';
import { cell, exampleC, input, normaliseSpaces, scenarioTable, showsResults } from './calculator-support.js';

async function compute(element: MobilityCalculator, values: Record<string, string>): Promise<void> {
  for (const [id, value] of Object.entries(values)) {
    const field = input(element, id);
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await element.updateComplete;
  part<HTMLButtonElement>(element, 'compute-button')!.click();
  await showsResults(element);
}

/** Example D: wage € 96,000, T = 20 with P = 10 → RU for 5 months, capped by the top of scale 12. */
const exampleD = { ...exampleC, annualWage: '96000', workedYears: '20', birthDate: '1980-06-01' };

const noticeText = (element: MobilityCalculator) => normaliseSpaces(part(element, 'notice')?.textContent ?? '');

describe('<mobility-calculator> institution overrides', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(() => {
    uncaught = watchUncaught();
  });
  afterEach(() => {
    uncaught.stop();
    uncaught.assertNone();
  });

  it('computes with the shipped table, and says so quietly, when the parameters cannot be loaded', async () => {
    for (const baseUrl of [unreachableUrl(), brokenApi('server-error')]) {
      const element = await fixture<MobilityCalculator>(
        html`<mobility-calculator lang="nl" base-url=${baseUrl} organisation="hogeschool-utrecht"></mobility-calculator>`,
      );
      await compute(element, exampleC);
      expect(cell(scenarioTable(element, 'unemployed'), 1, 'ww'), `${baseUrl}: still computed`).to.equal('€ 3.750,00');
      await waitUntil(() => noticeText(element).includes('konden niet worden geladen'), 'failure notice', {
        timeout: 12000,
      });
      expect(part(element, 'notice')!.getAttribute('role')).to.equal('status');
      expect(noticeText(element)).to.contain('standaardtabel');
      await expect(element).to.be.accessible();
    }
  });

  it('uses no API and shows no notice without an organisation', async () => {
    const element = await fixture<MobilityCalculator>(html`<mobility-calculator lang="nl" base-url=${apiUrl()}></mobility-calculator>`);
    await compute(element, exampleC);
    expect(noticeText(element)).to.equal('');
    expect(cell(scenarioTable(element, 'unemployed'), 1, 'ww')).to.equal('€ 3.750,00');
  });

  it('applies the parameters an organisation put on the real server', async function () {
    const organisation = 'hogeschool-rotterdam';
    // The route is new; skip visibly where the server or the SDK does not offer it yet.
    const probe = await fetch(`${apiUrl()}/v1/regulations?organisation=${organisation}`, { cache: 'no-store' });
    if (probe.status === 404 && !(probe.headers.get('content-type') ?? '').includes('json')) {
      console.warn('SKIPPED: the reference server has no /v1/regulations route yet');
      // mocha's `skip` is not in the project's minimal mocha typings.
      (this as unknown as { skip(): never }).skip();
    }
    expect(probe.status, 'GET /v1/regulations answers').to.equal(200);

    const token = await devToken(organisation, 'hr');
    const scale12TopMonthly = 7000;
    const put = await fetch(`${apiUrl()}/v1/regulations`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        parameters: {
          scale12TopMonthly: [{ value: scale12TopMonthly, validFrom: '2024-01-01', status: 'V', source: 'CAO hbo 2024, bijlage salaristabel' }],
          holidayPayRate: [{ value: 0.08, validFrom: '2017-01-01', status: 'V', source: 'CAO hbo, vakantietoelage' }],
          yearEndBonusRate: [{ value: 0.083, validFrom: '2017-01-01', status: 'V', source: 'CAO hbo, eindejaarsuitkering' }],
        },
      }),
    });
    expect(put.status, `PUT /v1/regulations: ${await put.clone().text()}`).to.equal(200);

    // Shipped table: RU = min(70 % × € 8,000, 70 % × € 6,800 × 1.163) = € 5,535.88 (and flagged).
    const shipped = await fixture<MobilityCalculator>(html`<mobility-calculator lang="nl"></mobility-calculator>`);
    await compute(shipped, exampleD);
    expect(cell(scenarioTable(shipped, 'unemployed'), 16, 'ru')).to.equal('€ 5.535,88');

    // With the organisation's verified scale top the cap no longer binds: RU = 70 % × € 8,000.
    const element = await fixture<MobilityCalculator>(
      html`<mobility-calculator lang="nl" base-url=${apiUrl()} organisation=${organisation}></mobility-calculator>`,
    );
    await waitUntil(() => noticeText(element).includes('gecontroleerd'), 'the organisation’s parameters are loaded', { timeout: 12000 });
    await compute(element, exampleD);
    const table = scenarioTable(element, 'unemployed');
    expect(cell(table, 16, 'ru')).to.equal('€ 5.600,00');
    expect(table.querySelector('thead [data-layer="ru"]')?.textContent, 'no longer flagged as unverified').to.not.contain('*');
    const ru = parts(element, 'figure').find((figure) => figure.getAttribute('data-step') === 'ru')!;
    ru.querySelector('button')!.click();
    await element.updateComplete;
    const parameter = normaliseSpaces(ru.querySelector('[data-parameter="scale12TopMonthly"]')?.textContent ?? '');
    expect(parameter).to.contain('€ 7.000,00');
    expect(parameter).to.contain('ingesteld door je organisatie');
    expect(parameter).to.contain('CAO hbo 2024, bijlage salaristabel');
    await expect(element).to.be.accessible();
  });
});
