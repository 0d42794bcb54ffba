import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Vacancy, VacancyPage } from '@mobility-kit/contract';
import '../src/define.js';
import type { MobilityProvider, MobilityVacancies } from '../src/index.js';
import {
  apiPage,
  apiUrl,
  cardTitles,
  part,
  parts,
  shadow,
  showsCards,
  statusText,
  watchUncaught,
} from './support.js';

async function renderInProvider(pageSize = 100, lang?: string) {
  const provider = await fixture<MobilityProvider>(html`
    <mobility-provider base-url=${apiUrl()} lang=${lang ?? 'nl'}>
      <mobility-vacancies page-size=${pageSize} virtualize-above="100"></mobility-vacancies>
    </mobility-provider>
  `);
  const element = provider.querySelector('mobility-vacancies') as MobilityVacancies;
  return { provider, element };
}

/** Press Tab until `target` (inside the element's shadow root) has focus; fail after `max` presses. */
async function tabTo(element: Element, target: Element, max = 40) {
  for (let i = 0; i < max && shadow(element).activeElement !== target; i++) await sendKeys({ press: 'Tab' });
  // Compare identities, not elements: chai would try to print a whole Lit element on failure.
  const active = shadow(element).activeElement;
  expect(active === target, `reached by Tab (focus is on ${active?.id || active?.localName || 'nothing'})`).to.equal(true);
}

/** A word from the served titles that matches some, but not all, vacancies. */
async function narrowingWord(all: Vacancy[]): Promise<{ word: string; page: Vacancy[] }> {
  const words = [...new Set(all.flatMap((v) => v.title.split(/[^\p{L}]+/u)).filter((w) => w.length >= 5))];
  for (const word of words) {
    // In Dutch, as the element asks: the language decides the stemming and so the ranking.
    const response = await fetch(`${apiUrl()}/v1/vacancies?${new URLSearchParams({ q: word, limit: '100' })}`, {
      headers: { 'accept-language': 'nl' },
    });
    const page = ((await response.json()) as VacancyPage).items;
    if (page.length > 0 && page.length < all.length) return { word, page };
  }
  throw new Error('the seed has no title word that narrows the list');
}

