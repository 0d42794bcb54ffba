import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/provider/define.js';
import '../src/hr-feeds/define.js';
import type { MobilityHrFeeds } from '../src/hr-feeds/mobility-hr-feeds.js';
import { apiUrl, brokenApi, brokenStats, devToken, part, parts, shadow, uniqueId, watchUncaught } from './support.js';
import { sessionOf } from './session-support.js';

/** Has the demo feed source with a report of two skipped items. */
const ORG = 'hogeschool-utrecht';
/** Has no feed sources: only these tests use it. */
const EMPTY_ORG = 'hogeschool-rotterdam';
/** Where these tests add, fetch and delete a source; nothing else uses it. */
const WORK_ORG = 'roc-midden-nederland';

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

async function settled(element: MobilityHrFeeds): Promise<void> {
  await waitUntil(
    () =>
      part(element, 'content')?.getAttribute('aria-busy') === 'false' &&
      (part(element, 'list') || part(element, 'empty') || part(element, 'error') || part(element, 'sign-in') || part(element, 'role-notice')),
    'the element settles',
    { timeout: 12000, interval: 20 },
  );
}

async function feedsFor(organisation: string, lang = 'nl', role = 'hr'): Promise<{ element: MobilityHrFeeds; token: string }> {
  const token = await devToken(organisation, role);
  const provider = await fixture(html`<mobility-provider base-url=${apiUrl()} lang=${lang} .token=${token}><mobility-hr-feeds></mobility-hr-feeds></mobility-provider>`);
  const element = provider.querySelector('mobility-hr-feeds')!;
  await settled(element);
  return { element, token };
}

const sourceItem = (element: MobilityHrFeeds, name: string) => parts(element, 'source').find((item) => text(item.querySelector('.heading')) === name);

/** Focus a control in the element and type into it from the keyboard. */
async function typeInto(element: MobilityHrFeeds, id: string, value: string): Promise<void> {
  const control = shadow(element).getElementById(id) as HTMLInputElement;
  control.focus();
  control.select();
  await sendKeys({ press: 'Backspace' });
  if (value) await sendKeys({ type: value });
}

