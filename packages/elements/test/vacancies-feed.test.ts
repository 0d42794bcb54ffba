import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { CareerTestResult, VacancyPage } from '@mobility-kit/contract';
import { defaultInstrument, rankVacancies, scoreInstrument } from '@mobility-kit/rules';
import '../src/define.js';
import type { MobilityVacancies } from '../src/index.js';
import { allAnswers, clearProfile } from './career-test-support.js';
import { apiPage, apiUrl, cardTitles, part, parts, shadow, showsCards, statusText, uniqueId, watchUncaught } from './support.js';

// The virtualizer measures its items with a ResizeObserver; Chromium then reports "ResizeObserver
// loop completed with undelivered notifications", which is harmless (the next frame delivers them).
// Swallow exactly that message, before mocha's window.onerror and the uncaught-error watcher see it.
window.addEventListener(
  'error',
  (event) => {
    if (typeof event.message === 'string' && event.message.startsWith('ResizeObserver loop')) {
      event.stopImmediatePropagation();
      event.preventDefault();
    }
  },
  true,
);

/** Press Tab until `target` (inside the element's shadow root) has focus; fail after `max` presses. */
async function tabTo(element: Element, target: Element, max = 40) {
  for (let i = 0; i < max && shadow(element).activeElement !== target; i++) await sendKeys({ press: 'Tab' });
  // Compare identities, not elements: chai would try to print a whole Lit element on failure.
  const active = shadow(element).activeElement;
  expect(active === target, `${target.id || target.getAttribute('part')} reached by Tab (focus is on ${active?.id || 'nothing'})`).to.equal(true);
}

/** The API's answer as the element asks for it: in Dutch, which decides the search's stemming. */
async function dutchPage(query: Record<string, string | number>): Promise<VacancyPage> {
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  const response = await fetch(`${apiUrl()}/v1/vacancies?${search}`, { headers: { 'accept-language': 'nl' } });
  expect(response.status, 'reference server answers').to.equal(200);
  return (await response.json()) as VacancyPage;
}

const foundText = (n: number, more: boolean) =>
  more ? `${n} vacatures getoond, er zijn er meer` : n === 1 ? '1 vacature gevonden' : `${n} vacatures gevonden`;

/** Wait until the cards show exactly these titles, in this order. */
async function showsTitles(element: MobilityVacancies, titles: string[], message: string) {
  await waitUntil(() => cardTitles(element).join('|') === titles.join('|'), message, { timeout: 12000, interval: 20 });
}

/** Element nodes in the element's shadow tree (and any shadow trees inside it). */
function shadowNodeCount(root: ShadowRoot | Element): number {
  let count = 0;
  for (const node of root.querySelectorAll('*')) {
    count += 1;
    if (node.shadowRoot) count += shadowNodeCount(node.shadowRoot);
  }
  return count;
}

const cleanUrl = `${location.pathname}${location.search.replace(/([?&])mv-[^&]*/g, '$1').replace(/[?&]+$/, '')}`;

