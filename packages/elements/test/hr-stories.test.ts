import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/provider/define.js';
import '../src/hr-stories/define.js';
import { amsterdamToday, storyCacheMaxAgeSeconds, type StoryRecord } from '@mobility-kit/contract';
import type { MobilityHrStories } from '../src/hr-stories/mobility-hr-stories.js';
import { addDays } from '../src/hr-stories/story-state.js';
import { apiUrl, brokenApi, brokenStats, devToken, part, parts, shadow, uniqueId, watchUncaught } from './support.js';
import { sessionOf } from './session-support.js';

/**
 * Stories are written in an organisation no other test file counts stories of; every story made
 * here is withdrawn at the end, so none stays approved or live.
 */
const ORG = 'saxion';
/** An organisation without any story. */
const EMPTY_ORG = 'avans-hogeschool';

const created = new Set<string>();
let token = '';
const today = amsterdamToday();

async function api(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${apiUrl()}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** A draft story made straight through the API (not through the element). */
async function draft(name: string, extra: Record<string, unknown> = {}): Promise<StoryRecord> {
  const response = await api('POST', '/v1/hr/stories', {
    displayName: name,
    roleBefore: 'Docent wiskunde',
    orgBefore: 'Saxion',
    roleAfter: 'Teamleider',
    orgAfter: 'Saxion',
    moveType: 'internal',
    quote: 'Ik durfde het eindelijk.',
    body: 'Een **mooi** verhaal.\n\n- eerste stap\n- tweede stap',
    language: 'nl',
    cta: { label: 'Bekijk de vacatures', href: 'https://example.org/vacatures' },
    publishFrom: today,
    publishUntil: addDays(today, 60),
    ...extra,
  });
  expect(response.status, 'story created').to.equal(201);
  const record = (await response.json()) as StoryRecord;
  created.add(record.id);
  return record;
}

async function stored(id: string): Promise<StoryRecord> {
  const response = await api('GET', `/v1/hr/stories/${id}`);
  expect(response.status).to.equal(200);
  return (await response.json()) as StoryRecord;
}

async function settled(element: MobilityHrStories): Promise<void> {
  await waitUntil(
    () => part(element, 'content')?.getAttribute('aria-busy') === 'false' && (part(element, 'list') || part(element, 'empty') || part(element, 'error')),
    'the overview settles',
    { timeout: 12000, interval: 20 },
  );
}

async function hrStories(organisation = ORG, lang = 'nl'): Promise<MobilityHrStories> {
  const hrToken = await devToken(organisation, 'hr');
  const provider = await fixture(html`<mobility-provider base-url=${apiUrl()} lang=${lang} .token=${hrToken}>
    <mobility-hr-stories></mobility-hr-stories>
  </mobility-provider>`);
  const element = provider.querySelector('mobility-hr-stories')!;
  await settled(element);
  return element;
}

const root = (element: Element) => shadow(element);
const control = <E extends HTMLElement = HTMLInputElement>(element: Element, id: string) => {
  const found = root(element).querySelector<E>(`#${id}`);
  if (!found) throw new Error(`no #${id}`);
  return found;
};
const active = (element: Element): Element | null => root(element).activeElement;
const status = (element: Element) => part(element, 'status')!.textContent!.trim();
/** The error shown under a field (via its aria-describedby), or ''. */
const fieldError = (element: Element, id: string) => root(element).querySelector(`#${id}-error`)?.textContent?.trim() ?? '';

async function openStory(element: MobilityHrStories, record: StoryRecord): Promise<void> {
  control<HTMLButtonElement>(element, `edit-${record.id}`).click();
  await element.updateComplete;
  await waitUntil(() => part(element, 'form'), 'the editor opens');
}

/** Type into a field as a person does: focus it, select what is there, type. */
async function typeInto(element: MobilityHrStories, id: string, text: string): Promise<void> {
  const field = control(element, id);
  field.focus();
  (field as HTMLInputElement).select?.();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await element.updateComplete;
}

/** Press Tab until focus is on `selector` (inside the element), as a keyboard user would. */
async function tabTo(element: MobilityHrStories, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (active(element)?.matches(selector)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function jpeg(width = 64, height = 48): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#3a7';
  context.fillRect(0, 0, width, height);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.9));
  return new File([blob], 'portret.jpg', { type: 'image/jpeg' });
}

