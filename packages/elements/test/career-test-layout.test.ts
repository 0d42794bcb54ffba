import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import type { MobilityCareerTest } from '../src/index.js';
import { apiUrl, part, parts, shadow } from './support.js';
import { allAnswers, clearCareerStorage, clickPart, seedProgress, tiedProfile, vacanciesSettled } from './career-test-support.js';

/** The result of a finished test, reached through saved progress. */
async function renderResult(): Promise<MobilityCareerTest> {
  seedProgress({ items: allAnswers(tiedProfile), step: { view: 'result' }, valuesSkipped: true });
  const element = await fixture<MobilityCareerTest>(html`<mobility-career-test base-url=${apiUrl()}></mobility-career-test>`);
  await clickPart(element, 'start-button');
  await vacanciesSettled(element);
  return element;
}

describe('<mobility-career-test> layout, motion and print', () => {
  beforeEach(() => clearCareerStorage());
  afterEach(async () => {
    clearCareerStorage();
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference', media: 'screen' });
  });

  it('reflows to 320 px without horizontal scrolling: intro, items, validation, values and result', async () => {
    await setViewport({ width: 320, height: 640 });
    const noHorizontalScroll = (element: MobilityCareerTest, what: string) => {
      expect(document.documentElement.scrollWidth, `${what}: page width`).to.be.at.most(window.innerWidth);
      expect(element.scrollWidth, `${what}: element`).to.be.at.most(element.clientWidth + 1);
      for (const node of shadow(element).querySelectorAll<HTMLElement>('fieldset, .value, .bar-row, .code, .match, .actions')) {
        expect(node.getBoundingClientRect().right, `${what}: ${node.className || node.localName}`).to.be.at.most(window.innerWidth + 0.5);
      }
    };
    seedProgress({ items: allAnswers(tiedProfile), step: { view: 'values' } });
    const element = await fixture<MobilityCareerTest>(html`<mobility-career-test base-url=${apiUrl()}></mobility-career-test>`);
    noHorizontalScroll(element, 'intro');
    await clickPart(element, 'start-button');
    noHorizontalScroll(element, 'values');
    await clickPart(element, 'back-button');
    noHorizontalScroll(element, 'items');
    await expect(element).to.be.accessible();
    element.remove();
    clearCareerStorage();

    const fresh = await fixture<MobilityCareerTest>(html`<mobility-career-test></mobility-career-test>`);
    await clickPart(fresh, 'start-button');
    await clickPart(fresh, 'next-button');
    expect(parts(fresh, 'item').filter((f) => f.classList.contains('invalid'))).to.have.length(6);
    noHorizontalScroll(fresh, 'validation');
    fresh.remove();

    const result = await renderResult();
    noHorizontalScroll(result, 'result');
    await expect(result).to.be.accessible();
  });

  it('does not animate the bars under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const still = await renderResult();
    for (const fill of shadow(still).querySelectorAll('.bar-fill')) expect(getComputedStyle(fill).animationName).to.equal('none');
    still.remove();

    await emulateMedia({ reducedMotion: 'no-preference' });
    const moving = await renderResult();
    const names = [...shadow(moving).querySelectorAll('.bar-fill')].map((fill) => getComputedStyle(fill).animationName);
    expect(names).to.have.length(6);
    expect(new Set(names)).to.deep.equal(new Set(['mobility-career-test-grow']));
  });

  it('prints the result without buttons or navigation', async () => {
    const element = await renderResult();
    const rendered = (name: string) => part(element, name)!.getClientRects().length > 0;
    expect(rendered('print-button')).to.equal(true);
    await emulateMedia({ media: 'print' });
    expect(rendered('print-button'), 'print button').to.equal(false);
    expect(rendered('forget-button'), 'forget button').to.equal(false);
    expect(rendered('result'), 'the result').to.equal(true);
    expect(getComputedStyle(part(element, 'chart')!).display).to.not.equal('none');
    expect(getComputedStyle(part(element, 'code')!).display).to.not.equal('none');
    expect(getComputedStyle(part(element, 'table')!).display).to.not.equal('none');
  });
});
