import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/provider/define.js';
import '../src/dashboard/define.js';
import { BenchmarkExport, Insights, type InsightsRow } from '@mobility-kit/contract';
import type { MobilityDashboard } from '../src/dashboard/mobility-dashboard.js';
import { apiUrl, brokenApi, brokenStats, devToken, part, parts, shadow, uniqueId, watchUncaught } from './support.js';

const ORG = 'hogeschool-utrecht';
/** A demo organisation without any cases. */
const EMPTY_ORG = 'hanzehogeschool-groningen';

async function settled(element: MobilityDashboard): Promise<void> {
  await waitUntil(
    () => part(element, 'content')?.getAttribute('aria-busy') === 'false' && (part(element, 'table') || part(element, 'empty') || part(element, 'error')),
    'the dashboard settles',
    { timeout: 12000, interval: 20 },
  );
}

async function dashboardFor(organisation: string, attributes: { lang?: string } = {}): Promise<{ element: MobilityDashboard; token: string }> {
  const token = await devToken(organisation, 'hr');
  const provider = await fixture(html`<mobility-provider base-url=${apiUrl()} lang=${attributes.lang ?? 'nl'} .token=${token}>
    <mobility-dashboard></mobility-dashboard>
  </mobility-provider>`);
  const element = provider.querySelector('mobility-dashboard')!;
  await settled(element);
  return { element, token };
}

/** The API's own answer for what the element asked, fetched without the SDK. */
async function rawInsights(element: MobilityDashboard, token: string): Promise<Insights> {
  let detail: Insights | undefined;
  // The element announces what it loaded; its query is the one to repeat.
  const query = new URLSearchParams({ from: shadow(element).querySelector<HTMLSelectElement>('#from')!.value, to: shadow(element).querySelector<HTMLSelectElement>('#to')!.value });
  const response = await fetch(`${apiUrl()}/v1/insights?${query}`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).to.equal(200);
  detail = Insights.parse(await response.json());
  return detail;
}

const overviewCells = (element: MobilityDashboard) =>
  [...shadow(element).querySelectorAll<HTMLTableRowElement>('#table-overview tbody tr')].map((tr) => [...tr.querySelectorAll('td')]);

