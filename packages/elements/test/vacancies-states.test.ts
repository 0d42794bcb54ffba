import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMobilityClient } from '@mobility-kit/sdk';
import '../src/define.js';
import type { MobilityProvider, MobilityVacancies } from '../src/index.js';
import {
  apiPage,
  apiUrl,
  brokenApi,
  brokenStats,
  cardTitles,
  devToken,
  part,
  parts,
  settled,
  shadow,
  showsCards,
  statusText,
  uniqueId,
  unreachableUrl,
  watchUncaught,
} from './support.js';

const messages = {
  validation: 'De server stuurde gegevens die we niet konden lezen. Probeer het later opnieuw.',
  server: 'Er ging iets mis op de server. Probeer het later opnieuw.',
  unauthorized: 'Je bent niet (meer) ingelogd. Log opnieuw in en probeer het nog eens.',
  forbidden: 'Je hebt geen toegang tot deze vacatures.',
  network: 'We konden de server niet bereiken. Controleer je internetverbinding en probeer het opnieuw.',
  notConfigured:
    'Er is geen server ingesteld. Geef een base-url op of plaats het element in een <mobility-provider>.',
};

const errorMessage = (element: Element) =>
  shadow(element).querySelector('[part~="error"] .error-message')?.textContent?.trim();

describe('<mobility-vacancies> states', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(() => {
    uncaught = watchUncaught();
  });
  afterEach(() => {
    uncaught.stop();
    uncaught.assertNone();
  });

  it('is accessible while loading, with aria-busy on the results and a skeleton', async () => {
    const element = await fixture<MobilityVacancies>(
      html`<mobility-vacancies base-url=${brokenApi('slow')}></mobility-vacancies>`,
    );
    const results = part(element, 'results')!;
    expect(results.getAttribute('aria-busy')).to.equal('true');
    expect(part(element, 'skeleton'), 'a skeleton, never a blank box').to.not.equal(null);
    expect(statusText(element)).to.equal('Vacatures laden…');
    await expect(element).to.be.accessible();
    await showsCards(element);
    expect(results.getAttribute('aria-busy')).to.equal('false');
    expect(part(element, 'skeleton')).to.equal(null);
  });

  it('is accessible when nothing matches, and suggests widening the search', async () => {
    const element = await fixture<MobilityVacancies>(
      html`<mobility-vacancies base-url=${apiUrl()} q="xyzzyquux"></mobility-vacancies>`,
    );
    await settled(element);
    const empty = part(element, 'empty')!;
    expect(empty, 'the empty state').to.not.equal(null);
    expect(statusText(element)).to.equal('Geen vacatures gevonden');
    expect(empty.textContent).to.contain('Probeer een ander of korter zoekwoord');
    await expect(element).to.be.accessible();
    // Its button widens the search again.
    part<HTMLButtonElement>(element, 'clear-button')!.click();
    await showsCards(element);
    expect(element.hasAttribute('q')).to.equal(false);
  });

  const brokenCases: Array<[string, keyof typeof messages]> = [
    ['wrong-shape', 'validation'],
    ['html', 'validation'],
    ['invalid-json', 'validation'],
    ['server-error', 'server'],
    ['unauthorized', 'unauthorized'],
    ['forbidden', 'forbidden'],
  ];
  for (const [brokenCase, kind] of brokenCases) {
    it(`explains a ${brokenCase} response and retries on request`, async () => {
      const id = uniqueId();
      const element = await fixture<MobilityVacancies>(
        html`<mobility-vacancies base-url=${brokenApi(brokenCase, id)}></mobility-vacancies>`,
      );
      await settled(element);
      expect(errorMessage(element)).to.equal(messages[kind]);
      expect(statusText(element)).to.equal('De vacatures konden niet worden geladen');
      await expect(element).to.be.accessible();
      const before = (await brokenStats(id)).hits;
      const retry = part<HTMLButtonElement>(element, 'retry-button')!;
      expect(retry.textContent?.trim()).to.equal('Opnieuw proberen');
      retry.click();
      await waitUntil(async () => (await brokenStats(id)).hits > before, 'Retry sends a new request');
      await settled(element);
      expect(errorMessage(element), 'still broken, still explained').to.equal(messages[kind]);
      // The host fixes the address: the element loads real data.
      element.baseUrl = apiUrl();
      await showsCards(element);
      expect(part(element, 'error')).to.equal(null);
    });
  }

  it('explains an unreachable server', async () => {
    const element = await fixture<MobilityVacancies>(
      html`<mobility-vacancies base-url=${unreachableUrl()}></mobility-vacancies>`,
    );
    await settled(element);
    expect(errorMessage(element)).to.equal(messages.network);
  });

  it('shows content after Retry once the server recovers (keyboard)', async () => {
    const id = uniqueId();
    const element = await fixture<MobilityVacancies>(
      html`<mobility-vacancies base-url=${brokenApi('flaky', id)}></mobility-vacancies>`,
    );
    await settled(element);
    expect(errorMessage(element)).to.equal(messages.server);
    const retry = part<HTMLButtonElement>(element, 'retry-button')!;
    for (let i = 0; i < 40 && shadow(element).activeElement !== retry; i++) await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement === retry, 'Retry is reached by Tab').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await showsCards(element);
    const served = await apiPage({ limit: 20 });
    expect(cardTitles(element)).to.deep.equal(served.items.map((v) => v.title));
    // The failed load, the retry, and the organisation list, fetched once Tab entered the filters.
    expect((await brokenStats(id)).hits).to.equal(3);
  });

  it('says so when no server is configured, and loads once a base-url is set', async () => {
    const element = await fixture<MobilityVacancies>(html`<mobility-vacancies></mobility-vacancies>`);
    await settled(element);
    expect(errorMessage(element)).to.equal(messages.notConfigured);
    element.setAttribute('base-url', apiUrl());
    await showsCards(element);
  });

  it('uses its own base-url without a provider', async () => {
    const served = await apiPage({ limit: 5 });
    const element = await fixture<MobilityVacancies>(
      html`<mobility-vacancies base-url=${apiUrl()} page-size="5"></mobility-vacancies>`,
    );
    await showsCards(element);
    expect(cardTitles(element)).to.deep.equal(served.items.map((v) => v.title));
  });

  it('aborts the older request when a newer search starts', async () => {
    const id = uniqueId();
    const element = await fixture<MobilityVacancies>(
      html`<mobility-vacancies base-url=${brokenApi('slow', id)}></mobility-vacancies>`,
    );
    await waitUntil(async () => (await brokenStats(id)).hits === 1, 'the first request is under way');
    element.kind = 'assignment';
    await settled(element);
    await waitUntil(async () => (await brokenStats(id)).aborted === 1, 'the first request was aborted');
    const expected = (await apiPage({ kind: 'assignment', limit: 20 })).items.map((v) => v.title);
    expect(cardTitles(element)).to.deep.equal(expected);
  });

  it('shows markup from the API as text, never as markup', async () => {
    const element = await fixture<MobilityVacancies>(
      html`<mobility-vacancies base-url=${brokenApi('hostile')} page-size="3"></mobility-vacancies>`,
    );
    await showsCards(element);
    const button = part<HTMLButtonElement>(element, 'title-button')!;
    button.click();
    await element.updateComplete;
    const root = shadow(element);
    expect(button.textContent?.trim()).to.match(/^<b>.+<\/b>$/);
    expect(root.querySelector('b, img, script, a[href^="javascript"]')).to.equal(null);
    const detail = part(element, 'detail')!;
    expect(detail.querySelector('strong')?.textContent, 'Markdown emphasis is structure').to.equal('Vet');
    expect(detail.textContent, 'HTML stays text').to.contain('<script>window.__pwned = true</script>');
    expect(detail.textContent).to.contain('[klik](javascript:window.__pwned=true)');
    expect(detail.querySelector('a[href="https://example.org/info"]')?.textContent).to.equal('meer informatie');
    expect(part(element, 'summary')?.textContent).to.contain('<img');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.__pwned).to.equal(undefined);
    expect(part<HTMLAnchorElement>(element, 'apply-link')?.href).to.equal('https://example.org/solliciteer');
  });
});

