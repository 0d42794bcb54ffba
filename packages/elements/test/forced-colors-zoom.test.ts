/**
 * Every element in Windows-style forced colours and at 200 % and 400 % zoom.
 *
 * Browser zoom shrinks the CSS viewport: at 200 % a 1280 px wide window is 640 CSS px wide, at
 * 400 % it is 320 CSS px (the WCAG 1.4.10 reflow width). So zoom is tested as a viewport of that
 * width, with each element in a state that shows its content. In each mode: the element is
 * accessible (axe), nothing scrolls sideways, all text stays within reach, every focus stop shows an
 * indicator, controls keep a visible boundary when the system takes over the colours, and state is
 * not shown by colour alone.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import type { MobilityCalculator, MobilityCareerTest, MobilityDashboard, MobilityStories, MobilityVacancies } from '../src/index.js';
import { apiUrl, devToken, part, parts, shadow, showsCards } from './support.js';
import { exampleC, input, showsResults } from './calculator-support.js';
import { sessionOf } from './session-support.js';

interface ElementCase {
  tag: string;
  /** Mounts the element in a state that shows its content, and returns it. */
  mount(): Promise<HTMLElement>;
}

const cases: ElementCase[] = [
  {
    tag: 'mobility-vacancies',
    async mount() {
      const element = await fixture<MobilityVacancies>(html`<mobility-vacancies base-url=${apiUrl()} page-size="4"></mobility-vacancies>`);
      await showsCards(element);
      // One card expanded, so its details are measured too.
      parts<HTMLButtonElement>(element, 'title-button')[0]!.click();
      await element.updateComplete;
      return element;
    },
  },
  {
    tag: 'mobility-stories',
    async mount() {
      const element = await fixture<MobilityStories>(html`<mobility-stories base-url=${apiUrl()} channel="public"></mobility-stories>`);
      await waitUntil(() => part(element, 'carousel')?.getAttribute('aria-busy') === 'false' && parts(element, 'tab').length > 1, 'stories load', {
        timeout: 12000,
        interval: 20,
      });
      await element.updateComplete;
      return element;
    },
  },
  {
    tag: 'mobility-career-test',
    async mount() {
      localStorage.clear();
      const element = await fixture<MobilityCareerTest>(html`<mobility-career-test></mobility-career-test>`);
      // Past the introduction: the questions are where the controls are.
      await waitUntil(() => part(element, 'start-button'), 'the introduction appears', { timeout: 5000 });
      part<HTMLButtonElement>(element, 'start-button')!.click();
      await waitUntil(() => parts(element, 'item').length > 0, 'the first questions appear', { timeout: 5000 });
      return element;
    },
  },
  {
    tag: 'mobility-calculator',
    async mount() {
      const element = await fixture<MobilityCalculator>(html`<mobility-calculator lang="nl"></mobility-calculator>`);
      for (const [id, value] of Object.entries(exampleC)) {
        const field = input(element, id);
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      await element.updateComplete;
      part<HTMLButtonElement>(element, 'compute-button')!.click();
      await showsResults(element);
      return element;
    },
  },
  {
    tag: 'mobility-dashboard',
    async mount() {
      const token = await devToken('hogeschool-utrecht', 'hr');
      const provider = await fixture(html`<mobility-provider base-url=${apiUrl()} .token=${token}><mobility-dashboard></mobility-dashboard></mobility-provider>`);
      const element = provider.querySelector<MobilityDashboard>('mobility-dashboard')!;
      await waitUntil(() => part(element, 'content')?.getAttribute('aria-busy') === 'false' && part(element, 'table'), 'figures load', {
        timeout: 12000,
        interval: 20,
      });
      return element;
    },
  },
  {
    tag: 'mobility-hr-feeds',
    async mount() {
      const token = await devToken('hogeschool-utrecht', 'hr');
      const provider = await fixture(html`<mobility-provider base-url=${apiUrl()} .token=${token}><mobility-hr-feeds></mobility-hr-feeds></mobility-provider>`);
      const element = provider.querySelector('mobility-hr-feeds')!;
      await waitUntil(() => part(element, 'content')?.getAttribute('aria-busy') === 'false' && part(element, 'list'), 'sources load', { timeout: 12000, interval: 20 });
      // The skipped items open, so they are measured too.
      for (const details of parts<HTMLDetailsElement>(element, 'skipped')) details.open = true;
      await element.updateComplete;
      return element;
    },
  },
  {
    tag: 'mobility-sign-in',
    async mount() {
      // Signed in (name, role, organisation and a button), through a stand-in of the provider's session.
      const { session } = sessionOf('signed-in', {
        user: { name: 'Anna de Vries', organisation: 'hogeschool-utrecht', organisationName: 'Hogeschool Utrecht', role: 'hr' },
      });
      const provider = await fixture(html`<test-session-provider .session=${session}><mobility-sign-in></mobility-sign-in></test-session-provider>`);
      const element = provider.querySelector('mobility-sign-in')!;
      await element.updateComplete;
      return element;
    },
  },
];

/** Every element of a shadow tree, nested shadow trees included. */
function deepElements(root: ShadowRoot | Element): Element[] {
  const found: Element[] = [];
  for (const node of root.querySelectorAll('*')) {
    found.push(node);
    if (node.shadowRoot) found.push(...deepElements(node.shadowRoot));
  }
  return found;
}

function isRendered(node: Element): boolean {
  if (node.closest('.visually-hidden')) return false;
  const style = getComputedStyle(node);
  if (style.display === 'none' || style.visibility === 'hidden') return false;
  return node.getClientRects().length > 0;
}

/** The nearest ancestor (within the shadow tree) that scrolls sideways on purpose, e.g. a wide data table's wrapper. */
function horizontalScroller(node: Element): Element | null {
  for (let current = node.parentElement; current; current = current.parentElement) {
    const overflowX = getComputedStyle(current).overflowX;
    if (overflowX === 'auto' || overflowX === 'scroll') return current;
  }
  return null;
}

const ownText = (node: Element): string =>
  [...node.childNodes]
    .filter((child) => child.nodeType === Node.TEXT_NODE)
    .map((child) => child.textContent ?? '')
    .join('')
    .trim();

function expectNoHorizontalScroll(element: HTMLElement, mode: string): void {
  expect(document.documentElement.scrollWidth, `${mode}: the page scrolls sideways`).to.be.at.most(window.innerWidth);
  expect(element.scrollWidth, `${mode}: the element is wider than its box`).to.be.at.most(element.clientWidth + 1);
}

/** Every rendered text lies within the viewport's width (or in a container that scrolls to it) and is not cut off. */
function expectTextReachable(element: HTMLElement, mode: string): void {
  let checked = 0;
  for (const node of deepElements(shadow(element))) {
    const text = ownText(node);
    if (!text || !isRendered(node) || node.closest('svg')) continue;
    checked += 1;
    const what = `${mode}: "${text.slice(0, 40)}" (${node.localName}${node.getAttribute('part') ? ` part=${node.getAttribute('part')}` : ''})`;
    const style = getComputedStyle(node);
    if (style.overflowX !== 'visible' && style.overflowX !== 'auto' && style.overflowX !== 'scroll') {
      expect(node.scrollWidth, `${what} is cut off`).to.be.at.most(node.clientWidth + 1);
    }
    if (horizontalScroller(node)) continue;
    const rect = node.getBoundingClientRect();
    expect(rect.left, `${what} starts left of the viewport`).to.be.at.least(-1);
    expect(rect.right, `${what} ends right of the viewport`).to.be.at.most(window.innerWidth + 1);
  }
  expect(checked, `${mode}: some text was measured`).to.be.greaterThan(3);
}

/** The focused element, inside shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `node` is the element, in its light DOM, or in (nested) shadow trees of it. */
function isWithin(element: HTMLElement, node: Node): boolean {
  for (let current: Node | null = node; current; ) {
    if (current === element || element.contains(current)) return true;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}

/** Tabs into the element and checks the first `stops` focus stops for a visible indicator within the viewport. */
async function expectVisibleFocus(element: HTMLElement, mode: string, stops = 6): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'voor';
  element.before(before);
  before.focus();
  let seen = 0;
  try {
    for (let i = 0; i < stops; i += 1) {
      await sendKeys({ press: 'Tab' });
      const focused = deepActiveElement();
      if (!focused || !isWithin(element, focused)) break;
      seen += 1;
      const style = getComputedStyle(focused);
      const what = `${mode}: focus stop ${i + 1} (${focused.localName}${focused.getAttribute('part') ? ` part=${focused.getAttribute('part')}` : ''})`;
      expect(style.outlineStyle, `${what} has an outline`).to.not.equal('none');
      expect(parseFloat(style.outlineWidth), `${what}: outline width`).to.be.at.least(2);
      expect(style.outlineColor, `${what}: outline colour`).to.not.match(/rgba\(\d+, \d+, \d+, 0\)|transparent/);
      const rect = focused.getBoundingClientRect();
      expect(rect.width > 0 && rect.height > 0, `${what} is rendered`).to.equal(true);
      expect(rect.right, `${what} is within the viewport's width`).to.be.at.most(window.innerWidth + 1);
    }
  } finally {
    before.remove();
  }
  expect(seen, `${mode}: the element has focus stops`).to.be.greaterThan(0);
}

/**
 * In forced colours the system paints every background the same, so a control shown only by its
 * background disappears. Each rendered button, text field and select must keep a border (or, for
 * link-like buttons, an underline).
 */
function expectControlBoundaries(element: HTMLElement, mode: string): void {
  const controls = deepElements(shadow(element)).filter(
    (node) => node.matches('button, select, textarea, input:not([type=radio], [type=checkbox], [type=range], [type=hidden])') && isRendered(node),
  );
  expect(controls.length, `${mode}: controls found`).to.be.greaterThan(0);
  for (const control of controls) {
    const style = getComputedStyle(control);
    const bordered = ['Top', 'Right', 'Bottom', 'Left'].some(
      (side) => style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' && parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
    );
    const underlined = style.textDecorationLine.includes('underline');
    const what = `${mode}: ${control.localName}${control.getAttribute('part') ? ` part=${control.getAttribute('part')}` : ''} "${(control.textContent ?? '').trim().slice(0, 30)}"`;
    expect(bordered || underlined, `${what} has a visible boundary`).to.equal(true);
  }
}

/** Properties that show a difference without relying on colour. */
const nonColourProperties = [
  'border-top-width',
  'border-top-style',
  'border-bottom-width',
  'border-left-width',
  'outline-style',
  'font-weight',
  'text-decoration-line',
  'width',
  'height',
];

function nonColourDifference(a: Element, b: Element): string[] {
  const styleA = getComputedStyle(a);
  const styleB = getComputedStyle(b);
  const differences = nonColourProperties.filter((property) => styleA.getPropertyValue(property) !== styleB.getPropertyValue(property));
  if ((a.textContent ?? '').trim() !== (b.textContent ?? '').trim()) differences.push('text');
  return differences;
}

/** Per element, the states it shows and a check that they do not rest on colour alone. */
const stateChecks: Record<string, (element: HTMLElement, mode: string) => Promise<void>> = {
  async 'mobility-stories'(element, mode) {
    const selected = parts(element, 'tab').find((tab) => tab.getAttribute('aria-selected') === 'true');
    const other = parts(element, 'tab').find((tab) => tab.getAttribute('aria-selected') !== 'true');
    expect(Boolean(selected && other), `${mode}: a selected and an unselected slide picker`).to.equal(true);
    expect(nonColourDifference(selected!, other!).join(', '), `${mode}: the selected slide picker differs from the others by more than colour`).to.not.equal('');
  },
  async 'mobility-vacancies'(element, mode) {
    // An expanded card shows its details: the state is visible as content, not as a colour.
    // (Booleans, not nodes, go into expect: a failing assertion would try to print a whole element.)
    const detailShown = (button: HTMLElement) => {
      const detail = button.closest('[part~="card"]')?.querySelector('[part~="detail"]');
      return Boolean(detail && isRendered(detail));
    };
    const titleButtons = parts(element, 'title-button');
    const expanded = titleButtons.find((button) => button.getAttribute('aria-expanded') === 'true');
    const collapsed = titleButtons.find((button) => button.getAttribute('aria-expanded') === 'false');
    expect(Boolean(expanded && collapsed), `${mode}: an expanded and a collapsed card`).to.equal(true);
    expect(detailShown(expanded!), `${mode}: the expanded card shows its details`).to.equal(true);
    expect(detailShown(collapsed!), `${mode}: a collapsed card hides its details`).to.equal(false);
    for (const badge of parts(element, 'badge').filter(isRendered)) {
      expect((badge.textContent ?? '').trim(), `${mode}: every badge says in words what it marks`).to.not.equal('');
    }
  },
  async 'mobility-career-test'(element, mode) {
    // Answers are native radio buttons: the system draws the checked state, in any colour scheme.
    const radios = deepElements(shadow(element)).filter((node): node is HTMLInputElement => node instanceof HTMLInputElement && node.type === 'radio');
    expect(radios.length, `${mode}: answers are radio buttons`).to.be.greaterThan(0);
    for (const radio of radios.slice(0, 5)) expect(getComputedStyle(radio).appearance, `${mode}: radios are drawn by the system`).to.not.equal('none');
    const progress = shadow(element).querySelector('#progress-text');
    expect(progress?.textContent?.trim(), `${mode}: progress is also given in words`).to.match(/\d/);
  },
  async 'mobility-calculator'(element, mode) {
    // Each band of the chart carries a pattern besides its colour (the WW band is the plain one),
    // and a table carries every figure.
    const patterned = shadow(element).querySelectorAll('.band-pattern[fill^="url(#"]');
    expect(patterned.length, `${mode}: bands are told apart by patterns`).to.be.greaterThan(0);
    expect(shadow(element).querySelector('table') !== null, `${mode}: an equivalent table`).to.equal(true);
  },
  async 'mobility-sign-in'(element, mode) {
    // Who is signed in and what the button does are words; the role is named, not coloured.
    expect(part(element, 'name')?.textContent?.trim(), `${mode}: the name in words`).to.equal('Anna de Vries');
    expect(part(element, 'role')?.textContent?.trim(), `${mode}: the role and organisation in words`).to.equal('HR bij Hogeschool Utrecht');
    expect(part(element, 'sign-out-button')?.textContent?.trim(), `${mode}: the button says what it does`).to.equal('Uitloggen');
  },
  async 'mobility-hr-feeds'(element, mode) {
    // A run's outcome and a source's schedule are words in their badges; the open report shows its skipped items.
    for (const badge of parts(element, 'badge').filter(isRendered)) {
      expect((badge.textContent ?? '').trim(), `${mode}: every badge says in words what it marks`).to.not.equal('');
    }
    const skipped = parts<HTMLDetailsElement>(element, 'skipped');
    expect(skipped.length > 0 && skipped.every((details) => details.open), `${mode}: the open reports`).to.equal(true);
    expect(isRendered(skipped[0]!.querySelector('li')!), `${mode}: a skipped item and its reason are shown`).to.equal(true);
  },
  async 'mobility-dashboard'(element, mode) {
    // The chart has an equivalent table; a suppressed cell says so in words, not by a grey bar.
    expect(part(element, 'table') !== null, `${mode}: an equivalent table`).to.equal(true);
    for (const marker of parts(element, 'suppressed').slice(0, 5)) {
      const words = (marker.textContent ?? '').trim() || marker.getAttribute('aria-label') || '';
      expect(words, `${mode}: a suppressed cell says so in words`).to.not.equal('');
    }
  },
};

/**
 * Forced colours through the DevTools protocol (see forced-colors-command.mjs): `emulateMedia({
 * forcedColors })` does nothing with the Puppeteer-driven Chromium of this test run.
 */
const forcedColors = (active: boolean) => executeServerCommand('emulate-forced-colors', { active });

/**
 * Lets the element react to a viewport change (resize observers, a re-render), then forces
 * layout. Not requestAnimationFrame: a headless page in the background may never paint a frame.
 */
async function nextLayout(element: HTMLElement): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 100));
  await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  void document.documentElement.offsetWidth;
}

