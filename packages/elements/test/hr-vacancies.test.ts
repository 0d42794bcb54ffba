/**
 * `<mobility-hr-vacancies>` in Chromium against the real reference server, as HR of Hanzehogeschool
 * Groningen (in the Noorderlink network). The server is shared with every other test file: the
 * vacancies made here are internal with unique ids and every one is closed again in `after`, so no
 * other file's counts of public vacancies change.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/provider/define.js';
import '../src/hr-vacancies/define.js';
import { amsterdamToday, HrVacancy, HrVacancyPage } from '@mobility-kit/contract';
import type { MobilityHrVacancies } from '../src/hr-vacancies/mobility-hr-vacancies.js';
import { apiUrl, brokenApi, brokenStats, devToken, part, parts, shadow, uniqueId, watchUncaught } from './support.js';
import { sessionOf } from './session-support.js';

const ORG = 'hanzehogeschool-groningen';
/** An organisation whose vacancies no test closes: its "closed" list stays empty. */
const QUIET_ORG = 'noordwerk-techniek';

let hrToken = '';
/** Every vacancy this file creates, closed again in `after`. */
const created = new Set<string>();

async function api(method: string, path: string, body?: unknown, token = hrToken): Promise<Response> {
  return fetch(`${apiUrl()}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** An internal vacancy of ORG made through the API, for the list, close and reopen tests. */
async function createVacancy(overrides: Record<string, unknown> = {}): Promise<HrVacancy> {
  const id = `${ORG}-hrtest-${uniqueId()}`;
  const response = await api('POST', '/v1/hr/vacancies', {
    id,
    title: `Testvacature ${id.slice(-8)}`,
    description: 'Je werkt aan **goed onderwijs**.\n\n- lesgeven\n- onderzoek',
    kind: 'vacancy',
    visibility: 'internal',
    location: { city: 'Groningen', pc4: '9747' },
    workplace: 'hybrid',
    hoursPerWeek: { min: 24, max: 32 },
    contract: 'permanent',
    validThrough: '2099-06-30',
    language: 'nl',
    ...overrides,
  });
  expect(response.status, await response.clone().text()).to.equal(201);
  const vacancy = HrVacancy.parse(await response.json());
  created.add(vacancy.id);
  return vacancy;
}

async function hrList(token = hrToken): Promise<HrVacancy[]> {
  const response = await api('GET', '/v1/hr/vacancies?limit=100', undefined, token);
  expect(response.status).to.equal(200);
  return HrVacancyPage.parse(await response.json()).items;
}

async function settled(element: MobilityHrVacancies): Promise<void> {
  await waitUntil(
    () => {
      const content = shadow(element).querySelector('.hr-content');
      return content?.getAttribute('aria-busy') === 'false' && (part(element, 'list') || part(element, 'empty') || part(element, 'error') || part(element, 'sign-in') || part(element, 'role-notice'));
    },
    'the element settles',
    { timeout: 12000, interval: 20 },
  );
}

async function mount(options: { token?: string; lang?: string; status?: string } = {}): Promise<MobilityHrVacancies> {
  const token = options.token ?? hrToken;
  const provider = await fixture(html`<mobility-provider base-url=${apiUrl()} lang=${options.lang ?? 'nl'} .token=${token}>
    <mobility-hr-vacancies status=${options.status ?? 'all'}></mobility-hr-vacancies>
  </mobility-provider>`);
  const element = provider.querySelector<MobilityHrVacancies>('mobility-hr-vacancies')!;
  await settled(element);
  return element;
}

const $ = <E extends Element = HTMLElement>(element: Element, selector: string) => shadow(element).querySelector<E>(selector);
const active = (element: Element) => shadow(element).activeElement as HTMLElement | null;
const status = (element: Element) => part(element, 'status')?.textContent?.trim() ?? '';
const itemOf = (element: Element, id: string) => $(element, `li[data-id="${id}"]`);

/** Press Tab (only the keyboard) until focus is on `selector` in the element; fails after `max` presses. */
async function tabTo(element: MobilityHrVacancies, selector: string, max = 80): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    const focused = active(element);
    if (focused?.matches(selector)) return focused;
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Type a calendar date into a focused `<input type="date">` in the order of the browser's locale. */
async function typeDate(date: string): Promise<void> {
  const [year, month, day] = date.split('-') as [string, string, string];
  const order = new Intl.DateTimeFormat(navigator.language)
    .formatToParts(new Date(Date.UTC(2001, 1, 3)))
    .filter((p) => p.type === 'year' || p.type === 'month' || p.type === 'day')
    .map((p) => p.type);
  for (const type of order) await sendKeys({ type: type === 'year' ? year : type === 'month' ? month : day });
}

describe('<mobility-hr-vacancies>', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  before(async () => {
    hrToken = await devToken(ORG, 'hr');
  });
  after(async () => {
    // Leave nothing open that this file made.
    for (const id of created) await api('POST', `/v1/hr/vacancies/${id}/close`);
    const open = (await hrList()).filter((v) => created.has(v.id) && v.status === 'open');
    expect(open.map((v) => v.id), 'every vacancy made here is closed again').to.deep.equal([]);
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
    const element = await fixture<MobilityHrVacancies>(html`<mobility-hr-vacancies base-url=${brokenApi('slow')}></mobility-hr-vacancies>`);
    expect($(element, '.hr-content')!.getAttribute('aria-busy')).to.equal('true');
    expect(part(element, 'skeleton')).to.not.equal(null);
    expect(status(element)).to.equal('Vacatures laden…');
    await expect(element).to.be.accessible();
    await settled(element);
  });

  it('shows an error with a retry that asks again, and is accessible', async () => {
    const id = uniqueId();
    const element = await fixture<MobilityHrVacancies>(html`<mobility-hr-vacancies base-url=${brokenApi('server-error', id)}></mobility-hr-vacancies>`);
    await settled(element);
    expect(part(element, 'error')!.textContent).to.contain('Er ging iets mis op de server');
    expect(status(element)).to.equal('Vacatures konden niet worden geladen');
    await expect(element).to.be.accessible();
    const before = (await brokenStats(id)).hits;
    part<HTMLButtonElement>(element, 'retry-button')!.click();
    await waitUntil(async () => (await brokenStats(id)).hits > before, 'the retry asks again', { timeout: 5000 });
    await settled(element);
    expect(part(element, 'error')).to.not.equal(null);
  });

  it('asks nobody signed in to sign in, tells an employee it is for HR, and requests nothing', async () => {
    const id = uniqueId();
    const anonymous = sessionOf('anonymous');
    const provider = await fixture(html`<test-session-provider .session=${anonymous.session}>
      <mobility-hr-vacancies base-url=${brokenApi('server-error', id)}></mobility-hr-vacancies>
    </test-session-provider>`);
    const element = provider.querySelector<MobilityHrVacancies>('mobility-hr-vacancies')!;
    await settled(element);
    expect(part(element, 'sign-in')!.textContent).to.contain('Log in om vacatures te beheren');
    await expect(element).to.be.accessible();
    part<HTMLButtonElement>(element, 'sign-in-button')!.click();
    expect(anonymous.calls).to.deep.equal(['signIn']);

    const employee = sessionOf('signed-in', { user: { name: 'Sam', organisation: ORG, organisationName: 'Hanzehogeschool Groningen', role: 'employee' } });
    (provider as unknown as { session: unknown }).session = employee.session;
    await waitUntil(() => part(element, 'role-notice'), 'the role notice', { timeout: 5000 });
    expect(part(element, 'role-notice')!.textContent).to.contain('Alleen voor HR');
    await expect(element).to.be.accessible();
    expect((await brokenStats(id)).hits, 'nothing requested before an HR user signs in').to.equal(0);
  });

  it('lists every vacancy of the own organisation with who sees it now and the next step in words, and is accessible', async () => {
    const staged = await createVacancy({ stages: [{ visibility: 'sector', from: '2098-01-12' }, { visibility: 'public', from: '2098-01-26' }] });
    const element = await mount();
    const expected = await hrList();
    expect(parts(element, 'item').length).to.equal(Math.min(50, expected.length));
    expect(status(element)).to.equal(`${parts(element, 'item').length} vacatures geladen`);
    const item = itemOf(element, staged.id)!;
    expect(item.querySelector('[data-fact="visibility"]')!.textContent!.trim()).to.equal('Alleen medewerkers van Hanzehogeschool Groningen');
    expect(item.querySelector('[data-fact="next"]')!.textContent!.trim()).to.equal('Vanaf 12 januari 2098 ook partners in Noorderlink');
    expect(item.textContent).to.contain('30 juni 2099');
    expect(item.textContent).to.contain('Open');
    for (const button of item.querySelectorAll('button')) expect(button.getAttribute('aria-describedby')).to.equal(`item-${staged.id}`);
    await expect(element).to.be.accessible();
  });

  it('shows an empty state for a filter without vacancies, and is accessible', async () => {
    const element = await mount({ token: await devToken(QUIET_ORG, 'hr'), status: 'closed' });
    expect(part(element, 'empty')!.textContent).to.contain('Nog geen vacatures');
    expect(status(element)).to.equal('Nog geen vacatures');
    await expect(element).to.be.accessible();
  });

  it('creates a vacancy by keyboard only: Markdown preview, a stage on the timeline in words, the employee view, saved and listed', async () => {
    const element = await mount();
    const title = `Docent verpleegkunde ${uniqueId()}`;
    await tabTo(element, '#new-vacancy');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(part(element, 'form')).to.not.equal(null);
    expect(active(element)!.id, 'focus moves to the first field').to.equal('f-title');
    await sendKeys({ type: title });
    await tabTo(element, '#f-description');
    await sendKeys({ type: 'Je geeft **les** in de zorg.' });
    await element.updateComplete;
    expect(part(element, 'markdown-preview')!.querySelector('strong')!.textContent, 'the live preview renders the Markdown').to.equal('les');

    // The timeline: internal first, then a stage for the network.
    await tabTo(element, '[part~="add-stage-button"]');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(active(element)!.id, 'focus moves to the new stage').to.equal('f-stage-0-from');
    await typeDate('2098-01-12');
    await element.updateComplete;
    const sentence = () => part(element, 'timeline-sentence')!.querySelector('.hr-sentence')!.textContent!.trim();
    expect(sentence()).to.equal('Tot 12 januari 2098 alleen medewerkers van Hanzehogeschool Groningen, daarna ook partners in Noorderlink.');

    await tabTo(element, '#f-city');
    await sendKeys({ type: 'Groningen' });
    await tabTo(element, '#f-hoursMin');
    await sendKeys({ type: '24' });
    await tabTo(element, '#f-hoursMax');
    await sendKeys({ type: '32' });
    await tabTo(element, '#f-validThrough');
    await typeDate('2098-03-01');
    await element.updateComplete;
    expect(sentence()).to.contain('Reageren kan tot en met 1 maart 2098.');

    // Complete: the employee's card appears, expanded, with the rendered description.
    const card = part(element, 'employee-view')!.querySelector('[part="card"]');
    expect(card, 'the real vacancy card').to.not.equal(null);
    expect(card!.textContent).to.contain(title);
    expect(card!.querySelector('.description strong')!.textContent).to.equal('les');
    await expect(element).to.be.accessible();

    await tabTo(element, '[part~="save-button"]');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(element, 'list') && status(element).includes('is aangemaakt'), 'saved and back in the list', { timeout: 12000 });
    const stored = (await hrList()).find((v) => v.title === title);
    expect(stored, 'stored through the API').to.not.equal(undefined);
    created.add(stored!.id);
    expect(stored!.id.startsWith(`${ORG}-`)).to.equal(true);
    expect(stored!.visibility).to.equal('internal');
    expect(stored!.stages).to.deep.equal([{ visibility: 'sector', from: '2098-01-12' }]);
    expect(stored!.hoursPerWeek).to.deep.equal({ min: 24, max: 32 });
    expect(stored!.validThrough).to.equal('2098-03-01');
    expect(active(element)!.id, 'focus on the new vacancy').to.equal(`edit-${stored!.id}`);
    expect(itemOf(element, stored!.id)).to.not.equal(null);
  });

  it('shows the contract’s refusals inline, translated, next to each field, keeps what was typed, and the stage rule', async () => {
    const element = await mount();
    $<HTMLButtonElement>(element, '#new-vacancy')!.click();
    await element.updateComplete;
    const title = $<HTMLInputElement>(element, '#f-title')!;
    const pc4 = $<HTMLInputElement>(element, '#f-pc4')!;
    pc4.value = '97';
    pc4.dispatchEvent(new Event('input'));
    const hours = $<HTMLInputElement>(element, '#f-hoursMin')!;
    hours.value = 'veel';
    hours.dispatchEvent(new Event('input'));
    await element.updateComplete;
    part<HTMLButtonElement>(element, 'save-button')!.click();
    await element.updateComplete;
    await waitUntil(() => active(element) === title, 'focus on the first refused field', { timeout: 3000 });
    const errorOf = (field: string) => $(element, `#e-${field}`)?.textContent?.trim();
    expect(errorOf('title')).to.equal('Vul dit veld in.');
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(title.getAttribute('aria-describedby')).to.contain('e-title');
    expect(errorOf('pc4')).to.equal('Vul vier cijfers in, bijvoorbeeld 3584.');
    expect(errorOf('hoursMin')).to.equal('Vul een getal in.');
    expect(errorOf('validThrough')).to.equal('Vul dit veld in.');
    expect(part(element, 'form-message')!.textContent).to.match(/velden zijn nog niet goed ingevuld/);
    expect(status(element)).to.match(/velden zijn nog niet goed ingevuld/);
    expect(pc4.value, 'nothing typed is lost').to.equal('97');
    expect(hours.value).to.equal('veel');
    await expect(element).to.be.accessible();

    // Fixing a field clears its message as one types.
    pc4.value = '9747';
    pc4.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(errorOf('pc4')).to.equal(undefined);

    // The stage rule: a stage must open wider than the visibility before it.
    const visibility = $<HTMLSelectElement>(element, '#f-visibility')!;
    visibility.value = 'public';
    visibility.dispatchEvent(new Event('change'));
    part<HTMLButtonElement>(element, 'add-stage-button')!.click();
    await element.updateComplete;
    const from = $<HTMLInputElement>(element, '#f-stage-0-from')!;
    from.value = '2098-01-12';
    from.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(errorOf('stages')).to.equal('Elke stap moet breder openen dan de vorige (eigen medewerkers → partners → iedereen), op een latere datum.');
    expect(from.getAttribute('aria-invalid')).to.equal('true');
    expect(part(element, 'timeline')!.closest('fieldset')!.textContent).to.contain('op een steeds latere datum');
  });

  it('shows a 400 from the API next to the field its invalidParams name', async () => {
    const element = await mount();
    $<HTMLButtonElement>(element, '#new-vacancy')!.click();
    await element.updateComplete;
    const fill = (id: string, value: string) => {
      const input = $<HTMLInputElement | HTMLTextAreaElement>(element, `#f-${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    // A well-formed id of another organisation: the contract accepts it, the server names `id`.
    fill('id', 'andere-organisatie-docent');
    fill('title', 'Docent met een geleende code');
    fill('description', 'Tekst.');
    fill('city', 'Groningen');
    fill('hoursMin', '8');
    fill('hoursMax', '16');
    fill('validThrough', '2098-05-01');
    await element.updateComplete;
    part<HTMLButtonElement>(element, 'save-button')!.click();
    await waitUntil(() => $(element, '#e-id'), 'the server’s refusal next to the id', { timeout: 12000 });
    expect($(element, '#e-id')!.textContent).to.contain('De server weigerde dit: must start with "hanzehogeschool-groningen-"');
    expect(part(element, 'form-message')!.textContent).to.contain('De server accepteerde de vacature niet');
    expect(active(element)!.id).to.equal('f-id');
    expect($<HTMLInputElement>(element, '#f-title')!.value, 'nothing typed is lost').to.equal('Docent met een geleende code');
    await expect(element).to.be.accessible();
    expect((await hrList()).some((v) => v.title === 'Docent met een geleende code'), 'nothing stored').to.equal(false);
  });

  it('closes after a confirmation dialog and reopens, with focus and the live region following', async () => {
    const vacancy = await createVacancy();
    const element = await mount();
    const close = $<HTMLButtonElement>(element, `#close-${vacancy.id}`)!;
    close.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = $<HTMLDialogElement>(element, '#close-dialog')!;
    await waitUntil(() => dialog.open, 'the dialog opens');
    expect(dialog.textContent).to.contain(`${vacancy.title} sluiten?`);
    await expect(element).to.be.accessible();
    // Escape cancels and returns focus to the button.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open && active(element) === close, 'cancelled, focus back');
    expect((await hrList()).find((v) => v.id === vacancy.id)!.status).to.equal('open');

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog.open, 'the dialog opens again');
    const confirm = dialog.querySelector<HTMLButtonElement>('[part~="confirm-close-button"]')!;
    confirm.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => itemOf(element, vacancy.id)?.dataset.status === 'closed', 'shown as closed', { timeout: 12000 });
    expect(status(element)).to.equal(`${vacancy.title} is gesloten.`);
    await waitUntil(() => active(element)?.id === `reopen-${vacancy.id}`, 'focus on the reopen button');
    expect((await hrList()).find((v) => v.id === vacancy.id)!.status).to.equal('closed');
    await expect(element).to.be.accessible();

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => itemOf(element, vacancy.id)?.dataset.status === 'open', 'shown as open again', { timeout: 12000 });
    expect(status(element)).to.equal(`${vacancy.title} is heropend.`);
    await waitUntil(() => active(element)?.id === `close-${vacancy.id}`, 'focus on the close button');
    expect((await hrList()).find((v) => v.id === vacancy.id)!.status).to.equal('open');
  });

  it('reopens a vacancy whose closing date has passed only with a new date, asked in a dialog', async () => {
    const vacancy = await createVacancy({ datePosted: '2020-01-06', validThrough: '2020-02-01' });
    await api('POST', `/v1/hr/vacancies/${vacancy.id}/close`);
    const element = await mount({ status: 'closed' });
    const reopen = $<HTMLButtonElement>(element, `#reopen-${vacancy.id}`)!;
    reopen.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = $<HTMLDialogElement>(element, '#reopen-dialog')!;
    await waitUntil(() => dialog.open, 'the dialog opens');
    expect(dialog.textContent).to.contain('1 februari 2020');
    const date = $<HTMLInputElement>(element, '#reopen-date')!;
    date.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(element, '#reopen-error'), 'a message for the empty date');
    expect($(element, '#reopen-error')!.textContent).to.contain('Vul dit veld in.');
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    await expect(element).to.be.accessible();

    const next = `${Number(amsterdamToday().slice(0, 4)) + 1}-06-30`;
    await typeDate(next);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !dialog.open && itemOf(element, vacancy.id)?.dataset.status === 'open', 'reopened', { timeout: 12000 });
    const stored = (await hrList()).find((v) => v.id === vacancy.id)!;
    expect(stored.status).to.equal('open');
    expect(stored.validThrough).to.equal(next);
  });

  it('shows a vacancy as an employee will see it, in the card of <mobility-vacancies>, and goes back', async () => {
    const vacancy = await createVacancy({ summary: 'Een korte samenvatting.', applyUrl: 'https://werken.hanze.example/123' });
    const element = await mount();
    const button = $<HTMLButtonElement>(element, `#preview-${vacancy.id}`)!;
    button.click();
    await element.updateComplete;
    const view = part(element, 'employee-view')!;
    const card = view.querySelector('[part="card"]')!;
    expect(card.querySelector('[part~="title-button"]')!.textContent).to.contain(vacancy.title);
    expect(card.querySelector('[part~="title-button"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(card.querySelector('.description strong')!.textContent).to.equal('goed onderwijs');
    expect(card.querySelector('[part~="badge-visibility"]')!.textContent!.trim()).to.equal('Intern');
    expect(card.querySelector<HTMLAnchorElement>('[part~="apply-link"]')!.href).to.equal('https://werken.hanze.example/123');
    expect(card.textContent).to.contain('Hanzehogeschool Groningen');
    await expect(element).to.be.accessible();
    part<HTMLButtonElement>(element, 'back-button')!.click();
    await waitUntil(() => active(element) === $(element, `#preview-${vacancy.id}`), 'focus back on the preview button');
  });

  it('edits a stored vacancy: every field prefilled, a change saved, emptied optional fields removed', async () => {
    const vacancy = await createVacancy({ summary: 'Weg ermee', priority: { group: 'redeployment', until: '2098-01-01' } });
    const element = await mount();
    $<HTMLButtonElement>(element, `#edit-${vacancy.id}`)!.click();
    await element.updateComplete;
    expect($<HTMLInputElement>(element, '#f-title')!.value).to.equal(vacancy.title);
    expect($<HTMLSelectElement>(element, '#f-priorityGroup')!.value).to.equal('redeployment');
    expect(part(element, 'timeline-sentence')!.textContent).to.contain('Herplaatsingskandidaten hebben voorrang tot en met 1 januari 2098.');
    const summary = $<HTMLTextAreaElement>(element, '#f-summary')!;
    summary.value = '';
    summary.dispatchEvent(new Event('input'));
    const title = $<HTMLInputElement>(element, '#f-title')!;
    title.value = `${vacancy.title} (gewijzigd)`;
    title.dispatchEvent(new Event('input'));
    await element.updateComplete;
    part<HTMLButtonElement>(element, 'save-button')!.click();
    await waitUntil(() => status(element).includes('is opgeslagen'), 'saved', { timeout: 12000 });
    const stored = (await hrList()).find((v) => v.id === vacancy.id)!;
    expect(stored.title).to.equal(`${vacancy.title} (gewijzigd)`);
    expect(stored.summary).to.equal(undefined);
    expect(stored.priority).to.deep.equal({ group: 'redeployment', until: '2098-01-01' });
  });

  it('speaks English with lang="en"', async () => {
    const element = await mount({ lang: 'en' });
    expect($(element, '#title')!.textContent).to.equal('Manage vacancies');
    expect($(element, '#new-vacancy')!.textContent!.trim()).to.equal('New vacancy');
    expect(parts(element, 'item')[0]!.textContent).to.match(/Visible now to|Applications until/);
    await expect(element).to.be.accessible();
  });

  it('reflows to 320 px without sideways scrolling in the list, the form and the employee view, and is accessible there', async () => {
    await setViewport({ width: 320, height: 640 });
    const vacancy = await createVacancy({ stages: [{ visibility: 'public', from: '2098-02-01' }] });
    const element = await mount();
    const noSideways = (what: string) => {
      expect(document.documentElement.scrollWidth, `${what}: page`).to.be.at.most(window.innerWidth);
      const root = $(element, '.root')!;
      expect(root.scrollWidth, `${what}: element`).to.be.at.most(root.clientWidth + 1);
      for (const node of shadow(element).querySelectorAll<HTMLElement>('.hr-item, .hr-section, .hr-timeline, .card')) {
        expect(node.scrollWidth, `${what}: ${node.className}`).to.be.at.most(node.clientWidth + 1);
      }
    };
    noSideways('list');
    await expect(element).to.be.accessible();
    $<HTMLButtonElement>(element, `#edit-${vacancy.id}`)!.click();
    await element.updateComplete;
    noSideways('form');
    await expect(element).to.be.accessible();
    part<HTMLButtonElement>(element, 'back-button')!.click();
    await element.updateComplete;
    $<HTMLButtonElement>(element, `#preview-${vacancy.id}`)!.click();
    await element.updateComplete;
    noSideways('employee view');
  });

  it('in forced colours: accessible, with the timeline and items drawn in system colours', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const vacancy = await createVacancy({ stages: [{ visibility: 'sector', from: '2098-02-01' }] });
      const element = await mount();
      expect(getComputedStyle(itemOf(element, vacancy.id)!).borderTopStyle).to.equal('solid');
      await expect(element).to.be.accessible();
      $<HTMLButtonElement>(element, `#edit-${vacancy.id}`)!.click();
      await element.updateComplete;
      expect(getComputedStyle(part(element, 'timeline')!).borderInlineStartStyle).to.equal('solid');
      await expect(element).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });
});