describe('<mobility-provider>', () => {
  it('gives every element inside the same client and replaces it when base-url changes', async () => {
    const provider = await fixture<MobilityProvider>(html`
      <mobility-provider base-url=${apiUrl()}>
        <mobility-vacancies page-size="3"></mobility-vacancies>
        <div><mobility-vacancies page-size="3" kind="assignment"></mobility-vacancies></div>
      </mobility-provider>
    `);
    const [first, second] = provider.querySelectorAll('mobility-vacancies');
    await showsCards(first!);
    await settled(second!);
    const client = provider.client;
    expect(client?.baseUrl).to.equal(apiUrl());
    provider.baseUrl = brokenApi('server-error');
    await provider.updateComplete;
    expect(provider.client).to.not.equal(client);
    await waitUntil(() => part(first!, 'error') && part(second!, 'error'), 'both elements use the new client', {
      timeout: 12000,
    });
    expect(errorMessage(first!)).to.equal(messages.server);
    expect(getComputedStyle(provider).display).to.equal('contents');
  });

  it('provides a client the host made itself, and returns to base-url when it is taken away', async () => {
    const seen: string[] = [];
    const own = createMobilityClient({
      baseUrl: apiUrl(),
      fetch: (input, init) => {
        seen.push(new Request(input, init).url);
        return fetch(input, init);
      },
    });
    const fallback = brokenApi('server-error');
    const provider = await fixture<MobilityProvider>(html`
      <mobility-provider base-url=${fallback} .client=${own}>
        <mobility-vacancies page-size="3"></mobility-vacancies>
      </mobility-provider>
    `);
    const element = provider.querySelector('mobility-vacancies') as MobilityVacancies;
    await showsCards(element);
    expect(provider.client).to.equal(own);
    expect(cardTitles(element)).to.deep.equal((await apiPage({ limit: 3 })).items.map((v) => v.title));
    expect(seen.some((url) => url.startsWith(`${apiUrl()}/v1/vacancies`)), "requests went through the host's fetch").to.equal(true);

    provider.client = undefined;
    await provider.updateComplete;
    expect(provider.client).to.not.equal(own);
    expect((provider as MobilityProvider).client?.baseUrl).to.equal(fallback);
    await waitUntil(() => part(element, 'error'), 'falls back to the base-url client', { timeout: 12000 });
    expect(errorMessage(element)).to.equal(messages.server);
  });

  it('sends the token and reloads when someone signs in, not when a token is refreshed', async () => {
    const token = await devToken('hogeschool-utrecht');
    const anonymous = (await apiPage({ limit: 100 })).items;
    const signedIn = (await apiPage({ limit: 100 }, token)).items;
    expect(signedIn.some((v) => v.visibility === 'internal'), 'the seed has internal vacancies').to.equal(true);
    const provider = await fixture<MobilityProvider>(html`
      <mobility-provider base-url=${apiUrl()}><mobility-vacancies page-size="100" virtualize-above="100"></mobility-vacancies></mobility-provider>
    `);
    const element = provider.querySelector('mobility-vacancies') as MobilityVacancies;
    await showsCards(element);
    expect(cardTitles(element)).to.deep.equal(anonymous.map((v) => v.title));
    const anonymousClient = provider.client;

    provider.getToken = async () => token;
    const expected = signedIn.map((v) => v.title).join('|');
    expect(expected).to.not.equal(anonymous.map((v) => v.title).join('|'));
    await waitUntil(() => cardTitles(element).join('|') === expected, 'reloads with the token', { timeout: 12000 });
    expect(parts(element, 'badge-visibility').map((b) => b.textContent?.trim())).to.include('Intern');
    const signedInClient = provider.client;
    expect(signedInClient).to.not.equal(anonymousClient);

    provider.token = 'a-refreshed-token';
    await provider.updateComplete;
    expect(provider.client, 'a refreshed token keeps the client').to.equal(signedInClient);
  });

  it('reloads when a token of another organisation replaces the token, not when the same one is refreshed', async () => {
    const utrecht = await devToken('hogeschool-utrecht');
    const amsterdam = await devToken('hogeschool-van-amsterdam');
    const provider = await fixture<MobilityProvider>(html`
      <mobility-provider base-url=${apiUrl()} .token=${utrecht}><mobility-vacancies page-size="100" virtualize-above="100"></mobility-vacancies></mobility-provider>
    `);
    const element = provider.querySelector('mobility-vacancies') as MobilityVacancies;
    await showsCards(element);
    const utrechtClient = provider.client;

    // The same claims with a new issue and expiry time: a refresh, which keeps the client.
    const [header, payload, signature] = utrecht.split('.');
    const claims = JSON.parse(atob(payload!.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, number>;
    const refreshed = [header, btoa(JSON.stringify({ ...claims, iat: claims.iat! + 60, exp: claims.exp! + 60 })).replace(/=+$/, ''), signature].join('.');
    provider.token = refreshed;
    await provider.updateComplete;
    expect(provider.client, 'a refreshed token keeps the client').to.equal(utrechtClient);

    provider.token = amsterdam;
    await provider.updateComplete;
    expect(provider.client, 'another organisation gets a new client').to.not.equal(utrechtClient);
    const expected = (await apiPage({ limit: 100 }, amsterdam)).items.map((v) => v.title).join('|');
    await waitUntil(() => cardTitles(element).join('|') === expected, 'reloads with what Amsterdam may see', { timeout: 12000 });
  });

  it('is found by elements that were upgraded before it', async () => {
    const container = await fixture<HTMLDivElement>(html`
      <div>
        <late-mobility-provider base-url=${apiUrl()}>
          <mobility-vacancies page-size="2"></mobility-vacancies>
        </late-mobility-provider>
      </div>
    `);
    const element = container.querySelector('mobility-vacancies') as MobilityVacancies;
    await settled(element);
    expect(errorMessage(element)).to.equal(messages.notConfigured);
    const { MobilityProvider } = await import('../src/index.js');
    customElements.define('late-mobility-provider', class extends MobilityProvider {});
    await showsCards(element);
    expect(parts(element, 'card')).to.have.length(2);
  });
});