describe('<mobility-vacancies> filters, feed link, URL state, ranking and long lists', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(() => {
    uncaught = watchUncaught();
    history.replaceState(null, '', cleanUrl);
  });
  afterEach(async () => {
    uncaught.stop();
    uncaught.assertNone();
    history.replaceState(null, '', cleanUrl);
    await setViewport({ width: 800, height: 600 });
  });

  it('folds the filters into a disclosure at 320 px and filters by keyboard only, announcing the count', async () => {
    await setViewport({ width: 320, height: 800 });
    const element = await fixture<MobilityVacancies>(html`<mobility-vacancies base-url=${apiUrl()}></mobility-vacancies>`);
    await showsCards(element);
    const toggle = part<HTMLButtonElement>(element, 'filters-toggle')!;
    const panel = part(element, 'filters')!;
    expect(getComputedStyle(toggle).display, 'the disclosure button shows on a narrow screen').to.not.equal('none');
    expect(toggle.getAttribute('aria-controls')).to.equal(panel.id);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(panel).display, 'the panel is folded').to.equal('none');
    expect(document.documentElement.scrollWidth, 'no horizontal scrolling at 320 px').to.be.at.most(320);
    await expect(element).to.be.accessible();

    await tabTo(element, toggle);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(panel).display).to.not.equal('none');
    await expect(element).to.be.accessible();

    // Sector: the first choice after "all" is hbo; a select applies as soon as it changes.
    const sector = part<HTMLSelectElement>(element, 'sector-select')!;
    await tabTo(element, sector);
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => element.sector === 'hbo', 'ArrowDown picks hbo', { timeout: 5000 });
    expect(element.getAttribute('sector'), 'reflected').to.equal('hbo');
    const hbo = await apiPage({ sector: 'hbo', limit: 20 });
    expect(hbo.items.length, 'the seed has hbo vacancies').to.be.greaterThan(0);
    await showsTitles(element, hbo.items.map((v) => v.title), 'only hbo vacancies');
    for (const v of hbo.items) expect(v.organisation.sector).to.equal('hbo');
    await waitUntil(() => statusText(element) === foundText(hbo.items.length, hbo.nextCursor !== null), 'the count is announced');
    const status = part(element, 'status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.getAttribute('aria-live')).to.equal('polite');

    // Hours: a number field waits for the form to be submitted; Enter submits it.
    const hoursMin = shadow(element).querySelector<HTMLInputElement>('#hoursMin')!;
    await tabTo(element, hoursMin);
    await sendKeys({ type: '32' });
    expect(element.hoursMin, 'not applied while typing').to.equal(undefined);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => element.hoursMin === 32, 'Enter applies the hours', { timeout: 5000 });
    const expected = await apiPage({ sector: 'hbo', hoursMin: 32, limit: 20 });
    await showsTitles(element, expected.items.map((v) => v.title), 'hbo vacancies of at least 32 hours');
    expect(statusText(element)).to.equal(
      expected.items.length === 0 ? 'Geen vacatures gevonden' : foundText(expected.items.length, expected.nextCursor !== null),
    );
    expect(toggle.textContent?.trim(), 'the button counts the active filters').to.equal('Filters (2 actief)');
    await expect(element).to.be.accessible();
  });

  it('searches near a postcode within a radius and shows the distance on the cards', async function () {
    const probe = await fetch(`${apiUrl()}/v1/vacancies?near=3511&radiusKm=15&limit=1`);
    if (probe.status !== 200) {
      console.warn(`Skipped: the server refuses near/radiusKm (status ${probe.status}).`);
      (this as unknown as { skip(): never }).skip();
    }
    const expected = await apiPage({ near: '3511', radiusKm: 15, sort: 'distance', limit: 20 });
    expect(expected.items.length, 'the seed has vacancies near Utrecht').to.be.greaterThan(0);
    const element = await fixture<MobilityVacancies>(
      html`<mobility-vacancies base-url=${apiUrl()} near="3511" radius-km="15" sort="distance"></mobility-vacancies>`,
    );
    await showsTitles(element, expected.items.map((v) => v.title), 'the nearest vacancies, nearest first');
    const distances = expected.items.map((v) => v.distanceKm!);
    expect(distances.every((d) => typeof d === 'number' && d <= 15), 'within the radius').to.equal(true);
    expect([...distances].sort((a, b) => a - b)).to.deep.equal(distances);
    const format = new Intl.NumberFormat('nl', { maximumFractionDigits: 1 });
    const shown = parts(element, 'card').map((card) => card.querySelector('[data-fact="distance"] dd')?.textContent?.trim());
    expect(shown).to.deep.equal(
      distances.map((d) => `${d < 10 ? format.format(d) : new Intl.NumberFormat('nl', { maximumFractionDigits: 0 }).format(d)} km`),
    );
    expect(shadow(element).querySelector<HTMLSelectElement>('#sort')!.value).to.equal('distance');
    expect(shadow(element).querySelector<HTMLInputElement>('#near')!.value).to.equal('3511');
    await expect(element).to.be.accessible();

    // A wider radius by keyboard (a select applies at once) finds at least as many.
    const radius = part<HTMLSelectElement>(element, 'radius-select')!;
    await tabTo(element, radius);
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => element.radiusKm === 20, 'the next radius is 20 km', { timeout: 5000 });
    const wider = await apiPage({ near: '3511', radiusKm: 20, sort: 'distance', limit: 20 });
    await showsTitles(element, wider.items.map((v) => v.title), 'the wider search');
    expect(wider.items.length).to.be.at.least(expected.items.length);
  });

  it('sorts by closing date', async () => {
    const expected = await apiPage({ sort: 'closing', limit: 20 });
    const element = await fixture<MobilityVacancies>(html`<mobility-vacancies base-url=${apiUrl()}></mobility-vacancies>`);
    await showsCards(element);
    const sort = part<HTMLSelectElement>(element, 'sort-select')!;
    expect(sort.value, 'newest first without search text').to.equal('newest');
    sort.value = 'closing';
    sort.dispatchEvent(new Event('change', { bubbles: true }));
    await showsTitles(element, expected.items.map((v) => v.title), 'closing soonest first');
    expect(element.getAttribute('sort')).to.equal('closing');
    const dates = parts(element, 'card').map((card) => card.querySelector('[data-fact="closing"] time')!.getAttribute('datetime')!);
    expect(dates).to.deep.equal([...dates].sort());
    expect(new Set(dates).size, 'the seed has different closing dates').to.be.greaterThan(1);
  });

  it('offers the Atom feed of the current search and copies its link', async () => {
    const element = await fixture<MobilityVacancies>(
      html`<mobility-vacancies base-url=${apiUrl()} kind="assignment" sector="hbo" near="Utrecht" radius-km="60" q="docent" scale-min="9"></mobility-vacancies>`,
    );
    await waitUntil(() => part(element, 'results')?.getAttribute('aria-busy') === 'false', 'settles', { timeout: 12000 });
    const link = part<HTMLAnchorElement>(element, 'feed-link')!;
    const url = new URL(link.href);
    expect(`${url.origin}${url.pathname}`).to.equal(`${apiUrl()}/v1/vacancies/feed.atom`);
    expect(link.textContent?.trim()).to.equal(link.href);
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      q: 'docent',
      kind: 'assignment',
      sector: 'hbo',
      scaleMin: '9',
      near: 'Utrecht',
      radiusKm: '60',
    });
    // Changing a filter changes the link.
    element.kind = 'project';
    await element.updateComplete;
    expect(new URL(part<HTMLAnchorElement>(element, 'feed-link')!.href).searchParams.get('kind')).to.equal('project');

    const copyStatus = () => part(element, 'copy-status')?.textContent?.trim();
    expect(part(element, 'copy-status')?.getAttribute('role')).to.equal('status');
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    const written: string[] = [];
    try {
      // The clipboard is the browser's: record what would be written.
      clipboard.writeText = async (text: string) => void written.push(text);
      part<HTMLButtonElement>(element, 'copy-button')!.click();
      await waitUntil(() => copyStatus() === 'Gekopieerd', 'announces the copy');
      expect(written).to.deep.equal([element.feedUrl]);

      // Without clipboard access the link's text is selected for Ctrl+C.
      clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      // The previous outcome is cleared first, so that the new one is announced again.
      const seen: string[] = [];
      const observer = new MutationObserver(() => seen.push(copyStatus() ?? ''));
      observer.observe(part(element, 'copy-status')!, { childList: true, subtree: true, characterData: true });
      part<HTMLButtonElement>(element, 'copy-button')!.click();
      await waitUntil(() => seen.length >= 2 && seen[seen.length - 1] !== '', 'announces the outcome anew');
      observer.disconnect();
      expect(seen[0]).to.equal('');
      expect(['Gekopieerd', 'Kopiëren lukte niet. De link is geselecteerd: kopieer hem met Ctrl+C (of ⌘C).']).to.include(copyStatus());
    } finally {
      clipboard.writeText = original;
    }
    await expect(element).to.be.accessible();
  });

  it('serves an Atom document at the feed link', async function () {
    const element = await fixture<MobilityVacancies>(html`<mobility-vacancies base-url=${apiUrl()} kind="vacancy"></mobility-vacancies>`);
    const response = await fetch(element.feedUrl!);
    if (response.status === 404) {
      console.warn('Skipped: the server has no /v1/vacancies/feed.atom route yet.');
      (this as unknown as { skip(): never }).skip();
    }
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.match(/^application\/atom\+xml/);
    const feed = new DOMParser().parseFromString(await response.text(), 'application/xml');
    expect(feed.documentElement.localName).to.equal('feed');
    const expected = await apiPage({ kind: 'vacancy', visibility: 'public', limit: 100 });
    const titles = [...feed.querySelectorAll('entry > title')].map((t) => t.textContent);
    for (const title of titles) expect(expected.items.map((v) => v.title)).to.include(title);
  });

  /** The most session-history entries Chromium keeps per tab. */
  const maxHistoryEntries = 50;

  it('keeps the search in the page URL and restores it in a new element and on Back', async () => {
    const element = await fixture<MobilityVacancies>(html`<mobility-vacancies base-url=${apiUrl()} sync-url></mobility-vacancies>`);
    await showsCards(element);
    expect(location.search, 'nothing to write yet').to.not.contain('mv-');
    const historyLength = history.length;

    const kind = part<HTMLSelectElement>(element, 'kind-select')!;
    await tabTo(element, kind);
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => new URLSearchParams(location.search).get('mv-kind') === 'vacancy', 'a select writes the URL in place');
    expect(history.length, 'a changed select replaces the entry').to.equal(historyLength);

    const input = part<HTMLInputElement>(element, 'search-input')!;
    input.focus();
    await sendKeys({ type: 'docent' });
    const near = shadow(element).querySelector<HTMLInputElement>('#near')!;
    near.value = '3511';
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => new URLSearchParams(location.search).get('mv-q') === 'docent', 'a submitted search writes the URL');
    // Chromium keeps at most 50 entries: a tab that already holds 50 (test files share tabs) drops
    // its oldest, so the length stays 50. That the submit added an entry is then shown by Back below.
    expect(history.length, 'a submitted search is a history entry').to.equal(Math.min(historyLength + 1, maxHistoryEntries));
    const params = new URLSearchParams(location.search);
    expect(params.get('mv-near')).to.equal('3511');
    expect(params.get('q'), 'unprefixed names stay the host page’s').to.equal(null);

    fixtureCleanup();
    const restored = await fixture<MobilityVacancies>(html`<mobility-vacancies base-url=${apiUrl()} sync-url></mobility-vacancies>`);
    expect(restored.q).to.equal('docent');
    expect(restored.kind).to.equal('vacancy');
    expect(restored.near).to.equal('3511');
    const expected = await dutchPage({ q: 'docent', kind: 'vacancy', near: '3511', limit: 20 });
    // Equal relevance may tie: compare what is shown, not the order of ties.
    const sorted = (titles: string[]) => [...titles].sort().join('|');
    await waitUntil(() => sorted(cardTitles(restored)) === sorted(expected.items.map((v) => v.title)), 'the restored search', { timeout: 12000 });
    expect(shadow(restored).querySelector<HTMLInputElement>('#q')!.value).to.equal('docent');

    history.back();
    await waitUntil(() => restored.q === undefined, 'Back restores the previous search', { timeout: 5000 });
    expect(restored.kind).to.equal('vacancy');
    expect(restored.near).to.equal(undefined);
  });

  it('ranks the loaded vacancies by a career-test profile without sending it anywhere', async () => {
    const id = uniqueId();
    const result: CareerTestResult = scoreInstrument(defaultInstrument, { items: allAnswers(clearProfile), valueOrder: [] });
    expect(result.code.text).to.equal('SAE');
    const element = await fixture<MobilityVacancies>(
      html`<mobility-vacancies base-url=${`/recorded/${id}`} page-size="30"></mobility-vacancies>`,
    );
    await showsCards(element);
    const served = (await apiPage({ limit: 30 })).items;
    expect(cardTitles(element)).to.deep.equal(served.map((v) => v.title));
    const log = async () => (await (await fetch(`/recorded/log/${id}`)).json()) as Array<{ url: string; headers: Record<string, string>; body: string | null }>;
    const requestsBefore = (await log()).length;

    element.interests = result;
    const ranked = rankVacancies(result, served);
    const fit = new Map(ranked.map((m) => [m.vacancy.id, m.congruence ?? -1]));
    const expectedOrder = [...served].sort((a, b) => fit.get(b.id)! - fit.get(a.id)!);
    await showsTitles(element, expectedOrder.map((v) => v.title), 'ranked by the profile');
    expect(expectedOrder.map((v) => v.id), 'the profile changes the order').to.not.deep.equal(served.map((v) => v.id));
    const good = expectedOrder.filter((v) => fit.get(v.id)! >= 66.7);
    expect(good.length, 'some vacancies fit well').to.be.greaterThan(0);
    const badges = parts(element, 'card').map((card) => card.querySelector('[part~="badge-match"]')?.textContent?.trim() ?? null);
    expect(badges).to.deep.equal(expectedOrder.map((v) => (fit.get(v.id)! >= 66.7 ? 'Past bij je profiel' : null)));
    expect(shadow(element).querySelector<HTMLSelectElement>('#sort')!.value).to.equal('relevance');

    // Sorting by closing date asks the server and shows its order, not the profile's.
    element.sort = 'closing';
    const closing = (await apiPage({ sort: 'closing', limit: 30 })).items;
    await showsTitles(element, closing.map((v) => v.title), 'the server order');
    element.sort = undefined;
    await showsTitles(element, expectedOrder.map((v) => v.title), 'ranked again');

    const requests = await log();
    expect(requests.length, 'the sort change fetched pages').to.be.greaterThan(requestsBefore);
    const sent = JSON.stringify(requests);
    for (const secret of ['SAE', 'interest', 'riasec', 'profile', result.instrument.id]) {
      expect(sent.toLowerCase(), `nothing sent mentions ${secret}`).to.not.contain(secret.toLowerCase());
    }
    expect(element.hasAttribute('interests')).to.equal(false);
    expect(location.search).to.not.contain('SAE');
  });

  it('virtualises 1,000 vacancies with a bounded DOM and correct list semantics', async () => {
    const element = await fixture<MobilityVacancies>(html`<mobility-vacancies base-url="/bulk/1000" page-size="100"></mobility-vacancies>`);
    await waitUntil(() => statusText(element) === '1.000 vacatures gevonden', 'all 1,000 loaded', { timeout: 12000 });
    await waitUntil(() => parts(element, 'card').length > 0, 'cards render');
    const list = part(element, 'list')!;
    expect(list.getAttribute('role')).to.equal('list');
    const items = () => [...list.querySelectorAll<HTMLElement>('[role="listitem"]')];
    const rendered = items().length;
    expect(rendered, 'only a window of the list is in the DOM').to.be.within(1, 60);
    expect(shadowNodeCount(shadow(element)), 'element nodes in the shadow tree').to.be.below(2500);
    for (const item of items()) expect(item.getAttribute('aria-setsize')).to.equal('1000');
    const first = items().map((item) => Number(item.getAttribute('aria-posinset'))).sort((a, b) => a - b);
    expect(first[0]).to.equal(1);
    expect(parts(element, 'title')[0]!.textContent?.trim()).to.equal('Docent ICT 1');

    // Scrolled to the middle, other items are rendered and still say where they stand.
    // The list's height is an estimate until items are measured, so aim for its middle again on
    // every poll rather than once: on a busy machine the first scroll can land before it settles.
    const scrollToMiddle = () => {
      const box = list.getBoundingClientRect();
      window.scrollTo(0, box.top + window.scrollY + box.height / 2);
    };
    scrollToMiddle();
    await waitUntil(
      () => items().some((item) => Number(item.getAttribute('aria-posinset')) > 400) || (scrollToMiddle(), false),
      `the window moves (list ${Math.round(list.getBoundingClientRect().height)} px, scrolled to ${Math.round(window.scrollY)})`,
      { timeout: 10000, interval: 100 },
    );
    const middle = items();
    expect(middle.length).to.be.within(1, 60);
    for (const item of middle) {
      const position = Number(item.getAttribute('aria-posinset'));
      expect(item.getAttribute('aria-setsize')).to.equal('1000');
      expect(item.querySelector('[part~="title"]')?.textContent?.trim()).to.match(new RegExp(` ${position}$`));
    }
    window.scrollTo(0, 0);
    await expect(element).to.be.accessible();
  });

  it('keeps short lists plain', async () => {
    const element = await fixture<MobilityVacancies>(html`<mobility-vacancies base-url="/bulk/30" page-size="100"></mobility-vacancies>`);
    await waitUntil(() => parts(element, 'card').length === 30, 'all 30 rendered');
    expect(part(element, 'list')!.localName).to.equal('ul');
    expect(shadow(element).querySelector('[aria-setsize]')).to.equal(null);
  });
});

