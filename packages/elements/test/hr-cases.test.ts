/**
 * `<mobility-hr-cases>` in Chromium against the real reference server. Cases are created in
 * organisations no other test counts on (Avans; Saxion stays empty), under unique ids, and removed
 * again afterwards.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/provider/define.js';
import '../src/hr-cases/define.js';
import { CaseRecord, type CaseRecord as CaseRecordValue } from '@mobility-kit/contract';
import type { MobilityHrCases } from '../src/hr-cases/mobility-hr-cases.js';
import { apiUrl, brokenApi, brokenStats, devToken, part, parts, shadow, uniqueId, watchUncaught } from './support.js';
import { sessionOf, type TestSessionProvider } from './session-support.js';

const ORG = 'avans-hogeschool';
/** Never given a case by any test. */
const EMPTY_ORG = 'saxion';
const UNIT = 'Academie voor Testen';

let hrToken = '';
const created = new Set<string>();

const caseId = () => `HRC-${uniqueId()}`.toUpperCase();

async function api(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${apiUrl()}${path}`, {
    method,
    headers: { authorization: `Bearer ${hrToken}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

async function storedCase(id: string): Promise<CaseRecordValue | undefined> {
  const response = await api('GET', `/v1/hr/cases/${id}`);
  if (response.status === 404) return undefined;
  expect(response.status).to.equal(200);
  return CaseRecord.parse(await response.json());
}

async function apiCreate(record: CaseRecordValue): Promise<void> {
  created.add(record.id);
  expect((await api('POST', '/v1/hr/cases', record)).status).to.equal(201);
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const status = (element: MobilityHrCases) => text(part(element, 'status'));
const $ = <E extends Element = HTMLElement>(element: Element, selector: string) => shadow(element).querySelector<E>(selector);

async function listSettled(element: MobilityHrCases): Promise<void> {
  await waitUntil(
    () => part(element, 'content')?.getAttribute('aria-busy') === 'false' && (part(element, 'table') || part(element, 'empty') || part(element, 'error') || part(element, 'role-notice') || part(element, 'sign-in')),
    'the list settles',
    { timeout: 12000, interval: 20 },
  );
}

async function registerFor(organisation: string, attributes: { lang?: string; pageSize?: number } = {}): Promise<MobilityHrCases> {
  const token = await devToken(organisation, 'hr');
  const provider = await fixture(html`<mobility-provider base-url=${apiUrl()} lang=${attributes.lang ?? 'nl'} .token=${token}>
    <mobility-hr-cases page-size=${attributes.pageSize ?? 25}></mobility-hr-cases>
  </mobility-provider>`);
  const element = provider.querySelector('mobility-hr-cases')!;
  await listSettled(element);
  return element;
}

/** Focus a control and press keys, as a keyboard user would. */
async function press(control: HTMLElement, ...keys: string[]): Promise<void> {
  control.focus();
  for (const key of keys) await sendKeys({ press: key });
}

async function typeInto(control: HTMLElement, value: string): Promise<void> {
  control.focus();
  await sendKeys({ type: value });
}

/** Choose an option of a select with the keyboard: arrow keys until its value matches. */
async function chooseByKeyboard(select: HTMLSelectElement, value: string): Promise<void> {
  select.focus();
  for (let i = 0; i < 12 && select.value !== value; i++) await sendKeys({ press: 'ArrowDown' });
  for (let i = 0; i < 12 && select.value !== value; i++) await sendKeys({ press: 'ArrowUp' });
  expect(select.value, `${select.id} chosen by keyboard`).to.equal(value);
}

/** Type a date into a native date input with the keyboard, in the order its locale shows. */
async function typeDate(input: HTMLInputElement, date: string): Promise<void> {
  const [y, m, d] = date.split('-');
  const order = new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(Date.UTC(2025, 0, 31))).filter((p) => p.type !== 'literal').map((p) => p.type);
  input.focus();
  for (const type of order) await sendKeys({ type: type === 'year' ? y! : type === 'month' ? m! : d! });
  expect(input.value, `${input.id} typed by keyboard`).to.equal(date);
}

function noHorizontalScroll(element: MobilityHrCases, what: string): void {
  expect(document.documentElement.scrollWidth, `${what}: page width`).to.be.at.most(window.innerWidth);
  for (const node of [element, part(element, 'content')!, ...parts(element, 'filters'), ...parts(element, 'form'), ...parts(element, 'drop-zone')]) {
    expect(node.scrollWidth, `${what}: ${node.getAttribute('part') ?? node.localName}`).to.be.at.most(node.clientWidth + 1);
  }
}

/** Give the file input a file, as choosing one in the file dialog does. */
function chooseFile(element: MobilityHrCases, name: string, content: string): void {
  const input = $<HTMLInputElement>(element, '#csv-file')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'text/csv' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const header = 'id,unit,staffGroup,startDate,trigger,route,outcome,endDate,trajectoryCosts,benefitCosts';

describe('<mobility-hr-cases>', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  before(async () => {
    hrToken = await devToken(ORG, 'hr');
  });
  beforeEach(() => {
    uncaught = watchUncaught();
  });
  afterEach(async () => {
    uncaught.stop();
    uncaught.assertNone();
    await setViewport({ width: 800, height: 600 });
  });
  after(async () => {
    for (const id of created) await api('DELETE', `/v1/hr/cases/${id}`);
  });

  it('is accessible while loading: aria-busy, a skeleton and a status', async () => {
    const element = await fixture<MobilityHrCases>(html`<mobility-hr-cases base-url=${brokenApi('slow')}></mobility-hr-cases>`);
    expect(part(element, 'content')!.getAttribute('aria-busy')).to.equal('true');
    expect(part(element, 'skeleton')).to.not.equal(null);
    expect(status(element)).to.equal('Dossiers laden…');
    await expect(element).to.be.accessible();
    await listSettled(element);
  });

  it('shows an error with a retry that asks again, accessibly', async () => {
    const id = uniqueId();
    const element = await fixture<MobilityHrCases>(html`<mobility-hr-cases base-url=${brokenApi('server-error', id)}></mobility-hr-cases>`);
    await listSettled(element);
    expect(text(part(element, 'error'))).to.contain('Er ging iets mis op de server');
    expect(status(element)).to.equal('De dossiers konden niet worden geladen');
    await expect(element).to.be.accessible();
    await press(part<HTMLButtonElement>(element, 'retry-button')!, 'Enter');
    await waitUntil(async () => (await brokenStats(id)).hits === 2, 'the retry asks again', { timeout: 5000 });
    await listSettled(element);
  });

  it('shows an empty register, and an empty filter result, accessibly', async () => {
    const element = await registerFor(EMPTY_ORG);
    expect(text(part(element, 'empty'))).to.contain('Nog geen dossiers');
    expect(status(element)).to.equal('Nog geen dossiers');
    await expect(element).to.be.accessible();
    await chooseByKeyboard($<HTMLSelectElement>(element, '#filter-status')!, 'closed');
    await press(part<HTMLButtonElement>(element, 'filter-button')!, 'Enter');
    await waitUntil(() => text(part(element, 'empty')).includes('Geen dossiers bij deze filters'), 'the filtered empty state');
    await expect(element).to.be.accessible();
  });

  it('asks to sign in, and tells an administrator or employee that only HR may use it, without asking the API', async () => {
    const { session } = sessionOf('anonymous');
    const provider = await fixture<TestSessionProvider>(html`<test-session-provider .session=${session}>
      <mobility-hr-cases base-url=${brokenApi('server-error')}></mobility-hr-cases>
    </test-session-provider>`);
    const element = provider.querySelector('mobility-hr-cases')!;
    await waitUntil(() => part(element, 'sign-in'), 'the call to action');
    expect(part(element, 'nav')).to.equal(null);
    await expect(element).to.be.accessible();
    for (const role of ['admin', 'employee'] as const) {
      provider.session = sessionOf('signed-in', { user: { organisation: ORG, role } }).session;
      await waitUntil(() => part(element, 'role-notice'), `the notice for ${role}`);
      expect(text(part(element, 'role-notice'))).to.contain('Alleen voor HR').and.contain('alleen voor HR-medewerkers');
      expect(part(element, 'table')).to.equal(null);
      await expect(element).to.be.accessible();
    }
  });

  it('records a case by keyboard: inline messages for what the contract refuses, a 409 next to the id, nothing typed lost', async () => {
    const element = await registerFor(ORG);
    await press(parts<HTMLButtonElement>(element, 'nav-button')[1]!, 'Enter');
    await waitUntil(() => part(element, 'form'), 'the form opens');
    expect(shadow(element).activeElement?.id, 'the form heading takes focus').to.equal('view-title');
    expect(text($(element, '#id-hint'))).to.contain('nooit een naam');
    // No field takes free text about a person: only the id, the unit and two amounts are text.
    const textInputs = [...shadow(element).querySelectorAll<HTMLInputElement>('.case-form input:not([type]), .case-form input[type="text"], .case-form textarea')].map((i) => i.id);
    expect(textInputs).to.deep.equal(['case-id', 'case-unit', 'case-trajectoryCosts', 'case-benefitCosts']);
    await expect(element).to.be.accessible();

    // Submitting the empty form: every missing field says so, focus goes to the first.
    await press(part<HTMLButtonElement>(element, 'save-button')!, 'Enter');
    await waitUntil(() => part(element, 'form-errors'), 'the form is refused');
    expect(shadow(element).activeElement?.id).to.equal('case-id');
    expect($(element, '#case-id')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(element, '#case-id')!.getAttribute('aria-describedby')).to.equal('id-hint id-error');
    expect(text($(element, '#id-error'))).to.equal('Vul dit veld in.');
    expect(text($(element, '#staffGroup-error'))).to.equal('Kies een van de mogelijkheden.');
    expect(status(element)).to.contain('niet opgeslagen');
    await expect(element).to.be.accessible();

    // A personnel number is refused by the contract's schema, in Dutch.
    const id = caseId();
    await typeInto($(element, '#case-id')!, '12345678');
    await typeInto($(element, '#case-unit')!, UNIT);
    await chooseByKeyboard($<HTMLSelectElement>(element, '#case-staffGroup')!, 'support');
    await typeDate($<HTMLInputElement>(element, '#case-startDate')!, '2025-02-03');
    await chooseByKeyboard($<HTMLSelectElement>(element, '#case-trigger')!, 'health');
    await chooseByKeyboard($<HTMLSelectElement>(element, '#case-route')!, 'outplacement');
    const costs = $<HTMLInputElement>(element, '#case-trajectoryCosts')!;
    costs.select();
    await typeInto(costs, '1250,50');
    await press(part<HTMLButtonElement>(element, 'save-button')!, 'Enter');
    await waitUntil(() => $(element, '#id-error'), 'the id is refused');
    expect(text($(element, '#id-error'))).to.contain('personeelsnummer');
    expect(Object.keys(shadow(element).querySelectorAll('.field-error'))).to.have.length(1);
    expect($<HTMLInputElement>(element, '#case-unit')!.value, 'nothing typed is lost').to.equal(UNIT);
    expect($<HTMLSelectElement>(element, '#case-route')!.value).to.equal('outplacement');

    // An id that exists already: the API's 409 next to the id field, the rest kept.
    const taken = caseId();
    await apiCreate({ id: taken, unit: UNIT, staffGroup: 'teaching', startDate: '2024-01-01', trigger: 'own-wish', route: 'secondment', trajectoryCosts: 0, benefitCosts: 0 });
    const idInput = $<HTMLInputElement>(element, '#case-id')!;
    idInput.select();
    await typeInto(idInput, taken);
    await press(part<HTMLButtonElement>(element, 'save-button')!, 'Enter');
    await waitUntil(() => text($(element, '#id-error')).includes('bestaat al'), 'the 409 is shown at the id');
    expect(shadow(element).activeElement?.id).to.equal('case-id');
    expect($<HTMLInputElement>(element, '#case-trajectoryCosts')!.value).to.equal('1250,50');
    await expect(element).to.be.accessible();

    // Fixed: saved, back in the list, announced.
    idInput.select();
    await typeInto(idInput, id);
    created.add(id);
    await press(part<HTMLButtonElement>(element, 'save-button')!, 'Enter');
    await waitUntil(() => status(element) === `Dossier ${id} is opgeslagen.`, 'saved and announced', { timeout: 8000 });
    await listSettled(element);
    expect(await storedCase(id)).to.deep.equal({
      id,
      unit: UNIT,
      staffGroup: 'support',
      startDate: '2025-02-03',
      trigger: 'health',
      route: 'outplacement',
      trajectoryCosts: 1250.5,
      benefitCosts: 0,
    });
    expect($(element, `tr[data-case="${id}"]`)).to.not.equal(null);
  });

  it("shows the API's 400 next to the field it names (the unit limit), keeping what was typed", async () => {
    // An organisation no test uses, filled to the limit of units for this test only.
    const organisation = 'fontys-hogescholen';
    const token = await devToken(organisation, 'hr');
    const ids = Array.from({ length: 100 }, (_, i) => `HRC-CAP-${String(i).padStart(3, '0')}`);
    const csv = [header, ...ids.map((id, i) => `${id},Eenheid ${i},support,2025-01-01,health,outplacement,,,0,0`)].join('\n');
    const imported = await fetch(`${apiUrl()}/v1/hr/cases/import`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' }, body: csv });
    expect(imported.status, await imported.clone().text()).to.equal(200);
    try {
      const element = await registerFor(organisation);
      element.view = 'create';
      await waitUntil(() => part(element, 'form'), 'the form');
      await typeInto($(element, '#case-id')!, 'HRC-CAP-NEW');
      await typeInto($(element, '#case-unit')!, 'Eenheid honderdeen');
      await chooseByKeyboard($<HTMLSelectElement>(element, '#case-staffGroup')!, 'teaching');
      await typeDate($<HTMLInputElement>(element, '#case-startDate')!, '2025-04-01');
      await chooseByKeyboard($<HTMLSelectElement>(element, '#case-trigger')!, 'conflict');
      await chooseByKeyboard($<HTMLSelectElement>(element, '#case-route')!, 'secondment');
      await press(part<HTMLButtonElement>(element, 'save-button')!, 'Enter');
      await waitUntil(() => $(element, '#unit-error'), 'the refusal at the unit field', { timeout: 8000 });
      expect(text($(element, '#unit-error'))).to.contain('De server accepteerde dit niet').and.contain('100 units');
      expect($(element, '#case-unit')!.getAttribute('aria-invalid')).to.equal('true');
      expect(shadow(element).activeElement?.id).to.equal('case-unit');
      expect($<HTMLInputElement>(element, '#case-id')!.value).to.equal('HRC-CAP-NEW');
      expect($<HTMLSelectElement>(element, '#case-route')!.value).to.equal('secondment');
      await expect(element).to.be.accessible();
    } finally {
      for (const id of ids) await fetch(`${apiUrl()}/v1/hr/cases/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
    }
  });

  it('edits and deletes a case by keyboard, with a confirmation', async () => {
    const id = caseId();
    await apiCreate({ id, unit: UNIT, staffGroup: 'teaching', startDate: '2025-01-06', trigger: 'reorganisation', route: 'internal-redeployment', trajectoryCosts: 100, benefitCosts: 0 });
    const element = await registerFor(ORG, { pageSize: 100 });
    const filterUnit = $<HTMLInputElement>(element, '#filter-unit')!;
    await typeInto(filterUnit, UNIT);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(element, `tr[data-case="${id}"]`), 'the case is listed');
    const row = () => $(element, `tr[data-case="${id}"]`)!;
    expect(text(row().querySelector('[part~="edit-button"]'))).to.equal(`Bewerken dossier ${id}`);

    await press(row().querySelector<HTMLButtonElement>('[part~="edit-button"]')!, 'Enter');
    await waitUntil(() => part(element, 'form'), 'the form opens');
    expect(text($(element, '#view-title'))).to.equal(`Dossier ${id} bewerken`);
    expect($(element, '#case-id'), 'the id is not editable').to.equal(null);
    // Close the case: the end date and outcome appear and are required.
    await press($<HTMLInputElement>(element, '#case-running')!, 'ArrowDown');
    await waitUntil(() => $(element, '#case-endDate'), 'end date appears');
    await typeDate($<HTMLInputElement>(element, '#case-endDate')!, '2024-12-01');
    await chooseByKeyboard($<HTMLSelectElement>(element, '#case-outcome')!, 'internal-job');
    await press(part<HTMLButtonElement>(element, 'save-button')!, 'Enter');
    await waitUntil(() => $(element, '#endDate-error'), 'an end before the start is refused');
    expect(text($(element, '#endDate-error'))).to.equal('De einddatum ligt vóór de begindatum.');
    const end = $<HTMLInputElement>(element, '#case-endDate')!;
    await typeDate(end, '2025-06-30');
    await press(part<HTMLButtonElement>(element, 'save-button')!, 'Enter');
    await waitUntil(() => status(element) === `De wijzigingen in dossier ${id} zijn opgeslagen.`, 'updated', { timeout: 8000 });
    expect(await storedCase(id)).to.include({ outcome: 'internal-job', endDate: '2025-06-30' });
    await listSettled(element);
    await waitUntil(() => $(element, `tr[data-case="${id}"]`), 'listed again');
    expect(text(row())).to.contain('Afgerond op');

    // Delete: a modal confirmation; Escape keeps the case, the confirming button deletes it.
    const deleteButton = row().querySelector<HTMLButtonElement>('[part~="delete-button"]')!;
    await press(deleteButton, 'Enter');
    const dialog = $<HTMLDialogElement>(element, '#delete-dialog')!;
    await waitUntil(() => dialog.open, 'the confirmation opens');
    expect(text(dialog.querySelector('#delete-title'))).to.equal(`Dossier ${id} verwijderen?`);
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'closed');
    expect(shadow(element).activeElement).to.equal(deleteButton);
    expect(await storedCase(id)).to.not.equal(undefined);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog.open, 'opens again');
    // Focus starts on "Annuleren"; Shift+Tab reaches "Verwijderen".
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(text(shadow(element).activeElement)).to.equal('Verwijderen');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(element) === `Dossier ${id} is verwijderd.`, 'deleted and announced', { timeout: 8000 });
    expect(await storedCase(id)).to.equal(undefined);
    created.delete(id);
    await listSettled(element);
    await waitUntil(() => !$(element, `tr[data-case="${id}"]`), 'gone from the list');
  });

  it('keeps a new case typed halfway while HR looks something up, and clears it only on "start over"', async () => {
    const element = await registerFor(ORG);
    const nav = () => parts<HTMLButtonElement>(element, 'nav-button');
    await press(nav()[1]!, 'Enter');
    await waitUntil(() => $(element, '#case-id'), 'the form opens');
    expect(nav().map((b) => b.getAttribute('aria-current'))).to.deep.equal(['false', 'page', 'false']);
    const id = caseId();
    await typeInto($<HTMLInputElement>(element, '#case-id')!, id);
    await typeInto($<HTMLInputElement>(element, '#case-unit')!, UNIT);
    await chooseByKeyboard($<HTMLSelectElement>(element, '#case-staffGroup')!, 'support');

    // To the list and the import and back: nothing typed is lost.
    await press(nav()[0]!, 'Enter');
    await listSettled(element);
    await press(nav()[2]!, 'Enter');
    await waitUntil(() => part(element, 'import'), 'the import screen');
    await press(nav()[1]!, 'Enter');
    await waitUntil(() => $(element, '#case-id'), 'the form again');
    expect($<HTMLInputElement>(element, '#case-id')!.value).to.equal(id);
    expect($<HTMLInputElement>(element, '#case-unit')!.value).to.equal(UNIT);
    expect($<HTMLSelectElement>(element, '#case-staffGroup')!.value).to.equal('support');
    await expect(element).to.be.accessible();

    // "Opnieuw beginnen" empties the form and puts focus on its first field.
    await press(part<HTMLButtonElement>(element, 'start-over-button')!, 'Enter');
    await waitUntil(() => $<HTMLInputElement>(element, '#case-id')!.value === '', 'emptied');
    expect($<HTMLInputElement>(element, '#case-unit')!.value).to.equal('');
    expect(shadow(element).activeElement?.id).to.equal('case-id');
    expect(status(element)).to.equal('Het formulier is leeggemaakt.');
    await press(nav()[0]!, 'Enter');
    await listSettled(element);
    await press(nav()[1]!, 'Enter');
    await waitUntil(() => $(element, '#case-id'), 'the form again');
    expect($<HTMLInputElement>(element, '#case-id')!.value).to.equal('');
  });

  it('asks before leaving an edit with unsaved changes; staying keeps them, and a new case typed before is still there', async () => {
    const id = caseId();
    await apiCreate({ id, unit: UNIT, staffGroup: 'teaching', startDate: '2025-01-06', trigger: 'reorganisation', route: 'internal-redeployment', trajectoryCosts: 100, benefitCosts: 0 });
    const element = await registerFor(ORG, { pageSize: 100 });
    const nav = () => parts<HTMLButtonElement>(element, 'nav-button');
    // A new case typed halfway first.
    await press(nav()[1]!, 'Enter');
    await waitUntil(() => $(element, '#case-id'), 'the form opens');
    await typeInto($<HTMLInputElement>(element, '#case-id')!, 'HALFWEG-1');
    await press(nav()[0]!, 'Enter');
    await listSettled(element);
    await typeInto($<HTMLInputElement>(element, '#filter-unit')!, UNIT);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(element, `tr[data-case="${id}"]`), 'the case is listed');

    // Opened and left unchanged: no question.
    await press($(element, `tr[data-case="${id}"]`)!.querySelector<HTMLButtonElement>('[part~="edit-button"]')!, 'Enter');
    await waitUntil(() => part(element, 'form'), 'the edit form');
    expect(nav().map((b) => b.getAttribute('aria-current')), 'editing is not "Nieuw dossier"').to.deep.equal(['false', 'false', 'false']);
    const dialog = $<HTMLDialogElement>(element, '#leave-dialog')!;
    await press(part<HTMLButtonElement>(element, 'cancel-button')!, 'Enter');
    await listSettled(element);
    expect(dialog.open).to.equal(false);

    // Changed: every way out asks first; staying keeps the change.
    await waitUntil(() => $(element, `tr[data-case="${id}"]`), 'listed');
    await press($(element, `tr[data-case="${id}"]`)!.querySelector<HTMLButtonElement>('[part~="edit-button"]')!, 'Enter');
    await waitUntil(() => part(element, 'form'), 'the edit form');
    await typeInto($<HTMLInputElement>(element, '#case-unit')!, ' 2');
    const toNew = nav()[1]!;
    await press(toNew, 'Enter');
    await waitUntil(() => dialog.open, 'asks first');
    expect(text(dialog)).to.contain('niet opgeslagen');
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'closed');
    expect(shadow(element).activeElement).to.equal(toNew);
    expect($<HTMLInputElement>(element, '#case-unit')!.value).to.equal(`${UNIT} 2`);
    expect(text($(element, '#view-title'))).to.equal(`Dossier ${id} bewerken`);

    // Leaving after all: the change is not stored, and the new case typed before is back.
    await press(toNew, 'Enter');
    await waitUntil(() => dialog.open, 'asks again');
    expect(text(dialog.querySelector('[part~="confirm-leave-button"]'))).to.equal('Niet opslaan en weggaan');
    dialog.querySelector<HTMLButtonElement>('[part~="confirm-leave-button"]')!.click();
    await waitUntil(() => $(element, '#case-id'), 'the new case form');
    expect(shadow(element).activeElement?.id, 'focus on the new screen').to.equal('view-title');
    expect($<HTMLInputElement>(element, '#case-id')!.value).to.equal('HALFWEG-1');
    expect((await storedCase(id))?.unit).to.equal(UNIT);
  });

  it('filters by state and start period, and pages with a cursor', async () => {
    const unit = `Filtereenheid ${uniqueId()}`;
    const ids = [caseId(), caseId(), caseId()].sort();
    await apiCreate({ id: ids[0]!, unit, staffGroup: 'teaching', startDate: '2024-02-01', trigger: 'own-wish', route: 'secondment', trajectoryCosts: 0, benefitCosts: 0 });
    await apiCreate({ id: ids[1]!, unit, staffGroup: 'support', startDate: '2024-05-01', trigger: 'health', route: 'outplacement', outcome: 'retired', endDate: '2024-10-01', trajectoryCosts: 10, benefitCosts: 5 });
    await apiCreate({ id: ids[2]!, unit, staffGroup: 'support', startDate: '2025-01-10', trigger: 'health', route: 'outplacement', trajectoryCosts: 0, benefitCosts: 0 });
    const element = await registerFor(ORG, { pageSize: 1 });
    const listed = () => [...shadow(element).querySelectorAll('tbody tr[data-case]')].map((tr) => tr.getAttribute('data-case'));
    await typeInto($<HTMLInputElement>(element, '#filter-unit')!, unit);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => listed()[0] === ids[0], 'the first page of the unit');
    expect(status(element)).to.equal('1 dossier op pagina 1');
    await press(part<HTMLButtonElement>(element, 'next-button')!, 'Enter');
    await waitUntil(() => listed()[0] === ids[1], 'the second page');
    expect(text(part(element, 'paging'))).to.contain('Pagina 2');
    await press(part<HTMLButtonElement>(element, 'previous-button')!, 'Enter');
    await waitUntil(() => listed()[0] === ids[0], 'back to the first page');

    element.pageSize = 10;
    await chooseByKeyboard($<HTMLSelectElement>(element, '#filter-status')!, 'closed');
    await press(part<HTMLButtonElement>(element, 'filter-button')!, 'Enter');
    await waitUntil(() => listed().join() === ids[1], 'only the closed case');
    const started = $<HTMLSelectElement>(element, '#filter-started')!;
    started.value = '2025-Q1';
    await chooseByKeyboard($<HTMLSelectElement>(element, '#filter-status')!, 'open');
    await press(part<HTMLButtonElement>(element, 'filter-button')!, 'Enter');
    await waitUntil(() => listed().join() === ids[2], 'only the open case of 2025-Q1');
    await expect(element).to.be.accessible();
    await press(part<HTMLButtonElement>(element, 'clear-button')!, 'Enter');
    const everything = ((await (await api('GET', '/v1/hr/cases?limit=10')).json()) as { items: CaseRecordValue[] }).items.map((c) => c.id);
    expect(everything).to.include.members(ids);
    await waitUntil(() => listed().join() === everything.join(), 'all cases again, as the API lists them');
    expect($<HTMLInputElement>(element, '#filter-unit')!.value).to.equal('');
  });

  it('imports a CSV file: every row error with its line and column and nothing stored, then the fixed file all at once', async () => {
    const element = await registerFor(ORG);
    await press(parts<HTMLButtonElement>(element, 'nav-button')[2]!, 'Enter');
    await waitUntil(() => part(element, 'import'), 'the import screen');
    // The documented columns are the contract's, in order.
    const documented = [...shadow(element).querySelectorAll('[part~="columns-table"] tbody th code')].map((c) => c.textContent);
    expect(documented).to.deep.equal(header.split(','));
    expect(text(part(element, 'columns'))).to.contain('outplacement (Outplacement)');
    await expect(element).to.be.accessible();

    const [a, b, c] = [caseId(), caseId(), caseId()];
    // One bad row: nothing stored, its line and column shown.
    const oneBad = [
      header,
      `${a},${UNIT},support,2025-02-03,health,outplacement,,,100,0`,
      `${b},${UNIT},support,2025-02-03,health,sabbatical,,,100,0`,
      `${c},${UNIT},teaching,2025-02-28,own-wish,secondment,,,1200.00,0`,
    ].join('\n');
    chooseFile(element, 'dossiers.csv', oneBad);
    await waitUntil(() => part(element, 'row-errors'), 'the row error is shown', { timeout: 8000 });
    const single = [...shadow(element).querySelectorAll('[part~="error-table"] tbody tr')].map((tr) => [...tr.children].map((cell) => text(cell)));
    expect(single.map(([line, column]) => [line, column])).to.deep.equal([['3', 'route']]);
    expect(text(part(element, 'row-errors'))).to.contain('dossiers.csv bevat 1 fout. Er is niets opgeslagen');
    // The input lets go of the file, so choosing the corrected file of the same name fires `change` again.
    expect($<HTMLInputElement>(element, '#csv-file')!.value, 'the file input is cleared').to.equal('');
    for (const id of [a, b, c]) expect(await storedCase(id), `${id} not stored`).to.equal(undefined);
    await press(part<HTMLButtonElement>(element, 'other-file-button')!, 'Enter');

    // Every error of a file is listed at once.
    const bad = [
      header,
      `${a},${UNIT},support,2025-02-03,health,outplacement,,,100,0`,
      `${b},${UNIT},support,2025-02-03,health,sabbatical,,,100,0`,
      `${c},${UNIT},teaching,2025-02-31,own-wish,secondment,,,"1.200,00",0`,
    ].join('\n');
    chooseFile(element, 'dossiers.csv', bad);
    await waitUntil(() => part(element, 'row-errors'), 'the row errors are shown', { timeout: 8000 });
    const rows = [...shadow(element).querySelectorAll('[part~="error-table"] tbody tr')].map((tr) => [...tr.children].map((cell) => text(cell)));
    expect(rows.map(([line, column]) => [line, column])).to.deep.equal([
      ['3', 'route'],
      ['4', 'trajectoryCosts'],
    ]);
    expect(rows[0]![2]).to.contain('Kies uit').and.contain('outplacement (Outplacement)');
    expect(text(part(element, 'row-errors'))).to.contain('Er is niets opgeslagen');
    expect(part(element, 'import-button'), 'no import of a file with errors').to.equal(null);
    expect(shadow(element).activeElement?.id).to.equal('import-outcome');
    for (const id of [a, b, c]) expect(await storedCase(id), `${id} not stored`).to.equal(undefined);
    await expect(element).to.be.accessible();

    // The fixed file, dropped on the box this time: checked, then stored all at once.
    const fixed = [
      header,
      `${a},${UNIT},support,2025-02-03,health,outplacement,,,100,0`,
      `${b},${UNIT},support,2025-02-03,health,ww-bww,benefits,2025-05-01,100,2000`,
      `${c},${UNIT},teaching,2025-02-28,own-wish,secondment,,,1200.00,0`,
    ].join('\r\n');
    await press(part<HTMLButtonElement>(element, 'other-file-button')!, 'Enter');
    expect(shadow(element).activeElement?.id).to.equal('csv-file');
    const transfer = new DataTransfer();
    transfer.items.add(new File([fixed], 'dossiers-verbeterd.csv', { type: 'text/csv' }));
    part(element, 'drop-zone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await waitUntil(() => part(element, 'import-button'), 'ready to import', { timeout: 8000 });
    expect(text(part(element, 'import-ready'))).to.contain('3 nieuwe dossiers').and.contain('Er is nog niets opgeslagen');
    for (const id of [a, b, c]) expect(await storedCase(id), `${id} not stored by the check`).to.equal(undefined);
    await expect(element).to.be.accessible();
    [a, b, c].forEach((id) => created.add(id));
    await press(part<HTMLButtonElement>(element, 'import-button')!, 'Enter');
    await waitUntil(() => part(element, 'import-done'), 'imported', { timeout: 8000 });
    expect(status(element)).to.equal('Import voltooid: 3 nieuwe dossiers, 0 vervangen.');
    expect((await storedCase(b))?.benefitCosts).to.equal(2000);
    expect((await storedCase(c))?.trajectoryCosts).to.equal(1200);
    expect(await storedCase(a)).to.not.equal(undefined);
    await expect(element).to.be.accessible();
  });

  it('offers an example file in the documented format that the server accepts', async () => {
    const element = await registerFor(EMPTY_ORG);
    await press(parts<HTMLButtonElement>(element, 'nav-button')[2]!, 'Enter');
    await waitUntil(() => part(element, 'example-button'), 'the import screen');
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return original.call(URL, blob);
    };
    try {
      await press(part<HTMLButtonElement>(element, 'example-button')!, 'Enter');
    } finally {
      URL.createObjectURL = original;
    }
    expect(blobs).to.have.length(1);
    const example = await blobs[0]!.text();
    expect(example.replace(/^\uFEFF/, '').split('\r\n')[0]).to.equal(header);
    // Checked by the server (a dry run: the empty organisation stays empty).
    chooseFile(element, 'voorbeeld-dossiers.csv', example);
    await waitUntil(() => part(element, 'import-ready'), 'the example passes the check', { timeout: 8000 });
    expect(text(part(element, 'import-ready'))).to.contain('2 nieuwe dossiers');
  });

  it('refuses an empty file and a file that is not UTF-8 text before sending it', async () => {
    const element = await registerFor(EMPTY_ORG);
    element.view = 'import';
    await waitUntil(() => $(element, '#csv-file'), 'the import screen');
    chooseFile(element, 'leeg.csv', '  \n');
    await waitUntil(() => $(element, '#csv-file-error'), 'a message at the file input');
    expect(text($(element, '#csv-file-error'))).to.equal('Dit bestand is leeg.');
    expect($(element, '#csv-file')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(element).to.be.accessible();
  });

  it('reflows to 320 px and stays accessible in the list, the form and the import errors', async () => {
    await apiCreate({ id: caseId(), unit: UNIT, staffGroup: 'support', startDate: '2025-03-01', trigger: 'conflict', route: 'ww-bww', outcome: 'benefits', endDate: '2025-09-30', trajectoryCosts: 12500.75, benefitCosts: 31000 });
    await setViewport({ width: 320, height: 640 });
    const element = await registerFor(ORG, { pageSize: 5 });
    expect(part(element, 'table')).to.not.equal(null);
    noHorizontalScroll(element, 'list');
    await expect(element).to.be.accessible();
    element.view = 'create';
    await waitUntil(() => part(element, 'form'), 'the form');
    part<HTMLButtonElement>(element, 'save-button')!.click();
    await waitUntil(() => part(element, 'form-errors'), 'refused');
    noHorizontalScroll(element, 'form with errors');
    await expect(element).to.be.accessible();
    element.view = 'import';
    await waitUntil(() => $(element, '#csv-file'), 'the import screen');
    chooseFile(element, 'fout.csv', `${header}\nX-1,${UNIT},support,2025-02-03,health,sabbatical,,,100,0\n`);
    await waitUntil(() => part(element, 'row-errors'), 'row errors', { timeout: 8000 });
    noHorizontalScroll(element, 'import errors');
    await expect(element).to.be.accessible();
  });

  it('keeps controls and messages visible in forced colours', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const element = await registerFor(ORG, { pageSize: 5 });
      await expect(element).to.be.accessible();
      element.view = 'create';
      await waitUntil(() => part(element, 'form'), 'the form');
      part<HTMLButtonElement>(element, 'save-button')!.click();
      await waitUntil(() => $(element, '#id-error'), 'refused');
      // The message is text, not colour alone, and the invalid field keeps a visible border.
      expect(text($(element, '#id-error'))).to.equal('Vul dit veld in.');
      expect(parseFloat(getComputedStyle($(element, '#case-id')!).borderTopWidth)).to.be.at.least(1);
      await expect(element).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('speaks English when asked', async () => {
    const element = await registerFor(EMPTY_ORG, { lang: 'en' });
    expect(text(part(element, 'empty'))).to.contain('No cases yet');
    element.view = 'create';
    await waitUntil(() => part(element, 'form'), 'the form');
    expect(text($(element, '#id-hint'))).to.contain('Never use a name');
  });
});
