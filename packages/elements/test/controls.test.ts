/**
 * One style base for the controls (`shared/controls.styles.ts`): every element's primary button,
 * each element in a state that shows one, has the same box and the same focus ring — and the
 * base is still themable per element through its component token.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { MobilityCalculator, MobilityCareerTest, MobilityDashboard, MobilityStories, MobilityVacancies } from '../src/index.js';
import { apiUrl, devToken, part, showsCards, unreachableUrl } from './support.js';

interface PrimaryButtonCase {
  tag: string;
  /** Mounts the element in a state that shows a primary button, and returns that button. */
  mount(): Promise<HTMLButtonElement>;
}

const retryButton = async (element: HTMLElement): Promise<HTMLButtonElement> => {
  await waitUntil(() => part(element, 'retry-button'), 'the error message with its retry button appears', { timeout: 12000, interval: 50 });
  return part<HTMLButtonElement>(element, 'retry-button')!;
};

const cases: PrimaryButtonCase[] = [
  {
    tag: 'mobility-vacancies',
    async mount() {
      const element = await fixture<MobilityVacancies>(html`<mobility-vacancies base-url=${apiUrl()} page-size="2"></mobility-vacancies>`);
      await showsCards(element);
      return part<HTMLButtonElement>(element, 'search-button')!;
    },
  },
  {
    tag: 'mobility-stories',
    async mount() {
      // Its only primary button is the one in its error message.
      const element = await fixture<MobilityStories>(html`<mobility-stories base-url=${unreachableUrl()} channel="public"></mobility-stories>`);
      return retryButton(element);
    },
  },
  {
    tag: 'mobility-career-test',
    async mount() {
      localStorage.clear();
      const element = await fixture<MobilityCareerTest>(html`<mobility-career-test></mobility-career-test>`);
      await waitUntil(() => part(element, 'start-button'), 'the introduction appears', { timeout: 5000 });
      return part<HTMLButtonElement>(element, 'start-button')!;
    },
  },
  {
    tag: 'mobility-calculator',
    async mount() {
      const element = await fixture<MobilityCalculator>(html`<mobility-calculator lang="nl"></mobility-calculator>`);
      await element.updateComplete;
      return part<HTMLButtonElement>(element, 'compute-button')!;
    },
  },
  {
    tag: 'mobility-dashboard',
    async mount() {
      // Its only primary button is the one in its error message.
      const token = await devToken('hogeschool-utrecht', 'hr');
      const provider = await fixture(
        html`<mobility-provider base-url=${unreachableUrl()} .token=${token}><mobility-dashboard></mobility-dashboard></mobility-provider>`,
      );
      return retryButton(provider.querySelector<MobilityDashboard>('mobility-dashboard')!);
    },
  },
];

/** What a primary button of the base looks like, and the ring it shows on keyboard focus. */
const boxProperties = [
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'min-height',
  'min-width',
  'border-top-width',
  'border-top-style',
  'border-top-left-radius',
  'font-weight',
  'background-color',
  'color',
] as const;
const focusProperties = ['outline-style', 'outline-width', 'outline-color', 'outline-offset', 'box-shadow'] as const;

const pick = (style: CSSStyleDeclaration, properties: readonly string[]) =>
  Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)]));

describe('one style base for the controls', () => {
  it("every element's primary button has the same box and the same focus ring", async () => {
    const seen: { tag: string; box: Record<string, string>; focus: Record<string, string> }[] = [];
    for (const { tag, mount } of cases) {
      const button = await mount();
      expect(button, `${tag} shows a primary button`).to.exist;
      expect(button.classList.contains('button') && !button.classList.contains('button-secondary'), `${tag}: a primary .button`).to.equal(true);
      const box = pick(getComputedStyle(button), boxProperties);
      // A key press first, so the browser treats the focus as keyboard focus (:focus-visible).
      await sendKeys({ press: 'Shift' });
      button.focus();
      const root = button.getRootNode() as ShadowRoot;
      expect(root.activeElement, `${tag}: the button has focus`).to.equal(button);
      expect(button.matches(':focus-visible'), `${tag}: the focus is keyboard focus`).to.equal(true);
      const focus = pick(getComputedStyle(button), focusProperties);
      button.blur();
      seen.push({ tag, box, focus });
    }

    const [first, ...rest] = seen;
    // The base's values with the default tokens: 0.5rem 1rem padding, 2.75rem targets, a 3px ring.
    expect(first!.box['padding-top'], 'block padding of the base').to.equal('8px');
    expect(first!.box['padding-left'], 'inline padding of the base').to.equal('16px');
    expect(first!.box['min-height'], 'target size').to.equal('44px');
    expect(first!.focus['outline-style'], 'a focus outline').to.equal('solid');
    expect(first!.focus['outline-width'], 'focus outline width').to.equal('3px');
    expect(first!.focus['box-shadow'], 'the inner ring').to.not.equal('none');
    for (const other of rest) {
      expect(other.box, `<${other.tag}>'s primary button has the box of <${first!.tag}>'s`).to.deep.equal(first!.box);
      expect(other.focus, `<${other.tag}>'s primary button has the focus ring of <${first!.tag}>'s`).to.deep.equal(first!.focus);
    }
  });

  it("an element's button token still recolours its own buttons only", async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <mobility-career-test style="--mobility-career-test-button-background: rgb(120, 20, 60)"></mobility-career-test>
      <mobility-calculator lang="nl"></mobility-calculator>
    </div>`);
    const careerTest = wrapper.querySelector<MobilityCareerTest>('mobility-career-test')!;
    const calculator = wrapper.querySelector<MobilityCalculator>('mobility-calculator')!;
    await waitUntil(() => part(careerTest, 'start-button') && part(calculator, 'compute-button'), 'both show a primary button', { timeout: 5000 });
    expect(getComputedStyle(part(careerTest, 'start-button')!).backgroundColor).to.equal('rgb(120, 20, 60)');
    expect(getComputedStyle(part(calculator, 'compute-button')!).backgroundColor).to.equal('rgb(11, 83, 148)');
  });
});
