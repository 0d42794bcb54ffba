import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../src/calculator/define.js';
import type { MobilityCalculator } from '../src/calculator/mobility-calculator.js';
import { part, parts, shadow } from './support.js';
import { exampleC, input, showsResults } from './calculator-support.js';

async function computed(values: Record<string, string>): Promise<MobilityCalculator> {
  const element = await fixture<MobilityCalculator>(html`<mobility-calculator lang="nl"></mobility-calculator>`);
  for (const [id, value] of Object.entries(values)) {
    const field = input(element, id);
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await element.updateComplete;
  part<HTMLButtonElement>(element, 'compute-button')!.click();
  await showsResults(element);
  return element;
}

/** Every CSS animation or transition on the chart and its parts. */
function motionOf(element: MobilityCalculator): string[] {
  const nodes = [...shadow(element).querySelectorAll('.chart, .chart *, .explanation, .disclosure')];
  return nodes.flatMap((node) => {
    const style = getComputedStyle(node);
    const moving: string[] = [];
    if (style.animationName !== 'none') moving.push(`${node.nodeName} animation ${style.animationName}`);
    if (style.transitionDuration.split(',').some((d) => parseFloat(d) > 0)) moving.push(`${node.nodeName} transition ${style.transitionProperty}`);
    return moving;
  });
}

describe('<mobility-calculator> layout and motion', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('never animates the chart, and respects prefers-reduced-motion', async () => {
    const element = await computed({ ...exampleC, workedYears: '20', birthDate: '1980-01-01' });
    expect(parts(element, 'chart').length).to.be.greaterThan(0);
    expect(motionOf(element), 'no motion by default').to.deep.equal([]);
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    expect(motionOf(element), 'no motion with reduced motion').to.deep.equal([]);
    // No SMIL animation inside the SVG either.
    expect(shadow(element).querySelectorAll('animate, animateTransform, animateMotion, set').length).to.equal(0);
  });

  it('reflows to 320 px: the page never scrolls sideways, the tables scroll in their own labelled region', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await fixture<MobilityCalculator>(html`<mobility-calculator lang="nl"></mobility-calculator>`);
    const noPageScroll = (what: string) => {
      expect(document.documentElement.scrollWidth, `${what}: page width`).to.be.at.most(window.innerWidth);
      expect(element.scrollWidth, `${what}: element`).to.be.at.most(element.clientWidth + 1);
      for (const node of [part(element, 'form')!, ...parts(element, 'chart'), ...parts(element, 'figure')]) {
        expect(node.scrollWidth, `${what}: ${node.getAttribute('part')}`).to.be.at.most(node.clientWidth + 1);
      }
    };
    noPageScroll('empty form');
    part<HTMLButtonElement>(element, 'compute-button')!.click();
    await element.updateComplete;
    noPageScroll('invalid form');
    element.remove();

    const withResults = await computed({ ...exampleC, jobMonthlyWage: '3600', partTimeMonthlyAmount: '1500' });
    parts(withResults, 'explain-button').forEach((button) => button.click());
    await withResults.updateComplete;
    const check = () => {
      expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(window.innerWidth);
      for (const region of parts(withResults, 'table-region')) {
        expect(region.getAttribute('role')).to.equal('region');
        expect(region.getAttribute('tabindex')).to.equal('0');
        expect(region.getAttribute('aria-label')).to.not.equal('');
        expect(region.clientWidth, 'region fits the viewport').to.be.at.most(window.innerWidth);
      }
    };
    check();
    const wide = parts(withResults, 'table-region').find((region) => region.scrollWidth > region.clientWidth);
    expect(wide, 'at 320 px the month tables need their own scrolling').to.exist;
    await expect(withResults).to.be.accessible();
  });

  it('has forced-colours styles the browser parses: system colours, layers apart by pattern', async () => {
    // The test runner cannot emulate forced colours in Chromium (only colour scheme and reduced
    // motion), so check the rules the browser actually parsed for the element.
    const element = await computed({ ...exampleC, workedYears: '20', birthDate: '1980-01-01' });
    const sheets = shadow(element).adoptedStyleSheets;
    const forced = sheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'))
      .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
    const declaration = (selector: string, property: string) =>
      forced.find((rule) => rule.selectorText.split(',').map((s) => s.trim()).includes(selector))?.style.getPropertyValue(property);
    expect(declaration('.band', 'fill')).to.equal('canvas');
    expect(declaration('.band', 'stroke')).to.equal('canvastext');
    expect(declaration('.band-ww', 'fill')).to.equal('canvastext');
    expect(declaration('.pattern-line', 'stroke')).to.equal('canvastext');
    // Every layer but the WW carries a pattern, so the layers stay apart without colour.
    const patterned = new Set([...shadow(element).querySelectorAll('pattern')].map((p) => p.id.split('-').pop()));
    expect([...patterned].sort()).to.deep.equal(['asu', 'avu', 'extraAsu', 'income', 'ru', 'suppletion']);
  });
});