/** Choose a file in the photo field, as the browser does after the file picker closes. */
function chooseFile(element: MobilityHrStories, file: File): void {
  const input = control(element, 'photo');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<mobility-hr-stories>', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  before(async () => {
    token = await devToken(ORG, 'hr');
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
    // Leave nothing approved or live behind.
    for (const id of created) await api('POST', `/v1/hr/stories/${id}/withdraw`);
  });

  describe('states', () => {
    it('asks to sign in before anyone is signed in, and is accessible', async () => {
      const { session, calls } = sessionOf('anonymous');
      const provider = await fixture(html`<test-session-provider lang="nl" .session=${session}><mobility-hr-stories base-url=${brokenApi('server-error')}></mobility-hr-stories></test-session-provider>`);
      const element = provider.querySelector('mobility-hr-stories')!;
      await element.updateComplete;
      expect(part(element, 'sign-in')!.textContent).to.contain('Log in om de verhalen te beheren');
      await expect(element).to.be.accessible();
      part<HTMLButtonElement>(element, 'sign-in-button')!.click();
      expect(calls).to.deep.equal(['signIn']);
    });

    it('tells an employee it is for HR only, and is accessible', async () => {
      const { session } = sessionOf('signed-in', { user: { organisation: ORG, role: 'employee' } });
      const provider = await fixture(html`<test-session-provider lang="nl" .session=${session}><mobility-hr-stories base-url=${apiUrl()}></mobility-hr-stories></test-session-provider>`);
      const element = provider.querySelector('mobility-hr-stories')!;
      await element.updateComplete;
      expect(part(element, 'role-notice')!.textContent).to.contain('Alleen voor HR');
      expect(part(element, 'list')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('is accessible while loading: aria-busy, a skeleton and a status', async () => {
      const element = await fixture<MobilityHrStories>(html`<mobility-hr-stories base-url=${brokenApi('slow')}></mobility-hr-stories>`);
      expect(part(element, 'content')!.getAttribute('aria-busy')).to.equal('true');
      expect(part(element, 'skeleton')).to.not.equal(null);
      expect(status(element)).to.equal('Verhalen laden…');
      await expect(element).to.be.accessible();
      await settled(element);
    });

    it('shows a load error in words with a retry that asks again, and is accessible', async () => {
      const id = uniqueId();
      const element = await fixture<MobilityHrStories>(html`<mobility-hr-stories base-url=${brokenApi('server-error', id)}></mobility-hr-stories>`);
      await settled(element);
      expect(part(element, 'error')!.textContent).to.contain('Er ging iets mis op de server');
      await expect(element).to.be.accessible();
      const before = (await brokenStats(id)).hits;
      part<HTMLButtonElement>(element, 'retry-button')!.click();
      await waitUntil(async () => (await brokenStats(id)).hits > before, 'the retry asks again');
      await settled(element);
      expect(part(element, 'error')).to.not.equal(null);
    });

    it('says so when the organisation has no stories yet, and is accessible', async () => {
      const element = await hrStories(EMPTY_ORG);
      expect(part(element, 'empty')!.textContent).to.contain('Nog geen verhalen');
      expect(part(element, 'new-button')).to.not.equal(null);
      await expect(element).to.be.accessible();
    });

    it('lists the stories with their state in words, and is accessible', async () => {
      const story = await draft(`Lijst ${uniqueId()}`);
      await api('POST', `/v1/hr/stories/${story.id}/consents`, { channel: 'intranet', grantedAt: addDays(today, -300), expiresAt: addDays(today, 10), formReference: 'DMS-1' });
      const future = await draft(`Gepland ${uniqueId()}`, { publishFrom: addDays(today, 20), publishUntil: addDays(today, 80) });
      await api('POST', `/v1/hr/stories/${future.id}/approve`);
      const element = await hrStories();
      const badges = (id: string) => [...root(element).querySelectorAll(`li[data-id="${id}"] [part~="badge"]`)].map((b) => b.textContent!.trim());
      expect(badges(story.id)).to.include('Concept');
      expect(badges(story.id).some((b) => b.startsWith('Toestemming intranet verloopt op'))).to.equal(true);
      expect(badges(future.id)).to.include('Goedgekeurd');
      expect(badges(future.id).some((b) => b.startsWith('Gepland vanaf'))).to.equal(true);
      expect(badges(future.id)).to.include('Nog geen toestemming');
      expect(status(element)).to.match(/\d+ verhalen?/);
      await expect(element).to.be.accessible();
    });
  });

  describe('writing a story', () => {
    it('creates a story with the keyboard only, announces it and keeps focus in the editor', async () => {
      const element = await hrStories();
      const name = `Toets ${uniqueId()}`;
      part<HTMLButtonElement>(element, 'new-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => part(element, 'form'), 'the form opens');
      expect(active(element)?.id, 'focus on the editor title').to.equal('editor-title');
      const steps: [string, string][] = [
        ['#displayName', name],
        ['#roleBefore', 'Docent'],
        ['#orgBefore', 'Saxion'],
        ['#roleAfter', 'Projectleider'],
        ['#orgAfter', 'Gemeente Enschede'],
      ];
      for (const [selector, text] of steps) {
        await tabTo(element, selector);
        await sendKeys({ type: text });
      }
      await tabTo(element, '#moveType');
      await sendKeys({ press: 'ArrowDown' });
      await tabTo(element, '#quote');
      await sendKeys({ type: 'Het was spannend en het was goed.' });
      await tabTo(element, '#body');
      await sendKeys({ type: 'Ik ging **op detachering**.' });
      await element.updateComplete;
      expect(part(element, 'body-preview')!.querySelector('strong')!.textContent, 'the live preview renders Markdown').to.equal('op detachering');
      await tabTo(element, '#ctaLabel');
      await sendKeys({ type: 'Bekijk de klussen' });
      await tabTo(element, '#ctaHref');
      await sendKeys({ type: 'https://example.org/klussen' });
      await tabTo(element, 'input[value="S"]');
      await sendKeys({ press: 'Space' });
      await tabTo(element, '[part~="save-button"]');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => status(element).includes('opgeslagen als concept'), 'the save is announced', { timeout: 8000 });
      expect(status(element)).to.equal(`Verhaal van ${name} opgeslagen als concept.`);
      expect(active(element)?.id, 'focus on the editor title after saving').to.equal('editor-title');
      const saved = element.stories!.find((s) => s.displayName === name)!;
      created.add(saved.id);
      const record = await stored(saved.id);
      expect(record.status).to.equal('draft');
      expect(record.moveType).to.equal('secondment');
      expect(record.interests).to.deep.equal(['S']);
      expect(record.cta).to.deep.equal({ label: 'Bekijk de klussen', href: 'https://example.org/klussen' });
      // Back to the overview: focus returns to the story's own edit button.
      part<HTMLButtonElement>(element, 'back-button')!.click();
      await element.updateComplete;
      await element.updateComplete;
      expect(active(element)?.id).to.equal(`edit-${saved.id}`);
    });

    it('shows every contract issue inline, in words, keeps what was typed, and is accessible', async () => {
      const count = async () => ((await (await api('GET', '/v1/hr/stories?limit=100')).json()) as { items: unknown[] }).items.length;
      const before = await count();
      const element = await hrStories();
      part<HTMLButtonElement>(element, 'new-button')!.click();
      await waitUntil(() => part(element, 'form'));
      await typeInto(element, 'quote', 'x'.repeat(281));
      await typeInto(element, 'ctaHref', 'javascript:alert(1)');
      await typeInto(element, 'publishUntil', '');
      control(element, 'publishFrom').value = addDays(today, 10);
      control(element, 'publishFrom').dispatchEvent(new Event('input'));
      control(element, 'publishUntil').value = today;
      control(element, 'publishUntil').dispatchEvent(new Event('input'));
      part<HTMLButtonElement>(element, 'save-button')!.click();
      await element.updateComplete;
      await element.updateComplete;
      expect(fieldError(element, 'displayName')).to.equal('Vul dit in.');
      expect(fieldError(element, 'quote')).to.equal('Hoogstens 280 tekens.');
      expect(fieldError(element, 'ctaHref')).to.contain('webadres');
      expect(fieldError(element, 'publishUntil')).to.equal('De laatste dag mag niet vóór de eerste dag liggen.');
      expect(control(element, 'displayName').getAttribute('aria-invalid')).to.equal('true');
      expect(control(element, 'displayName').getAttribute('aria-describedby')).to.contain('displayName-error');
      expect(active(element)?.id, 'focus on the first invalid field').to.equal('displayName');
      expect(part(element, 'form-error')!.textContent).to.contain('velden moeten nog worden verbeterd');
      expect(control(element, 'quote').value, 'nothing typed is lost').to.equal('x'.repeat(281));
      expect(await count(), 'nothing was stored').to.equal(before);
      await expect(element).to.be.accessible();
      // In English too.
      element.setAttribute('lang', 'en');
      await waitUntil(() => fieldError(element, 'displayName') === 'Please fill this in.', 'the messages follow the language');
      expect(fieldError(element, 'quote')).to.equal('At most 280 characters.');
    });

    it('requires alt text for an uploaded photo, with width and height from the upload', async () => {
      const element = await hrStories();
      const story = await draft(`Foto ${uniqueId()}`);
      element.reload();
      await waitUntil(() => root(element).querySelector(`#edit-${story.id}`), 'the new story is listed');
      await openStory(element, story);
      chooseFile(element, await jpeg(64, 48));
      await waitUntil(() => part(element, 'photo-preview') || part(element, 'photo-error'), 'the upload answers', { timeout: 10000 });
      expect(part(element, 'photo-error'), part(element, 'photo-error')?.textContent ?? '').to.equal(null);
      expect(status(element)).to.contain('Foto geüpload');
      expect(active(element)?.id, 'focus on the alt text').to.equal('photoAlt');
      part<HTMLButtonElement>(element, 'save-button')!.click();
      await element.updateComplete;
      await element.updateComplete;
      expect(fieldError(element, 'photoAlt')).to.equal('Beschrijf de foto: zonder alt-tekst kan het verhaal niet worden opgeslagen.');
      expect((await stored(story.id)).photo, 'nothing saved without alt text').to.equal(undefined);
      await typeInto(element, 'photoAlt', 'Een collega bij de 3D-printer');
      part<HTMLButtonElement>(element, 'save-button')!.click();
      await waitUntil(() => status(element).includes('opgeslagen'), 'saved', { timeout: 8000 });
      const photo = (await stored(story.id)).photo!;
      expect(photo.alt).to.equal('Een collega bij de 3D-printer');
      expect([photo.width, photo.height]).to.deep.equal([64, 48]);
    });

    it('uploads a photo dropped on the photo field', async () => {
      const element = await hrStories();
      part<HTMLButtonElement>(element, 'new-button')!.click();
      await waitUntil(() => part(element, 'form'));
      const transfer = new DataTransfer();
      transfer.items.add(await jpeg(30, 20));
      part(element, 'drop-zone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      await waitUntil(() => part(element, 'photo-preview') || part(element, 'photo-error'), 'the upload answers', { timeout: 10000 });
      const preview = part<HTMLImageElement>(element, 'photo-preview')!;
      expect([preview.getAttribute('width'), preview.getAttribute('height')]).to.deep.equal(['30', '20']);
      expect(root(element).querySelector('.photo-current .hint')!.textContent).to.equal('30 × 20 pixels');
    });

    it('says in words which files it takes when an upload is refused', async () => {
      const element = await hrStories();
      part<HTMLButtonElement>(element, 'new-button')!.click();
      await waitUntil(() => part(element, 'form'));
      const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], 'portret.jpg', { type: 'image/jpeg' });
      chooseFile(element, svg);
      await waitUntil(() => part(element, 'photo-error'), 'the refusal is shown', { timeout: 10000 });
      expect(part(element, 'photo-error')!.textContent).to.contain('Alleen JPEG, PNG of WebP tot 10 MB');
      expect(control(element, 'photo').getAttribute('aria-describedby')).to.contain('photo-error');
      expect(part(element, 'photo-preview')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('asks before leaving the editor with unsaved changes; staying keeps them', async () => {
      const story = await draft(`Weggaan ${uniqueId()}`);
      const element = await hrStories();
      await openStory(element, story);
      await typeInto(element, 'roleAfter', 'Onderzoeker');
      const back = part<HTMLButtonElement>(element, 'back-button')!;
      back.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      const dialog = part<HTMLDialogElement>(element, 'leave-dialog')!;
      expect(dialog.open).to.equal(true);
      await expect(element).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open);
      expect(control(element, 'roleAfter').value).to.equal('Onderzoeker');
      expect(active(element)).to.equal(back);
      back.click();
      await element.updateComplete;
      dialog.querySelector<HTMLButtonElement>('[value="confirm"]')!.click();
      await waitUntil(() => part(element, 'list'), 'back in the overview');
      expect((await stored(story.id)).roleAfter, 'nothing was saved').to.equal('Teamleider');
    });

    it('shows a 400 from the API next to the field it names, keeping what was typed', async () => {
      const story = await draft(`Venster ${uniqueId()}`, { publishFrom: today, publishUntil: addDays(today, 60) });
      const element = await hrStories();
      await openStory(element, story);
      // Meanwhile a colleague moves the start of the window: the form still holds the old start.
      expect((await api('PATCH', `/v1/hr/stories/${story.id}`, { publishFrom: addDays(today, 40), publishUntil: addDays(today, 100) })).status).to.equal(200);
      const until = addDays(today, 30);
      control(element, 'publishUntil').value = until;
      control(element, 'publishUntil').dispatchEvent(new Event('input'));
      part<HTMLButtonElement>(element, 'save-button')!.click();
      await waitUntil(() => fieldError(element, 'publishUntil'), 'the server refuses', { timeout: 8000 });
      expect(fieldError(element, 'publishUntil')).to.equal('De laatste dag mag niet vóór de eerste dag liggen.');
      expect(control(element, 'publishUntil').value).to.equal(until);
      expect((await stored(story.id)).publishUntil).to.equal(addDays(today, 100));
    });
  });

  describe('consent, approval and preview', () => {
    it('records consent per channel in an accessible dialog and withdraws it with the cache lifetime in words', async () => {
      const story = await draft(`Toestemming ${uniqueId()}`);
      const element = await hrStories();
      await openStory(element, story);
      expect(part(element, 'consent-none')).to.not.equal(null);
      part<HTMLButtonElement>(element, 'record-consent-button')!.click();
      await element.updateComplete;
      const dialog = part<HTMLDialogElement>(element, 'consent-dialog')!;
      expect(dialog.open).to.equal(true);
      // Saving without an expiry and a reference shows both at their fields.
      part<HTMLButtonElement>(element, 'save-consent-button')!.click();
      await element.updateComplete;
      expect(fieldError(element, 'consent-expiresAt')).to.equal('Vul dit in.');
      expect(fieldError(element, 'consent-formReference')).to.equal('Vul dit in.');
      await expect(element).to.be.accessible();
      control(element, 'consent-expiresAt').value = addDays(today, 365);
      control(element, 'consent-expiresAt').dispatchEvent(new Event('input'));
      await typeInto(element, 'consent-formReference', 'DMS-2026-00042');
      part<HTMLButtonElement>(element, 'save-consent-button')!.click();
      await waitUntil(() => status(element).includes('vastgelegd'), 'recorded', { timeout: 8000 });
      expect(dialog.open).to.equal(false);
      expect(status(element)).to.equal('Toestemming voor intranet vastgelegd.');
      expect(part(element, 'consent-table')!.textContent).to.contain('DMS-2026-00042');
      expect((await stored(story.id)).consent.map((c) => [c.channel, c.formReference])).to.deep.equal([['intranet', 'DMS-2026-00042']]);
      // Withdraw: the confirmation says when it is gone from every embed.
      const withdraw = part<HTMLButtonElement>(element, 'withdraw-consent-button')!;
      expect(withdraw.textContent!.trim()).to.equal('Toestemming intranet intrekken');
      withdraw.click();
      await element.updateComplete;
      const confirm = part<HTMLDialogElement>(element, 'withdraw-consent-dialog')!;
      expect(confirm.open).to.equal(true);
      expect(confirm.textContent).to.contain(`binnen ${storyCacheMaxAgeSeconds} seconden uit elke weergave`);
      await expect(element).to.be.accessible();
      confirm.querySelector<HTMLButtonElement>('[value="confirm"]')!.click();
      await waitUntil(() => status(element).includes('ingetrokken'), 'withdrawn', { timeout: 8000 });
      expect(status(element)).to.equal(`Toestemming voor intranet ingetrokken. Binnen ${storyCacheMaxAgeSeconds} seconden is het verhaal uit elke weergave verdwenen.`);
      expect((await stored(story.id)).consent[0]!.withdrawnAt).to.equal(today);
      expect(part(element, 'consent-table')!.textContent).to.contain('Ingetrokken op');
    });

    it('warns before approving a story without valid consent; cancelling changes nothing', async () => {
      const story = await draft(`Goedkeuren ${uniqueId()}`);
      const element = await hrStories();
      await openStory(element, story);
      const approve = part<HTMLButtonElement>(element, 'approve-button')!;
      approve.focus();
      approve.click();
      await element.updateComplete;
      const warning = part<HTMLDialogElement>(element, 'approve-dialog')!;
      expect(warning.open).to.equal(true);
      expect(warning.textContent).to.contain('geen enkel kanaal een geldige toestemming');
      await expect(element).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !warning.open);
      expect(active(element), 'focus back on the approve button').to.equal(approve);
      expect((await stored(story.id)).status).to.equal('draft');
      approve.click();
      await element.updateComplete;
      warning.querySelector<HTMLButtonElement>('[value="confirm"]')!.click();
      await waitUntil(() => status(element).includes('goedgekeurd'), 'approved', { timeout: 8000 });
      expect((await stored(story.id)).status).to.equal('approved');
      expect(part(element, 'badges')!.textContent).to.contain('Nergens zichtbaar: geen geldige toestemming');
      // Withdraw the story again, through its confirmation.
      part<HTMLButtonElement>(element, 'withdraw-story-button')!.click();
      await element.updateComplete;
      const confirm = part<HTMLDialogElement>(element, 'withdraw-story-dialog')!;
      expect(confirm.textContent).to.contain(`${storyCacheMaxAgeSeconds} seconden`);
      confirm.querySelector<HTMLButtonElement>('[value="confirm"]')!.click();
      await waitUntil(() => status(element).includes('ingetrokken'), 'withdrawn', { timeout: 8000 });
      expect((await stored(story.id)).status).to.equal('withdrawn');
    });

    it('asks before approving while the form holds unsaved changes: cancel approves nothing, confirming saves and then approves', async () => {
      const story = await draft(`Eerst opslaan ${uniqueId()}`);
      const element = await hrStories();
      await openStory(element, story);
      await typeInto(element, 'roleAfter', 'Onderzoeker');
      const approve = part<HTMLButtonElement>(element, 'approve-button')!;
      approve.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      const unsaved = part<HTMLDialogElement>(element, 'approve-unsaved-dialog')!;
      expect(unsaved.open, 'asks first').to.equal(true);
      expect(unsaved.textContent).to.contain('nog niet zijn opgeslagen');
      await expect(element).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !unsaved.open);
      expect(active(element), 'focus back on the approve button').to.equal(approve);
      expect(control(element, 'roleAfter').value, 'what was typed stays').to.equal('Onderzoeker');
      expect(await stored(story.id)).to.include({ status: 'draft', roleAfter: 'Teamleider' });

      approve.click();
      await element.updateComplete;
      unsaved.querySelector<HTMLButtonElement>('[value="confirm"]')!.click();
      // Saved first; without valid consent the usual warning follows before anything is approved.
      const warning = part<HTMLDialogElement>(element, 'approve-dialog')!;
      await waitUntil(() => warning.open, 'the consent warning follows the save', { timeout: 8000 });
      expect(await stored(story.id)).to.include({ status: 'draft', roleAfter: 'Onderzoeker' });
      warning.querySelector<HTMLButtonElement>('[value="confirm"]')!.click();
      await waitUntil(() => status(element).includes('goedgekeurd'), 'approved', { timeout: 8000 });
      expect(await stored(story.id)).to.include({ status: 'approved', roleAfter: 'Onderzoeker' });
      await api('POST', `/v1/hr/stories/${story.id}/withdraw`);
    });

    it('approves at once when a channel has valid consent', async () => {
      const story = await draft(`Direct ${uniqueId()}`);
      await api('POST', `/v1/hr/stories/${story.id}/consents`, { channel: 'public', grantedAt: today, expiresAt: addDays(today, 365), formReference: 'DMS-9' });
      const element = await hrStories();
      await openStory(element, story);
      part<HTMLButtonElement>(element, 'approve-button')!.click();
      await waitUntil(() => status(element).includes('goedgekeurd'), 'approved', { timeout: 8000 });
      expect(part<HTMLDialogElement>(element, 'approve-dialog')!.open).to.equal(false);
      expect(part(element, 'badges')!.textContent).to.contain('Zichtbaar: openbaar');
      await api('POST', `/v1/hr/stories/${story.id}/withdraw`);
    });

    it('previews the story as the <mobility-stories> slide, live, and is accessible', async () => {
      const story = await draft(`Voorbeeld ${uniqueId()}`);
      const element = await hrStories();
      await openStory(element, story);
      const preview = part(element, 'preview-slide')!;
      expect(preview.querySelector('article.story [part="name"]')!.textContent).to.equal(story.displayName);
      expect(preview.querySelector('[part="quote"]')!.textContent!.trim()).to.equal(story.quote);
      expect(preview.querySelector('[part="body"] strong')!.textContent).to.equal('mooi');
      expect(preview.querySelector<HTMLAnchorElement>('[part="cta"]')!.href).to.equal('https://example.org/vacatures');
      await typeInto(element, 'quote', 'Nieuw citaat');
      expect(preview.querySelector('[part="quote"]')!.textContent!.trim()).to.equal('Nieuw citaat');
      // The slide's own styles: the quote keeps the carousel's accent border.
      expect(getComputedStyle(preview.querySelector('.quote')!).borderInlineStartWidth).to.equal('4px');
      await expect(element).to.be.accessible();
    });
  });

  describe('layout', () => {
    /** Forced colours through the DevTools protocol (see forced-colors-command.mjs). */
    const forcedColors = (on: boolean) => executeServerCommand('emulate-forced-colors', { active: on });
    afterEach(async () => {
      await forcedColors(false);
    });

    it('in forced colours: accessible, controls keep a boundary, focus shows, badges say their state in words', async () => {
      const story = await draft(`Contrast ${uniqueId()}`);
      await api('POST', `/v1/hr/stories/${story.id}/consents`, { channel: 'intranet', grantedAt: today, expiresAt: addDays(today, 15), formReference: 'DMS-3' });
      await forcedColors(true);
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.equal(true);
      const element = await hrStories();
      const expiring = root(element).querySelector(`li[data-id="${story.id}"] [part~="badge-consentExpiring"]`)!;
      expect(getComputedStyle(expiring, '::before').content, 'the attention badge has a symbol, not only a colour').to.contain('⚠');
      expect(expiring.textContent).to.contain('verloopt op');
      await openStory(element, story);
      await expect(element).to.be.accessible();
      const controls = [...root(element).querySelectorAll<HTMLElement>('button, select, textarea, input:not([type=checkbox], [type=file])')].filter(
        (node) => node.getClientRects().length > 0 && !node.closest('dialog'),
      );
      expect(controls.length).to.be.greaterThan(10);
      for (const node of controls) {
        const style = getComputedStyle(node);
        const bordered = style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) > 0;
        expect(bordered || style.textDecorationLine.includes('underline'), `${node.localName}#${node.id} "${node.textContent?.trim().slice(0, 20)}" has a boundary`).to.equal(true);
      }
      control(element, 'displayName').focus();
      await sendKeys({ press: 'Tab' });
      const focused = active(element) as HTMLElement;
      expect(getComputedStyle(focused).outlineStyle, `focus on ${focused.id} shows`).to.not.equal('none');
    });

    it('reflows to 320 px without horizontal scrolling in the overview, the form and a dialog', async () => {
      await setViewport({ width: 320, height: 640 });
      const story = await draft(`Smal ${uniqueId()}`);
      await api('POST', `/v1/hr/stories/${story.id}/consents`, { channel: 'intranet', grantedAt: today, expiresAt: addDays(today, 20), formReference: 'DMS-2026-000000000001' });
      const element = await hrStories();
      const noHorizontalScroll = (what: string) => {
        expect(document.documentElement.scrollWidth, `${what}: page width`).to.be.at.most(window.innerWidth);
        for (const node of [element, part(element, 'content')!, ...parts(element, 'story'), ...parts(element, 'form'), ...parts(element, 'preview')]) {
          expect(node.scrollWidth, `${what}: ${node.getAttribute('part') ?? node.localName}`).to.be.at.most(node.clientWidth + 1);
        }
      };
      noHorizontalScroll('overview');
      await openStory(element, story);
      noHorizontalScroll('editor');
      part<HTMLButtonElement>(element, 'record-consent-button')!.click();
      await element.updateComplete;
      const dialog = part<HTMLDialogElement>(element, 'consent-dialog')!;
      expect(dialog.getBoundingClientRect().right).to.be.at.most(window.innerWidth);
      expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth + 1);
      await expect(element).to.be.accessible();
    });
  });
});
