/**
 * The XSS corpus (test/security/xss-payloads.json) rendered by the elements in Chromium, fed by a
 * second reference server that web-test-runner.config.mjs seeds with it (`/xss/manifest`): HR
 * vacancies and stories, organisation names, and vacancies imported from RSS, Atom and JSON-LD
 * feeds. Every payload calls `window.__xss(id)` if it ever runs. The page watches for that spy, for
 * uncaught errors and for CSP violations, and every shadow root is searched for elements and
 * attributes that could run script.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { VacancyPage, type StoryCreate, type VacancyCreate, type VacancyKind } from '@mobility-kit/contract';
import '../src/define.js';
import type { MobilityCareerTest, MobilityStories, MobilityVacancies } from '../src/index.js';
import { parts, settled, shadow } from './support.js';
import { allAnswers, clearCareerStorage, clickPart, seedProgress, storiesSettled } from './career-test-support.js';

declare global {
  interface Window {
    /** The spy every payload calls when it executes. */
    __xss?: (id: unknown) => void;
  }
}

interface Manifest {
  organisations: { id: string; payloadId: string; name: string }[];
  vacancies: { id: string; payloadId: string; organisation: string; kind: VacancyKind; sent: VacancyCreate; descriptionRefused: boolean }[];
  stories: { id: string; payloadId: string; organisation: string; moveType: string; sent: StoryCreate }[];
  feeds: { format: string; organisation: string; report: { created: number } }[];
}