describe('<mobility-hr-feeds>', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(() => {
    uncaught = watchUncaught();
  });
  afterEach(async () => {
    uncaught.stop();
    uncaught.assertNone();
    await setViewport({ width: 800, height: 600 });
  });

  it('is accessible while loading: aria-busy, a skeleton and a status', async () => {
    const element = await fixture<MobilityHrFeeds>(html`<mobility-hr-feeds base-url=${brokenApi('slow')}></mobility-hr-feeds>`);
    expect(part(element, 'content')!.getAttribute('aria-busy')).to.equal('true');
    expect(part(element, 'skeleton')).to.not.equal(null);
    expect(text(part(element, 'status'))).to.equal('Vacaturebronnen laden…');
    await expect(element).to.be.accessible();
    await settled(element);
  });

  it('shows an error with a retry that asks again, accessibly', async () => {
    const id = uniqueId();
    const element = await fixture<MobilityHrFeeds>(html`<mobility-hr-feeds base-url=${brokenApi('server-error', id)}></mobility-hr-feeds>`);
    await settled(element);
    expect(text(part(element, 'error'))).to.contain('Er ging iets mis op de server');
    await expect(element).to.be.accessible();
    part<HTMLButtonElement>(element, 'retry-button')!.click();
    await waitUntil(async () => (await brokenStats(id)).hits === 2, 'the retry asks again', { timeout: 5000 });
    await settled(element);
  });

  it('asks nobody’s sources before an HR user signs in, and tells an employee it is for HR', async () => {
    const { session, calls } = sessionOf('anonymous');
    const provider = await fixture(html`<test-session-provider .session=${session}><mobility-hr-feeds base-url=${apiUrl()}></mobility-hr-feeds></test-session-provider>`);
    const element = provider.querySelector('mobility-hr-feeds')!;
    await settled(element);
    expect(text(part(element, 'sign-in'))).to.contain('Log in om de vacaturebronnen te beheren');
    await expect(element).to.be.accessible();
    part<HTMLButtonElement>(element, 'sign-in-button')!.click();
    expect(calls).to.deep.equal(['signIn']);

    const employee = sessionOf('signed-in', { user: { name: 'Sam', organisation: ORG, organisationName: 'Hogeschool Utrecht', role: 'employee' } });
    const other = await fixture(html`<test-session-provider .session=${employee.session}><mobility-hr-feeds base-url=${apiUrl()}></mobility-hr-feeds></test-session-provider>`);
    const employeeElement = other.querySelector('mobility-hr-feeds')!;
    await settled(employeeElement);
    expect(text(part(employeeElement, 'role-notice'))).to.contain('Alleen voor HR');
    expect(part(employeeElement, 'list')).to.equal(null);
    await expect(employeeElement).to.be.accessible();
  });

  it('shows an empty state with the way to add a source', async () => {
    const { element } = await feedsFor(EMPTY_ORG);
    expect(text(part(element, 'empty'))).to.contain('Nog geen vacaturebronnen');
    expect(part(element, 'add-button')).to.not.equal(null);
    await expect(element).to.be.accessible();
  });

  it('lists the sources with their last run, and each skipped item with its reason in a disclosure (nl and en)', async () => {
    const { element } = await feedsFor(ORG);
    const item = sourceItem(element, 'Werken bij HU (voorbeeld)');
    expect(item, 'the demo source is listed').to.not.equal(undefined);
    const report = item!.querySelector('[part="report"]')!;
    expect(text(report)).to.contain('Gelukt');
    expect(text(report)).to.match(/Nieuw\s*9/);
    expect(text(report)).to.match(/Bijgewerkt\s*2/);
    expect(text(report)).to.match(/Gesloten\s*1/);
    expect(text(report)).to.match(/Overgeslagen\s*2/);
    const details = item!.querySelector<HTMLDetailsElement>('[part="skipped"]')!;
    expect(details.open).to.equal(false);
    expect(text(details.querySelector('summary'))).to.equal('2 overgeslagen vacatures bekijken');
    details.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    const skipped = [...details.querySelectorAll('li')].map(text);
    expect(skipped[0]).to.contain('Docent Bouwkunde').and.to.contain('ongeldige datum');
    expect(skipped[1]).to.contain('HU-2025-040').and.to.contain('geen titel');
    await expect(element).to.be.accessible();

    const english = await feedsFor(ORG, 'en');
    const englishItem = sourceItem(english.element, 'Werken bij HU (voorbeeld)')!;
    expect(text(englishItem.querySelector('[part="report"]'))).to.contain('Succeeded').and.to.match(/New\s*9/);
    expect(text(englishItem.querySelector('summary'))).to.equal('Show 2 skipped vacancies');
    expect(text(part(english.element, 'run-button'))).to.equal('Fetch now');
  });

  it('by keyboard: add a source (inline messages, the server’s refusal of a private URL next to the field), fetch it now, see the report, delete it', async () => {
    const { element, token } = await feedsFor(WORK_ORG);
    const name = `Werken bij ROC ${uniqueId()}`;

    part<HTMLButtonElement>(element, 'add-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(element, 'form') !== null && deepActive()?.id === 'name', 'the form opens with the name field focused');

    // Nothing filled in: a summary and an inline message per field, nothing sent.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(element, 'error-summary') !== null, 'the summary appears');
    expect(deepActive()).to.equal(part(element, 'error-summary'));
    expect(text(shadow(element).getElementById('name-error'))).to.equal('Vul dit veld in.');
    expect(text(shadow(element).getElementById('url-error'))).to.equal('Vul dit veld in.');
    expect(shadow(element).getElementById('url')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(element).to.be.accessible();

    await typeInto(element, 'name', name);
    await typeInto(element, 'url', 'werkenbij.example.nl');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(shadow(element).getElementById('url-error')).startsWith('Vul een volledig adres in'), 'the contract’s URL check, translated');
    expect(shadow(element).getElementById('name-error')).to.equal(null);
    expect((shadow(element).getElementById('name') as HTMLInputElement).value, 'nothing typed is lost').to.equal(name);

    // A URL on the server's own network: the server refuses it and says why, next to the field.
    await typeInto(element, 'url', 'http://127.0.0.1:8080/vacatures.xml');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(shadow(element).getElementById('url-error')).includes('eigen netwerk van de server'), 'the refusal is shown at the URL field', { timeout: 8000 });
    const refusal = shadow(element).getElementById('url-error')!;
    expect(text(refusal)).to.contain('Technische reden').and.to.contain('127.0.0.1 is a loopback address');
    expect(shadow(element).getElementById('url')!.getAttribute('aria-describedby')).to.contain('url-error');
    await expect(element).to.be.accessible();
    const listed = await fetch(`${apiUrl()}/v1/hr/feeds`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await listed.json()) as { items: { url: string }[] }).items.some((s) => s.url.includes('127.0.0.1')), 'the refused URL was not stored').to.equal(false);

    // A public-looking host that does not resolve: stored; fetching it fails with a report.
    await typeInto(element, 'url', 'https://feeds.example.invalid/vacatures.xml');
    const interval = shadow(element).getElementById('intervalMinutes') as HTMLSelectElement;
    interval.focus();
    await sendKeys({ press: 'ArrowDown' });
    (shadow(element).getElementById('name') as HTMLInputElement).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => sourceItem(element, name) !== undefined, 'the new source is listed', { timeout: 8000 });
    expect(text(part(element, 'status'))).to.equal(`${name} is opgeslagen.`);
    const item = () => sourceItem(element, name)!;
    expect(text(item().querySelector('[part="report"], .muted'))).to.contain('Nog niet opgehaald');
    await waitUntil(() => deepActive() === item().querySelector('[part~="run-button"]'), 'focus moves to the new source’s "Nu ophalen"');

    let finished: CustomEvent | undefined;
    element.addEventListener('mobility-feed-run', (event) => (finished = event), { once: true });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => finished !== undefined, '"Nu ophalen" ends with a report', { timeout: 15000 });
    await element.updateComplete;
    const report = item().querySelector('[part="report"]')!;
    expect(text(report)).to.contain('Mislukt');
    expect(text(item().querySelector('[part="run-error"]'))).to.contain('feeds.example.invalid');
    expect(text(part(element, 'status'))).to.equal(`Ophalen van ${name} is mislukt.`);
    await expect(element).to.be.accessible();

    // Edit: the form opens in place, keeps the values, and saves.
    item().querySelector<HTMLButtonElement>('[part~="edit-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.id === 'name', 'the edit form opens');
    expect((shadow(element).getElementById('url') as HTMLInputElement).value).to.equal('https://feeds.example.invalid/vacatures.xml');
    await sendKeys({ type: ' (bewerkt)' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => sourceItem(element, `${name} (bewerkt)`) !== undefined, 'the edited source is listed');

    // Delete, confirmed in a dialog.
    const edited = sourceItem(element, `${name} (bewerkt)`)!;
    edited.querySelector<HTMLButtonElement>('[part~="delete-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = part<HTMLDialogElement>(element, 'dialog')!;
    await waitUntil(() => dialog.open, 'the confirmation opens');
    expect(text(dialog)).to.contain(`${name} (bewerkt)`);
    await expect(element).to.be.accessible();
    (dialog.querySelector('button[value="delete"]') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => sourceItem(element, `${name} (bewerkt)`) === undefined, 'the source is gone');
    expect(text(part(element, 'status'))).to.equal(`${name} (bewerkt) is verwijderd.`);
    const after = await fetch(`${apiUrl()}/v1/hr/feeds`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await after.json()) as { items: unknown[] }).items).to.have.length(0);
  });

  it('cancelling keeps things as they were: the form returns focus to its opener, Escape closes the delete confirmation (en)', async () => {
    const { element } = await feedsFor(ORG, 'en');
    part<HTMLButtonElement>(element, 'add-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.id === 'name', 'the form opens');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(shadow(element).getElementById('name-error')) === 'Fill in this field.', 'the message is in English');
    part<HTMLButtonElement>(element, 'cancel-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(element, 'form') === null && deepActive() === part(element, 'add-button'), 'focus returns to "Add source"');

    const item = sourceItem(element, 'Werken bij HU (voorbeeld)')!;
    const remove = item.querySelector<HTMLButtonElement>('[part~="delete-button"]')!;
    remove.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = part<HTMLDialogElement>(element, 'dialog')!;
    await waitUntil(() => dialog.open, 'the confirmation opens');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open && deepActive() === remove, 'Escape closes it and focus returns to the delete button');
    expect(sourceItem(element, 'Werken bij HU (voorbeeld)'), 'nothing was deleted').to.not.equal(undefined);
  });

  it('reflows to 320 px without horizontal scrolling: list, open report, form with errors', async () => {
    await setViewport({ width: 320, height: 640 });
    const noHorizontalScroll = (element: MobilityHrFeeds, what: string) => {
      expect(document.documentElement.scrollWidth, `${what}: page width`).to.be.at.most(window.innerWidth);
      for (const node of [element, ...parts(element, 'source'), ...parts(element, 'form')]) {
        expect(node.scrollWidth, `${what}: ${node.getAttribute('part') ?? node.localName}`).to.be.at.most(node.clientWidth + 1);
      }
    };
    const { element } = await feedsFor(ORG);
    parts<HTMLDetailsElement>(element, 'skipped').forEach((details) => (details.open = true));
    await element.updateComplete;
    noHorizontalScroll(element, 'list');
    part<HTMLButtonElement>(element, 'add-button')!.click();
    await element.updateComplete;
    await typeInto(element, 'url', `https://werkenbij.example.nl/${'heel-lang-pad/'.repeat(12)}`);
    (shadow(element).querySelector('form[part="form"]') as HTMLFormElement).requestSubmit();
    await waitUntil(() => part(element, 'error-summary') !== null, 'errors shown');
    noHorizontalScroll(element, 'form');
    await expect(element).to.be.accessible();
  });
});