describe('<mobility-vacancies> in <mobility-provider>', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(() => {
    uncaught = watchUncaught();
  });
  afterEach(() => {
    uncaught.stop();
    uncaught.assertNone();
  });

  it('is accessible with content', async () => {
    const { element } = await renderInProvider();
    await showsCards(element);
    await expect(element).to.be.accessible();
  });

  it('renders the titles the reference server serves, in its shadow DOM', async () => {
    const served = await apiPage({ limit: 100 });
    expect(served.items.length, 'the seed serves public vacancies').to.be.greaterThan(0);
    const { element } = await renderInProvider();
    await showsCards(element);
    expect(cardTitles(element)).to.deep.equal(served.items.map((v) => v.title));
    expect(element.querySelector('[part~="card"]'), 'cards are not in the light DOM').to.equal(null);
    const list = part(element, 'list');
    expect(list?.localName).to.equal('ul');
    expect(list?.getAttribute('role')).to.equal('list');
  });

  it('shows organisation, place, hours and the closing date formatted by Intl', async () => {
    const served = await apiPage({ limit: 100 });
    const { element } = await renderInProvider();
    await showsCards(element);
    const first = served.items[0]!;
    const card = parts(element, 'card')[0]!;
    const text = card.textContent ?? '';
    expect(text).to.contain(first.organisation.name);
    expect(text).to.contain(first.location.city);
    const closing = new Intl.DateTimeFormat('nl', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${first.validThrough}T00:00:00Z`),
    );
    expect(card.querySelector('time')?.getAttribute('datetime')).to.equal(first.validThrough);
    expect(card.querySelector('time')?.textContent).to.equal(closing);
    expect(card.querySelector('[part~="badge-kind"]')?.textContent?.trim()).to.be.a('string').and.not.equal('');
    expect(card.querySelector('[part~="badge-visibility"]')?.textContent?.trim()).to.be.a('string').and.not.equal('');
  });

  it('announces the result count in a polite status region', async () => {
    const served = await apiPage({ limit: 100 });
    const { element } = await renderInProvider();
    await showsCards(element);
    const status = part(element, 'status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.getAttribute('aria-live')).to.equal('polite');
    const n = served.items.length;
    const expected = served.nextCursor
      ? `${n} vacatures getoond, er zijn er meer`
      : n === 1
        ? '1 vacature gevonden'
        : `${n} vacatures gevonden`;
    expect(statusText(element)).to.equal(expected);
    expect(parts(element, 'card')).to.have.length(n);
  });

  it('narrows the results with a search typed and submitted by keyboard only', async () => {
    const all = (await apiPage({ limit: 100 })).items;
    const { word, page } = await narrowingWord(all);
    const { element } = await renderInProvider();
    await showsCards(element);
    const input = part<HTMLInputElement>(element, 'search-input')!;
    await tabTo(element, input);
    await sendKeys({ type: word });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cardTitles(element).length === page.length, 'the list narrows', { timeout: 12000 });
    // Equal relevance may tie: compare what is shown, not the order of ties.
    expect([...cardTitles(element)].sort()).to.deep.equal(page.map((v) => v.title).sort());
    expect(element.q).to.equal(word);
    expect(element.getAttribute('q'), 'the search is reflected').to.equal(word);
    expect(statusText(element)).to.contain(String(page.length));
  });

  it('filters by kind with the keyboard', async () => {
    const { element } = await renderInProvider();
    await showsCards(element);
    const select = part<HTMLSelectElement>(element, 'kind-select')!;
    await tabTo(element, select);
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => element.kind === 'vacancy', 'ArrowDown picks the first kind', { timeout: 5000 });
    expect(element.getAttribute('kind')).to.equal('vacancy');
    const expected = (await apiPage({ kind: 'vacancy', limit: 100 })).items;
    expect(expected.length, 'the seed has vacancies of kind "vacancy"').to.be.greaterThan(0);
    const titles = expected.map((v) => v.title).join('|');
    await waitUntil(() => cardTitles(element).join('|') === titles, 'only that kind is shown', { timeout: 12000 });
    for (const badge of parts(element, 'badge-kind')) expect(badge.textContent?.trim()).to.equal('Vacature');
  });

  it('shows only the organisation given in the organisation attribute', async () => {
    const all = (await apiPage({ limit: 100 })).items;
    const organisation = all[all.length - 1]!.organisation;
    const expected = (await apiPage({ organisation: organisation.id, limit: 100 })).items;
    const { element } = await renderInProvider();
    element.setAttribute('organisation', organisation.id);
    await waitUntil(() => cardTitles(element).join('|') === expected.map((v) => v.title).join('|'), 'filtered', {
      timeout: 12000,
    });
    for (const card of parts(element, 'card')) expect(card.textContent).to.contain(organisation.name);
  });

  it('speaks English with lang="en" and follows a change of lang', async () => {
    const { provider, element } = await renderInProvider(100, 'en');
    await showsCards(element);
    const label = () => shadow(element).querySelector('label[for="q"]')?.textContent?.trim();
    expect(label()).to.equal('Search vacancies');
    expect(statusText(element)).to.match(/vacanc(y|ies) (found|, more available)|Showing/);
    provider.setAttribute('lang', 'nl');
    await waitUntil(() => label() === 'Zoek vacatures', 'switches back to Dutch');
    expect(statusText(element)).to.match(/vacatures? (gevonden|getoond)/);
  });

  it('fires a cancelable mobility-vacancy-select when a title is activated', async () => {
    const served = await apiPage({ limit: 100 });
    const { element } = await renderInProvider();
    await showsCards(element);
    const received: CustomEvent[] = [];
    const onSelect = (event: CustomEvent) => {
      received.push(event);
      event.preventDefault();
    };
    document.addEventListener('mobility-vacancy-select', onSelect as EventListener);
    try {
      const button = part<HTMLButtonElement>(element, 'title-button')!;
      await tabTo(element, button);
      await sendKeys({ press: 'Enter' });
      expect(received).to.have.length(1);
      const [event] = received;
      expect(event!.bubbles && event!.composed && event!.cancelable).to.equal(true);
      expect(event!.detail.vacancy.id).to.equal(served.items[0]!.id);
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded'), 'cancelled: the card stays closed').to.equal('false');
    } finally {
      document.removeEventListener('mobility-vacancy-select', onSelect as EventListener);
    }
    // Not cancelled: the card expands and shows the description.
    const button = part<HTMLButtonElement>(element, 'title-button')!;
    button.click();
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const detail = shadow(element).getElementById(button.getAttribute('aria-controls')!)!;
    expect(detail.hidden).to.equal(false);
    const firstParagraph = served.items[0]!.description.split(/\n\s*\n/)[0]!.trim().replace(/\*\*|__/g, '');
    expect(detail.textContent).to.contain(firstParagraph);
    await expect(element).to.be.accessible();
  });

  it('links titles to detail-url and still lets the host cancel', async () => {
    const served = await apiPage({ limit: 100 });
    const { element } = await renderInProvider();
    element.setAttribute('detail-url', '#vacature/{id}');
    await showsCards(element);
    await element.updateComplete;
    const link = part<HTMLAnchorElement>(element, 'title-link')!;
    expect(link.getAttribute('href')).to.equal(`#vacature/${served.items[0]!.id}`);
    const cancel = (event: Event) => event.preventDefault();
    element.addEventListener('mobility-vacancy-select', cancel);
    link.click();
    element.removeEventListener('mobility-vacancy-select', cancel);
    expect(location.hash, 'a cancelled select does not navigate').to.not.equal(`#vacature/${served.items[0]!.id}`);
  });

  it('shows more by cursor and moves focus to the first new card', async () => {
    const firstPage = await apiPage({ limit: 2 });
    if (firstPage.nextCursor === null) throw new Error('the seed needs more than two public vacancies');
    const secondPage = await apiPage({ limit: 2, cursor: firstPage.nextCursor });
    const { element } = await renderInProvider(2);
    await showsCards(element);
    expect(statusText(element)).to.equal('2 vacatures getoond, er zijn er meer');
    const more = part<HTMLButtonElement>(element, 'more-button')!;
    await tabTo(element, more, 60);
    await sendKeys({ press: 'Enter' });
    const expected = [...firstPage.items, ...secondPage.items].map((v) => v.title);
    await waitUntil(() => cardTitles(element).length === expected.length, 'the next page is appended', { timeout: 12000 });
    expect(cardTitles(element)).to.deep.equal(expected);
    await waitUntil(() => shadow(element).activeElement?.id === `title-${secondPage.items[0]!.id}`, 'focus moves');
  });
});