describe('forced colours and zoom', () => {
  afterEach(async () => {
    await forcedColors(false);
    await setViewport({ width: 800, height: 600 });
  });

  for (const { tag, mount } of cases) {
    describe(`<${tag}>`, () => {
      it('in forced colours: accessible, visible focus, controls with boundaries, state not by colour alone', async () => {
        await forcedColors(true);
        expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.equal(true);
        const element = await mount();
        await expect(element).to.be.accessible();
        expectControlBoundaries(element, 'forced colours');
        await stateChecks[tag]!(element, 'forced colours');
        await expectVisibleFocus(element, 'forced colours');
      });

      it('at 200 % and 400 % zoom (640 and 320 CSS px): no sideways scrolling, text within reach, visible focus', async () => {
        await setViewport({ width: 640, height: 720 });
        const element = await mount();
        for (const [zoom, width] of [
          [200, 640],
          [400, 320],
        ] as const) {
          await setViewport({ width, height: 720 });
          await nextLayout(element);
          const mode = `${zoom} % (${width} px)`;
          expectNoHorizontalScroll(element, mode);
          expectTextReachable(element, mode);
          await stateChecks[tag]!(element, mode);
          await expectVisibleFocus(element, mode);
        }
        await expect(element).to.be.accessible();
      });
    });
  }

  it('<mobility-provider> renders only its children, which reflow as they would without it', async () => {
    await setViewport({ width: 320, height: 720 });
    const provider = await fixture<HTMLElement>(html`<mobility-provider base-url=${apiUrl()}><p>Een alinea met een lange tekst die bij 400 % zoom moet afbreken in plaats van zijwaarts te scrollen.</p></mobility-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    await expect(provider).to.be.accessible();
  });
});
