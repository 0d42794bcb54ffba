import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { clearTranslations, registerTranslations, resolveLanguageTag, type MobilityVacancies } from '../src/index.js';
import { shadow } from './support.js';

const label = (element: Element) => shadow(element).querySelector('label[for="q"]')?.textContent?.trim();

describe('localisation', () => {
  afterEach(() => {
    clearTranslations('mobility-vacancies');
    document.documentElement.lang = 'nl';
  });

  it('is accessible in English', async () => {
    const element = await fixture<MobilityVacancies>(html`<mobility-vacancies lang="en-GB"></mobility-vacancies>`);
    expect(label(element)).to.equal('Search vacancies');
    await expect(element).to.be.accessible();
  });

  it('takes the language from the element, an ancestor across shadow roots, then <html lang>', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    root.innerHTML = '<section><mobility-vacancies></mobility-vacancies></section>';
    const element = root.querySelector('mobility-vacancies') as MobilityVacancies;
    expect(resolveLanguageTag(element)).to.equal('en');
    await element.updateComplete;
    expect(label(element)).to.equal('Search vacancies');

    element.setAttribute('lang', 'nl');
    await waitUntil(() => label(element) === 'Zoek vacatures', 'its own lang wins');

    const plain = await fixture<MobilityVacancies>(html`<mobility-vacancies></mobility-vacancies>`);
    expect(label(plain)).to.equal('Zoek vacatures');
    document.documentElement.lang = 'en';
    await waitUntil(() => label(plain) === 'Search vacancies', 'follows <html lang>');
  });

  it('falls back to Dutch for a language it does not ship', async () => {
    const element = await fixture<MobilityVacancies>(html`<mobility-vacancies lang="de"></mobility-vacancies>`);
    expect(label(element)).to.equal('Zoek vacatures');
    expect(shadow(element).querySelector('.root')?.getAttribute('lang'), 'marks the text as Dutch').to.equal('nl');
  });

  it('lets the host override strings and add a language, live', async () => {
    const element = await fixture<MobilityVacancies>(html`<mobility-vacancies></mobility-vacancies>`);
    registerTranslations('mobility-vacancies', 'nl', { searchLabel: 'Zoek in de vacaturebank', kinds: { assignment: 'Klusje' } });
    await waitUntil(() => label(element) === 'Zoek in de vacaturebank', 'the override applies at once');
    const options = [...shadow(element).querySelectorAll('option')].map((o) => o.textContent?.trim());
    expect(options).to.include('Klusje').and.include('Vacature');

    registerTranslations('mobility-vacancies', 'fy', { searchLabel: 'Sykje fakatueres' });
    element.setAttribute('lang', 'fy');
    await waitUntil(() => label(element) === 'Sykje fakatueres', 'a registered language is used');
    expect(shadow(element).querySelector('button[type="submit"]')?.textContent?.trim(), 'Dutch for the rest').to.equal('Zoeken');
  });
});
