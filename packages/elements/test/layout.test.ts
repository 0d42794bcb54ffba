import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import type { MobilityVacancies } from '../src/index.js';
import { apiUrl, brokenApi, part, parts, settled, showsCards } from './support.js';

describe('layout and motion', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('is accessible at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await fixture<MobilityVacancies>(
      html`<mobility-vacancies base-url=${apiUrl()} page-size="5"></mobility-vacancies>`,
    );
    await showsCards(element);
    await expect(element).to.be.accessible();
  });

  it('reflows to 320 px without horizontal scrolling, in every state', async () => {
    await setViewport({ width: 320, height: 640 });
    const noHorizontalScroll = (what: string) => {
      expect(document.documentElement.scrollWidth, `${what}: page width`).to.be.at.most(window.innerWidth);
      for (const node of [element, ...parts(element, 'card'), part(element, 'search')!]) {
        expect(node.scrollWidth, `${what}: ${node.getAttribute('part') ?? node.localName}`).to.be.at.most(node.clientWidth + 1);
      }
    };
    const element = await fixture<MobilityVacancies>(
      html`<mobility-vacancies base-url=${apiUrl()} page-size="10"></mobility-vacancies>`,
    );
    noHorizontalScroll('loading');
    await showsCards(element);
    noHorizontalScroll('content');
    parts<HTMLButtonElement>(element, 'title-button')[0]!.click();
    await element.updateComplete;
    noHorizontalScroll('expanded');
    element.baseUrl = brokenApi('server-error');
    await settled(element);
    noHorizontalScroll('error');
  });

  it('animates the skeleton, except with prefers-reduced-motion', async () => {
    const skeletonAnimation = async () => {
      const element = await fixture<MobilityVacancies>(
        html`<mobility-vacancies base-url=${brokenApi('slow')}></mobility-vacancies>`,
      );
      const bone = part(element, 'skeleton')!.querySelector('.skeleton')!;
      return getComputedStyle(bone).animationName;
    };
    expect(await skeletonAnimation()).to.equal('mobility-skeleton-pulse');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(await skeletonAnimation()).to.equal('none');
  });

  it('shows a visible focus indicator', async () => {
    const element = await fixture<MobilityVacancies>(html`<mobility-vacancies base-url=${apiUrl()}></mobility-vacancies>`);
    const input = part<HTMLInputElement>(element, 'search-input')!;
    const { sendKeys } = await import('@web/test-runner-commands');
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(input);
    const style = getComputedStyle(input);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('follows NL Design System tokens through the shipped theme, and keeps defaults for the rest', async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/packages/elements/themes/nl-design-system.css';
    const tokens = document.createElement('style');
    tokens.textContent = ':root { --utrecht-link-color: rgb(1, 2, 3); }';
    await new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = reject;
      document.head.append(tokens, link);
    });
    try {
      const element = await fixture<MobilityVacancies>(
        html`<mobility-vacancies base-url=${apiUrl()} page-size="1"></mobility-vacancies>`,
      );
      await showsCards(element);
      const title = part(element, 'title-button')!;
      expect(getComputedStyle(title).color, 'mapped token').to.equal('rgb(1, 2, 3)');
      const button = part(element, 'search-button')!;
      expect(getComputedStyle(button).backgroundColor, 'unmapped: the default').to.equal('rgb(11, 83, 148)');
    } finally {
      link.remove();
      tokens.remove();
    }
  });
});