describe('<mobility-dashboard>', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(() => {
    uncaught = watchUncaught();
  });
  afterEach(() => {
    uncaught.stop();
    uncaught.assertNone();
  });

  it('is accessible while loading: aria-busy, a skeleton and a status', async () => {
    const element = await fixture<MobilityDashboard>(html`<mobility-dashboard base-url=${brokenApi('slow')}></mobility-dashboard>`);
    expect(part(element, 'content')!.getAttribute('aria-busy')).to.equal('true');
    expect(part(element, 'skeleton')).to.not.equal(null);
    expect(part(element, 'status')!.textContent!.trim()).to.equal('Stuurinformatie laden…');
    await expect(element).to.be.accessible();
    await settled(element);
  });

  it('shows figures with charts and equivalent tables, and is accessible', async () => {
    const { element } = await dashboardFor(ORG);
    expect(part(element, 'chart')!.getAttribute('role')).to.equal('img');
    expect(shadow(element).querySelector('#table-overview caption')!.textContent).to.contain('hele organisatie');
    expect(shadow(element).querySelector('#table-routes')).to.not.equal(null);
    expect(shadow(element).querySelector('#table-units')).to.not.equal(null);
    expect(part(element, 'rules')!.textContent).to.contain('minder dan 10 personen');
    expect(part(element, 'rules')!.textContent).to.contain('namen');
    await expect(element).to.be.accessible();
  });

  it('renders every suppressed cell as such — never as zero, never blank — and every value as the API sent it', async () => {
    const { element, token } = await dashboardFor(ORG);
    const raw = await rawInsights(element, token);
    const rows = raw.rows.filter((r) => r.unit === null);
    const cells = overviewCells(element);
    expect(cells.length).to.equal(rows.length);
    let suppressed = 0;
    let shown = 0;
    rows.forEach((row: InsightsRow, i) => {
      (['inflow', 'inProgress', 'outflow'] as const).forEach((figure, j) => {
        const td = cells[i]![j]!;
        const cell = row[figure];
        const text = td.textContent!.replace(/\s+/g, ' ').trim();
        expect(text, `${row.quarter} ${figure}`).to.not.equal('');
        if ('value' in cell) {
          shown++;
          expect(text).to.equal(new Intl.NumberFormat('nl').format(cell.value));
        } else {
          suppressed++;
          const marker = td.querySelector('[part~="suppressed"]')!;
          expect(marker.getAttribute('data-reason')).to.equal(cell.reason);
          expect(marker.querySelector('[aria-hidden="true"]')!.textContent).to.equal(cell.reason === 'below-threshold' ? '< 10' : 'afgeschermd');
          expect(text).to.not.match(/^0$/);
          // Screen readers hear why.
          expect(marker.querySelector('.visually-hidden')!.textContent).to.match(/afgeschermd/);
        }
      });
    });
    expect(shown, 'some figures are shown').to.be.greaterThan(0);
    expect(suppressed, 'some figures are suppressed').to.be.greaterThan(0);
  });

  it('exports what is shown as CSV, with suppressed cells as their marker', async () => {
    const { element, token } = await dashboardFor(ORG);
    const raw = await rawInsights(element, token);
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return original.call(URL, blob);
    };
    try {
      part<HTMLButtonElement>(element, 'export-button')!.click();
    } finally {
      URL.createObjectURL = original;
    }
    expect(blobs.length).to.equal(1);
    const text = (await blobs[0]!.text()).replace(/^\uFEFF/, '');
    expect(text).to.equal(element.toCsv());
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).to.equal('quarter,unit,staffGroup,figure,value');
    for (const row of raw.rows) {
      const cell = row.inflow;
      const expected = 'value' in cell ? String(cell.value) : cell.reason === 'below-threshold' ? '< 10' : 'afgeschermd';
      const unit = row.unit === null ? '' : /[",;]/.test(row.unit) ? `"${row.unit}"` : row.unit;
      expect(lines, `${row.quarter} ${row.unit}`).to.include(`${row.quarter},${unit},,inflow,${expected}`);
    }
    expect(lines.length).to.equal(1 + raw.rows.length * 17 + raw.usage.quarters.length * 3);
    expect(lines.some((l) => l.endsWith(',< 10'))).to.equal(true);
    expect(part(element, 'status')!.textContent!.trim()).to.equal('Het CSV-bestand is gedownload.');
  });

  it('is fully usable by keyboard: filters are native controls in tab order', async () => {
    const { element } = await dashboardFor(ORG);
    const from = shadow(element).querySelector<HTMLSelectElement>('#from')!;
    from.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement?.id).to.equal('group');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => element.getAttribute('staff-group') === 'teaching', 'the staff group filter follows the keyboard', { timeout: 5000 });
    await settled(element);
    expect(shadow(element).querySelector('#table-overview caption')!.textContent).to.contain('Onderwijzend personeel');
    // Scrollable tables and buttons can be reached too.
    const tabbable = [...shadow(element).querySelectorAll('select, input, button, [tabindex="0"]')];
    expect(tabbable.length).to.be.greaterThan(8);
    expect(shadow(element).querySelector('.table-wrap')!.getAttribute('tabindex')).to.equal('0');
  });

  it('shows an empty state for an organisation without cases, accessibly', async () => {
    const { element } = await dashboardFor(EMPTY_ORG);
    expect(part(element, 'empty')).to.not.equal(null);
    expect(part(element, 'status')!.textContent!.trim()).to.equal('Nog geen cijfers voor deze periode');
    await expect(element).to.be.accessible();
  });

  it('shows an error with a retry that asks again, accessibly', async () => {
    const id = uniqueId();
    const element = await fixture<MobilityDashboard>(html`<mobility-dashboard base-url=${brokenApi('server-error', id)}></mobility-dashboard>`);
    await settled(element);
    expect(part(element, 'error')!.textContent).to.contain('Er ging iets mis op de server');
    await expect(element).to.be.accessible();
    part<HTMLButtonElement>(element, 'retry-button')!.click();
    await waitUntil(async () => (await brokenStats(id)).hits === 2, 'the retry asks again', { timeout: 5000 });
    await settled(element);
  });

  it('tells an employee that only HR may look, without figures', async () => {
    const token = await devToken(ORG, 'employee');
    const provider = await fixture(html`<mobility-provider base-url=${apiUrl()} .token=${token}><mobility-dashboard></mobility-dashboard></mobility-provider>`);
    const element = provider.querySelector('mobility-dashboard')!;
    await settled(element);
    expect(part(element, 'error')!.textContent).to.contain('Alleen HR');
    expect(part(element, 'table')).to.equal(null);
  });

  it('refuses an invalid benchmark file inline, and compares a valid one side by side', async () => {
    const { element, token } = await dashboardFor(ORG);
    const input = shadow(element).querySelector<HTMLInputElement>('#benchmark-file')!;
    const load = async (name: string, content: string) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    await load('kapot.json', '{"format": "mobility-kit/insights-benchmark"');
    await waitUntil(() => shadow(element).querySelector('[role="alert"]'), 'an inline message', { timeout: 5000 });
    expect(shadow(element).querySelector('[role="alert"]')!.textContent).to.contain('geen geldig JSON-bestand');
    await load('verkeerd.json', JSON.stringify({ format: 'mobility-kit/insights-benchmark', rows: [{ quarter: '2024-Q1', unit: null, inflow: { value: 3 } }] }));
    await waitUntil(() => shadow(element).querySelector('[role="alert"]')?.textContent?.includes('geen geldig benchmarkbestand'), 'a schema message', { timeout: 5000 });
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('benchmark-error');
    expect(shadow(element).querySelector('#table-benchmark')).to.equal(null);
    await expect(element).to.be.accessible();

    // A real export of another institution, as it would be shared.
    const otherToken = await devToken('hogeschool-van-amsterdam', 'hr');
    const from = shadow(element).querySelector<HTMLSelectElement>('#from')!.value;
    const to = shadow(element).querySelector<HTMLSelectElement>('#to')!.value;
    const response = await fetch(`${apiUrl()}/v1/insights/export?from=${from}&to=${to}`, { headers: { authorization: `Bearer ${otherToken}` } });
    const doc = BenchmarkExport.parse(await response.json());
    await load('hva.json', JSON.stringify(doc));
    await waitUntil(() => shadow(element).querySelector('#table-benchmark'), 'a comparison table', { timeout: 5000 });
    expect(shadow(element).querySelector('[role="alert"]')).to.equal(null);
    const headers = [...shadow(element).querySelectorAll('#table-benchmark thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['Kwartaal', 'Hogeschool Utrecht', 'Hogeschool van Amsterdam']);
    const firstRow = [...shadow(element).querySelectorAll('#table-benchmark tbody tr:first-child td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
    const theirs = doc.rows[0]!.inflow;
    expect(firstRow[1]).to.equal('value' in theirs ? new Intl.NumberFormat('nl').format(theirs.value) : theirs.reason === 'below-threshold' ? '< 10 minder dan 10 personen, afgeschermd' : 'afgeschermd afgeschermd, zodat een kleine groep niet terug te rekenen is');
    expect(token).to.be.a('string');
    await expect(element).to.be.accessible();
  });

  it('speaks English when asked', async () => {
    const { element } = await dashboardFor(ORG, { lang: 'en' });
    expect(part(element, 'rules')!.textContent).to.contain('fewer than 10 people');
    const markers = parts(element, 'suppressed').map((m) => m.querySelector('[aria-hidden="true"]')!.textContent);
    expect(markers.length).to.be.greaterThan(0);
    expect(markers.every((m) => m === '< 10' || m === 'suppressed')).to.equal(true);
  });
});