const executed: unknown[] = [];
const violations: string[] = [];
const errors: string[] = [];
window.__xss = (id) => executed.push(id);
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`));
window.addEventListener('error', (event) => errors.push(String(event.error ?? event.message)));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

let apiUrl = '';
let manifest: Manifest;

/** How text reads once stored and rendered: the API trims story texts, a lone surrogate becomes U+FFFD, whitespace (BOM included) collapses. */
const text = (value: string | null | undefined): string =>
  (value ?? '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/\s+/g, ' ')
    .trim();

/** Names of dangerous schemes, however spelled: what the browser would make of an attribute value. */
const dangerousUrl = /^(?:javascript|vbscript|data):/i;
const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'poster', 'background'];
const forbiddenElements = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'meta', 'link', 'math', 'applet', 'noscript', 'template', 'foreignobject', 'animate', 'set', 'use', 'image', 'marquee']);

/**
 * Everything under `root` (light DOM and every shadow root, recursively) that could run script or
 * navigate to a script: forbidden elements, `on*` attributes, `javascript:`/`vbscript:`/`data:` URLs.
 * `<svg>` is allowed (charts and icons) but not with handlers.
 */
function dangers(root: Element | ShadowRoot): string[] {
  const found: string[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const element of node.querySelectorAll('*')) {
      const name = element.localName.toLowerCase();
      if (forbiddenElements.has(name)) found.push(`<${name}>`);
      for (const attribute of element.attributes) {
        const attr = attribute.name.toLowerCase();
        if (attr.startsWith('on')) found.push(`<${name} ${attr}>`);
        if (attr === 'style' && /url\s*\(|expression|@import|behavior/i.test(attribute.value)) found.push(`<${name} style=${attribute.value}>`);
        // eslint-disable-next-line no-control-regex
        const value = attribute.value.replace(/[\u0000-\u0020\u007F-\u009F\u200B\uFEFF]/g, '');
        if (urlAttributes.includes(attr) && dangerousUrl.test(value)) found.push(`<${name} ${attr}=${attribute.value}>`);
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  return found;
}

/** Nothing ran, nothing broke, no policy was violated, no dangerous node is in what `root` rendered. */
function expectInert(where: string, root: Element): void {
  expect(executed, `${where}: payloads that executed`).to.deep.equal([]);
  expect(errors, `${where}: uncaught errors`).to.deep.equal([]);
  expect(violations, `${where}: CSP violations`).to.deep.equal([]);
  expect(dangers(root), `${where}: dangerous elements or attributes`).to.deep.equal([]);
}

/** The payload id in a form the Markdown subset cannot eat (`__` may become strong emphasis). */
const callOf = (payloadId: string) => `xss('${payloadId}')`;

async function vacanciesFor(attributes: { sector?: string; kind?: string; organisation?: string }): Promise<MobilityVacancies> {
  const provider = await fixture(html`<mobility-provider base-url=${apiUrl} lang="nl">
    <mobility-vacancies sector=${ifDefined(attributes.sector)} kind=${ifDefined(attributes.kind)} organisation=${ifDefined(attributes.organisation)} page-size="100" virtualize-above="1000"></mobility-vacancies>
  </mobility-provider>`);
  const element = provider.querySelector('mobility-vacancies') as MobilityVacancies;
  await settled(element, 'the vacancies settle');
  return element;
}

describe('XSS corpus in the elements', function () {
  before(async function (this: { timeout(ms: number): void }) {
    // The first request starts and seeds the server: about half a minute on this machine.
    this.timeout(240_000);
    const response = await fetch('/xss/manifest');
    expect(response.status).to.equal(200);
    ({ url: apiUrl, manifest } = (await response.json()) as { url: string; manifest: Manifest });
    expect(manifest.vacancies.length).to.be.greaterThan(149);
  });
  afterEach(() => {
    clearCareerStorage();
  });

  it('the spy and the search for dangerous nodes catch markup that does run (control)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    // What an element would do if it ever parsed a payload as HTML.
    root.innerHTML = `<img src="data:," onerror="__xss('control')"><a href=" javascript:void(0)">x</a>`;
    try {
      await waitUntil(() => executed.includes('control'), 'the control payload runs');
      expect(dangers(host)).to.deep.equal(['<img src=data:,>', '<img onerror>', '<a href= javascript:void(0)>']);
    } finally {
      executed.length = 0;
    }
  });

  for (const kind of ['vacancy', 'assignment', 'secondment', 'internship', 'project'] as const) {
    it(`<mobility-vacancies> shows HR vacancies of kind ${kind} as text: titles, summaries, units, places, organisations, descriptions`, async function () {
      this.timeout(90_000);
      const element = await vacanciesFor({ sector: 'hbo', kind });
      const expected = manifest.vacancies.filter((v) => v.kind === kind);
      const cards = parts(element, 'card');
      expect(cards.length, 'every vacancy of this kind has a card').to.equal(expected.length);
      expectInert(`list of ${kind}`, element);

      const byTitle = new Map(cards.map((card) => [text(card.querySelector('[part~="title"]')?.textContent), card]));
      // Open every description at once.
      for (const button of parts<HTMLButtonElement>(element, 'title-button')) button.click();
      await element.updateComplete;
      for (const vacancy of expected) {
        const card = byTitle.get(text(vacancy.sent.title));
        expect(card, `${vacancy.payloadId}: the title is shown as text`).to.exist;
        expect(text(card!.querySelector('[part~="summary"]')?.textContent)).to.equal(text(vacancy.sent.summary));
        const facts = text(card!.querySelector('[part~="facts"]')?.textContent);
        const organisation = manifest.organisations.find((o) => o.id === vacancy.organisation)!;
        expect(facts, `${vacancy.payloadId}: organisation name and unit`).to.include(text(`${organisation.name} · ${vacancy.sent.unit}`));
        expect(facts, `${vacancy.payloadId}: place`).to.include(text(vacancy.sent.location.city));

        const detail = card!.querySelector('[part~="detail"]');
        await waitUntil(() => detail?.textContent?.trim(), `${vacancy.payloadId}: the description opens`);
        const shown = text(detail!.textContent);
        if (!vacancy.descriptionRefused && vacancy.sent.description.includes(callOf(vacancy.payloadId))) {
          // Accepted Markdown: link syntax with an unsafe target and all markup stay literal text.
          expect(shown, `${vacancy.payloadId}: the payload is visible as text`).to.include(callOf(vacancy.payloadId));
        }
        if (vacancy.descriptionRefused) expect(shown).to.include(vacancy.payloadId);
        expectInert(vacancy.payloadId, element);
      }
    });
  }

  it('<mobility-vacancies> lists every organisation name as text in its filter', async () => {
    const element = await vacanciesFor({ sector: 'hbo', kind: 'project' });
    const select = shadow(element).querySelector<HTMLSelectElement>('select#organisation');
    expect(select).to.exist;
    // The element loads the organisation list when the filters get attention.
    select!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await waitUntil(() => select!.options.length > manifest.organisations.length, 'the organisations load', { timeout: 10_000 });
    const options = new Map([...select!.options].map((o) => [o.value, text(o.textContent)]));
    for (const organisation of manifest.organisations) {
      expect(options.get(organisation.id), `${organisation.payloadId}: the name is an option's text`).to.equal(text(organisation.name));
    }
    expectInert('organisation filter', element);
  });

  for (const format of ['rss', 'atom', 'jsonld'] as const) {
    it(`<mobility-vacancies> shows what the ${format} feed import kept, as text`, async function () {
      this.timeout(90_000);
      const feed = manifest.feeds.find((f) => f.format === format)!;
      const served = VacancyPage.parse(await (await fetch(`${apiUrl}/v1/vacancies?organisation=${feed.organisation}&limit=100&sort=newest`)).json());
      const element = await vacanciesFor({ organisation: feed.organisation });
      const titles = parts(element, 'title').map((t) => text(t.textContent));
      expect(titles.length).to.be.greaterThan(50);
      for (const vacancy of served.items) expect(titles, `${vacancy.source?.externalId}: the imported title is shown as text`).to.include(text(vacancy.title));
      // Open every description: the sanitised Markdown renders without markup.
      for (const button of parts<HTMLButtonElement>(element, 'title-button')) {
        button.click();
      }
      await element.updateComplete;
      expectInert(`${format} feed`, element);
    });
  }

  for (const moveType of ['internal', 'secondment', 'partner', 'assignment', 'internship', 'external'] as const) {
    it(`<mobility-stories> shows the ${moveType} stories as text: names, moves, quotes, bodies, alt texts, credits, links`, async function () {
      this.timeout(60_000);
      const provider = await fixture(html`<mobility-provider base-url=${apiUrl} lang="nl">
        <mobility-stories channel="public" move-type=${moveType} limit="50"></mobility-stories>
      </mobility-provider>`);
      const element = provider.querySelector('mobility-stories') as MobilityStories;
      await waitUntil(() => parts(element, 'slide').length > 0, 'the stories load', { timeout: 20_000 });
      const expected = manifest.stories.filter((s) => s.moveType === moveType);
      const slides = parts(element, 'slide');
      expect(slides.length).to.equal(expected.length);
      const byName = new Map<string, HTMLElement[]>();
      for (const slide of slides) {
        const name = text(slide.querySelector('[part~="name"]')?.textContent);
        byName.set(name, [...(byName.get(name) ?? []), slide]);
      }
      for (const story of expected) {
        const candidates = byName.get(text(story.sent.displayName)) ?? [];
        expect(candidates.length, `${story.payloadId}: the name is shown as text`).to.be.greaterThan(0);
        const slide = candidates.find((s) => text(s.querySelector('[part~="quote"]')?.textContent) === text(story.sent.quote));
        expect(slide, `${story.payloadId}: the quote is shown as text`).to.exist;
        const move = text(slide!.querySelector('[part~="move"]')?.textContent);
        expect(move).to.include(text(`${story.sent.roleBefore}, ${story.sent.orgBefore}`));
        expect(move).to.include(text(`${story.sent.roleAfter}, ${story.sent.orgAfter}`));
        const img = slide!.querySelector('img');
        expect(text(img?.getAttribute('alt')), `${story.payloadId}: alt text`).to.equal(text(story.sent.photo?.alt));
        expect(text(slide!.querySelector('[part~="cta"]')?.textContent)).to.equal(text(story.sent.cta.label));
        const body = slide!.querySelector('details');
        body!.open = true;
        if (story.sent.body.includes(callOf(story.payloadId))) {
          expect(text(slide!.querySelector('[part~="body"]')?.textContent), `${story.payloadId}: the body is visible as text`).to.include(callOf(story.payloadId));
        }
      }
      expectInert(`stories ${moveType}`, element);
    });
  }

  it("<mobility-career-test> shows matching colleagues' stories as text", async function () {
    this.timeout(60_000);
    seedProgress({ items: allAnswers({ R: 4, I: 3, A: 0, S: 1, E: 0, C: 2 }), step: { view: 'result' }, valuesSkipped: true });
    const element = await fixture<MobilityCareerTest>(html`<mobility-career-test base-url=${apiUrl}></mobility-career-test>`);
    await clickPart(element, 'start-button');
    await storiesSettled(element);
    const shown = parts(element, 'story');
    expect(shown.length, 'corpus stories match an RIC profile').to.be.greaterThan(0);
    for (const story of shown) {
      const name = text(story.querySelector('h4')?.textContent);
      const source = manifest.stories.filter((s) => text(s.sent.displayName) === name);
      expect(source.length, `${name}: the name of a corpus story, as text`).to.be.greaterThan(0);
      const quote = text(story.querySelector('[part~="story-quote"]')?.textContent);
      expect(source.map((s) => text(s.sent.quote)), `${name}: its quote, as text`).to.include(quote);
    }
    expectInert('career test', element);
  });
});
